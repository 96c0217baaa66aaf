#!/usr/bin/env node
// Bundles the action (dist/index.js), the CLI (dist/cli.js, once src/cli.ts exists) and the PGlite
// worker (dist/pglite-worker.js) as ESM with esbuild, plus the WASM/data files they load at runtime.
//
// Why esbuild and not ncc: ncc (webpack) produced bundles that failed only at runtime, silently:
// CJS output stubbed the ESM-only @actions packages with "Cannot find module", and ESM output needed
// a hand-written __dirname shim, a manual libpg-query.wasm copy and a workaround for webpack turning
// `await import("stream")` into undefined (webpack #16757). esbuild keeps dynamic imports of node
// builtins as real imports, and the two asset idioms below are handled by a declared transform of
// the *input* modules, never by patching generated output:
//
//   1. `new URL("<file>", import.meta.url)` (PGlite's wasm, data and extension bundles): the file is
//      copied to dist/assets/<package>/<path> and the literal points there. This is what webpack and
//      Vite do natively for this idiom; esbuild leaves it to a plugin.
//   2. `__dirname` in CommonJS modules (emscripten's libpg-query.js locates its .wasm with it): each
//      such module gets its own `__dirname` pointing at dist/assets/<package>/<dir>, and the sibling
//      .wasm files are copied there. One global __dirname would not do: libpg-query and
//      @libpg-query/parser both load a different file named libpg-query.wasm.
//
// The banner gives CommonJS code a real `require` (for node builtins) in the ESM output.
// Output is deterministic: paths in the bundle are relative to the repository, assets are copied
// byte for byte, and dist/ is emptied first so nothing stale survives.

import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, copyFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// --outdir <dir> builds elsewhere (the action tests bundle a fresh copy into a temp folder).
const outArg = process.argv.indexOf('--outdir');
const outdir = outArg > 0 ? resolve(process.argv[outArg + 1]) : join(root, 'dist');
const ASSETS = 'assets';

const entries = [
  // index.js and pgreview.js are small entries that set V8's WASM flags, then import action.js / cli.js.
  { in: 'src/action/index.ts', out: 'index' },
  { in: 'src/action/main.ts', out: 'action' },
  { in: 'src/bin.ts', out: 'pgreview' },
  { in: 'src/cli.ts', out: 'cli' },
  { in: 'src/engines/pglite-worker.ts', out: 'pglite-worker' },
].filter((e) => existsSync(join(root, e.in)));

/** Files to copy into dist/assets: target (posix, relative to dist) → absolute source. */
const assets = new Map();

function toPosix(p) {
  return p.split(sep).join('/');
}

/** node_modules/<pkg>/<rest> → "<pkg>/<rest>" (scoped packages keep their scope). */
function packagePath(absFile) {
  const rel = toPosix(relative(root, absFile));
  const i = rel.lastIndexOf('node_modules/');
  return i === -1 ? rel : rel.slice(i + 'node_modules/'.length);
}

function addAsset(absFile) {
  const target = posix.join(ASSETS, packagePath(absFile));
  const prev = assets.get(target);
  if (prev && prev !== absFile) throw new Error(`asset clash: ${target} from ${prev} and ${absFile}`);
  assets.set(target, absFile);
  return target;
}

const NEW_URL = /new URL\(\s*(["'])([^"'`]+)\1\s*,\s*import\.meta\.url\s*\)/g;

const assetPlugin = {
  name: 'pgreview-assets',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/].*\.(m?js|cjs)$/ }, (args) => {
      let text = readFileSync(args.path, 'utf8');
      const dir = dirname(args.path);
      let changed = false;

      if (text.includes('import.meta.url')) {
        text = text.replace(NEW_URL, (whole, q, lit) => {
          const abs = resolve(dir, lit);
          // Only real files next to the module; other URLs (dynamic, absent) stay as written.
          if (/^[a-z]+:/i.test(lit) || !existsSync(abs)) return whole;
          changed = true;
          return `new URL(${JSON.stringify('./' + addAsset(abs))}, import.meta.url)`;
        });
      }

      const cjs = /\b(module\.exports|exports\.|require\()/.test(text) && !/^\s*(import|export)\s/m.test(text);
      if (cjs && /\b__dirname\b|\b__filename\b/.test(text)) {
        const wasm = readdirSync(dir).filter((f) => f.endsWith('.wasm'));
        for (const f of wasm) addAsset(join(dir, f));
        // Module-local, so each package finds its own files (see the header).
        const assetDir = posix.join(ASSETS, posix.dirname(packagePath(args.path)));
        text =
          `var __dirname = __pgreviewAsset(${JSON.stringify(assetDir)}), ` +
          `__filename = __pgreviewAsset(${JSON.stringify(posix.join(assetDir, posix.basename(args.path)))});` +
          text;
        changed = true;
      }
      return changed ? { contents: text, loader: 'js' } : undefined;
    });
  },
};

// Node's built-in modules imported by our sources (`node:` specifiers) are loaded with `require`, not
// as ES modules: importing a built-in as an ES module reads every export of its facade, which runs
// the lazy getters behind them (node:crypto's webcrypto, node:fs's promises, and what those load),
// about 4 ms of a short static run's start for modules nothing here uses. esbuild gives named and
// default imports of a CommonJS module their usual meaning (`import crypto from 'node:crypto'` is
// the module itself).
// esbuild's interop (__toESM) still reads each export's descriptor, which loads every lazy export of
// node:util: src/node-builtins.ts reads that one with require().
const builtinsByRequire = {
  name: 'node-builtins-by-require',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => (args.namespace === 'node-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'node-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
  },
};

const banner = [
  '// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.',
  "import { createRequire as __pgreviewCreateRequire } from 'node:module';",
  "import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';",
  'const require = __pgreviewCreateRequire(import.meta.url);',
  'const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));',
].join('\n');

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: entries.map((e) => ({ in: e.in, out: e.out })),
  outdir,
  bundle: true,
  // Dynamic imports (the docker engine's testcontainers, ~3.5 MB with ssh2/grpc/dockerode) become
  // chunks loaded only when used: the static and PGlite paths start without parsing them.
  splitting: true,
  chunkNames: 'chunk-[name]-[hash]', // beside the entries: asset paths are relative to import.meta.url
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  // Optional native add-ons their packages load inside try/catch; the pure-JS paths are used.
  external: ['pg-native', 'cpu-features', '*.node'],
  plugins: [assetPlugin, builtinsByRequire],
  // The bundle has no node_modules to read PGlite's package.json from: its version is baked in.
  define: { __PGLITE_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version) },
  legalComments: 'none',
  charset: 'utf8',
  minify: false,
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
  // The bundle is committed; this keeps it free of machine paths.
  logOverride: { 'empty-import-meta': 'silent' },
});

for (const [target, src] of [...assets].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const dest = join(outdir, target);
  mkdirSync(dirname(dest), { recursive: true });
  copyFileSync(src, dest);
}
// The presets are readable SQL files; the bundle carries them (src/live/presets.ts looks in ./presets).
mkdirSync(join(outdir, 'presets'), { recursive: true });
for (const f of readdirSync(join(root, 'presets')).filter((f) => f.endsWith('.sql')).sort()) copyFileSync(join(root, 'presets', f), join(outdir, 'presets', f));
// PGlite data dirs of each preset's prepared state, so a fresh machine skips initdb in WASM. Built in
// a child with a fixed clock (scripts/fixed-clock.mjs): the same sources give the same bytes.
execFileSync(process.execPath, ['--import', 'tsx', '--import', './scripts/fixed-clock.mjs', 'scripts/pglite-snapshots.ts', outdir], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
// dist/ is an ES module tree whatever the nearest package.json says (a user's repo may not be ESM).
writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n');

const outputs = Object.entries(result.metafile.outputs)
  .map(([f, o]) => `${f} ${(o.bytes / 1024).toFixed(0)} KiB`)
  .sort();
console.log([...outputs, `${assets.size} assets in dist/${ASSETS}`].join('\n'));
