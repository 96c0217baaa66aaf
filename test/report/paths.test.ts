// Paths are repository paths in every format, whatever folder the CLI was given: run the CLI as a
// user does, from the repository root, from inside the migrations folder, and outside any repository.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dirs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const FILE = 'supabase/migrations/20240101000000_items.sql';

function cli(cwd: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [TSX, path.join(ROOT, 'src/cli.ts'), 'review', ...args, '--engine', 'none'], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function project(withGit: boolean): string {
  const dir = realpathSync(tempDir('pgreview-paths-'));
  mkdirSync(path.join(dir, 'supabase/migrations'), { recursive: true });
  writeFileSync(path.join(dir, 'supabase/config.toml'), 'project_id = "x"\n');
  writeFileSync(path.join(dir, FILE), 'CREATE TABLE public.items (name text);\n');
  if (withGit) {
    const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-q', '--allow-empty', '-m', 'init');
  }
  return dir;
}

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('repository paths', () => {
  it('SARIF, JSON, markdown and text name the file from the git top-level, from the root or from inside the folder', () => {
    const repo = project(true);
    made.push(repo);
    for (const [cwd, arg] of [
      [repo, 'supabase/migrations'],
      [path.join(repo, 'supabase/migrations'), '.'],
    ] as const) {
      const sarif = cli(cwd, [arg, '--format', 'sarif']);
      expect(sarif.stderr).toBe('');
      const run = JSON.parse(sarif.stdout).runs[0];
      expect(run.results.length).toBeGreaterThan(0);
      for (const r of run.results) {
        expect(r.locations[0].physicalLocation.artifactLocation).toEqual({ uri: FILE, uriBaseId: '%SRCROOT%' });
        expect(r.locations[0].physicalLocation.region.startLine).toBe(1);
      }
      const json = JSON.parse(cli(cwd, [arg, '--format', 'json']).stdout);
      expect(json.findings.map((f: { file: string }) => f.file)).toContain(FILE);
      expect(json.migrations.map((m: { file: string }) => m.file)).toEqual([FILE]);
    }
    // Markdown and text render the same report: once is enough.
    expect(cli(repo, ['supabase/migrations', '--format', 'markdown']).stdout).toContain(`\`${FILE}:1\``);
    expect(cli(repo, ['supabase/migrations']).stdout).toContain(`${FILE}:1`);
  });

  it('--changed takes a path relative to the current directory and still reports the repository path', () => {
    const repo = project(true);
    made.push(repo);
    const json = JSON.parse(cli(repo, ['supabase/migrations', '--changed', FILE, '--format', 'json']).stdout);
    expect(json.summary.changed).toBe(1);
    expect(json.migrations[0].file).toBe(FILE);
  });

  it('outside a repository, paths are relative to the current directory', () => {
    const dir = project(false);
    made.push(dir);
    const json = JSON.parse(cli(dir, ['supabase/migrations', '--format', 'json']).stdout);
    expect(json.migrations.map((m: { file: string }) => m.file)).toEqual([FILE]);
  });
});
