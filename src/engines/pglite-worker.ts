// PGlite runs here, in a worker thread, because an endless statement blocks the thread that runs
// it (PGlite ignores statement_timeout): the client in pglite.ts can then stop it by terminating
// this worker. Keep this file free of TypeScript-only runtime syntax and of relative imports: it is
// loaded with Node's type stripping (Node ≥ 22.18), via tsx on older Node, or as a bundled .js.
import { parentPort } from 'node:worker_threads';
import { PGlite, MemoryFS } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import { pg_uuidv7 } from '@electric-sql/pglite/pg_uuidv7';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { hstore } from '@electric-sql/pglite/contrib/hstore';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { intarray } from '@electric-sql/pglite/contrib/intarray';
import { tablefunc } from '@electric-sql/pglite/contrib/tablefunc';
import { isn } from '@electric-sql/pglite/contrib/isn';
import { seg } from '@electric-sql/pglite/contrib/seg';
import { lo } from '@electric-sql/pglite/contrib/lo';
import { tcn } from '@electric-sql/pglite/contrib/tcn';
import { bloom } from '@electric-sql/pglite/contrib/bloom';
import { tsm_system_rows } from '@electric-sql/pglite/contrib/tsm_system_rows';
import { tsm_system_time } from '@electric-sql/pglite/contrib/tsm_system_time';

/** Every extension the engine offers, by PGlite's name (the SQL name with `-` as `_`). */
const available: Record<string, unknown> = {
  vector,
  pg_uuidv7,
  pgcrypto,
  uuid_ossp,
  pg_trgm,
  citext,
  ltree,
  hstore,
  btree_gin,
  btree_gist,
  fuzzystrmatch,
  unaccent,
  cube,
  earthdistance,
  intarray,
  tablefunc,
  isn,
  seg,
  lo,
  tcn,
  bloom,
  tsm_system_rows,
  tsm_system_time,
};

/** The ones asked for by SQL name (undefined: all). Unknown names are left out: CREATE EXTENSION then says so. */
function pick(names: string[] | undefined): Record<string, any> {
  if (!names) return available;
  const out: Record<string, any> = {};
  for (const n of names) {
    const key = n.replace(/-/g, '_');
    if (available[key]) out[key] = available[key];
  }
  return out;
}

// PGlite's own defaults, plus a small buffer pool: a review's databases are a few MB, and initdb's
// 128 MB of shared_buffers grow the WASM memory (which never shrinks) by as much again.
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/** A data-dir tarball's entry, located by the client (readTar in pglite-snapshot.ts): [name, tar type, offset, size]. */
type TarFile = [string, string, number, number];

/** A WAL segment file (timeline, log, segment: 24 hex digits). */
const WAL_SEGMENT = /^pg_wal\/[0-9A-F]{24}$/;
/** The archive entry (not a data-dir file) that says the WAL segments' size when their tails were left out. */
const WAL_NOTE = 'pgreview-wal-segment-size';

/** The segment size the archive's note gives, or 0 when its WAL segments are whole. */
function walSegmentSize(tar: Uint8Array, files: TarFile[]): number {
  const note = files.find(([name]) => name.replace(/^\/+/, '') === WAL_NOTE);
  return note ? Number(new TextDecoder().decode(tar.subarray(note[2], note[2] + note[3]))) || 0 : 0;
}

/** Where WAL is written up to: the segment, the bytes of it to keep (whole pages), the segment size. */
interface WalCut {
  segment: string;
  keep: number;
  segmentSize: number;
}

/**
 * Past the insert position a segment holds nothing PostgreSQL reads (zeros, or a recycled segment's
 * stale pages, which it rejects by their page address): 16 MB or more of a 60 MB archive. Undefined
 * when the position cannot be read (the archive then keeps every segment whole).
 */
async function walCut(pg: PGlite): Promise<WalCut | undefined> {
  const r = await pg
    .query<{ segment: string; offset: number; segment_size: string; block: string }>(
      `select pg_walfile_name(l) as segment, (pg_walfile_name_offset(l)).file_offset::int as offset,
              (select setting from pg_settings where name = 'wal_segment_size') as segment_size, current_setting('wal_block_size') as block
         from pg_current_wal_insert_lsn() l`,
    )
    .catch(() => undefined);
  const row = r?.rows[0];
  const segmentSize = Number(row?.segment_size);
  const block = Number(row?.block);
  if (!row || !(segmentSize > 0) || !(block > 0)) return undefined;
  return { segment: row.segment, keep: Math.min(segmentSize, Math.ceil(row.offset / block) * block), segmentSize };
}

/** The bytes of a file to archive: a WAL segment without what lies past the insert position. */
function archived(rel: string, bytes: Uint8Array, cut: WalCut | undefined): Uint8Array {
  const name = rel.slice(1);
  if (!cut || !WAL_SEGMENT.test(name) || bytes.length !== cut.segmentSize) return bytes;
  const seg = name.slice('pg_wal/'.length);
  // Same timeline: later names are later segments (preallocated or recycled, not written yet).
  if (seg.slice(0, 8) !== cut.segment.slice(0, 8) || seg < cut.segment) return bytes;
  return bytes.subarray(0, seg === cut.segment ? cut.keep : 0);
}

/**
 * PGlite's in-memory file system, filled from a data-dir tarball without copying it: each file is a
 * view into the tarball (Emscripten's canOwn), which PostgreSQL writes in place or, when a file grows,
 * copies out. PGlite's own loadDataDir holds the bytes four times at once (the message, a Blob, its
 * ArrayBuffer, a copy per file): about 120 MB more at start for a 40 MB data dir, and what the
 * worker's GC had not yet reclaimed stayed in the process's peak. PGlite finds PG_VERSION in the
 * data dir and starts from it, as it does after loadDataDir.
 */
class TarMemoryFS extends MemoryFS {
  private tar: Uint8Array | undefined;
  private readonly files: TarFile[];

  constructor(tar: Uint8Array, files: TarFile[]) {
    super();
    this.tar = tar;
    this.files = files;
  }

  override async initialSyncFs(): Promise<void> {
    const FS = this.pg!.Module.FS;
    const root = PGlite.paths.PGDATA;
    const tar = this.tar!;
    this.tar = undefined;
    // Without PG_VERSION PGlite would run initdb: a damaged archive must fail, not start an empty database.
    if (!this.files.some(([name, type]) => type === '0' && name.replace(/^\/+/, '') === 'PG_VERSION')) throw new Error('not a PostgreSQL data directory archive (no PG_VERSION)');
    const segmentSize = walSegmentSize(tar, this.files);
    for (const [name, type, at, size] of this.files) {
      const rel = name.replace(/^\/+|\/+$/g, '');
      if (rel === WAL_NOTE) continue;
      const file = `${root}/${rel}`;
      if (type === '5') {
        FS.mkdirTree(file);
      } else if (type === '0') {
        FS.mkdirTree(file.slice(0, file.lastIndexOf('/')));
        // A WAL segment archived without its unwritten tail (dataDirFiles) gets it back as zeros: the
        // files are what PostgreSQL preallocated, so it does not zero-fill a new segment in the review.
        const cut = segmentSize && WAL_SEGMENT.test(rel) && size < segmentSize;
        const bytes = cut ? new Uint8Array(segmentSize) : tar.subarray(at, at + size);
        if (cut) bytes.set(tar.subarray(at, at + size));
        FS.writeFile(file, bytes, { canOwn: true });
      }
    }
  }
}

/**
 * The data dir's files for an archive, which the client writes (pglite.ts): [name, tar type, mode,
 * offset, size] each, named as PGlite's dumpDataDir names them ("/base/1/112"), and their contents
 * copied once into one buffer. dumpDataDir held four copies at once (each file read, the archive,
 * a Blob, its ArrayBuffer). With `cut`, WAL segments leave out what lies past the insert position,
 * and a note gives their size (TarMemoryFS puts the zeros back).
 */
function dataDirFiles(pg: PGlite, cut: WalCut | undefined): { files: [string, string, number, number, number][]; data: Uint8Array } {
  const FS = pg.Module.FS;
  const root = PGlite.paths.PGDATA;
  const found: [string, string, number, Uint8Array][] = [];
  const walk = (dir: string) => {
    for (const name of FS.readdir(root + dir)) {
      if (name === '.' || name === '..') continue;
      const rel = `${dir}/${name}`;
      const { mode } = FS.stat(root + rel);
      if (FS.isDir(mode)) {
        found.push([rel, '5', mode & 0o7777, new Uint8Array(0)]);
        walk(rel);
      } else if (FS.isFile(mode)) {
        // The in-memory file's own bytes (MEMFS keeps them in node.contents), not a copy from readFile.
        const node = FS.lookupPath(root + rel, {}).node as { contents?: unknown; usedBytes?: number };
        const bytes = node.contents instanceof Uint8Array ? node.contents.subarray(0, node.usedBytes) : FS.readFile(root + rel);
        found.push([rel, '0', mode & 0o7777, archived(rel, bytes, cut)]);
      }
    }
  };
  walk('');
  if (cut) found.push([`/${WAL_NOTE}`, '0', 0o600, new TextEncoder().encode(String(cut.segmentSize))]);
  const data = new Uint8Array(found.reduce((n, f) => n + f[3].length, 0));
  let at = 0;
  const files = found.map(([name, type, mode, bytes]): [string, string, number, number, number] => {
    data.set(bytes, at);
    at += bytes.length;
    return [name, type, mode, at - bytes.length, bytes.length];
  });
  return { files, data };
}

let db: PGlite | undefined;
/** The session user every query and exec is followed by a check of (pinSessionUser). */
let pinned: string | undefined;
/**
 * The session user after a call, switched back to the pinned role when the call changed it; the user
 * found is returned then. In an aborted transaction the check cannot run: nothing can run there either.
 */
async function keepPinned(): Promise<string | undefined> {
  if (!pinned || !db) return undefined;
  const user = await db
    .exec('select session_user::text as s')
    .then((r) => r[0]?.rows[0]?.s as string | undefined)
    .catch(() => undefined);
  if (user === undefined || user === pinned) return undefined;
  await db.exec(`set session authorization "${pinned.replace(/"/g, '""')}"`).catch(() => undefined);
  return user;
}

/**
 * standard_conforming_strings on again after a call, before anything else can run (every call of
 * this worker ends here): pgreview's parser reads string literals with it on. SHOW is a utility
 * statement, which no function of the migrations can stand in for. True when the call left it off
 * (dynamic SQL, a setting named at run time, code run at COMMIT). In an aborted transaction nothing
 * can run, this check included, and nothing but the statement ending the transaction will.
 */
async function stringsOnAfterCall(): Promise<boolean> {
  if (!db) return false;
  const value = await db
    .exec('show standard_conforming_strings')
    .then((r) => r[0]?.rows[0]?.standard_conforming_strings as string | undefined)
    .catch(() => undefined);
  if (value === undefined || value === 'on') return false;
  await db.exec('set standard_conforming_strings = on').catch(() => undefined);
  return true;
}

/** What a call's response tells besides its result: the user the pin found, strings the call left off. */
interface SessionChange {
  escaped?: string;
  stringsOff?: boolean;
}

/** Run one call, then put the session back as it must be (strings on, the pinned user) whether the call succeeded or failed. */
async function checked<T>(call: () => Promise<T>): Promise<{ result: T } & SessionChange> {
  try {
    const result = await call();
    const stringsOff = (await stringsOnAfterCall()) || undefined;
    return { result, escaped: await keepPinned(), stringsOff };
  } catch (e) {
    const stringsOff = (await stringsOnAfterCall()) || undefined;
    const escaped = await keepPinned();
    if (e && typeof e === 'object') Object.assign(e, { escaped, stringsOff });
    throw e;
  }
}

function serializeError(e: any) {
  return {
    escaped: e?.escaped,
    stringsOff: e?.stringsOff,
    message: String(e?.message ?? e),
    code: e?.code,
    detail: e?.detail,
    hint: e?.hint,
    position: e?.position,
    where: e?.where,
  };
}

function plain(r: any) {
  return { rows: r.rows, fields: r.fields, affectedRows: r.affectedRows };
}

async function handle(msg: any): Promise<{ result?: any; transfer?: ArrayBuffer[] } & SessionChange> {
  switch (msg.op) {
    case 'init': {
      // Without a data dir PGlite runs initdb in its own in-memory file system.
      const fs = msg.data ? new TarMemoryFS(msg.data, msg.files) : undefined;
      msg.data = undefined; // the file system holds the bytes now
      db = await PGlite.create({ extensions: pick(msg.extensions), fs, relaxedDurability: true, startParams: START_PARAMS });
      const v = await db.query<{ v: string }>('select version() as v');
      return { result: { version: v.rows[0]!.v } };
    }
    case 'query':
      return checked(async () => plain(await db!.query(msg.sql, msg.params)));
    case 'exec':
      return checked(async () => (await db!.exec(msg.sql)).map(plain));
    case 'pin':
      pinned = msg.role ?? undefined;
      return { result: null };
    case 'files': {
      const files = dataDirFiles(db!, await walCut(db!));
      return { result: files, transfer: [files.data.buffer as ArrayBuffer] };
    }
    case 'close':
      await db?.close();
      db = undefined;
      return { result: null };
    default:
      throw new Error(`unknown op ${msg.op}`);
  }
}

parentPort!.on('message', (msg: any) => {
  handle(msg).then(
    ({ result, transfer, escaped, stringsOff }) => parentPort!.postMessage({ id: msg.id, ok: true, result, escaped, stringsOff }, transfer ?? []),
    (e) => parentPort!.postMessage({ id: msg.id, ok: false, error: serializeError(e) }),
  );
});
