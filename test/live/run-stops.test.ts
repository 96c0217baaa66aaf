// Where the live run stops inside a changed migration, and why, decides whom the review blames.
// - The total time limit (--total-timeout) running out mid-statement is the review's limit: the
//   statement was cut short by what was left of the budget, not by its own statement limit. It used
//   to be reported as "Migration fails when applied" (critical): a false ❌ Fail.
// - A statement that turns standard_conforming_strings off where screening could not see it (a
//   setting named at run time) would make the server read later string literals otherwise than the
//   parser that screened them: code hidden in what the parser takes for a string would run. The run
//   stops right after that statement, and the review says so at critical.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/config.js';
import { review } from '../../src/review.js';
import { findPgBinaries } from '../../src/engines/local.js';
import type { EngineId } from '../../src/types.js';
import { tempDir } from '../temp-dirs.js';

const engines: EngineId[] = ['pglite', ...(findPgBinaries() ? (['local'] as const) : [])];
if (!findPgBinaries()) console.warn('run-stops.test: no local PostgreSQL binaries; the local engine is not tested here');

function project(files: Record<string, string>): string {
  const root = tempDir('pgreview-stops-');
  mkdirSync(path.join(root, 'migrations'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(path.join(root, 'migrations', name), sql);
  return path.join(root, 'migrations');
}

describe.each(engines)('the run stops inside a changed migration (%s)', (engine) => {
  it('at the total time limit: could not verify, never a failure of the migration', async () => {
    const dir = project({
      '001_init.sql': 'create table public.t (id bigint primary key);\n',
      '002_slow.sql': 'select pg_sleep(0.05);\nselect pg_sleep(60);\ncreate table public.after_sleep (id bigint primary key);\n',
    });
    const r = await review(defaultSettings({ dir, engine, format: 'json', changed: ['002_slow.sql'], statementTimeoutMs: 30_000, totalTimeoutMs: 6_000 }));
    expect(r.engine?.id).toBe(engine);
    const m = r.migrations.find((x) => x.file.endsWith('002_slow.sql'))!;
    expect(m.applied).toBe('failed');
    expect(m.error?.message).toMatch(/^not finished: the total time limit \(6000 ms\) was reached/);
    expect(m.couldNotVerify).toMatch(/the review stopped before the migration finished/);
    // The statement cut short carries no error of its own: nothing blames it.
    expect(m.trace!.some((t) => t.error)).toBe(false);
    const failed = r.findings.filter((f) => f.ruleId === 'migration-failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((f) => f.severity === 'info' && /^Could not verify: the review stopped/.test(f.title))).toBe(true);
    expect(r.findings.filter((f) => f.severity === 'critical')).toEqual([]);
    expect(r.verdict).not.toBe('fail');
  }, 120_000);

  it('at the total time limit in COMMIT (a deferred trigger): could not verify too', async () => {
    const dir = project({
      '001_init.sql': 'create table public.t (id bigint primary key);\n',
      '002_commit.sql': [
        'create table public.slow (id int);',
        'create function public.slow_commit() returns trigger language plpgsql as $$ begin perform pg_sleep(60); return null; end $$;',
        'create constraint trigger slow_commit after insert on public.slow deferrable initially deferred for each row execute function public.slow_commit();',
        'begin;',
        'insert into public.slow values (1);',
        'commit;',
        '',
      ].join('\n'),
    });
    const r = await review(defaultSettings({ dir, engine, format: 'json', changed: ['002_commit.sql'], statementTimeoutMs: 30_000, totalTimeoutMs: 6_000 }));
    const m = r.migrations.find((x) => x.file.endsWith('002_commit.sql'))!;
    expect(m.error?.message).toMatch(/^not finished: the total time limit \(6000 ms\) was reached/);
    expect(m.couldNotVerify).toBeDefined();
    expect(r.findings.filter((f) => f.severity === 'critical')).toEqual([]);
    expect(r.verdict).not.toBe('fail');
  }, 120_000);

  it('after standard_conforming_strings was turned off at run time: nothing more of the pull request runs', async () => {
    const dir = project({
      '001_init.sql': 'create table public.t (id bigint primary key);\n',
      // pgreview's parser reads line 2 as one SELECT of a string; with the setting off the server
      // would read a second statement that creates public.smuggled.
      '002_strings.sql': [
        "select set_config(lower('STANDARD_CONFORMING_STRINGS'), 'off', false);",
        "select '\\'' ; create table public.smuggled (id bigint primary key) ; --';",
        'create table public.u (id bigint primary key);',
        '',
      ].join('\n'),
    });
    const r = await review(defaultSettings({ dir, engine, format: 'json', changed: ['002_strings.sql'] }));
    const m = r.migrations.find((x) => x.file.endsWith('002_strings.sql'))!;
    expect(m.trace![0]!.error).toBeUndefined();
    expect(m.trace![1]!.skipped).toMatch(/^not run: 002_strings\.sql:1 left standard_conforming_strings off/);
    expect(m.trace![2]!.skipped).toMatch(/^not run:/);
    const off = r.findings.find((f) => f.object === 'standard_conforming_strings')!;
    expect(off).toMatchObject({ ruleId: 'untrusted-capability', severity: 'critical', phase: 'live', file: '002_strings.sql', line: 1 });
    expect(r.findings.filter((f) => f.ruleId === 'migration-failed').map((f) => f.severity)).toEqual(['info']);
    expect(r.verdict).toBe('fail');
    expect(r.verdictReason).toMatch(/standard_conforming_strings off at run time/);
    expect(r.probes.find((p) => p.probe === 'probes')?.summary).toMatch(/not run: .*standard_conforming_strings/);
    expect(JSON.stringify(r.objects)).not.toContain('smuggled');
  }, 120_000);

  it('hidden behind SET LOCAL, or turned off by code run at COMMIT: the next statement is read as screened, and the run stops', async () => {
    const init = 'create table public.t (id bigint primary key);\n';
    const smuggle = (table: string) => `select '\\'' ; create table public.${table} (id bigint primary key) ; --';`;
    // The session's value is off, the transaction's (SET LOCAL) on: COMMIT brings the off back.
    const local = project({
      '001_init.sql': init,
      '002_local.sql': [
        'begin;',
        "select set_config(lower('STANDARD_CONFORMING_STRINGS'), 'off', false), set_config(lower('STANDARD_CONFORMING_STRINGS'), 'on', true);",
        'commit;',
        smuggle('smuggled'),
        '',
      ].join('\n'),
    });
    // A deferred constraint trigger turns it off when the runner's transaction commits.
    const deferred = project({
      '001_init.sql': init,
      '002_deferred.sql': [
        'create table public.d (id int);',
        'create function public.d_off() returns trigger language plpgsql as $$',
        "begin perform set_config(lower('STANDARD_CONFORMING_STRINGS'), 'off', false); return null; end $$;",
        'create constraint trigger d_off after insert on public.d deferrable initially deferred for each row execute function public.d_off();',
        'insert into public.d values (1);',
        '',
      ].join('\n'),
      '003_after.sql': smuggle('smuggled_later') + '\n',
    });
    for (const [dir, changed] of [[local, ['002_local.sql']], [deferred, ['002_deferred.sql', '003_after.sql']]] as const) {
      const r = await review(defaultSettings({ dir, engine, format: 'json', changed: [...changed] }));
      const off = r.findings.filter((f) => f.object === 'standard_conforming_strings');
      expect(off.map((f) => [f.file, f.severity])).toEqual([[changed[0], 'critical']]);
      expect(r.verdict).toBe('fail');
      expect(JSON.stringify(r.objects)).not.toContain('smuggled');
      expect(JSON.stringify(r.migrations)).toMatch(/not run: .*left standard_conforming_strings off/);
    }
  }, 120_000);

  it('left off by an already-merged migration: turned back on before the next file, said at info', async () => {
    const dir = project({
      '001_init.sql': "create table public.t (id bigint primary key);\nselect set_config(lower('STANDARD_CONFORMING_STRINGS'), 'off', false);\n",
      '002_next.sql': "select '\\'' ; create table public.smuggled (id bigint primary key) ; --';\n",
      // Fails (division by zero) if the server read 002 as two statements.
      '003_check.sql': "select 1 / (1 - (select count(*) from pg_tables where tablename = 'smuggled'))::int;\n",
    });
    const r = await review(defaultSettings({ dir, engine, format: 'json', changed: ['003_check.sql'] }));
    expect(r.migrations.find((x) => x.file.endsWith('003_check.sql'))!.applied).toBe('applied');
    const off = r.findings.filter((f) => f.object === 'standard_conforming_strings');
    expect(off.map((f) => [f.file, f.severity, f.title])).toEqual([['001_init.sql', 'info', 'Already-merged migration turns standard_conforming_strings off at run time']]);
    expect(r.verdict).not.toBe('fail');
  }, 120_000);

  it('turned off only when a probe runs the migration again: turned back on, and said', async () => {
    const dir = project({
      '001_init.sql': 'create table public.t (id bigint primary key);\n',
      // Probes never re-run a statement screening flagged (the function, the table whose default
      // calls it); the INSERT calls it through the column default, which no screen can see. The first
      // run names application_name; the reapply probe's run (a row more) names the setting.
      '002_again.sql': [
        'create or replace function public.flip() returns int language plpgsql as $$',
        'begin',
        "  perform set_config(case when (select count(*) from public.runs) > 0 then lower('STANDARD_CONFORMING_STRINGS') else 'application_name' end, 'off', false);",
        '  return 1;',
        'end $$;',
        'create table if not exists public.runs (id bigint generated always as identity primary key, flag int default public.flip());',
        'insert into public.runs default values;',
        "select '\\'' ; create table public.smuggled (id bigint primary key) ; --';",
        '',
      ].join('\n'),
    });
    const r = await review(defaultSettings({ dir, engine, format: 'json', changed: ['002_again.sql'] }));
    const m = r.migrations.find((x) => x.file.endsWith('002_again.sql'))!;
    expect(m.applied).toBe('applied');
    const off = r.findings.filter((f) => f.object === 'standard_conforming_strings');
    expect(off).toHaveLength(1);
    expect(off[0]).toMatchObject({ ruleId: 'untrusted-capability', severity: 'critical', file: '002_again.sql' });
    expect(off[0]!.message).toMatch(/^While a probe ran this pull request's migrations again/);
    expect(r.verdict).toBe('fail');
    // Turned back on before the next statement: the re-run read line 4 as one SELECT, as it was screened.
    const reapply = r.probes.find((p) => p.probe === 'reapply')!;
    expect(JSON.stringify(reapply)).not.toContain('smuggled');
  }, 120_000);
});
