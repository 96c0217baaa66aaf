// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  require_node_os
} from "./chunk-chunk-W62W5GVS.js";
import {
  require_node_url
} from "./chunk-chunk-2FY3JQCC.js";
import {
  require_node_path
} from "./chunk-chunk-4N3WD2H6.js";
import {
  require_node_v8
} from "./chunk-chunk-5Y53KC3K.js";
import {
  require_node_fs
} from "./chunk-chunk-CLBYSYJ7.js";
import {
  require_node_crypto
} from "./chunk-chunk-FDHQXZNQ.js";
import {
  __toESM
} from "./chunk-chunk-GH6JA5JI.js";

// src/live/base-cache.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_node_url = __toESM(require_node_url(), 1);
var import_node_v8 = __toESM(require_node_v8(), 1);
var BASE_CACHE_FORMAT = 3;
var DEFAULT_BASE_CACHE_MAX_BYTES = 2 * 1024 ** 3;
function defaultBaseCacheDir(env = process.env) {
  return import_node_path.default.join(env.XDG_CACHE_HOME || import_node_path.default.join(import_node_os.default.homedir(), ".cache"), "pgreview");
}
var BEFORE_FILE = "before.v8";
var sha = (s) => (0, import_node_crypto.createHash)("sha256").update(s).digest("hex");
var buildHash;
function pgreviewBuild() {
  if (buildHash) return buildHash;
  try {
    const self = (0, import_node_url.fileURLToPath)(import.meta.url);
    const h = (0, import_node_crypto.createHash)("sha256");
    for (const f of self.endsWith(".ts") ? sourceFiles(import_node_path.default.dirname(self)) : [self]) h.update(f).update((0, import_node_fs.readFileSync)(f));
    buildHash = h.digest("hex");
  } catch {
    buildHash = "unknown";
  }
  return buildHash;
}
function sourceFiles(dir) {
  return (0, import_node_fs.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).flatMap((d) => d.isDirectory() ? sourceFiles(import_node_path.default.join(dir, d.name)) : d.name.endsWith(".ts") ? [import_node_path.default.join(dir, d.name)] : []);
}
function baseCacheKey(k) {
  const h = (0, import_node_crypto.createHash)("sha256");
  const part = (name, value) => h.update(`${name}\0${value.length}\0${value}\0`);
  part("format", String(BASE_CACHE_FORMAT));
  part("pgreview", pgreviewBuild());
  part("engine", k.engine);
  part("preset", k.preset);
  part("prepare", sha(k.prepareSql));
  part("layout", k.layout);
  part("history", k.history);
  part("runner", sha(k.runnerSql));
  part("migrator", k.migrator);
  for (const s of k.base) {
    part("file", `${s.source.file}:${s.source.startLine}:${s.direction}:${s.migration.id}:${s.migration.transactional}:${sha(s.source.text)}`);
  }
  const engineId = k.engine.split(" ")[0].replace(/[^a-z0-9]/gi, "");
  return `${engineId}-${k.preset.replace(/[^a-z0-9]/gi, "")}-${h.digest("hex").slice(0, 40)}`;
}
function notCacheable(trace) {
  if (trace.stopped) return `the run stopped early (${trace.stopped})`;
  if (trace.restarts.length) return "the engine restarted during the run";
  const timedOut = (m) => !!m && /time limit|statement timeout|canceling statement/i.test(m);
  if (trace.gaps.some((g) => g.code === "57014" || timedOut(g.message))) return "a base statement hit a time limit";
  if (trace.migrations.some((m) => m.status === "base" && timedOut(m.error?.message))) return "a base migration hit a time limit";
  return void 0;
}
function mentionsAny(entry, files) {
  for (const f of files) if (entry.startsWith(`${f}:`) || entry.includes(`(${f}:`)) return true;
  return false;
}
function baseRecordOf(trace, changedFiles, key, engine, engineStartMs) {
  return {
    format: BASE_CACHE_FORMAT,
    key,
    engine,
    createdAt: (/* @__PURE__ */ new Date()).toISOString(),
    reports: structuredClone(trace.migrations.filter((m) => m.status === "base")),
    gaps: structuredClone(trace.gaps),
    superuser: trace.superuser.filter((s) => !mentionsAny(s, changedFiles)),
    standIns: structuredClone(trace.standIns.filter((s) => !changedFiles.has(s.file))),
    externalRoles: [...trace.baseExternalRoles ?? []],
    baseMs: trace.timings.baseMs,
    engineStartMs
  };
}
function withBaseRecord(trace, record, restoreMs) {
  const changed = trace.migrations.filter((m) => m.status !== "base");
  const standIns = [...structuredClone(record.standIns)];
  for (const s of trace.standIns) if (!standIns.some((x) => x.extension === s.extension && x.file === s.file && x.line === s.line)) standIns.push(s);
  return {
    ...trace,
    migrations: [...structuredClone(record.reports), ...changed],
    gaps: [...structuredClone(record.gaps), ...trace.gaps],
    superuser: [...record.superuser, ...trace.superuser],
    standIns,
    externalRoles: [.../* @__PURE__ */ new Set([...record.externalRoles ?? [], ...trace.externalRoles ?? []])].sort(),
    baseExternalRoles: [...record.externalRoles ?? []],
    timings: { ...trace.timings, baseMs: restoreMs }
  };
}
var BaseCache = class {
  constructor(dir, opts = {}) {
    this.dir = dir;
    this.opts = opts;
  }
  dir;
  opts;
  /** The entry's catalog snapshot, read while the engine starts from the entry (see lookup). */
  early;
  entry(key) {
    return import_node_path.default.join(this.dir, key);
  }
  /** The entry for `key` here, else from the remote cache; undefined on a miss or an unreadable entry. */
  async lookup(key) {
    const hit = await this.find(key);
    if (hit?.record.beforePrints) setImmediate(() => this.early = { key, before: this.readBefore(key) });
    return hit;
  }
  async find(key) {
    const local = this.read(key);
    if (local) return { ...local, from: "local" };
    if (!this.opts.remote) return void 0;
    (0, import_node_fs.mkdirSync)(this.dir, { recursive: true });
    const target = this.entry(key);
    (0, import_node_fs.rmSync)(target, { recursive: true, force: true });
    try {
      if (!await this.opts.remote.restore(key, target)) return void 0;
    } catch {
      return void 0;
    }
    const restored = this.read(key);
    if (!restored) (0, import_node_fs.rmSync)(target, { recursive: true, force: true });
    return restored && { ...restored, from: "remote" };
  }
  read(key) {
    const dir = this.entry(key);
    try {
      const record = JSON.parse((0, import_node_fs.readFileSync)(import_node_path.default.join(dir, "record.json"), "utf8"));
      if (record.format !== BASE_CACHE_FORMAT || record.key !== key) return void 0;
      const now = /* @__PURE__ */ new Date();
      (0, import_node_fs.utimesSync)(dir, now, now);
      return { stateDir: import_node_path.default.join(dir, "state"), record };
    } catch {
      return void 0;
    }
  }
  /** A new staging folder inside the cache folder (same file system: the final rename is atomic). */
  stagingDir() {
    (0, import_node_fs.mkdirSync)(this.dir, { recursive: true });
    return import_node_path.default.join(this.dir, `.staging-${process.pid}-${(0, import_node_crypto.randomBytes)(6).toString("hex")}`);
  }
  /** A folder for the engine to save its state into; commit() or discard() it. */
  stage() {
    const dir = this.stagingDir();
    (0, import_node_fs.mkdirSync)(import_node_path.default.join(dir, "state"), { recursive: true });
    return { dir, stateDir: import_node_path.default.join(dir, "state") };
  }
  /** Put a staged entry in place (a concurrent run that got there first wins) and keep the folder bounded. */
  commit(staged, record, before) {
    this.early = void 0;
    if (before && record.beforePrints) (0, import_node_fs.writeFileSync)(import_node_path.default.join(staged.dir, BEFORE_FILE), (0, import_node_v8.serialize)(before));
    else record = { ...record, beforePrints: void 0 };
    (0, import_node_fs.writeFileSync)(import_node_path.default.join(staged.dir, "record.json"), JSON.stringify(record));
    const target = this.entry(record.key);
    try {
      if ((0, import_node_fs.existsSync)(target)) (0, import_node_fs.rmSync)(staged.dir, { recursive: true, force: true });
      else (0, import_node_fs.renameSync)(staged.dir, target);
    } catch {
      (0, import_node_fs.rmSync)(staged.dir, { recursive: true, force: true });
    }
    this.opts.remote?.saved?.(record.key, target);
    this.bound(record.key);
    return target;
  }
  /** The catalog snapshot after the base that entry `key` holds; undefined when it has none or it cannot be read. */
  before(key) {
    const early = this.early;
    this.early = void 0;
    return early?.key === key ? early.before : this.readBefore(key);
  }
  readBefore(key) {
    try {
      return (0, import_node_v8.deserialize)((0, import_node_fs.readFileSync)(import_node_path.default.join(this.entry(key), BEFORE_FILE)));
    } catch {
      return void 0;
    }
  }
  /** Remove an entry that could not be started from. */
  remove(key) {
    this.early = void 0;
    (0, import_node_fs.rmSync)(this.entry(key), { recursive: true, force: true });
  }
  discard(staged) {
    (0, import_node_fs.rmSync)(staged.dir, { recursive: true, force: true });
  }
  /** Remove the least recently used entries (never `keep`) until the folder fits; stale staging folders too. */
  bound(keep) {
    const max = this.opts.maxBytes ?? DEFAULT_BASE_CACHE_MAX_BYTES;
    const entries = [];
    for (const name of (0, import_node_fs.readdirSync)(this.dir)) {
      const p = import_node_path.default.join(this.dir, name);
      const st = (0, import_node_fs.statSync)(p);
      if (name.startsWith(".staging-")) {
        if (Date.now() - st.mtimeMs > 36e5) (0, import_node_fs.rmSync)(p, { recursive: true, force: true });
        continue;
      }
      if (st.isDirectory()) entries.push({ name, bytes: folderBytes(p), used: st.mtimeMs });
    }
    let total = entries.reduce((n, e) => n + e.bytes, 0);
    for (const e of entries.sort((a, b) => a.used - b.used)) {
      if (total <= max) break;
      if (e.name === keep) continue;
      (0, import_node_fs.rmSync)(import_node_path.default.join(this.dir, e.name), { recursive: true, force: true });
      total -= e.bytes;
    }
  }
};
function folderBytes(p) {
  let n = 0;
  for (const d of (0, import_node_fs.readdirSync)(p, { withFileTypes: true })) {
    const f = import_node_path.default.join(p, d.name);
    n += d.isDirectory() ? folderBytes(f) : d.isFile() ? (0, import_node_fs.statSync)(f).size : 0;
  }
  return n;
}

export {
  DEFAULT_BASE_CACHE_MAX_BYTES,
  defaultBaseCacheDir,
  baseCacheKey,
  notCacheable,
  baseRecordOf,
  withBaseRecord,
  BaseCache
};
