// The committed dist/ is the product: it must be what the sources build to (a stale dist/ ships old
// behaviour no source test sees), and every lazily loaded chunk must load on Node 24 and expose what
// its importer takes from it. (esbuild's chunk for a CommonJS package exposed only `default`, so
// `const { PostgreSqlContainer } = await import(chunk)` was undefined in the bundle alone.)
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertDist, DIST, ROOT } from './helpers.js';
import { tempDir } from '../temp-dirs.js';

assertDist();

function files(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((f) => {
    const r = rel ? `${rel}/${f}` : f;
    return statSync(path.join(dir, r)).isDirectory() ? files(dir, r) : [r];
  });
}

/** Every dynamic import of a sibling chunk in the bundle, with the names its importer destructures. */
export function lazyImports(dir: string): { importer: string; chunk: string; names: string[] }[] {
  const out: { importer: string; chunk: string; names: string[] }[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    for (const m of text.matchAll(/(?:\{([^{}]*)\}\s*=\s*)?\(?await import\("\.\/([^"]+)"\)(\)\.(\w+))?/g)) {
      // `{ A, B: b, default: c }` → A, B, default; `(await import(x)).name` → name; an import that is
      // neither destructured nor read by name must at least expose names.
      const names = m[1] !== undefined ? m[1].split(',').map((p) => p.split(':')[0]!.trim()).filter(Boolean) : m[4] ? [m[4]] : [];
      out.push({ importer: f, chunk: m[2]!, names });
    }
  }
  return out;
}

describe('committed dist/', () => {
  const fresh = tempDir('pgreview-fresh-dist-');

  it('is byte for byte what the sources build to', () => {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs'), '--outdir', fresh], { cwd: ROOT, stdio: 'pipe' });
    const want = files(fresh).sort();
    expect(files(DIST).sort(), 'dist/ file list differs from a fresh build: run npm run build').toEqual(want);
    const differ = want.filter((f) => !readFileSync(path.join(DIST, f)).equals(readFileSync(path.join(fresh, f))));
    expect(differ, 'dist/ files differ from a fresh build: run npm run build').toEqual([]);
  }, 180_000);

  it('every lazily loaded chunk loads on Node 24 and exposes what its importer uses', () => {
    expect(Number(process.versions.node.split('.')[0])).toBeGreaterThanOrEqual(24);
    const lazy = lazyImports(DIST);
    expect(lazy.some((l) => l.names.includes('PostgreSqlContainer')), 'the docker engine loads testcontainers lazily').toBe(true);
    const chunks = [...new Set(lazy.map((l) => l.chunk))];
    // A separate Node, as users run it: vitest's module loader would paper over interop gaps.
    const script = `const out = {}; for (const c of ${JSON.stringify(chunks)}) { const m = await import(new URL('./' + c, ${JSON.stringify(`file://${DIST}/`)})); out[c] = Object.keys(m); } console.log(JSON.stringify(out));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: tmpdir(), encoding: 'utf8', timeout: 120_000, env: { ...process.env, TESTCONTAINERS_RYUK_DISABLED: 'true' } });
    expect(r.stderr).toBe('');
    const exported: Record<string, string[]> = JSON.parse(r.stdout);
    const missing = lazy.flatMap(({ importer, chunk, names }) => {
      const have = exported[chunk] ?? [];
      if (names.length === 0) return have.some((k) => k !== 'default') ? [] : [`${importer} → ${chunk}: exposes only ${JSON.stringify(have)}`];
      return names.filter((n) => !have.includes(n)).map((n) => `${importer} → ${chunk}: no export ${n} (has ${have.join(', ')})`);
    });
    expect(missing).toEqual([]);
  }, 180_000);
});
