// Which migration files a PR touches, from git: everything that differs between the merge base of
// `base` and HEAD and the working tree (so uncommitted edits count), plus untracked files.
// git runs with -z so paths with spaces, quotes or non-ASCII characters come through unmangled.

import * as path from 'node:path';
import { childProcess } from '../node-builtins.js';

export type GitStatus = 'A' | 'M' | 'D' | 'R';

export interface GitChange {
  status: GitStatus;
  /** For renames: the path on the base side (repo-relative). */
  from?: string;
}

function git(cwd: string, args: string[]): Buffer {
  return childProcess().execFileSync('git', ['-C', cwd, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
    timeout: 30_000,
    // Never prompt for credentials or open a pager in CI.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
  });
}

function gitText(cwd: string, args: string[]): string {
  return git(cwd, args).toString('utf8').trim();
}

export function errorText(e: unknown): string {
  const err = e as { stderr?: Buffer; message?: string };
  const stderr = err.stderr?.toString('utf8').trim();
  return (stderr || err.message || String(e)).split('\n')[0]!;
}

export class GitRepo {
  readonly top: string;
  constructor(readonly repoRoot: string) {
    this.top = gitText(repoRoot, ['rev-parse', '--show-toplevel']);
  }

  /** Repo-relative (to settings.repoRoot) path of a git path (relative to the toplevel). */
  private fromGit(p: string): string {
    return path.relative(this.repoRoot, path.join(this.top, p)).split(path.sep).join('/');
  }

  private toGit(rel: string): string {
    return path.relative(this.top, path.join(this.repoRoot, rel)).split(path.sep).join('/');
  }

  mergeBase(base: string): string {
    return gitText(this.repoRoot, ['merge-base', base, 'HEAD']);
  }

  /** Files under `dirAbs` that differ from `rev`, keyed by repo-relative path. */
  changes(rev: string, dirAbs: string): Map<string, GitChange> {
    const out = new Map<string, GitChange>();
    const spec = path.relative(this.top, dirAbs).split(path.sep).join('/') || '.';
    const diff = git(this.top, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', rev, '--', spec])
      .toString('utf8')
      .split('\0');
    for (let i = 0; i < diff.length; ) {
      const code = diff[i++];
      if (!code) continue;
      const letter = code[0]!;
      if (letter === 'R' || letter === 'C') {
        const from = this.fromGit(diff[i++]!);
        const to = this.fromGit(diff[i++]!);
        out.set(to, letter === 'R' ? { status: 'R', from } : { status: 'A' });
        continue;
      }
      const p = this.fromGit(diff[i++]!);
      if (letter === 'A') out.set(p, { status: 'A' });
      else if (letter === 'D') out.set(p, { status: 'D' });
      else out.set(p, { status: 'M' }); // M, T (type change), U (unmerged)
    }
    const untracked = git(this.top, ['ls-files', '--others', '--exclude-standard', '-z', '--', spec]).toString('utf8').split('\0');
    for (const u of untracked) if (u) out.set(this.fromGit(u), { status: 'A' });
    return out;
  }

  /** Content of a repo-relative path at `rev`, or undefined when it did not exist there. */
  show(rev: string, rel: string): Buffer | undefined {
    try {
      return git(this.top, ['cat-file', 'blob', `${rev}:${this.toGit(rel)}`]);
    } catch {
      return undefined;
    }
  }
}
