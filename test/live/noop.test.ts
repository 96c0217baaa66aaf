// IF [NOT] EXISTS statements that do nothing where they run (issue 12 point 5): the live catalog,
// asked right before each statement in its own transaction, decides; the static findings about such
// a statement's effect are set aside with the reason, and a statement that does act keeps them.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Engine } from '../../src/engines/database.js';
import { LocalEngine, findPgBinaries } from '../../src/engines/local.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import { liveNoOp, noOpQuestion } from '../../src/live/trace/noop.js';
import { review } from '../../src/review.js';
import { defaultSettings } from '../../src/config.js';
import { parsed } from '../engines/helpers.js';
import { tempDir } from '../temp-dirs.js';

const statement = async (sql: string) => (await parsed('x', sql)).statements[0]!;

describe('which statements can be no-ops', () => {
  it('asks only IF [NOT] EXISTS statements that cannot act in part', async () => {
    expect(noOpQuestion(await statement('create table if not exists a (id int)'))).toBeDefined();
    expect(noOpQuestion(await statement('create table a (id int)'))).toBeUndefined();
    expect(noOpQuestion(await statement('create index if not exists a_idx on a (id)'))).toBeDefined();
    expect(noOpQuestion(await statement('drop index if exists a_idx, b_idx'))).toBeDefined();
    expect(noOpQuestion(await statement('drop index a_idx'))).toBeUndefined();
    expect(noOpQuestion(await statement('alter table a add column if not exists b int, drop column if exists c'))).toBeDefined();
    // One command that always acts makes the statement act.
    expect(noOpQuestion(await statement('alter table a add column if not exists b int, add column c int'))).toBeUndefined();
  });
});

const engines: [string, () => Engine | undefined][] = [
  ['pglite', () => new PgliteEngine()],
  ['local', () => (findPgBinaries() ? new LocalEngine() : undefined)],
];

describe.each(engines)('the live catalog decides (%s)', (name, make) => {
  const engine = make();
  let db: Database;
  beforeAll(async () => {
    if (!engine) return;
    db = await engine.start();
    await db.exec(`create schema app; create table app."Deals" (id int primary key, stage text); create index deals_stage_idx on app."Deals" (stage);
      create table public.plain (id int); set search_path = app, public`);
  }, 180_000);
  afterAll(async () => engine?.stop());
  const ask = async (sql: string) => liveNoOp(db, await statement(sql), 20_000);

  it.skipIf(!engine)('says why a statement does nothing, and nothing when it acts', async () => {
    expect(await ask('create table if not exists app."Deals" (id int)')).toMatch(/app\.Deals already exists, so CREATE TABLE IF NOT EXISTS does nothing/);
    // Unqualified: the schema it would be created in is the first of the search_path.
    expect(await ask('create table if not exists "Deals" (id int)')).toMatch(/already exists/);
    expect(await ask('create table if not exists plain (id int)')).toBeUndefined();
    expect(await ask('create table if not exists app.deals (id int)')).toBeUndefined();
    expect(await ask('create index if not exists deals_stage_idx on app."Deals" (stage)')).toMatch(/index deals_stage_idx .* already exists/);
    expect(await ask('create index if not exists deals_stage_idx on public.plain (id)')).toBeUndefined();
    expect(await ask('drop index if exists app.gone_idx, app.gone2_idx')).toMatch(/app\.gone_idx, app\.gone2_idx do not exist/);
    expect(await ask('drop index if exists app.gone_idx, app.deals_stage_idx')).toBeUndefined();
    expect(await ask('drop table if exists app.deals')).toMatch(/does not exist, so DROP TABLE IF EXISTS does nothing/);
    expect(await ask('alter table if exists app.nothing add column x int')).toMatch(/app\.nothing does not exist/);
    expect(await ask('alter table app."Deals" add column if not exists stage text, drop column if exists gone')).toMatch(/already has stage .* has no gone/);
    expect(await ask('alter table app."Deals" add column if not exists amount int')).toBeUndefined();
  });
});

describe('a review sets aside findings about statements that did nothing', () => {
  const dir = tempDir('pgreview-noop-');
  mkdirSync(path.join(dir, 'migrations'));
  writeFileSync(path.join(dir, 'migrations/001_init.sql'), 'create table public.deals (id bigint primary key, stage text);\ncreate index deals_stage_idx on public.deals (stage);\n');
  writeFileSync(
    path.join(dir, 'migrations/002_cleanup.sql'),
    // The first drop names an index the history never created (unknown to the schema model, so the
    // static rule reports it); the second one acts.
    'drop index if exists public.deals_old_idx;\ndrop index if exists public.deals_stage_idx;\n',
  );

  it('on pglite: the absent index is set aside with the reason, the existing one keeps its finding', async () => {
    const progress: string[] = [];
    const r = await review({ ...defaultSettings({ dir: path.join(dir, 'migrations'), engine: 'pglite', format: 'json', changed: ['002_cleanup.sql'] }), onProgress: (l) => progress.push(l) });
    // --progress says where the time went, stage by stage and probe by probe.
    expect(progress).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^applied: base \d+ ms, changed \d+ ms, catalog snapshots \d+ ms \(stage: \d+ ms\)$/),
        expect.stringMatching(/^probe reapply: \w[\w-]* in \d+ ms$/),
        expect.stringMatching(/^probes done \(stage: \d+ ms\)$/),
        expect.stringMatching(/^rollback generated and proven \(stage: \d+ ms\)$/),
      ]),
    );
    const drops = r.findings.filter((f) => f.ruleId === 'require-concurrent-index-deletion');
    expect(drops.map((f) => f.object)).toEqual(['public.deals_stage_idx']);
    const aside = r.suppressed.filter((f) => f.ruleId === 'require-concurrent-index-deletion');
    expect(aside.map((f) => [f.object, f.reason])).toEqual([['public.deals_old_idx', expect.stringMatching(/did nothing on the review database: public\.deals_old_idx does not exist/)]]);
    expect(r.engine?.notes?.some((n) => /002_cleanup\.sql:1 did nothing on the review database/.test(n))).toBe(true);
    const statically = await review(defaultSettings({ dir: path.join(dir, 'migrations'), engine: 'none', format: 'json', changed: ['002_cleanup.sql'] }));
    // Without an engine the schema model cannot know the index is absent (it may exist outside the migrations).
    expect(statically.findings.filter((f) => f.ruleId === 'require-concurrent-index-deletion').map((f) => f.object).sort()).toEqual(['public.deals_old_idx', 'public.deals_stage_idx']);
  }, 240_000);
});
