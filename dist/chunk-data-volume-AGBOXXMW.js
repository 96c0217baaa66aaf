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
} from "./chunk-chunk-44R75WX5.js";
import "./chunk-chunk-BPGX7Z37.js";
import "./chunk-chunk-6J73L3QR.js";
import "./chunk-chunk-RXFZCCSY.js";
import "./chunk-chunk-OCYTV6TQ.js";
import "./chunk-chunk-WZTMJWE7.js";
import "./chunk-chunk-FDHQXZNQ.js";
import "./chunk-chunk-PZGBN77R.js";
import "./chunk-chunk-6M6MGMG4.js";
import "./chunk-chunk-XIXJAQR7.js";
import "./chunk-chunk-GH6JA5JI.js";
export {
  DEFAULT_ROWS,
  PARENT_ROWS,
  dataVolumeProbe,
  dependsOnRows,
  rehearse
};
