// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  CAPABILITY_TEXT,
  createScreenContext,
  describeCapabilities,
  screenSql,
  screenStatement,
  unresolvedExecutes
} from "./chunk-chunk-PZGBN77R.js";
import "./chunk-chunk-6M6MGMG4.js";
import "./chunk-chunk-GH6JA5JI.js";
export {
  CAPABILITY_TEXT,
  createScreenContext,
  describeCapabilities,
  screenSql,
  screenStatement,
  unresolvedExecutes
};
