// Issue 15, point 2: with the base cached, a one-migration PR on trigger.dev (819 base migrations)
// should cost no more than 1.3× the same PR on an empty history. Whole CLI processes (the launcher
// in bench/.dist), per engine: the PR on an empty history (only the PR's migration in the folder),
// the full history with an empty cache (cold: replays and saves the base), and with the cache filled
// by a previous run (warm: restores it).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORPUS, cliEnv, log, measure, run, stats, type Stats } from './util.js';

export interface BaseCacheRow {
  engine: string;
  empty: { wall: Stats; cpu: Stats };
  cold: { wall: Stats; cpu: Stats };
  warm: { wall: Stats; cpu: Stats };
  /** warm / empty, wall medians. */
  ratio: number;
  /** What the warm run's engine notes said about the cache. */
  warmNote: string;
}

export interface BaseCacheResult {
  folder: string;
  baseMigrations: number;
  changed: string;
  command: string;
  rows: BaseCacheRow[];
}

// Real path: the CLI compares --changed with the real path of the folder (the corpus is reached through a symlink).
const HISTORY = existsSync(path.join(CORPUS, 'triggerdotdev__trigger.dev')) ? realpathSync(path.join(CORPUS, 'triggerdotdev__trigger.dev', 'database')) : '';

export async function benchBaseCache(reps: number, cli: string, engines: string[]): Promise<BaseCacheResult> {
  const migrations = readdirSync(HISTORY).sort();
  const last = migrations[migrations.length - 1]!;
  const changed = path.join(HISTORY, last, 'migration.sql');
  // The same PR on an empty history: a folder holding only its migration.
  const emptyDir = mkdtempSync(path.join(os.tmpdir(), 'pgreview-bench-empty-'));
  cpSync(path.join(HISTORY, last), path.join(emptyDir, last), { recursive: true });
  const cacheRoot = mkdtempSync(path.join(os.tmpdir(), 'pgreview-bench-cache-'));
  const review = (dir: string, file: string, engine: string, cache: string[]) => {
    const args = [cli, 'review', dir, '--changed', file, '--engine', engine, '--format', 'json', '--total-timeout', '1800000', ...cache];
    return measure(() => {
      const r = run(process.execPath, args, { env: { ...process.env, ...cliEnv(), TESTCONTAINERS_RYUK_DISABLED: 'true' }, timeout: 1_800_000 });
      if (r.code !== 0 && r.code !== 1) throw new Error(`pgreview exited ${r.code}: ${r.stderr.slice(0, 1500)}`);
      return JSON.parse(r.stdout) as { engine?: { notes?: string[] }; migrations: { applied: string }[] };
    });
  };
  const rows: BaseCacheRow[] = [];
  try {
    for (const engine of engines) {
      const empty: number[][] = [[], []];
      const cold: number[][] = [[], []];
      const warm: number[][] = [[], []];
      let warmNote = '';
      for (let i = 0; i < reps; i++) {
        log(`base cache: ${engine}, repetition ${i + 1} of ${reps}`);
        const e = await review(emptyDir, path.join(emptyDir, last, 'migration.sql'), engine, ['--no-cache']);
        empty[0]!.push(e.wallMs);
        empty[1]!.push(e.cpuMs);
        const dir = path.join(cacheRoot, `${engine}-${i}`);
        mkdirSync(dir);
        const c = await review(HISTORY, changed, engine, ['--cache-dir', dir]);
        cold[0]!.push(c.wallMs);
        cold[1]!.push(c.cpuMs);
        const w = await review(HISTORY, changed, engine, ['--cache-dir', dir]);
        warm[0]!.push(w.wallMs);
        warm[1]!.push(w.cpuMs);
        warmNote = w.value.engine?.notes?.find((n) => n.startsWith('base history restored from cache')) ?? 'not restored';
        rmSync(dir, { recursive: true, force: true });
      }
      const row = { engine, empty: { wall: stats(empty[0]!), cpu: stats(empty[1]!) }, cold: { wall: stats(cold[0]!), cpu: stats(cold[1]!) }, warm: { wall: stats(warm[0]!), cpu: stats(warm[1]!) }, warmNote };
      rows.push({ ...row, ratio: row.warm.wall.median / row.empty.wall.median });
    }
  } finally {
    rmSync(emptyDir, { recursive: true, force: true });
    rmSync(cacheRoot, { recursive: true, force: true });
  }
  return {
    folder: 'triggerdotdev__trigger.dev/database',
    baseMigrations: migrations.length - 1,
    changed: `${last}/migration.sql`,
    command: `node bench/.dist/pgreview.js review <folder> --changed <last>/migration.sql --engine <engine> --format json [--no-cache | --cache-dir <dir>]`,
    rows,
  };
}
