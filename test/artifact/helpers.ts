// The committed dist/ as users get it: `npx pgreview` runs bin/pgreview.js → dist/pgreview.js →
// dist/cli.js, GitHub runs dist/index.js → dist/action.js. These helpers run those files, never src/.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const DIST = path.join(ROOT, 'dist');
export const BIN = path.join(ROOT, 'bin/pgreview.js');

/** dist/ must exist: CI builds it (npm run build) or it is the committed one. */
export function assertDist(): void {
  if (!existsSync(path.join(DIST, 'cli.js')) || !existsSync(path.join(DIST, 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (the committed dist/ is what users run)');
  }
}

export interface CliRun {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  /** Resolves with the exit code, or the signal that ended the process. */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts the bundled CLI (bin/pgreview.js) in its own process group, so a test can Ctrl-C it like a terminal. */
export function startCli(args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): CliRun {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (c) => (out += c));
  child.stderr!.on('data', (c) => (err += c));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    const t = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
    }, opts.timeoutMs ?? 240_000);
    child.on('exit', (code, signal) => {
      clearTimeout(t);
      resolve({ code, signal });
    });
  });
  return { child, stdout: () => out, stderr: () => err, done };
}

export async function runCli(args: string[], opts: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}) {
  const r = startCli(args, opts);
  const { code } = await r.done;
  return { code, stdout: r.stdout(), stderr: r.stderr() };
}

/** Resolves when `test` holds for the text so far; rejects after `ms`. */
export async function waitFor(text: () => string, test: (s: string) => boolean, ms: number, what: string): Promise<void> {
  const deadline = Date.now() + ms;
  while (!test(text())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; got:\n${text().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether a container runtime answers through the docker CLI (what the docker engine and its cleanup use). */
export function dockerWorks(): boolean {
  const r = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 15_000 });
  return r.status === 0 && r.stdout.trim() !== '';
}


/** Containers the review process `pid` started (the docker engine labels them with its pid). */
export function containersOf(pid: number): string[] {
  const r = spawnSync('docker', ['ps', '-aq', '--filter', `label=io.pgreview.pid=${pid}`], { encoding: 'utf8', timeout: 15_000 });
  return (r.stdout ?? '').split('\n').filter(Boolean);
}

/** Containers whose review process is gone: what an interrupted or crashed run left behind. */
export function leakedContainers(): string[] {
  const r = spawnSync('docker', ['ps', '-a', '--filter', 'label=io.pgreview.pid', '--format', '{{.ID}} {{.Label "io.pgreview.pid"}}'], { encoding: 'utf8', timeout: 15_000 });
  return (r.stdout ?? '')
    .split('\n')
    .filter(Boolean)
    .filter((line) => {
      const pid = Number(line.split(' ')[1]);
      try {
        process.kill(pid, 0);
        return false;
      } catch (e) {
        return (e as NodeJS.ErrnoException).code === 'ESRCH';
      }
    });
}
