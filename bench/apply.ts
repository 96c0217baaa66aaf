// 1c. Applying the largest history in the corpus (trigger.dev database/, ~800 Prisma migrations) on
// the local engine: pgreview's traced application (all files as base = whole files; all files as
// changed = statement by statement with locks, rewrites and catalog snapshots) against plain
// `psql -f` of the same files in order. Each run gets a fresh throw-away cluster; only the apply is timed.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { loadParser } from '../src/sql/parse.js';
import { planMigrations } from '../src/migrations/index.js';
import { parseMigrations } from '../src/analysis/static.js';
import { defaultSettings } from '../src/config.js';
import { LocalEngine, findPgBinaries } from '../src/engines/local.js';
import { applyTraced } from '../src/live/trace.js';
import type { ParsedSource } from '../src/types.js';
import { CORPUS, log, measure, run, stats, type Stats } from './util.js';

export const LARGEST = 'triggerdotdev__trigger.dev/database';

export interface ApplyResult {
  history: string;
  migrations: number;
  statements: number;
  psqlBinary: string;
  server: string;
  psql: { wall: Stats; errors: number };
  tracedBase: { wall: Stats; applied: number; failed: number };
  tracedChanged: { wall: Stats; applied: number; failed: number; timings: { baseMs: number; changedMs: number; snapshotMs: number } };
  ratioBase: number;
  ratioChanged: number;
}

async function sources(dir: string, allChanged: boolean): Promise<ParsedSource[]> {
  await loadParser();
  const set = await planMigrations(defaultSettings({ dir, engine: 'local', changed: allChanged ? undefined : [] }));
  return parseMigrations(set).filter((s) => s.direction === 'up');
}

function psqlPath(binDir: string): string {
  const next = path.join(binDir, 'psql');
  return existsSync(next) ? next : 'psql';
}

export async function benchApply(reps: number): Promise<ApplyResult | { skipped: string }> {
  const dir = path.join(CORPUS, LARGEST);
  if (!existsSync(dir)) return { skipped: `${LARGEST} is not in the corpus` };
  const bins = findPgBinaries();
  if (!bins) return { skipped: 'no local PostgreSQL binaries' };
  const psql = psqlPath(bins.binDir);
  const base = await sources(dir, false);
  const changed = await sources(dir, true);
  // Source files are relative to `dir` (its repository root here); resolve them for psql.
  const abs = base.map((s) => path.resolve(dir, s.source.file));
  const opts = { statementTimeoutMs: 120_000, totalTimeoutMs: 3_600_000 };

  const psqlW: number[] = [];
  const baseW: number[] = [];
  const chW: number[] = [];
  let psqlErrors = 0;
  let baseCounts = { applied: 0, failed: 0 };
  let chCounts = { applied: 0, failed: 0 };
  let chTimings = { baseMs: 0, changedMs: 0, snapshotMs: 0 };
  let server = '';
  const withEngine = async <T>(fn: (e: LocalEngine) => Promise<T>): Promise<T> => {
    const e = new LocalEngine({ binaries: bins });
    await e.start();
    server = e.describe().serverVersion ?? bins.version;
    try {
      return await fn(e);
    } finally {
      await e.stop();
    }
  };
  for (let i = 0; i < reps; i++) {
    log(`apply: psql -f, rep ${i + 1}/${reps}`);
    await withEngine(async (e) => {
      // One psql process, every file with its own -f, in order; errors are reported and skipped.
      const args = ['-X', '-q', '-v', 'ON_ERROR_STOP=0', '-d', e.url(), ...abs.flatMap((f) => ['-f', f])];
      const m = await measure(() => run(psql, args, { env: { ...process.env, PGOPTIONS: '-c client_min_messages=error' } }));
      psqlW.push(m.wallMs);
      psqlErrors = (m.value.stderr.match(/ERROR:/g) ?? []).length;
    });
    log(`apply: traced, all files as base, rep ${i + 1}/${reps}`);
    await withEngine(async (e) => {
      const db = await e.connect();
      const m = await measure(() => applyTraced(db, base, opts));
      baseW.push(m.wallMs);
      baseCounts = { applied: m.value.migrations.filter((x) => x.applied === 'applied').length, failed: m.value.migrations.filter((x) => x.applied === 'failed').length };
    });
    log(`apply: traced, all files as changed, rep ${i + 1}/${reps}`);
    await withEngine(async (e) => {
      const db = await e.connect();
      const m = await measure(() => applyTraced(db, changed, opts));
      chW.push(m.wallMs);
      chCounts = { applied: m.value.migrations.filter((x) => x.applied === 'applied').length, failed: m.value.migrations.filter((x) => x.applied === 'failed').length };
      chTimings = m.value.timings;
    });
  }
  const psqlS = stats(psqlW);
  const baseS = stats(baseW);
  const chS = stats(chW);
  return {
    history: LARGEST,
    migrations: base.length,
    statements: base.reduce((n, s) => n + s.statements.length, 0),
    psqlBinary: psql,
    server: `PostgreSQL ${server}`,
    psql: { wall: psqlS, errors: psqlErrors },
    tracedBase: { wall: baseS, ...baseCounts },
    tracedChanged: { wall: chS, ...chCounts, timings: chTimings },
    ratioBase: baseS.median / psqlS.median,
    ratioChanged: chS.median / psqlS.median,
  };
}

// Allow `tsx bench/apply.ts` on its own.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const r = await benchApply(Number(process.env.REPS ?? 1));
  console.log(JSON.stringify(r, null, 2));
}
