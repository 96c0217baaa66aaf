// PGlite data-dir snapshots: their names (PGlite version + prepared state), the ones shipped with the
// bundle (dist/assets/pglite-snapshots, built by scripts/pglite-snapshots.ts) and a normal form that
// makes a snapshot's bytes depend only on its contents, so two builds give the same file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

export interface PreparedState {
  /** Names the state (e.g. `preset-supabase-probes`). */
  key: string;
  /** The SQL applied to a fresh database to reach it. */
  sql: string;
}

/**
 * How PGlite archives are written, bumped when a build could not read another's: 2 = WAL segments
 * end at the insert position (a build before that would read the short segments as whole ones).
 */
export const PGLITE_ARCHIVE_FORMAT = 2;

/**
 * A snapshot's file name without extension: the PGlite version (a data dir only loads into the
 * PostgreSQL build that wrote it), the archive format, the key and a hash of the SQL (any change to a
 * preset is a new name).
 */
export function snapshotName(pgliteVersion: string, state: PreparedState): string {
  const hash = createHash('sha256').update(state.sql).digest('hex').slice(0, 16);
  const safeKey = state.key.replace(/[^a-z0-9_-]/gi, '_');
  return `pglite-${pgliteVersion}-a${PGLITE_ARCHIVE_FORMAT}-${safeKey}-${hash}`;
}

export const SHIPPED_SNAPSHOTS_DIR = 'assets/pglite-snapshots';

/**
 * Where the bundle's shipped snapshots are: dist/assets/pglite-snapshots next to the bundled module
 * (every dist chunk sits in dist/), or PGREVIEW_PGLITE_SNAPSHOTS. From sources there are none.
 */
export function shippedSnapshotsDir(): string | undefined {
  const override = process.env.PGREVIEW_PGLITE_SNAPSHOTS;
  if (override) return path.resolve(override);
  const dir = fileURLToPath(new URL(`./${SHIPPED_SNAPSHOTS_DIR}/`, import.meta.url));
  return existsSync(dir) ? dir : undefined;
}

/** The shipped snapshot of this exact state and PGlite version; undefined when none ships. */
export function shippedSnapshotFile(pgliteVersion: string, state: PreparedState): string | undefined {
  const dir = shippedSnapshotsDir();
  const file = dir && path.join(dir, `${snapshotName(pgliteVersion, state)}.tar.gz`);
  return file && existsSync(file) ? file : undefined;
}

/** A shipped snapshot, uncompressed (the tarball PGlite loads). */
export function readShippedSnapshot(file: string): Uint8Array {
  const gz = readFileSync(file);
  // Decompressed into one buffer of the size gzip's trailer gives (mod 2^32), not into 16 KB chunks
  // joined at the end: those were a second 40 MB copy of the data dir, left for the GC.
  const size = gz.length >= 18 ? gz.readUInt32LE(gz.length - 4) : 0;
  return gunzipSync(gz, size > 0 ? { chunkSize: size } : {});
}

const BLOCK = 512;

export interface TarEntry {
  name: string;
  mode: number;
  type: string;
  data: Uint8Array;
}

function field(h: Uint8Array, at: number, len: number): string {
  const end = h.indexOf(0, at);
  return Buffer.from(h.subarray(at, end < 0 || end > at + len ? at + len : end)).toString('utf8');
}

function octal(h: Uint8Array, at: number, len: number): number {
  const s = field(h, at, len).trim();
  return s ? parseInt(s, 8) : 0;
}

/** The entries of a ustar archive (what PGlite's dumpDataDir writes). */
export function readTar(tar: Uint8Array): TarEntry[] {
  const out: TarEntry[] = [];
  for (let at = 0; at + BLOCK <= tar.length; ) {
    const h = tar.subarray(at, at + BLOCK);
    if (h.every((b) => b === 0)) break;
    // star layout, as PGlite writes it: a 131-byte prefix, then access and change times
    const prefix = field(h, 345, 131);
    const base = field(h, 0, 100);
    if (field(h, 257, 5) !== 'ustar') throw new Error(`not a ustar archive (entry ${out.length + 1})`);
    const size = octal(h, 124, 12);
    if (at + BLOCK + size > tar.length) throw new Error(`truncated archive (entry ${out.length + 1})`);
    const type = String.fromCharCode(h[156] || 48);
    out.push({ name: prefix ? `${prefix}/${base}` : base, mode: octal(h, 100, 8), type, data: tar.subarray(at + BLOCK, at + BLOCK + size) });
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return out;
}

function putString(h: Uint8Array, at: number, len: number, s: string): void {
  const b = Buffer.from(s, 'utf8');
  if (b.length > len) throw new Error(`tar field too long: ${s}`);
  h.set(b, at);
}

function putOctal(h: Uint8Array, at: number, len: number, n: number): void {
  putString(h, at, len, n.toString(8).padStart(len - 1, '0') + '\0');
}

/** A ustar header block for an entry of `size` bytes, in the normal form (owner 0, mtime 0, no access/change times). */
function tarHeader(e: { name: string; mode: number; type: string }, size: number): Uint8Array {
  const h = new Uint8Array(BLOCK);
  if (Buffer.byteLength(e.name) > 100) throw new Error(`tar entry name longer than 100 bytes: ${e.name}`);
  putString(h, 0, 100, e.name);
  putOctal(h, 100, 8, e.mode);
  putOctal(h, 108, 8, 0);
  putOctal(h, 116, 8, 0);
  putOctal(h, 124, 12, size);
  putOctal(h, 136, 12, 0);
  h[156] = e.type.charCodeAt(0);
  putString(h, 257, 6, 'ustar\0');
  putString(h, 263, 2, '00');
  h.fill(32, 148, 156); // the checksum is computed with its own field as spaces
  const sum = h.reduce((n, b) => n + b, 0);
  putString(h, 148, 8, sum.toString(8).padStart(6, '0') + '\0 ');
  return h;
}

/** The size of the archive writeTar makes of `entries`. */
export function tarSize(entries: TarEntry[]): number {
  return entries.reduce((n, e) => n + BLOCK + Math.ceil(e.data.length / BLOCK) * BLOCK, 2 * BLOCK);
}

/**
 * A ustar archive of `entries`, in their order, handed to `write` piece by piece (header, contents,
 * padding, and the two closing blocks), so that it can go to a file without being assembled first.
 */
export function writeTar(entries: TarEntry[], write: (bytes: Uint8Array) => void): void {
  const zeros = new Uint8Array(2 * BLOCK);
  for (const e of entries) {
    write(tarHeader(e, e.data.length));
    if (e.data.length) write(e.data);
    const pad = Math.ceil(e.data.length / BLOCK) * BLOCK - e.data.length;
    if (pad) write(zeros.subarray(0, pad));
  }
  write(zeros);
}

/** writeTar into one buffer. */
export function packTar(entries: TarEntry[]): Uint8Array {
  const out = new Uint8Array(tarSize(entries));
  let at = 0;
  writeTar(entries, (bytes) => {
    out.set(bytes, at);
    at += bytes.length;
  });
  return out;
}

/**
 * The same archive in a normal form: entries sorted by name, mtime 0, owner 0, no access/change
 * times. The data dir's files are unchanged; only what the file system's clock wrote is gone.
 */
export function normalizeTar(tar: Uint8Array): Uint8Array {
  return packTar(readTar(tar).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)));
}

/** gzip with no timestamp or file name in the header: the bytes depend on the input only. */
export function compressSnapshot(tar: Uint8Array): Uint8Array {
  return gzipSync(normalizeTar(tar), { level: 6 });
}
