// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  launch
} from "./chunk-chunk-2BTI7DZV.js";
import "./chunk-chunk-5Y53KC3K.js";
import "./chunk-chunk-TOCCJSQT.js";
import "./chunk-chunk-GH6JA5JI.js";

// src/action/index.ts
await launch(new URL("./action.js", import.meta.url));
