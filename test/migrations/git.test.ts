// Base vs changed from a real temporary git repository.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { plan, write } from './helpers.js';
import { tempDir } from '../temp-dirs.js';

let hasGit = true;
try {
  execFileSync('git', ['--version'], { stdio: 'ignore' });
} catch {
  hasGit = false;
  console.warn('\n*** git not found: the base/changed git tests are SKIPPED ***\n');
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd },
  });
}

describe.skipIf(!hasGit)('base vs changed with git', () => {
  let repo: string;
  let dir: string;

  beforeAll(() => {
    repo = tempDir('pgreview-git-');
    dir = path.join(repo, 'supabase/migrations');
    git(repo, 'init', '-q', '-b', 'main');
    write(repo, {
      'supabase/migrations/20240101000000_init.sql': 'create table a (id int);\n',
      'supabase/migrations/20240102000000_second.sql': 'create table b (id int);\n',
      'supabase/migrations/20240103000000_third.sql': 'create table c (id int);\n',
      'supabase/migrations/20240104000000_gone.sql': 'create table d (id int);\n',
      'supabase/migrations/20240105000000_old name.sql': 'create table e (id int);\n',
      'db/20240101000000_x.sql': '-- migrate:up\ncreate table x (id int);\n-- migrate:down\ndrop table x;\n',
    });
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'base');
    git(repo, 'checkout', '-q', '-b', 'feature');
    // Committed on the branch: a new migration and an edit to an applied one.
    write(repo, {
      'supabase/migrations/20240201000000_new.sql': 'alter table a add column x int;\n',
      'supabase/migrations/20240102000000_second.sql': 'create table b (id bigint);\n',
      'db/20240101000000_x.sql': '-- migrate:up\ncreate table x (id int);\n-- migrate:down\ndrop table x cascade;\n',
    });
    fs.rmSync(path.join(dir, '20240104000000_gone.sql'));
    git(repo, 'mv', 'supabase/migrations/20240105000000_old name.sql', 'supabase/migrations/20240106000000_new name.sql');
    git(repo, 'add', '-A');
    git(repo, 'commit', '-q', '-m', 'feature');
    // Uncommitted: an edit and an untracked file with a non-ASCII name.
    write(repo, {
      'supabase/migrations/20240103000000_third.sql': 'create table c (id int, y text);\n',
      'supabase/migrations/20240301000000_café.sql': 'select 1;\n',
    });
  });

  it('statuses from git letters, uncommitted and untracked changes included', async () => {
    const s = await plan(dir, { repoRoot: repo, base: 'main' });
    expect(s.changedSource).toBe('git');
    const st = Object.fromEntries(s.migrations.map((m) => [m.name, m.status]));
    expect(st).toEqual({
      init: 'base',
      second: 'modified',
      third: 'modified',
      'new name': 'added',
      new: 'added',
      café: 'added',
    });
  });

  it('history rewrites, deletions and renames become warnings', async () => {
    const s = await plan(dir, { repoRoot: repo, base: 'main' });
    const w = s.warnings.map((x) => [x.kind, x.path]);
    expect(w).toContainEqual(['history-rewrite', 'supabase/migrations/20240102000000_second.sql']);
    expect(w).toContainEqual(['history-rewrite', 'supabase/migrations/20240103000000_third.sql']);
    expect(w).toContainEqual(['deleted', 'supabase/migrations/20240104000000_gone.sql']);
    expect(w).toContainEqual(['renamed', 'supabase/migrations/20240106000000_new name.sql']);
    expect(s.warnings.filter((x) => x.kind === 'history-rewrite')).toHaveLength(2);
    expect(s.warnings.find((x) => x.kind === 'history-rewrite')!.message).toMatch(/will not run it again/);
  });

  it('dbmate: editing only the down section is modified but not a history rewrite', async () => {
    const s = await plan(path.join(repo, 'db'), { repoRoot: repo, base: 'main' });
    expect(s.layout).toBe('dbmate');
    expect(s.migrations[0]!.status).toBe('modified');
    expect(s.warnings).toEqual([]);
  });

  it('--changed list: added vs modified decided against the base, rewrite warned', async () => {
    const s = await plan(dir, {
      repoRoot: repo,
      base: 'main',
      changed: ['supabase/migrations/20240201000000_new.sql', './supabase/migrations/20240102000000_second.sql'],
    });
    expect(s.changedSource).toBe('flag');
    const st = Object.fromEntries(s.migrations.map((m) => [m.name, m.status]));
    expect(st.new).toBe('added');
    expect(st.second).toBe('modified');
    expect(st.third).toBe('base');
    expect(s.warnings.map((x) => x.kind)).toEqual(['history-rewrite']);
  });

  it('--changed without git knowledge: everything listed is added', async () => {
    const s = await plan(dir, { repoRoot: repo, changed: ['supabase/migrations/20240102000000_second.sql'] });
    expect(s.migrations.find((m) => m.name === 'second')!.status).toBe('added');
    expect(s.migrations.filter((m) => m.status === 'added')).toHaveLength(1);
  });

  it('an unknown base ref falls back to all-added with a git warning', async () => {
    const s = await plan(dir, { repoRoot: repo, base: 'no-such-branch' });
    expect(s.changedSource).toBe('all');
    expect(s.migrations.every((m) => m.status === 'added')).toBe(true);
    expect(s.warnings.map((x) => x.kind)).toEqual(['git']);
  });

  it('no base and no list: everything added', async () => {
    const s = await plan(dir, { repoRoot: repo });
    expect(s.changedSource).toBe('all');
    expect(s.migrations.every((m) => m.status === 'added')).toBe(true);
  });
});
