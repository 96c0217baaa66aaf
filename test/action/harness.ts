// Runs the bundled action the way a GitHub runner does: `node <bundle>/index.js` in a child process
// with the runner's environment (event file, INPUT_*, GITHUB_OUTPUT/STEP_SUMMARY files), from a
// working directory that is neither the repository nor the bundle's folder.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { tempDir } from '../temp-dirs.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The committed dist/ (what `uses: pgreview/pgreview@v1` runs). test/artifact/artifact.test.ts
 * checks it is byte for byte a fresh build of the sources, so testing it tests both.
 */
export function committedBundle(): string {
  const dist = path.join(ROOT, 'dist');
  if (!existsSync(path.join(dist, 'index.js'))) throw new Error('dist/ is missing: run `npm run build`');
  return dist;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
    },
  }).trim();
}

export interface Repo {
  dir: string;
  baseSha: string;
  headSha: string;
}

/** A repository with a base commit and a head commit; `checkout` says which one is checked out. */
export function makeRepo(base: Record<string, string>, head: Record<string, string | null>, checkout: 'head' | 'base' = 'head'): Repo {
  const dir = tempDir('pgreview-repo-');
  git(dir, 'init', '-q', '-b', 'main');
  const write = (files: Record<string, string | null>) => {
    for (const [f, text] of Object.entries(files)) {
      const abs = path.join(dir, f);
      if (text === null) {
        git(dir, 'rm', '-q', f);
        continue;
      }
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
    git(dir, 'add', '-A');
  };
  write(base);
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '-b', 'feature');
  write(head);
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  if (checkout === 'base') git(dir, 'checkout', '-q', 'main');
  return { dir, baseSha, headSha };
}

export function pullPayload(n: number, repo: Repo, opts: { fork?: boolean; owner?: string; name?: string } = {}) {
  const full = `${opts.owner ?? 'acme'}/${opts.name ?? 'shop'}`;
  return {
    number: n,
    html_url: `https://github.example/${full}/pull/${n}`,
    head: { sha: repo.headSha, ref: 'feature', repo: { full_name: opts.fork ? `someone/${opts.name ?? 'shop'}` : full } },
    base: { sha: repo.baseSha, ref: 'main', repo: { full_name: full } },
  };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

/** GITHUB_OUTPUT file format: name<<DELIM\nvalue\nDELIM. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (let m; (m = re.exec(text)); ) out[m[1]!] = m[3]!;
  return out;
}

export async function runAction(opts: {
  bundle: string;
  repo: Repo;
  api: string;
  event: 'pull_request' | 'workflow_dispatch';
  payload: unknown;
  inputs: Record<string, string>;
  timeoutMs?: number;
  /** Extra environment for the action process. */
  env?: Record<string, string>;
}): Promise<RunResult> {
  const work = tempDir('pgreview-runner-');
  const eventPath = path.join(work, 'event.json');
  writeFileSync(eventPath, JSON.stringify(opts.payload));
  const outputFile = path.join(work, 'output.txt');
  const summaryFile = path.join(work, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const runnerTemp = path.join(work, 'runner-temp');
  mkdirSync(runnerTemp);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? work,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: opts.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: opts.repo.headSha,
    GITHUB_WORKSPACE: opts.repo.dir,
    GITHUB_API_URL: opts.api,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_RUN_ID: '4242',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: runnerTemp,
    ...opts.env,
  };
  const defaults: Record<string, string> = {
    'github-token': 'ghs_faketoken',
    'working-directory': '.',
    migrations: '',
    layout: '',
    preset: '',
    engine: 'none',
    'engine-fallback': '',
    'postgres-image': '',
    'database-url': '',
    'fail-on': 'critical',
    comment: 'true',
    'pr-number': '',
    config: '.pgreview.yml',
  };
  // @actions/core reads INPUT_<NAME uppercased, spaces → _>; hyphens stay.
  for (const [k, v] of Object.entries({ ...defaults, ...opts.inputs })) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;

  const child = spawn(process.execPath, [path.join(opts.bundle, 'index.js')], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const code = await new Promise<number | null>((resolve, reject) => {
    const t = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`action timed out\nstdout:\n${stdout}\nstderr:\n${stderr}`));
    }, opts.timeoutMs ?? 90_000);
    child.on('exit', (c) => {
      clearTimeout(t);
      resolve(c);
    });
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
    runnerTemp,
  };
}

/** Workflow commands the runner would act on: lines outside ::stop-commands:: sections. */
export function activeCommands(stdout: string): string[] {
  const out: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopToken) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const m = /^::stop-commands::(.+)$/.exec(line);
    if (m) stopToken = m[1];
    else if (line.startsWith('::')) out.push(line);
  }
  return out;
}
