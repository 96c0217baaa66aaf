// A file that sets search_path creates its unqualified objects in the path's first schema. Judged as
// public, a table made in a private schema was "an exposed table without RLS": a false critical that
// failed a correct migration. Where each object lands is compared with PGlite's catalog.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineSet, inlineSettings } from '../../src/analysis/inline.js';
import { runStatic } from '../../src/analysis/static.js';
import { splitPathList } from '../../src/analysis/search-path.js';
import { rules } from '../../rules/index.js';
import { loadParser } from '../../src/sql/parse.js';

beforeAll(loadParser);

const SUPABASE = { preset: 'supabase' as const };

function review(base: string[], changed: string[]) {
  const set = inlineSet({ base, changed, settings: SUPABASE });
  return runStatic(inlineSettings(SUPABASE), set, rules);
}

const rlsFindings = (r: ReturnType<typeof review>) => r.findings.filter((f) => f.ruleId === 'rls-not-enabled').map((f) => f.object);

describe('SET search_path in a migration', () => {
  it('a table created in a private schema is not an exposed table without RLS', () => {
    const created = 'set search_path = private;\ncreate table secrets (id bigint primary key, value text);';
    expect(rlsFindings(review(['create schema private;'], [created]))).toEqual([]);
    // The control: the same table without the path is public, exposed, and without RLS.
    expect(rlsFindings(review(['create schema private;'], ['create table secrets (id bigint primary key, value text);']))).toEqual(['public.secrets']);
  });

  it('lasts to the end of its file, and a reset or SET LOCAL after COMMIT ends it', () => {
    const r = (sql: string) => rlsFindings(review(['create schema private;'], [sql, 'create table later (id int primary key);']));
    expect(r('set search_path = private;\ncreate table a (id int primary key);')).toEqual(['public.later']);
    expect(r('set search_path = private;\nreset search_path;\ncreate table a (id int primary key);')).toEqual(['public.a', 'public.later']);
    expect(r('begin;\nset local search_path = private;\ncommit;\ncreate table a (id int primary key);')).toEqual(['public.a', 'public.later']);
    expect(r("select pg_catalog.set_config('search_path', 'private', false);\ncreate table a (id int primary key);")).toEqual(['public.later']);
  });

  it('a temporary table is in pg_temp, and so are the unqualified names that find it', () => {
    const file = 'create temp table staging (id int, v text);\ninsert into staging values (1, \'a\');\ncreate index on staging (v);\nselect * from staging;';
    const r = review([], [file]);
    expect(rlsFindings(r)).toEqual([]);
    // Not an existing table: no lock finding about the index built on it (nothing above low at all).
    expect(r.findings.filter((f) => f.object?.includes('staging') && f.severity !== 'low').map((f) => f.ruleId)).toEqual([]);
    const model = [...r.models.values()][0]!;
    expect(model.tables.has('public.staging')).toBe(false);
    expect(model.tables.has('pg_temp.staging')).toBe(true);
  });

  it('a dropped temporary table (DROP, or ON COMMIT DROP at COMMIT) no longer hides a table of its name', () => {
    const later = 'create table staging (id bigint primary key);\nalter table staging enable row level security;';
    expect(rlsFindings(review([], [`create temp table staging (id bigint);\ndrop table staging;\n${later}`]))).toEqual([]);
    expect(rlsFindings(review([], [`begin;\ncreate temp table staging (id bigint) on commit drop;\ncommit;\n${later}`]))).toEqual([]);
    // The control: without RLS, the public table is reported.
    expect(rlsFindings(review([], ['create temp table staging (id bigint);\ndrop table staging;\ncreate table staging (id bigint primary key);']))).toEqual(['public.staging']);
    // ROLLBACK TO SAVEPOINT keeps the transaction, and the temporary table: `staging` is still it.
    const savepoint = 'begin;\ncreate temp table staging (id bigint) on commit drop;\nsavepoint s;\nrollback to savepoint s;\ncreate table public.staging (id bigint primary key);\nalter table staging enable row level security;\ncommit;';
    expect(rlsFindings(review([], [savepoint]))).toEqual(['public.staging']);
  });

  it("a domain is found along the path: adding a column of a CHECKed domain is a rewrite, named on the path's table", () => {
    const base = ['create schema app;\ncreate domain app.positive as int check (value > 0);\ncreate table app.orders (id bigint primary key);'];
    const found = (sql: string) => review(base, [sql]).findings.filter((f) => f.ruleId === 'adding-field-with-default').map((f) => f.object);
    expect(found('set search_path = app;\nalter table orders add column q2 positive;')).toEqual(['app.orders.q2']);
    expect(found('alter table app.orders add column q2 app.positive;')).toEqual(['app.orders.q2']);
  });

  it('an explicitly public table is still judged, whatever the path', () => {
    expect(rlsFindings(review(['create schema private;'], ['set search_path = private;\ncreate table public.open_data (id int primary key);']))).toEqual(['public.open_data']);
  });

  it("a path's lookups find the migrations' own objects where Postgres finds them", () => {
    // ENABLE RLS on the unqualified name reaches the public table when public is on the path.
    const base = ['create table public.notes (id int primary key);'];
    expect(rlsFindings(review(base, ['set search_path = extensions, public;\nalter table notes enable row level security;']))).toEqual([]);
  });

  it('splits set_config values as Postgres reads a search_path list', () => {
    expect(splitPathList('')).toEqual([]);
    expect(splitPathList('"$user", public')).toEqual(['$user', 'public']);
    expect(splitPathList('App ,"My Schema",x')).toEqual(['app', 'My Schema', 'x']);
    expect(splitPathList('"a""b"')).toEqual(['a"b']);
  });
});

describe('the model places objects where PostgreSQL does (PGlite)', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite();
  });
  afterAll(() => db.close());

  const FILE = `create schema app;
create schema app2;
set search_path = app, public;
create table accounts (id int primary key);
create table items (id int primary key, account int references accounts (id));
create view account_items as with accounts as (select 1 as id) select i.* from items i join accounts a on a.id = i.account;
create index items_account on items (account);
create type state as enum ('on', 'off');
create table flags (id int primary key, s state);
create function touch() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger flags_touch before update on flags for each row execute function touch();
select pg_catalog.set_config('search_path', 'app2', false);
create table counters (id int primary key);
drop table counters;
create table counters2 (id int primary key);
set search_path to default;
create table plain (id int primary key);`;

  it('tables, views, indexes, types, functions and triggers', async () => {
    await db.exec(FILE);
    await db.exec('set search_path to default');
    const real = (await db.query<{ q: string }>(
      `select n.nspname || '.' || c.relname as q from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('app', 'app2', 'public') and c.relkind in ('r', 'v') order by 1`,
    )).rows.map((r) => r.q);
    const set = inlineSet({ base: [], changed: [FILE] });
    const result = runStatic(inlineSettings({}), set, rules);
    const model = [...result.models.values()][0]!;
    expect([...model.tables.keys()].sort()).toEqual(real);
    const index = (await db.query<{ q: string }>(`select schemaname || '.' || indexname as q from pg_indexes where indexname = 'items_account'`)).rows[0]!.q;
    expect(model.indexOwner.get(index)).toBe('app.items');
    expect([...model.enums.keys()]).toEqual(['app.state']);
    expect([...model.functions.keys()].filter((k) => k.endsWith('.touch'))).toEqual(['app.touch']);
    const flags = model.tables.get('app.flags')!;
    expect([...flags.columns.keys()]).toEqual(['id', 's']);
  });
});
