// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  DEFAULT_ROWS,
  PARENT_ROWS,
  dataVolumeProbe,
  dependsOnRows,
  rehearse
} from "./chunk-chunk-MJ56G4PV.js";
import "./chunk-chunk-JMGISYVG.js";
import "./chunk-chunk-KCYWTGNA.js";
import "./chunk-chunk-RXFZCCSY.js";
import "./chunk-chunk-C6VHGLKE.js";
import "./chunk-chunk-EQVHIXAZ.js";
import "./chunk-chunk-GVR6I7EN.js";
import "./chunk-chunk-WQVXYL3R.js";
import "./chunk-chunk-XIXJAQR7.js";
import "./chunk-chunk-GH6JA5JI.js";
export {
  DEFAULT_ROWS,
  PARENT_ROWS,
  dataVolumeProbe,
  dependsOnRows,
  rehearse
};
