// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  EngineStartError,
  chooseEngine,
  createEngine,
  dockerCapabilities,
  localExtensions,
  probeEnvironment,
  startEngine
} from "./chunk-chunk-G6S7WL4O.js";
import "./chunk-chunk-NVRUQLEE.js";
import "./chunk-chunk-RXFZCCSY.js";
import "./chunk-chunk-XQSQVANQ.js";
import "./chunk-chunk-X5TWOEUN.js";
import "./chunk-chunk-XIXJAQR7.js";
import "./chunk-chunk-GH6JA5JI.js";
export {
  EngineStartError,
  chooseEngine,
  createEngine,
  dockerCapabilities,
  localExtensions,
  probeEnvironment,
  startEngine
};
