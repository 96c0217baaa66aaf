// Live findings land on the statement that changes their object (src/live/locator.ts), never on an
// earlier one that only mentions a namesake: a body calling vault.update_secret, a foreign key to the
// table, a string literal or a comment. Each case is applied on PGlite (Supabase preset), traced, and
// the live rules run as review() runs them (runLiveRules); a small rule reports at ctx.statementFor
// and placeFor for the objects the real rules do not reach.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import credentialColumnsExposed from '../../rules/credential-columns-exposed.js';
import vectorColumnNotIndexable from '../../rules/vector-column-not-indexable.js';
import { placeFor } from '../../rules/_live-util.js';
import { defineRule, type LiveRule } from '../../src/analysis/rules.js';
import { inlineSet, inlineSettings } from '../../src/analysis/inline.js';
import { parseMigrations, runStatic } from '../../src/analysis/static.js';
import { loadParser, parseStatementsSync } from '../../src/sql/parse.js';
import { createdTargets, statementTargets } from '../../src/analysis/objects.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import { presetPrepare } from '../../src/live/presets.js';
import { applyTraced } from '../../src/live/trace.js';
import { runLiveRules } from '../../src/live/review.js';
import type { Finding, Statement } from '../../src/types.js';

beforeAll(loadParser);

let engine: PgliteEngine | undefined;
afterEach(async () => {
  await engine?.stop().catch(() => undefined);
  engine = undefined;
});

/** Reports, for each name, where ctx.statementFor and placeFor put it (object `for:<name>` and `place:<name>`). */
function locating(names: string[]): LiveRule {
  return defineRule({
    id: 'locator-under-test',
    phase: 'live',
    severity: 'info',
    category: 'deploy',
    title: 'Where the locator puts a finding',
    check(ctx) {
      for (const name of names) {
        const stmt = ctx.statementFor(name);
        if (stmt) ctx.report({ stmt, object: `for:${name}`, message: name });
        ctx.report({ ...placeFor(ctx, name), object: `place:${name}`, message: name });
      }
    },
  });
}

/** The base applied, then the change traced; the findings of `live` on the change, by object → line. */
async function linesOf(base: string[], change: string, live: LiveRule[]): Promise<Record<string, number>> {
  engine = new PgliteEngine({ prepare: presetPrepare('supabase') });
  const db = await engine.start();
  const settings = inlineSettings({ engine: 'pglite', preset: 'supabase' });
  const set = inlineSet({ base, changed: [change] });
  const sources = parseMigrations(set);
  const st = runStatic(settings, set, rules, sources);
  const trace = await applyTraced(db, sources.filter((s) => s.direction === 'up'), { statementTimeoutMs: 30_000, totalTimeoutMs: 60_000 });
  expect(trace.migrations.flatMap((m) => m.trace ?? []).filter((t) => t.error).map((t) => t.error!.message)).toEqual([]);
  const out = runLiveRules({ settings, set, trace, sources, staticResult: st, rules: live, seen: new Map(), fallbackFile: '' });
  const ids = new Set(live.map((r) => r.id));
  const mine = out.findings.filter((f: Finding) => ids.has(f.ruleId));
  expect(mine.every((f) => f.file === set.migrations.find((m) => m.status !== 'base')!.path)).toBe(true);
  return Object.fromEntries(mine.map((f) => [f.object, f.line]));
}

describe('live finding placement', () => {
  it('a function: on the statement that creates public.update_secret, not the earlier body that calls vault.update_secret', async () => {
    const change = `create function public.upsert_secret(secret text) returns void language plpgsql as $$
begin
  perform vault.update_secret(secret);
end $$;
create function public.update_secret(secret text) returns void language plpgsql as $$
begin
  null;
end $$;
`;
    const lines = await linesOf([], change, [locating(['public.update_secret', 'public.update_secret(secret text)'])]);
    expect(lines).toEqual({ 'for:public.update_secret': 5, 'place:public.update_secret': 5, 'for:public.update_secret(secret text)': 5, 'place:public.update_secret(secret text)': 5 });
  }, 120_000);

  it('a table: on the ALTER TABLE that makes the finding, not the earlier CREATE TABLE whose foreign key locked it', async () => {
    const base = ['create table public.accounts (id bigint primary key, password_hash text);\nalter table public.accounts enable row level security;'];
    const change = `create table public.sessions (account_id bigint references public.accounts);
alter table public.sessions enable row level security;
alter table public.accounts disable row level security;
`;
    const lines = await linesOf(base, change, [credentialColumnsExposed]);
    expect(lines).toEqual({ 'public.accounts': 3 });
  }, 120_000);

  it('a table only referenced by the PR: placeFor keeps the statement that locked it (its foreign key)', async () => {
    const base = ['create table public.accounts (id bigint primary key);'];
    const change = `create table public.notes (body text);
create table public.sessions (account_id bigint references public.accounts);
`;
    const lines = await linesOf(base, change, [locating(['public.accounts'])]);
    expect(lines['place:public.accounts']).toBe(2);
  }, 120_000);

  it('a column: on the ADD COLUMN, not an earlier statement naming it in a string literal and a comment', async () => {
    const base = ['create extension if not exists vector;\ncreate table public.items (id bigint primary key);\nalter table public.items enable row level security;'];
    const change = `create table public.notes (body text default 'items embedding' /* items.embedding */);
alter table public.notes enable row level security;
alter table public.items add column embedding vector(3072);
`;
    const lines = await linesOf(base, change, [vectorColumnNotIndexable]);
    expect(lines).toEqual({ 'public.items.embedding': 3 });
  }, 120_000);

  it('a text mention, the last resort: code in a DO block counts, a string literal or a comment does not', async () => {
    const base = ['create table public.orders (id bigint primary key);'];
    const change = `create table public.audit (note text default 'orders' /* public.orders */);
do $$ begin alter table public.orders add column note text; end $$;
`;
    const lines = await linesOf(base, change, [locating(['public.orders'])]);
    expect(lines['for:public.orders']).toBe(2);
  }, 120_000);

  it('unqualified names resolve to public: CREATE TABLE orders is public.orders, app.orders is not', async () => {
    const change = `create schema app;
create table app.orders (id bigint primary key);
create table orders (id bigint primary key);
alter table app.orders add column note text;
do $$ begin create table app.totals (n int); end $$;
do $$ begin create table totals (n int); end $$;
`;
    const lines = await linesOf([], change, [locating(['public.orders', 'app.orders', 'public.orders.id', 'public.totals', 'app.totals'])]);
    expect(lines).toMatchObject({ 'for:public.orders': 3, 'place:public.orders': 3, 'for:app.orders': 2, 'place:app.orders': 2, 'for:public.orders.id': 3 });
    // Made by dynamic SQL: the text names them, and app.totals is not public.totals.
    expect(lines).toMatchObject({ 'for:public.totals': 6, 'for:app.totals': 5 });
  }, 120_000);
});

describe('statementTargets', () => {
  const targets = (sql: string) => statementTargets(parseStatementsSync(sql)[0] as unknown as Statement);
  it('names what each statement changes, schema-qualified, with what the inventory leaves out', () => {
    expect(targets('alter table app.a set schema api')).toMatchObject({ altered: ['app.a', 'api.a'] });
    expect(targets('alter table a rename to b')).toMatchObject({ altered: ['public.a', 'public.b'] });
    expect(targets('alter function f(int) rename to g')).toMatchObject({ altered: ['public.f', 'public.g'] });
    expect(targets('alter function app.f(int) security definer')).toMatchObject({ altered: ['app.f'] });
    expect(targets('grant execute on function f(int), vault.g() to anon')).toMatchObject({ created: [], altered: ['public.f', 'vault.g'] });
    expect(targets('grant select on orders to anon')).toMatchObject({ created: [], altered: ['public.orders'] });
    expect(targets('grant usage on schema api to anon')).toMatchObject({ altered: ['api'] });
    expect(targets('revoke all on all tables in schema public from anon')).toMatchObject({ created: [], altered: [] });
    expect(targets('drop policy p on t')).toMatchObject({ altered: ['public.t.p'] });
    expect(targets('alter policy p on app.t using (true)')).toMatchObject({ altered: ['app.t.p'] });
    expect(targets("comment on column a.c is 'x'")).toMatchObject({ commented: ['public.a.c'] });
    expect(targets('create index on app.items (embedding)')).toMatchObject({ created: [], on: ['app.items'] });
    expect(targets('create index items_idx on items (embedding)')).toMatchObject({ created: ['public.items_idx'], on: ['public.items'] });
    expect(targets('create table b (a_id int references a)')).toEqual({ created: ['public.b'], altered: [], on: [], commented: [] });
    expect(targets('alter extension vector set schema extensions')).toMatchObject({ altered: ['vector'] });
  });
  it('createdTargets is the created part alone, for every kind of statement', () => {
    const sql = [
      'create table app.a (id int)', 'create view v as select 1', 'create materialized view m as select 1', 'create table t2 as select 1',
      'create index on items (e)', 'create index i on items (e)', 'create policy p on t using (true)', 'create function f() returns int language sql as $$ select 1 $$',
      'create trigger tr after insert on t for each row execute function f()', "create type e as enum ('a')", 'create type c as (x int)', 'create domain d as int',
      'create extension vector', 'create schema s', 'create sequence q', 'create role r', 'alter table a add column c int, add constraint k check (c > 0), drop column z',
      'alter table a rename to b', 'grant select on t to anon', 'drop table t', "comment on table t is 'x'", 'select 1',
    ];
    for (const text of sql) {
      const stmt = parseStatementsSync(text)[0] as unknown as Statement;
      expect(createdTargets(stmt), text).toEqual(statementTargets(stmt).created);
    }
  });
});
