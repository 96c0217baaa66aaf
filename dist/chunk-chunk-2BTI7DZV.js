// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  require_node_v8
} from "./chunk-chunk-5Y53KC3K.js";
import {
  require_node_module
} from "./chunk-chunk-TOCCJSQT.js";
import {
  __toESM
} from "./chunk-chunk-GH6JA5JI.js";

// src/launch.ts
var import_node_v8 = __toESM(require_node_v8(), 1);
var nodeModule = __toESM(require_node_module(), 1);
var LIFTOFF_FLAGS = ["--liftoff-only", "--no-wasm-tier-up", "--no-wasm-dynamic-tiering"];
var JIT_FLAGS = ["--turbo-filter=-*", "--invocation-count-for-maglev=4000"];
var JIT_DEFAULTS = ["--turbo-filter=*", "--invocation-count-for-maglev=400"];
var JIT_DEFAULTS_AFTER_MS = 1e3;
function setWasmFlags(env = process.env) {
  if (env.PGREVIEW_NO_LIFTOFF === "1") return false;
  for (const flag of LIFTOFF_FLAGS) (0, import_node_v8.setFlagsFromString)(flag);
  return true;
}
function setJitFlags(env = process.env) {
  if (env.PGREVIEW_NO_LIFTOFF === "1") return false;
  for (const flag of JIT_FLAGS) (0, import_node_v8.setFlagsFromString)(flag);
  setTimeout(() => {
    for (const flag of JIT_DEFAULTS) (0, import_node_v8.setFlagsFromString)(flag);
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
var EAGER_COMPILE = "--no-lazy";
var LAZY_COMPILE = "--lazy";
var PRELOADED_BUILTINS = ["node:crypto", "node:os"];
async function launch(entryUrl) {
  const requireBuiltin = nodeModule.createRequire(import.meta.url);
  for (const builtin of PRELOADED_BUILTINS) requireBuiltin(builtin);
  setWasmFlags();
  setJitFlags();
  enableCompileCache2();
  const eager = process.env.PGREVIEW_NO_LIFTOFF !== "1";
  if (eager) (0, import_node_v8.setFlagsFromString)(EAGER_COMPILE);
  try {
    await import(entryUrl.href);
  } finally {
    if (eager) (0, import_node_v8.setFlagsFromString)(LAZY_COMPILE);
  }
}

export {
  launch
};
