// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  StatsError,
  collectStatsFromUrl
} from "./chunk-chunk-ZA6ML5CL.js";
import "./chunk-chunk-4TEUXGB6.js";
import "./chunk-chunk-6J73L3QR.js";
import "./chunk-chunk-RXFZCCSY.js";
import {
  STATS_FORMAT,
  STATS_VERSION
} from "./chunk-chunk-AVPNJZXV.js";
import {
  require_node_path
} from "./chunk-chunk-4N3WD2H6.js";
import {
  require_node_fs
} from "./chunk-chunk-CLBYSYJ7.js";
import {
  __toESM
} from "./chunk-chunk-GH6JA5JI.js";

// src/stats/load.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
function parseStats(text, label) {
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new StatsError(`${label} is not JSON: ${e.message}`);
  }
  if (raw?.format !== STATS_FORMAT) throw new StatsError(`${label} is not a pgreview stats file (format is ${JSON.stringify(raw?.format)}, expected "${STATS_FORMAT}")`);
  if (raw.version !== STATS_VERSION) throw new StatsError(`${label} has stats format version ${raw.version}; this pgreview reads version ${STATS_VERSION} (re-run pgreview stats)`);
  for (const k of ["server", "relations", "indexes", "catalog", "settings"]) {
    if (!raw[k] || typeof raw[k] !== "object") throw new StatsError(`${label} lacks "${k}"`);
  }
  const num = (v) => typeof v === "number" && Number.isFinite(v) && v >= 0;
  for (const [name, f] of Object.entries(raw.relations)) {
    const bad = ["relpages", "tableBytes", "toastBytes", "indexBytes", "totalBytes", "liveTuples", "deadTuples", "inserted", "updated", "deleted"].find((k) => !num(f?.[k]));
    if (bad || !(f.reltuples === null || num(f.reltuples))) throw new StatsError(`${label}: relations["${name}"].${bad ?? "reltuples"} is not a count`);
  }
  for (const k of ["schemas", "relations", "columns", "constraints", "indexes", "policies", "triggers", "functions", "extensions", "enums"]) {
    if (!raw.catalog[k] || typeof raw.catalog[k] !== "object") throw new StatsError(`${label} lacks catalog.${k}`);
  }
  return raw;
}
function toProduction(stats, source) {
  const relations = {};
  for (const [name, r] of Object.entries(stats.catalog.relations)) relations[name] = { ...r, oid: 0, relfilenode: 0 };
  return { source, stats, catalog: { ...stats.catalog, relations } };
}
function readStatsFile(file, cwd = process.cwd(), label = file) {
  const abs = import_node_path.default.resolve(cwd, file);
  let text;
  try {
    text = (0, import_node_fs.readFileSync)(abs, "utf8");
  } catch (e) {
    throw new StatsError(`cannot read the stats file ${label}: ${e.code ?? e.message}`);
  }
  const stats = parseStats(text, label);
  return toProduction(stats, `${label}, collected ${stats.collectedAt} from PostgreSQL ${stats.server.version}`);
}
async function loadProductionStats(s) {
  if (s.statsFile) {
    const abs = import_node_path.default.resolve(s.statsFile);
    const rel = import_node_path.default.relative(s.repoRoot, abs);
    return readStatsFile(abs, void 0, s.statsLabel ?? (rel && !rel.startsWith("..") && !import_node_path.default.isAbsolute(rel) ? rel.split(import_node_path.default.sep).join("/") : import_node_path.default.basename(abs)));
  }
  if (s.statsUrl) {
    const stats = await collectStatsFromUrl(s.statsUrl);
    return toProduction(stats, `the stats URL, read at ${stats.collectedAt} from PostgreSQL ${stats.server.version}`);
  }
  return void 0;
}
export {
  loadProductionStats,
  parseStats,
  readStatsFile,
  toProduction
};
