// The generated rollback end to end through review(): generated from the live catalog delta, applied
// after the PR as the migration role and compared with the base, on every engine this machine has.
// Handed over through the CLI's --rollback-output and the comment's collapsed section.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { review } from '../../src/review.js';
import { inlineSettings } from '../../src/analysis/inline.js';
import { findPgBinaries } from '../../src/engines/local.js';
import { detectContainerRuntime, nodeSupportsDocker } from '../../src/engines/docker.js';
import { renderMarkdown } from '../../src/report/render/markdown.js';
import type { EngineId } from '../../src/types.js';
import { tempDir } from '../temp-dirs.js';

const BASE = `
create type public.status as enum ('draft', 'live');
create table public.users (id bigint generated always as identity primary key, email text not null, name text default 'anon', legacy int, score int);
create index users_email_idx on public.users (email);
comment on table public.users is 'people';
create table public.posts (id serial primary key, user_id bigint references public.users(id), body text, st public.status default 'draft');
alter table public.posts enable row level security;
create policy "read own" on public.posts for select to authenticated using (user_id = 1);
create view public.user_emails as select id, email from public.users;
create function public.touch() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger posts_touch before update on public.posts for each row execute function public.touch();
grant select on public.users to anon;
create table public.old_stuff (id int primary key, v text not null);
`;

// Everything here can be undone schema-wise (data in the dropped table and column cannot: caveats).
const REVERSIBLE = `
alter table public.users rename column name to full_name;
alter table public.users alter column email drop not null;
alter table public.users alter column score type bigint;
alter table public.users drop column legacy;
alter table public.users add column age int not null default 0;
create index users_age_idx on public.users (age);
drop index public.users_email_idx;
create table public.comments (id uuid primary key default gen_random_uuid(), post_id int references public.posts(id) on delete cascade, body text);
alter table public.comments enable row level security;
create policy "all" on public.comments for all to authenticated using (true);
drop policy "read own" on public.posts;
create policy "read own" on public.posts for select to authenticated using (user_id = 2);
create or replace view public.user_emails as select id, email, age from public.users;
create or replace function public.touch() returns trigger language plpgsql as $$ begin new.body = 'x'; return new; end $$;
revoke select on public.users from anon;
grant select on public.comments to anon;
comment on table public.users is 'humans';
drop table public.old_stuff;
update public.posts set body = 'y';
`;

const ENUM_VALUE = `alter type public.status add value 'archived';`;

const dirs: string[] = [];
function settingsFor(pr: string, engine: EngineId) {
  const dir = project(pr);
  return inlineSettings({ dir, repoRoot: dir, engine, changed: PR });
}
function project(pr: string): string {
  const dir = tempDir('pgreview-rollback-');
  dirs.push(dir);
  mkdirSync(path.join(dir, 'supabase/migrations'), { recursive: true });
  writeFileSync(path.join(dir, 'supabase/migrations/20240101000000_base.sql'), BASE);
  writeFileSync(path.join(dir, 'supabase/migrations/20240201000000_pr.sql'), pr);
  return dir;
}
const PR = ['supabase/migrations/20240201000000_pr.sql'];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const runtime = await detectContainerRuntime();
const dockerUsable = runtime.available && nodeSupportsDocker(process.versions.node);
const engines: EngineId[] = ['pglite', ...(findPgBinaries() ? (['local'] as const) : []), ...(dockerUsable ? (['docker'] as const) : [])];

describe.each(engines)('generated rollback on %s', (engine) => {
  it('undoes a PR that renames, retypes, drops and creates: proven against the base catalog as the migration role', async () => {
    const report = await review(settingsFor(REVERSIBLE, engine));
    expect(report.migrations.map((m) => m.applied)).toEqual(['applied']);
    const r = report.rollback!;
    expect(r.differences).toEqual([]);
    expect(r.verified).toBe(true);
    expect(r.proof).toMatch(new RegExp(`on ${engine} as pgreview_migrator, in one transaction; the catalog then matched the base`));
    // The supabase CLI runs each file in a transaction: so does the script.
    expect(r.sql).toMatch(/^BEGIN;$/m);
    expect(r.sql).toMatch(/^COMMIT;$/m);
    expect(r.sql).toContain('ALTER TABLE public.users RENAME COLUMN full_name TO name;');
    expect(r.sql).toContain('ALTER TABLE public.users ALTER COLUMN score TYPE integer USING score::integer;');
    expect(r.sql).toContain('CREATE INDEX users_email_idx ON public.users USING btree (email);');
    expect(r.sql).toContain('GRANT SELECT ON TABLE public.users TO anon;');
    // What cannot come back from the catalog: said at the line and listed, with the backup to take first.
    expect(r.caveats.some((c) => c.startsWith('table public.old_stuff was dropped by the PR'))).toBe(true);
    expect(r.caveats.some((c) => c.startsWith('column public.users.legacy was dropped by the PR'))).toBe(true);
    expect(r.caveats.some((c) => /^UPDATE at .*_pr\.sql:20 .*public\.posts/.test(c))).toBe(true);
    expect(r.backups).toContain('CREATE TABLE pgreview_backup.public_old_stuff AS TABLE public.old_stuff;');
    expect(r.backups).toContain('CREATE TABLE pgreview_backup.public_users__legacy AS SELECT id, legacy FROM public.users;');
    expect(r.sql).toMatch(/-- NOTE: table public\.old_stuff was dropped by the PR[^\n]*\n-- INSERT INTO public\.old_stuff SELECT \* FROM pgreview_backup\.public_old_stuff/);
  }, 300_000);

  it.skipIf(engine === 'docker')('takes an added enum value back by rebuilding the type, and says rows that use it must change first', async () => {
    const report = await review(settingsFor(ENUM_VALUE, engine));
    const r = report.rollback!;
    expect(r.differences).toEqual([]);
    expect(r.verified).toBe(true);
    expect(r.caveats).toEqual([expect.stringMatching(/^enum public\.status: value\(s\) 'archived' added by the PR are removed by rebuilding the type .* rows that use them make the rollback fail/)]);
    // The column and its default follow the rebuilt type.
    expect(r.sql).toContain("ALTER TABLE public.posts ALTER COLUMN st DROP DEFAULT;");
    expect(r.sql).toContain('ALTER TABLE public.posts ALTER COLUMN st TYPE public.status_pgreview_rollback USING st::text::public.status_pgreview_rollback;');
    expect(r.sql).toContain("ALTER TABLE public.posts ALTER COLUMN st SET DEFAULT 'draft'::status;");
  }, 300_000);
});

describe('rollback handed over', () => {
  it('the comment carries the script and its caveats, collapsed, and not the proof', async () => {
    const report = await review(settingsFor(REVERSIBLE, 'pglite'));
    const md = renderMarkdown(report);
    const section = md.slice(md.indexOf('<details><summary>↩️ Rollback script'));
    expect(section).toMatch(/^<details><summary>↩️ Rollback script \(generated, verified on pglite: applied after this PR, it restores the base schema\)<\/summary>/);
    expect(section).toContain('ALTER TABLE public.users RENAME COLUMN full_name TO name;');
    expect(section).toContain('table public.old\\_stuff was dropped by the PR');
    expect(section).not.toContain(report.rollback!.proof);
  }, 300_000);

  it('next to an incomplete written down migration, offers the generated rollback', async () => {
    const dir = tempDir('pgreview-rollback-down-');
    dirs.push(dir);
    writeFileSync(path.join(dir, '0001_base.up.sql'), 'create table accounts (id int primary key);\n');
    writeFileSync(path.join(dir, '0001_base.down.sql'), 'drop table accounts;\n');
    writeFileSync(path.join(dir, '0002_notes.up.sql'), 'create table notes (id int primary key, account_id int references accounts(id));\ncreate function note_count() returns bigint language sql as $$ select count(*) from notes $$;\n');
    writeFileSync(path.join(dir, '0002_notes.down.sql'), 'drop table notes;\n');
    const report = await review(inlineSettings({ dir, repoRoot: dir, engine: 'pglite', changed: ['0002_notes.up.sql', '0002_notes.down.sql'] }));
    const f = report.findings.find((x) => x.ruleId === 'down-migration-incomplete');
    expect(f?.message).toContain('note_count');
    expect(report.rollback!.verified).toBe(true);
    expect(f!.fix!.description).toMatch(/Or start from a rollback that pgreview generated and verified on the review engine/);
    expect((f!.evidence!.generatedRollback as { sql: string }).sql).toContain('DROP FUNCTION IF EXISTS public.note_count();');
  }, 300_000);

  it('pgreview review --rollback-output writes the proven script', () => {
    const dir = project(REVERSIBLE);
    const out = path.join(dir, 'rollback.sql');
    const cli = path.resolve(import.meta.dirname, '../../src/cli.ts');
    try {
      execFileSync(process.execPath, ['--import', 'tsx', cli, 'review', dir, '--changed', PR[0]!, '--engine', 'pglite', '--format', 'json', '--output', path.join(dir, 'r.json'), '--rollback-output', out], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        stdio: 'pipe',
        timeout: 240_000,
      });
    } catch (e) {
      // Exit 1 is the verdict (findings at --fail-on); anything else is a failure of the run.
      if ((e as { status?: number }).status !== 1) throw e;
    }
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^-- Verified: applied after the PR on pglite as pgreview_migrator, in one transaction; the catalog then matched the base\.\n-- Rollback generated by pgreview/);
    const json = JSON.parse(readFileSync(path.join(dir, 'r.json'), 'utf8'));
    expect(text.endsWith(json.rollback.sql)).toBe(true);
  }, 300_000);
});

describe('rollback proof session', () => {
  it('on PGlite runs the script as the migration role and gives the connection back to the superuser by name', async () => {
    const { PgliteEngine } = await import('../../src/engines/pglite.js');
    const { presetPrepare } = await import('../../src/live/presets.js');
    const { applyTraced, MIGRATOR_ROLE } = await import('../../src/live/trace.js');
    const { rollbackFor } = await import('../../src/live/rollback.js');
    const { parsed } = await import('../engines/helpers.js');
    const engine = new PgliteEngine({ prepare: presetPrepare('plain') });
    const db = await engine.start();
    try {
      const up = [await parsed('001', 'create table t (id int primary key);', { status: 'base' }), await parsed('002', 'create table u (id int primary key, t_id int references t(id));')];
      const trace = await applyTraced(db, up, { statementTimeoutMs: 30_000, totalTimeoutMs: 120_000, runAs: { role: MIGRATOR_ROLE } });
      const before = (await db.query<{ u: string }>('select current_user::text as u')).rows[0]!.u;
      const r = await rollbackFor({ settings: inlineSettings({ engine: 'pglite' }), db, engine, trace, up });
      expect(r.verified).toBe(true);
      expect(r.proof).toContain(`as ${MIGRATOR_ROLE}`);
      expect(r.sql).toContain('DROP TABLE IF EXISTS public.u;');
      expect((await db.query<{ u: string }>('select current_user::text as u')).rows[0]!.u).toBe(before);
      expect(before).not.toBe(MIGRATOR_ROLE);
    } finally {
      await db.close().catch(() => undefined);
      await engine.stop();
    }
  }, 120_000);
});
