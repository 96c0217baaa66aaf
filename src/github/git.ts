// Git plumbing for the action: make sure the PR's base and head commits are present, read files
// as of the base commit (configuration must never come from the PR head), and check out the head
// in a separate worktree when the workspace holds something else (a merge commit, or the default
// branch for workflow_dispatch).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

function git(cwd: string, args: string[], timeout = 120_000): Buffer {
  return execFileSync('git', ['-C', cwd, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    timeout,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
  });
}

export function gitText(cwd: string, args: string[]): string {
  return git(cwd, args).toString('utf8').trim();
}

export function toplevel(cwd: string): string {
  return gitText(cwd, ['rev-parse', '--show-toplevel']);
}

export function hasCommit(cwd: string, sha: string): boolean {
  try {
    git(cwd, ['cat-file', '-e', `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Fetches `sha` from origin when it is not here (actions/checkout fetches one commit by default).
 * `refs` are tried in order when fetching by sha is refused (e.g. pull/<n>/head).
 */
export function ensureCommit(cwd: string, sha: string, refs: string[] = []): void {
  if (hasCommit(cwd, sha)) return;
  const errors: string[] = [];
  for (const spec of [sha, ...refs]) {
    try {
      git(cwd, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', spec], 300_000);
      if (hasCommit(cwd, sha)) return;
    } catch (e) {
      errors.push(String((e as { stderr?: Buffer }).stderr ?? e).trim().split('\n')[0]!);
    }
  }
  throw new Error(`commit ${sha} is not in the checkout and could not be fetched: ${errors.join('; ')}`);
}

/** A file's content at `rev`, or undefined when it does not exist there. `rel` is relative to the toplevel. */
export function showAt(cwd: string, rev: string, rel: string): string | undefined {
  try {
    return git(cwd, ['cat-file', 'blob', `${rev}:${rel.split(path.sep).join('/')}`]).toString('utf8');
  } catch {
    return undefined;
  }
}

export interface Worktree {
  dir: string;
  remove(): void;
}

/** A detached worktree of `sha` in a temp folder; remove() deletes it and its registration. */
export function addWorktree(cwd: string, sha: string): Worktree {
  const dir = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'pgreview-head-'));
  git(cwd, ['worktree', 'add', '--detach', '--force', dir, sha]);
  return {
    dir,
    remove() {
      try {
        git(cwd, ['worktree', 'remove', '--force', dir]);
      } catch {
        rmSync(dir, { recursive: true, force: true });
        try {
          git(cwd, ['worktree', 'prune']);
        } catch {
          /* nothing left to prune */
        }
      }
    },
  };
}
