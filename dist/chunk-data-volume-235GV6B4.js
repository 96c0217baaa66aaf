// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  DEFAULT_ROWS,
  dataVolumeProbe,
  rehearse
} from "./chunk-chunk-W3UAQ2U7.js";
import "./chunk-chunk-ROPWXVZK.js";
import "./chunk-chunk-TKOF5CCL.js";
import "./chunk-chunk-DE545LQK.js";
import "./chunk-chunk-2VHOIJG7.js";
import "./chunk-chunk-XIXJAQR7.js";
import "./chunk-chunk-4AUGNXXN.js";
import "./chunk-chunk-RXFZCCSY.js";
import "./chunk-chunk-GH6JA5JI.js";
export {
  DEFAULT_ROWS,
  dataVolumeProbe,
  rehearse
};
