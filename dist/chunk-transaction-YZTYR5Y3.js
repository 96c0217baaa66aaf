// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  cannotRunInTransaction,
  transactionControl
} from "./chunk-chunk-XIXJAQR7.js";
import "./chunk-chunk-2XJHPNLA.js";
export {
  cannotRunInTransaction,
  transactionControl
};
