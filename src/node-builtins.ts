// Node built-in modules read with require() at their first use, not imported.
// - node:child_process: a static review starts no process, and the module (which loads net, dgram
//   and their dependencies) cost ~3 ms of CPU at the start of every run, imported by modules that
//   use it only on a rarely taken branch (git's top-level, --base).
// - node:util: the bundle gives an import of a built-in esbuild's ESM interop (__toESM), which
//   reads the descriptor of every export; node:util defines most of its exports as lazy native
//   properties, and reading their descriptors loads each (parseArgs, diff, TextDecoder,
//   setTraceSigInt with worker_threads…): ~3.5 ms for the one function the CLI uses.
// createRequire and not `import()`: the callers are synchronous.

import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

let childProcessModule: typeof import('node:child_process') | undefined;

/** node:child_process, loaded on the first call. */
export function childProcess(): typeof import('node:child_process') {
  return (childProcessModule ??= requireBuiltin('node:child_process') as typeof import('node:child_process'));
}

/** node:util's parseArgs, without the bundle's interop loading the rest of node:util. */
export const parseArgs: typeof import('node:util').parseArgs = (config) => (requireBuiltin('node:util') as typeof import('node:util')).parseArgs(config);
