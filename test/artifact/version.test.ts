// `pgreview --version` from the shipped bin/pgreview.js → dist/, and from a copy of dist/ with no
// package.json of the project above it: the version is the package's, carried inside the bundle
// (the action's bundle shares the module that holds it, see the last test).
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { assertDist, BIN, DIST, ROOT } from './helpers.js';
import { tempDir } from '../temp-dirs.js';

assertDist();

const packageVersion: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;

function run(entry: string, args: string[]) {
  const r = spawnSync(process.execPath, [entry, ...args], { cwd: tempDir('pgreview-version-cwd-'), encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('pgreview --version', () => {
  it.each(['--version', '-V'])('bin/pgreview.js %s prints the package version and exits 0', (flag) => {
    const r = run(BIN, [flag]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${packageVersion}\n`);
  });

  it('wins over a command, as --help does: no review runs', () => {
    const r = run(BIN, ['review', '--version', '--engine', 'none']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${packageVersion}\n`);
  });

  it('-v still means --verbose (a review, not the version)', () => {
    const folder = tempDir('pgreview-version-review-');
    const r = run(BIN, ['review', folder, '-v', '--engine', 'none', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).tool).toEqual({ name: 'pgreview', version: packageVersion });
  });

  it('a copy of dist/ alone (no project package.json above it) prints the same version', () => {
    const copy = tempDir('pgreview-version-dist-');
    cpSync(DIST, path.join(copy, 'dist'), { recursive: true });
    expect(readdirSync(copy)).toEqual(['dist']);
    const r = run(path.join(copy, 'dist', 'pgreview.js'), ['--version']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${packageVersion}\n`);
  });
});
