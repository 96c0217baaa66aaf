// The base cache's folder and key (src/live/base-cache.ts): any change to an input is another key,
// entries appear whole or not at all, the folder stays under its bound, a remote miss or failure is a miss.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { BaseCache, baseCacheKey, BASE_CACHE_FORMAT, type BaseKeyInput, type BaseRecord } from '../../src/live/base-cache.js';
import { emptyCatalog } from '../../src/live/catalog.js';
import { tempDir } from '../temp-dirs.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));
const tmp = () => {
  const d = tempDir('pgreview-basecache-store-');
  roots.push(d);
  return d;
};

const file = (name: string, text: string) => ({
  migration: { id: name, transactional: true } as BaseKeyInput['base'][number]['migration'],
  source: { file: `supabase/migrations/${name}.sql`, text, startLine: 1, startByte: 0 },
  direction: 'up' as const,
});
const input: BaseKeyInput = {
  engine: 'local postgres (PostgreSQL) 15.18 /usr/lib/postgresql/15/bin',
  preset: 'supabase',
  prepareSql: 'create role anon;',
  layout: 'supabase',
  history: '',
  runnerSql: 'create table supabase_migrations.schema_migrations ();',
  migrator: 'pgreview_migrator',
  base: [file('1', 'create table a ();'), file('2', 'create table b ();')],
};
const record = (key: string): BaseRecord => ({ format: BASE_CACHE_FORMAT, key, engine: input.engine, createdAt: '', reports: [], gaps: [], superuser: [], standIns: [], baseMs: 1, engineStartMs: 1 });

describe('base cache key', () => {
  it('changes with every input, and with the order of the base migrations', () => {
    const k = baseCacheKey(input);
    expect(k).toMatch(/^local-supabase-[0-9a-f]{40}$/);
    expect(baseCacheKey({ ...input })).toBe(k);
    const variants: Partial<BaseKeyInput>[] = [
      { engine: input.engine.replace('15.18', '15.19') },
      { preset: 'plain' },
      { prepareSql: 'create role anon; create role authenticated;' },
      { layout: 'prisma' },
      { history: 'other' },
      { runnerSql: '' },
      { migrator: 'someone' },
      { base: [input.base[0]!, file('2', 'create table b (x int);')] },
      { base: [input.base[1]!, input.base[0]!] },
      { base: [input.base[0]!] },
      { base: [input.base[0]!, { ...input.base[1]!, migration: { ...input.base[1]!.migration, transactional: false } }] },
    ];
    const keys = variants.map((v) => baseCacheKey({ ...input, ...v }));
    expect(new Set([k, ...keys]).size).toBe(variants.length + 1);
  });
});

describe('base cache folder', () => {
  it('an entry is there once committed, whole; a staged one that is discarded leaves nothing', async () => {
    const cache = new BaseCache(tmp());
    expect(await cache.lookup('k1')).toBeUndefined();
    const staged = cache.stage();
    writeFileSync(path.join(staged.stateDir, 'cluster.tar'), 'x');
    expect(await cache.lookup('k1')).toBeUndefined(); // not before commit
    cache.commit(staged, record('k1'));
    const hit = await cache.lookup('k1');
    expect(hit).toMatchObject({ from: 'local', record: { key: 'k1' } });
    expect(readdirSync(hit!.stateDir)).toEqual(['cluster.tar']);
    const other = cache.stage();
    cache.discard(other);
    expect(readdirSync(cache.dir)).toEqual(['k1']);
  });

  it("an entry's catalog snapshot is read while the engine starts from it, handed out once, then read again", async () => {
    const cache = new BaseCache(tmp());
    const before = { ...emptyCatalog(), serverVersionNum: 170005 };
    before.relations['public.t'] = { kind: 'table', rls: false, forceRls: false, owner: 'o', acl: [] } as never;
    cache.commit(cache.stage(), { ...record('k2'), beforePrints: 'p' }, before);
    expect(await cache.lookup('k2')).toBeDefined();
    await new Promise((r) => setImmediate(r)); // the engine's start yields this thread
    const file = path.join(cache.dir, 'k2', 'before.v8');
    const stored = readFileSync(file);
    rmSync(file); // already read: the first caller gets it all the same
    const first = cache.before('k2')!;
    expect(first).toEqual(before);
    expect(cache.before('k2')).toBeUndefined(); // handed out once (a caller may change it); then read from the entry
    writeFileSync(file, stored);
    first.relations = {};
    expect(cache.before('k2')).toEqual(before);
    expect(cache.before('other')).toBeUndefined();
    await cache.lookup('k2');
    cache.remove('k2');
    await new Promise((r) => setImmediate(r));
    expect(cache.before('k2')).toBeUndefined();
  });

  it('keeps under its bound by removing the least recently used entries', async () => {
    const cache = new BaseCache(tmp(), { maxBytes: 2500 });
    for (const k of ['a', 'b', 'c']) {
      const s = cache.stage();
      writeFileSync(path.join(s.stateDir, 'data'), Buffer.alloc(1000));
      cache.commit(s, record(k));
      if (k === 'b') await cache.lookup('a'); // a used after b was written
      await new Promise((r) => setTimeout(r, 20)); // distinct mtimes
    }
    const left = readdirSync(cache.dir).sort();
    expect(left).toEqual(['a', 'c']);
  });

  it('an entry of another format, or a stray folder, is a miss', async () => {
    const cache = new BaseCache(tmp());
    mkdirSync(path.join(cache.dir, 'k2', 'state'), { recursive: true });
    writeFileSync(path.join(cache.dir, 'k2', 'record.json'), JSON.stringify({ ...record('k2'), format: BASE_CACHE_FORMAT + 1 }));
    expect(await cache.lookup('k2')).toBeUndefined();
    mkdirSync(path.join(cache.dir, 'k3'));
    expect(await cache.lookup('k3')).toBeUndefined();
  });

  it('asks the remote cache on a local miss; a remote that fails or misses is a miss, and leaves nothing', async () => {
    const asked: string[] = [];
    const saved: string[] = [];
    const cache = new BaseCache(tmp(), {
      remote: {
        async restore(key, dir) {
          asked.push(key);
          if (key === 'boom') throw new Error('service unavailable');
          if (key !== 'there') return false;
          mkdirSync(path.join(dir, 'state'), { recursive: true });
          writeFileSync(path.join(dir, 'record.json'), JSON.stringify(record('there')));
          return true;
        },
        saved: (key) => saved.push(key),
      },
    });
    expect(await cache.lookup('boom')).toBeUndefined();
    expect(await cache.lookup('missing')).toBeUndefined();
    expect(await cache.lookup('there')).toMatchObject({ from: 'remote', record: { key: 'there' } });
    expect(await cache.lookup('there')).toMatchObject({ from: 'local' }); // now in the folder
    expect(asked).toEqual(['boom', 'missing', 'there']);
    expect(existsSync(path.join(cache.dir, 'boom'))).toBe(false);
    const s = cache.stage();
    cache.commit(s, record('new'));
    expect(saved).toEqual(['new']);
  });
});
