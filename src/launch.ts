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
// The same holds for JavaScript at first: TurboFan, V8's top tier, compiles our hot functions on
// background threads, and in the first second of a review (start-up, planning, parsing, the static
// rules: ~55 rules' code, each warm only briefly) those compiles cost more CPU than the optimised
// code saves. Maglev, the middle tier, compiles a function after 400 calls; at 4,000 it compiles
// only what runs long enough to repay it. Both settings are read at each tiering decision, so unlike
// `--max-opt` they work when set at run time. After the first second V8's defaults apply again:
// what runs longer is a live review, whose catalog and trace loops repay TurboFan (kept off for the
// whole run, trigger.dev with 200 changed migrations spent 1.5 → 1.8 s on the main thread).
// Measured on the whole dev corpus in one process (Node 24, medians of 7 interleaved runs): process
// CPU 1.36 → 1.01 s, main thread 0.90 → 0.82 s (with the other changes of that pass).
// PGREVIEW_NO_LIFTOFF=1 leaves these too, and the eager compile of the entry's modules (launch below).

import { setFlagsFromString } from 'node:v8';
import * as nodeModule from 'node:module';

export const LIFTOFF_FLAGS = ['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering'] as const;
/** No function passes TurboFan's filter (`-*`: negated "every function"); Maglev at 10× its default call count. */
export const JIT_FLAGS = ['--turbo-filter=-*', '--invocation-count-for-maglev=4000'] as const;
/** V8's defaults for the same flags (Node 24), and when they apply again. */
export const JIT_DEFAULTS = ['--turbo-filter=*', '--invocation-count-for-maglev=400'] as const;
const JIT_DEFAULTS_AFTER_MS = 1_000;

export function setWasmFlags(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.PGREVIEW_NO_LIFTOFF === '1') return false;
  for (const flag of LIFTOFF_FLAGS) setFlagsFromString(flag);
  return true;
}

/** JIT_FLAGS now, JIT_DEFAULTS after the first second (a timer that keeps no process alive). */
export function setJitFlags(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.PGREVIEW_NO_LIFTOFF === '1') return false;
  for (const flag of JIT_FLAGS) setFlagsFromString(flag);
  setTimeout(() => {
    for (const flag of JIT_DEFAULTS) setFlagsFromString(flag);
  }, JIT_DEFAULTS_AFTER_MS).unref();
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

/**
 * The entry's module graph (what every run loads: the CLI or the action, the rules, the parser's
 * glue, the deparser) compiled eagerly. V8 compiles a function lazily by default: the module's
 * compile pre-parses it, its first call parses it again and makes its bytecode, on every run,
 * because Node's compile cache keeps only the code made when the module was compiled. Compiled
 * eagerly, the graph is parsed once and the cache holds the bytecode of every function. Modules
 * imported later (the live stack, engines, PGlite's worker) are compiled lazily again: most of
 * their code never runs. On the whole dev corpus (static, Node 24) the main thread's CPU fell ~6%
 * with a warm cache, and did not rise with none (a fresh runner's first run).
 */
const EAGER_COMPILE = '--no-lazy';
const LAZY_COMPILE = '--lazy';

/**
 * Node built-ins every run of the entries loads, loaded before any V8 flag is set. Node compiles a
 * built-in from its embedded code cache, which V8 refuses once the flags differ from those it was
 * made with (any of the flags above): a built-in first loaded after them is compiled from source,
 * and under --no-lazy every function of it and of the internal modules it loads. node:crypto (for
 * fingerprints) cost ~10-14 ms of CPU loaded from the bundle, ~4.5 ms loaded first. A built-in
 * missing here only costs that difference; one listed that a run does not need costs its load.
 */
const PRELOADED_BUILTINS = ['node:crypto', 'node:os'] as const;

export async function launch(entryUrl: URL): Promise<void> {
  const requireBuiltin = nodeModule.createRequire(import.meta.url);
  for (const builtin of PRELOADED_BUILTINS) requireBuiltin(builtin);
  setWasmFlags();
  setJitFlags();
  enableCompileCache();
  const eager = process.env.PGREVIEW_NO_LIFTOFF !== '1';
  if (eager) setFlagsFromString(EAGER_COMPILE);
  try {
    await import(entryUrl.href);
  } finally {
    if (eager) setFlagsFromString(LAZY_COMPILE);
  }
}
