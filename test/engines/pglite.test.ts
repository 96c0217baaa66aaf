import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PgliteEngine, pgliteWorkerPath } from '../../src/engines/pglite.js';
import { readTar } from '../../src/engines/pglite-snapshot.js';
import { EngineDeadError, QueryTimeoutError } from '../../src/engines/database.js';
import { tempDir } from '../temp-dirs.js';

const cacheDir = tempDir('pgreview-test-cache-');

describe('pglite engine', () => {
  it('resolves its worker module next to the client', () => {
    expect(pgliteWorkerPath()).toMatch(/src\/engines\/pglite-worker\.ts$/);
  });

  it('runs queries, pgvector and contrib extensions in a worker, and stops', async () => {
    const engine = new PgliteEngine({ cacheDir: false });
    const db = await engine.start();
    try {
      expect(engine.describe().serverVersion).toMatch(/^17\./);
      expect(engine.describe().pgvector).toBe(true);
      await db.exec(`create extension vector; create extension pg_trgm; create extension "uuid-ossp";
        create table items (id bigserial primary key, embedding vector(3));
        insert into items (embedding) values ('[1,2,3]'), ('[4,5,6]');
        create index on items using hnsw (embedding vector_cosine_ops);`);
      const r = await db.query<{ id: string }>(`select id from items order by embedding <-> $1 limit 1`, ['[4,5,7]']);
      expect(Number(r.rows[0]!.id)).toBe(2);
      expect((await db.query(`select similarity('hello', 'hallo') > 0 as ok`)).rows[0]).toEqual({ ok: true });
      const ins = await db.query(`insert into items (embedding) values ('[0,0,1]'), ('[0,1,0]')`);
      expect(ins.affectedRows).toBe(2);
      expect(await db.backendPid()).toBeGreaterThan(0);
    } finally {
      await engine.stop();
    }
    expect(db.alive).toBe(false);
    await expect(db.query('select 1')).rejects.toBeInstanceOf(EngineDeadError);
  });

  it('stops an endless statement by terminating the worker, then restarts from a snapshot', async () => {
    const engine = new PgliteEngine({ cacheDir: false });
    const db = await engine.start();
    await db.exec(`create table kept (id int); insert into kept values (42);`);
    const stateDir = tempDir('pgreview-pglite-state-');
    await engine.saveState(stateDir);
    const snap = readFileSync(path.join(stateDir, 'pglite-datadir.tar'));
    rmSync(stateDir, { recursive: true, force: true });
    const t = performance.now();
    const err = await db.query('DO $$ BEGIN LOOP END LOOP; END $$', undefined, { timeoutMs: 1000 }).catch((e) => e);
    expect(err).toBeInstanceOf(QueryTimeoutError);
    expect((err as QueryTimeoutError).engineDead).toBe(true);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(db.alive).toBe(false);
    const db2 = await engine.restart(snap);
    expect(engine.lastStart?.from).toBe('snapshot');
    expect((await db2.query('select id from kept')).rows).toEqual([{ id: 42 }]);
    await engine.stop();
  });

  it('starts from a saved state and, after a time limit ended the worker, restarts from that state again', async () => {
    const first = new PgliteEngine({ cacheDir: false });
    const stateDir = tempDir('pgreview-pglite-state-');
    try {
      const db0 = await first.start();
      await db0.exec(`create table based (id int); insert into based values (7);`);
      await first.saveState(stateDir);
      await first.stop();
      const engine = new PgliteEngine({ cacheDir: false });
      const db = await engine.startFromState(stateDir);
      expect(engine.lastStart?.from).toBe('cache');
      // What the run did after the start is not part of the state it goes back to.
      await db.exec(`insert into based values (8); create table later (id int);`);
      const err = await db.query('DO $$ BEGIN LOOP END LOOP; END $$', undefined, { timeoutMs: 1000 }).catch((e) => e);
      expect(err).toBeInstanceOf(QueryTimeoutError);
      const db2 = await engine.restartFresh();
      expect(engine.lastStart?.from).toBe('snapshot');
      expect((await db2.query('select id from based order by id')).rows).toEqual([{ id: 7 }]);
      expect((await db2.query(`select to_regclass('later') is null as gone`)).rows[0]).toEqual({ gone: true });
      await engine.stop();
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });

  it('archives WAL segments without what lies past the insert position, and starts with them whole again', async () => {
    const first = new PgliteEngine({ cacheDir: false });
    const stateDir = tempDir('pgreview-pglite-wal-');
    try {
      const db0 = await first.start();
      await db0.exec(`create table walled (id int, pad text); insert into walled select g, repeat('x', 100) from generate_series(1, 1000) g;`);
      await first.saveState(stateDir);
      await first.stop();
      const entries = readTar(readFileSync(path.join(stateDir, 'pglite-datadir.tar')));
      const segments = entries.filter((e) => /^\/pg_wal\/[0-9A-F]{24}$/.test(e.name));
      const size = Number(Buffer.from(entries.find((e) => e.name === '/pgreview-wal-segment-size')!.data).toString());
      expect(size).toBe(16 * 1024 * 1024);
      // The segment being written keeps whole pages up to the insert position; a later (preallocated) one keeps nothing.
      const current = segments.find((e) => e.data.length > 0 && e.data.length < size && e.data.length % 8192 === 0);
      expect(current).toBeDefined();
      expect(segments.filter((e) => e.name > current!.name).every((e) => e.data.length === 0)).toBe(true);
      expect(segments.filter((e) => e.name < current!.name).every((e) => e.data.length === size)).toBe(true);

      const engine = new PgliteEngine({ cacheDir: false });
      const db = await engine.startFromState(stateDir);
      expect((await db.query('select count(*)::int as n from walled')).rows[0]).toEqual({ n: 1000 });
      // Every segment is whole again, as PostgreSQL preallocated it.
      const short = await db.query(`select name from pg_ls_waldir() where name ~ '^[0-9A-F]{24}$' and size <> ${size}`);
      expect(short.rows).toEqual([]);
      // Writing on into the next segment works: the zeros came back, the files are whole.
      const at = async () => (await db.query<{ f: string }>('select pg_walfile_name(pg_current_wal_insert_lsn()) as f')).rows[0]!.f;
      const before = await at();
      await db.exec(`insert into walled select g, repeat(md5(g::text), 20) from generate_series(1, 30000) g; checkpoint;`);
      expect(await at()).not.toBe(before);
      expect((await db.query('select count(*)::int as n from walled')).rows[0]).toEqual({ n: 31000 });
      const db2 = await engine.restartFresh();
      expect((await db2.query('select count(*)::int as n from walled')).rows[0]).toEqual({ n: 1000 });
      await engine.stop();
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
    }
  });

  it('caches the prepared state and starts from it the second time', async () => {
    const prepare = { key: 'test', sql: 'create table prepared (id int); insert into prepared values (1), (2);' };
    const first = new PgliteEngine({ prepare, cacheDir });
    await first.start();
    expect(first.lastStart?.from).toBe('cold');
    await first.stop();
    expect(readdirSync(cacheDir).filter((f) => f.endsWith('.tar'))).toHaveLength(1);
    const second = new PgliteEngine({ prepare, cacheDir });
    const db = await second.start();
    expect(second.lastStart?.from).toBe('cache');
    expect((await db.query('select count(*)::int as n from prepared')).rows[0]).toEqual({ n: 2 });
    await second.stop();
  });
});
