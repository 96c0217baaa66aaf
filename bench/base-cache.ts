// Issue 15, point 2: with the base cached, a one-migration PR on trigger.dev (819 base migrations)
// should cost no more than 1.3× the same PR on an empty history. Whole CLI processes (the launcher
// in bench/.dist), per engine: the PR on an empty history (only the PR's migration in the folder),
// the full history with an empty cache (cold: replays and saves the base), and with the cache filled
// by a previous run (warm: restores it).
//
// An empty history is not the same review: the PR's index build fails at once (its table does not
// exist), so nothing is rehearsed, probed or rolled back. The like-for-like comparison is the same PR
// on a squashed history: one base migration holding the schema the 819 files build (pg_dump
// --schema-only of the history replayed by psql into a local server), reviewed without a cache.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findPgBinaries } from '../src/engines/local.js';
import { psqlFiles, withLocalServer } from './local-server.js';
import { CORPUS, cliEnv, log, measure, run, stats, type Stats } from './util.js';

export interface BaseCacheRow {
  engine: string;
  empty: { wall: Stats; cpu: Stats };
  cold: { wall: Stats; cpu: Stats };
  warm: { wall: Stats; cpu: Stats };
  /** The PR on a one-migration history with the same schema, no cache (absent without local PostgreSQL binaries). */
  squashed?: { wall: Stats; cpu: Stats; verdict: string };
  /** warm / empty, wall medians. */
  ratio: number;
  /** warm / squashed, wall medians. */
  ratioSquashed?: number;
  /** What the warm run's engine notes said about the cache. */
  warmNote: string;
}

export interface BaseCacheResult {
  folder: string;
  baseMigrations: number;
  changed: string;
  command: string;
  rows: BaseCacheRow[];
  /** How the squashed history was made, or why there is none. */
  squashed: string;
}

/**
 * The base history squashed into one migration: replayed with psql into a local server and dumped
 * schema-only. psql meta-commands and the dump's session settings (an empty search_path, row_security
 * off: they would persist into the PR's session) are left out. Undefined without local binaries.
 */
function squashedHistory(dir: string, baseFiles: string[]): string | undefined {
  const bins = findPgBinaries();
  if (!bins) return undefined;
  const dump = withLocalServer(bins, true, (server) => {
    psqlFiles(server, baseFiles);
    const r = run(server.bin('pg_dump'), ['--schema-only', '--no-owner', '--no-privileges', ...server.connArgs, 'postgres'], { maxBuffer: 256 * 1024 * 1024 });
    if (r.code !== 0) throw new Error(`pg_dump failed: ${r.stderr.slice(0, 1000)}`);
    return r.stdout;
  });
  const sql = dump
    .split('\n')
    .filter((l) => !l.startsWith('\\') && !/^SET \w+ = .*;$/.test(l) && !/^SELECT pg_catalog\.set_config\('search_path', '', false\);$/.test(l))
    .join('\n');
  mkdirSync(path.join(dir, '00000000000000_squashed_base'));
  writeFileSync(path.join(dir, '00000000000000_squashed_base', 'migration.sql'), sql);
  return `pg_dump --schema-only --no-owner --no-privileges of the ${baseFiles.length} base files replayed by psql into a local PostgreSQL ${bins.version}`;
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
  const squashedDir = mkdtempSync(path.join(os.tmpdir(), 'pgreview-bench-squashed-'));
  const squashed = squashedHistory(
    squashedDir,
    migrations.slice(0, -1).map((m) => path.join(HISTORY, m, 'migration.sql')),
  );
  if (squashed) cpSync(path.join(HISTORY, last), path.join(squashedDir, last), { recursive: true });
  const cacheRoot = mkdtempSync(path.join(os.tmpdir(), 'pgreview-bench-cache-'));
  const review = (dir: string, file: string, engine: string, cache: string[]) => {
    const args = [cli, 'review', dir, '--changed', file, '--engine', engine, '--format', 'json', '--total-timeout', '1800000', ...cache];
    return measure(() => {
      const r = run(process.execPath, args, { env: { ...process.env, ...cliEnv(), TESTCONTAINERS_RYUK_DISABLED: 'true' }, timeout: 1_800_000 });
      if (r.code !== 0 && r.code !== 1) throw new Error(`pgreview exited ${r.code}: ${r.stderr.slice(0, 1500)}`);
      return JSON.parse(r.stdout) as { verdict: string; engine?: { notes?: string[] }; migrations: { applied: string }[] };
    });
  };
  const rows: BaseCacheRow[] = [];
  try {
    for (const engine of engines) {
      const empty: number[][] = [[], []];
      const cold: number[][] = [[], []];
      const warm: number[][] = [[], []];
      const flat: number[][] = [[], []];
      let flatVerdict = '';
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
        if (squashed) {
          const f = await review(squashedDir, path.join(squashedDir, last, 'migration.sql'), engine, ['--no-cache']);
          flat[0]!.push(f.wallMs);
          flat[1]!.push(f.cpuMs);
          flatVerdict = f.value.verdict;
        }
      }
      const row = { engine, empty: { wall: stats(empty[0]!), cpu: stats(empty[1]!) }, cold: { wall: stats(cold[0]!), cpu: stats(cold[1]!) }, warm: { wall: stats(warm[0]!), cpu: stats(warm[1]!) }, warmNote };
      const flatRow = squashed ? { wall: stats(flat[0]!), cpu: stats(flat[1]!), verdict: flatVerdict } : undefined;
      rows.push({ ...row, ratio: row.warm.wall.median / row.empty.wall.median, squashed: flatRow, ratioSquashed: flatRow && row.warm.wall.median / flatRow.wall.median });
    }
  } finally {
    rmSync(emptyDir, { recursive: true, force: true });
    rmSync(squashedDir, { recursive: true, force: true });
    rmSync(cacheRoot, { recursive: true, force: true });
  }
  return {
    folder: 'triggerdotdev__trigger.dev/database',
    baseMigrations: migrations.length - 1,
    changed: `${last}/migration.sql`,
    command: `node bench/.dist/pgreview.js review <folder> --changed <last>/migration.sql --engine <engine> --format json [--no-cache | --cache-dir <dir>]`,
    rows,
    squashed: squashed ?? 'not measured: no local PostgreSQL binaries to squash the history with',
  };
}
