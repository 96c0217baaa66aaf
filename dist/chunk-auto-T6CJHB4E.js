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
} from "./chunk-chunk-DS5SSLUE.js";
import "./chunk-chunk-4TEUXGB6.js";
import "./chunk-chunk-JWT5BNAR.js";
import "./chunk-chunk-RXFZCCSY.js";
import "./chunk-chunk-37EO23M5.js";
import "./chunk-chunk-W62W5GVS.js";
import "./chunk-chunk-2FY3JQCC.js";
import "./chunk-chunk-4N3WD2H6.js";
import "./chunk-chunk-TOCCJSQT.js";
import "./chunk-chunk-BRMR3O6B.js";
import "./chunk-chunk-CLBYSYJ7.js";
import "./chunk-chunk-FDHQXZNQ.js";
import "./chunk-chunk-6M6MGMG4.js";
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
