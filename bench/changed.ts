// A review whose pull request changes many migrations, against the floor of replaying the history
// with plain psql (issue 15 point 4: probes scale with the change, not the schema).
//
// Floor: a fresh local server (initdb, start, `psql -f` of every file of trigger.dev's database/ in
// order, stop), whole process; once with initdb's and the server's defaults, once with the settings
// the local engine uses (initdb --no-sync, fsync/synchronous_commit/full_page_writes off).
// Review: the bundled CLI as a user runs it, `pgreview review <dir> --changed <last 200 files>
// --engine local|pglite --no-cache`, whole process: the base is replayed as the floor replays it
// (PGREVIEW_BENCH_CACHE=1 lets the review use its base cache instead). Ratios are review / floor (medians).
//
//   npm run bench -- --only changed             (REVIEW_CHANGED=200, ENGINES=local,pglite)
//   PGREVIEW_BENCH_CLI=<other build>/pgreview.js npm run bench -- --only changed   (compare a build)
import { readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { findPgBinaries } from '../src/engines/local.js';
import { LARGEST } from './apply.js';
import { psqlFiles, withLocalServer, type PgBinaries } from './local-server.js';
import { CORPUS, cliEnv, log, measure, run, stats, type Stats } from './util.js';

export interface ChangedResult {
  history: string;
  migrations: number;
  changed: number;
  cli: string;
  server: string;
  floor: { plain: Stats; engineSettings: Stats; psqlErrors: number };
  reviews: { engine: string; wall: Stats; cpu: Stats; verdict: string; reapply: string; vsPlainFloor: number; vsEngineFloor: number }[];
}

/** initdb + start + psql -f every file + stop, timed as a whole. */
function floorOnce(bins: PgBinaries, files: string[], engineSettings: boolean): { wallMs: number; errors: number } {
  const t0 = performance.now();
  let wallMs = 0;
  const { errors } = withLocalServer(bins, engineSettings, (server) => psqlFiles(server, files), () => (wallMs = performance.now() - t0));
  return { wallMs, errors };
}

export async function benchChanged(reps: number, cli: string): Promise<ChangedResult | { skipped: string }> {
  const bins = findPgBinaries();
  if (!bins) return { skipped: 'no local PostgreSQL binaries (the floor is psql into a local server)' };
  // The CLI names changed files relative to the reviewed folder's real path.
  const dir = realpathSync(path.join(CORPUS, LARGEST));
  const folders = readdirSync(dir).sort();
  const files = folders.map((f) => path.join(dir, f, 'migration.sql'));
  const n = Number(process.env.REVIEW_CHANGED ?? 200);
  const changed = files.slice(-n);
  const engines = (process.env.ENGINES ?? 'local,pglite').split(',').filter(Boolean);

  // Floors and reviews interleaved, rep by rep: on a shared machine the load moves, and each ratio
  // should compare runs made under the same load.
  const plain: number[] = [];
  const tuned: number[] = [];
  let psqlErrors = 0;
  const runs = new Map(engines.map((e) => [e, { walls: [] as number[], cpus: [] as number[], verdict: '', reapply: '' }]));
  // PGlite keeps its preset snapshot in the temp folder: one untimed run first, as on any machine after its first review.
  if (engines.includes('pglite')) reviewOnce(cli, dir, changed, 'pglite');
  for (let i = 0; i < reps; i++) {
    log(`changed: floor (psql -f into a fresh server), rep ${i + 1}/${reps}`);
    const p = floorOnce(bins, files, false);
    plain.push(p.wallMs);
    psqlErrors = p.errors;
    tuned.push(floorOnce(bins, files, true).wallMs);
    for (const [engine, r] of runs) {
      log(`changed: review of ${n} changed migrations on ${engine}, rep ${i + 1}/${reps}`);
      const m = await measure(() => reviewOnce(cli, dir, changed, engine));
      r.walls.push(m.wallMs);
      r.cpus.push(m.cpuMs);
      r.verdict = m.value.verdict;
      r.reapply = m.value.reapply;
    }
  }
  const floor = { plain: stats(plain), engineSettings: stats(tuned), psqlErrors };
  const reviews: ChangedResult['reviews'] = [...runs].map(([engine, r]) => {
    const wall = stats(r.walls);
    return { engine, wall, cpu: stats(r.cpus), verdict: r.verdict, reapply: r.reapply, vsPlainFloor: wall.median / floor.plain.median, vsEngineFloor: wall.median / floor.engineSettings.median };
  });
  return { history: LARGEST, migrations: files.length, changed: changed.length, cli, server: `PostgreSQL ${bins.version}`, floor, reviews };
}

function reviewOnce(cli: string, dir: string, changed: string[], engine: string): { verdict: string; reapply: string } {
  const cache = process.env.PGREVIEW_BENCH_CACHE === '1' ? [] : ['--no-cache'];
  const r = run(process.execPath, [cli, 'review', dir, ...changed.flatMap((f) => ['--changed', f]), '--engine', engine, '--format', 'json', ...cache], {
    cwd: dir,
    env: { ...process.env, ...cliEnv() },
    timeout: 1_800_000,
  });
  if (r.code !== 0 && r.code !== 1) throw new Error(`review on ${engine} exited ${r.code}: ${r.stderr.slice(-2000)}`);
  const report = JSON.parse(r.stdout) as { verdict: string; probes: { probe: string; status: string; summary: string }[] };
  const probe = report.probes.find((p) => p.probe === 'reapply');
  return { verdict: report.verdict, reapply: probe ? `${probe.status}: ${probe.summary.slice(0, 80)}` : 'not run' };
}
