// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  __commonJS,
  __require
} from "./chunk-chunk-GH6JA5JI.js";

// node-builtin:node:net
var require_node_net = __commonJS({
  "node-builtin:node:net"(exports, module) {
    module.exports = __require("node:net");
  }
});

// node-builtin:node:zlib
var require_node_zlib = __commonJS({
  "node-builtin:node:zlib"(exports, module) {
    module.exports = __require("node:zlib");
  }
});

export {
  require_node_net,
  require_node_zlib
};
