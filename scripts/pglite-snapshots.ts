// Builds the PGlite snapshots the bundle ships (dist/assets/pglite-snapshots): for every preset, the
// data dir after initdb + the state a review starts from (src/live/presets.ts reviewPrepare), gzipped
// in a normal form. A fresh machine then loads one instead of running initdb in WASM (8–11 s).
// Run by scripts/bundle.mjs as `node --import tsx --import ./scripts/fixed-clock.mjs` so that two
// builds give identical bytes (CI compares dist/ with a fresh build).
//
//   node --import tsx --import ./scripts/fixed-clock.mjs scripts/pglite-snapshots.ts <outdir> [preset…]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PgliteEngine, pgliteVersion } from '../src/engines/pglite.js';
import { compressSnapshot, SHIPPED_SNAPSHOTS_DIR, snapshotName } from '../src/engines/pglite-snapshot.js';
import { PRESET_IDS, reviewPrepare } from '../src/live/presets.js';

const FIXED_CLOCK = fileURLToPath(new URL('./fixed-clock.mjs', import.meta.url));
const outdir = path.resolve(process.argv[2] ?? 'dist');
// Every preset by default; tests name one.
const presets = process.argv.length > 3 ? PRESET_IDS.filter((id) => process.argv.slice(3).includes(id)) : PRESET_IDS;
if (Date.now() - Date.now() !== -1) throw new Error('pglite-snapshots: run with --import ./scripts/fixed-clock.mjs (the snapshots would not be reproducible)');
const target = path.join(outdir, SHIPPED_SNAPSHOTS_DIR);
mkdirSync(target, { recursive: true });
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'pgreview-snapshot-build-'));
try {
  // One worker each, side by side: every worker has its own fixed clock, so the order does not matter.
  const built = await Promise.all(
    presets.map(async (id) => {
      const prepare = reviewPrepare(id);
      // The engine a review uses, cold: initdb, the prepare SQL, the data dir written to cacheDir.
      const engine = new PgliteEngine({ prepare, cacheDir, extensions: [], workerPreload: FIXED_CLOCK, startTimeoutMs: 600_000 });
      await engine.start();
      await engine.stop();
      if (engine.lastStart?.from !== 'cold') throw new Error(`pglite-snapshots: ${id} did not start cold (${engine.lastStart?.from})`);
      const name = snapshotName(pgliteVersion(), prepare);
      const gz = compressSnapshot(readFileSync(path.join(cacheDir, `${name}.tar`)));
      writeFileSync(path.join(target, `${name}.tar.gz`), gz);
      return `${SHIPPED_SNAPSHOTS_DIR}/${name}.tar.gz ${(gz.length / 1024 / 1024).toFixed(1)} MiB`;
    }),
  );
  console.log(built.join('\n'));
} finally {
  rmSync(cacheDir, { recursive: true, force: true });
}
