// The bundled CLI (bin/pgreview.js → dist/) reviews a real Supabase project from the corpus on every
// engine this machine can start, and an interrupted run on each engine leaves nothing behind, writes
// no report and exits 130 (SIGINT) / 143 (SIGTERM). Engines that cannot start here skip with one
// loud line; CI (.ci/run) provides Docker and the PostgreSQL binaries so nothing skips there.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findPgBinaries } from '../../src/engines/local.js';
import { assertDist, containersOf, dockerWorks, leakedContainers, ROOT, startCli, waitFor } from './helpers.js';
import { tempDir } from '../temp-dirs.js';

assertDist();

const corpus = path.resolve(ROOT, '../shared/corpus/usebasejump__basejump');
const engines = {
  pglite: true,
  local: findPgBinaries() !== undefined,
  docker: dockerWorks(),
} as const;
for (const [id, ok] of Object.entries(engines)) {
  if (!ok) console.warn(`\n*** bundled CLI on the ${id} engine SKIPPED: ${id === 'docker' ? 'no container runtime answers `docker info`' : 'no PostgreSQL binaries (initdb, postgres)'} ***\n`);
}
if (!existsSync(corpus)) console.warn(`\n*** bundled CLI corpus review SKIPPED: ${corpus} is absent ***\n`);

const work = tempDir('pgreview-artifact-');
// The local engine runs initdb as the postgres OS user when we are root: it must reach the temp dirs.
chmodSync(work, 0o755);

describe.skipIf(!existsSync(corpus))('bundled CLI reviews a Supabase project (usebasejump) live', () => {
  it.each(Object.keys(engines) as (keyof typeof engines)[])('--engine %s', async (engine) => {
    if (!engines[engine]) return;
    const out = path.join(work, `basejump-${engine}.json`);
    const cacheDir = path.join(work, `cache-${engine}`);
    const args = (output: string) => [
      'review', corpus, '--engine', engine, '--changed', '20240414162131_basejump-billing.sql',
      '--format', 'json', '--output', output, '--progress', '--cache-dir', cacheDir,
      ...(engine === 'docker' ? ['--postgres-image', 'pgvector/pgvector:pg17'] : []),
    ];
    const run = startCli(args(out));
    // One process: the CLI's entry sets V8's flags and reviews in-process (src/launch.ts).
    const pid = run.child.pid!;
    const r = { code: (await run.done).code, stderr: run.stderr() };
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.engine).toMatchObject({ id: engine, reason: 'requested' });
    // The version the server reported, not the one we hoped for.
    expect(report.engine.serverVersion).toMatch(/^\d+\.\d+/);
    expect(report.engine.description).toContain(report.engine.serverVersion.split('.')[0]);
    if (engine === 'docker') expect(report.engine.description).toContain('pgvector/pgvector:pg17');
    expect(report.preset).toBe('supabase');
    expect(report.migrations.map((m: { applied: string }) => m.applied)).toEqual(['applied']);
    expect(report.findings.filter((f: { ruleId: string }) => f.ruleId === 'migration-failed')).toEqual([]);
    expect(r.stderr).toContain(`engine ${engine} started`);
    if (engine === 'docker') expect(containersOf(pid)).toEqual([]);
    if (engine === 'docker') expect(leakedContainers()).toEqual([]);

    // The base history was saved; the next run starts from it and reads the same.
    expect(report.engine.notes.some((n: string) => n.startsWith('base history saved to cache'))).toBe(true);
    const warmOut = path.join(work, `basejump-${engine}-warm.json`);
    const warmRun = startCli(args(warmOut));
    const w = { code: (await warmRun.done).code, stderr: warmRun.stderr() };
    expect(w.code, w.stderr).toBe(0);
    const warm = JSON.parse(readFileSync(warmOut, 'utf8'));
    expect(warm.engine.notes.some((n: string) => n.startsWith('base history restored from cache'))).toBe(true);
    const untimed = (r: { verdict: string; findings: { ruleId: string; severity: string; line: number }[] }) => [r.verdict, r.findings.map((f) => [f.ruleId, f.severity, f.line])];
    expect(untimed(warm)).toEqual(untimed(report));
    if (engine === 'docker') expect(leakedContainers()).toEqual([]);
  }, 240_000);
});

describe('bundled CLI interrupted mid-run', () => {
  const project = path.join(work, 'slow');
  mkdirSync(path.join(project, 'migrations'), { recursive: true });
  writeFileSync(path.join(project, 'migrations/0001_init.sql'), 'create table public.items (id bigint primary key);\n');
  writeFileSync(path.join(project, 'migrations/0002_slow.sql'), 'insert into public.items values (1);\nselect pg_sleep(120);\n');
  chmodSync(project, 0o755);

  const cases = (Object.keys(engines) as (keyof typeof engines)[]).flatMap((engine) =>
    (['SIGINT', 'SIGTERM'] as const).map((signal) => ({ engine, signal })),
  );

  it.each(cases)('$engine, $signal: engine removed, no report, exit 128+n', async ({ engine, signal }) => {
    if (!engines[engine]) return;
    // A private temp dir: whatever the engine leaves there (a cluster, a socket) is ours to find.
    const tmp = mkdtempSync(path.join(work, `tmp-${engine}-${signal}-`));
    chmodSync(tmp, 0o755);
    const out = path.join(tmp, 'report.json');
    const run = startCli(
      ['review', project, '--engine', engine, '--preset', 'plain', '--changed', 'migrations/0002_slow.sql', '--format', 'json', '--output', out, '--progress', '--statement-timeout', '150000'],
      // Only the local engine's cluster lives in TMPDIR; PGlite keeps its warm preset cache in the shared one.
      { env: engine === 'local' ? { TMPDIR: tmp } : {} },
    );
    // One process: the CLI's entry sets V8's flags and reviews in-process (src/launch.ts).
    const pid = run.child.pid!;
    await waitFor(run.stderr, (s) => s.includes(`engine ${engine} started`), 180_000, `the ${engine} engine to start`);
    if (engine === 'docker') expect(containersOf(pid)).toHaveLength(1);
    // The changed migration is sleeping now: the engine is mid-run.
    await new Promise((r) => setTimeout(r, 1500));
    // SIGINT as a terminal's Ctrl-C sends it (the whole process group); SIGTERM as a runner cancelling the step (the process only).
    if (signal === 'SIGINT') process.kill(-run.child.pid!, signal);
    else run.child.kill(signal);
    const { code } = await run.done;
    expect(code, run.stderr()).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(run.stderr()).toContain(`interrupted by ${signal}`);
    expect(run.stdout()).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(tmp).filter((f) => f.startsWith('pgreview-local-'))).toEqual([]);
    if (engine === 'docker') expect(containersOf(pid)).toEqual([]);
    if (engine === 'docker') expect(leakedContainers()).toEqual([]);
  }, 240_000);

  it('a review process killed outright (SIGKILL) ends with that signal and writes no report', async () => {
    const run = startCli(['review', project, '--engine', 'pglite', '--preset', 'plain', '--changed', 'migrations/0002_slow.sql', '--progress', '--statement-timeout', '150000']);
    await waitFor(run.stderr, (s) => s.includes('engine pglite started'), 180_000, 'the pglite engine to start');
    // No launcher in between: the signal reaches the review process itself, as the shell or runner sees it.
    process.kill(run.child.pid!, 'SIGKILL');
    const { code, signal } = await run.done;
    expect(code).toBeNull();
    expect(signal).toBe('SIGKILL');
    expect(run.stdout()).toBe('');
  }, 240_000);

  it.skipIf(!engines.local)('the local server killed by a signal mid-run is reported with that signal', async () => {
    const tmp = mkdtempSync(path.join(work, 'tmp-postmaster-'));
    chmodSync(tmp, 0o755);
    const out = path.join(tmp, 'report.json');
    const run = startCli(['review', project, '--engine', 'local', '--preset', 'plain', '--changed', 'migrations/0002_slow.sql', '--format', 'json', '--output', out, '--progress', '--statement-timeout', '150000'], { env: { TMPDIR: tmp } });
    await waitFor(run.stderr, (s) => s.includes('engine local started'), 180_000, 'the local engine to start');
    await new Promise((r) => setTimeout(r, 1500));
    // The postmaster is the postgres process whose data dir is in our private TMPDIR.
    const postmaster = Number(spawnSync('pgrep', ['-o', '-f', `postgres -D ${tmp}/`], { encoding: 'utf8' }).stdout.trim());
    expect(postmaster).toBeGreaterThan(0);
    process.kill(postmaster, 'SIGKILL');
    const { code } = await run.done;
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(code, run.stderr()).not.toBeNull();
    expect(report.engine.limits).toContain('the PostgreSQL server ended during the review (killed by SIGKILL); what ran after that was not checked');
    expect(report.migrations.map((m: { applied: string }) => m.applied)).not.toContain('applied');
    // (What the verdict should be when the engine died is issue 13's Inconclusive verdict.)
    expect(readdirSync(tmp).filter((f) => f.startsWith('pgreview-local-'))).toEqual([]);
  }, 240_000);
});
