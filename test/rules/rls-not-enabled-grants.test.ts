// A table without RLS in an exposed schema is critical because the API roles can reach its rows.
// When the migrations revoke every API privilege from them (and grant none back), nothing reaches the
// rows today: the finding stays, at low. Whether the roles really lost every privilege is compared
// with PostgreSQL (PGlite) set up as Supabase sets up public: default privileges for anon and authenticated.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineSet, inlineSettings } from '../../src/analysis/inline.js';
import { runStatic } from '../../src/analysis/static.js';
import { rules } from '../../rules/index.js';
import { loadParser } from '../../src/sql/parse.js';

const CASES: { name: string; sql: string }[] = [
  { name: 'revoke_all', sql: 'revoke all on table public.revoke_all from anon, authenticated;' },
  { name: 'revoke_select_only', sql: 'revoke select on public.revoke_select_only from anon, authenticated;' },
  { name: 'revoke_each', sql: 'revoke select, insert on public.revoke_each from anon, authenticated;\nrevoke update, delete, truncate on public.revoke_each from anon, authenticated;' },
  { name: 'granted_back', sql: 'revoke all on public.granted_back from anon, authenticated;\ngrant select on public.granted_back to anon;' },
  { name: 'granted_public', sql: 'revoke all on public.granted_public from anon, authenticated;\ngrant select on public.granted_public to public;' },
  { name: 'granted_column', sql: 'revoke all on public.granted_column from anon, authenticated;\ngrant select (id) on public.granted_column to authenticated;' },
  { name: 'revoked_from_public', sql: 'revoke all on public.revoked_from_public from public;' },
  { name: 'one_role', sql: 'revoke all on public.one_role from anon;' },
  { name: 'column_revoke', sql: 'revoke select (body), insert (body), update (body), delete on public.column_revoke from anon, authenticated;' },
  { name: 'in_schema', sql: 'revoke all on all tables in schema public from anon, authenticated;' },
];

/** One file per case: the table, then its grants. */
const files = CASES.map((c) => `create table public.${c.name} (id bigint primary key, body text);\n${c.sql}`);
const DEFAULTS_REVOKED = `alter default privileges in schema public revoke all on tables from anon, authenticated;
create table public.created_after_default (id bigint primary key);
alter default privileges in schema public grant all on tables to anon, authenticated;
create table public.created_after_regrant (id bigint primary key);
alter default privileges revoke all on tables from anon, authenticated;
create table public.after_global_revoke (id bigint primary key);`;

describe('rls-not-enabled and what the API roles can still do (PGlite)', () => {
  let db: PGlite;
  beforeAll(async () => {
    await loadParser();
    db = new PGlite();
    await db.exec(`create role anon; create role authenticated;
      alter default privileges in schema public grant all on tables to anon, authenticated;`);
    for (const f of [...files, DEFAULTS_REVOKED]) await db.exec(f);
  });
  afterAll(() => db.close());

  it('is low exactly where PostgreSQL leaves anon and authenticated no privilege on the table', async () => {
    const real = new Map(
      (
        await db.query<{ t: string; reached: boolean }>(
          `select c.relname as t, bool_or(has_table_privilege(r, c.oid, 'SELECT,INSERT,UPDATE,DELETE')) as reached
             from pg_class c cross join unnest(array['anon', 'authenticated']) r
            where c.relnamespace = 'public'::regnamespace and c.relkind = 'r' group by c.relname`,
        )
      ).rows.map((r) => [`public.${r.t}`, r.reached]),
    );
    const set = inlineSet({ base: [], changed: [...files, DEFAULTS_REVOKED], settings: { preset: 'supabase' } });
    const findings = runStatic(inlineSettings({ preset: 'supabase' }), set, rules).findings.filter((f) => f.ruleId === 'rls-not-enabled');
    const severity = new Map(findings.map((f) => [f.object, f.severity]));
    // Every table the migrations create is in the database: one per case, and those of DEFAULTS_REVOKED.
    expect(real.size).toBe(CASES.length + (DEFAULTS_REVOKED.match(/create table/gi) ?? []).length);
    // Every table is reported: none has RLS.
    expect([...severity.keys()].sort()).toEqual([...real.keys()].sort());
    for (const [table, reached] of real) expect([table, severity.get(table)]).toEqual([table, reached ? 'critical' : 'low']);
    // The cases are not all alike: both outcomes occur.
    expect(new Set(real.values())).toEqual(new Set([true, false]));
  });
});

describe('an API role made a member of another role', () => {
  beforeAll(loadParser);
  it('holds what that role is granted, which the model does not follow: the table stays critical', () => {
    const sql = `create table public.via_member (id bigint primary key);
revoke all on public.via_member from anon, authenticated;
create role app_reader;
grant app_reader to authenticated;
grant select on public.via_member to app_reader;`;
    const set = inlineSet({ base: [], changed: [sql], settings: { preset: 'supabase' } });
    const found = runStatic(inlineSettings({ preset: 'supabase' }), set, rules).findings.filter((f) => f.ruleId === 'rls-not-enabled');
    expect(found.map((f) => [f.object, f.severity])).toEqual([['public.via_member', 'critical']]);
  });
});

describe('revokes that keep a view of auth.users from the API', () => {
  const VIEW = 'create view public.user_emails as select id, email from auth.users;';
  const found = (revoke: string) => {
    const set = inlineSet({ base: [], changed: [`${VIEW}\n${revoke}`], settings: { preset: 'supabase' } });
    return runStatic(inlineSettings({ preset: 'supabase' }), set, rules).findings.filter((f) => f.ruleId === 'auth-users-exposed').length;
  };
  beforeAll(loadParser);

  it('count when SELECT is revoked from anon and authenticated, and not granted back', () => {
    expect(found('revoke all on public.user_emails from anon, authenticated;')).toBe(0);
    expect(found('revoke select on public.user_emails from anon, authenticated;')).toBe(0);
    expect(found('revoke all on public.user_emails from anon, authenticated;\ngrant select on public.user_emails to public;')).toBe(1);
  });

  it('do not count when they leave the API roles their own SELECT (measured above: PUBLIC is not anon)', () => {
    expect(found('revoke all on public.user_emails from public;')).toBe(1);
    expect(found('revoke insert, update, delete on public.user_emails from anon, authenticated;')).toBe(1);
    expect(found('revoke all on public.user_emails from anon;')).toBe(1);
    // On some columns only: the view-wide SELECT stays.
    expect(found('revoke select (email) on public.user_emails from anon, authenticated;')).toBe(1);
  });
});
