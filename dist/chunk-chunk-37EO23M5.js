// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  require_node_os
} from "./chunk-chunk-W62W5GVS.js";
import {
  __toESM
} from "./chunk-chunk-GH6JA5JI.js";

// src/engines/cleanup.ts
var import_node_os = __toESM(require_node_os(), 1);
var cleanups = /* @__PURE__ */ new Set();
var exitHooked = false;
var signalsHooked = false;
var exiting = false;
var announce = false;
var HANDLED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function runAll() {
  for (const fn of [...cleanups]) {
    cleanups.delete(fn);
    try {
      fn();
    } catch {
    }
  }
}
function signalExitCode(signal) {
  return 128 + (import_node_os.constants.signals[signal] ?? 15);
}
function onSignal(signal) {
  if (exiting) return;
  exiting = true;
  if (announce || cleanups.size > 0) process.stderr.write(`pgreview: interrupted by ${signal}; ${cleanups.size > 0 ? "removing the live engine; " : ""}no report is written
`);
  runAll();
  process.exit(signalExitCode(signal));
}
function installSignalHandlers(opts = { announce: true }) {
  if (opts.announce) announce = true;
  if (signalsHooked) return;
  signalsHooked = true;
  for (const s of HANDLED_SIGNALS) process.on(s, onSignal);
}
function registerCleanup(fn) {
  if (!exitHooked) {
    exitHooked = true;
    process.on("exit", runAll);
  }
  installSignalHandlers({ announce: false });
  cleanups.add(fn);
  return () => {
    cleanups.delete(fn);
  };
}

export {
  installSignalHandlers,
  registerCleanup
};
