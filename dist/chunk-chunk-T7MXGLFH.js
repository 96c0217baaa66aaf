// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));

// src/launch.ts
import { setFlagsFromString } from "node:v8";
import * as nodeModule from "node:module";
var LIFTOFF_FLAGS = ["--liftoff-only", "--no-wasm-tier-up", "--no-wasm-dynamic-tiering"];
var JIT_FLAGS = ["--turbo-filter=-*", "--invocation-count-for-maglev=4000"];
var JIT_DEFAULTS = ["--turbo-filter=*", "--invocation-count-for-maglev=400"];
var JIT_DEFAULTS_AFTER_MS = 1e3;
function setWasmFlags(env = process.env) {
  if (env.PGREVIEW_NO_LIFTOFF === "1") return false;
  for (const flag of LIFTOFF_FLAGS) setFlagsFromString(flag);
  return true;
}
function setJitFlags(env = process.env) {
  if (env.PGREVIEW_NO_LIFTOFF === "1") return false;
  for (const flag of JIT_FLAGS) setFlagsFromString(flag);
  setTimeout(() => {
    for (const flag of JIT_DEFAULTS) setFlagsFromString(flag);
  }, JIT_DEFAULTS_AFTER_MS).unref();
  return true;
}
function enableCompileCache2() {
  const enable = nodeModule.enableCompileCache;
  try {
    enable?.();
  } catch {
  }
}
async function launch(entryUrl) {
  setWasmFlags();
  setJitFlags();
  enableCompileCache2();
  await import(entryUrl.href);
}

export {
  launch
};
