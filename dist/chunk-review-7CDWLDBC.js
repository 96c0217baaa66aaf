// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  RowFactory,
  Shapes,
  attempt,
  changedUp,
  dataVolumeProbe,
  describeDelta,
  q,
  raisedIn,
  relationRef,
  rolledBack,
  runStatements,
  serverVersionNum,
  setJwtClaims,
  unsetSessionSetting,
  walkNodes
} from "./chunk-chunk-44R75WX5.js";
import {
  startEngine
} from "./chunk-chunk-DS5SSLUE.js";
import "./chunk-chunk-4TEUXGB6.js";
import "./chunk-chunk-JWT5BNAR.js";
import {
  mergeRollbacks,
  offerRollback,
  rollbackFor
} from "./chunk-chunk-F4QCVBZA.js";
import {
  MIGRATOR_ROLE,
  applyTraced,
  standInNote
} from "./chunk-chunk-BPGX7Z37.js";
import {
  catalogUnchangedSince,
  diffCatalog,
  emptyCatalog,
  printSettingsSql,
  refreshStatistics,
  snapshotCatalog
} from "./chunk-chunk-6J73L3QR.js";
import "./chunk-chunk-RXFZCCSY.js";
import {
  BaseCache,
  baseCacheKey,
  baseRecordOf,
  notCacheable,
  withBaseRecord
} from "./chunk-chunk-ACLYFEMM.js";
import {
  INTENT,
  SEVERITY_RANK,
  finalizeFinding,
  findIgnore,
  notRun,
  partialApply,
  toFinding
} from "./chunk-chunk-PDZBGKPF.js";
import {
  afterFirstApply,
  engineGapCause,
  extensionDefines,
  markEnvironmentFailures,
  missingName,
  readEngineGaps,
  statementAt,
  statementTargets
} from "./chunk-chunk-OCYTV6TQ.js";
import "./chunk-chunk-37EO23M5.js";
import "./chunk-chunk-W62W5GVS.js";
import {
  require_node_url
} from "./chunk-chunk-2FY3JQCC.js";
import {
  require_node_path
} from "./chunk-chunk-4N3WD2H6.js";
import {
  codeTokens,
  lockStrength,
  namesObject,
  objectParts,
  runnerSetup,
  tokensName
} from "./chunk-chunk-WZTMJWE7.js";
import "./chunk-chunk-5Y53KC3K.js";
import "./chunk-chunk-TOCCJSQT.js";
import "./chunk-chunk-BRMR3O6B.js";
import {
  require_node_fs
} from "./chunk-chunk-CLBYSYJ7.js";
import {
  require_node_crypto
} from "./chunk-chunk-FDHQXZNQ.js";
import {
  describeCapabilities,
  walk
} from "./chunk-chunk-PZGBN77R.js";
import {
  parsePlpgsql,
  parseSync
} from "./chunk-chunk-6M6MGMG4.js";
import "./chunk-chunk-XIXJAQR7.js";
import {
  __toESM
} from "./chunk-chunk-GH6JA5JI.js";

// src/live/presets.ts
var import_node_fs = __toESM(require_node_fs(), 1);
var import_node_path = __toESM(require_node_path(), 1);
var import_node_url = __toESM(require_node_url(), 1);

// src/live/probe-role.ts
var PROBE_ROLE = "pgreview_prober";
var OUTSIDE_ROLES = ["pg_execute_server_program", "pg_read_server_files", "pg_write_server_files", "pg_signal_backend"];
function probeRoleSql(migrator) {
  const lit = (s) => `'${s.replace(/'/g, "''")}'`;
  return `DO $pgreview$
DECLARE
  v int := current_setting('server_version_num')::int;
  r record;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${lit(PROBE_ROLE)}) THEN
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION BYPASSRLS INHERIT', ${lit(PROBE_ROLE)});
  END IF;
  IF v >= 150000 THEN
    EXECUTE format('GRANT SET ON PARAMETER session_replication_role TO %I', ${lit(PROBE_ROLE)});
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${lit(migrator)}) THEN
    RETURN;
  END IF;
  IF v >= 160000 THEN
    EXECUTE format('GRANT %I TO %I WITH INHERIT TRUE, SET FALSE', ${lit(migrator)}, ${lit(PROBE_ROLE)});
  ELSE
    EXECUTE format('GRANT %I TO %I', ${lit(migrator)}, ${lit(PROBE_ROLE)});
  END IF;
  -- The roles the migration role may become (API roles), unless they carry attributes of their own.
  FOR r IN
    SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
     WHERE u.rolname = ${lit(migrator)} AND NOT g.rolsuper AND NOT g.rolcreaterole AND NOT g.rolreplication
       AND g.rolname NOT LIKE 'pg\\_%'
  LOOP
    EXECUTE format('GRANT %I TO %I', r.rolname, ${lit(PROBE_ROLE)});
  END LOOP;
END
$pgreview$;`;
}
async function outsideReach(db, role, opts = {}) {
  const r = await db.query(
    `with v as (select current_setting('server_version_num')::int as n),
          target as (select oid from pg_catalog.pg_roles where rolname = $1),
          can_become as (
            select s.rolname, s.rolsuper, s.rolcreaterole from pg_catalog.pg_roles s, target t, v
             where pg_catalog.pg_has_role(t.oid, s.oid, case when v.n >= 160000 then 'SET' else 'MEMBER' end))
     select 'can become ' || rolname || ', a superuser' as problem from can_become where rolsuper
     union all
     select 'can become ' || rolname || ', which has CREATEROLE' from can_become where rolcreaterole and not $2
     union all
     select 'is a member of ' || p.rolname from pg_catalog.pg_roles p, target t
      where p.rolname = any($3::text[]) and pg_catalog.pg_has_role(t.oid, p.oid, 'MEMBER')
     order by 1`,
    [role, opts.allowCreateRole ?? false, [...OUTSIDE_ROLES]],
    { timeoutMs: opts.timeoutMs ?? 3e4 }
  );
  return r.rows.map((x) => `${role} ${x.problem}`);
}
var ProbeSession = class _ProbeSession {
  constructor(conn, role, usable = true) {
    this.conn = conn;
    this.role = role;
    this.usable = usable;
  }
  conn;
  role;
  usable;
  /** What went wrong switching roles (said in the engine notes). */
  notes = [];
  /** PR code switched the PGlite session away from the probe role (a finding). */
  escapes = [];
  /** PR code a probe ran again left standard_conforming_strings off; it was turned back on before the next call (a finding). */
  stringsOff = false;
  /**
   * Create the probe role (superuser `main`, before the migrations) and log in as it where the
   * engine can. Without the role (no migration role in the preset, url engine) probes run on `main`.
   */
  static async open(engine, main, migrator) {
    if (main.rollbackOnly) return new _ProbeSession(void 0, "");
    try {
      await main.exec(probeRoleSql(migrator), { timeoutMs: 3e4 });
    } catch (e) {
      const s = new _ProbeSession(void 0, "", false);
      s.notes.push(`probes were not run: the probe role could not be created (${e.message})`);
      return s;
    }
    if (!engine.connectAs) return new _ProbeSession(void 0, PROBE_ROLE);
    try {
      return new _ProbeSession(await engine.connectAs(PROBE_ROLE), PROBE_ROLE);
    } catch (e) {
      const s = new _ProbeSession(void 0, "", false);
      s.notes.push(`probes were not run: no login as ${PROBE_ROLE} (${e.message})`);
      return s;
    }
  }
  /** Run `fn` with the database probes use; `main` is the superuser connection of the moment (PGlite restarts replace it). */
  async run(main, fn) {
    if (this.conn) return this.noticingStringsOff(this.conn, fn);
    if (!this.role) return this.noticingStringsOff(main, fn);
    const original = (await main.query("select session_user::text as s", void 0, { timeoutMs: 3e4 })).rows[0].s;
    const escaped = (user) => this.escapes.push(`a probe's session became ${user} instead of ${PROBE_ROLE}: code of the pull request switched it (SET SESSION AUTHORIZATION); it was switched back after that statement`);
    await main.query(`set session authorization ${PROBE_ROLE}`, void 0, { timeoutMs: 3e4 });
    try {
      const unpin = await main.pinSessionUser?.(PROBE_ROLE, escaped).catch(() => void 0);
      if (!unpin) throw new Error(`the ${main.engine} engine cannot keep the probe session's user after each statement: probes not run`);
      try {
        return await this.noticingStringsOff(main, fn);
      } finally {
        await unpin().catch(() => void 0);
      }
    } finally {
      if (main.alive) {
        await main.query(`set session authorization "${original.replace(/"/g, '""')}"`, void 0, { timeoutMs: 3e4 }).catch((e) => this.notes.push(`could not switch back from ${PROBE_ROLE}: ${e.message}`));
      }
    }
  }
  /**
   * `fn`, and whether PR code it ran again left standard_conforming_strings off (every call turns it
   * back on first, so nothing was read otherwise than it was screened): said as a finding.
   */
  async noticingStringsOff(db, fn) {
    db.takeStringsOff();
    try {
      return await fn(db);
    } finally {
      if (db.takeStringsOff()) this.stringsOff = true;
    }
  }
  async close() {
    await this.conn?.close().catch(() => void 0);
  }
};

// src/live/presets.ts
var PRESET_IDS = ["supabase", "neon", "plain"];
function presetsDir() {
  if (process.env.PGREVIEW_PRESETS_DIR) return import_node_path.default.resolve(process.env.PGREVIEW_PRESETS_DIR);
  for (const rel of ["./presets", "../../presets"]) {
    const p = (0, import_node_url.fileURLToPath)(new URL(rel + "/", import.meta.url));
    if ((0, import_node_fs.existsSync)(import_node_path.default.join(p, "plain.sql"))) return p;
  }
  throw new Error("presets folder not found (set PGREVIEW_PRESETS_DIR)");
}
function loadPreset(id) {
  if (!PRESET_IDS.includes(id)) throw new Error(`unknown preset ${id}`);
  const file = import_node_path.default.join(presetsDir(), `${id}.sql`);
  return { id, sql: (0, import_node_fs.readFileSync)(file, "utf8"), file };
}
function standInExtensions(id) {
  const sql = loadPreset(id).sql;
  const at = sql.indexOf("INSERT INTO pgreview_admin.standin_extensions");
  if (at < 0) return [];
  return [...sql.slice(at).matchAll(/^\('([\w-]+)', '/gm)].map((m) => m[1]);
}
function presetPrepare(id) {
  return { key: `preset-${id}`, sql: loadPreset(id).sql };
}
function reviewPrepare(id) {
  const preset = presetPrepare(id);
  return { key: `${preset.key}-probes`, sql: `${preset.sql}
${probeRoleSql(MIGRATOR_ROLE)}` };
}
var SUPABASE_SQL = /\bauth\s*\.\s*(?:uid|jwt|role|email)\s*\(|\bauth\s*\.\s*users\b|\bstorage\s*\.\s*(?:objects|buckets)\b|\bto\s+(?:anon|authenticated|service_role)\b/i;
function choosePreset(layout, statements) {
  if (layout === "supabase") return { id: "supabase", reason: "the migrations use the Supabase CLI layout" };
  for (const s of statements) {
    const m = SUPABASE_SQL.exec(s.sql);
    if (m) return { id: "supabase", reason: `${s.file}:${s.span.line} uses ${m[0].replace(/\s+/g, " ")}, which a Supabase project provides` };
  }
  return { id: "plain", reason: "no Supabase layout or Supabase objects referenced" };
}

// src/live/catalog-delta.ts
var WATCHED = [
  "pg_namespace",
  "pg_class",
  "pg_attribute",
  "pg_attrdef",
  "pg_constraint",
  "pg_index",
  "pg_inherits",
  "pg_policy",
  "pg_trigger",
  "pg_proc",
  "pg_type",
  "pg_enum",
  "pg_extension",
  "pg_depend",
  "pg_language",
  "pg_collation",
  "pg_operator",
  "pg_opclass",
  "pg_opfamily",
  "pg_am",
  "pg_ts_config",
  "pg_ts_dict",
  "pg_authid",
  "pg_auth_members"
];
var PRINTS_SQL = `md5(concat_ws('|', current_user, session_user, ${printSettingsSql()}))`;
var WRITES = (t) => `pg_stat_get_xact_tuples_inserted('${t}'::regclass) + pg_stat_get_xact_tuples_updated('${t}'::regclass) + pg_stat_get_xact_tuples_deleted('${t}'::regclass)`;
var STATE_SQL = `select current_setting('track_counts') = 'on' as counted,
  concat_ws(',', now(), ${WATCHED.map(WRITES).join(", ")}) as writes,
  ${PRINTS_SQL} as prints`;
async function printState(db, opts = {}) {
  return (await db.query(`select ${PRINTS_SQL} as prints`, void 0, opts)).rows[0].prints;
}
var CatalogDelta = class _CatalogDelta {
  constructor(db, opts, current, state) {
    this.db = db;
    this.opts = opts;
    this.current = current;
    this.state = state;
  }
  db;
  opts;
  current;
  state;
  /** Steps read from a full snapshot, steps the cheap check showed unchanged, starts from a snapshot already read (for tests and benches). */
  counts = { snapshots: 0, unchanged: 0, reused: 0 };
  /**
   * Snapshot the catalog once (without the rollback's definitions) and note where it stands; or
   * start from `from`, a snapshot read earlier (the trace's after the changed migrations), when
   * nothing has changed since it was read (catalogUnchangedSince).
   */
  static async start(db, opts = {}, from) {
    const reuse = !!from && await catalogUnchangedSince(db, from, opts);
    const current = reuse ? from : await snapshotCatalog(db, { ...opts, defs: false });
    const delta = new _CatalogDelta(db, opts, current, void 0);
    if (reuse) delta.counts.reused++;
    delta.state = await delta.readState();
    return delta;
  }
  /** The catalog as of the last step (what diffCatalog compares; `defs` only when it started from a full snapshot). */
  get catalog() {
    return this.current;
  }
  /** What changed since the last call. */
  async next() {
    const before = this.current;
    if (await this.unchanged()) {
      this.counts.unchanged++;
      return { created: [], altered: [], dropped: [], source: "live" };
    }
    this.current = await snapshotCatalog(this.db, { ...this.opts, defs: false });
    this.counts.snapshots++;
    return diffCatalog(before, this.current);
  }
  /** True only when nothing a snapshot reads can have changed; any doubt says false. */
  async unchanged() {
    const was = this.state;
    const now = this.state = await this.readState();
    return !!was && !!now && was.writes === now.writes && was.prints === now.prints;
  }
  async readState() {
    const r = await this.db.query(STATE_SQL, void 0, this.opts).catch(() => void 0);
    const row = r?.rows[0];
    return row?.counted ? { writes: row.writes, prints: row.prints } : void 0;
  }
};

// src/live/probes/policy-inline.ts
var MAX_DEPTH = 4;
var str = (n) => n?.String?.sval ?? "";
var NULL_CONST = { A_Const: { isnull: true } };
var PolicyInliner = class {
  constructor(db, columnsOf) {
    this.db = db;
    this.columnsOf = columnsOf;
  }
  db;
  columnsOf;
  bodies = /* @__PURE__ */ new Map();
  /** `expr` (a policy's WHERE tree) with the calls it can read replaced by their bodies. `target` qualifies bare column arguments. */
  async inline(expr, target, depth = 0, inSubquery = false) {
    if (Array.isArray(expr)) return Promise.all(expr.map((x) => this.inline(x, target, depth, inSubquery)));
    if (!expr || typeof expr !== "object") return expr;
    if (expr.FuncCall && depth < MAX_DEPTH) {
      const replaced = await this.expand(expr.FuncCall, target, depth, inSubquery);
      if (replaced) return replaced;
    }
    const out = {};
    for (const [k, v] of Object.entries(expr)) out[k] = await this.inline(v, target, depth, inSubquery || k === "SelectStmt");
    return out;
  }
  /** The body of the called function with its arguments in place, or undefined when it cannot be read. */
  async expand(call, target, depth, inSubquery) {
    const name = (call.funcname ?? []).map(str);
    if (name[0] === "auth" || name[0] === "pg_catalog" || call.agg_star || call.over) return void 0;
    const args = call.args ?? [];
    const body = await this.body(name, args.length);
    if (!body) return void 0;
    const qualified = inSubquery ? args : args.map((a) => qualify(a, target));
    const columns = await this.bodyColumns(body.select);
    const substituted = substitute(body.select, body, qualified, columns);
    const sel = substituted.SelectStmt ?? substituted;
    const replaced = !sel.fromClause?.length && sel.targetList?.length === 1 ? sel.targetList[0].ResTarget.val : { SubLink: { subLinkType: "EXPR_SUBLINK", subselect: { SelectStmt: sel } } };
    return this.inline(replaced, target, depth + 1, true);
  }
  body(name, nargs) {
    const key = `${name.join(".")}/${nargs}`;
    let p = this.bodies.get(key);
    if (!p) this.bodies.set(key, p = this.load(name, nargs).catch(() => void 0));
    return p;
  }
  async load(name, nargs) {
    const [schema, fn] = name.length === 2 ? name : [void 0, name[0]];
    const r = await attempt(
      this.db,
      `select p.proname, l.lanname as lang, p.prosrc as src, p.proargnames as args, p.pronargs::int as nargs
         from pg_proc p join pg_language l on l.oid = p.prolang join pg_namespace n on n.oid = p.pronamespace
        where p.proname = $1 and p.prokind = 'f' and not p.proretset
          and (case when $2::text is null then n.nspname = any (current_schemas(true)) else n.nspname = $2 end)
          and $3::int between p.pronargs - p.pronargdefaults and p.pronargs`,
      [fn, schema ?? null, nargs]
    );
    if (!r.ok || r.rows.length !== 1) return void 0;
    const row = r.rows[0];
    const text = row.lang === "sql" ? row.src : row.lang === "plpgsql" ? plpgsqlReturn(row.src) : void 0;
    if (!text) return void 0;
    const stmts = parseSync(text.trim().replace(/;\s*$/, "")).stmts ?? [];
    const select = stmts.length === 1 ? stmts[0]?.stmt?.SelectStmt : void 0;
    if (!select || select.targetList?.length !== 1) return void 0;
    const params = Array.from({ length: row.nargs }, (_, i) => row.args?.[i] ?? "");
    return { name: row.proname, params, select };
  }
  /** Every column of the relations the body reads: a bare name that is one of them is a column, not a parameter. */
  async bodyColumns(select) {
    const names = /* @__PURE__ */ new Set();
    walkNodes(select, (k, v) => k === "RangeVar" && names.add(relationRef(v)));
    const out = /* @__PURE__ */ new Set();
    for (const n of names) for (const c of await this.columnsOf(n) ?? []) out.add(c);
    return out;
  }
};
function qualify(n, target) {
  if (Array.isArray(n)) return n.map((x) => qualify(x, target));
  if (!n || typeof n !== "object" || n.SelectStmt) return n;
  if (n.ColumnRef?.fields?.length === 1 && n.ColumnRef.fields[0]?.String) return { ColumnRef: { ...n.ColumnRef, fields: [{ String: { sval: target } }, ...n.ColumnRef.fields] } };
  const out = {};
  for (const [k, v] of Object.entries(n)) out[k] = qualify(v, target);
  return out;
}
function plpgsqlReturn(src) {
  const m = /^\s*begin\s+return\s+([\s\S]+?);?\s*end\s*;?\s*$/i.exec(src);
  return m && !/;\s*\S/.test(m[1].replace(/;\s*$/, "")) ? `select ${m[1].replace(/;\s*$/, "")}` : void 0;
}
function substitute(tree, body, args, columns) {
  const arg = (i) => i >= 0 && i < body.params.length ? args[i] ?? NULL_CONST : void 0;
  const visit = (n) => {
    if (Array.isArray(n)) return n.map(visit);
    if (!n || typeof n !== "object") return n;
    if (n.ParamRef) return arg((n.ParamRef.number ?? 0) - 1) ?? n;
    if (n.ColumnRef) {
      const f = (n.ColumnRef.fields ?? []).map(str);
      if (f.length === 2 && f[0] === body.name && body.params.includes(f[1])) return arg(body.params.indexOf(f[1]));
      if (f.length === 1 && f[0] && body.params.includes(f[0]) && !columns.has(f[0])) return arg(body.params.indexOf(f[0]));
      return n;
    }
    const out = {};
    for (const [k, v] of Object.entries(n)) out[k] = visit(v);
    return out;
  };
  return visit({ SelectStmt: tree });
}

// src/live/probes/policy-paths.ts
var str2 = (n) => n?.String?.sval ?? "";
function isUidCall(n) {
  const f = n?.FuncCall;
  if (!f) return false;
  const name = (f.funcname ?? []).map(str2);
  return name.length === 2 && name[0] === "auth" && name[1] === "uid" || name.length === 1 && name[0] === "uid";
}
async function ownershipPaths(table, policies, shapes, db) {
  const { trees } = parsePolicies(table, policies);
  const shortName = table.split(".").pop().replace(/"/g, "");
  if (db) {
    const inliner = new PolicyInliner(db, async (name) => {
      const shape = await shapes.get(name);
      return shape && new Set(shape.columns.map((c) => c.name));
    });
    for (const sel of trees) sel.whereClause = await inliner.inline(sel.whereClause, shortName);
  }
  const names = /* @__PURE__ */ new Set();
  for (const sel of trees) collectRangeVars(sel.whereClause, names);
  const { resolved, columns } = await resolveTables(table, names, shapes);
  const walker = new PathWalker(table, resolved, columns);
  for (const sel of trees) walker.walk(sel.whereClause, [{ entries: [{ alias: shortName, table }] }]);
  return walker.result();
}
function parsePolicies(table, policies) {
  const trees = [];
  for (const p of policies) {
    for (const expr of [p.qual, p.withCheck]) {
      if (!expr) continue;
      try {
        const tree = parseSync(`select 1 from ${table} where ${expr}`);
        const sel = tree.stmts?.[0]?.stmt?.SelectStmt;
        if (!sel) continue;
        trees.push(sel);
      } catch {
      }
    }
  }
  return { trees };
}
async function resolveTables(table, names, shapes) {
  const resolved = /* @__PURE__ */ new Map();
  for (const n of names) {
    const r = await shapes.resolve(n);
    if (r) resolved.set(n, r);
  }
  const columns = /* @__PURE__ */ new Map();
  for (const t of /* @__PURE__ */ new Set([table, ...resolved.values()])) {
    const s = await shapes.get(t);
    columns.set(t, new Set(s?.columns.map((c) => c.name) ?? []));
  }
  return { resolved, columns };
}
var PathWalker = class {
  constructor(table, resolved, columns) {
    this.table = table;
    this.resolved = resolved;
    this.columns = columns;
  }
  table;
  resolved;
  columns;
  out = { uidCols: /* @__PURE__ */ new Map(), links: [], refTables: [], targetCols: /* @__PURE__ */ new Set(), opaqueCalls: [], nullCols: /* @__PURE__ */ new Set() };
  refs = /* @__PURE__ */ new Set();
  result() {
    this.out.refTables = [...this.refs];
    this.out.opaqueCalls = [...new Set(this.out.opaqueCalls)];
    return this.out;
  }
  scopeOf(sel) {
    const entries = [];
    const add = (n) => {
      if (n?.RangeVar) {
        const rv = n.RangeVar;
        const t = this.resolved.get(relationRef(rv));
        if (t) {
          entries.push({ alias: rv.alias?.aliasname ?? rv.relname, table: t });
          if (t !== this.table) this.refs.add(t);
        }
      } else if (n?.JoinExpr) {
        add(n.JoinExpr.larg);
        add(n.JoinExpr.rarg);
      }
    };
    for (const f of sel.fromClause ?? []) add(f);
    return { entries };
  }
  resolveCol(fields, scopes) {
    const parts = fields.map(str2).filter(Boolean);
    if (!parts.length) return void 0;
    const col = parts[parts.length - 1];
    const alias = parts.length >= 2 ? parts[parts.length - 2] : void 0;
    for (let i = scopes.length - 1; i >= 0; i--) {
      for (const e of scopes[i].entries) {
        if (alias ? e.alias === alias : this.columns.get(e.table)?.has(col)) return { table: e.table, col };
      }
    }
    return void 0;
  }
  side(n, scopes) {
    if (!n) return void 0;
    if (n.TypeCast) return this.side(n.TypeCast.arg, scopes);
    if (isUidCall(n)) return { uid: true };
    if (n.ColumnRef) {
      const c = this.resolveCol(n.ColumnRef.fields ?? [], scopes);
      return c ? { col: c } : void 0;
    }
    if (n.SubLink?.subLinkType === "EXPR_SUBLINK" || n.SubLink?.subLinkType === "ARRAY_SUBLINK") return this.targetOf(n.SubLink.subselect?.SelectStmt, scopes);
    return void 0;
  }
  targetOf(sel, scopes) {
    if (!sel) return void 0;
    const inner = [...scopes, this.scopeOf(sel)];
    return this.side(sel.targetList?.[0]?.ResTarget?.val, inner);
  }
  record(a, b) {
    if (!a || !b) return;
    if ("uid" in a && "col" in b) this.addUid(b.col);
    else if ("col" in a && "uid" in b) this.addUid(a.col);
    else if ("col" in a && "col" in b && (a.col.table !== b.col.table || a.col.col !== b.col.col)) this.out.links.push([a.col, b.col]);
  }
  addUid(c) {
    let s = this.out.uidCols.get(c.table);
    if (!s) this.out.uidCols.set(c.table, s = /* @__PURE__ */ new Set());
    s.add(c.col);
  }
  walk(n, scopes) {
    if (Array.isArray(n)) {
      for (const x of n) this.walk(x, scopes);
      return;
    }
    if (!n || typeof n !== "object") return;
    if (n.SelectStmt) {
      const inner = [...scopes, this.scopeOf(n.SelectStmt)];
      this.walk(n.SelectStmt.whereClause, inner);
      this.walk(n.SelectStmt.targetList, inner);
      for (const f of n.SelectStmt.fromClause ?? []) if (f.JoinExpr) this.walk(f.JoinExpr.quals, inner);
      return;
    }
    if (n.A_Expr && (n.A_Expr.kind === "AEXPR_OP" || n.A_Expr.kind === "AEXPR_IN") && ["=", "IN"].includes(str2(n.A_Expr.name?.[0]))) {
      const r = n.A_Expr.rexpr;
      if (Array.isArray(r?.List?.items)) for (const item of r.List.items) this.record(this.side(n.A_Expr.lexpr, scopes), this.side(item, scopes));
      else this.record(this.side(n.A_Expr.lexpr, scopes), this.side(r, scopes));
    }
    if (n.SubLink?.subLinkType === "ANY_SUBLINK" && n.SubLink.testexpr) this.record(this.side(n.SubLink.testexpr, scopes), this.targetOf(n.SubLink.subselect?.SelectStmt, scopes));
    if (n.ColumnRef) {
      const c = this.resolveCol(n.ColumnRef.fields ?? [], scopes);
      if (c?.table === this.table) this.out.targetCols.add(c.col);
    }
    if (n.NullTest?.nulltesttype === "IS_NULL" && n.NullTest.arg?.ColumnRef) {
      const c = this.resolveCol(n.NullTest.arg.ColumnRef.fields ?? [], scopes);
      if (c?.table === this.table) this.out.nullCols.add(c.col);
    }
    if (n.FuncCall && !isUidCall(n)) {
      const name = (n.FuncCall.funcname ?? []).map(str2).join(".");
      if (!/^(auth\.|pg_catalog\.)|^(coalesce|lower|upper|now|current_setting|array_agg|any)$/.test(name)) this.out.opaqueCalls.push(name);
    }
    for (const v of Object.values(n)) if (v && typeof v === "object") this.walk(v, scopes);
  }
};
function collectRangeVars(n, out) {
  if (Array.isArray(n)) {
    for (const x of n) collectRangeVars(x, out);
    return;
  }
  if (!n || typeof n !== "object") return;
  if (n.RangeVar) out.add(relationRef(n.RangeVar));
  for (const v of Object.values(n)) if (v && typeof v === "object") collectRangeVars(v, out);
}

// src/live/probes/rls-raise.ts
var FRAME = /^PL\/pgSQL function (.+\)) line (\d+) at (.+)$/;
var STRAIGHT = /* @__PURE__ */ new Set(["PLpgSQL_stmt_assign", "PLpgSQL_stmt_execsql", "PLpgSQL_stmt_perform", "PLpgSQL_stmt_dynexecute", "PLpgSQL_stmt_getdiag", "PLpgSQL_stmt_call", "PLpgSQL_stmt_raise"]);
var KIND_NAMES = {
  PLpgSQL_stmt_if: "IF",
  PLpgSQL_stmt_case: "CASE",
  PLpgSQL_stmt_loop: "LOOP",
  PLpgSQL_stmt_while: "WHILE",
  PLpgSQL_stmt_fori: "FOR",
  PLpgSQL_stmt_fors: "FOR",
  PLpgSQL_stmt_forc: "FOR",
  PLpgSQL_stmt_dynfors: "FOR",
  PLpgSQL_stmt_foreach_a: "FOREACH",
  PLpgSQL_stmt_return: "RETURN",
  PLpgSQL_stmt_exit: "EXIT",
  PLpgSQL_stmt_block: "a BEGIN block"
};
async function raisedUnderCondition(db, e) {
  const frames = framesOf(e.where);
  if (!frames.length) return void 0;
  const { signature: innermost, at } = frames[0];
  if (e.code === "P0002" || e.code === "P0003" || e.code === "P0004" || at === "ASSERT") {
    const fn = (await readFunction(db, innermost))?.name ?? innermost;
    return e.code === "P0004" || at === "ASSERT" ? `an ASSERT in ${fn} failed, and its condition may depend on the rows it reads` : `a SELECT INTO STRICT in ${fn} found ${e.code === "P0002" ? "no row" : "more than one row"}, which depends on the rows it reads`;
  }
  for (const { signature, line } of frames) {
    const fn = await readFunction(db, signature);
    if (!fn) return `the probe could not read ${signature}`;
    if (fn.action.PLpgSQL_stmt_block?.lineno !== line && !containsLine(fn.action, line)) return `the probe could not find line ${line} of ${fn.name}`;
    const gate = conditionBefore([fn.action], line);
    if (gate) return `${fn.name} raises it only under a condition (${gate})`;
  }
  return void 0;
}
function framesOf(where) {
  return (where ?? "").split("\n").map((l) => FRAME.exec(l.trim())).filter((m) => !!m).map(([, signature, line, at]) => ({ signature, line: Number(line), at }));
}
async function raisedInHandler(db, e) {
  for (const frame of framesOf(e.where)) {
    const fn = await readFunction(db, frame.signature);
    if (!fn) return void 0;
    if (inHandler(fn.action, frame.line)) return true;
  }
  return false;
}
function inHandler(action, line) {
  let found = false;
  walk(action, (key, value) => {
    if (found) return false;
    if (key === "PLpgSQL_exception" && containsLine({ action: value.action }, line)) found = true;
  });
  return found;
}
async function readFunction(db, signature) {
  const r = await attempt(
    db,
    `select pg_get_functiondef(p.oid) as def, format('%I.%I(%s)', n.nspname, p.proname, oidvectortypes(p.proargtypes)) as name
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace where p.oid = $1::regprocedure`,
    [signature]
  );
  const row = r.ok ? r.rows[0] : void 0;
  const action = row ? parsePlpgsql(row.def)?.plpgsql_funcs?.[0]?.PLpgSQL_function?.action : void 0;
  return action ? { name: row.name, action } : void 0;
}
function conditionBefore(stmts, line) {
  for (const s of stmts) {
    const [kind, node] = Object.entries(s ?? {})[0] ?? [];
    if (!kind || !node) continue;
    const n = node;
    const holds = n.lineno === line || containsLine(n, line);
    if (holds && kind === "PLpgSQL_stmt_block") {
      if (containsLine({ body: n.body }, line) || n.lineno === line) return conditionBefore(n.body ?? [], line);
      return `an exception handler of the block at line ${n.lineno}`;
    }
    if (holds && n.lineno === line && !containsLine(n, line)) return void 0;
    if (holds || !STRAIGHT.has(kind)) return `${KIND_NAMES[kind] ?? kind.replace("PLpgSQL_stmt_", "").toUpperCase()} at line ${n.lineno}`;
  }
  return void 0;
}
function containsLine(node, line) {
  let found = false;
  walk(node, (key, value) => {
    if (found) return false;
    if (key.startsWith("PLpgSQL_stmt_") && value.lineno === line) found = true;
  });
  return found;
}

// src/live/probes/rls-roles.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);
var RoleActor = class {
  constructor(db) {
    this.db = db;
    this.shapes = new Shapes(db);
    this.factory = new RowFactory(db, this.shapes);
  }
  db;
  shapes;
  factory;
  users = [];
  /** Users A and B, with auth.users rows where the schema has the table. Returns what went wrong. */
  async createUsers() {
    const problems = [];
    const hasAuthUsers = !!await this.shapes.get("auth.users");
    for (const label of ["A", "B"]) {
      const uid = (0, import_node_crypto.randomUUID)();
      const ctx = { label, rows: /* @__PURE__ */ new Map() };
      if (hasAuthUsers) {
        const u = await this.factory.insert("auth.users", ctx, { id: uid, email: `probe-${label.toLowerCase()}-${uid.slice(0, 8)}@example.invalid` });
        if (typeof u !== "string") ctx.rows.set("auth.users", u);
        else problems.push(`could not create auth.users row for user ${label}: ${u}`);
      }
      this.users.push({ label, uid, ctx });
    }
    return problems;
  }
  get a() {
    return this.users[0];
  }
  get b() {
    return this.users[1];
  }
  /** Run `fn` as `role` with the JWT claims PostgREST sets (signed in as `user`, or anon), in a savepoint rolled back after. */
  as(role, user, fn) {
    return rolledBack(
      this.db,
      async () => {
        await setJwtClaims(this.db, { role, sub: user?.uid });
        await this.db.query(`set local role ${q(role)}`);
        return fn();
      },
      { nested: true }
    );
  }
  /** Keep the users' owned rows as they are now, to put back after a rolled-back scope. */
  saveRows() {
    return this.users.map((u) => new Map(u.ctx.rows));
  }
  restoreRows(saved) {
    this.users.forEach((u, i) => u.ctx.rows = saved[i]);
  }
  /**
   * Rows of `table` owned by `u` (as the owner role): first the rows of the tables the policies read
   * (profiles, memberships…) for this user, then up to two rows of the table. A string says why not.
   */
  async ownRows(table, u, paths, extra) {
    for (const ref of paths.refTables) {
      if (u.ctx.rows.has(ref) || ref === "auth.users") continue;
      const existing = await this.existingRow(ref, u, paths);
      if (existing) {
        u.ctx.rows.set(ref, existing);
        continue;
      }
      const made = await this.factory.insert(ref, u.ctx, this.overridesFor(ref, u, paths), { fillFks: true, fill: colsOf(ref, paths) });
      if (typeof made === "string") return `row in ${ref} for the policy's ownership path: ${made}`;
      u.ctx.rows.set(ref, made);
    }
    const rows = [];
    const fill = await this.fillFor(table, paths);
    const keyed = await this.keyedRow(table, this.overridesFor(table, u, paths, extra));
    if (keyed) return [keyed];
    for (let i = 0; i < 2; i++) {
      const made = await this.factory.insert(table, u.ctx, this.overridesFor(table, u, paths, extra), { fillFks: true, fill });
      if (typeof made === "string") {
        if (i === 0) return made;
        break;
      }
      rows.push(made);
    }
    return rows;
  }
  /**
   * Columns the policies name that a row must carry a value for: the ownership columns, and the
   * others that have no default. A column with a default the policies read (`sharing <> 'private'`,
   * `is_public`) keeps it: a new row is private or public the way the application's rows are, and
   * a generated value must not publish a row the owner never published.
   */
  async fillFor(table, paths) {
    const shape = await this.shapes.get(table);
    const owning = colsOf(table, paths);
    return new Set([...paths.targetCols].filter((c) => owning.has(c) || !shape?.columns.find((x) => x.name === c)?.hasDefault && !paths.nullCols?.has(c)));
  }
  /** The existing row of `table` whose whole primary key `values` fix, if any. */
  async keyedRow(table, values) {
    const pk = (await this.shapes.get(table))?.pk ?? [];
    if (!pk.length || pk.some((c) => values[c] == null)) return void 0;
    const r = await attempt(this.db, `select ctid::text as __ctid, * from ${table} where ${pk.map((c, i) => `${q(c)}::text = $${i + 1}`).join(" and ")}`, pk.map((c) => values[c]));
    if (!r.ok || !r.rows[0]) return void 0;
    return Object.fromEntries(Object.entries(r.rows[0]).map(([k, v]) => [k, v == null ? null : String(v)]));
  }
  /** A row of `ref` already keyed by the user's id (a profile a trigger on auth.users created). */
  async existingRow(ref, u, paths) {
    const uidCols = paths.uidCols.get(ref);
    if (!uidCols?.size) return void 0;
    const where = [...uidCols].map((c) => `${q(c)}::text = $1`).join(" and ");
    const existing = await attempt(this.db, `select ctid::text as __ctid, * from ${ref} where ${where} limit 1`, [u.uid]);
    if (!existing.ok || !existing.rows[0]) return void 0;
    return Object.fromEntries(Object.entries(existing.rows[0]).map(([k, v]) => [k, v == null ? null : String(v)]));
  }
  /** The values that put a row of `table` on `u`'s side of every ownership path. */
  overridesFor(table, u, paths, extra) {
    const o = { ...extra?.(u) ?? {} };
    const defaults = new Set(Object.keys(o));
    for (const c of paths.uidCols.get(table) ?? []) o[c] = u.uid;
    for (const [a, b] of paths.links) {
      for (const [mine, other] of [
        [a, b],
        [b, a]
      ]) {
        if (mine.table !== table || mine.col in o && !defaults.has(mine.col)) continue;
        const row = other.table === table ? void 0 : u.ctx.rows.get(other.table);
        const v = row?.[other.col];
        if (v != null) {
          o[mine.col] = v;
          defaults.delete(mine.col);
        }
      }
    }
    return o;
  }
};
function colsOf(table, paths) {
  const s = new Set(paths.uidCols.get(table) ?? []);
  for (const [a, b] of paths.links) for (const c of [a, b]) if (c.table === table) s.add(c.col);
  return s;
}
function emptyPaths() {
  return { uidCols: /* @__PURE__ */ new Map(), links: [], refTables: [], targetCols: /* @__PURE__ */ new Set(), opaqueCalls: [] };
}

// src/live/probes/rls-commands.ts
var COMMANDS = ["SELECT", "INSERT", "UPDATE", "UPDATE WITH CHECK", "DELETE"];
var OTHER = "another tenant’s user";
var ANON = "anon (no sign-in)";
var ctids = (rows) => rows.map((r) => r.__ctid);
async function selectStep(actor, t) {
  const all = [...ctids(t.rowsA), ...ctids(t.rowsB)];
  const errors = [];
  const visible = (role, user) => actor.as(role, user, async () => {
    const r = await attempt(actor.db, `select ctid::text as c from ${t.shape.name} where ctid = any($1::tid[])`, [all]);
    if (!r.ok) errors.push({ role, signedIn: !!user, op: "SELECT", message: r.error.message, code: r.error.code, where: r.error.where });
    return new Set(r.ok ? r.rows.map((x) => x.c) : []);
  });
  const seen = { a: await visible("authenticated", actor.a), b: await visible("authenticated", actor.b), anon: await visible("anon") };
  const count = (s, rows) => ctids(rows).filter((c) => s.has(c)).length;
  const breaches = [];
  const crossRead = count(seen.b, t.rowsA) + count(seen.a, t.rowsB);
  if (crossRead) breaches.push({ role: "authenticated", actor: OTHER, operation: "SELECT", rows: crossRead, of: all.length });
  const anonRead = count(seen.anon, [...t.rowsA, ...t.rowsB]);
  if (anonRead) breaches.push({ role: "anon", actor: ANON, operation: "SELECT", rows: anonRead, of: all.length });
  return { command: "SELECT", ran: true, breaches, errors, seen };
}
async function insertStep(actor, t) {
  const errors = [];
  const breaches = [];
  const owner = actor.a;
  const values = actor.overridesFor(t.table, owner, t.paths, t.extra);
  if (await actor.keyedRow(t.table, values)) for (const c of t.shape.pk) delete values[c];
  for (const [role, user] of [
    ["authenticated", actor.b],
    ["anon", void 0]
  ]) {
    const ok = await actor.as(role, user, async () => {
      const made = await actor.factory.insert(t.table, owner.ctx, values, { returning: false, fillFks: true, fill: t.paths.targetCols });
      if (typeof made === "string") errors.push({ role, signedIn: !!user, op: "INSERT", message: made, code: actor.factory.lastCode });
      return typeof made !== "string";
    });
    if (ok) breaches.push({ role, actor: user ? OTHER : ANON, operation: "INSERT", rows: 1, of: 1 });
  }
  return { command: "INSERT", ran: true, breaches, errors };
}
function updatableColumn(shape) {
  const ok = (c) => !c.generated && c.identity !== "a";
  return (shape.columns.find((c) => ok(c) && !shape.pk.includes(c.name)) ?? shape.columns.find(ok))?.name;
}
async function affected(actor, role, user, op, sql, target, errors, params = []) {
  return actor.as(role, user, async () => {
    const r = await attempt(actor.db, sql, [target, ...params]);
    if (!r.ok) errors.push({ role, signedIn: !!user, op, message: r.error.message, code: r.error.code, where: r.error.where });
    return r.ok ? r.affected : 0;
  });
}
async function updateStep(actor, t) {
  const col = updatableColumn(t.shape);
  const errors = [];
  const breaches = [];
  if (!col) return { command: "UPDATE", ran: false, breaches, errors };
  const sql = `update ${t.shape.name} set ${q(col)} = ${q(col)} where ctid = any($1::tid[])`;
  const all = [...ctids(t.rowsA), ...ctids(t.rowsB)];
  const byB = await affected(actor, "authenticated", actor.b, "UPDATE", sql, ctids(t.rowsA), errors);
  if (byB) breaches.push({ role: "authenticated", actor: OTHER, operation: "UPDATE", rows: byB, of: t.rowsA.length });
  const byAnon = await affected(actor, "anon", void 0, "UPDATE", sql, all, errors);
  if (byAnon) breaches.push({ role: "anon", actor: ANON, operation: "UPDATE", rows: byAnon, of: all.length });
  return { command: "UPDATE", ran: true, breaches, errors };
}
async function withCheckStep(actor, t) {
  const errors = [];
  const breaches = [];
  const mine = actor.overridesFor(t.table, actor.a, t.paths, t.extra);
  const theirs = actor.overridesFor(t.table, actor.b, t.paths, t.extra);
  const owning = t.movable ? new Set(t.movable.filter((c) => t.paths.targetCols.has(c))) : ownershipColumns(t.table, t.paths);
  const movable = [...owning].filter((c) => theirs[c] != null && theirs[c] !== mine[c] && t.shape.columns.some((x) => x.name === c && !x.generated && x.identity !== "a"));
  if (!t.shape.rowSecurity || !t.rowsA.length || !movable.length) return { command: "UPDATE WITH CHECK", ran: false, breaches, errors };
  for (const col of movable) {
    const type = t.shape.columns.find((x) => x.name === col).type;
    const sql = `update ${t.shape.name} set ${q(col)} = $2::text::${type} where ctid = any($1::tid[])`;
    const moved = await affected(actor, "authenticated", actor.a, "UPDATE", sql, ctids(t.rowsA.slice(0, 1)), errors, [theirs[col]]);
    if (moved) breaches.push({ role: "authenticated", actor: "a signed-in user", operation: "UPDATE", rows: moved, of: 1, handover: col });
  }
  return { command: "UPDATE WITH CHECK", ran: true, breaches, errors };
}
async function deleteStep(actor, t) {
  const errors = [];
  const breaches = [];
  const sql = `delete from ${t.shape.name} where ctid = any($1::tid[])`;
  const all = [...ctids(t.rowsA), ...ctids(t.rowsB)];
  const byB = await affected(actor, "authenticated", actor.b, "DELETE", sql, ctids(t.rowsA), errors);
  if (byB) breaches.push({ role: "authenticated", actor: OTHER, operation: "DELETE", rows: byB, of: t.rowsA.length });
  const byAnon = await affected(actor, "anon", void 0, "DELETE", sql, all, errors);
  if (byAnon) breaches.push({ role: "anon", actor: ANON, operation: "DELETE", rows: byAnon, of: all.length });
  return { command: "DELETE", ran: true, breaches, errors };
}
function ownershipColumns(table, paths) {
  const owned = new Set([...paths.uidCols.keys()].filter((t) => t !== table));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [a, b] of paths.links) {
      for (const [x, y] of [
        [a, b],
        [b, a]
      ]) {
        if (owned.has(y.table) && !owned.has(x.table) && x.table !== table) {
          owned.add(x.table);
          changed = true;
        }
      }
    }
  }
  const cols = new Set(paths.uidCols.get(table) ?? []);
  for (const [a, b] of paths.links) {
    if (a.table === table && b.table !== table && owned.has(b.table)) cols.add(a.col);
    if (b.table === table && a.table !== table && owned.has(a.table)) cols.add(b.col);
  }
  return cols;
}
async function ownerRequests(actor, t, ops) {
  const out = /* @__PURE__ */ new Map();
  const owner = actor.a;
  const mine = ctids(t.rowsA);
  const col = updatableColumn(t.shape);
  for (const op of new Set(ops)) {
    const errors = [];
    if (op === "INSERT") {
      await rolledBack(
        actor.db,
        async () => {
          await attempt(actor.db, `delete from ${t.shape.name} where ctid = any($1::tid[])`, [mine], { keep: true });
          await actor.as("authenticated", owner, async () => {
            const made = await actor.factory.insert(t.table, owner.ctx, actor.overridesFor(t.table, owner, t.paths, t.extra), { returning: false, fillFks: true, fill: t.paths.targetCols });
            if (typeof made === "string") errors.push({ role: "authenticated", signedIn: true, op, message: made, code: actor.factory.lastCode, where: actor.factory.lastError?.where });
          });
        },
        { nested: true }
      );
    } else {
      if (op === "UPDATE" && !col) continue;
      const sql = op === "SELECT" ? `select 1 from ${t.shape.name} where ctid = any($1::tid[])` : op === "UPDATE" ? `update ${t.shape.name} set ${q(col)} = ${q(col)} where ctid = any($1::tid[])` : `delete from ${t.shape.name} where ctid = any($1::tid[])`;
      await affected(actor, "authenticated", owner, op, sql, mine, errors);
    }
    out.set(op, errors[0]);
  }
  return out;
}

// src/live/locator.ts
var locators = /* @__PURE__ */ new WeakMap();
function statementLocator(sources) {
  let locator = locators.get(sources);
  if (!locator) locators.set(sources, locator = newLocator(sources));
  return locator;
}
function newLocator(sources) {
  const changed = sources.filter((s) => s.migration.status !== "base" && s.direction === "up").flatMap((s) => s.statements);
  let targets;
  const first = (test) => {
    targets ??= changed.map(targetsOf);
    const i = targets.findIndex(test);
    return i < 0 ? void 0 : changed[i];
  };
  const changing = (objectName) => {
    const parts = objectParts(objectName);
    const want = parts.join(".");
    const part = (names) => names.some((n) => n.startsWith(`${want}.`));
    const parent = parts.length >= 3 ? parts.slice(0, -1).join(".") : void 0;
    return first((t) => t.created.includes(want)) ?? first((t) => t.altered.includes(want)) ?? first((t) => t.on.includes(want) || part(t.created) || part(t.altered)) ?? (parent === void 0 ? void 0 : first((t) => t.created.includes(parent))) ?? first((t) => t.commented.includes(want) || part(t.commented));
  };
  return {
    changing,
    statementFor: (objectName) => changing(objectName) ?? mentioning(changed, objectParts(objectName))
  };
}
function targetsOf(stmt) {
  try {
    return statementTargets(stmt);
  } catch {
    return { created: [], altered: [], on: [], commented: [] };
  }
}
function mentioning(changed, parts) {
  return changed.find((st) => tokensName(codeTokens(st), parts)) ?? (parts.length >= 3 ? changed.find((st) => tokensName(codeTokens(st), parts.slice(0, 2))) : void 0);
}

// src/live/probes/rls-judge.ts
function splitName(name) {
  const parts = name.match(/"(?:[^"]|"")*"|[^.]+/g) ?? [name];
  const un = (s) => s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s;
  return [un(parts[0]), un(parts[parts.length - 1])];
}
function applies(p, role, op) {
  return (p.cmd === "ALL" || p.cmd === op) && (p.roles.includes(role) || p.roles.includes("public"));
}
var SIGNED_IN = /^(auth\.role='authenticated'|'authenticated'=auth\.role|auth\.uidISNOTNULL|auth\.jwt->>'role'='authenticated')$/;
var AUTH_REF = /\bauth\.|\buid\(\)|request\.jwt|current_user|session_user|current_setting/i;
function declaredShared(entries, role, op, table) {
  return entries.some(([k, p]) => {
    if (!p.permissive || !applies(p, role, op)) return false;
    const name = splitName(k)[1];
    const check = p.withCheck ?? p.qual ?? "";
    if (op === "INSERT") return !AUTH_REF.test(check) && (INTENT.test(name) || table === "storage.objects" && /\bbucket_id\b/.test(check));
    if (op !== "SELECT") return false;
    const qual = p.qual?.trim() ?? "";
    if (qual === "true" && (p.roles.includes(role) && !p.roles.includes("public") || INTENT.test(name))) return true;
    if (role === "authenticated" && SIGNED_IN.test(qual.replace(/[()\s]|::text/g, ""))) return true;
    return table === "storage.objects" && /\bbucket_id\b/.test(qual) && !AUTH_REF.test(qual);
  });
}
function undeclared(breaches, entries, table) {
  return breaches.filter((b) => b.handover || !declaredShared(entries, b.role, b.operation, table));
}
function unownedRows(entries, paths, bucket) {
  const text = (p) => `${p.qual ?? ""} ${p.withCheck ?? ""}`;
  const forBucket = (p) => !bucket || !/\bbucket_id\b/.test(text(p)) || text(p).includes(`'${bucket.replace(/'/g, "''")}'`);
  const readers = entries.filter(([, p]) => p.permissive && forBucket(p) && (applies(p, "anon", "SELECT") || applies(p, "authenticated", "SELECT")));
  if (!readers.length) return "no policy opens SELECT to anon or signed-in users: nobody reads it through the API";
  if (paths.opaqueCalls.length || readers.some(([, p]) => AUTH_REF.test(p.qual ?? ""))) return void 0;
  return `no policy ties its rows to a user (${readers.map(([k]) => splitName(k)[1]).join(", ")} read no identity): only what they open is read`;
}
function closedByGrants(selectErrors) {
  const denied = selectErrors.filter((e) => /permission denied for (table|relation|schema)/.test(e.message));
  const who = new Set(denied.map((e) => `${e.role}/${e.signedIn}`));
  if (!who.has("anon/false") || !who.has("authenticated/true") || denied.length !== selectErrors.length) return void 0;
  return `anon and signed-in users are refused by the grants (${denied[0].message}): closed to the API`;
}
function describePath(table, paths) {
  const parts = [];
  for (const [t, cols] of paths.uidCols) for (const c of cols) parts.push(`${t === table ? "" : `${t}.`}${c} = auth.uid()`);
  for (const [a, b] of paths.links) parts.push(`${a.table === table ? "" : `${a.table}.`}${a.col} = ${b.table === table ? "" : `${b.table}.`}${b.col}`);
  return [...new Set(parts)].join(", ");
}
var quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;
function placeFor(table, policyNames, input) {
  const stmts = changedUp(input.sources).flatMap((s) => s.statements);
  const locator = statementLocator(input.sources);
  const opening = new Set(policyNames.map((p) => locator.changing(`${table}.${quoteIdent(p)}`)).filter((st) => st?.kind === "CreatePolicyStmt" || st?.kind === "AlterPolicyStmt"));
  const pick = stmts.find((st) => opening.has(st)) ?? locator.statementFor(table) ?? stmts[0];
  if (!pick) {
    const m = input.set.migrations.find((x) => x.status !== "base");
    return { file: m?.path ?? "", line: 1, endLine: 1, migrationId: m?.id };
  }
  return placeOf(pick);
}
function placeForCreated(name, input, table = name) {
  const stmt = statementLocator(input.sources).changing(name);
  return stmt ? placeOf(stmt) : placeFor(table, [], input);
}
var triggerName = (table, trigger) => `${table}.${quoteIdent(trigger)}`;
var placeOf = (st) => ({ file: st.file, line: st.span.line, endLine: st.span.endLine, migrationId: st.migrationId });
function grantingPolicies(c, breaches) {
  const applicable = c.entries.filter(([, p]) => p.permissive && breaches.some((b) => applies(p, b.role, b.operation)));
  const open = applicable.filter(([, p]) => p.qual?.trim() === "true" || p.withCheck?.trim() === "true");
  return open.length ? open : applicable;
}
function describeBreaches(c, breaches) {
  const rlsOff = !c.rowSecurity;
  const say = (bs) => bs.map(
    (b) => b.operation === "SELECT" ? `read ${b.rows} of ${b.of} rows` : b.operation === "INSERT" ? rlsOff ? "insert rows" : "insert rows into the other tenant" : `${b.operation.toLowerCase()} ${b.rows} of ${b.of} rows`
  ).join(", ");
  const anon = breaches.filter((b) => b.role === "anon");
  const cross = breaches.filter((b) => b.role !== "anon" && !b.handover);
  const parts = [];
  if (anon.length) parts.push(`anon (the public API key, no sign-in) could ${say(anon)}`);
  if (cross.length) parts.push(rlsOff ? `any signed-in user could ${say(cross)}` : `a signed-in user of another tenant could ${say(cross)}`);
  for (const b of breaches.filter((x) => x.handover)) {
    parts.push(`a signed-in user could move ${b.rows} of ${b.of} of their own rows into another user's ownership (UPDATE … SET ${b.handover} = <the other user's value>: no WITH CHECK refuses it)`);
  }
  return parts;
}
function breachFinding(c, breaches, input) {
  const rlsOff = !c.rowSecurity;
  const granting = grantingPolicies(c, breaches);
  const grantingNames = granting.map(([k, p]) => `${splitName(k)[1]} (${p.cmd}${p.roles.includes("public") ? ", no TO clause: every role" : ` TO ${p.roles.join(", ")}`}, USING ${p.qual ?? "—"}${p.withCheck ? `, WITH CHECK ${p.withCheck}` : ""})`);
  const anon = breaches.filter((b) => b.role === "anon");
  const cross = breaches.filter((b) => b.role !== "anon" && !b.handover);
  const worst = anon.find((b) => b.operation === "SELECT") ?? cross.find((b) => b.operation === "SELECT") ?? breaches[0];
  const parts = describeBreaches(c, breaches);
  const stmt = placeFor(c.table, granting.map(([k]) => splitName(k)[1]), input);
  const openPolicies = granting.filter(([, p]) => p.qual?.trim() === "true" || p.withCheck?.trim() === "true");
  const was = input.trace.before?.relations[c.table];
  const openBefore = was !== void 0 && !was.rowSecurity && !rlsOff;
  return {
    ruleId: "rls-isolation-breach",
    // Reading is high with RLS off and reads only. Writing rows into another user's ownership without
    // reading, changing or deleting theirs (a new row, or one's own row handed over) forges data but
    // exposes and loses none: high.
    severity: openBefore || rlsOff && !breaches.some((b) => b.operation !== "SELECT") || breaches.every((b) => b.handover || b.operation === "INSERT" && !rlsOff) ? "high" : "critical",
    phase: "live",
    category: "security",
    file: stmt.file,
    line: stmt.line,
    column: 1,
    endLine: stmt.endLine,
    migrationId: stmt.migrationId,
    object: c.table,
    title: anon.length || cross.length ? `Rows of ${c.label} leak ${anon.length ? "to anon" : "across tenants"}` : `Users can hand their rows of ${c.label} to other users`,
    message: `Acting as the real API roles on rows inserted ${rlsOff ? "as the owner" : "for two users in different tenants"}, ${parts.join("; ")} in ${c.label}.${openBefore ? " Before this pull request row level security was off on this table, so the same roles already got through: the pull request keeps this exposure rather than creating it." : ""} ${rlsOff ? "Row level security is off on this table, so the table grants alone decide." : grantingNames.length ? `Permissive policies are ORed: ${grantingNames.join("; ")} let${granting.length === 1 ? "s" : ""} it through${granting.some(([, p]) => p.roles.includes("public")) ? " — a policy without TO applies to every role, anon included" : ""}.` : ""}`,
    fix: {
      description: rlsOff ? "Enable row level security and add policies that filter by owner or tenant." : breaches.every((b) => b.handover) ? "Give the UPDATE policy a WITH CHECK that holds the row to its owner (the same condition as USING), or leave WITH CHECK out so that USING applies to the new row too." : "Give open policies an explicit role (TO service_role for backend jobs; service_role bypasses RLS anyway), or filter them by owner/tenant like the other policies.",
      sql: rlsOff ? `ALTER TABLE ${c.table} ENABLE ROW LEVEL SECURITY;` : openPolicies.map(([k]) => `DROP POLICY ${q(splitName(k)[1])} ON ${c.table};  -- service_role bypasses RLS and needs no policy`).join("\n") || void 0
    },
    evidence: {
      role: worst.role,
      table: c.table,
      operation: worst.operation,
      rows: worst.rows,
      breaches: breaches.map((b) => ({ role: b.role, operation: b.operation, rows: b.rows, of: b.of, ...b.handover ? { movedColumn: b.handover } : {} })),
      policies: grantingNames,
      ownership: c.ownership || void 0
    }
  };
}
var EVERY_REQUEST = /^(42|2F|0A)/;
function realErrors(table, errors, entries, rowSecurity, input) {
  const was = input.trace.before?.policies ?? {};
  const grantExpected = (role, op, schema) => entries.some(([, p]) => p.permissive && applies(p, role, op) && (role !== "anon" && !schema || p.roles.includes(role)));
  const openedByPrAfter = (role, op, at) => entries.some(([k, p]) => p.permissive && applies(p, role, op) && JSON.stringify(was[k]) !== JSON.stringify(p) && lastPolicyWrite(table, splitName(k)[1], input) > at);
  const closedByPr = (role, op) => {
    const at = lastRevoke(table, role, input);
    return at >= 0 && !openedByPrAfter(role, op, at);
  };
  const before = input.trace.before?.triggers ?? {};
  const probedTriggerFns = Object.entries(input.trace.after?.triggers ?? {}).filter(([k, t]) => t.table === table && before[k]?.definition !== t.definition).map(([, t]) => t.function);
  return errors.filter((e) => {
    if (e.where && probedTriggerFns.some((fn) => namesFunction(e.where, fn))) return false;
    if (/row-level security/i.test(e.message)) return false;
    if (e.code?.startsWith("23") || /violates (unique|not-null|foreign key|check|exclusion) constraint/.test(e.message)) return false;
    if (/permission denied for (table|relation|view|sequence|schema)/.test(e.message)) return rowSecurity && grantExpected(e.role, e.op, /permission denied for schema/.test(e.message)) && !closedByPr(e.role, e.op);
    return true;
  });
}
var writesOf = /* @__PURE__ */ new WeakMap();
function prPrivilegeWrites(input) {
  let w = writesOf.get(input);
  if (w) return w;
  w = { revokes: [], policies: /* @__PURE__ */ new Map() };
  let at = 0;
  for (const s of changedUp(input.sources)) {
    for (const st of s.statements) {
      if (st.kind === "GrantStmt" && st.node.is_grant !== true) w.revokes.push({ sql: st.sql, at });
      if (st.kind === "CreatePolicyStmt" || st.kind === "AlterPolicyStmt") {
        const rv = st.node.table?.RangeVar ?? st.node.table;
        if (rv?.relname && st.node.policy_name) w.policies.set(`${rv.relname}\0${st.node.policy_name}`, at);
      }
      at++;
    }
  }
  writesOf.set(input, w);
  return w;
}
function lastRevoke(table, role, input) {
  const [, rel] = splitName(table);
  const name = new RegExp(`\\bon\\s+(table\\s+)?("?[\\w$]+"?\\.)?"?${rel.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"?\\s+from\\b[^;]*\\b${role}\\b`, "i");
  let last = -1;
  for (const r of prPrivilegeWrites(input).revokes) if (name.test(r.sql)) last = r.at;
  return last;
}
function lastPolicyWrite(table, policy, input) {
  return prPrivilegeWrites(input).policies.get(`${splitName(table)[1]}\0${policy}`) ?? -1;
}
var RAISED = /^P0/;
function raisedInTrigger(table, e, input) {
  const outer = e.where?.trim().split("\n").pop() ?? "";
  const fns = Object.values(input.trace.after?.triggers ?? {}).filter((t) => t.table === table).map((t) => t.function);
  return fns.some((fn) => namesFunction(outer, fn));
}
var namesFunction = (where, fn) => where.includes(`function ${fn}(`) || where.includes(`function ${fn.split(".").pop()}(`);
function raisedSeverity(table, list, ops, owner, input) {
  const e = list[0];
  if (!RAISED.test(e.code ?? "")) return void 0;
  const signedIn = list.some((x) => x.signedIn);
  if (!signedIn) return { severity: "low", why: `Only anon (no sign-in) met it: the exception refuses callers without a session, which is not a breach; clients get an error instead of an empty result.` };
  const met = owner ? ops.map((op) => owner.met.has(op) ? owner.met.get(op) : null) : [];
  if (owner && met.length && met.every((m) => m === void 0)) {
    return { severity: "low", why: `The owner's own ${ops.join("/")} of their rows went through: the exception refuses other tenants' rows, which is not a breach, but clients get an error instead of an empty result (a policy that returns false refuses silently).` };
  }
  if (owner?.owns && met.some((m) => m && RAISED.test(m.code ?? "")) && !raisedInTrigger(table, e, input)) {
    const raisedOps = ops.filter((op) => RAISED.test(owner.met.get(op)?.code ?? ""));
    const conditions = [...new Set(raisedOps.map((op) => owner.unverified?.get(op)))];
    if (conditions.every((c) => c !== void 0)) {
      return {
        severity: "low",
        unverified: true,
        why: `The owner's own ${raisedOps.join("/")} of their rows met it too, but ${conditions.join("; ")}. The probe's users carry only the rows the policies' ownership path asks for, so they may lack what the function checks (a membership row every real owner has): whether owners meet this exception in production could not be verified. Nothing leaked; check by hand that the function passes for a real owner.`
      };
    }
    return { severity: "critical", why: `The owner's own ${ops.join("/")} of their rows fails with it too: every such request by ${[...new Set(list.map((x) => x.role))].join(" or ")} fails in production, the owner's rows included.` };
  }
  return void 0;
}
function sessionSettingSeverity(e) {
  const setting = unsetSessionSetting(e);
  if (!setting) return void 0;
  return {
    severity: "medium",
    unverified: true,
    setting,
    why: `current_setting('${setting}') fails in every request that has not set ${setting}. PostgREST sets only its own request.* settings; a request gets ${setting} from a db-pre-request function or the application, and the probe's requests got none, so what the policies let each user see could not be verified. Where a request does not set it, it fails.`
  };
}
function roleErrorFindings(table, errors, entries, rowSecurity, input, owner) {
  const real = realErrors(table, errors, entries, rowSecurity, input);
  const groups = /* @__PURE__ */ new Map();
  for (const e of real) {
    const key = `${e.code ?? ""}\0${e.message}`;
    groups.set(key, [...groups.get(key) ?? [], e]);
  }
  const out = [];
  for (const list of groups.values()) {
    const e = list[0];
    const roles = [...new Set(list.map((x) => x.role))];
    const ops = [...new Set(list.map((x) => x.op))];
    const who = roles.map((r) => r === "anon" ? "anon (no sign-in)" : list.some((x) => x.role === r && x.signedIn) ? `${r} (a signed-in user)` : r).join(" and ");
    const every = EVERY_REQUEST.test(e.code ?? "") || /infinite recursion detected in policy|permission denied for/.test(e.message);
    const policyNames = entries.filter(([, p]) => p.permissive && roles.some((r) => ops.some((o) => applies(p, r, o)))).map(([k]) => splitName(k)[1]);
    const why = e.code === "42P17" || /infinite recursion detected in policy/.test(e.message) ? `A policy on ${table} reads a table whose policy reads ${table} back (or ${table} itself), so PostgreSQL cannot evaluate it: every ${ops.join("/")} of ${table} by ${roles.join(" or ")} fails in production, the owner's own rows included.` : /permission denied for/.test(e.message) ? `The policies on ${table} (${policyNames.join(", ") || "permissive ones"}) open ${ops.join("/")} to ${roles.join(" and ")}, but the role lacks the privilege, so every such request fails before any policy is read.` : every ? `The error does not depend on the rows: every ${ops.join("/")} of ${table} by ${roles.join(" or ")} fails in production.` : `Requests like the probe's fail in production${e.where ? ` (raised in ${e.where.split("\n")[0]})` : ""}.`;
    const raised = raisedSeverity(table, list, ops, owner, input) ?? sessionSettingSeverity(e);
    const place = placeFor(table, policyNames, input);
    out.push({
      ruleId: "role-request-failed",
      severity: raised?.severity ?? (every ? "critical" : "high"),
      phase: "live",
      category: "security",
      file: place.file,
      line: place.line,
      column: 1,
      endLine: place.endLine,
      migrationId: place.migrationId,
      object: table,
      title: raised?.setting ? `Could not verify ${ops.join("/")} on ${table} for ${roles.join(", ")}: it needs ${raised.setting} set by each request` : raised?.unverified ? `Could not verify ${ops.join("/")} on ${table} for ${roles.join(", ")}: a function raises an exception for the probe's users` : `${ops.join("/")} on ${table} fails for ${roles.join(", ")}`,
      message: `Acting as ${who}, ${ops.join(", ")} on ${table} failed: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ""}. ${raised?.why ?? why}`,
      fix: {
        description: e.code === "42P17" || /infinite recursion/.test(e.message) ? `Do not query a table protected by RLS from its own policy (directly or through another table's policy): read memberships through a SECURITY DEFINER function with an empty search_path, and call it from the policy.` : /permission denied for/.test(e.message) ? `GRANT ${ops.join(", ")} ON ${table} TO ${roles.join(", ")}; the policies then decide which rows.` : raised?.setting ? `Make sure every request sets ${raised.setting} (a PostgREST db-pre-request function, or the application's SET LOCAL), or read it with current_setting('${raised.setting}', true) so that a request without it is refused by the policy instead of failing.` : raised?.unverified ? `Nothing leaks. If the function raises to refuse callers who lack a row (not a member), make it return false for them instead, so that the policy refuses silently; if real owners meet it too, fix what it checks.` : raised?.severity === "low" ? `Nothing leaks. To refuse others silently (an empty result rather than an error), make the function return false for them instead of raising, or write the condition into the policy.` : `Fix what raises the error (a function a policy, default or trigger calls) so that ${ops.join("/")} by ${roles.join(", ")} succeeds or is refused by a policy.`
      },
      evidence: { table, roles, commands: ops, error: e.message, code: e.code, where: e.where, policies: policyNames, ...raised?.unverified ? { unverified: true } : {} }
    });
  }
  return out;
}

// src/live/probes/rls-storage.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var STORAGE_OBJECTS = "storage.objects";
function storageBuckets(input) {
  const { before, after } = input.trace;
  if (!before || !after || !after.relations[STORAGE_OBJECTS]) return [];
  const policies = (snap) => Object.entries(snap.policies).filter(([, p]) => p.table === STORAGE_OBJECTS);
  const was = new Map(policies(before).map(([k, p]) => [k, JSON.stringify(p)]));
  const changed = policies(after).filter(([k, p]) => was.get(k) !== JSON.stringify(p));
  if (!changed.length) return [];
  const buckets = /* @__PURE__ */ new Set();
  for (const [, p] of changed) {
    for (const expr of [p.qual, p.withCheck]) {
      for (const m of (expr ?? "").matchAll(/bucket_id\s*=\s*(?:ANY\s*\(ARRAY\[([^\]]*)\]|'((?:[^']|'')*)')|'((?:[^']|'')*)'(?:::text)?\s*=\s*bucket_id/gi)) {
        const names = m[1] ? [...m[1].matchAll(/'((?:[^']|'')*)'/g)].map((x) => x[1]) : [m[2] ?? m[3]];
        for (const n of names) buckets.add(n.replace(/''/g, "'"));
      }
    }
  }
  return buckets.size ? [...buckets].sort() : ["pgreview-probe"];
}
var fileNo = 0;
function namedById(bucket, input) {
  const quoted = `'${bucket.replace(/'/g, "''")}'`;
  return Object.values(input?.trace.after?.policies ?? {}).some(
    (p) => p.table === STORAGE_OBJECTS && [p.qual, p.withCheck].some((e) => !!e && e.includes(quoted) && /(?<![\w.)])\(name\)::uuid|(?<![\w.()])name::uuid/.test(e))
  );
}
function storageTarget(bucket, input) {
  const byId = namedById(bucket, input);
  return {
    bucket,
    // A new id is not another user's file: the name moves a file into B's ownership only as a folder path.
    movable: byId ? ["bucket_id"] : ["name", "bucket_id"],
    extra: (u) => ({ bucket_id: bucket, name: byId ? (0, import_node_crypto2.randomUUID)() : `${u.uid}/pgreview-probe-${++fileNo}.txt`, owner: u.uid, owner_id: u.uid })
  };
}
async function ensureBucket(db, bucket) {
  const r = await attempt(db, `insert into storage.buckets (id, name) values ($1, $1) on conflict do nothing`, [bucket], { keep: true });
  return r.ok ? void 0 : `could not create bucket ${bucket}: ${r.error.message}`;
}

// src/live/probes/rls-planted.ts
async function plantRows(actor, user, tables, input) {
  const planted = [];
  const failed2 = [];
  for (const table of tables) {
    const shape = await actor.shapes.get(table);
    if (!shape) continue;
    const policies = Object.values(input.trace.after.policies).filter((p) => p.table === table);
    const paths = shape.rowSecurity ? await ownershipPaths(table, policies, actor.shapes) : emptyPaths();
    const made = await actor.ownRows(table, user, paths);
    if (typeof made === "string") failed2.push(`${table}: ${made}`);
    else planted.push(...made.map((row) => ({ table, row })));
  }
  for (const [table, row] of user.ctx.rows) if (row.__ctid && !planted.some((p) => p.table === table && p.row.__ctid === row.__ctid)) planted.push({ table, row });
  return { planted, failed: failed2 };
}
async function directlyVisible(actor, role, as, planted) {
  const seen = /* @__PURE__ */ new Set();
  const byTable = /* @__PURE__ */ new Map();
  for (const p of planted) byTable.set(p.table, [...byTable.get(p.table) ?? [], p]);
  await actor.as(role, as, async () => {
    for (const [table, rows] of byTable) {
      const shape = await actor.shapes.get(table);
      if (!shape) continue;
      const r = await attempt(actor.db, `select ctid::text as c from ${shape.name} where ctid = any($1::tid[])`, [rows.map((x) => x.row.__ctid)]);
      if (r.ok) {
        for (const p of rows) if (r.rows.some((x) => x.c === p.row.__ctid)) seen.add(p);
      }
    }
  });
  return seen;
}
function rlsTables(names, input) {
  const rels = input.trace.after.relations;
  const relation = (n) => (n.match(/"(?:[^"]|"")*"|[^.]+/g) ?? [n]).slice(0, 2).join(".");
  return [...new Set(names.filter((n) => !n.startsWith("fn:")).map(relation))].filter((n) => (rels[n]?.kind === "table" || rels[n]?.kind === "partitioned table") && rels[n].rowSecurity);
}

// src/live/probes/rls-views.ts
function viewCandidates(input) {
  const { before, after } = input.trace;
  if (!before || !after) return [];
  const exposed = new Set(input.staticResult.exposedSchemas);
  return Object.entries(after.relations).filter(([name, rel]) => {
    if (rel.kind !== "view" || rel.securityInvoker || !exposed.has(splitName(name)[0])) return false;
    const def = after.defs.views[name];
    const was = before.defs.views[name];
    const changed = !was || was.definition !== def?.definition || before.relations[name]?.securityInvoker !== rel.securityInvoker;
    return changed && !!def && rlsTables(def.dependsOn, input).length > 0;
  }).map(([name]) => name).sort();
}
var MAX_ROWS = 500;
async function viewRows(actor, view, role, as, errors) {
  return actor.as(role, as, async () => {
    const r = await attempt(actor.db, `select v::text as v from ${view} v limit ${MAX_ROWS}`);
    if (!r.ok) errors.push({ role, signedIn: !!as, op: "SELECT", message: r.error.message, code: r.error.code, where: r.error.where });
    return r.ok ? new Set(r.rows.map((x) => x.v)) : void 0;
  });
}
async function probeViews(actor, views, input, sink) {
  const leaked = [];
  let ran = 0;
  for (const view of views) {
    const saved = actor.saveRows();
    await rolledBack(
      input.db,
      async () => {
        const tables = rlsTables(input.trace.after.defs.views[view].dependsOn, input);
        const callers = [
          ["anon", void 0],
          ["authenticated", actor.b]
        ];
        const before = [];
        const errors = [];
        for (const [role, as] of callers) before.push(await viewRows(actor, view, role, as, errors));
        const failing = roleErrorFindings(view, errors, [], false, input);
        sink.findings.push(...failing);
        if (failing.length) leaked.push(view);
        if (before.every((b) => b === void 0)) {
          if (!failing.length) sink.details.push(`${view}: anon and authenticated may not select from it`);
          sink.probed++;
          ran++;
          return;
        }
        const { planted, failed: failed2 } = await plantRows(actor, actor.a, tables, input);
        if (!planted.some((p) => tables.includes(p.table))) {
          sink.notProbed.push(`${view}: could not plant rows in ${tables.join(", ")} (${failed2.join("; ")})`);
          return;
        }
        ran++;
        sink.probed++;
        const leaks = [];
        for (const [i, [role, as]] of callers.entries()) {
          if (!before[i]) continue;
          const after = await viewRows(actor, view, role, as, []) ?? /* @__PURE__ */ new Set();
          const appeared = [...after].filter((v) => !before[i].has(v)).length;
          const direct = await directlyVisible(actor, role, as, planted.filter((p) => tables.includes(p.table)));
          if (appeared && direct.size === 0) leaks.push({ role, rows: appeared });
        }
        if (!leaks.length) {
          sink.details.push(`${view}: shows anon and another tenant nothing of user A's rows in ${tables.join(", ")}`);
          return;
        }
        leaked.push(view);
        sink.findings.push(viewFinding(view, tables, leaks, input));
        sink.details.push(`${view}: LEAK — ${leaks.map((l) => `${l.role} sees ${l.rows} row(s)`).join(", ")}`);
      },
      { nested: true }
    ).catch((e) => sink.notProbed.push(`${view}: ${e.message}`));
    actor.restoreRows(saved);
  }
  return {
    step: "views",
    status: leaked.length ? "failed" : ran ? "passed" : "not-run",
    summary: leaked.length ? `rows of tables under RLS leak through, or the API roles' selects fail on, ${[...new Set(leaked)].join(", ")}` : `${ran} of ${views.length} view(s) show no other user's rows`
  };
}
function viewFinding(view, tables, leaks, input) {
  const at = placeForCreated(view, input);
  const owner = input.trace.after.relations[view]?.owner;
  const who = leaks.map((l) => `${l.role === "anon" ? "anon (the public API key, no sign-in)" : "a signed-in user of another tenant"} saw ${l.rows} row(s)`).join("; ");
  return {
    ruleId: "view-bypasses-rls",
    severity: "high",
    phase: "live",
    category: "security",
    ...at,
    column: 1,
    object: view,
    title: `View ${view} shows rows of ${tables.join(", ")} that RLS hides`,
    message: `Rows were planted for user A in ${tables.join(", ")}; selecting through ${view}, ${who} of them, although the same role reads none of A's rows in ${tables.length === 1 ? "the table" : "the tables"} directly. The view has no security_invoker, so it reads as its owner${owner ? ` (${owner})` : ""} and the policies do not apply.`,
    fix: {
      description: "Make the view apply the caller’s policies (security_invoker, PostgreSQL 15+), or revoke SELECT on it from the API roles if it is not meant for them.",
      sql: `ALTER VIEW ${view} SET (security_invoker = true);`
    },
    evidence: { view, tables, leaks, owner }
  };
}

// src/live/probes/rls-functions.ts
var API_CALLERS = [
  ["anon", "anon"],
  ["authenticated", "authenticated"]
];
function functionCandidates(input) {
  const { before, after } = input.trace;
  if (!before || !after) return [];
  const exposed = new Set(input.staticResult.exposedSchemas);
  return Object.entries(after.functions).filter(([sig, fn]) => {
    if (!fn.securityDefiner || fn.kind !== "function" || /^(trigger|event_trigger)$/.test(fn.returns)) return false;
    if (!exposed.has(splitName(sig.slice(0, sig.indexOf("(")))[0])) return false;
    if (!fn.executableBy.some((r) => r === "PUBLIC" || r === "anon" || r === "authenticated")) return false;
    const was = before.functions[sig];
    return !was || was.bodyHash !== fn.bodyHash || !was.securityDefiner;
  }).map(([sig]) => sig).sort();
}
async function argsOf(actor, sig) {
  const name = sig.slice(0, sig.indexOf("("));
  const [schema, fn] = splitName(name);
  const r = await attempt(
    actor.db,
    `select p.proargnames as names, array(select format_type(t, null) from unnest(p.proargtypes) t) as types, p.proargmodes::text[] as modes
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
      where n.nspname = $1 and p.proname = $2 and pg_get_function_identity_arguments(p.oid) = $3`,
    [schema, fn, sig.slice(sig.indexOf("(") + 1, -1)]
  );
  const row = r.ok ? r.rows[0] : void 0;
  if (!row) return void 0;
  const inputs = (row.names ?? []).filter((_, i) => !row.modes || ["i", "b", "v"].includes(row.modes[i]));
  return row.types.map((type, i) => ({ name: inputs[i] ?? "", type }));
}
function valueFor(arg, user, planted) {
  const bare = arg.name.replace(/^(p_|_|in_|arg_|param_)/, "");
  for (const p of planted) {
    const single = splitName(p.table)[1].replace(/s$/, "");
    for (const key of [bare, bare === `${single}_id` ? "id" : ""]) if (key && p.row[key] != null) return p.row[key];
  }
  if (arg.type === "uuid") return user.uid;
  if (/^(text|character varying)$/.test(arg.type)) return /mail/.test(bare) ? user.ctx.rows.get("auth.users")?.email ?? null : user.uid;
  if (/^(integer|bigint|smallint|numeric)$/.test(arg.type)) return planted.map((p) => p.row.id).find((v) => v != null && /^\d+$/.test(v)) ?? "1";
  if (arg.type === "boolean") return "true";
  if (/^jsonb?$/.test(arg.type)) return "{}";
  return null;
}
function secretsOf(planted, visible) {
  const shown = new Set(planted.filter((p) => visible.has(p)).flatMap((p) => Object.values(p.row)));
  const out = /* @__PURE__ */ new Set();
  for (const p of planted) {
    if (visible.has(p)) continue;
    for (const [k, v] of Object.entries(p.row)) if (k !== "__ctid" && v && v.length >= 8 && !/^(true|false|\d{4}-\d\d-\d\d.*)$/.test(v) && !shown.has(v)) out.add(v);
  }
  return [...out];
}
async function callAs(actor, sig, args, role, as, planted, secrets) {
  const name = sig.slice(0, sig.indexOf("("));
  const values = args.map((a) => valueFor(a, actor.a, planted));
  const call = `select x::text as v from ${name}(${args.map((a, i) => `$${i + 1}::text::${a.type}`).join(", ")}) as x limit 200`;
  return actor.as(role, as, async () => {
    const r = await attempt(actor.db, call, values, { keep: true, timeoutMs: 1e4 });
    await actor.db.query("reset role");
    const changed = [];
    for (const p of planted) {
      const shape = await actor.shapes.get(p.table);
      if (!shape) continue;
      const now = await attempt(actor.db, `select t::text as v from ${shape.name} t where ctid = $1::tid`, [p.row.__ctid]);
      if (now.ok && !now.rows.length) changed.push(p.table);
    }
    if (!r.ok) return { role, returned: [], changed, error: r.error.message };
    const text = r.rows.map((x) => x.v).join("\n");
    return { role, returned: secrets.filter((s) => text.includes(s)), changed: [...new Set(changed)] };
  });
}
async function probeFunctions(actor, sigs, tables, input, sink) {
  const flagged = [];
  let ran = 0;
  const saved = actor.saveRows();
  await rolledBack(
    input.db,
    async () => {
      const { planted } = await plantRows(actor, actor.a, rlsTables(tables, input), input);
      for (const sig of sigs) {
        const fn = input.trace.after.functions[sig];
        const args = await argsOf(actor, sig);
        if (!args) {
          sink.notProbed.push(`${sig}: could not read its arguments`);
          continue;
        }
        ran++;
        sink.probed++;
        const results = [];
        for (const [role] of API_CALLERS.filter(([r]) => fn.executableBy.includes(r) || fn.executableBy.includes("PUBLIC"))) {
          const as = role === "anon" ? void 0 : actor.b;
          const secrets = secretsOf(planted, await directlyVisible(actor, role, as, planted));
          results.push(await callAs(actor, sig, args, role, as, planted, secrets));
        }
        const bad = results.filter((r) => r.returned.length || r.changed.length);
        const said = results.map((r) => `${r.role}: ${r.error ? `error (${r.error})` : r.returned.length || r.changed.length ? describe(r) : "nothing of user A"}`).join("; ");
        sink.details.push(`${sig}: called with user A's identifiers — ${said}`);
        if (!bad.length) continue;
        flagged.push(sig);
        sink.findings.push(functionFinding(sig, fn.owner, bad, input));
      }
    },
    { nested: true }
  ).catch((e) => sink.notProbed.push(`exposed functions: ${e.message}`));
  actor.restoreRows(saved);
  return {
    step: "functions",
    status: flagged.length ? "failed" : ran ? "passed" : "not-run",
    summary: flagged.length ? `another user's data crosses tenants through ${flagged.join(", ")}` : `${ran} of ${sigs.length} exposed SECURITY DEFINER function(s) gave anon and another tenant nothing of user A's`
  };
}
function describe(r) {
  return [r.returned.length ? `returned ${r.returned.length} of user A's value(s)` : "", r.changed.length ? `changed or deleted user A's rows in ${r.changed.join(", ")}` : ""].filter(Boolean).join(" and ");
}
function functionFinding(sig, owner, bad, input) {
  const at = placeForCreated(sig, input);
  const who = (role) => role === "anon" ? "anon (the public API key, no sign-in)" : "a signed-in user of another tenant";
  return {
    ruleId: "definer-function-crosses-tenants",
    severity: "high",
    phase: "live",
    category: "security",
    ...at,
    column: 1,
    object: sig,
    title: `${sig} hands another user's data across tenants`,
    message: `Called through the API as ${bad.map((r) => `${who(r.role)}, it ${describe(r)}`).join("; as ")}, with user A's identifiers as arguments. It is SECURITY DEFINER (runs as ${owner}, past row level security), so only its own checks stand between a caller and other users' rows, and they let this through.`,
    fix: {
      description: "Check inside the function that the caller may act on the rows (e.g. compare the owner with auth.uid()), make it SECURITY INVOKER so the policies apply, or revoke EXECUTE from the API roles.",
      sql: `REVOKE EXECUTE ON FUNCTION ${sig} FROM PUBLIC, anon, authenticated;`
    },
    evidence: { function: sig, owner, calls: bad.map((r) => ({ role: r.role, returnedValues: r.returned.length, changedTables: r.changed })) }
  };
}

// src/live/probes/rls-isolation.ts
function rlsCandidates(input) {
  const { before, after } = input.trace;
  if (!before || !after) return [];
  const exposed = new Set(input.staticResult.exposedSchemas);
  const policiesOf = (snap, t) => JSON.stringify(
    Object.entries(snap.policies).filter(([, p]) => p.table === t).sort(([a], [b]) => a.localeCompare(b))
  );
  const out = [];
  for (const [name, rel] of Object.entries(after.relations)) {
    if (rel.kind !== "table" && rel.kind !== "partitioned table") continue;
    if (!exposed.has(splitName(name)[0])) continue;
    const b = before.relations[name];
    if (!b || b.rowSecurity !== rel.rowSecurity || policiesOf(before, name) !== policiesOf(after, name)) out.push(name);
  }
  return out.sort();
}
var Tally = class {
  findings = [];
  details = [];
  notProbed = [];
  probed = 0;
  commands = new Map(COMMANDS.map((c) => [c, { ran: 0, failed: [] }]));
  extraSteps = [];
  /** The findings behind each failed step (ProbeOutput.stepFindings). */
  stepFindings = /* @__PURE__ */ new Map();
  /** Runs one step of the probe and notes which of the findings it adds are its own. */
  async extraStep(run) {
    const from = this.findings.length;
    const step = await run();
    this.extraSteps.push(step);
    this.blame(step.step, this.findings.slice(from));
  }
  blame(step, findings) {
    if (findings.length) this.stepFindings.set(step, [...this.stepFindings.get(step) ?? [], ...findings]);
  }
  skip(what, why) {
    this.notProbed.push(`${what}: ${why}`);
  }
};
var rlsIsolationProbe = {
  id: "rls-isolation",
  async run(input) {
    const buckets = storageBuckets(input);
    const tables = rlsCandidates(input).filter((t) => !(buckets.length && t === STORAGE_OBJECTS));
    const targets = [
      ...tables.map((table) => ({ table, label: table })),
      ...buckets.map((bucket) => ({ table: STORAGE_OBJECTS, label: `${STORAGE_OBJECTS} (bucket ${bucket})`, ...storageTarget(bucket, input) }))
    ];
    const views = viewCandidates(input);
    const functions = functionCandidates(input);
    const total = targets.length + views.length + functions.length;
    const out = { result: { probe: "rls-isolation", status: "passed", summary: "" }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    if (!total) {
      out.result = { probe: "rls-isolation", status: "not-applicable", summary: "no table in an API-exposed schema was created or had its policies or RLS changed" };
      return out;
    }
    const roles = (await input.db.query(`select rolname as r from pg_roles where rolname in ('anon', 'authenticated')`)).rows.map((r) => r.r);
    if (!roles.includes("anon") || !roles.includes("authenticated")) {
      const names = [...targets.map((t) => t.label), ...views, ...functions];
      out.result = {
        probe: "rls-isolation",
        status: "not-run",
        summary: `no anon/authenticated API roles on this database (preset ${input.preset}): isolation of ${total} object(s) was not tested as real roles`,
        notProbed: names.map((t) => `${t}: no API roles to act as`)
      };
      out.objectsNotProbed = total;
      return out;
    }
    const tally = new Tally();
    await rolledBack(input.db, async () => {
      const actor = new RoleActor(input.db);
      tally.details.push(...await actor.createUsers());
      for (const target of targets) await isolate(actor, target, input, tally);
      if (views.length) await tally.extraStep(() => probeViews(actor, views, input, tally));
      if (functions.length) await tally.extraStep(() => probeFunctions(actor, functions, tables, input, tally));
    });
    out.findings = tally.findings;
    out.stepFindings = tally.stepFindings;
    out.objectsProbed = tally.probed;
    out.objectsNotProbed = tally.notProbed.length;
    out.result = summarize(tally, total);
    return out;
  }
};
async function isolate(actor, target, input, tally) {
  const saved = actor.saveRows();
  try {
    await rolledBack(
      input.db,
      async () => {
        const prepared = await generateRows(actor, target, input);
        if (typeof prepared === "string") return tally.skip(target.label, prepared);
        const outcomes = await actAsRoles(actor, prepared);
        judge(prepared, target, outcomes, input, tally);
      },
      { nested: true }
    );
  } catch (e) {
    tally.skip(target.label, e.message);
  }
  actor.restoreRows(saved);
}
async function generateRows(actor, target, input) {
  const shape = await actor.shapes.get(target.table);
  if (!shape) return "not a plain table";
  if (target.bucket) {
    const failed2 = await ensureBucket(input.db, target.bucket);
    if (failed2) return failed2;
  }
  const entries = Object.entries(input.trace.after.policies).filter(([, p]) => p.table === target.table);
  const paths = shape.rowSecurity ? await ownershipPaths(target.table, entries.map(([, p]) => p), actor.shapes, actor.db) : emptyPaths();
  const rows = [];
  for (const u of actor.users) {
    const made = await actor.ownRows(target.table, u, paths, target.extra);
    if (typeof made === "string") return `could not insert representative rows (${made}${raisedIn(actor.factory.lastError)})`;
    rows.push(made);
  }
  return { table: target.table, shape, entries, paths, rowsA: rows[0], rowsB: rows[1], extra: target.extra, movable: target.movable };
}
async function actAsRoles(actor, t) {
  const select = await selectStep(actor, t);
  const ownRowsSeen = t.rowsA.some((r) => select.seen.a.has(r.__ctid)) || t.rowsB.some((r) => select.seen.b.has(r.__ctid));
  const outcomes = [select, await insertStep(actor, t), await updateStep(actor, t), await withCheckStep(actor, t), await deleteStep(actor, t)];
  const raisedOps = outcomes.flatMap((o) => o.errors.filter((e) => e.signedIn && RAISED.test(e.code ?? "")).map((e) => e.op));
  const met = raisedOps.length ? await ownerRequests(actor, t, raisedOps) : /* @__PURE__ */ new Map();
  const unverified = /* @__PURE__ */ new Map();
  for (const [op, e] of met) {
    const why = e && RAISED.test(e.code ?? "") ? await raisedUnderCondition(actor.db, e) : void 0;
    if (why) unverified.set(op, why);
  }
  return { outcomes, ownRowsSeen, owner: { owns: t.paths.uidCols.size > 0, met, unverified } };
}
function judge(t, target, acted, input, tally) {
  const { outcomes, ownRowsSeen, owner } = acted;
  const rowSecurity = t.shape.rowSecurity;
  const errors = outcomes.flatMap((o) => o.errors);
  const failing = roleErrorFindings(target.table, errors, t.entries, rowSecurity, input, owner).map((f) => ({ ...f, title: f.title.replace(target.table, target.label) }));
  const breaches = undeclared(
    outcomes.flatMap((o) => o.breaches),
    t.entries,
    target.table
  );
  const ownership = describePath(target.table, t.paths);
  const breach = breaches.length ? breachFinding({ table: target.table, label: target.label, entries: t.entries, rowSecurity, ownership }, breaches, input) : void 0;
  for (const o of outcomes) {
    const step = tally.commands.get(o.command);
    if (!o.ran) continue;
    step.ran++;
    const broke = undeclared(o.breaches, t.entries, target.table).length > 0;
    const errors2 = realErrors(target.table, o.errors, t.entries, rowSecurity, input);
    if (!broke && !errors2.length) continue;
    step.failed.push(target.label);
    const own = failing.filter((f) => errors2.some((e) => f.evidence.error === e.message && f.evidence.commands.includes(e.op)));
    tally.blame(o.command, [...broke && breach ? [breach] : [], ...own]);
  }
  tally.findings.push(...failing);
  for (const f of failing) tally.details.push(`${target.label}: ${f.title}: ${f.evidence.error}`);
  if (breach) {
    tally.findings.push(breach);
    tally.details.push(`${target.label}: LEAK — ${breach.message.split(". ")[0]}`);
    tally.probed++;
    return;
  }
  if (failing.length) {
    tally.probed++;
    return;
  }
  const unowned = rowSecurity && !ownRowsSeen && t.entries.length ? unownedRows(t.entries, t.paths, target.bucket) ?? closedByGrants(outcomes[0].errors) : void 0;
  if (rowSecurity && !ownRowsSeen && t.entries.length && !unowned) {
    const opaque = t.paths.opaqueCalls.length ? ` (policies call ${t.paths.opaqueCalls.join(", ")})` : "";
    tally.skip(target.label, `neither test user could read their own rows, so the ownership path was not exercised${opaque}; no cross-tenant access was seen`);
    return;
  }
  tally.probed++;
  const noPolicy = !t.entries.length && rowSecurity ? "; RLS on with no policy: nobody reads it through the API" : unowned ? `; ${unowned}` : "";
  tally.details.push(`${target.label}: isolated for anon and across tenants (SELECT/INSERT/UPDATE/DELETE)${ownership ? `; ownership via ${ownership}` : ""}${noPolicy}`);
}
function summarize(tally, total) {
  const leaks = tally.findings.filter((f) => f.ruleId === "rls-isolation-breach");
  const unverified = (f) => f.evidence?.unverified === true;
  const failures = tally.findings.filter((f) => f.ruleId === "role-request-failed" && !unverified(f));
  const others = tally.findings.filter((f) => f.ruleId !== "rls-isolation-breach" && (f.ruleId !== "role-request-failed" || unverified(f)));
  const steps = [...tally.commands].map(([command, s]) => ({
    step: command,
    status: s.failed.length ? "failed" : s.ran ? "passed" : "not-run",
    summary: s.failed.length ? `failed on ${s.failed.join(", ")}` : s.ran ? `held on ${s.ran} object(s)` : "nothing to try it on"
  }));
  steps.push(...tally.extraSteps);
  const problems = [
    leaks.length ? `${leaks.length} of ${total} object(s) leak rows to anon or across tenants: ${leaks.map((f) => f.object).join(", ")}` : "",
    failures.length ? `${failures.length} request kind(s) fail as the API roles: ${failures.map((f) => f.title).join("; ")}` : "",
    others.length ? others.map((f) => f.title).join("; ") : ""
  ].filter(Boolean);
  return {
    probe: "rls-isolation",
    status: tally.findings.length ? "failed" : tally.notProbed.length ? "partial" : "passed",
    summary: problems.length ? problems.join("; ") : `${tally.probed} of ${total} object(s) isolated as anon and across two tenants (SELECT/INSERT/UPDATE/DELETE)${tally.notProbed.length ? `; ${tally.notProbed.length} not probed` : ""}`,
    details: tally.details,
    notProbed: tally.notProbed,
    steps
  };
}

// src/live/probes/trigger.ts
var TIMESTAMP_COLS = ["updated_at", "modified_at", "updated_on", "last_modified", "last_modified_at", "updatedat", "updatedAt", "modified", "date_updated"];
function parseTriggerDef(def) {
  const m = /\b(BEFORE|AFTER|INSTEAD OF)\s+(.+?)\s+ON\s+/i.exec(def);
  if (!m) return void 0;
  const events = m[2].split(/\s+OR\s+/i).map((e) => {
    const u = /^UPDATE\s+OF\s+(.+)$/i.exec(e.trim());
    return u ? { op: "UPDATE", cols: u[1].split(",").map((c) => c.trim().replace(/^"|"$/g, "")) } : { op: e.trim().toUpperCase() };
  });
  return { timing: m[1].toUpperCase(), events, row: /FOR EACH ROW/i.test(def) };
}
var triggerProbe = {
  id: "trigger",
  async run(input) {
    const { db, trace } = input;
    const before = trace.before;
    const after = trace.after;
    const triggers = Object.entries(after.triggers).filter(([k, t]) => before.triggers[k]?.definition !== t.definition);
    if (!triggers.length) {
      return { result: { probe: "trigger", status: "not-applicable", summary: "the PR adds no triggers" }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    }
    const shapes = new Shapes(db);
    const factory = new RowFactory(db, shapes);
    const tally = { findings: [], unverified: [], details: [], notProbed: [], probed: 0 };
    for (const [key, trg] of triggers) {
      const c = await triggerCase(key, trg, shapes, tally);
      if (!c) continue;
      const firing = await fire(c, factory, input, tally);
      const ownProblems = firing.problems.length > firing.errors.length;
      judge2(c, firing, input, tally, firing.errors.length && !ownProblems ? engineCauses(input, firing.errors) : void 0);
    }
    return {
      result: {
        probe: "trigger",
        status: tally.findings.length ? "failed" : tally.notProbed.length || tally.unverified.length ? "partial" : "passed",
        summary: tally.findings.length ? `${tally.findings.length} of ${triggers.length} trigger(s) failed or had no effect: ${tally.findings.map((f) => f.object).join(", ")}` : `${tally.probed - tally.unverified.length} of ${triggers.length} trigger(s) fired on a probe row without error${tally.unverified.length ? `; ${tally.unverified.length} could not be verified on the review engine's stand-in for a platform extension: ${tally.unverified.map((f) => f.object).join(", ")}` : ""}`,
        details: tally.details,
        notProbed: tally.notProbed
      },
      findings: [...tally.findings, ...tally.unverified],
      objectsProbed: tally.probed,
      objectsNotProbed: tally.notProbed.filter((n) => !/TRUNCATE event not fired/.test(n)).length
    };
  }
};
async function triggerCase(key, trg, shapes, tally) {
  const name = key.split(".").pop().replace(/"/g, "");
  const parsed = parseTriggerDef(trg.definition);
  const shape = await shapes.get(trg.table);
  if (!parsed || !shape) {
    tally.notProbed.push(`${key}: ${!shape ? `${trg.table} is not a plain table (view or foreign table)` : "could not read its definition"}`);
    return void 0;
  }
  if (trg.enabled === "D") {
    tally.notProbed.push(`${key}: disabled`);
    return void 0;
  }
  return { key, name, trg, parsed, shape, fnName: trg.function.split(".").pop() };
}
async function fire(c, factory, input, tally) {
  const { db } = input;
  const f = { problems: [], errors: [], everyRow: /* @__PURE__ */ new Set(), ok: [], refused: [], skipped: "" };
  const fires = (op) => c.parsed.events.some((e) => e.op === op);
  await rolledBack(db, async () => {
    const caller = await signInIfRead(c, factory, db);
    if (caller) tally.details.push(`${c.key}: fired as a signed-in user (${c.trg.function} reads the caller's identity, which API requests carry)`);
    const ctx = { label: "trigger", rows: /* @__PURE__ */ new Map() };
    const row = await factory.insert(c.trg.table, ctx, {}, { fillFks: false });
    if (typeof row === "string") {
      const error = factory.lastError;
      const causedByTrigger = fires("INSERT") && await insertsWithout(db, c.trg.table, c.name, () => factory.insert(c.trg.table, { label: "trigger-off", rows: /* @__PURE__ */ new Map() }, {}, { fillFks: false }));
      if (causedByTrigger) await failed(db, f, "INSERT", error ?? { message: row }, row);
      else f.skipped = `could not build a valid probe row for ${c.trg.table} (${row})`;
      return;
    }
    if (fires("INSERT")) f.ok.push("INSERT");
    if (fires("UPDATE")) await fireUpdate(c, row, db, f);
    if (fires("DELETE")) await fireDelete(c, row, db, f);
    if (fires("TRUNCATE")) tally.notProbed.push(`${c.key}: TRUNCATE event not fired (it would lock the whole table)`);
  });
  return f;
}
async function signInIfRead(c, factory, db) {
  const src = await db.query(`select (select p.prosrc from pg_proc p where p.oid = to_regproc($1)) as src, to_regclass('auth.users') is not null as users`, [c.trg.function]).catch(() => void 0);
  const r = src?.rows[0];
  if (!r?.users || !/auth\.(uid|jwt|role)\s*\(|request\.jwt/i.test(r.src ?? "")) return void 0;
  const user = await factory.insert("auth.users", { label: "trigger-caller", rows: /* @__PURE__ */ new Map() }, {}, { fillFks: false });
  const uid = typeof user === "string" ? void 0 : user.id ?? void 0;
  if (!uid) return void 0;
  await setJwtClaims(db, { role: "authenticated", sub: uid });
  return uid;
}
async function failed(db, f, op, e, blamed = e.message) {
  const raised = await raisedBy(db, e);
  if (raised === "guard") {
    f.refused.push(`${op} refused by the trigger's own RAISE: ${blamed}`);
    return;
  }
  f.problems.push(`${op} failed: ${blamed}`);
  f.errors.push(e);
  if (failsForEveryRow(raised === "handler" ? { message: e.message } : e)) f.everyRow.add(op);
}
function blame(c, e) {
  return e.where && e.where.includes(c.fnName) ? `${e.message} (in ${c.trg.function})` : e.message;
}
async function fireUpdate(c, row, db, f) {
  const { shape, parsed } = c;
  const ofCols = parsed.events.find((e) => e.op === "UPDATE")?.cols;
  const stampCol = shape.columns.find((x) => TIMESTAMP_COLS.includes(x.name) && /^(timestamp|date)/.test(x.base));
  const promisesStamp = /updat|modif|touch|timestamp|stamp/i.test(`${c.name} ${c.fnName}`) && !!stampCol && parsed.timing === "BEFORE" && parsed.row;
  const setCol = ofCols?.[0] ?? shape.columns.find((x) => !x.generated && x.identity !== "a" && !shape.pk.includes(x.name) && x.name !== stampCol?.name)?.name ?? shape.columns.find((x) => !x.generated)?.name;
  if (promisesStamp && stampCol) return fireStampUpdate(c, row, db, f, stampCol.name, setCol);
  if (!setCol) return;
  const u = await attempt(db, `update ${shape.name} set ${q(setCol)} = ${q(setCol)} where ctid = $1::tid`, [row.__ctid], { keep: true });
  if (!u.ok) await failed(db, f, "UPDATE", u.error, blame(c, u.error));
  else if (!u.affected && parsed.timing === "BEFORE" && parsed.row) f.problems.push(`UPDATE affected no row: a BEFORE ROW trigger that returns NULL silently skips the write`);
  else f.ok.push("UPDATE");
}
async function fireStampUpdate(c, row, db, f, stampCol, setCol) {
  const { shape } = c;
  const old = "2000-01-01 00:00:00+00";
  const quiet = await attempt(db, `set local session_replication_role = replica`, void 0, { keep: true });
  if (quiet.ok) {
    await db.query(`update ${shape.name} set ${q(stampCol)} = $1 where ctid = $2::tid`, [old, row.__ctid]);
    await db.query(`set local session_replication_role = origin`);
  }
  const u = await attempt(
    db,
    quiet.ok ? `update ${shape.name} set ${q(setCol)} = ${q(setCol)} where ${q(stampCol)} = $1 returning ${q(stampCol)}::text as v` : `update ${shape.name} set ${q(stampCol)} = $1 where ctid = $2::tid returning ${q(stampCol)}::text as v`,
    quiet.ok ? [old] : [old, row.__ctid],
    { keep: true }
  );
  if (!u.ok) await failed(db, f, "UPDATE", u.error, blame(c, u.error));
  else if (!u.rows.length) f.problems.push(`UPDATE affected no row: a BEFORE ROW trigger that returns NULL silently skips the write`);
  else if (new Date(u.rows[0].v).getTime() !== new Date(old).getTime()) f.ok.push(`UPDATE (${stampCol} moved from ${old.slice(0, 10)} to ${u.rows[0].v})`);
  else f.problems.push(`UPDATE ran but ${stampCol} stayed at ${old}: the trigger does not set it`);
}
async function fireDelete(c, row, db, f) {
  const { shape } = c;
  const byPk = shape.pk.length && shape.pk.every((x) => row[x] != null);
  const d = byPk ? await attempt(db, `delete from ${shape.name} where ${shape.pk.map((x, i) => `${q(x)}::text = $${i + 1}`).join(" and ")}`, shape.pk.map((x) => row[x]), { keep: true }) : await attempt(db, `delete from ${shape.name} where ctid = (select ctid from ${shape.name} order by ctid desc limit 1)`, void 0, { keep: true });
  if (!d.ok) await failed(db, f, "DELETE", d.error, blame(c, d.error));
  else f.ok.push("DELETE");
}
function judge2(c, f, input, tally, causes) {
  const { key, name, trg, parsed } = c;
  if (f.skipped && !f.problems.length) {
    tally.notProbed.push(`${key}: ${f.skipped}`);
    return;
  }
  tally.probed++;
  if (f.refused.length) tally.details.push(`${key}: ${f.refused.join("; ")} (a guard doing what it was written to do)`);
  if (!f.problems.length) {
    if (f.ok.length || !f.refused.length) tally.details.push(`${key}: fired on ${f.ok.join(", ") || "nothing"} without error`);
    return;
  }
  tally.details.push(`${key}: ${f.problems.join("; ")}`);
  const at = placeForCreated(triggerName(trg.table, name), input, trg.table);
  if (causes && !causes.standIn) {
    tally.notProbed.push(`${key}: not verified: ${causes.gap}`);
    return;
  }
  if (causes?.standIn) {
    const ext = causes.standIn;
    tally.unverified.push({
      ruleId: "trigger-failed",
      severity: "medium",
      phase: "live",
      category: "integrity",
      ...at,
      column: 1,
      object: key,
      title: `Trigger ${name} on ${trg.table} could not be verified: it calls ${ext} in a form pgreview's stand-in does not accept`,
      message: `Fired on a probe row: ${f.problems.join("; ")}. ${ext} is a pgreview stand-in on the review engine, with the real extension's usual objects and signatures, not all of them: if the real ${ext} has no such object or signature either, every ${parsed.events.map((e) => e.op).join("/")} on ${trg.table} fails in production once this trigger is deployed.`,
      fix: { description: `Check the call against the real ${ext} (its argument types: an implicit cast must exist for each), then fire the trigger on a row of ${trg.table} where ${ext} is installed.` },
      evidence: { trigger: key, function: trg.function, problems: f.problems, couldNotVerify: true, standIn: ext }
    });
    return;
  }
  const settings = sessionSettingsRead(f.errors);
  if (settings) {
    const list = settings.join(", ");
    tally.unverified.push({
      ruleId: "trigger-failed",
      severity: "medium",
      phase: "live",
      category: "integrity",
      ...at,
      column: 1,
      object: key,
      title: `Trigger ${name} on ${trg.table} fails unless the writing session sets ${list}`,
      message: `Fired on a probe row: ${f.problems.join("; ")}. ${trg.function} reads the custom setting${settings.length > 1 ? "s" : ""} ${list} with current_setting(), which fails in every session that has not set ${settings.length > 1 ? "them" : "it"}: a write from your application goes through only if it sets ${list} first (SET, SET LOCAL or set_config), and one from a console, a job, a seed script or an API request that does not, fails. pgreview cannot tell whether every writer does.`,
      fix: {
        description: `Read ${settings.length > 1 ? "them" : "it"} with current_setting('${settings[0]}', true), which gives NULL when unset, and decide what the trigger does then; or make sure every session that writes to ${trg.table} sets ${list}.`
      },
      evidence: { trigger: key, function: trg.function, problems: f.problems, couldNotVerify: true, sessionSettings: settings }
    });
    return;
  }
  tally.findings.push({
    ruleId: "trigger-failed",
    // docs/severity.md: a failure that hits every write of a table in production is critical.
    severity: f.everyRow.size ? "critical" : f.problems.some((p) => /failed|skips the write/.test(p)) ? "high" : "medium",
    phase: "live",
    category: "integrity",
    ...at,
    column: 1,
    object: key,
    title: `Trigger ${name} on ${trg.table} ${f.problems.some((p) => /failed/.test(p)) ? "fails when it fires" : "does not do what its name says"}`,
    message: `Fired on a probe row: ${f.problems.join("; ")}. ` + (f.everyRow.size ? `The error does not depend on the row's values, so every ${[...f.everyRow].join("/")} on ${trg.table} fails in production once this trigger is deployed.` : `Every ${parsed.events.map((e) => e.op).join("/")} on ${trg.table} with a row like the probe's will hit this in production.`),
    fix: { description: `Fix the trigger function ${trg.function} and test it with a row of ${trg.table}.` },
    evidence: { trigger: key, function: trg.function, problems: f.problems, failsForEveryRow: [...f.everyRow] }
  });
}
function sessionSettingsRead(errors) {
  const names = /* @__PURE__ */ new Set();
  for (const e of errors) {
    const name = unsetSessionSetting(e);
    if (!name) return void 0;
    names.add(name);
  }
  return names.size ? [...names].sort() : void 0;
}
function engineCauses(input, errors) {
  const out = {};
  for (const e of errors) {
    const gap = engineGapCause(e, input.gaps);
    if (gap) {
      out.gap ??= gap;
      continue;
    }
    const ext = /does not exist/.test(e.message) ? standInOf(input.trace.standIns, e.message.split("\n")[0]) : void 0;
    if (!ext) return void 0;
    out.standIn ??= ext;
  }
  return out;
}
function standInOf(standIns, message) {
  const parts = missingName(message)?.split(".");
  const bySchema = parts && parts.length > 1 ? standIns.find((s) => s.schemas.includes(parts[0])) : void 0;
  return (bySchema ?? standIns.find((s) => extensionDefines(s.extension, message)))?.extension;
}
async function insertsWithout(db, table, trigger, insert) {
  await db.query("savepoint pgreview_trigger_off");
  try {
    await db.query(`alter table ${table} disable trigger ${q(trigger)}`);
    return typeof await insert() !== "string";
  } catch {
    return false;
  } finally {
    await db.exec("rollback to savepoint pgreview_trigger_off; release savepoint pgreview_trigger_off").catch(() => void 0);
  }
}
async function raisedBy(db, e) {
  if (!/^PL\/pgSQL function .* at RAISE$/.test(e.where?.split("\n")[0]?.trim() ?? "")) return void 0;
  return await raisedInHandler(db, e) === true ? "handler" : "guard";
}
function failsForEveryRow(e) {
  if (e.code) return /^(42|2F|2D|39)/.test(e.code) || e.code === "0A000";
  return /record "(new|old)" has no field|column .* does not exist|relation .* does not exist|function .* does not exist|control reached end of trigger procedure without RETURN|permission denied/.test(e.message);
}

// src/live/probes/reapply.ts
function reapplySeverity(m, statements) {
  const p = partialApply(m, statements);
  if (p.possible) return { severity: "medium", why: `This matters: ${p.why}, and re-running the file then fails at the first statement that already ran.` };
  return { severity: "low", why: `Low risk: the file cannot be half-applied, since ${p.why}. Nothing re-runs it on its own; it fails only if someone applies it by hand a second time.` };
}
var reapplyProbe = {
  id: "reapply",
  async run(input) {
    const { db, trace } = input;
    const out = { result: { probe: "reapply", status: "passed", summary: "" }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    const applied = new Set(trace.migrations.filter((m) => m.status !== "base" && m.applied === "applied").map((m) => m.id));
    const all = changedUp(input.sources);
    const sources = all.filter((s) => applied.has(s.migration.id) && !s.error);
    const notProbed = all.filter((s) => !sources.includes(s)).map((s) => `${s.source.file}: ${s.error ? "could not be parsed" : "did not apply the first time"}`);
    if (!sources.length) {
      out.result = { probe: "reapply", status: "not-run", summary: "no changed migration applied cleanly, so none could be re-applied", notProbed };
      out.objectsNotProbed = notProbed.length;
      return out;
    }
    const versionNum = await serverVersionNum(db);
    const details = [];
    let idempotent = 0;
    await rolledBack(db, async () => {
      const catalog = await CatalogDelta.start(db, { timeoutMs: 6e4 }, trace.after);
      for (const src of sources) {
        const runs = await runStatements(db, src, { timeoutMs: input.settings.statementTimeoutMs, versionNum, gaps: input.gaps });
        const changes = await catalog.next();
        const lacking = runs.filter((r) => r.engineGap);
        const failed2 = runs.filter((r) => !r.ok);
        const reinserted = runs.filter((r) => r.ok && !r.skipped && r.stmt.kind === "InsertStmt" && (r.affected ?? 0) > 0);
        const skipped = runs.filter((r) => r.skipped && !/transaction control/.test(r.skipped));
        const delta = describeDelta(changes, { created: "created again", dropped: "dropped", altered: "changed" });
        out.objectsProbed++;
        for (const s of skipped) notProbed.push(`${src.source.file}:${s.stmt.span.line}: ${s.skipped}`);
        if (!failed2.length && !reinserted.length && !delta.length) {
          if (lacking.length) {
            details.push(`${src.source.file}: re-applied without error, except ${lacking.length} statement(s) the review engine could not run`);
            continue;
          }
          idempotent++;
          details.push(`${src.source.file}: re-applied cleanly (${runs.filter((r) => !r.skipped).length} statements)`);
          continue;
        }
        const { severity, why } = reapplySeverity(src.migration, src.statements);
        const first = failed2[0] ?? reinserted[0];
        const problems = [
          ...failed2.slice(0, 5).map((r) => `line ${r.stmt.span.line}: ${r.error.message}`),
          ...reinserted.slice(0, 5).map((r) => `line ${r.stmt.span.line}: INSERT added ${r.affected} row(s) again`),
          ...delta.slice(0, 5)
        ];
        details.push(`${src.source.file}: NOT idempotent — ${problems.join("; ")}`);
        const finding = {
          ruleId: "not-idempotent",
          severity,
          phase: "live",
          category: "deploy",
          file: src.source.file,
          line: first?.stmt.span.line ?? src.source.startLine,
          column: 1,
          endLine: first?.stmt.span.endLine ?? src.source.startLine,
          migrationId: src.migration.id,
          object: src.source.file,
          title: `${src.source.file} cannot be applied twice`,
          message: `Applied a second time on top of itself, ${failed2.length ? `${failed2.length} statement(s) failed (first at line ${failed2[0].stmt.span.line}: ${failed2[0].error.message})` : "every statement ran"}${reinserted.length ? `; ${reinserted.length} INSERT(s) added their rows again` : ""}${delta.length ? `; the catalog changed again: ${delta.slice(0, 3).join(", ")}` : ""}. ${why}`,
          fix: {
            description: "Make each statement safe to re-run: CREATE … IF NOT EXISTS, DROP … IF EXISTS, CREATE OR REPLACE, DROP POLICY IF EXISTS before CREATE POLICY, INSERT … ON CONFLICT DO NOTHING."
          },
          evidence: {
            failures: failed2.slice(0, 10).map((r) => ({ line: r.stmt.span.line, error: r.error.message, code: r.error.code })),
            reinserted: reinserted.map((r) => ({ line: r.stmt.span.line, rows: r.affected })),
            catalog: delta.slice(0, 10),
            transactionMode: src.migration.transactionMode ?? (src.migration.transactional ? "per-migration" : "none")
          }
        };
        out.findings.push(finding);
      }
    });
    const bad = out.findings.length;
    const serious = out.findings.some((f) => f.severity !== "low" && f.severity !== "info");
    out.result = {
      probe: "reapply",
      // A probe that found a problem has not passed, however low the problem ranks: `severity` says how much it matters.
      status: bad ? "failed" : notProbed.length ? "partial" : "passed",
      summary: bad ? `${bad} of ${sources.length} changed migration(s) are not idempotent: ${out.findings.map((f) => f.file).join(", ")}${serious ? "" : " (low risk: none of them can be half-applied, so only a manual second run would fail)"}` : idempotent === sources.length ? `all ${idempotent} changed migration(s) re-apply cleanly on top of themselves` : `${idempotent} of ${sources.length} changed migration(s) re-apply cleanly on top of themselves; the others ran without error except statements the review engine could not run`,
      details,
      notProbed
    };
    out.objectsNotProbed = notProbed.length;
    return out;
  }
};

// src/live/probes/reversibility.ts
var reversibilityProbe = {
  id: "reversibility",
  async run(input) {
    const out = { result: { probe: "reversibility", status: "not-run", summary: "" }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    const historyIds = new Set(input.sources.map((s) => s.migration.id));
    const changed = input.set.migrations.filter((m) => m.status !== "base" && historyIds.has(m.id));
    const cannot = cannotRehearse(input, changed, out);
    if (cannot) return cannot;
    const r = {
      input,
      changed,
      downs: [...changed].reverse().map((m) => input.sources.find((s) => s.migration.id === m.id && s.direction === "down")),
      ups: changed.map((m) => input.sources.find((s) => s.migration.id === m.id && s.direction === "up")),
      limit: { timeoutMs: input.settings.statementTimeoutMs, versionNum: await serverVersionNum(input.db), gaps: input.gaps },
      findings: [],
      details: [],
      notProbed: []
    };
    await rolledBack(input.db, async () => {
      if (!await runDowns(r)) return;
      await compareWithBase(r);
      out.objectsProbed = changed.length;
      await runUpsAgain(r);
    });
    const failed2 = r.findings.length > 0;
    const notVerified = r.notProbed.filter((n) => NOT_VERIFIED.test(n)).length;
    out.findings = r.findings;
    out.result = {
      probe: "reversibility",
      status: failed2 ? "failed" : r.notProbed.length ? "partial" : "passed",
      summary: failed2 ? r.findings.map((f) => f.title).join("; ") : notVerified ? `up → down → up ran for ${changed.length} migration(s) except ${notVerified} statement(s) the review engine could not run, which are not verified` : `up → down → up succeeded for ${changed.length} migration(s); the catalog after down matches the base`,
      details: r.details,
      notProbed: r.notProbed
    };
    out.objectsNotProbed += r.notProbed.length;
    return out;
  }
};
var NOT_VERIFIED = /:\d+: not verified: /;
function noteSkipped(r, file, runs) {
  for (const x of runs) if (x.skipped && !/transaction control/.test(x.skipped)) r.notProbed.push(`${file}:${x.stmt.span.line}: ${x.skipped}`);
}
function cannotRehearse(input, changed, out) {
  if (!changed.some((m) => m.down)) {
    out.result.summary = `no down migrations in this ${input.set.layout} layout: rollback was not rehearsed (write a rollback plan)`;
    return out;
  }
  const notProbed = changed.filter((m) => !m.down).map((m) => `${m.path}: has no down migration`);
  if (notProbed.length) {
    out.result = { probe: "reversibility", status: "not-run", summary: `${notProbed.length} of ${changed.length} changed migration(s) have no down migration, so the PR cannot be rolled back as a whole`, notProbed };
    out.objectsNotProbed = notProbed.length;
    return out;
  }
  const { trace } = input;
  const failedUp = trace.migrations.filter((m) => m.status !== "base" && m.applied !== "applied");
  if (failedUp.length || !trace.before || !trace.after) {
    out.result = { probe: "reversibility", status: "not-run", summary: `not run: ${failedUp.map((m) => m.file).join(", ") || "the catalog"} did not apply cleanly, so there is nothing to roll back` };
    out.objectsNotProbed = changed.length;
    return out;
  }
  return void 0;
}
async function runDowns(r) {
  for (const src of r.downs) {
    if (!src) continue;
    if (src.error) {
      r.findings.push(failure(src.source.file, src.migration.id, src.error.line, `cannot be parsed: ${src.error.message}`, "down"));
      return false;
    }
    const runs = await runStatements(r.input.db, src, r.limit);
    noteSkipped(r, src.source.file, runs);
    const bad = runs.find((x) => !x.ok);
    if (bad) {
      r.findings.push(failure(src.source.file, src.migration.id, bad.stmt.span.line, bad.error.message, "down", bad.stmt.span.endLine));
      r.details.push(`${src.source.file}: down failed at line ${bad.stmt.span.line}: ${bad.error.message}`);
      return false;
    }
    r.details.push(`${src.source.file}: down ran (${runs.filter((x) => !x.skipped).length} statements)`);
  }
  return true;
}
async function compareWithBase(r) {
  const afterDown = await snapshotCatalog(r.input.db, { timeoutMs: 6e4 });
  const leftover = diffCatalog(r.input.trace.before, afterDown);
  const diffs = describeDelta(leftover);
  const notReRun = r.notProbed.filter((n) => /: not (re-run|executed|verified)/.test(n)).length;
  if (!diffs.length) {
    r.details.push("after down: the catalog matches the base exactly");
    return;
  }
  if (notReRun) {
    const notVerified = r.notProbed.filter((n) => NOT_VERIFIED.test(n)).length;
    const why = [notReRun > notVerified ? `${notReRun - notVerified} down statement(s) were not run` : "", notVerified ? `${notVerified} statement(s) the review engine could not run were not verified` : ""].filter(Boolean).join(", and ");
    r.details.push(`after down: ${diffs.length} difference(s) from the base, not judged: ${why} (${diffs.slice(0, 3).join("; ")})`);
    return;
  }
  const newest = r.downs[0];
  const mentions = (name) => {
    const names = (src) => !!src && src.statements.some((s) => namesObject(s, name));
    const up = [...r.ups].reverse().find(names);
    return r.downs.find(names) ?? r.downs.find((d) => d && up && d.migration.id === up.migration.id) ?? newest;
  };
  const first = [...leftover.created, ...leftover.dropped, ...leftover.altered][0];
  const where = mentions(first.name);
  r.findings.push({
    ruleId: "down-migration-incomplete",
    severity: "medium",
    phase: "live",
    category: "deploy",
    file: where.source.file,
    line: where.source.startLine,
    column: 1,
    endLine: where.source.startLine,
    migrationId: where.migration.id,
    object: first.name,
    title: `Down migration leaves the schema different from before: ${first.kind} ${first.name}`,
    message: `After up → down, the catalog differs from the base: ${diffs.slice(0, 8).join("; ")}${diffs.length > 8 ? `; +${diffs.length - 8} more` : ""}. Rolling back would leave these behind (or missing), and applying the migration again may then fail.`,
    fix: { description: "Make the down migration undo everything the up migration does (in reverse order), e.g. DROP INDEX IF EXISTS for every index the up creates." },
    evidence: { differences: diffs.slice(0, 30) }
  });
  r.details.push(`after down: ${diffs.length} difference(s) from the base: ${diffs.slice(0, 5).join("; ")}`);
}
async function runUpsAgain(r) {
  for (const src of r.ups) {
    if (!src) continue;
    const runs = await runStatements(r.input.db, src, r.limit);
    for (const x of runs) if (x.engineGap) r.notProbed.push(`${src.source.file}:${x.stmt.span.line}: ${x.skipped}`);
    const bad = runs.find((x) => !x.ok);
    if (bad) {
      r.findings.push(failure(src.source.file, src.migration.id, bad.stmt.span.line, bad.error.message, "up-again", bad.stmt.span.endLine));
      r.details.push(`${src.source.file}: up after down failed at line ${bad.stmt.span.line}: ${bad.error.message}`);
      return;
    }
  }
  const again = describeDelta(diffCatalog(r.input.trace.after, await snapshotCatalog(r.input.db, { timeoutMs: 6e4 })), { created: "extra", dropped: "missing", altered: "differs" });
  r.details.push(again.length ? `up again: differs from the first up: ${again.slice(0, 5).join("; ")}` : "up again: same catalog as the first up");
}
function failure(file, migrationId, line, message, phase, endLine = line) {
  return {
    ruleId: "down-migration-failed",
    severity: "high",
    phase: "live",
    category: "deploy",
    file,
    line,
    column: 1,
    endLine,
    migrationId,
    object: file,
    title: phase === "down" ? `Down migration fails: ${file}` : `Migration cannot be applied again after its down migration: ${file}`,
    message: phase === "down" ? `Running the down migrations after the up ones failed at ${file}:${line}: ${message}. A rollback in production would stop there.` : `After up → down, applying ${file} again failed at line ${line}: ${message}. The down migration does not restore the state the up migration expects.`,
    fix: { description: "Rehearse up → down → up locally and make the down migration the exact inverse of the up migration." },
    evidence: { phase, line, error: message }
  };
}

// src/live/probes.ts
var probes = [rlsIsolationProbe, triggerProbe, reapplyProbe, reversibilityProbe, dataVolumeProbe];
async function prepareProbes(input, list = probes) {
  const out = {};
  for (const probe of list) {
    if (!probe.prepare || !input.db.alive) continue;
    const started = performance.now();
    try {
      out[probe.id] = await probe.prepare(input);
      input.settings.onProgress?.(`probe ${probe.id}: prepared before the pull request's migrations in ${Math.round(performance.now() - started)} ms`);
    } catch (e) {
      out[probe.id] = new Error(`prepare failed: ${e.message}`);
    }
  }
  return out;
}
async function runProbes(input, list = probes) {
  const out = { results: [], findings: [], suppressed: [], objectsProbed: 0, objectsNotProbed: 0 };
  for (const probe of list) {
    if (!input.db.alive) {
      out.results.push({ probe: probe.id, status: "not-run", summary: "not run: the engine stopped" });
      continue;
    }
    const started = performance.now();
    try {
      const r = await probe.run(input);
      input.settings.onProgress?.(`probe ${probe.id}: ${r.result.status} in ${Math.round(performance.now() - started)} ms`);
      const kept = [];
      const ignored = [];
      for (const f of r.findings) {
        if (input.settings.rules[f.ruleId] === "off") continue;
        const ignore = findIgnore(f, statementAt(input.sources, f), input.sources);
        if (!ignore) kept.push(f);
        else {
          ignore.used = true;
          ignored.push({ ...f, reason: ignore.reason });
        }
      }
      out.results.push(keptResult(r, kept, ignored, input.settings));
      out.findings.push(...kept);
      out.suppressed.push(...ignored);
      out.objectsProbed += r.objectsProbed;
      out.objectsNotProbed += r.objectsNotProbed;
    } catch (e) {
      out.results.push({ probe: probe.id, status: "not-run", summary: `not run: ${e.message}` });
    }
  }
  return out;
}
function keptResult(output, kept, ignored, settings) {
  const { result, findings: all } = output;
  const dropped = all.length - kept.length;
  const leftOut = (list) => [...new Set(list.filter((f) => !kept.includes(f)).map((f) => f.ruleId))];
  const off = [...new Set(all.filter((f) => settings.rules[f.ruleId] === "off").map((f) => f.ruleId))];
  const ignoredIds = [...new Set(ignored.map((f) => f.ruleId))];
  const why = [off.length ? `${off.join(", ")} ${off.length === 1 ? "is" : "are"} turned off in the configuration` : "", ignoredIds.length ? `${ignoredIds.join(", ")} ${ignoredIds.length === 1 ? "is" : "are"} ignored in the migration (pgreview-ignore)` : ""].filter(Boolean).join("; ");
  const note = `${dropped} finding${dropped === 1 ? "" : "s"} not reported: ${why}`;
  const steps = dropped ? result.steps?.map((s) => {
    if (s.status !== "failed") return s;
    const own = output.stepFindings?.get(s.step);
    const left = own?.length ? own.some((f) => kept.includes(f)) ? void 0 : leftOut(own) : kept.length ? void 0 : [...off, ...ignoredIds];
    return left ? { ...s, status: "partial", summary: `not reported (${left.join(", ")} left out): ${s.summary}` } : s;
  }) : result.steps;
  if (kept.length) {
    const severity = worstSeverity(kept.map((f) => settings.rules[f.ruleId] ?? f.severity));
    return { ...result, status: "failed", severity, ...dropped ? { summary: `${result.summary}; ${note}` } : {}, ...steps ? { steps } : {} };
  }
  if (!dropped) return result;
  return {
    ...result,
    status: result.status === "failed" ? "partial" : result.status,
    summary: `${note} (what it found: ${result.summary})`,
    ...steps ? { steps } : {}
  };
}
function worstSeverity(list) {
  return list.reduce((w, s) => w === void 0 || SEVERITY_RANK[s] > SEVERITY_RANK[w] ? s : w, void 0);
}

// src/live/calibration.ts
function calibrationsFrom(rehearsal, migrations) {
  if (!rehearsal) return [];
  const out = [];
  for (const t of rehearsal.statements) {
    if (t.error || t.skipped) continue;
    const touched = t.locks.filter((l) => l.relation in rehearsal.tableRows).sort((a, b) => lockStrength(b.mode) - lockStrength(a.mode));
    const traced = migrations.find((m) => m.file === t.file)?.trace?.find((x) => x.line === t.line && !x.error && !x.skipped);
    out.push({ file: t.file, line: t.line, endLine: t.endLine, relation: touched[0]?.relation, tableRows: rehearsal.tableRows, ms: t.ms, emptyMs: traced?.durationMs, engine: rehearsal.engine, seeded: rehearsal.seeded });
  }
  return out;
}

// src/live/review.ts
function addBaseHistory(into, trace) {
  const out = into ?? { status: "complete", total: 0, applied: 0, partial: 0, failed: 0, skipped: 0, gaps: [], standIns: [] };
  for (const m of trace.migrations.filter((r) => r.status === "base")) {
    out.total++;
    if (m.applied === "applied" && m.gaps) out.partial++;
    else if (m.applied === "applied") out.applied++;
    else if (m.applied === "failed") out.failed++;
    else out.skipped++;
  }
  out.gaps.push(...trace.gaps);
  for (const note of trace.standIns.map(standInNote)) if (!out.standIns.includes(note)) out.standIns.push(note);
  out.status = out.total > 0 && out.skipped === out.total ? "not-applied" : out.partial || out.failed || out.gaps.length ? "partial" : "complete";
  return out;
}
function choosePresetFor(settings, set, staticResult) {
  if (settings.preset) return { id: settings.preset, reason: settings.configPath ? `set in ${settings.configPath} or on the command line` : "requested" };
  if (staticResult.supabase) {
    const picked = choosePreset(set.layout, staticResult.reviewed.map((r) => r.stmt));
    return picked.id === "supabase" ? picked : { id: "supabase", reason: "the SQL uses Supabase auth functions" };
  }
  return choosePreset(set.layout, staticResult.reviewed.map((r) => r.stmt));
}
async function runLive(input) {
  const { settings, set, staticResult } = input;
  if (settings.engine === "none") return notRun("static review only (--engine none)");
  if (!set.migrations.some((m) => m.status !== "base")) return notRun("no changed migrations");
  const preset = choosePresetFor(settings, set, staticResult);
  const histories = /* @__PURE__ */ new Map();
  for (const m of set.migrations) {
    const key = m.history ?? "";
    histories.set(key, [...histories.get(key) ?? [], m]);
  }
  const run = {
    input,
    preset,
    histories,
    out: { ...notRun(""), ran: true, skippedReason: void 0, preset },
    objects: { created: [], altered: [], dropped: [], source: "live" },
    seen: /* @__PURE__ */ new Map(),
    liveRules: input.rules.filter((r) => r.phase === "live" && settings.rules[r.id] !== "off"),
    rollbacks: []
  };
  for (const [history, migrations] of histories) {
    if (!migrations.some((m) => m.status !== "base")) continue;
    if (!await reviewHistory(run, history, migrations)) return notRun("no engine selected");
  }
  run.out.objects = run.objects;
  run.out.rollback = mergeRollbacks(run.rollbacks);
  return run.out;
}
async function reviewHistory(run, history, migrations) {
  const { out } = run;
  let h;
  let engine;
  try {
    h = await startHistory(run, history, migrations, (e) => engine = e);
    if (!h) return false;
    const progress = stageTimer(run.input.settings);
    const { trace, prepared, baseReach } = await applyHistory(run, h);
    progress(`applied: base ${Math.round(trace.timings.baseMs)} ms, changed ${Math.round(trace.timings.changedMs)} ms, catalog snapshots ${Math.round(trace.timings.snapshotMs)} ms`);
    h.db = trace.db;
    recordTrace(run, h, trace, prepared);
    await probeHistory(run, h, trace, baseReach, prepared);
    progress("probes done");
    const rollback = await rollbackFor({ settings: run.input.settings, db: h.db, engine: h.engine, trace, up: h.up });
    progress("rollback generated and proven");
    run.rollbacks.push({ history, report: rollback });
    offerRollback(out.findings, rollback, new Set(h.sources.map((s) => s.source.file)));
    noteHistory(run, h, trace);
    return true;
  } finally {
    await h?.session.close();
    await h?.db.close().catch(() => void 0);
    const eng = engine;
    await eng?.stop().catch(() => void 0);
    if (eng && out.engine) {
      const late = eng.describe().limits.filter((l) => !out.engine.limits.includes(l));
      if (late.length) out.engine = { ...out.engine, limits: [...out.engine.limits, ...late] };
    }
  }
}
function stageTimer(settings) {
  let last = performance.now();
  return (what) => {
    const now = performance.now();
    settings.onProgress?.(`${what} (stage: ${Math.round(now - last)} ms)`);
    last = now;
  };
}
async function startHistory(run, history, migrations, onStarted) {
  const { settings, set, sources } = run.input;
  const ids = new Set(migrations.map((m) => m.id));
  const historySources = sources.filter((s) => ids.has(s.migration.id));
  const needsExtensions = historySources.flatMap((src) => src.statements).filter((st) => st.kind === "CreateExtensionStmt").map((st) => String(st.node.extname));
  const prepare = reviewPrepare(run.preset.id);
  const cache = settings.baseCache ? new BaseCache(settings.baseCache.dir, settings.baseCache) : void 0;
  let use;
  const resume = async (engine2) => {
    use = void 0;
    if (!cache || !engine2.stateIdentity || !engine2.saveState) return void 0;
    const identity = await engine2.stateIdentity();
    if (!identity) return void 0;
    const key = baseCacheKey({
      engine: identity,
      preset: run.preset.id,
      prepareSql: prepare.sql,
      layout: set.layout,
      history,
      runnerSql: runnerSetup(set.layout, migrations)?.sql ?? "",
      migrator: MIGRATOR_ROLE,
      base: historySources.filter((s) => s.direction === "up" && s.migration.status === "base")
    });
    use = { cache, key, engine: identity, startMs: 0 };
    const hit = await cache.lookup(key);
    if (hit) use.restored = { record: hit.record, from: hit.from };
    return hit?.stateDir;
  };
  const t0 = performance.now();
  const started = await startEngine(settings, { prepare, needsExtensions, standIns: standInExtensions(run.preset.id), resume });
  if (!started) return void 0;
  onStarted(started.engine);
  const { engine, db } = started;
  const useFor = use;
  if (useFor) useFor.startMs = performance.now() - t0;
  if (useFor?.restored && !started.resumedFrom) useFor.restored = void 0;
  if (started.resumeError && useFor) {
    useFor.cache.remove(useFor.key);
    settings.onProgress?.(`the cached base could not be started from (${started.resumeError}); replaying the base history`);
  }
  run.out.engine = engineInfoFor(engine, settings.pgVersion);
  for (const f of started.failures) settings.onProgress?.(`the ${f.id} engine could not start: ${f.error.split("\n")[0]}`);
  settings.onProgress?.(`engine ${run.out.engine.id} started: ${run.out.engine.description}${history ? ` (history ${history})` : ""}`);
  const session = await ProbeSession.open(engine, db, MIGRATOR_ROLE);
  const up = historySources.filter((s) => s.direction === "up");
  const lacks = await readEngineGaps(db, historySources).catch(() => ({ lacking: /* @__PURE__ */ new Set(), sources: historySources, ran: /* @__PURE__ */ new Set() }));
  return { history, migrations, sources: historySources, up, engine, db, session, base: useFor, notes: [], lacks };
}
function engineInfoFor(engine, pgVersion) {
  const info = engine.describe();
  const serverMajor = Number(/(\d+)/.exec(info.serverVersion ?? "")?.[1] ?? NaN);
  if (!serverMajor || serverMajor === pgVersion) return info;
  return {
    ...info,
    limits: [
      ...info.limits,
      serverMajor < pgVersion ? `the review server is PostgreSQL ${serverMajor}, older than production (${pgVersion}): syntax or behaviour added since ${serverMajor} may fail here and not in production` : `the review server is PostgreSQL ${serverMajor}, newer than production (${pgVersion}): what ${serverMajor} accepts may still fail in production`
    ]
  };
}
async function applyHistory(run, h) {
  const { settings, set, staticResult } = run.input;
  const { engine: eng, session, base } = h;
  let prepared;
  let baseReach = /* @__PURE__ */ new Set();
  const prepareInput = { settings, set, sources: h.sources, staticResult, preset: run.preset.id, history: h.history, gaps: h.lacks };
  const asRole = eng.connectAs && !h.db.rollbackOnly ? await eng.connectAs(MIGRATOR_ROLE).catch(() => void 0) : void 0;
  let staged;
  const started = performance.now();
  const afterBase = async (d) => {
    const replayMs = performance.now() - started;
    const hasBase = h.migrations.some((m) => m.status === "base");
    const worthIt = hasBase && replayMs >= minBaseMsToCache(settings);
    if (base && !base.restored && eng.saveState && hasBase && !worthIt) {
      settings.onProgress?.(`the base history was not cached: its replay took ${Math.round(replayMs)} ms, less than saving and restoring it costs`);
    }
    if (base && !base.restored && eng.saveState && worthIt) {
      staged = base.cache.stage();
      await eng.saveState(staged.stateDir).catch((e) => {
        base.cache.discard(staged);
        staged = void 0;
        settings.onProgress?.(`the base history could not be cached: ${e.message.split("\n")[0]}`);
      });
    }
    if (!session.usable) return;
    prepared = await session.run(d, async (pdb) => {
      if (!pdb.rollbackOnly) baseReach = new Set((await containment(pdb, session.role, MIGRATOR_ROLE).catch(() => void 0))?.api ?? []);
      return prepareProbes({ ...prepareInput, db: pdb });
    });
  };
  const opts = {
    statementTimeoutMs: settings.statementTimeoutMs,
    totalTimeoutMs: settings.totalTimeoutMs,
    afterBase,
    runAs: { role: MIGRATOR_ROLE, db: asRole, reconnect: asRole && eng.connectAs ? () => eng.connectAs(MIGRATOR_ROLE) : void 0 },
    restart: eng.restartFresh ? () => eng.restartFresh() : void 0,
    runnerSetup: runnerSetup(set.layout, h.migrations),
    preset: run.preset.id,
    snapshotBefore: base && catalogBeforeWithCache(base, () => !!staged)
  };
  if (base?.restored) {
    const { record, from } = base.restored;
    const ms = base.startMs;
    h.notes.push(`base history restored from cache ${base.key} (${from === "remote" ? "the Actions cache" : "the cache folder"}; ${record.reports.length} base migration(s) not executed again, in ${Math.round(ms)} ms, engine start included, instead of ${Math.round(record.engineStartMs + record.baseMs)} ms to start a fresh engine and replay them)`);
    const trace2 = await applyTraced(h.db, h.up, { ...opts, applyBase: false, runnerSetup: void 0 });
    return { trace: withBaseRecord(trace2, base.restored.record, base.startMs), prepared, baseReach };
  }
  const trace = await applyTraced(h.db, h.up, opts);
  if (base && staged) saveBase(run, h, base, staged, trace);
  return { trace, prepared, baseReach };
}
function externalRoleLimits(trace) {
  const created = [...trace.externalRoles ?? []].sort();
  const failed2 = trace.externalRolesFailed ?? [];
  return [
    ...created.length ? [
      `roles ${created.join(", ")} must exist on every server these migrations run on: the migrations use them and never create them, so the review made them up (no login; USAGE and CREATE where the migration role has them; the migration role a member), and their real privileges were not verified`
    ] : [],
    ...failed2.length ? [`roles the migrations use but do not create could not be made up on the review server: ${failed2.join("; ")}`] : []
  ];
}
function catalogBeforeWithCache(base, saving) {
  return async (conn, opts) => {
    if (!base.restored) {
      if (saving()) base.beforePrints = await printState(conn, opts);
      return void 0;
    }
    const prints = base.restored.record.beforePrints;
    const cached = prints !== void 0 && prints === await printState(conn, opts) ? base.cache.before(base.key) : void 0;
    return cached && refreshStatistics(conn, cached, opts);
  };
}
var DEFAULT_REMOTE_CACHE_MIN_BASE_MS = 1500;
function minBaseMsToCache(settings) {
  const env = Number(process.env.PGREVIEW_CACHE_MIN_BASE_MS);
  if (settings.baseCache?.minBaseMs !== void 0) return settings.baseCache.minBaseMs;
  if (process.env.PGREVIEW_CACHE_MIN_BASE_MS !== void 0 && env >= 0) return env;
  return settings.baseCache?.remote ? DEFAULT_REMOTE_CACHE_MIN_BASE_MS : 0;
}
function saveBase(run, h, base, staged, trace) {
  const why = notCacheable(trace);
  if (why) {
    base.cache.discard(staged);
    run.input.settings.onProgress?.(`the base history was not cached: ${why}`);
    return;
  }
  const changed = new Set(h.up.filter((s) => s.migration.status !== "base").map((s) => s.source.file));
  try {
    base.cache.commit(staged, { ...baseRecordOf(trace, changed, base.key, base.engine, base.startMs), beforePrints: base.beforePrints }, trace.before);
    h.notes.push(`base history saved to cache ${base.key}`);
  } catch (e) {
    base.cache.discard(staged);
    run.input.settings.onProgress?.(`the base history could not be cached: ${e.message.split("\n")[0]}`);
  }
}
function recordTrace(run, h, trace, prepared) {
  const { settings, set, staticResult } = run.input;
  const { out, objects, seen } = run;
  markEnvironmentFailures(trace, h.sources);
  out.baseHistory = addBaseHistory(out.baseHistory, trace);
  for (const r of trace.refused.filter((r2) => r2.status === "base")) out.findings.push(finalizeFinding(settings, refusedBaseFinding(r), void 0, seen));
  out.migrations.push(...trace.migrations.filter((m) => m.status !== "base"));
  out.statementsExecuted += trace.migrations.filter((m) => m.status !== "base").reduce((n, m) => n + (m.trace ?? []).filter((t) => !t.error && !t.skipped).length, 0);
  objects.created.push(...trace.objects.created);
  objects.altered.push(...trace.objects.altered);
  objects.dropped.push(...trace.objects.dropped);
  const rules = trace.before && trace.after ? run.liveRules : run.liveRules.filter((r) => CATALOG_FREE_RULES.has(r.id));
  const production = run.histories.size === 1 ? run.input.production : void 0;
  const checked = runLiveRules({ settings, set, trace, sources: h.sources, staticResult, rules, seen, fallbackFile: h.up[0]?.source.file ?? "", production });
  out.findings.push(...checked.findings);
  out.suppressed.push(...checked.suppressed);
  const rehearsal = prepared?.["data-volume"];
  out.calibrations.push(...calibrationsFrom(rehearsal instanceof Error ? void 0 : rehearsal, trace.migrations));
  for (const escape of trace.escapes) out.findings.push(finalizeFinding(settings, escapeFinding(escape, h.up), void 0, seen));
  if (trace.stringsOff) out.findings.push(finalizeFinding(settings, stringsOffFinding(trace.stringsOff, "trace"), void 0, seen));
  for (const at of trace.baseStringsOff) out.findings.push(finalizeFinding(settings, stringsOffFinding(at, "base"), void 0, seen));
}
function refusedBaseFinding(r) {
  const { message } = describeCapabilities(r.hits);
  return {
    ruleId: "untrusted-capability",
    severity: "info",
    phase: "live",
    category: "security",
    file: r.file,
    line: r.line,
    column: 1,
    endLine: r.line,
    migrationId: r.migrationId,
    object: [...new Set(r.hits.map((h) => h.capability))].join(", "),
    title: "Already-merged migration statement not executed during the review",
    message: `${message} This migration is already merged (base history), so this is not a change of this pull request; the review went on without the statement, and the database it checked against may differ from production.`,
    evidence: { capabilities: r.hits.map(({ capability, detail }) => ({ capability, detail, refused: true })) }
  };
}
async function probeHistory(run, h, trace, baseReach, prepared) {
  const { settings, set, staticResult } = run.input;
  const { out, seen } = run;
  const { session, db } = h;
  if (db.alive && trace.after && session.usable) {
    await session.run(db, async (pdb) => {
      const reach = pdb.rollbackOnly ? { prober: [], api: [] } : await containment(pdb, session.role, trace.role);
      for (const r of reach.api) {
        if (baseReach.has(r)) session.notes.push(`already after the base migrations: ${r}`);
        else out.findings.push(finalizeFinding(settings, reachFinding(r, h.up), void 0, seen));
      }
      if (reach.prober.length) {
        out.probes.push({ probe: "probes", status: "not-run", summary: `not run: the role probes act as is not contained (${reach.prober.join("; ")})` });
        return;
      }
      const gaps = afterFirstApply(h.lacks, trace);
      const input = { settings, set, sources: h.sources, staticResult, preset: run.preset.id, history: h.history, gaps };
      const probed = await runProbes({ ...input, db: pdb, trace, prepared });
      out.probes.push(...probed.results);
      out.objectsProbed += probed.objectsProbed;
      out.objectsNotProbed += probed.objectsNotProbed;
      for (const f of probed.findings) out.findings.push(finalizeFinding(settings, f, void 0, seen));
      for (const { reason, ...f } of probed.suppressed) out.suppressed.push({ ...finalizeFinding(settings, f, void 0, seen), reason });
    });
    for (const escape of new Set(session.escapes)) out.findings.push(finalizeFinding(settings, escapeFinding(escape, h.up), void 0, seen));
    if (session.stringsOff && !trace.stringsOff) {
      const at = atFirstChanged(h.up);
      out.findings.push(finalizeFinding(settings, stringsOffFinding({ file: at.file, line: at.line ?? 1, migrationId: at.migrationId ?? "" }, "probe"), void 0, seen));
    }
  } else if (!session.usable) {
    out.probes.push({ probe: "probes", status: "not-run", summary: `not run: ${session.notes.join("; ")}` });
  } else {
    out.probes.push({ probe: "probes", status: "not-run", summary: trace.stopped ? `not run: ${trace.stopped}` : "not run: the catalog could not be read after applying" });
  }
}
function noteHistory(run, h, trace) {
  const { out } = run;
  const { db, session } = h;
  const changedFiles = new Set(h.up.filter((s) => s.migration.status !== "base").map((s) => s.source.file));
  const limits = [
    ...trace.role ? [] : db.rollbackOnly ? [] : ["the migrations ran as the superuser (the preset has no migration role)"],
    ...trace.superuser,
    ...trace.restarts,
    ...session.notes,
    // Stand-ins the changed migrations create, one note each; the base history's, one note in all.
    ...trace.standIns.filter((s) => changedFiles.has(s.file)).map(standInNote)
  ];
  const baseStandIns = trace.standIns.filter((s) => !changedFiles.has(s.file));
  if (baseStandIns.length) {
    limits.push(`the base history's platform extensions ${baseStandIns.map((s) => s.extension).join(", ")} are pgreview stand-ins (same objects and signatures, no network, no background jobs): results that depend on their behaviour are not verified`);
  }
  if (trace.gaps.length) {
    const files = new Set(trace.gaps.map((g) => g.file)).size;
    limits.push(
      `the base history did not fully build on this engine: ${trace.gaps.length} statement(s) in ${files} already-merged file(s) were left out (first: ${trace.gaps[0].file}:${trace.gaps[0].line}, ${trace.gaps[0].cause}); what depends on them could not be verified`
    );
  }
  limits.push(...externalRoleLimits(trace));
  if (trace.stopped) limits.push(`run stopped early: ${trace.stopped}`);
  if (limits.length) out.engine = { ...out.engine, limits: [...out.engine.limits, ...limits] };
  const notes = [...h.notes];
  if (session.role) notes.push(`probes acted as ${session.role} (no superuser, CREATEROLE, or server program/file roles)`);
  if (notes.length) out.engine = { ...out.engine, notes: [...out.engine.notes ?? [], ...notes] };
}
async function containment(db, prober, migrator) {
  const v = Number((await db.query(`select current_setting('server_version_num') as n`)).rows[0].n);
  const existing = new Set(
    (await db.query(`select rolname::text as r from pg_catalog.pg_roles where rolname = any($1::text[])`, [["anon", "authenticated", "service_role", "anonymous", migrator]])).rows.map((r) => r.r)
  );
  const api = [];
  for (const role of ["anon", "authenticated", "service_role", "anonymous", migrator]) {
    if (role && existing.has(role)) api.push(...await outsideReach(db, role, { allowCreateRole: role === migrator && v >= 16e4 }));
  }
  return { prober: prober ? await outsideReach(db, prober) : [], api };
}
function atFirstChanged(up) {
  const changed = up.find((s) => s.migration.status !== "base") ?? up[0];
  return {
    file: changed?.source.file ?? "",
    line: changed?.source.startLine ?? 1,
    column: 1,
    endLine: changed?.source.startLine ?? 1,
    migrationId: changed?.migration.id
  };
}
function reachFinding(problem, up) {
  const role = problem.split(" ")[0];
  return {
    ruleId: "untrusted-capability",
    severity: "high",
    phase: "live",
    category: "security",
    ...atFirstChanged(up),
    object: role,
    title: `Role ${role} can act outside the database after these migrations`,
    message: `After the migrations, ${problem}. Whoever acts as ${role} can then run programs, read or write the server's files, or signal other sessions.`,
    fix: { description: `Revoke the membership or attribute from ${role}; API and migration roles need none of them.` },
    evidence: { problem }
  };
}
function escapeFinding(what, up) {
  return {
    ruleId: "untrusted-capability",
    severity: "critical",
    phase: "live",
    category: "security",
    ...atFirstChanged(up),
    object: "session authorization",
    title: "Code of this pull request switched the review session back to the superuser",
    message: `${what}. On the embedded engine (PGlite) that stays inside WASM, with no programs, host files or network; the statements it ran after the switch are not trustworthy evidence.`,
    fix: { description: "Remove RESET/SET SESSION AUTHORIZATION and SET ROLE from migration code; they have no place in a migration." },
    evidence: { switch: what }
  };
}
function stringsOffFinding(at, during) {
  const what = during === "trace" ? `After the statement at line ${at.line} ran, standard_conforming_strings was off` : during === "probe" ? "While a probe ran this pull request's migrations again, their code turned standard_conforming_strings off" : "This already-merged migration (base history) left standard_conforming_strings off";
  const then = during === "trace" ? "The review stopped there: nothing after that statement ran, and the probes did not run." : during === "probe" ? "pgreview turned it back on before the next statement, so nothing was read otherwise than it was screened; the setting depends on state the first run did not have." : "pgreview turned it back on before the next file, so the files after it were read as they were screened. It is not a change of this pull request; the database the review checked against may differ from production where later migrations relied on it.";
  return {
    ruleId: "untrusted-capability",
    severity: during === "base" ? "info" : "critical",
    phase: "live",
    category: "security",
    file: at.file,
    line: at.line,
    column: 1,
    endLine: at.line,
    migrationId: at.migrationId,
    object: "standard_conforming_strings",
    title: `${during === "base" ? "Already-merged migration" : "Migration"} turns standard_conforming_strings off at run time`,
    message: `${what}, set by code screening could not read before it ran (a setting named at run time, dynamic SQL, a function). With it off, PostgreSQL reads a backslash in a later string literal as an escape and pgreview's parser does not, so code could pass for a string. ` + then,
    fix: { description: "Leave standard_conforming_strings on (the default since PostgreSQL 9.1); where a backslash escape is meant, write an E'…' literal." },
    evidence: { setting: "standard_conforming_strings", value: "off" }
  };
}
var CATALOG_FREE_RULES = /* @__PURE__ */ new Set(["statement-timeout", "migration-failed"]);
var EMPTY_CATALOG = emptyCatalog();
function runLiveRules(input) {
  const { settings, set, trace, sources: historySources, staticResult, seen } = input;
  const out = { findings: [], suppressed: [] };
  const rules = trace.before && trace.after ? input.rules : input.rules.filter((r) => CATALOG_FREE_RULES.has(r.id));
  if (rules.length === 0) return out;
  const locator = statementLocator(historySources);
  const report = (rule) => (ri) => {
    const f = finalizeFinding(settings, toFinding(rule, ri, "live"), ri.stmt?.sql, seen);
    const ignore = findIgnore(f, ri.stmt, historySources);
    if (ignore) {
      ignore.used = true;
      out.suppressed.push({ ...f, reason: ignore.reason });
    } else out.findings.push(f);
  };
  const files = new Set(historySources.map((s) => s.source.file));
  const ctxBase = {
    settings,
    set,
    before: trace.before ?? EMPTY_CATALOG,
    after: trace.after ?? EMPTY_CATALOG,
    trace,
    sources: historySources,
    exposedSchemas: new Set(staticResult.exposedSchemas),
    supabase: staticResult.supabase,
    // Static findings of this history (suppressed ones too): live rules skip what they already say.
    staticFindings: [...staticResult.findings, ...staticResult.suppressed].filter((f) => files.has(f.file)),
    statementFor: locator.statementFor,
    statementChanging: locator.changing,
    production: input.production
  };
  for (const rule of rules) {
    const ctx = { ...ctxBase, report: report(rule) };
    try {
      rule.check(ctx);
    } catch (e) {
      out.findings.push(
        finalizeFinding(
          settings,
          { ruleId: rule.id, severity: "info", phase: "live", category: rule.category, file: input.fallbackFile, line: 1, column: 1, endLine: 1, title: `Rule ${rule.id} could not check this review`, message: `pgreview hit an internal error in live rule ${rule.id}: ${e.message}. Please report it.` },
          void 0,
          seen
        )
      );
    }
  }
  return out;
}
export {
  DEFAULT_REMOTE_CACHE_MIN_BASE_MS,
  addBaseHistory,
  choosePresetFor,
  minBaseMsToCache,
  runLive,
  runLiveRules
};
