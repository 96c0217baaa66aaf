// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  PgDatabase
} from "./chunk-chunk-4TEUXGB6.js";
import {
  NOT_EXT,
  USER_NS,
  qn,
  snapshotCatalog
} from "./chunk-chunk-6J73L3QR.js";
import {
  MIGRATION_SETTINGS,
  STATS_FORMAT,
  STATS_VERSION
} from "./chunk-chunk-AVPNJZXV.js";

// src/stats/collect.ts
var STATS_DEFAULTS = { statementTimeoutMs: 5e3, lockTimeoutMs: 1e3, callTimeoutMs: 15e3 };
var RELKIND = { r: "table", p: "partitioned table", m: "materialized view" };
var StatsError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "StatsError";
  }
};
async function collectStatsFromUrl(url, opts = {}) {
  const callTimeoutMs = opts.callTimeoutMs ?? STATS_DEFAULTS.callTimeoutMs;
  let db;
  try {
    db = await PgDatabase.connect({ engine: "url", config: { connectionString: url, application_name: "pgreview stats" }, defaultTimeoutMs: callTimeoutMs });
  } catch (e) {
    throw new StatsError(`could not connect to the stats database: ${scrub(e.message, url)}`);
  }
  try {
    return await collectStats(db, opts);
  } catch (e) {
    throw new StatsError(`reading statistics failed: ${scrub(e.message, url)}`);
  } finally {
    await db.query("rollback").catch(() => void 0);
    await db.close().catch(() => void 0);
  }
}
function scrub(message, url) {
  let out = message.split(url).join("<stats url>");
  try {
    const pw = decodeURIComponent(new URL(url).password);
    if (pw) out = out.split(pw).join("***");
  } catch {
  }
  return out;
}
async function collectStats(db, opts = {}) {
  const st = opts.statementTimeoutMs ?? STATS_DEFAULTS.statementTimeoutMs;
  const lt = opts.lockTimeoutMs ?? STATS_DEFAULTS.lockTimeoutMs;
  const call = { timeoutMs: opts.callTimeoutMs ?? STATS_DEFAULTS.callTimeoutMs };
  await db.query("begin", void 0, call);
  await db.query("set transaction read only", void 0, call);
  await db.query(`set local statement_timeout = ${Math.round(st)}`, void 0, call);
  await db.query(`set local lock_timeout = ${Math.round(lt)}`, void 0, call);
  const run = async (sql) => (await db.query(sql, void 0, call)).rows;
  const [session] = await run(
    `select current_user as role, current_database() as db, current_setting('transaction_read_only') as ro,
            current_setting('statement_timeout') as st, current_setting('lock_timeout') as lt,
            split_part(current_setting('server_version'), ' ', 1) as version, current_setting('server_version_num') as num,
            current_setting('block_size') as bs`
  );
  const blockSize = Number(session.bs);
  const settings = {};
  for (const r of await run(
    `select name, reset_val, unit from pg_settings where name in (${MIGRATION_SETTINGS.map((s) => `'${s}'`).join(", ")})`
  )) {
    settings[r.name] = r.unit ? { value: r.reset_val, unit: r.unit } : { value: r.reset_val };
  }
  const catalog = await snapshotCatalog(db, call);
  const relationsOut = {};
  for (const [name, { oid: _oid, relfilenode: _rfn, ...rest }] of Object.entries(catalog.relations)) relationsOut[name] = rest;
  const relations = {};
  const byOid = /* @__PURE__ */ new Map();
  const rows = await run(`
    select c.oid::int8 as oid, n.nspname, c.relname, c.relkind::text as relkind, c.reltuples::float8 as reltuples, c.relpages::int8 as relpages,
           coalesce(t.relpages, 0)::int8 as toast_pages,
           coalesce((select sum(ic.relpages) from pg_index x join pg_class ic on ic.oid = x.indexrelid where x.indrelid = c.oid), 0)::int8 as index_pages,
           coalesce(s.n_live_tup, 0)::int8 as live, coalesce(s.n_dead_tup, 0)::int8 as dead,
           coalesce(s.n_tup_ins, 0)::int8 as ins, coalesce(s.n_tup_upd, 0)::int8 as upd, coalesce(s.n_tup_del, 0)::int8 as del,
           greatest(s.last_analyze, s.last_autoanalyze) as analyzed
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      left join pg_class t on t.oid = c.reltoastrelid
      left join pg_stat_all_tables s on s.relid = c.oid
     where c.relkind in ('r', 'p', 'm') and ${USER_NS} and ${NOT_EXT("pg_class", "c.oid")}`);
  for (const r of rows) {
    const name = qn(r.nspname, r.relname);
    byOid.set(Number(r.oid), name);
    const [relpages, toast, index] = [Number(r.relpages), Number(r.toast_pages), Number(r.index_pages)];
    relations[name] = {
      kind: RELKIND[r.relkind] ?? "table",
      // PG 14+ writes -1 for "never analyzed"; older servers write 0 with relpages 0.
      reltuples: Number(r.reltuples) < 0 || Number(r.reltuples) === 0 && relpages === 0 && r.analyzed == null ? null : Math.round(Number(r.reltuples)),
      relpages,
      tableBytes: relpages * blockSize,
      toastBytes: toast * blockSize,
      indexBytes: index * blockSize,
      totalBytes: (relpages + toast + index) * blockSize,
      liveTuples: Number(r.live),
      deadTuples: Number(r.dead),
      inserted: Number(r.ins),
      updated: Number(r.upd),
      deleted: Number(r.del),
      analyzedAt: r.analyzed ? new Date(r.analyzed).toISOString() : void 0
    };
  }
  const parts = await run(`select inhparent::int8 as parent, inhrelid::int8 as child from pg_inherits`);
  const childrenOf = /* @__PURE__ */ new Map();
  for (const p of parts) {
    const parent = byOid.get(Number(p.parent));
    const child = byOid.get(Number(p.child));
    if (parent && child) childrenOf.set(parent, [...childrenOf.get(parent) ?? [], child]);
  }
  const sumInto = (name, seen = /* @__PURE__ */ new Set()) => {
    const f = relations[name];
    if (f.kind !== "partitioned table" || seen.has(name)) return f;
    seen.add(name);
    const kids = (childrenOf.get(name) ?? []).map((c) => sumInto(c, seen));
    const add = (k) => kids.reduce((s, x) => s + (Number(x[k]) || 0), Number(f[k]) || 0);
    const known = kids.filter((k) => k.reltuples !== null);
    Object.assign(f, {
      reltuples: known.length ? known.reduce((s, k) => s + k.reltuples, 0) : null,
      relpages: add("relpages"),
      tableBytes: add("tableBytes"),
      toastBytes: add("toastBytes"),
      indexBytes: add("indexBytes"),
      totalBytes: add("totalBytes"),
      liveTuples: add("liveTuples"),
      deadTuples: add("deadTuples"),
      inserted: add("inserted"),
      updated: add("updated"),
      deleted: add("deleted")
    });
    return f;
  };
  for (const name of Object.keys(relations)) sumInto(name);
  const indexes = {};
  for (const r of await run(`
    select n.nspname, ic.relname as index, t.relname as table, ic.relpages::int8 as relpages
      from pg_index x join pg_class ic on ic.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      join pg_namespace n on n.oid = ic.relnamespace
     where ${USER_NS} and ${NOT_EXT("pg_class", "t.oid")}`)) {
    indexes[qn(r.nspname, r.index)] = { table: qn(r.nspname, r.table), relpages: Number(r.relpages), bytes: Number(r.relpages) * blockSize };
  }
  return {
    format: STATS_FORMAT,
    version: STATS_VERSION,
    tool: `pgreview ${opts.toolVersion ?? ""}`.trim(),
    collectedAt: (opts.now ?? /* @__PURE__ */ new Date()).toISOString(),
    server: { version: session.version, versionNum: Number(session.num), blockSize },
    session: { role: session.role, database: session.db, readOnly: session.ro === "on", statementTimeout: session.st, lockTimeout: session.lt },
    writeAccess: await writeAccess(run),
    settings,
    relations,
    indexes,
    catalog: { ...catalog, relations: relationsOut }
  };
}
async function writeAccess(run) {
  const [r] = await run(`
    select r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
           has_database_privilege(current_database(), 'CREATE') as db_create,
           array(select n.nspname::text from pg_namespace n where ${USER_NS} and has_schema_privilege(n.oid, 'CREATE') order by 1) as schemas,
           array(select quote_ident(n.nspname) || '.' || quote_ident(c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  where c.relkind in ('r', 'p') and ${USER_NS}
                    and (has_table_privilege(c.oid, 'INSERT') or has_table_privilege(c.oid, 'UPDATE') or has_table_privilege(c.oid, 'DELETE') or has_table_privilege(c.oid, 'TRUNCATE'))
                  order by 1) as tables
      from pg_roles r where r.rolname = current_user`);
  const out = [];
  if (!r) return ["the current role was not found in pg_roles"];
  if (r.rolsuper) out.push("superuser");
  if (r.rolbypassrls) out.push("BYPASSRLS");
  if (r.rolcreaterole) out.push("CREATEROLE");
  if (r.rolcreatedb) out.push("CREATEDB");
  if (r.db_create) out.push("CREATE on the database");
  if (r.schemas?.length) out.push(`CREATE on schema ${r.schemas.join(", ")}`);
  const tables = r.tables ?? [];
  if (tables.length) out.push(`INSERT/UPDATE/DELETE/TRUNCATE on ${tables.length} table(s) (${tables.slice(0, 5).join(", ")}${tables.length > 5 ? ", …" : ""})`);
  return out;
}

export {
  STATS_DEFAULTS,
  StatsError,
  collectStatsFromUrl,
  collectStats
};
