// Shared helpers for `npm run bench`: timing statistics, CPU time of this process and of the
// children it waited for, machine facts, the corpus layout and a plain-text table printer.
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS = path.resolve(process.env.PGREVIEW_CORPUS ?? path.join(REPO, '..', 'shared', 'corpus'));

/** Environment for the CLI bundled into a temp dir: it finds the repository's presets through this. */
export function cliEnv(): Record<string, string> {
  return { PGREVIEW_PRESETS_DIR: path.join(REPO, 'presets') };
}

/** Corpus folders (one per source repository), sorted. */
export function corpusFolders(): string[] {
  if (!existsSync(CORPUS)) return [];
  return readdirSync(CORPUS)
    .filter((f) => statSync(path.join(CORPUS, f)).isDirectory())
    .sort();
}

/** Every .sql file under a folder, sorted (repository-relative to `base`). */
export function sqlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.toLowerCase().endsWith('.sql')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

export interface Stats {
  n: number;
  min: number;
  median: number;
  max: number;
  samples: number[];
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { n: s.length, min: s[0]!, median, max: s[s.length - 1]!, samples: samples.map((x) => Math.round(x * 10) / 10) };
}

const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/**
 * CPU time (ms) of this process plus its waited-for children, from /proc/self/stat (utime, stime,
 * cutime, cstime). Children count once spawnSync has reaped them. Linux only; undefined elsewhere.
 */
export function cpuMsWithChildren(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): utime is field 14 → index 11.
    const ticks = Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    return (ticks * 1000) / CLK_TCK;
  } catch {
    return undefined;
  }
}

/** Wall and CPU time of a synchronous or asynchronous block. CPU includes reaped children. */
export async function measure<T>(fn: () => Promise<T> | T): Promise<{ wallMs: number; cpuMs: number; value: T }> {
  const c0 = cpuMsWithChildren();
  const p0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wallMs = performance.now() - t0;
  const c1 = cpuMsWithChildren();
  const p1 = process.cpuUsage(p0);
  // /proc has 10 ms resolution; without it, fall back to this process only.
  const cpuMs = c0 !== undefined && c1 !== undefined ? c1 - c0 : (p1.user + p1.system) / 1000;
  return { wallMs, cpuMs, value };
}

export function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, ...opts });
  if (r.error) throw r.error;
  return { code: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

export function machine() {
  const cpus = os.cpus();
  let load: number[] = os.loadavg().map((x) => Math.round(x * 100) / 100);
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? '?',
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    node: process.versions.node,
    loadAverageAtStart: load,
  };
}

export const fmtMs = (ms: number | undefined) =>
  ms === undefined || Number.isNaN(ms) ? '-' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
export const fmtMB = (kb: number | undefined) => (kb === undefined ? '-' : `${Math.round(kb / 1024)} MB`);
export const fmtX = (x: number | undefined) => (x === undefined || !Number.isFinite(x) ? '-' : `${x.toFixed(2)}×`);
export const pct = (a: number, b: number) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);

/** A plain table: first row is the header. */
export function table(rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function log(msg: string): void {
  process.stderr.write(`[bench] ${msg}\n`);
}
