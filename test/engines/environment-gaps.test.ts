// Issue 11, points 1 and 4: a Supabase history that uses the platform's extensions builds on the
// embedded engine through the preset's stand-ins; what the engine cannot build is an environment gap
// (recorded, the replay goes on) and a PR that depends on it is "could not verify", never a failure.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defaultSettings } from '../../src/config.js';
import { exitCodeFor, review } from '../../src/review.js';
import { renderMarkdown } from '../../src/report/render/markdown.js';
import { tempDir } from '../temp-dirs.js';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = tempDir('pgreview-gaps-');
  roots.push(root);
  mkdirSync(path.join(root, 'supabase', 'migrations'), { recursive: true });
  writeFileSync(path.join(root, 'supabase', 'config.toml'), 'project_id = "t"\n');
  for (const [name, sql] of Object.entries(files)) writeFileSync(path.join(root, 'supabase', 'migrations', name), sql);
  return root;
}

const settings = (root: string, changed: string[]) =>
  defaultSettings({ dir: root, engine: 'pglite', format: 'json', changed: changed.map((c) => `supabase/migrations/${c}`), totalTimeoutMs: 240_000 });

describe('environment gaps and platform stand-ins (pglite, supabase preset)', () => {
  it('platform extensions apply through stand-ins, and the review says it depended on them', async () => {
    const root = project({
      '20240101000000_platform.sql': `create extension if not exists pg_net with schema extensions;
create extension if not exists pg_cron;
create extension if not exists pgmq;
create extension if not exists "pg_jsonschema" with schema "extensions";
create extension if not exists "wrappers" with schema "extensions";
create schema app;
create table app.jobs (id bigint generated always as identity primary key, spec jsonb check (extensions.jsonb_matches_schema('{"type":"object"}', spec)));
select pgmq.create('app_jobs');
select cron.schedule('nightly', '0 3 * * *', $$select net.http_post('https://example.invalid/hook', '{}'::jsonb)$$);
select vault.create_secret('s3cr3t', 'hook_key');
create foreign data wrapper stripe_wrapper handler extensions.stripe_fdw_handler validator extensions.stripe_fdw_validator;
create server stripe_server foreign data wrapper stripe_wrapper options (api_key_id 'x');
`,
      '20240102000000_use.sql': `create function app.enqueue(p jsonb) returns bigint language sql as $$ select * from pgmq.send('app_jobs', p) $$;
insert into app.jobs (spec) values ('{}');
select realtime.send('{"hello":1}'::jsonb, 'hello', 'room:1', false);
create policy "room members" on realtime.messages for select to authenticated using (realtime.topic() = 'room:1');
`,
    });
    const r = await review(settings(root, ['20240102000000_use.sql']));
    expect(r.baseHistory).toMatchObject({ status: 'complete', total: 1, applied: 1, partial: 0, failed: 0 });
    expect(r.baseHistory!.gaps).toEqual([]);
    expect(r.baseHistory!.standIns.map((s) => s.split(' ')[0]).sort()).toEqual(['pg_cron', 'pg_jsonschema', 'pg_net', 'pgmq', 'wrappers']);
    expect(r.engine!.limits.some((l) => /platform extensions pg_net, pg_cron, pgmq, pg_jsonschema, wrappers are pgreview stand-ins/.test(l))).toBe(true);
    expect(r.migrations.map((m) => [m.file.split('/').pop(), m.applied])).toEqual([['20240102000000_use.sql', 'applied']]);
    expect(r.findings.filter((f) => f.ruleId === 'migration-failed')).toEqual([]);
    expect(r.checklist.find((c) => c.source === 'live:apply')).toMatchObject({ done: true });
  }, 240_000);

  it('a base statement the engine cannot run is a gap; the PR that depends on it is "could not verify", not a failure', async () => {
    const base = {
      // postgis is neither in PGlite nor a stand-in: the statement is left out, the rest of the file applies.
      '20240101000000_base.sql': `create extension if not exists postgis with schema extensions;
create table public.places (id bigint primary key, name text not null);
create table public.shapes (id bigint primary key, area extensions.geometry(Polygon, 4326));
`,
      '20240102000000_more.sql': `alter table public.places add column note text;`,
    };
    const root = project({ ...base, '20240103000000_pr.sql': `alter table public.shapes add column label text;` });
    const r = await review(settings(root, ['20240103000000_pr.sql']));
    expect(r.baseHistory).toMatchObject({ status: 'partial', total: 2, applied: 1, partial: 1, failed: 0 });
    expect(r.baseHistory!.gaps.map((g) => [g.file.split('/').pop(), g.line, g.kind])).toEqual([
      ['20240101000000_base.sql', 1, 'CreateExtensionStmt'],
      ['20240101000000_base.sql', 3, 'CreateStmt'],
    ]);
    expect(r.baseHistory!.gaps[0]!.cause).toMatch(/extension "postgis" is not available on the review engine/);
    const pr = r.migrations.find((m) => m.file.endsWith('20240103000000_pr.sql'))!;
    expect(pr.applied).toBe('failed');
    expect(pr.couldNotVerify).toMatch(/"public.shapes" comes from .*20240101000000_base.sql:3/);
    const mf = r.findings.filter((f) => f.ruleId === 'migration-failed');
    expect(mf.every((f) => f.severity === 'info')).toBe(true);
    expect(mf.some((f) => /Could not verify/.test(f.title))).toBe(true);
    expect(r.verdict).not.toBe('fail');
    expect(exitCodeFor(r, 'critical')).toBe(0);
    expect(r.confidenceFactors.map((f) => f.factor)).toEqual(expect.arrayContaining(['base history failed', 'could not verify']));
    expect(r.checklist.some((c) => c.source === 'live:apply' && c.done)).toBe(false);
    const md = renderMarkdown(r);
    expect(md).toMatch(/Base history: 1 of 2 migrations applied, 1 applied with statements left out/);

    // The same gap does not excuse a PR that names an object the base never had.
    const brokenRoot = project({ ...base, '20240104000000_pr_broken.sql': `alter table public.nowhere add column label text;` });
    const broken = await review(settings(brokenRoot, ['20240104000000_pr_broken.sql']));
    const b = broken.migrations.find((m) => m.file.endsWith('20240104000000_pr_broken.sql'))!;
    expect(b.couldNotVerify).toBeUndefined();
    expect(broken.findings.find((f) => f.ruleId === 'migration-failed' && f.severity === 'critical')).toBeDefined();
    expect(broken.verdict).toBe('fail');
  }, 240_000);
});
