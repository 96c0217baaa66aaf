// The PGlite snapshots the bundle ships: reproducible bytes (CI compares dist/ with a fresh build),
// loaded on a machine with an empty cache, and initdb again when one does not load.
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extensionsToRegister, PgliteEngine } from '../../src/engines/pglite.js';
import { normalizeTar, packTar, readTar, SHIPPED_SNAPSHOTS_DIR } from '../../src/engines/pglite-snapshot.js';
import { reviewPrepare } from '../../src/live/presets.js';
import { tempDir } from '../temp-dirs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const tmp = tempDir('pgreview-snapshot-test-');
afterAll(() => {
  delete process.env.PGREVIEW_PGLITE_SNAPSHOTS;
  rmSync(tmp, { recursive: true, force: true });
});

/** scripts/pglite-snapshots.ts as scripts/bundle.mjs runs it, for one preset; returns its file. */
async function buildSnapshot(out: string): Promise<string> {
  // Asynchronously: a synchronous child would block vitest's worker for minutes.
  await promisify(execFile)(process.execPath, ['--import', 'tsx', '--import', './scripts/fixed-clock.mjs', 'scripts/pglite-snapshots.ts', out, 'plain'], { cwd: ROOT, timeout: 240_000 });
  const dir = path.join(out, SHIPPED_SNAPSHOTS_DIR);
  const files = readdirSync(dir);
  expect(files).toHaveLength(1);
  return path.join(dir, files[0]!);
}

describe('shipped PGlite snapshots', () => {
  let shipped = '';

  it('are the same bytes when built twice', async () => {
    const a = await buildSnapshot(path.join(tmp, 'a'));
    const b = await buildSnapshot(path.join(tmp, 'b'));
    expect(path.basename(a)).toBe(path.basename(b));
    expect(readFileSync(a).equals(readFileSync(b)), 'two builds of the plain snapshot differ').toBe(true);
    // A normal form: sorted entries, no timestamps; normalising again changes nothing.
    const tar = gunzipSync(readFileSync(a));
    const entries = readTar(tar);
    expect(entries.map((e) => e.name)).toEqual([...entries.map((e) => e.name)].sort());
    expect(entries.some((e) => e.name.endsWith('/global/pg_control'))).toBe(true);
    expect(Buffer.from(normalizeTar(tar)).equals(tar)).toBe(true);
    shipped = a;
  }, 600_000);

  it('start a review engine on a machine with an empty cache, without initdb', async () => {
    expect(shipped).not.toBe('');
    process.env.PGREVIEW_PGLITE_SNAPSHOTS = path.dirname(shipped);
    const cacheDir = mkdtempSync(path.join(tmp, 'cache-'));
    const engine = new PgliteEngine({ prepare: reviewPrepare('plain'), cacheDir, extensions: [] });
    const db = await engine.start();
    try {
      expect(engine.lastStart?.from).toBe('shipped');
      expect(readdirSync(cacheDir)).toEqual([]);
      // The prepared state is there: the preset's admin schema and the role the SQL under review runs as.
      const r = await db.query<{ n: number }>(`select count(*)::int as n from pg_roles where rolname = 'pgreview_migrator'`);
      expect(r.rows[0]!.n).toBe(1);
      await db.exec('create table t (id int primary key); insert into t values (1)');
      expect((await db.query('select count(*)::int as n from t')).rows[0]).toEqual({ n: 1 });
    } finally {
      await engine.stop();
    }
  }, 240_000);

  it('are refused when damaged, never started as an empty database', async () => {
    expect(shipped).not.toBe('');
    const tar = gunzipSync(readFileSync(shipped));
    expect(() => readTar(tar.subarray(0, tar.length >> 1))).toThrow(/truncated/);
    expect(() => readTar(Buffer.from('not a data directory'.padEnd(1024, ' ')))).toThrow(/not a ustar archive/);
    // A whole archive without PG_VERSION: PGlite would run initdb on it and start empty.
    const withoutVersion = packTar(readTar(tar).filter((e) => !e.name.endsWith('/PG_VERSION')));
    const engine = new PgliteEngine({ cacheDir: false, extensions: [] });
    await expect(engine.restart(withoutVersion)).rejects.toThrow(/PG_VERSION/);
    await engine.stop();
  }, 240_000);

  it('fall back to initdb when the shipped one does not load', async () => {
    const dir = mkdtempSync(path.join(tmp, 'broken-'));
    writeFileSync(path.join(dir, path.basename(shipped)), 'not a gzip file');
    process.env.PGREVIEW_PGLITE_SNAPSHOTS = dir;
    const engine = new PgliteEngine({ prepare: reviewPrepare('plain'), cacheDir: false, extensions: [] });
    const db = await engine.start();
    try {
      expect(engine.lastStart?.from).toBe('cold');
      expect((await db.query(`select count(*)::int as n from pg_roles where rolname = 'pgreview_migrator'`)).rows[0]).toEqual({ n: 1 });
    } finally {
      await engine.stop();
    }
  }, 240_000);
});

describe('PGlite extension registration', () => {
  it('registers what the migrations and the prepare SQL create, with what they require', () => {
    expect(extensionsToRegister(['earthdistance', 'vector'], 'CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;\ncreate extension pgcrypto;')).toEqual([
      'cube',
      'earthdistance',
      'pgcrypto',
      'uuid-ossp',
      'vector',
    ]);
    expect(extensionsToRegister([], reviewPrepare('supabase').sql)).toEqual(['pgcrypto', 'uuid-ossp']);
  });

  it('offers only the registered extensions', async () => {
    const engine = new PgliteEngine({ cacheDir: false, extensions: ['pg_trgm'] });
    const db = await engine.start();
    try {
      await db.exec('create extension pg_trgm');
      expect((await db.query(`select similarity('hello', 'hallo') > 0 as ok`)).rows[0]).toEqual({ ok: true });
      const err = await db.exec('create extension vector').catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
    } finally {
      await engine.stop();
    }
  }, 240_000);
});
