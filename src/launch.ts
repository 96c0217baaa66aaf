// Set V8's WebAssembly flags, then run the real entry (the CLI or the action) in this same process.
// Why the flags: V8 recompiles the parser's and PGlite's WASM with its optimising tier, which costs
// about 2 s of CPU and 1 GB of memory per run on Node 24; Liftoff alone is plenty for parsing and
// small databases (measured: 2.9 s → 0.9 s and 1.18 GB → 117 MB for a static review).
// Why three flags: `--liftoff-only` on the command line implies the other two, but V8 applies flag
// implications only at start-up; set at run time, `--liftoff-only` alone leaves tier-up on (which is
// why an earlier version re-executed Node with the flag in a second process). NODE_OPTIONS refuses them.
// V8 flags are per process, so PGlite's worker thread gets them too. They must be set before the
// first WebAssembly module compiles: the entry is imported only after.
// PGREVIEW_NO_LIFTOFF=1 leaves V8's defaults.
//
// The same holds for JavaScript: TurboFan, V8's top tier, compiles our hot functions on background
// threads, and in a review those compiles cost more CPU than the optimised code saves (the run is
// over before it pays back). Maglev and Sparkplug stay. Measured on the whole dev corpus in one
// process (Node 24, medians of 5 interleaved runs): process CPU 1.28 → 1.17 s with the same
// main-thread time; at 4× the corpus in one process 3.8 → 3.2 s, main thread equal; PGlite and local
// live reviews (basejump, trigger.dev) equal or slightly faster. The filter is read at each tiering
// decision, so unlike `--max-opt` it works when set at run time. Maglev, the middle tier, likewise
// compiled every function called 400 times; from 4,000 calls on it compiles only what runs long
// enough to repay it: process CPU 1.14 → 1.00 s, main thread equal (at 4× the corpus: 3.25 → 3.05 s,
// main thread equal). PGREVIEW_NO_LIFTOFF=1 leaves both too.

import { setFlagsFromString } from 'node:v8';
import * as nodeModule from 'node:module';

export const LIFTOFF_FLAGS = ['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering'] as const;
/** No function passes TurboFan's filter (`-*`: negated "every function"); Maglev at 10× its default call count. */
export const JIT_FLAGS = ['--turbo-filter=-*', '--invocation-count-for-maglev=4000'] as const;

export function setWasmFlags(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.PGREVIEW_NO_LIFTOFF === '1') return false;
  for (const flag of [...LIFTOFF_FLAGS, ...JIT_FLAGS]) setFlagsFromString(flag);
  return true;
}

/**
 * Node's on-disk compile cache (Node ≥ 22.1) for the bundle's modules: V8 parsing and compiling
 * several MB of JavaScript was the largest share of a short static run's CPU. The cache lives in
 * Node's default place (the temp folder) unless NODE_COMPILE_CACHE names one; NODE_DISABLE_COMPILE_CACHE=1
 * turns it off. A stale or unwritable cache only costs the compile, never correctness (Node checks it).
 */
export function enableCompileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache;
  try {
    enable?.();
  } catch {
    // an unwritable temp folder: compile as usual
  }
}

export async function launch(entryUrl: URL): Promise<void> {
  setWasmFlags();
  enableCompileCache();
  await import(entryUrl.href);
}
