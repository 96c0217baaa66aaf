// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));

// src/stats/format.ts
var STATS_FORMAT = "pgreview-stats";
var STATS_VERSION = 1;
var MIGRATION_SETTINGS = [
  "autovacuum",
  "default_transaction_isolation",
  "deadlock_timeout",
  "idle_in_transaction_session_timeout",
  "lock_timeout",
  "maintenance_work_mem",
  "max_locks_per_transaction",
  "max_parallel_maintenance_workers",
  "max_wal_size",
  "shared_buffers",
  "statement_timeout",
  "wal_level",
  "work_mem"
];
function stableJson(value) {
  const sort = (v) => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === "object") {
      const out = {};
      for (const k of Object.keys(v).sort()) {
        const x = v[k];
        if (x !== void 0) out[k] = sort(x);
      }
      return out;
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}
`;
}

export {
  STATS_FORMAT,
  STATS_VERSION,
  MIGRATION_SETTINGS,
  stableJson
};
