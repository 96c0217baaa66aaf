// 1e. A PGlite review on a fresh machine: the bundled CLI (as users start it) reviews basejump's last
// migration with an empty temp folder and an empty cache (TMPDIR and XDG_CACHE_HOME point at a new directory per run, so no cached PGlite
// snapshot exists and nothing of the user's is touched), whole process, against the local engine
// doing the same review. PGlite starts from the snapshot the bundle ships (no initdb in WASM).
import { mkdtempSync, readdirSync, chmodSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findPgBinaries } from '../src/engines/local.js';
import { CORPUS, REPO, cliEnv, log, measure, run, stats, type Stats } from './util.js';

const HOOK = path.join(REPO, 'bench', 'rss-hook.mjs');
const FOLDER = 'usebasejump__basejump';

export interface FreshRow {
  engine: 'pglite' | 'local';
  wall: Stats;
  cpu: Stats;
  peakRssKB: Stats;
  verdict: string;
  /** What the run left in the temp folder (a PGlite cold start writes its snapshot cache there). */
  tempLeft: string[];
}

export interface FreshResult {
  folder: string;
  changed: string;
  rows: FreshRow[];
  /** PGlite / local, medians. */
  ratioWall?: number;
  ratioCpu?: number;
  skipped?: string;
}

async function reviewOnce(cli: string, engine: 'pglite' | 'local', changed: string) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pgreview-bench-fresh-'));
  chmodSync(tmp, 0o755); // the local engine's initdb may run as another user
  try {
    const m = await measure(() =>
      run(process.execPath, ['--import', HOOK, cli, 'review', FOLDER, '--changed', path.join(FOLDER, changed), '--engine', engine, '--format', 'json'], {
        cwd: CORPUS,
        env: { ...process.env, ...cliEnv(), TMPDIR: tmp, XDG_CACHE_HOME: tmp },
      }),
    );
    let verdict: string;
    try {
      verdict = (JSON.parse(m.value.stdout) as { verdict: string }).verdict;
    } catch {
      verdict = `no JSON report (exit ${m.value.code}): ${m.value.stderr.slice(-300)}`;
    }
    const kb = Number(/@@pgreview-bench maxRSS=(\d+)/.exec(m.value.stderr)?.[1] ?? NaN);
    return { wallMs: m.wallMs, cpuMs: m.cpuMs, kb, verdict, tempLeft: readdirSync(tmp) };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function benchFresh(cli: string, reps: number): Promise<FreshResult> {
  const migrations = readdirSync(path.join(CORPUS, FOLDER)).filter((f) => f.endsWith('.sql')).sort();
  const changed = migrations[migrations.length - 1]!;
  const engines: ('pglite' | 'local')[] = findPgBinaries() ? ['pglite', 'local'] : ['pglite'];
  const samples = new Map(engines.map((e) => [e, [] as Awaited<ReturnType<typeof reviewOnce>>[]]));
  // Interleaved, so a busy moment on a shared machine does not fall on one engine only.
  for (let i = 0; i < reps; i++) {
    for (const e of engines) {
      log(`fresh: ${e} review of ${FOLDER} (${changed} changed), empty temp folder, rep ${i + 1}/${reps}`);
      samples.get(e)!.push(await reviewOnce(cli, e, changed));
    }
  }
  const rows: FreshRow[] = engines.map((engine) => {
    const s = samples.get(engine)!;
    return {
      engine,
      wall: stats(s.map((x) => x.wallMs)),
      cpu: stats(s.map((x) => x.cpuMs)),
      peakRssKB: stats(s.map((x) => x.kb)),
      verdict: [...new Set(s.map((x) => x.verdict))].join(' / '),
      tempLeft: [...new Set(s.flatMap((x) => x.tempLeft))],
    };
  });
  const [p, l] = [rows.find((r) => r.engine === 'pglite')!, rows.find((r) => r.engine === 'local')];
  return {
    folder: FOLDER,
    changed,
    rows,
    ratioWall: l && p.wall.median / l.wall.median,
    ratioCpu: l && p.cpu.median / l.cpu.median,
    skipped: l ? undefined : 'no local PostgreSQL binaries: no comparison',
  };
}
