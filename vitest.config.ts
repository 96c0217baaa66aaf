import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Removes the temporary folders each test file made with tempDir (test/temp-dirs.ts).
    setupFiles: ['test/remove-temp-dirs.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are large (hundreds of MB each): keep parallelism modest on 2-core runners.
    pool: 'forks',
    // The workers run WebAssembly as the shipped CLI and action do (src/launch.ts: Liftoff only, no
    // tier-up). With V8's default tiering, Node 24 crashed a worker now and then while freeing
    // tiered-up WASM code (`Check failed: jit_page_->allocations_.erase(addr) == 1` in
    // ThreadIsolation::UnregisterWasmAllocation), which no test caused and which ended the run.
    poolOptions: { forks: { maxForks: 2, minForks: 1, execArgv: ['--liftoff-only', '--no-wasm-tier-up', '--no-wasm-dynamic-tiering'] } },
  },
});
