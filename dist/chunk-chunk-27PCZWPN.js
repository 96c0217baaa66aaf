// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  __commonJS,
  __require
} from "./chunk-chunk-GH6JA5JI.js";

// node-builtin:node:buffer
var require_node_buffer = __commonJS({
  "node-builtin:node:buffer"(exports, module) {
    module.exports = __require("node:buffer");
  }
});

// node-builtin:node:assert
var require_node_assert = __commonJS({
  "node-builtin:node:assert"(exports, module) {
    module.exports = __require("node:assert");
  }
});

// node-builtin:node:http
var require_node_http = __commonJS({
  "node-builtin:node:http"(exports, module) {
    module.exports = __require("node:http");
  }
});

// node-builtin:node:stream
var require_node_stream = __commonJS({
  "node-builtin:node:stream"(exports, module) {
    module.exports = __require("node:stream");
  }
});

// node-builtin:node:util
var require_node_util = __commonJS({
  "node-builtin:node:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

// node-builtin:node:querystring
var require_node_querystring = __commonJS({
  "node-builtin:node:querystring"(exports, module) {
    module.exports = __require("node:querystring");
  }
});

// node-builtin:node:events
var require_node_events = __commonJS({
  "node-builtin:node:events"(exports, module) {
    module.exports = __require("node:events");
  }
});

// node-builtin:node:tls
var require_node_tls = __commonJS({
  "node-builtin:node:tls"(exports, module) {
    module.exports = __require("node:tls");
  }
});

// node-builtin:node:dns
var require_node_dns = __commonJS({
  "node-builtin:node:dns"(exports, module) {
    module.exports = __require("node:dns");
  }
});

// node-builtin:node:diagnostics_channel
var require_node_diagnostics_channel = __commonJS({
  "node-builtin:node:diagnostics_channel"(exports, module) {
    module.exports = __require("node:diagnostics_channel");
  }
});

// node-builtin:node:perf_hooks
var require_node_perf_hooks = __commonJS({
  "node-builtin:node:perf_hooks"(exports, module) {
    module.exports = __require("node:perf_hooks");
  }
});

// node-builtin:node:util/types
var require_types = __commonJS({
  "node-builtin:node:util/types"(exports, module) {
    module.exports = __require("node:util/types");
  }
});

// node-builtin:node:http2
var require_node_http2 = __commonJS({
  "node-builtin:node:http2"(exports, module) {
    module.exports = __require("node:http2");
  }
});

// node-builtin:node:async_hooks
var require_node_async_hooks = __commonJS({
  "node-builtin:node:async_hooks"(exports, module) {
    module.exports = __require("node:async_hooks");
  }
});

// node-builtin:node:console
var require_node_console = __commonJS({
  "node-builtin:node:console"(exports, module) {
    module.exports = __require("node:console");
  }
});

export {
  require_node_assert,
  require_node_http,
  require_node_stream,
  require_node_buffer,
  require_node_util,
  require_node_querystring,
  require_node_events,
  require_node_diagnostics_channel,
  require_node_tls,
  require_node_perf_hooks,
  require_types,
  require_node_http2,
  require_node_async_hooks,
  require_node_console,
  require_node_dns
};
