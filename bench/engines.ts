// 1b. Engine start time: PGlite cold (initdb + preset, in an empty temp cache dir: the user's cache
// in defaultCacheDir() is never touched) and from the cached preset snapshot; the local engine
// (throw-away cluster from this machine's binaries); docker when a runtime is reachable.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PgliteEngine } from '../src/engines/pglite.js';
import { LocalEngine, findPgBinaries } from '../src/engines/local.js';
import { detectContainerRuntime, nodeSupportsDocker, TESTCONTAINERS_MIN_NODE } from '../src/engines/docker.js';
import { presetPrepare } from '../src/live/presets.js';
import type { PresetId } from '../src/types.js';
import { log, measure, stats, type Stats } from './util.js';

export interface EngineRow {
  engine: string;
  state: string;
  /** What start() covers. */
  covers: string;
  wall?: Stats;
  available: boolean;
  note?: string;
}

async function pgliteStarts(preset: PresetId, reps: number): Promise<EngineRow[]> {
  const cold: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < reps; i++) {
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'pgreview-bench-cache-'));
    try {
      log(`engines: pglite (${preset} preset) cold + cached, rep ${i + 1}/${reps}`);
      const a = new PgliteEngine({ prepare: presetPrepare(preset), cacheDir });
      await a.start();
      if (a.lastStart?.from !== 'cold') throw new Error(`expected a cold start, got ${a.lastStart?.from}`);
      cold.push(a.lastStart.ms);
      await a.stop();
      const b = new PgliteEngine({ prepare: presetPrepare(preset), cacheDir });
      await b.start();
      if (b.lastStart?.from !== 'cache') throw new Error(`expected a start from the cache, got ${b.lastStart?.from}`);
      cached.push(b.lastStart.ms);
      await b.stop();
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }
  return [
    { engine: 'pglite', state: `cold, ${preset} preset`, covers: 'worker spawn, WASM init + initdb, preset SQL, snapshot written to the cache', wall: stats(cold), available: true },
    { engine: 'pglite', state: `cached ${preset} snapshot`, covers: 'worker spawn, WASM init from the cached data-dir tarball', wall: stats(cached), available: true },
  ];
}

async function localStarts(reps: number): Promise<EngineRow[]> {
  const bins = findPgBinaries();
  if (!bins) return [{ engine: 'local', state: 'cold', covers: '', available: false, note: 'no PostgreSQL binaries on PATH or in /usr/lib/postgresql' }];
  const bare: number[] = [];
  const withPreset: number[] = [];
  for (let i = 0; i < reps; i++) {
    log(`engines: local PostgreSQL ${bins.version}, rep ${i + 1}/${reps}`);
    const a = new LocalEngine({ binaries: bins });
    const m = await measure(() => a.start());
    bare.push(m.wallMs);
    await a.stop();
    const b = new LocalEngine({ binaries: bins, prepare: presetPrepare('supabase') });
    const n = await measure(() => b.start());
    withPreset.push(n.wallMs);
    await b.stop();
  }
  return [
    { engine: 'local', state: `PostgreSQL ${bins.version}, no preset`, covers: 'initdb into a temp dir, postgres start, first connection', wall: stats(bare), available: true },
    { engine: 'local', state: `PostgreSQL ${bins.version}, supabase preset`, covers: 'the same plus the preset SQL (no snapshot cache: initdb is already fast)', wall: stats(withPreset), available: true },
  ];
}

async function dockerRow(): Promise<EngineRow> {
  const rt = await detectContainerRuntime();
  const nodeOk = nodeSupportsDocker();
  if (rt.available && nodeOk) {
    return { engine: 'docker', state: 'not measured', covers: '', available: true, note: `${rt.detail}: measure it with the docker engine on a runner (image pull dominates the first start)` };
  }
  const why = [!rt.available ? rt.detail : undefined, !nodeOk ? `Node ${process.versions.node} < ${TESTCONTAINERS_MIN_NODE} (testcontainers 12)` : undefined].filter(Boolean).join('; ');
  return { engine: 'docker', state: 'not available here', covers: '', available: false, note: why };
}

export async function benchEngines(reps: number): Promise<EngineRow[]> {
  return [...(await pgliteStarts('supabase', reps)), ...(await pgliteStarts('plain', Math.max(1, reps - 1))), ...(await localStarts(reps)), await dockerRow()];
}
