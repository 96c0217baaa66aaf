// A static run (--engine none) loads nothing of the live stack: no database client (pg, PGlite,
// testcontainers, undici), no engine, no live stage. The CLI runs from src (tsx) in its own Node
// with a hook that lists every module it loads. The control run (--engine url at a closed port)
// shows the hook sees the live stack when it is loaded.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dirs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const HOOK = path.join(ROOT, 'test/fixtures/list-loaded-modules.mjs');
const require = createRequire(import.meta.url);
// module.registerHooks (in-thread hooks that also see require()) is Node ≥ 22.15.
const hooksAvailable = typeof (require('node:module') as { registerHooks?: unknown }).registerHooks === 'function';

const work = tempDir('pgreview-lean-');
const project = path.join(work, 'project');
mkdirSync(path.join(project, 'migrations'), { recursive: true });
writeFileSync(path.join(project, 'migrations/0001_init.sql'), 'create table public.items (id bigint primary key, name text);\n');
writeFileSync(path.join(project, 'migrations/0002_index.sql'), 'create index items_name on public.items (name);\nalter table public.items add column price int;\n');

/** Runs the CLI from src and returns its exit code, output and the repository-relative modules it loaded. */
function runCli(args: string[], name: string, dir = project) {
  const out = path.join(work, `${name}.loaded`);
  const r = spawnSync(process.execPath, ['--import', HOOK, '--import', 'tsx/esm', path.join(ROOT, 'src/cli.ts'), 'review', dir, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LOADED_MODULES_OUT: out, NO_COLOR: '1' },
    timeout: 120_000,
  });
  const loaded = readFileSync(out, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file://'))
    .map((u) => path.relative(ROOT, new URL(u).pathname));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, loaded };
}

/** Modules of the live stack: database clients and container tooling, the engines, the live stage. */
function liveStack(loaded: string[]): string[] {
  return loaded.filter(
    (f) =>
      /node_modules\/(pg|pg-pool|pg-protocol|undici|testcontainers|@testcontainers\/[^/]+|@electric-sql\/pglite|dockerode|ssh2)\//.test(f) ||
      // cleanup.ts is the process's exit and signal handling (no imports but node:os); gaps.ts is
      // pure text analysis a live rule module imports; base-cache.ts names the cache folder the CLI
      // settings carry (node builtins only). None of them starts or reaches a database. outcome.ts is the not-run outcome (types only); platform.ts says which presets are self-hosted (no imports), for gaps.ts.
      (f.startsWith('src/engines/') && f !== 'src/engines/cleanup.ts') ||
      (f.startsWith('src/live/') && !['src/live/gaps.ts', 'src/live/base-cache.ts', 'src/live/outcome.ts', 'src/live/platform.ts'].includes(f)),
  );
}

describe.skipIf(!hooksAvailable)('a static run loads no live stack', () => {
  it('--engine none: a full review, and no database client, engine or live stage module loaded', () => {
    const r = runCli(['--engine', 'none', '--format', 'json', '--changed', 'migrations/0002_index.sql'], 'none');
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { ruleId: string }) => f.ruleId)).toContain('require-concurrent-index-creation');
    // The hook saw the static stage and the parser…
    expect(r.loaded).toContain('src/analysis/static.ts');
    expect(r.loaded.some((f) => f.includes('node_modules/@libpg-query/parser/wasm/libpg-query.js'))).toBe(true);
    // One WASM parser: 17's parse, scan and PL/pgSQL share @libpg-query/parser's module; libpg-query
    // 17's entry (which compiles its own module on import) is not loaded, nor 18's grammar, which
    // only a statement 17 refuses needs.
    expect(r.loaded.filter((f) => /node_modules\/libpg-query(-18)?\//.test(f))).toEqual([]);
    // …and nothing of the live stack, nor the YAML parser: the project has no .pgreview.yml (src/config.ts).
    expect(liveStack(r.loaded)).toEqual([]);
    expect(r.loaded.filter((f) => f.includes('node_modules/yaml/'))).toEqual([]);
  }, 130_000);

  it("--engine none on SQL only PostgreSQL 18's grammar accepts: 18's module is loaded then, and the statement is parsed with it", () => {
    const newer = path.join(work, 'newer');
    mkdirSync(path.join(newer, 'migrations'), { recursive: true });
    writeFileSync(path.join(newer, 'migrations/0001_init.sql'), 'create table public.items (id bigint primary key, name text);\n');
    writeFileSync(path.join(newer, 'migrations/0002_not_null.sql'), 'select 1;\nalter table public.items add constraint items_name_not_null not null name;\n');
    const r = runCli(['--engine', 'none', '--format', 'json', '--changed', 'migrations/0002_not_null.sql'], 'newer', newer);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout);
    const ruleIds = report.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ruleIds).toContain('needs-newer-postgres');
    expect(ruleIds).not.toContain('syntax-error');
    expect(r.loaded.some((f) => f.includes('node_modules/libpg-query-18/wasm/libpg-query.js'))).toBe(true);
  }, 130_000);

  it('control: a live run loads the engine, pg and the live stage (the hook would see them)', () => {
    const r = runCli(['--engine', 'url', '--database-url', 'postgres://pgreview@127.0.0.1:1/none', '--format', 'json', '--changed', 'migrations/0002_index.sql'], 'url');
    const live = liveStack(r.loaded);
    expect(live).toContain('src/live/review.ts');
    expect(live).toContain('src/engines/url.ts');
    // includes, not startsWith: node_modules may be a symlink that resolves outside the repository.
    expect(live.some((f) => f.includes('node_modules/pg/'))).toBe(true);
  }, 130_000);
});

if (!hooksAvailable) {
  describe('a static run loads no live stack', () => {
    it.skip(`SKIPPED: module.registerHooks is missing in Node ${process.versions.node} (needs ≥ 22.15); run the tests on Node 24 (npm test)`, () => {});
  });
}
