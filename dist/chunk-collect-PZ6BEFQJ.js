// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  STATS_DEFAULTS,
  StatsError,
  collectStats,
  collectStatsFromUrl
} from "./chunk-chunk-ZA6ML5CL.js";
import "./chunk-chunk-4TEUXGB6.js";
import "./chunk-chunk-6J73L3QR.js";
import "./chunk-chunk-RXFZCCSY.js";
import "./chunk-chunk-AVPNJZXV.js";
import "./chunk-chunk-GH6JA5JI.js";
export {
  STATS_DEFAULTS,
  StatsError,
  collectStats,
  collectStatsFromUrl
};
