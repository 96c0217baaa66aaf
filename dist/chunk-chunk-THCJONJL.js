// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  diffCatalog,
  snapshotCatalog
} from "./chunk-chunk-6J73L3QR.js";
import {
  DbError,
  EngineDeadError,
  QueryTimeoutError
} from "./chunk-chunk-RXFZCCSY.js";
import {
  createScreenContext,
  listName,
  rangeVarName,
  screenStatement,
  walk
} from "./chunk-chunk-S6VP7H2Y.js";
import {
  cannotRunInTransaction,
  transactionControl
} from "./chunk-chunk-XIXJAQR7.js";

// src/live/trace/errors.ts
function lineAt(sql, startLine, position) {
  if (!position || position < 1) return startLine;
  let line = startLine;
  for (let i = 0; i < Math.min(position - 1, sql.length); i++) if (sql.charCodeAt(i) === 10) line++;
  return line;
}
function errorOf(e) {
  const d = e instanceof DbError ? e : DbError.from(e);
  const out = { message: d.message };
  if (d.detail) out.detail = d.detail;
  if (d.hint) out.hint = d.hint;
  if (d.code) out.code = d.code;
  if (d.position) out.position = d.position;
  return out;
}
function migrationError(e, sql, startLine) {
  const err = errorOf(e);
  return { message: err.message, line: lineAt(sql, startLine, err.position), detail: err.detail, hint: err.hint };
}
function isDead(e) {
  return e instanceof EngineDeadError || e instanceof QueryTimeoutError && e.engineDead;
}
function withResume(e, from) {
  if (e && typeof e === "object") e.resumeAt = from;
  return e;
}
function resumeAt(e) {
  return e.resumeAt ?? 0;
}
var UNDEFINED_OBJECT = /* @__PURE__ */ new Set(["42704", "42883", "42P01", "42703", "3F000", "42P02"]);
function gapCause(st, full, available, earlierGaps) {
  const first = full.message.split("\n")[0];
  const err = { ...full, message: first.length > 200 ? `${first.slice(0, 200)}…` : first };
  if (st.kind === "CreateExtensionStmt" && !available.has(String(st.node?.extname))) {
    return `extension "${st.node?.extname}" is not available on the review engine and pgreview has no stand-in for it`;
  }
  if (err.code === "42501") return `needs privileges the review engine does not give (${err.message})`;
  if (UNDEFINED_OBJECT.has(err.code ?? "") && earlierGaps) return `needs an object an earlier left-out base statement would have created (${err.message})`;
  return `the review engine refused it (${err.message}${err.code ? `, SQLSTATE ${err.code}` : ""})`;
}

// src/migrations/runner.ts
var lit = (s) => `'${s.replace(/'/g, "''")}'`;
function runnerSetup(layout, migrations) {
  const base = migrations.filter((m) => m.status === "base");
  const values = (f) => base.length ? base.map((m) => `(${f(m)})`).join(", ") : "";
  const insert = (table, cols, f) => base.length ? `
INSERT INTO ${table} (${cols}) VALUES ${values(f)} ON CONFLICT DO NOTHING;` : "";
  const note = migrations[0]?.transactionNote ?? "";
  switch (layout) {
    case "diesel":
      return {
        table: "__diesel_schema_migrations",
        sql: "CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);" + insert("__diesel_schema_migrations", "version", (m) => lit(m.version.replace(/\D/g, "") || m.version))
      };
    case "golang-migrate": {
      if (!/golang-migrate/.test(note)) return void 0;
      const last2 = base[base.length - 1];
      return {
        table: "schema_migrations",
        sql: "CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);" + (last2 && /^\d+$/.test(last2.version) ? `
INSERT INTO schema_migrations (version, dirty) VALUES (${last2.version}, false) ON CONFLICT DO NOTHING;` : "")
      };
    }
    case "dbmate":
      return {
        table: "schema_migrations",
        sql: "CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) PRIMARY KEY);" + insert("schema_migrations", "version", (m) => lit(m.version))
      };
    case "prisma":
      return {
        table: "_prisma_migrations",
        sql: "CREATE TABLE IF NOT EXISTS _prisma_migrations (id varchar(36) PRIMARY KEY NOT NULL, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0);" + insert("_prisma_migrations", "id, checksum, finished_at, migration_name, applied_steps_count", (m) => `md5(${lit(m.version + m.name)})::uuid::text, md5(${lit(m.name)}), now(), ${lit(`${m.version}_${m.name}`)}, 1`)
      };
    case "flyway":
      return {
        table: "flyway_schema_history",
        sql: "CREATE TABLE IF NOT EXISTS flyway_schema_history (installed_rank integer NOT NULL PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL, success boolean NOT NULL);\nCREATE INDEX IF NOT EXISTS flyway_schema_history_s_idx ON flyway_schema_history (success);" + (base.length ? `
INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, execution_time, success) VALUES ${base.map((m, i) => `(${i + 1}, ${lit(m.version)}, ${lit(m.name)}, 'SQL', ${lit(`V${m.version}__${m.name}.sql`)}, current_user, 0, true)`).join(", ")} ON CONFLICT DO NOTHING;` : "")
      };
    case "postgres-migrations":
      return {
        table: "migrations",
        sql: "CREATE TABLE IF NOT EXISTS migrations (id integer PRIMARY KEY, name varchar(100) UNIQUE NOT NULL, hash varchar(40) NOT NULL, executed_at timestamp DEFAULT current_timestamp);" + (base.length ? `
INSERT INTO migrations (id, name, hash) VALUES ${base.map((m, i) => `(${Number(m.version) > 0 && Number(m.version) < 2 ** 31 ? Number(m.version) : i + 1}, ${lit(m.name)}, md5(${lit(m.name)}))`).join(", ")} ON CONFLICT DO NOTHING;` : "")
      };
    case "drizzle":
      return {
        table: "drizzle.__drizzle_migrations",
        sql: "CREATE SCHEMA IF NOT EXISTS drizzle;\nCREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);" + insert("drizzle.__drizzle_migrations", "hash, created_at", (m) => `md5(${lit(m.name)}), ${Number(m.version) || 0}`)
      };
    case "supabase":
      return {
        table: "supabase_migrations.schema_migrations",
        sql: "CREATE SCHEMA IF NOT EXISTS supabase_migrations;\nCREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text PRIMARY KEY, statements text[], name text);" + insert("supabase_migrations.schema_migrations", "version, name", (m) => `${lit(m.version)}, ${lit(m.name)}`)
      };
    case "popx":
      return {
        table: "schema_migration",
        sql: "CREATE TABLE IF NOT EXISTS schema_migration (version varchar(48) NOT NULL, version_self integer NOT NULL DEFAULT 0);\nCREATE UNIQUE INDEX IF NOT EXISTS schema_migration_version_idx ON schema_migration (version);" + insert("schema_migration", "version", (m) => lit(m.version))
      };
    default:
      return void 0;
  }
}
function runnerWraps(m, statements, ownTx) {
  if (ownTx) return false;
  if (m.transactionMode === "implicit") return statements > 1;
  if (m.transactionMode === "none") return false;
  return m.transactional;
}

// src/live/trace/transactions.ts
function isTransactionControl(st) {
  const t = transactionControl(st.kind, st.node);
  return t === "begin" || t === "commit" || t === "rollback";
}
function hasOwnTransaction(statements) {
  return statements.some(isTransactionControl);
}

// src/live/trace/base.ts
function newReport(p) {
  return {
    id: p.migration.id,
    file: p.source.file,
    status: p.migration.status,
    transactional: p.migration.transactional,
    statements: p.statements.length,
    applied: "not-run",
    locks: [],
    rewrites: []
  };
}
async function setUpRunnerTable(run) {
  const setup = run.opts.runnerSetup;
  if (!setup || !run.applyBase || run.stopped) return;
  await run.conn.exec(setup.sql, { timeoutMs: run.limit(3e4) }).catch(
    (e) => run.gaps.push({ migrationId: "", file: "(migration tool)", line: 1, kind: "RunnerSetup", message: errorOf(e).message, cause: `the runner's table ${setup.table} could not be created (${errorOf(e).message})` })
  );
}
async function applyBaseHistory(run, reports) {
  const bases = run.parsed.filter((p) => p.migration.status === "base");
  for (let i = 0; i < bases.length; i++) {
    const p = bases[i];
    const rep = reports ? reports[i] : newReport(p);
    if (!reports) run.migrations.push(rep);
    if (!run.applyBase) {
      rep.applied = "skipped";
      continue;
    }
    if (run.stopped) continue;
    if (reports && rep.applied !== "applied") continue;
    if (run.remaining() <= 0) {
      run.stop(`the total time limit (${run.opts.totalTimeoutMs} ms) was reached while applying base migrations`);
      continue;
    }
    if (p.error && run.opts.screen !== false) {
      rep.applied = "failed";
      rep.error = { message: `not executed: it cannot be parsed (${p.error.message}), so it cannot be screened`, line: p.error.line };
      continue;
    }
    const s = performance.now();
    await applyBaseFile(run, p, rep, reports !== void 0);
    rep.durationMs = performance.now() - s;
    await run.resetSession(p);
  }
}
async function applyBaseFile(run, p, rep, replaying) {
  const timeout = run.limit(run.opts.statementTimeoutMs * Math.max(1, p.statements.length));
  try {
    await applyWhole(run, p, timeout, replaying ? void 0 : (plan) => run.noteRan(plan));
    rep.applied = "applied";
  } catch (e) {
    if (rep.applied !== "applied" && !isDead(e) && !run.rollbackOnly && !p.error && run.conn.alive && run.remaining() > 0) {
      await applyBaseStatements(run, p, rep, replaying, resumeAt(e));
    }
    if (rep.applied !== "applied") {
      rep.applied = "failed";
      rep.error ??= migrationError(e, p.source.text, p.source.startLine);
      if (isDead(e)) run.stop(`the engine stopped: ${errorOf(e).message}`);
    }
  }
}
async function applyBaseStatements(run, p, rep, replaying, from) {
  let ran = from;
  const here = [];
  for (const st of p.statements.slice(from)) {
    if (isTransactionControl(st)) continue;
    const plan = run.plans.get(st);
    if (plan?.skip) continue;
    if (run.remaining() <= 0) {
      run.stop(`the total time limit (${run.opts.totalTimeoutMs} ms) was reached while applying base migrations`);
      break;
    }
    const failed = await runBaseStatement(run, p, st, plan, replaying);
    if (!failed) {
      ran++;
      continue;
    }
    const d = errorOf(failed.error);
    here.push({
      migrationId: p.migration.id,
      file: p.source.file,
      line: lineAt(st.sql, st.span.line, d.position),
      kind: st.kind,
      message: d.message,
      ...d.code ? { code: d.code } : {},
      cause: gapCause(st, d, run.env.available, run.gaps.length + here.length > 0)
    });
    if (isDead(failed.error)) {
      run.stop(`the engine stopped: ${d.message}`);
      break;
    }
  }
  if (!replaying) run.gaps.push(...here);
  rep.gaps = here.length;
  if (ran > 0 || here.length === 0) rep.applied = "applied";
  if (here.length) rep.error = { message: here[0].message, line: here[0].line };
}
async function runBaseStatement(run, p, st, plan, replaying) {
  const sql = plan?.sql ?? st.sql;
  try {
    await run.conn.exec(sql, { timeoutMs: run.limit() });
    if (!replaying) run.noteRan(plan);
    return void 0;
  } catch (e) {
    if (isDead(e) || !run.role || DbError.from(e).code !== "42501" || !run.main.alive) return { error: e };
    try {
      await run.asSuperuser();
      await run.main.exec(sql, { timeoutMs: run.limit() });
      if (!replaying) {
        run.noteRan(plan);
        run.superuser.push(`${p.source.file}:${st.span.line} (base) ran as superuser: as ${run.role} it failed with "${DbError.from(e).message}"`);
      }
      return void 0;
    } catch (e2) {
      return { error: e2 };
    } finally {
      await run.asRole().catch(() => void 0);
    }
  }
}
async function applyWhole(run, p, timeoutMs, onRan) {
  const stmts = p.statements;
  const planned = stmts.some((s) => run.plans.has(s));
  const ownTx = hasOwnTransaction(stmts);
  const implicitWhole = p.migration.transactionMode === "implicit" && stmts.length > 1;
  const needsSplit = !p.error && (planned || run.rollbackOnly && ownTx || !implicitWhole && stmts.some((s) => cannotRunInTransaction(s.kind, s.node, run.env.versionNum)));
  if (needsSplit) await applyOneByOne(run, p, timeoutMs, ownTx, onRan);
  else await applyAsOneString(run, p, timeoutMs, ownTx, implicitWhole, onRan);
}
async function applyAsOneString(run, p, timeoutMs, ownTx, implicitWhole, onRan) {
  const db = run.conn;
  const stmts = p.statements;
  const wrap = run.rollbackOnly || !implicitWhole && runnerWraps(p.migration, stmts.length, ownTx);
  const name = wrap ? await run.begin() : "";
  try {
    await db.exec(p.source.text, { timeoutMs });
    if (wrap) await run.commit(name);
    for (const s of stmts) onRan?.(run.plans.get(s));
  } catch (e) {
    if (wrap) await run.rollback(name);
    else if (ownTx && db.alive && !run.rollbackOnly) {
      await db.query("rollback").catch(() => void 0);
      const pos = DbError.from(e).position ?? 0;
      const failing = stmts.findIndex((s) => s.span.end >= pos - 1);
      let from = 0;
      for (let i = 0; i < (failing < 0 ? stmts.length : failing); i++) if (transactionControl(stmts[i].kind, stmts[i].node) === "begin") from = i;
      throw withResume(e, from);
    }
    throw e;
  }
}
async function applyOneByOne(run, p, timeoutMs, ownTx, onRan) {
  const db = run.conn;
  const stmts = p.statements;
  const deadline = Date.now() + timeoutMs;
  const wrap = run.rollbackOnly || runnerWraps(p.migration, stmts.length, ownTx);
  const name = wrap ? await run.begin() : "";
  let at = 0;
  try {
    for (const [i, s] of stmts.entries()) {
      at = i;
      if (run.rollbackOnly && (isTransactionControl(s) || cannotRunInTransaction(s.kind, s.node, run.env.versionNum))) continue;
      const plan = run.plans.get(s);
      if (plan?.skip) continue;
      try {
        await db.exec(plan?.sql ?? s.sql, { timeoutMs: Math.max(1, deadline - Date.now()) });
      } catch (e) {
        const d = DbError.from(e);
        const offset = s.span.start;
        if (d.position) d.position += offset;
        else d.position = offset + 1;
        throw e instanceof QueryTimeoutError || e instanceof EngineDeadError ? e : d;
      }
    }
    if (wrap) await run.commit(name);
    for (const s of stmts) if (!run.plans.get(s)?.skip) onRan?.(run.plans.get(s));
  } catch (e) {
    if (wrap) await run.rollback(name);
    else if (db.alive && !run.rollbackOnly) await db.query("rollback").catch(() => void 0);
    throw wrap ? e : withResume(e, at);
  }
}

// src/sql/locks.ts
var LOCK_MODES = [
  "ACCESS SHARE",
  "ROW SHARE",
  "ROW EXCLUSIVE",
  "SHARE UPDATE EXCLUSIVE",
  "SHARE",
  "SHARE ROW EXCLUSIVE",
  "EXCLUSIVE",
  "ACCESS EXCLUSIVE"
];
function lockMode(mode) {
  const spaced = mode.replace(/Lock$/, "").replace(/([a-z])([A-Z])/g, "$1 $2").replace(/_/g, " ").trim().toUpperCase();
  return LOCK_MODES.includes(spaced) ? spaced : void 0;
}
function lockModeName(pgLocksMode) {
  return lockMode(pgLocksMode) ?? pgLocksMode.toUpperCase();
}
function lockStrength(mode) {
  const m = lockMode(mode);
  return m ? LOCK_MODES.indexOf(m) + 1 : 0;
}
function blocksWrites(mode) {
  return lockStrength(mode) >= LOCK_MODES.indexOf("SHARE") + 1;
}

// src/live/trace/plan.ts
var SUPERUSER_EXTENSIONS = [
  "vector",
  "pg_uuidv7",
  "bloom",
  "earthdistance",
  "pg_stat_statements",
  "postgis",
  "postgis_topology",
  "pg_graphql",
  "pgjwt",
  "pg_hashids",
  "pgstattuple",
  "pg_buffercache",
  "amcheck",
  // Only presets/supabase.sql allows these (Supabase offers them to its non-superuser postgres role).
  "moddatetime",
  "autoinc",
  "insert_username",
  "refint",
  "pgrowlocks",
  "pg_prewarm",
  "postgres_fdw",
  "dblink",
  "pg_walinspect",
  "pg_visibility",
  "pg_freespacemap",
  "pageinspect",
  "file_fdw",
  "intagg",
  "xml2",
  "sslinfo",
  "pg_surgery"
];
var lit2 = (s) => `'${s.replace(/'/g, "''")}'`;
function roleName(spec) {
  const r = spec?.RoleSpec ?? spec;
  return r?.roletype === "ROLESPEC_CSTRING" && typeof r.rolename === "string" ? r.rolename : void 0;
}
function extensionOption(node, name) {
  return (node.options ?? []).map((o) => o?.DefElem).find((d) => d?.defname === name)?.arg?.String?.sval;
}
function planStatements(parsed, opts, refused) {
  const plans = /* @__PURE__ */ new Map();
  const screen = createScreenContext();
  for (const p of parsed) {
    for (const st of p.statements) {
      const plan = planStatement(p, st, opts, screen, refused);
      if (plan.skip || plan.sql) plans.set(st, plan);
    }
  }
  return plans;
}
function planStatement(p, st, opts, screen, refused) {
  const plan = {};
  if (opts.screen) {
    const hits = screenStatement(st, screen).filter((h) => h.refuse);
    if (hits.length) {
      refused.push({ migrationId: p.migration.id, file: p.source.file, line: st.span.line, status: p.migration.status, hits });
      return { skip: `not executed: ${[...new Set(hits.map((h) => h.capability))].join(", ")} (${hits.map((h) => h.detail).join("; ")})` };
    }
  }
  const standIn = st.kind === "CreateExtensionStmt" ? opts.standIns.get(String(st.node?.extname ?? "")) : void 0;
  if (standIn && !opts.available.has(standIn.name)) return standInPlan(p, st, standIn);
  if (opts.role) return asRolePlan(p, st, opts);
  return plan;
}
function standInPlan(p, st, standIn) {
  const n = st.node ?? {};
  const schema = extensionOption(n, "schema");
  return {
    sql: `select pgreview_admin.create_standin_extension(${lit2(standIn.name)}, ${schema ? lit2(schema) : "null"}, ${n.if_not_exists ? "true" : "false"})`,
    standIn: { extension: standIn.name, schema: schema ?? standIn.default_schema, schemas: standIn.schemas, file: p.source.file, line: st.span.line, differs: standIn.differs }
  };
}
function standInNote(s) {
  return `${s.extension} (${s.file}:${s.line}) is a pgreview stand-in, not the real extension: ${s.differs}`;
}
function asRolePlan(p, st, opts) {
  const n = st.node ?? {};
  const skip = (who) => ({
    skip: `not executed: ${who} is a superuser on the review engine (on a managed platform it is not); the objects stay owned by ${opts.role}, which stands in for it`
  });
  if (st.kind === "CreateExtensionStmt") {
    const ext = String(n.extname ?? "");
    if (!opts.needsSuperuser.has(ext) || !SUPERUSER_EXTENSIONS.includes(ext)) return {};
    const schema = extensionOption(n, "schema");
    const version = extensionOption(n, "new_version");
    return {
      sql: `select pgreview_admin.create_extension(${lit2(ext)}, ${schema ? lit2(schema) : "current_schema()"}, ${version ? lit2(version) : "null"}, ${n.if_not_exists ? "true" : "false"})`,
      superuser: `CREATE EXTENSION ${ext} (${p.source.file}:${st.span.line}) ran as superuser: it is not a trusted extension and is on pgreview's allow-list`
    };
  }
  if (st.kind === "AlterOwnerStmt" && opts.superusers.has(roleName(n.newowner) ?? "")) return skip(`OWNER TO ${roleName(n.newowner)}: ${roleName(n.newowner)}`);
  const cmds = n.cmds ?? [];
  if (st.kind === "AlterTableStmt" && cmds.length > 0 && cmds.every((c) => c?.AlterTableCmd?.subtype === "AT_ChangeOwner" && opts.superusers.has(roleName(c.AlterTableCmd.newowner) ?? ""))) {
    const owner = roleName(cmds[0].AlterTableCmd.newowner);
    return skip(`OWNER TO ${owner}: ${owner}`);
  }
  if (st.kind === "AlterDefaultPrivilegesStmt") {
    const roles = (n.options ?? []).map((o) => o?.DefElem).filter((d) => d?.defname === "roles").flatMap((d) => (d.arg?.List?.items ?? []).map(roleName));
    const sup = roles.find((r) => r && opts.superusers.has(r));
    const forRole = /\bfor\s+(?:role|user)\s+[\s\S]+?\s+(?=in\s+schema\b|grant\b|revoke\b)/i;
    if (sup && roles.every((r) => r && opts.superusers.has(r)) && forRole.test(st.sql)) {
      return { sql: st.sql.replace(forRole, `FOR ROLE ${opts.role} `) };
    }
    if (sup) return skip(`FOR ROLE ${sup}: ${sup}`);
  }
  return {};
}

// src/live/trace/run.ts
async function inspectEngine(db, role, timeoutMs) {
  const info = (await db.query(
    `select current_setting('server_version_num') as n, session_user::text as su, current_setting('search_path') as sp, array(select name::text from pg_available_extensions) as exts,
        exists(select 1 from pg_roles where rolname = $1) as role,
        array(select rolname::text from pg_roles where rolsuper) as supers,
        array(select distinct v.name::text from pg_available_extension_versions v where v.superuser and not v.trusted) as su_exts`,
    [role],
    { timeoutMs }
  )).rows[0];
  return {
    versionNum: Number(info.n),
    available: new Set(info.exts),
    roleExists: info.role,
    superusers: new Set(info.supers),
    superuserExtensions: new Set(info.su_exts),
    sessionUser: info.su,
    searchPath: info.sp
  };
}
async function loadStandIns(db, timeoutMs) {
  const defs = /* @__PURE__ */ new Map();
  const has = await db.query(`select to_regclass('pgreview_admin.standin_extensions') is not null as ok`, void 0, { timeoutMs }).then((r2) => !!r2.rows[0]?.ok, () => false);
  if (!has) return defs;
  const r = await db.query("select name, differs, default_schema, schemas from pgreview_admin.standin_extensions", void 0, { timeoutMs });
  for (const d of r.rows) defs.set(d.name, d);
  return defs;
}
var ident = (s) => /^[a-z_][a-z0-9_$]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`;
var SESSION_SETTING = /set_config\s*\(\s*'(?:search_path|check_function_bodies|row_security)'\s*,[^)]*,\s*false\s*\)|^\s*set\s+(?:session\s+)?(?:search_path|check_function_bodies|row_security)\b/im;
var TraceRun = class {
  constructor(db, parsed, opts) {
    this.parsed = parsed;
    this.opts = opts;
    this.deadline = Date.now() + opts.totalTimeoutMs;
    this.rollbackOnly = db.rollbackOnly;
    this.applyBase = opts.applyBase ?? !db.rollbackOnly;
    this.changed = parsed.filter((p) => p.migration.status !== "base");
    this.main = db;
    this.conn = db;
  }
  parsed;
  opts;
  deadline;
  /** A url database: everything runs in savepoints that are rolled back. */
  rollbackOnly;
  applyBase;
  /** The changed migrations, in order. */
  changed;
  /** The superuser connection (preset, probes' hooks, bookkeeping that needs it). */
  main;
  /** Runs the migrations and the trace's own catalog queries, as the migration role when there is one. */
  conn;
  env = { versionNum: 0, available: /* @__PURE__ */ new Set(), roleExists: false, superusers: /* @__PURE__ */ new Set(), superuserExtensions: /* @__PURE__ */ new Set(), sessionUser: "", searchPath: "" };
  /** The migration role ('' when the migrations run as the connection's superuser). */
  role = "";
  /** PGlite: the role is taken with SET SESSION AUTHORIZATION on the main connection. */
  sessionAuth = false;
  plans = /* @__PURE__ */ new Map();
  /** Why the run stopped early (time limit, engine died); nothing more runs. */
  stopped;
  /** Set when the engine or the connection died inside a changed migration; the run recovers or stops. */
  died;
  migrations = [];
  timings = { baseMs: 0, changedMs: 0, snapshotMs: 0 };
  refused = [];
  superuser = [];
  restarts = [];
  escapes = [];
  gaps = [];
  standIns = [];
  externalRoles = [];
  baseExternalRoles = [];
  externalRolesFailed = [];
  savepoints = 0;
  remaining() {
    return this.deadline - Date.now();
  }
  /** A query's time limit: `ms`, or what is left of the total when that is less. */
  limit(ms = this.opts.statementTimeoutMs) {
    return Math.max(1, Math.min(ms, this.remaining()));
  }
  /** The first reason to stop wins. */
  stop(why) {
    return this.stopped ??= why;
  }
  async asRole() {
    if (this.sessionAuth && this.main.alive) await this.main.query(`set session authorization ${ident(this.role)}`, void 0, { timeoutMs: this.limit(3e4) });
  }
  async asSuperuser() {
    if (this.sessionAuth && this.main.alive) await this.main.query(`set session authorization ${ident(this.env.sessionUser)}`, void 0, { timeoutMs: this.limit(3e4) });
  }
  /** Opens a transaction on `conn`; savepoints stand in for transactions on a rollback-only database. Returns the savepoint name. */
  async begin() {
    if (this.rollbackOnly) {
      const name = `pgreview_${++this.savepoints}`;
      await this.conn.query(`savepoint ${name}`, void 0, { timeoutMs: this.limit(3e4) });
      return name;
    }
    await this.conn.query("begin", void 0, { timeoutMs: this.limit(3e4) });
    return "";
  }
  async commit(name) {
    return this.conn.query(this.rollbackOnly ? `release savepoint ${name}` : "commit", void 0, { timeoutMs: this.limit() });
  }
  async rollback(name) {
    if (!this.conn.alive) return;
    await this.conn.exec(this.rollbackOnly ? `rollback to savepoint ${name}; release savepoint ${name}` : "rollback", { timeoutMs: this.limit(3e4) }).catch(() => void 0);
  }
  /** A planned statement ran: record the superuser rights or the stand-in it used. */
  noteRan(plan) {
    if (plan?.superuser) this.superuser.push(plan.superuser);
    const s = plan?.standIn;
    if (s && !this.standIns.some((x) => x.extension === s.extension && x.file === s.file && x.line === s.line)) this.standIns.push(s);
  }
  /**
   * A `supabase db pull` / pg_dump baseline sets search_path to '' (and check_function_bodies off) for
   * its session; the runner does not carry that into the next file (later files in the same projects
   * call extension functions unqualified and ran in production). Reset what such a file set.
   */
  async resetSession(p) {
    if (!SESSION_SETTING.test(p.source.text) || !this.conn.alive) return;
    await this.conn.query(`select set_config('search_path', $1, false)`, [this.env.searchPath], { timeoutMs: this.limit(3e4) }).catch(() => void 0);
    await this.conn.exec("reset check_function_bodies; reset row_security", { timeoutMs: this.limit(3e4) }).catch(() => void 0);
  }
  /** Stage "catalog": a snapshot as the migration role sees it (`read` first, when given); undefined when it cannot be read. */
  async snapshot(read) {
    const ts = performance.now();
    const opts = { timeoutMs: this.limit(6e4) };
    const snap = read && await read(this.conn, opts).catch(() => void 0) || await snapshotCatalog(this.conn, opts).catch(() => void 0);
    this.timings.snapshotMs += performance.now() - ts;
    return snap;
  }
  /** The result, with the catalog delta between the snapshots before and after the changed migrations. */
  result(before, after) {
    const objects = before && after ? diffCatalog(before, after) : { created: [], altered: [], dropped: [], source: "live" };
    const { migrations, stopped, timings, refused, superuser, role, restarts, gaps, standIns, escapes, externalRoles, baseExternalRoles, externalRolesFailed } = this;
    return { migrations, before, after, objects, stopped, timings, refused, superuser, role, restarts, gaps, standIns, db: this.main, escapes, preset: this.opts.preset, externalRoles, baseExternalRoles, externalRolesFailed };
  }
};
async function openTraceRun(db, parsed, opts) {
  const run = new TraceRun(db, parsed, opts);
  run.env = await inspectEngine(db, opts.runAs?.role ?? "", run.limit(3e4));
  run.role = !run.rollbackOnly && opts.runAs && run.env.roleExists ? opts.runAs.role : "";
  run.sessionAuth = !!run.role && !opts.runAs?.db;
  if (run.role && opts.runAs?.db) run.conn = opts.runAs.db;
  const standIns = await loadStandIns(db, run.limit(3e4));
  const { env } = run;
  run.plans = planStatements(
    parsed,
    { screen: opts.screen !== false, role: run.role, superusers: env.superusers, needsSuperuser: env.superuserExtensions, available: env.available, standIns },
    run.refused
  );
  return run;
}

// src/live/trace/locks.ts
var MODES = ["AccessShareLock", "RowShareLock", "RowExclusiveLock", "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock", "SIReadLock"];
var MODE_NUMBER = new Map(MODES.map((m, i) => [m, i]));
var NEW_LOCKS = `select 'lock' as what, l.relation::int as oid, l.mode, null::int as node, null::text as relkind, null::text as nspname, null::text as relname, null::int as table_oid, null::text as version
  from pg_locks l
  where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted and l.relation >= 16384
    and coalesce(l.relation::int8 * 16 + array_position('{${MODES.join(",")}}'::text[], l.mode) - 1, -1) not in (select unnest($1::int8[]))`;
var VERSION = `c.oid::text || ' ' || c.xmin::text || c.ctid::text || n.xmin::text || n.ctid::text`;
var changedRelsSql = (p) => `select 'rel' as what, c.oid::int as oid, null::text as mode, c.relfilenode::int as node, c.relkind::text as relkind, n.nspname::text as nspname, c.relname::text as relname,
  coalesce(i.indrelid, 0)::int as table_oid, ${VERSION} as version
  from pg_class c join pg_namespace n on n.oid = c.relnamespace left join pg_index i on i.indexrelid = c.oid
  where c.oid >= 16384 and c.relkind in ('r', 'p', 'i', 'I', 'm', 'S', 'v', 'f') and n.nspname <> 'pg_toast'
    and ${VERSION} not in (select unnest($${p}::text[]))`;
var RELKIND_NAME = {
  r: "table",
  p: "table",
  f: "table",
  i: "index",
  I: "index",
  m: "materialized view",
  v: "view",
  S: "sequence",
  t: "toast"
};
var relOf = (r) => ({ node: r.node, relkind: r.relkind, name: `${ident(r.nspname)}.${ident(r.relname)}`, tableOid: r.table_oid, version: r.version });
var Relations = class {
  /** Every user relation by OID, as last read (dropped ones as they were last seen). */
  known = /* @__PURE__ */ new Map();
  /** Relations that existed before the changed migrations. */
  base = /* @__PURE__ */ new Set();
  /** Read them again (after a restart); `asBase` marks them as there before the changed migrations. */
  async reload(db, timeoutMs, asBase = false) {
    const now = await readRelations(db, [], timeoutMs);
    this.known.clear();
    for (const [oid, rel] of now) {
      this.known.set(oid, rel);
      if (asBase) this.base.add(oid);
    }
  }
  /** The versions of the relations as last read: those unchanged since are not read again. */
  seen() {
    return [...this.known.values()].map((r) => r.version);
  }
  /** Take in the relations that changed after a statement; returns those it rewrote. */
  advance(changed) {
    const rewrites = rewritesBetween(this.known, changed);
    for (const [oid, rel] of changed) this.known.set(oid, rel);
    return rewrites;
  }
};
async function readRelations(db, seen, timeoutMs) {
  const changed = /* @__PURE__ */ new Map();
  for (const r of (await db.query(changedRelsSql(1), [seen], { timeoutMs })).rows) changed.set(r.oid, relOf(r));
  return changed;
}
async function sampleLocks(db, rels, held, timeoutMs) {
  const heldKeys = [];
  for (const key of held) {
    const at = key.indexOf(":");
    const mode = MODE_NUMBER.get(key.slice(at + 1));
    if (mode !== void 0) heldKeys.push(Number(key.slice(0, at)) * 16 + mode);
  }
  const rows = (await db.query(`${NEW_LOCKS}
union all
${changedRelsSql(2)}`, [heldKeys, rels.seen()], { timeoutMs })).rows;
  const now = /* @__PURE__ */ new Map();
  for (const r of rows) if (r.what === "rel") now.set(r.oid, relOf(r));
  const locks = [];
  for (const l of rows) {
    if (l.what !== "lock") continue;
    const key = `${l.oid}:${l.mode}`;
    if (held.has(key)) continue;
    held.add(key);
    const rel = now.get(l.oid) ?? rels.known.get(l.oid);
    if (!rel) continue;
    locks.push({ relation: rel.name, mode: lockModeName(l.mode), relkind: RELKIND_NAME[rel.relkind] ?? "other", preexisting: rels.base.has(l.oid) });
  }
  locks.sort((a, b) => a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : lockStrength(b.mode) - lockStrength(a.mode));
  return { locks, now };
}
function rewritesBetween(before, after) {
  const changed = /* @__PURE__ */ new Map();
  for (const [oid, rel] of after) {
    const b = before.get(oid);
    if (b && b.node !== 0 && rel.node !== 0 && b.node !== rel.node && rel.relkind !== "t") changed.set(oid, rel);
  }
  const out = [];
  for (const [, rel] of changed) {
    if ((rel.relkind === "i" || rel.relkind === "I") && changed.has(rel.tableOid)) continue;
    out.push(rel.name);
  }
  return out.sort();
}
function strongestLocks(locks) {
  const by = /* @__PURE__ */ new Map();
  for (const l of locks) {
    const cur = by.get(l.relation);
    if (!cur || lockStrength(l.mode) > lockStrength(cur.mode) || l.mode === cur.mode && (l.heldMs ?? 0) > (cur.heldMs ?? 0)) by.set(l.relation, { ...l });
  }
  return [...by.values()].sort((a, b) => lockStrength(b.mode) - lockStrength(a.mode) || a.relation.localeCompare(b.relation));
}

// src/live/platform.ts
var MANAGED = /* @__PURE__ */ new Set(["supabase", "neon"]);
function selfHosted(preset) {
  return !!preset && !MANAGED.has(preset);
}

// src/live/trace/superuser.ts
var TRIGGER_SWITCHES = /* @__PURE__ */ new Set([
  "AT_EnableTrig",
  "AT_EnableAlwaysTrig",
  "AT_EnableReplicaTrig",
  "AT_EnableTrigAll",
  "AT_EnableTrigUser",
  "AT_DisableTrig",
  "AT_DisableTrigAll",
  "AT_DisableTrigUser"
]);
var RETRYABLE_SETTINGS = /* @__PURE__ */ new Set(["session_replication_role"]);
var SAVEPOINT = "pgreview_denied";
var RUNNER_FN = "pgreview_admin.run_denied_statement";
function mayRetryAsSuperuser(run, st, plan) {
  if (!run.role || run.rollbackOnly || !selfHosted(run.opts.preset)) return false;
  if (plan?.skip || plan?.sql) return false;
  if (st.kind === "VariableSetStmt") return RETRYABLE_SETTINGS.has(String(st.node?.name ?? ""));
  const cmds = st.kind === "AlterTableStmt" ? st.node?.cmds ?? [] : [];
  return cmds.length > 0 && cmds.every((c) => TRIGGER_SWITCHES.has(c?.AlterTableCmd?.subtype));
}
async function execChanged(run, file, st, plan, trace, inTx) {
  const sql = plan?.sql ?? st.sql;
  if (!mayRetryAsSuperuser(run, st, plan)) return run.conn.exec(sql, { timeoutMs: run.limit() });
  if (inTx) await run.conn.query(`savepoint ${SAVEPOINT}`, void 0, { timeoutMs: run.limit(3e4) });
  let denied;
  try {
    const results = await run.conn.exec(sql, { timeoutMs: run.limit() });
    if (inTx) await run.conn.query(`release savepoint ${SAVEPOINT}`, void 0, { timeoutMs: run.limit(3e4) });
    return results;
  } catch (e) {
    if (isDead(e) || DbError.from(e).code !== "42501" || !run.main.alive) throw e;
    denied = DbError.from(e);
  }
  if (inTx) await run.conn.query(`rollback to savepoint ${SAVEPOINT}`, void 0, { timeoutMs: run.limit(3e4) });
  try {
    await runAsSuperuser(run, sql);
  } catch (e2) {
    if (inTx && run.conn.alive) await run.conn.query(`rollback to savepoint ${SAVEPOINT}`, void 0, { timeoutMs: run.limit(3e4) }).catch(() => void 0);
    await run.asRole().catch(() => void 0);
    throw e2;
  }
  if (inTx) await run.conn.query(`release savepoint ${SAVEPOINT}`, void 0, { timeoutMs: run.limit(3e4) });
  trace.asSuperuser = { role: run.role, error: denied.message };
  run.superuser.push(`${file}:${st.span.line} ran as superuser: as ${run.role} it failed with "${denied.message}"`);
  return [];
}
async function runAsSuperuser(run, sql) {
  if (run.sessionAuth) {
    await run.asSuperuser();
    await run.main.exec(sql, { timeoutMs: run.limit() });
    await run.asRole();
    return;
  }
  await run.main.exec(
    `create or replace function ${RUNNER_FN}(statement text) returns void language plpgsql security definer as $fn$ begin execute statement; end $fn$;
     revoke all on function ${RUNNER_FN}(text) from public; grant execute on function ${RUNNER_FN}(text) to ${ident(run.role)}`,
    { timeoutMs: run.limit(3e4) }
  );
  try {
    await run.conn.query(`select ${RUNNER_FN}($1)`, [sql], { timeoutMs: run.limit() });
  } finally {
    await run.main.exec(`drop function if exists ${RUNNER_FN}(text)`, { timeoutMs: run.limit(3e4) }).catch(() => void 0);
  }
}

// src/live/trace/noop.ts
var quote = (s) => `"${s.replace(/"/g, '""')}"`;
var regclassText = (r) => r.schema ? `${quote(r.schema)}.${quote(r.name)}` : quote(r.name);
var shown = (r) => r.schema ? `${r.schema}.${r.name}` : r.name;
function relOf2(rv) {
  const q2 = rangeVarName(rv, "");
  return q2 && { schema: q2.schema || void 0, name: q2.name };
}
function namesOf(objects) {
  const out = (objects ?? []).map((o) => listName(o?.List?.items, ""));
  if (!out.length || out.some((q2) => !q2)) return void 0;
  return out.map((q2) => ({ schema: q2.schema || void 0, name: q2.name }));
}
var DROPPED_RELATIONS = {
  OBJECT_INDEX: "index",
  OBJECT_TABLE: "table",
  OBJECT_VIEW: "view",
  OBJECT_MATVIEW: "materialized view",
  OBJECT_SEQUENCE: "sequence"
};
function noOpQuestion(st) {
  const n = st.node ?? {};
  switch (st.kind) {
    case "CreateStmt": {
      const rel = relOf2(n.relation);
      return n.if_not_exists && rel ? { kind: "exists", rel, in: "current-schema", what: "CREATE TABLE IF NOT EXISTS" } : void 0;
    }
    case "IndexStmt": {
      const table = relOf2(n.relation);
      return n.if_not_exists && n.idxname && table ? { kind: "exists", rel: { name: n.idxname }, in: "table-schema", table, what: "CREATE INDEX IF NOT EXISTS" } : void 0;
    }
    case "DropStmt": {
      const what = DROPPED_RELATIONS[n.removeType];
      const rels = n.missing_ok && what ? namesOf(n.objects) : void 0;
      return rels ? { kind: "absent", rels, what: `DROP ${what.toUpperCase()} IF EXISTS` } : void 0;
    }
    case "AlterTableStmt": {
      const table = relOf2(n.relation);
      if (!table) return void 0;
      if (n.missing_ok) return { kind: "table-absent", table };
      const cmds = (n.cmds ?? []).map((c) => c?.AlterTableCmd);
      const present = [];
      const absent = [];
      for (const c of cmds) {
        if (c?.subtype === "AT_AddColumn" && c.missing_ok && c.def?.ColumnDef?.colname) present.push(c.def.ColumnDef.colname);
        else if (c?.subtype === "AT_DropColumn" && c.missing_ok && c.name) absent.push(c.name);
        else return void 0;
      }
      return cmds.length ? { kind: "columns", table, present, absent } : void 0;
    }
    default:
      return void 0;
  }
}
async function liveNoOp(db, st, timeoutMs) {
  const q2 = noOpQuestion(st);
  if (!q2) return void 0;
  switch (q2.kind) {
    case "exists": {
      const sql = q2.in === "table-schema" ? `select exists(select 1 from pg_class c where c.relname = $1 and c.relnamespace = (select relnamespace from pg_class where oid = to_regclass($2))) as yes` : `select exists(select 1 from pg_class c join pg_namespace s on s.oid = c.relnamespace where c.relname = $1 and s.nspname = coalesce($2, current_schema())) as yes`;
      const param = q2.in === "table-schema" ? regclassText(q2.table) : q2.rel.schema ?? null;
      const yes = (await db.query(sql, [q2.rel.name, param], { timeoutMs })).rows[0]?.yes;
      const name = q2.in === "table-schema" ? `index ${q2.rel.name} (in the schema of ${shown(q2.table)})` : shown(q2.rel);
      return yes ? `${name} already exists, so ${q2.what} does nothing` : void 0;
    }
    case "absent": {
      const r = await db.query(`select bool_and(to_regclass(n) is null) as absent from unnest($1::text[]) n`, [q2.rels.map(regclassText)], { timeoutMs });
      const list = q2.rels.map(shown).join(", ");
      return r.rows[0]?.absent ? `${list} ${q2.rels.length === 1 ? "does" : "do"} not exist, so ${q2.what} does nothing` : void 0;
    }
    case "table-absent": {
      const r = await db.query(`select to_regclass($1) is null as absent`, [regclassText(q2.table)], { timeoutMs });
      return r.rows[0]?.absent ? `${shown(q2.table)} does not exist, so ALTER TABLE IF EXISTS does nothing` : void 0;
    }
    case "columns": {
      const r = await db.query(
        `select attname::text from pg_attribute where attrelid = to_regclass($1) and attnum > 0 and not attisdropped`,
        [regclassText(q2.table)],
        { timeoutMs }
      );
      const has = new Set(r.rows.map((x) => x.attname));
      if (!r.rows.length || !q2.present.every((c) => has.has(c)) || q2.absent.some((c) => has.has(c))) return void 0;
      const parts = [
        q2.present.length ? `already has ${q2.present.join(", ")} (ADD COLUMN IF NOT EXISTS)` : "",
        q2.absent.length ? `has no ${q2.absent.join(", ")} (DROP COLUMN IF EXISTS)` : ""
      ].filter(Boolean);
      return `${shown(q2.table)} ${parts.join(" and ")}, so the ALTER TABLE does nothing`;
    }
  }
}

// src/live/trace/migration.ts
async function traceMigration(run, rels, p, rep) {
  const m = { p, rep, traces: rep.trace ??= [], held: /* @__PURE__ */ new Set() };
  if (run.remaining() <= 0) run.stop(`the total time limit (${run.opts.totalTimeoutMs} ms) was reached`);
  if (run.stopped) {
    skipFrom(m, 0, `not run: ${run.stopped}`);
    return;
  }
  if (p.error) {
    rep.applied = "failed";
    rep.error = { message: `cannot be parsed: ${p.error.message}`, line: p.error.line };
    return;
  }
  try {
    if (runnerWraps(p.migration, p.statements.length, hasOwnTransaction(p.statements))) m.tx = { name: await run.begin(), byRunner: true, locks: [] };
  } catch (e) {
    rep.applied = "failed";
    rep.error = { message: errorOf(e).message, line: p.source.startLine };
    if (isDead(e)) run.died = errorOf(e).message;
    skipFrom(m, 0, `not run: ${errorOf(e).message}`);
    return;
  }
  for (let i = 0; i < p.statements.length; i++) if (!await traceStatement(run, rels, m, i)) return;
  if (m.tx && !await commitAtEnd(run, m)) return;
  if (rep.applied === "not-run") rep.applied = m.traces.some((t) => !t.skipped) || m.traces.length === 0 ? "applied" : "skipped";
}
function skipFrom(m, from, why) {
  for (const st of m.p.statements.slice(from)) m.traces.push({ line: st.span.line, kind: st.kind, durationMs: 0, locks: [], rewrites: [], skipped: why });
}
function endTx(m, at) {
  for (const l of m.tx?.locks ?? []) l.rec.heldMs = Math.round(at - l.at);
  m.tx = void 0;
}
function record(run, m, trace) {
  m.traces.push(trace);
  run.opts.onStatement?.(m.p.migration.id, trace);
}
async function traceStatement(run, rels, m, i) {
  const st = m.p.statements[i];
  const trace = { line: st.span.line, kind: st.kind, durationMs: 0, locks: [], rewrites: [] };
  const txc = transactionControl(st.kind, st.node);
  const noTx = cannotRunInTransaction(st.kind, st.node, run.env.versionNum);
  const plan = run.plans.get(st);
  if (run.remaining() <= 0) run.stop(`the total time limit (${run.opts.totalTimeoutMs} ms) was reached`);
  if (run.stopped) {
    await abandon(run, m, i);
    return false;
  }
  const skipped = skipReason(run, st, plan, noTx);
  if (skipped) {
    trace.skipped = skipped;
    record(run, m, trace);
    return true;
  }
  const started = performance.now();
  try {
    if (txc === "begin" || txc === "commit" || txc === "rollback") {
      await passTransactionControl(run, m, st, txc, trace);
      trace.durationMs = performance.now() - started;
      record(run, m, trace);
    } else await executeStatement(run, rels, m, i, plan, noTx, trace, started);
    return true;
  } catch (e) {
    await failStatement(run, m, i, trace, e, started);
    return false;
  }
}
async function abandon(run, m, i) {
  if (m.tx) {
    await run.rollback(m.tx.name);
    endTx(m, performance.now());
  }
  skipFrom(m, i, `not run: ${run.stopped}`);
  if (m.rep.applied === "not-run" && m.traces.some((t) => !t.skipped)) {
    m.rep.applied = "failed";
    m.rep.error = { message: `not finished: ${run.stopped}`, line: m.p.statements[i].span.line };
  } else if (m.rep.applied === "not-run") m.rep.applied = "skipped";
}
function skipReason(run, st, plan, noTx) {
  if (plan?.skip) return plan.skip;
  if (st.kind === "CreateExtensionStmt" && !run.env.available.has(st.node?.extname) && !plan?.sql) return `extension "${st.node?.extname}" is not available on this engine`;
  if (run.rollbackOnly && noTx) return `${noTx}; on the url engine everything runs in a transaction that is rolled back`;
  return void 0;
}
async function passTransactionControl(run, m, st, txc, trace) {
  if (txc === "begin") {
    if (run.rollbackOnly) {
      m.tx = { name: await run.begin(), byRunner: false, locks: [] };
      trace.skipped = "BEGIN replaced by a savepoint (url engine: everything is rolled back)";
    } else {
      await run.conn.exec(st.sql, { timeoutMs: run.limit() });
      m.tx = { name: "", byRunner: false, locks: [] };
    }
    return;
  }
  const name = m.tx?.name ?? "";
  if (run.rollbackOnly) {
    if (m.tx) await (txc === "commit" ? run.commit(name) : run.rollback(name));
    trace.skipped = `${txc.toUpperCase()} replaced by a savepoint release (url engine: everything is rolled back)`;
  } else await run.conn.exec(st.sql, { timeoutMs: run.limit() });
  endTx(m, performance.now());
  m.held = /* @__PURE__ */ new Set();
}
async function executeStatement(run, rels, m, i, plan, noTx, trace, started) {
  const st = m.p.statements[i];
  let reopenAfter = false;
  if (noTx && m.tx?.byRunner && m.p.migration.nonTransactionalApart) {
    await run.commit(m.tx.name);
    endTx(m, performance.now());
    m.held = /* @__PURE__ */ new Set();
    reopenAfter = i < m.p.statements.length - 1;
  }
  const wrappedHere = !m.tx && !noTx;
  if (wrappedHere) {
    m.own = await run.begin();
    m.held = /* @__PURE__ */ new Set();
  }
  const noOp = await liveNoOp(run.conn, st, run.limit(3e4));
  if (noOp) trace.noOp = noOp;
  const t = performance.now();
  const results = await execChanged(run, m.p.source.file, st, plan, trace, !!m.tx || wrappedHere);
  trace.durationMs = performance.now() - t;
  run.noteRan(plan);
  const last2 = results[results.length - 1];
  if (last2?.affectedRows != null) trace.rowsAffected = last2.affectedRows;
  await observe(run, rels, m, trace, started, wrappedHere);
  if (wrappedHere) {
    await run.commit(m.own);
    m.own = void 0;
    const end = performance.now();
    for (const l of trace.locks) l.heldMs = Math.round(end - started);
  }
  record(run, m, trace);
  if (reopenAfter) m.tx = { name: await run.begin(), byRunner: true, locks: [] };
}
async function observe(run, rels, m, trace, started, wrappedHere) {
  if (m.tx || wrappedHere) {
    const { locks, now } = await sampleLocks(run.conn, rels, m.held, run.limit(3e4));
    for (const rec of locks) {
      trace.locks.push(rec);
      m.tx?.locks.push({ rec, at: started });
      if (wrappedHere) rec.heldMs = 0;
    }
    trace.rewrites = rels.advance(now);
  } else {
    trace.locksObserved = false;
    trace.rewrites = rels.advance(await readRelations(run.conn, rels.seen(), run.limit(3e4)));
  }
}
async function failStatement(run, m, i, trace, e, started) {
  const st = m.p.statements[i];
  const { position, ...err } = errorOf(e);
  trace.durationMs = performance.now() - started;
  trace.error = err;
  record(run, m, trace);
  m.rep.applied = "failed";
  m.rep.error = { message: err.message, line: lineAt(st.sql, st.span.line, position), detail: err.detail, hint: err.hint };
  if (isDead(e)) {
    run.died = err.message;
  } else {
    if (m.own !== void 0) await run.rollback(m.own);
    if (m.tx) await run.rollback(m.tx.name);
  }
  m.own = void 0;
  endTx(m, performance.now());
  skipFrom(m, i + 1, `not run: the statement at line ${m.rep.error.line} failed before it`);
}
async function commitAtEnd(run, m) {
  const tx = m.tx;
  try {
    await run.commit(tx.name);
    endTx(m, performance.now());
    return true;
  } catch (e) {
    const err = errorOf(e);
    const line = m.p.statements[m.p.statements.length - 1]?.span.endLine ?? m.p.source.startLine;
    m.rep.applied = "failed";
    m.rep.error = { message: `COMMIT failed: ${err.message}`, line, detail: err.detail, hint: err.hint };
    await run.rollback(tx.name);
    endTx(m, performance.now());
    if (isDead(e)) run.died = err.message;
    return false;
  }
}

// src/live/trace/changed.ts
async function traceChanged(run) {
  const rels = new Relations();
  if (run.changed.length && !run.stopped) {
    await rels.reload(run.conn, run.limit(3e4), true).catch((e) => {
      if (isDead(e)) run.stop(`the engine stopped: ${errorOf(e).message}`);
    });
  }
  for (let k = 0; k < run.changed.length; k++) {
    const p = run.changed[k];
    const rep = newReport(p);
    rep.trace = [];
    run.migrations.push(rep);
    const s = performance.now();
    await traceMigration(run, rels, p, rep);
    rep.durationMs = performance.now() - s;
    await checkSessionRole(run, p);
    if (!run.died) await run.resetSession(p);
    rep.locks = strongestLocks(rep.trace.flatMap((t) => t.locks));
    rep.rewrites = [...new Set(rep.trace.flatMap((t) => t.rewrites))];
    if (run.died) {
      const why = run.died;
      run.died = void 0;
      const ok = await recover(run, rels, k, why).catch((e) => {
        run.restarts.push(`could not continue after "${why}": ${e.message}`);
        return false;
      });
      if (!ok) run.stop(`the engine stopped: ${why}`);
    }
  }
}
async function checkSessionRole(run, p) {
  if (!run.sessionAuth || !run.main.alive) return;
  const who = (await run.main.query("select session_user::text as s", void 0, { timeoutMs: run.limit(3e4) }).catch(() => void 0))?.rows[0];
  if (!who || who.s === run.role) return;
  run.escapes.push(`after ${p.source.file} the session was ${who.s} instead of ${run.role}: code of the pull request switched it back (RESET/SET SESSION AUTHORIZATION)`);
  await run.asRole().catch((e) => run.stop(`could not switch back to the migration role ${run.role}: ${errorOf(e).message}`));
}
async function recover(run, rels, k, why) {
  if (run.remaining() <= 0) return false;
  const { opts, role } = run;
  if (opts.runAs?.db && role && opts.runAs.reconnect && run.main.alive) {
    const ok = await run.main.query("select 1", void 0, { timeoutMs: run.limit(1e4) }).then(
      () => true,
      () => false
    );
    if (ok) {
      run.conn = await opts.runAs.reconnect();
      run.restarts.push(`after "${why}" (${run.changed[k].source.file}): a new connection as ${role}; the rest went on`);
      return true;
    }
  }
  if (!opts.restart || opts.runAs?.db) return false;
  const t = performance.now();
  await restartEngine(run, opts.restart);
  if (run.stopped) return false;
  let replayed = 0;
  for (let j = 0; j < k; j++) {
    const p = run.changed[j];
    const rep = run.migrations.find((m) => m.id === p.migration.id && m.file === p.source.file && m.trace);
    if (rep?.applied !== "applied") continue;
    await replay(run, p, rep);
    replayed++;
  }
  await rels.reload(run.conn, run.limit(3e4));
  run.restarts.push(
    `after "${why}" (${run.changed[k].source.file}): restarted the engine, re-applied the base migrations and ${replayed} changed migration(s) before it in ${Math.round(performance.now() - t)} ms; the rest went on`
  );
  return true;
}
async function restartEngine(run, restart) {
  run.main = await restart();
  run.conn = run.main;
  await run.asRole();
  await applyBaseHistory(run, run.migrations.filter((m) => m.status === "base"));
}
async function replay(run, p, rep) {
  const wrap = runnerWraps(p.migration, p.statements.length, hasOwnTransaction(p.statements));
  if (wrap) await run.begin();
  for (let i = 0; i < p.statements.length; i++) {
    const st = p.statements[i];
    const t = rep.trace[i];
    if (!t || t.skipped || t.error) continue;
    await run.conn.exec(run.plans.get(st)?.sql ?? st.sql, { timeoutMs: run.limit() });
  }
  if (wrap) await run.commit("");
}
async function runAfterBaseHook(run) {
  const { opts } = run;
  if (!opts.afterBase || run.stopped || !run.main.alive) return;
  await run.asSuperuser().catch(() => void 0);
  await opts.afterBase(run.main).catch(() => void 0);
  if (run.main.alive || !opts.restart || opts.runAs?.db) {
    await run.asRole().catch((e) => run.stop(`could not switch to the migration role ${run.role}: ${errorOf(e).message}`));
    return;
  }
  const t = performance.now();
  try {
    await restartEngine(run, opts.restart);
    run.restarts.push(`a probe rehearsal before the traced run ended the engine: restarted it and re-applied the base migrations in ${Math.round(performance.now() - t)} ms`);
  } catch (e) {
    run.stop(`the engine stopped during a probe rehearsal and could not restart: ${e.message}`);
  }
}

// src/live/external-roles.ts
var EXTENSION_ROLES = /* @__PURE__ */ new Set(["pgsodium_keyholder", "pgsodium_keyiduser", "pgsodium_keymaker"]);
var CREATE_ROLE_TEXT = /\bcreate\s+(?:role|user|group)\s+(?:"((?:[^"]|"")+)"|([a-z_][a-z0-9_$]*))/gi;
function rolesOf(parsed) {
  const named = /* @__PURE__ */ new Set();
  const created2 = /* @__PURE__ */ new Set();
  for (const p of parsed) {
    for (const st of p.statements) {
      if (st.kind === "CreateRoleStmt" && typeof st.node.role === "string") created2.add(st.node.role);
      for (const m of st.sql.matchAll(CREATE_ROLE_TEXT)) created2.add(m[1] !== void 0 ? m[1].replace(/""/g, '"') : m[2].toLowerCase());
      if (st.kind === "VariableSetStmt" && st.node.name === "role") {
        const role = st.node.args?.[0]?.A_Const?.sval?.sval;
        if (typeof role === "string" && role !== "none") named.add(role);
      }
      walk(st.node, (key, value) => {
        if (typeof value.roletype === "string") {
          if (value.roletype === "ROLESPEC_CSTRING" && typeof value.rolename === "string") named.add(value.rolename);
        } else if (key === "granted_roles" && st.kind === "GrantRoleStmt" && Array.isArray(value)) {
          for (const r of value) if (typeof r?.AccessPriv?.priv_name === "string") named.add(r.AccessPriv.priv_name);
        }
      });
    }
  }
  return { named, created: created2 };
}
async function createExternalRoles(db, parsed, migrator, timeoutMs) {
  const { named, created: created2 } = rolesOf(parsed);
  const wanted = [...named].filter((r) => !created2.has(r) && !r.startsWith("pg_") && !EXTENSION_ROLES.has(r));
  if (!wanted.length) return { created: [], failed: [] };
  const existing = new Set((await db.query("select rolname::text as r from pg_catalog.pg_roles where rolname = any($1::text[])", [wanted], { timeoutMs })).rows.map((r) => r.r));
  const missing = wanted.filter((r) => !existing.has(r)).sort();
  if (!missing.length) return { created: [], failed: [] };
  const schemas = (await db.query(`select nspname::text as n from pg_catalog.pg_namespace where nspname !~ '^pg_' and nspname <> 'information_schema' order by 1`, void 0, { timeoutMs })).rows.map((r) => quoteIdent(r.n));
  const out = { created: [], failed: [] };
  for (const role of missing) {
    const id = quoteIdent(role);
    const grants = [...schemas.length ? [`grant usage, create on schema ${schemas.join(", ")} to ${id}`] : [], ...migrator ? [`grant ${id} to ${quoteIdent(migrator)}`] : []];
    try {
      await db.exec([`create role ${id} nologin`, ...grants].join(";\n"), { timeoutMs });
      out.created.push(role);
    } catch (e) {
      out.failed.push(`${role} (${e.message.split("\n")[0]})`);
    }
  }
  return out;
}
function quoteIdent(s) {
  return `"${s.replace(/"/g, '""')}"`;
}

// src/live/trace.ts
var MIGRATOR_ROLE = "pgreview_migrator";
async function applyTraced(db, parsed, opts) {
  const run = await openTraceRun(db, parsed, opts);
  if (run.applyBase) await createRoles(run, parsed.filter((p) => p.migration.status === "base"), run.baseExternalRoles);
  await applyBase(run);
  await runAfterBaseHook(run);
  await createRoles(run, parsed);
  const before = run.stopped ? void 0 : await run.snapshot(opts.snapshotBefore);
  const tc = performance.now();
  await traceChanged(run);
  run.timings.changedMs = performance.now() - tc;
  const after = run.conn.alive && before && !run.stopped ? await run.snapshot() : void 0;
  await run.asSuperuser().catch(() => void 0);
  return run.result(before, after);
}
async function createRoles(run, parsed, alsoIn) {
  if (run.stopped || !run.main.alive) return;
  try {
    await run.asSuperuser();
    const { created: created2, failed } = await createExternalRoles(run.main, parsed, run.role, run.limit(3e4));
    run.externalRoles.push(...created2);
    alsoIn?.push(...created2);
    run.externalRolesFailed.push(...failed);
  } catch (e) {
    run.externalRolesFailed.push(`(${errorOf(e).message})`);
  }
  await run.asRole().catch((e) => run.stop(`could not switch to the migration role ${run.role}: ${errorOf(e).message}`));
}
async function applyBase(run) {
  const tb = performance.now();
  try {
    await run.asRole();
  } catch (e) {
    run.stop(`could not switch to the migration role ${run.role}: ${errorOf(e).message}`);
  }
  await setUpRunnerTable(run);
  await applyBaseHistory(run);
  run.timings.baseMs = performance.now() - tb;
}

// src/live/rollback.ts
var q = (name) => /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
var lit3 = (s) => `'${s.replace(/'/g, "''")}'`;
function splitName(name) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (quoted) {
      if (ch === '"' && name[i + 1] === '"') cur += '"', i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ".") out.push(cur), cur = "";
    else cur += ch;
  }
  out.push(cur);
  return out;
}
var last = (name) => q(splitName(name).pop());
var KEYWORDS = new Set(
  "all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral leading limit localtime localtimestamp not null offset on only or order placing primary references returning select session_user some symmetric system_user table then to trailing true union unique user using variadic when where window with authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull join left like natural notnull outer overlaps right similar tablesample verbose".split(" ")
);
var qi = (name) => /^[a-z_][a-z0-9_$]*$/.test(name) && !KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
var lastI = (name) => qi(splitName(name).pop());
var parentOf = (name) => {
  const parts = splitName(name);
  return parts.slice(0, -1).map(q).join(".");
};
function alignRenames(B, A) {
  const renames = [];
  const words = [];
  const A2 = alignChildRenames(B, alignRelationRenames(B, A, renames, words), renames, words);
  return { A2, renames, words };
}
function byOid(s, prefix) {
  const m = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(s.defs.oids)) if (k.startsWith(prefix)) m.set(v, k.slice(prefix.length));
  return m;
}
function alignRelationRenames(B, A, renames, words) {
  const relMap = /* @__PURE__ */ new Map();
  const bRel = byOid(B, "relation ");
  for (const [oid, aName] of byOid(A, "relation ")) {
    const bName = bRel.get(oid);
    if (bName && bName !== aName && !(aName in B.relations && bName in A.relations)) relMap.set(aName, bName);
  }
  for (const [aName, bName] of relMap) {
    const rel = A.relations[aName];
    const kw = relKeyword(rel);
    const [as, an] = splitName(aName);
    const [bs, bn] = splitName(bName);
    if (an !== bn) renames.push(`ALTER ${kw} ${aName} RENAME TO ${qi(bn)}`);
    if (as !== bs) renames.push(`ALTER ${kw} ${q(as)}.${q(bn)} SET SCHEMA ${qi(bs)}`);
    words.push([new RegExp(`(?<![\\w$".])${escapeRe(aName)}(?![\\w$"])`, "g"), bName]);
    if (an !== bn) words.push([new RegExp(`(?<![\\w$".])${escapeRe(q(an))}(?![\\w$"])`, "g"), q(bn)]);
  }
  if (!relMap.size) return A;
  const relName = (n) => relMap.get(n) ?? n;
  const reKey = (k) => {
    const p = parentOf(k);
    return relMap.has(p) ? `${relMap.get(p)}.${last(k)}` : k;
  };
  return {
    ...A,
    relations: mapKeys(A.relations, relName),
    columns: mapKeys(A.columns, reKey),
    constraints: mapObj(mapKeys(A.constraints, reKey), (v) => ({ ...v, table: relName(v.table) })),
    indexes: mapObj(A.indexes, (v) => ({ ...v, table: relName(v.table) })),
    policies: mapObj(mapKeys(A.policies, reKey), (v) => ({ ...v, table: relName(v.table) })),
    triggers: mapObj(mapKeys(A.triggers, reKey), (v) => ({ ...v, table: relName(v.table) })),
    grants: mapKeys(A.grants, (k) => {
      const i = k.lastIndexOf(":");
      return `${relName(k.slice(0, i))}${k.slice(i)}`;
    }),
    defs: {
      ...A.defs,
      oids: mapKeys(A.defs.oids, (k) => renameDefKey(k, relName, reKey)),
      tableColumns: mapKeys(A.defs.tableColumns, relName),
      partitioning: mapKeys(A.defs.partitioning, relName),
      views: mapObj(mapKeys(A.defs.views, relName), (v) => ({ ...v, dependsOn: v.dependsOn.map(relName) })),
      sequences: mapObj(mapKeys(A.defs.sequences, relName), (v) => ({ ...v, ownedBy: v.ownedBy ? reKey(v.ownedBy) : void 0 })),
      comments: mapKeys(A.defs.comments, (k) => renameDefKey(k, relName, reKey)),
      acls: mapKeys(A.defs.acls, (k) => renameDefKey(k, relName, reKey))
    }
  };
}
function alignChildRenames(B, A2, renames, words) {
  const colMap = /* @__PURE__ */ new Map();
  const bCol = byOid(B, "column ");
  for (const [oid, aName] of byOid(A2, "column ")) {
    const bName = bCol.get(oid);
    if (bName && bName !== aName && !(aName in B.columns) && !(bName in A2.columns)) colMap.set(aName, bName);
  }
  for (const [aName, bName] of colMap) {
    renames.push(`ALTER TABLE ${parentOf(aName)} RENAME COLUMN ${lastI(aName)} TO ${lastI(bName)}`);
    words.push([new RegExp(`(?<![\\w$".])${escapeRe(lastI(aName))}(?![\\w$"])`, "g"), lastI(bName)]);
  }
  const idxMap = /* @__PURE__ */ new Map();
  const bIdx = byOid(B, "index ");
  for (const [oid, aName] of byOid(A2, "index ")) {
    const bName = bIdx.get(oid);
    if (bName && bName !== aName && !(aName in B.indexes) && !(bName in A2.indexes)) idxMap.set(aName, bName);
  }
  const conMap = /* @__PURE__ */ new Map();
  const bCon = byOid(B, "constraint ");
  for (const [oid, aName] of byOid(A2, "constraint ")) {
    const bName = bCon.get(oid);
    if (bName && bName !== aName && !(aName in B.constraints) && !(bName in A2.constraints)) conMap.set(aName, bName);
  }
  for (const [aName, bName] of conMap) {
    renames.push(`ALTER TABLE ${parentOf(aName)} RENAME CONSTRAINT ${lastI(aName)} TO ${lastI(bName)}`);
    const schema = q(splitName(aName)[0]);
    idxMap.delete(`${schema}.${last(aName)}`);
  }
  for (const [aName, bName] of idxMap) renames.push(`ALTER INDEX ${aName} RENAME TO ${lastI(bName)}`);
  const fnMap = /* @__PURE__ */ new Map();
  const bFn = byOid(B, "function ");
  for (const [oid, aName] of byOid(A2, "function ")) {
    const bName = bFn.get(oid);
    if (bName && bName !== aName && !(aName in B.functions) && !(bName in A2.functions)) fnMap.set(aName, bName);
  }
  for (const [aName, bName] of fnMap) {
    const bq = bName.slice(0, bName.indexOf("("));
    const aq = aName.slice(0, aName.indexOf("("));
    const [as, an] = splitName(aq);
    const [bs, bn] = splitName(bq);
    const kw = A2.functions[aName].kind === "procedure" ? "PROCEDURE" : A2.functions[aName].kind === "aggregate" ? "AGGREGATE" : "FUNCTION";
    if (an !== bn) renames.push(`ALTER ${kw} ${aName} RENAME TO ${qi(bn)}`);
    if (as !== bs) renames.push(`ALTER ${kw} ${q(as)}.${q(bn)}${aName.slice(aName.indexOf("("))} SET SCHEMA ${qi(bs)}`);
  }
  const typMap = /* @__PURE__ */ new Map();
  const bTyp = byOid(B, "type ");
  for (const [oid, aName] of byOid(A2, "type ")) {
    const bName = bTyp.get(oid);
    if (bName && bName !== aName && !(`type ${aName}` in B.defs.oids) && !(`type ${bName}` in A2.defs.oids)) typMap.set(aName, bName);
  }
  for (const [aName, bName] of typMap) {
    const [as, an] = splitName(aName);
    const [bs, bn] = splitName(bName);
    if (an !== bn) renames.push(`ALTER TYPE ${aName} RENAME TO ${qi(bn)}`);
    if (as !== bs) renames.push(`ALTER TYPE ${q(as)}.${q(bn)} SET SCHEMA ${qi(bs)}`);
    words.push([new RegExp(`(?<![\\w$".])${escapeRe(aName)}(?![\\w$"])`, "g"), bName]);
  }
  if (!colMap.size && !idxMap.size && !conMap.size && !fnMap.size && !typMap.size) return A2;
  const colKey = (k) => colMap.get(k) ?? k;
  const fnKey = (k) => fnMap.get(k) ?? k;
  const typKey = (k) => typMap.get(k) ?? k;
  return {
    ...A2,
    columns: mapKeys(A2.columns, colKey),
    indexes: mapKeys(A2.indexes, (k) => idxMap.get(k) ?? k),
    constraints: mapKeys(A2.constraints, (k) => conMap.get(k) ?? k),
    functions: mapKeys(A2.functions, fnKey),
    enums: mapKeys(A2.enums, typKey),
    defs: {
      ...A2.defs,
      oids: mapKeys(A2.defs.oids, (k) => prefixed(k, { column: colKey, function: fnKey, type: typKey, index: (x) => idxMap.get(x) ?? x, constraint: (x) => conMap.get(x) ?? x })),
      tableColumns: mapObj(A2.defs.tableColumns, (cols, table) => cols.map((c) => ({ ...c, name: splitName(colKey(`${table}.${q(c.name)}`)).pop() }))),
      functions: mapKeys(A2.defs.functions, fnKey),
      types: mapKeys(A2.defs.types, typKey),
      comments: mapKeys(A2.defs.comments, (k) => prefixed(k, { column: colKey, function: fnKey, type: typKey, index: (x) => idxMap.get(x) ?? x, constraint: (x) => conMap.get(x) ?? x })),
      acls: mapKeys(A2.defs.acls, (k) => prefixed(k, { function: fnKey, type: typKey })),
      sequences: mapObj(A2.defs.sequences, (v) => ({ ...v, ownedBy: v.ownedBy ? colKey(v.ownedBy) : void 0 }))
    }
  };
}
function renameDefKey(k, relName, reKey) {
  const sp = k.indexOf(" ");
  const kind = k.slice(0, sp);
  const name = k.slice(sp + 1);
  if (kind === "relation") return `${kind} ${relName(name)}`;
  if (kind === "column" || kind === "constraint" || kind === "trigger" || kind === "policy") return `${kind} ${reKey(name)}`;
  return k;
}
function prefixed(k, fns) {
  const sp = k.indexOf(" ");
  const f = fns[k.slice(0, sp)];
  return f ? `${k.slice(0, sp)} ${f(k.slice(sp + 1))}` : k;
}
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function mapKeys(o, f) {
  const out = {};
  for (const [k, v] of Object.entries(o)) out[f(k)] = v;
  return out;
}
function mapObj(o, f) {
  const out = {};
  for (const [k, v] of Object.entries(o)) out[k] = f(v, k);
  return out;
}
function relKeyword(rel) {
  return rel.kind === "view" ? "VIEW" : rel.kind === "materialized view" ? "MATERIALIZED VIEW" : rel.kind === "sequence" ? "SEQUENCE" : rel.kind === "foreign table" ? "FOREIGN TABLE" : "TABLE";
}
function fnKeyword(kind) {
  return kind === "procedure" ? "PROCEDURE" : kind === "aggregate" ? "AGGREGATE" : "FUNCTION";
}
var isView = (r) => r?.kind === "view" || r?.kind === "materialized view";
var sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);
var created = (b, a) => Object.keys(a).filter((k) => !(k in b));
var dropped = (b, a) => Object.keys(b).filter((k) => !(k in a));
var relOid = (s, n) => Number(s.defs.oids[`relation ${n}`] ?? 0);
var oidOf = (s, key) => Number(s.defs.oids[key] ?? 0);
var fnDef = (s, k) => s.defs.functions[k];
var isEnumType = (s, type) => Object.keys(s.enums).some((e) => typeIs(type.replace(/\[\]$/, ""), e));
var viewColumnsType = (s, v) => (s.defs.views[v]?.columns ?? []).map((c) => `${c} ${s.columns[`${v}.${q(c)}`]?.type}`);
var backupName = (...parts) => `pgreview_backup.${q(parts.map((p) => splitName(p).join("_")).join("__").slice(0, 63))}`;
var primaryKeyColumns = (B, t) => {
  const pk = Object.values(B.constraints).find((c) => c.table === t && c.type === "p");
  return pk ? /PRIMARY KEY \((.*)\)/.exec(pk.definition)?.[1] : void 0;
};
var conIndex = (s, idx) => constraintIndexNames(s).has(`${splitName(idx)[0]}\0${last(idx)}`);
var constraintIndexes = /* @__PURE__ */ new WeakMap();
function constraintIndexNames(s) {
  let names = constraintIndexes.get(s.constraints);
  if (!names) {
    names = new Set(Object.entries(s.constraints).filter(([, c]) => ["p", "u", "x"].includes(c.type)).map(([k, c]) => `${splitName(c.table)[0]}\0${last(k)}`));
    constraintIndexes.set(s.constraints, names);
  }
  return names;
}
function generateRollback(input) {
  const g = startGeneration(input);
  const p = planChanges(g);
  addBackups(g, p);
  const deps = dropDependents(g, p);
  const seqOut = dropCreatedColumnsAndTables(g, p);
  for (const r of g.renames) g.emit(r);
  const back = recreateDropped(g, p);
  restoreAltered(g, p);
  const tables = recreateTablesAndColumns(g, p, deps, back);
  dropCreatedObjects(g, p, seqOut);
  recreateViewsTriggersPolicies(g, p, deps, tables);
  const recreated = (kind, name) => wasRecreated(g, p, deps, back.seqIn, tables, kind, name);
  restoreComments(g, recreated);
  restorePrivileges(g, recreated);
  return renderScript(g);
}
function startGeneration(input) {
  const B = input.before;
  const { A2: A, renames, words } = alignRenames(B, input.after);
  const norm = (s) => {
    if (s == null) return s;
    let out2 = s;
    for (const [re, to] of words) out2 = out2.replace(re, to);
    return out2;
  };
  const caveats = [];
  const backups = [];
  const out = [];
  const emit = (sql, note) => out.push({ sql, note });
  const caveat = (sql, note) => {
    caveats.push(note);
    if (sql) emit(sql, note);
    else out.push({ sql: "", note });
  };
  return { input, B, A, renames, norm, emit, caveat, out, caveats, backups };
}
function planChanges(g) {
  const relations = planRelations(g);
  const functions = planFunctions(g);
  return { ...relations, ...functions, ...planViews(g, relations, functions) };
}
function planRelations(g) {
  const { A, B } = g;
  const createdRels = new Set(created(B.relations, A.relations));
  const droppedRels = new Set(dropped(B.relations, A.relations));
  for (const n of Object.keys(B.relations)) {
    if (n in A.relations && (A.relations[n].kind !== B.relations[n].kind || B.relations[n].kind !== "view" && B.relations[n].kind !== "materialized view" && relOid(A, n) !== relOid(B, n) && relOid(A, n) && relOid(B, n))) {
      createdRels.add(n);
      droppedRels.add(n);
    }
  }
  const tableGone = (t) => droppedRels.has(t) || createdRels.has(t);
  const survives = (t) => t in A.relations && t in B.relations && !tableGone(t);
  const tableSurvives = (t) => survives(t) && !isView(B.relations[t]) && !isView(A.relations[t]);
  const columnChanges = Object.keys(B.columns).filter((c) => c in A.columns && tableSurvives(parentOf(c)) && !sameJson(B.columns[c], A.columns[c]));
  const enumRebuilds = Object.keys(B.enums).filter((t) => t in A.enums && !sameJson(B.enums[t], A.enums[t]) && A.enums[t].length !== B.enums[t].length);
  const enumCols = new Map(enumRebuilds.map((t) => [t, Object.keys(A.columns).filter((c) => tableSurvives(parentOf(c)) && typeIs(A.columns[c].type.replace(/\[\]$/, ""), t))]));
  const typeChanged = /* @__PURE__ */ new Set([
    ...columnChanges.filter((c) => B.columns[c].type !== A.columns[c].type || B.columns[c].generated !== A.columns[c].generated).map(parentOf),
    ...[...enumCols.values()].flat().map(parentOf)
  ]);
  const droppedCols = dropped(B.columns, A.columns).filter((c) => tableSurvives(parentOf(c)));
  const createdCols = created(B.columns, A.columns).filter((c) => tableSurvives(parentOf(c)));
  return { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols };
}
function planFunctions(g) {
  const { A, B, norm } = g;
  const createdFns = created(B.functions, A.functions);
  const droppedFns = dropped(B.functions, A.functions);
  const alteredFns = Object.keys(B.functions).filter((k) => k in A.functions && (B.functions[k].bodyHash !== A.functions[k].bodyHash || fnDef(B, k) !== norm(fnDef(A, k)) || !sameJson({ ...B.functions[k], acl: 0, owner: 0, executableBy: 0 }, { ...A.functions[k], acl: 0, owner: 0, executableBy: 0 })));
  const replacedFns = new Set(alteredFns.filter((k) => B.functions[k].returns !== A.functions[k].returns || B.functions[k].kind !== A.functions[k].kind || paramNames(fnDef(B, k)) !== paramNames(fnDef(A, k))));
  return { createdFns, droppedFns, alteredFns, replacedFns };
}
function planViews(g, r, f) {
  const { A, B, norm } = g;
  const { createdRels, droppedRels, createdCols, enumCols, columnChanges } = r;
  const { replacedFns, createdFns } = f;
  const fnByOid = new Map(Object.entries(A.defs.oids).filter(([k]) => k.startsWith("function ")).map(([k, v]) => [`fn:${v}`, k.slice("function ".length)]));
  const viewChanged = (n) => isView(B.relations[n]) && isView(A.relations[n]) && (B.defs.views[n]?.definition !== norm(A.defs.views[n]?.definition) || !sameJson(B.defs.views[n]?.columns, A.defs.views[n]?.columns) || B.relations[n].kind !== A.relations[n].kind);
  const replaceable = (n) => {
    if (B.relations[n]?.kind !== "view" || A.relations[n]?.kind !== "view") return false;
    const a = viewColumnsType(A, n);
    const b = viewColumnsType(B, n);
    return a.every((c, i) => b[i] === c);
  };
  const blockedCols = /* @__PURE__ */ new Set([...createdCols, ...[...enumCols.values()].flat(), ...columnChanges.filter((c) => B.columns[c].type !== A.columns[c].type || B.columns[c].generated !== A.columns[c].generated)]);
  const vdrop = /* @__PURE__ */ new Set();
  const vreplace = /* @__PURE__ */ new Set();
  const fnDeps = (v) => (A.defs.views[v]?.dependsOn ?? []).map((d) => fnByOid.get(d) ?? d);
  const standsOnChange = (v) => fnDeps(v).some((d) => vdrop.has(d) || createdRels.has(d) || blockedCols.has(d) || replacedFns.has(d) || createdFns.includes(d));
  for (const n of Object.keys(A.relations)) if (isView(A.relations[n]) && createdRels.has(n)) vdrop.add(n);
  for (const n of Object.keys(A.relations)) if (isView(A.relations[n]) && viewChanged(n)) (replaceable(n) && !standsOnChange(n) ? vreplace : vdrop).add(n);
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of Object.keys(A.defs.views)) {
      if (vdrop.has(n)) continue;
      if (standsOnChange(n)) {
        vdrop.add(n);
        vreplace.delete(n);
        grew = true;
      }
    }
  }
  const recreateViews = /* @__PURE__ */ new Set([...[...vdrop].filter((n) => isView(B.relations[n])), ...[...droppedRels].filter((n) => isView(B.relations[n]))]);
  const usesRowType = (sig, returns, v) => {
    const names = [v, lastI(v), last(v)];
    const parts = [returns.replace(/^SETOF /, ""), ...sig.slice(sig.indexOf("(") + 1, -1).split(", ").map((a) => a.split(" ").pop() ?? "")];
    return parts.some((p) => names.includes(p.replace(/\[\]$/, "")));
  };
  const fnsViaViews = new Set(
    Object.keys(A.functions).filter((k) => k in B.functions && !replacedFns.has(k) && [...vdrop].some((v) => usesRowType(k, A.functions[k].returns, v)))
  );
  return { vdrop, vreplace, recreateViews, fnsViaViews };
}
function addBackups(g, p) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const pkCols = (t) => primaryKeyColumns(B, t);
  const backupSchema = "CREATE SCHEMA IF NOT EXISTS pgreview_backup;";
  for (const t of [...droppedRels].filter((t2) => !createdRels.has(t2) || B.relations[t2].kind === "table")) {
    const r = B.relations[t];
    if (r.kind !== "table" && r.kind !== "partitioned table") continue;
    if (backups.length === 0) backups.push(backupSchema);
    backups.push(`CREATE TABLE ${backupName(t)} AS TABLE ${t};`);
  }
  for (const c of droppedCols) {
    if (backups.length === 0) backups.push(backupSchema);
    const t = parentOf(c);
    const pk = pkCols(t);
    backups.push(pk ? `CREATE TABLE ${backupName(t, lastI(c))} AS SELECT ${pk}, ${lastI(c)} FROM ${t};` : `CREATE TABLE ${backupName(t)} AS TABLE ${t};`);
  }
  const dataStatements = [];
  for (const { source, trace } of input.changed) {
    source.statements.forEach((st, i) => {
      const t = trace?.[i];
      if (t?.error || t?.skipped) return;
      const n = st.node ?? {};
      const rel = n.relation ?? n.relations?.[0]?.RangeVar;
      const table = rel?.relname ? `${rel.schemaname ? q(rel.schemaname) + "." : ""}${q(rel.relname)}` : void 0;
      const where = `${source.source.file}:${st.span.line}`;
      if (st.kind === "UpdateStmt" || st.kind === "DeleteStmt" || st.kind === "TruncateStmt") {
        const verb = st.kind === "UpdateStmt" ? "UPDATE" : st.kind === "DeleteStmt" ? "DELETE" : "TRUNCATE";
        dataStatements.push(`${verb} at ${where}${t?.rowsAffected != null && st.kind !== "TruncateStmt" ? ` (${t.rowsAffected} row(s) on the review database)` : ""} changes data that the rollback does not restore${table ? `: restore ${table} from the backup` : ""}`);
        if (table && !backups.some((b) => b.includes(` ${table};`))) {
          if (backups.length === 0) backups.push(backupSchema);
          backups.push(`CREATE TABLE ${backupName(table)} AS TABLE ${table};`);
        }
      } else if (st.kind === "InsertStmt" && table) {
        dataStatements.push(`INSERT at ${where} adds rows to ${table} that the rollback does not delete (unless it drops the table)`);
      }
    });
  }
  for (const d of dataStatements) caveats.push(d);
}
function dropDependents(g, p) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const viewsToDrop = [...vdrop].filter((n) => n in A.relations).sort((a, b) => relOid(A, b) - relOid(A, a));
  const plainViews = viewsToDrop.filter((n) => A.relations[n].kind === "view");
  const matViews = viewsToDrop.filter((n) => A.relations[n].kind === "materialized view");
  for (const k of fnsViaViews) emit(`DROP ${fnKeyword(A.functions[k].kind)} IF EXISTS ${k}`);
  if (matViews.length) emit(`DROP MATERIALIZED VIEW IF EXISTS ${matViews.join(", ")}`);
  if (plainViews.length) emit(`DROP VIEW IF EXISTS ${plainViews.join(", ")}`);
  const gone = (t) => tableGone(t) || vdrop.has(t);
  const policyChanged = (k) => !sameJson({ ...B.policies[k], qual: B.policies[k].qual, withCheck: B.policies[k].withCheck }, { ...A.policies[k], qual: norm(A.policies[k].qual), withCheck: norm(A.policies[k].withCheck) });
  const policiesOut = Object.keys(A.policies).filter((k) => !gone(A.policies[k].table) && (!(k in B.policies) || policyChanged(k) || typeChanged.has(A.policies[k].table)));
  for (const k of policiesOut) emit(`DROP POLICY IF EXISTS ${lastI(k)} ON ${A.policies[k].table}`);
  const triggerChanged = (k) => B.triggers[k].definition !== norm(A.triggers[k].definition) || replacedFns.has(B.triggers[k].function);
  const triggersOut = Object.keys(A.triggers).filter((k) => !gone(A.triggers[k].table) && (!(k in B.triggers) || triggerChanged(k)));
  for (const k of triggersOut) emit(`DROP TRIGGER IF EXISTS ${lastI(k)} ON ${A.triggers[k].table}`);
  const conChanged = (k) => B.constraints[k].definition !== norm(A.constraints[k].definition) || B.constraints[k].validated !== A.constraints[k].validated || B.constraints[k].type !== A.constraints[k].type;
  const consOut = Object.keys(A.constraints).filter((k) => !gone(A.constraints[k].table) && (!(k in B.constraints) || conChanged(k) || typeChanged.has(A.constraints[k].table) && A.constraints[k].type === "f")).sort((a, b) => Number(A.constraints[b].type === "f") - Number(A.constraints[a].type === "f"));
  for (const k of consOut) emit(`ALTER TABLE ${A.constraints[k].table} DROP CONSTRAINT IF EXISTS ${lastI(k)}`);
  const idxChanged = (k) => B.indexes[k].definition !== norm(A.indexes[k].definition);
  const idxOut = Object.keys(A.indexes).filter((k) => !gone(A.indexes[k].table) && !conIndex(A, k) && (!(k in B.indexes) || idxChanged(k) && !conIndex(B, k)));
  const concurrently = input.transactional ? "" : " CONCURRENTLY";
  for (const k of idxOut) emit(`DROP INDEX${concurrently} IF EXISTS ${k}`);
  return { policiesOut, triggersOut, consOut, idxOut, concurrently };
}
function dropCreatedColumnsAndTables(g, p) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const attnum = (c) => Number((A.defs.oids[`column ${c}`] ?? "0.0").split(".")[1]);
  const colsOut = [...createdCols].sort((a, b) => Number(!!A.columns[b].generated) - Number(!!A.columns[a].generated) || attnum(b) - attnum(a));
  for (const c of colsOut) emit(`ALTER TABLE ${parentOf(c)} DROP COLUMN IF EXISTS ${lastI(c)}`, void 0);
  const tablesOut = [...createdRels].filter((n) => n in A.relations && !isView(A.relations[n]) && A.relations[n].kind !== "sequence").sort((a, b) => relOid(A, b) - relOid(A, a));
  const foreignOut = tablesOut.filter((n) => A.relations[n].kind === "foreign table");
  if (foreignOut.length) emit(`DROP FOREIGN TABLE IF EXISTS ${foreignOut.join(", ")}`);
  const plainOut = tablesOut.filter((n) => A.relations[n].kind !== "foreign table");
  if (plainOut.length) emit(`DROP TABLE IF EXISTS ${plainOut.join(", ")}`);
  const ownedByGone = (seq) => {
    const o = A.defs.sequences[seq]?.ownedBy;
    return o ? !(o in B.columns) || tableGone(parentOf(o)) : false;
  };
  const seqOut = [...createdRels].filter((n) => A.relations[n]?.kind === "sequence" && !A.defs.sequences[n]?.identity && !ownedByGone(n));
  return seqOut;
}
function recreateDropped(g, p) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const fnCreate = (k) => createFunction(g, k);
  for (const e of dropped(B.extensions, A.extensions)) {
    const x = B.extensions[e];
    emit(`CREATE EXTENSION IF NOT EXISTS ${q(e)} WITH SCHEMA ${q(x.schema)} VERSION ${lit3(x.version)}`);
  }
  for (const e of Object.keys(B.extensions).filter((e2) => e2 in A.extensions)) {
    const b = B.extensions[e];
    const a = A.extensions[e];
    if (a.schema !== b.schema) emit(`ALTER EXTENSION ${q(e)} SET SCHEMA ${qi(b.schema)}`);
    if (a.version !== b.version) caveat(`ALTER EXTENSION ${q(e)} UPDATE TO ${lit3(b.version)}`, `extension ${e} was updated from ${b.version} to ${a.version}; going back needs a downgrade script the extension may not ship`);
  }
  for (const s of dropped(B.schemas, A.schemas)) {
    emit(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    if (B.schemas[s].owner !== input.role) emit(`ALTER SCHEMA ${s} OWNER TO ${qi(B.schemas[s].owner)}`);
  }
  for (const s of Object.keys(B.schemas).filter((s2) => s2 in A.schemas && A.schemas[s2].owner !== B.schemas[s2].owner)) emit(`ALTER SCHEMA ${s} OWNER TO ${qi(B.schemas[s].owner)}`);
  const needsBodiesOff = droppedFns.length > 0 || alteredFns.length > 0 || fnsViaViews.size > 0;
  if (needsBodiesOff) out.unshift({ sql: input.transactional ? "SET LOCAL check_function_bodies = off" : "SET check_function_bodies = off" });
  const inOrder = [];
  for (const t of dropped(B.enums, A.enums)) inOrder.push({ oid: oidOf(B, `type ${t}`), run: () => emit(`CREATE TYPE ${t} AS ENUM (${B.enums[t].map(lit3).join(", ")})`) });
  for (const t of Object.keys(B.enums).filter((t2) => t2 in A.enums && !sameJson(B.enums[t2], A.enums[t2]))) {
    const b = B.enums[t];
    const a = A.enums[t];
    if (a.length === b.length) {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) emit(`ALTER TYPE ${t} RENAME VALUE ${lit3(a[i])} TO ${lit3(b[i])}`);
    }
  }
  const droppedTypes = dropped(B.defs.types, A.defs.types);
  for (const t of droppedTypes) inOrder.push({ oid: oidOf(B, `type ${t}`), run: () => emit(`CREATE ${B.defs.types[t].kind === "domain" ? "DOMAIN" : "TYPE"} ${t} ${B.defs.types[t].definition}`) });
  for (const t of Object.keys(B.defs.types).filter((t2) => t2 in A.defs.types && B.defs.types[t2].definition !== norm(A.defs.types[t2].definition))) {
    caveat(void 0, `${B.defs.types[t].kind} ${t} was changed (${A.defs.types[t].definition} instead of ${B.defs.types[t].definition}); the rollback does not rebuild it`);
  }
  const seqIn = [...droppedRels].filter((n) => B.relations[n]?.kind === "sequence" && !B.defs.sequences[n]?.identity);
  for (const n of seqIn) {
    const s = B.defs.sequences[n];
    emit(s ? `CREATE SEQUENCE ${n} AS ${s.type} INCREMENT BY ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max} START WITH ${s.start} CACHE ${s.cache}${s.cycle ? " CYCLE" : " NO CYCLE"}` : `CREATE SEQUENCE ${n}`);
    caveat(void 0, `sequence ${n} is recreated at its start value: set it past the highest value in use (setval) before writing to its table`);
  }
  for (const n of Object.keys(B.defs.sequences).filter((n2) => n2 in A.defs.sequences && !tableGone(n2) && !B.defs.sequences[n2].identity)) {
    const b = B.defs.sequences[n];
    const a = A.defs.sequences[n];
    const parts = [];
    if (a.type !== b.type) parts.push(`AS ${b.type}`);
    if (a.increment !== b.increment) parts.push(`INCREMENT BY ${b.increment}`);
    if (a.min !== b.min) parts.push(`MINVALUE ${b.min}`);
    if (a.max !== b.max) parts.push(`MAXVALUE ${b.max}`);
    if (a.start !== b.start) parts.push(`START WITH ${b.start}`);
    if (a.cache !== b.cache) parts.push(`CACHE ${b.cache}`);
    if (a.cycle !== b.cycle) parts.push(b.cycle ? "CYCLE" : "NO CYCLE");
    if (parts.length) emit(`ALTER SEQUENCE ${n} ${parts.join(" ")}`);
  }
  const dropTablesIn = [...droppedRels].filter((n) => !isView(B.relations[n]) && B.relations[n].kind !== "sequence");
  const needsTable = (k) => dropTablesIn.some((t) => `${k} ${B.functions[k].returns}`.includes(splitName(t).pop()));
  for (const k of replacedFns) emit(`DROP ${fnKeyword(A.functions[k].kind)} IF EXISTS ${k}`);
  const fnsNow = [...droppedFns, ...alteredFns].filter((k) => !needsTable(k) && !fnsViaViews.has(k));
  const fnsLater = [...droppedFns, ...alteredFns].filter((k) => needsTable(k) && !fnsViaViews.has(k));
  for (const k of fnsNow) inOrder.push({ oid: oidOf(B, `function ${k}`), run: () => fnCreate(k) });
  for (const o of inOrder.sort((a, b) => a.oid - b.oid)) o.run();
  return { seqIn, fnsLater, dropTablesIn };
}
function createFunction(g, k) {
  const def = fnDef(g.B, k);
  if (!def) {
    g.caveat(void 0, `${g.B.functions[k].kind} ${k} has no definition pg_get_functiondef can give (aggregate): recreate it by hand`);
    return;
  }
  g.emit(def.trimEnd());
}
function restoreAltered(g, p) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  for (const n of Object.keys(B.relations).filter((n2) => survives(n2) && !vdrop.has(n2))) {
    const b = B.relations[n];
    const a = A.relations[n];
    const kw = relKeyword(b);
    if (!sameJson(a.reloptions, b.reloptions)) {
      const keyOf = (o) => o.slice(0, o.indexOf("="));
      const reset = a.reloptions.filter((o) => !b.reloptions.some((x) => keyOf(x) === keyOf(o))).map(keyOf);
      if (reset.length) emit(`ALTER ${kw} ${n} RESET (${reset.join(", ")})`);
      const set = b.reloptions.filter((o) => !a.reloptions.includes(o));
      if (set.length) emit(`ALTER ${kw} ${n} SET (${set.join(", ")})`);
    }
    if (a.rowSecurity !== b.rowSecurity) emit(`ALTER TABLE ${n} ${b.rowSecurity ? "ENABLE" : "DISABLE"} ROW LEVEL SECURITY`);
    if (a.forceRowSecurity !== b.forceRowSecurity) emit(`ALTER TABLE ${n} ${b.forceRowSecurity ? "FORCE" : "NO FORCE"} ROW LEVEL SECURITY`);
    if (a.owner !== b.owner) emit(`ALTER ${kw} ${n} OWNER TO ${qi(b.owner)}`);
  }
  for (const c of columnChanges) {
    const t = parentOf(c);
    const col = lastI(c);
    const b = B.columns[c];
    const a = A.columns[c];
    if (a.generated !== b.generated) {
      if (a.generated && b.generated && B.serverVersionNum >= 17e4) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} SET EXPRESSION AS (${b.generated})`);
      else if (a.generated && !b.generated) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP EXPRESSION`);
      else caveat(void 0, `column ${c}: its generation expression changed (${a.generated ?? "none"} instead of ${b.generated ?? "none"}); the rollback cannot restore it in place`);
    }
    if (a.identity && a.identity !== b.identity && !b.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP IDENTITY IF EXISTS`);
    if (a.default != null && a.default !== b.default && !a.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP DEFAULT`);
    if (a.type !== b.type) {
      const collation = B.defs.tableColumns[t]?.find((x) => x.name === splitName(c).pop())?.collation;
      caveat(
        `ALTER TABLE ${t} ALTER COLUMN ${col} TYPE ${b.type}${collation ? ` COLLATE ${collation}` : ""} USING ${col}${isEnumType(B, b.type) || isEnumType(A, a.type) ? `::text${b.type.endsWith("[]") ? "[]" : ""}` : ""}::${b.type}`,
        `column ${c}: type goes back from ${a.type} to ${b.type}; values written after the deploy that do not fit ${b.type} make this fail, and converted values may not round-trip exactly`
      );
    }
    if (b.default != null && a.default !== b.default && !b.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} SET DEFAULT ${b.default}`);
    if (b.identity && a.identity !== b.identity) {
      const how = b.identity === "a" ? "ALWAYS" : "BY DEFAULT";
      if (a.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} SET GENERATED ${how}`);
      else caveat(`ALTER TABLE ${t} ALTER COLUMN ${col} ADD GENERATED ${how} AS IDENTITY`, `column ${c}: its identity is recreated with a new sequence that starts at 1; set it past the highest value in use`);
    }
    if (a.notNull !== b.notNull) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} ${b.notNull ? "SET" : "DROP"} NOT NULL`);
  }
  for (const t of enumRebuilds) {
    const b = B.enums[t];
    const a = A.enums[t];
    const added = a.filter((l) => !b.includes(l));
    const removed = b.filter((l) => !a.includes(l));
    const [schema, name] = splitName(t);
    const tmp = `${q(schema)}.${q(`${name}_pgreview_rollback`.slice(0, 63))}`;
    caveat(
      `CREATE TYPE ${tmp} AS ENUM (${b.map(lit3).join(", ")})`,
      added.length ? `enum ${t}: value(s) ${added.map((l) => `'${l}'`).join(", ")} added by the PR are removed by rebuilding the type (Postgres has no ALTER TYPE ... DROP VALUE); rows that use them make the rollback fail: change them first` : `enum ${t}: value(s) ${removed.map((l) => `'${l}'`).join(", ")} removed by the PR come back by rebuilding the type`
    );
    const cols = enumCols.get(t) ?? [];
    for (const c of cols) if (A.columns[c].default != null) emit(`ALTER TABLE ${parentOf(c)} ALTER COLUMN ${lastI(c)} DROP DEFAULT`);
    for (const c of cols) {
      const arr = A.columns[c].type.endsWith("[]") ? "[]" : "";
      emit(`ALTER TABLE ${parentOf(c)} ALTER COLUMN ${lastI(c)} TYPE ${tmp}${arr} USING ${lastI(c)}::text${arr}::${tmp}${arr}`);
    }
    emit(`DROP TYPE ${t}`);
    emit(`ALTER TYPE ${tmp} RENAME TO ${qi(name)}`);
    for (const c of cols) if (B.columns[c]?.default != null) emit(`ALTER TABLE ${parentOf(c)} ALTER COLUMN ${lastI(c)} SET DEFAULT ${B.columns[c].default}`);
  }
  for (const k of alteredFns.filter((k2) => !replacedFns.has(k2) && B.functions[k2].owner !== A.functions[k2].owner)) emit(`ALTER ${fnKeyword(B.functions[k].kind)} ${k} OWNER TO ${qi(B.functions[k].owner)}`);
  for (const k of Object.keys(B.functions).filter((k2) => k2 in A.functions && !alteredFns.includes(k2) && B.functions[k2].owner !== A.functions[k2].owner)) emit(`ALTER ${fnKeyword(B.functions[k].kind)} ${k} OWNER TO ${qi(B.functions[k].owner)}`);
}
function recreateTablesAndColumns(g, p, deps, back) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const fnCreate = (k) => createFunction(g, k);
  const pkCols = (t) => primaryKeyColumns(B, t);
  const columnDef = (c, collation, forAdd = false) => columnDefinition(B, c, collation, forAdd);
  const { consOut, idxOut, concurrently } = deps;
  const { seqIn, fnsLater, dropTablesIn } = back;
  const tablesIn = dropTablesIn.sort((a, b) => relOid(B, a) - relOid(B, b));
  for (const t of tablesIn) {
    const r = B.relations[t];
    const part = B.defs.partitioning[t];
    if (r.kind === "foreign table") {
      caveat(void 0, `foreign table ${t} was dropped; the rollback does not recreate foreign tables (server options are not in the catalog snapshot)`);
      continue;
    }
    if (part?.parent && part.bound) {
      emit(`CREATE TABLE ${t} PARTITION OF ${part.parent} ${part.bound}${part.key ? ` PARTITION BY ${part.key}` : ""}`);
    } else {
      const cols = (B.defs.tableColumns[t] ?? []).map((c) => columnDef(`${t}.${q(c.name)}`, c.collation));
      emit(`CREATE TABLE ${t} (
  ${cols.join(",\n  ")}
)${part?.key ? ` PARTITION BY ${part.key}` : ""}${r.reloptions.length ? ` WITH (${r.reloptions.join(", ")})` : ""}`);
    }
    if (r.owner !== input.role) emit(`ALTER TABLE ${t} OWNER TO ${qi(r.owner)}`);
    if (r.rowSecurity) emit(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
    if (r.forceRowSecurity) emit(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
    if (r.kind === "table" || r.kind === "partitioned table") {
      caveat(`-- INSERT INTO ${t} SELECT * FROM ${backupName(t)}`, `table ${t} was dropped by the PR: the rollback recreates it empty; its rows come back only from the backup taken before deploying`);
    }
  }
  for (const c of droppedCols) {
    const t = parentOf(c);
    const col = B.columns[c];
    const def = columnDef(c, B.defs.tableColumns[t]?.find((x) => x.name === splitName(c).pop())?.collation, true);
    emit(`ALTER TABLE ${t} ADD COLUMN ${def}`);
    const pk = pkCols(t);
    caveat(
      pk ? `-- UPDATE ${t} AS t SET ${lastI(c)} = b.${lastI(c)} FROM ${backupName(t, lastI(c))} AS b WHERE ${pk.split(", ").map((k) => `t.${k} = b.${k}`).join(" AND ")}` : void 0,
      `column ${c} was dropped by the PR: the rollback recreates it${col.default ? " with its default" : " empty"}; its values come back only from the backup taken before deploying`
    );
    if (col.notNull && !col.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${lastI(c)} SET NOT NULL`, "fails on rows without a value: restore the column from the backup first");
  }
  for (const s of Object.keys(B.defs.sequences).filter((s2) => B.defs.sequences[s2].ownedBy && !B.defs.sequences[s2].identity)) {
    const o = B.defs.sequences[s].ownedBy;
    if (seqIn.includes(s) || A.defs.sequences[s]?.ownedBy !== o) emit(`ALTER SEQUENCE ${s} OWNED BY ${o}`);
  }
  for (const s of Object.keys(B.defs.sequences).filter((s2) => !B.defs.sequences[s2].ownedBy && A.defs.sequences[s2]?.ownedBy && !tableGone(s2))) emit(`ALTER SEQUENCE ${s} OWNED BY NONE`);
  for (const k of fnsLater) fnCreate(k);
  const recreatedTable = (t) => tablesIn.includes(t) || recreateViews.has(t);
  const consIn = Object.keys(B.constraints).filter((k) => {
    const c = B.constraints[k];
    if (B.defs.partitioning[c.table]?.parent && recreatedTable(c.table)) return false;
    return recreatedTable(c.table) || !(k in A.constraints) || consOut.includes(k);
  });
  const conSql = (k) => `ALTER TABLE ${B.constraints[k].table} ADD CONSTRAINT ${lastI(k)} ${B.constraints[k].definition}`;
  for (const k of consIn.filter((k2) => B.constraints[k2].type !== "f")) emit(conSql(k));
  const idxIn = Object.keys(B.indexes).filter((k) => !conIndex(B, k) && !(B.defs.partitioning[B.indexes[k].table]?.parent && recreatedTable(B.indexes[k].table)) && (recreatedTable(B.indexes[k].table) ? !isView(B.relations[B.indexes[k].table]) : !(k in A.indexes) || idxOut.includes(k)));
  for (const k of idxIn) emit(recreatedTable(B.indexes[k].table) || !concurrently ? B.indexes[k].definition : B.indexes[k].definition.replace(/^CREATE (UNIQUE )?INDEX /, `CREATE $1INDEX${concurrently} `));
  for (const k of consIn.filter((k2) => B.constraints[k2].type === "f")) emit(conSql(k));
  return { tablesIn, consIn, idxIn, recreatedTable };
}
function dropCreatedObjects(g, p, seqOut) {
  const { B, A, emit } = g;
  const { createdFns } = p;
  const createdSchemas = new Set(created(B.schemas, A.schemas));
  const inCreatedSchema = (n) => createdSchemas.has(q(splitName(n)[0]));
  const outOrder = [];
  for (const n of seqOut) outOrder.push({ oid: relOid(A, n), sql: `DROP SEQUENCE IF EXISTS ${n}` });
  for (const k of createdFns) outOrder.push({ oid: oidOf(A, `function ${k}`), sql: `DROP ${fnKeyword(A.functions[k].kind)} IF EXISTS ${k}` });
  for (const t of created(B.enums, A.enums).filter((t2) => !inCreatedSchema(t2))) outOrder.push({ oid: oidOf(A, `type ${t}`), sql: `DROP TYPE IF EXISTS ${t}` });
  for (const t of created(B.defs.types, A.defs.types).filter((t2) => !inCreatedSchema(t2))) outOrder.push({ oid: oidOf(A, `type ${t}`), sql: `DROP ${A.defs.types[t].kind === "domain" ? "DOMAIN" : "TYPE"} IF EXISTS ${t}` });
  for (const o of outOrder.sort((a, b) => b.oid - a.oid)) emit(o.sql);
  for (const e of created(B.extensions, A.extensions)) emit(`DROP EXTENSION IF EXISTS ${q(e)}`);
  for (const s of createdSchemas) emit(`DROP SCHEMA IF EXISTS ${s} CASCADE`, "the schema did not exist before the PR: everything in it goes with it");
}
function recreateViewsTriggersPolicies(g, p, deps, tables) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const fnCreate = (k) => createFunction(g, k);
  const { triggersOut, policiesOut } = deps;
  const { recreatedTable } = tables;
  for (const v of [...recreateViews, ...vreplace].sort((a, b) => relOid(B, a) - relOid(B, b))) {
    const r = B.relations[v];
    if (vreplace.has(v)) {
      emit(`CREATE OR REPLACE VIEW ${v} AS
${B.defs.views[v].definition.trim().replace(/;$/, "")}`);
      continue;
    }
    const def = B.defs.views[v]?.definition;
    if (!def) {
      caveat(void 0, `view ${v}: no definition was read; recreate it by hand`);
      continue;
    }
    const opts = r.reloptions.length ? ` WITH (${r.reloptions.join(", ")})` : "";
    emit(`CREATE ${r.kind === "materialized view" ? "MATERIALIZED VIEW" : "VIEW"} ${v}${opts} AS
${def.trim().replace(/;$/, "")}`);
    if (r.owner !== input.role) emit(`ALTER ${relKeyword(r)} ${v} OWNER TO ${qi(r.owner)}`);
    for (const k of Object.keys(B.indexes).filter((k2) => B.indexes[k2].table === v)) emit(B.indexes[k].definition);
  }
  for (const k of fnsViaViews) fnCreate(k);
  for (const k of Object.keys(B.triggers).filter((k2) => recreatedTable(B.triggers[k2].table) || !(k2 in A.triggers) || triggersOut.includes(k2))) {
    emit(B.triggers[k].definition);
    const en = B.triggers[k].enabled;
    if (en !== "O") emit(`ALTER TABLE ${B.triggers[k].table} ${en === "D" ? "DISABLE" : en === "R" ? "ENABLE REPLICA" : "ENABLE ALWAYS"} TRIGGER ${lastI(k)}`);
  }
  for (const k of Object.keys(B.triggers).filter((k2) => k2 in A.triggers && !triggersOut.includes(k2) && !recreatedTable(B.triggers[k2].table) && A.triggers[k2].enabled !== B.triggers[k2].enabled)) {
    const en = B.triggers[k].enabled;
    emit(`ALTER TABLE ${B.triggers[k].table} ${en === "D" ? "DISABLE" : en === "R" ? "ENABLE REPLICA" : en === "A" ? "ENABLE ALWAYS" : "ENABLE"} TRIGGER ${lastI(k)}`);
  }
  for (const k of Object.keys(B.policies).filter((k2) => recreatedTable(B.policies[k2].table) || !(k2 in A.policies) || policiesOut.includes(k2))) {
    const p2 = B.policies[k];
    const roles = p2.roles.map((r) => r === "public" ? "PUBLIC" : qi(r)).join(", ");
    emit(`CREATE POLICY ${lastI(k)} ON ${p2.table} AS ${p2.permissive ? "PERMISSIVE" : "RESTRICTIVE"} FOR ${p2.cmd} TO ${roles}${p2.qual != null ? ` USING (${p2.qual})` : ""}${p2.withCheck != null ? ` WITH CHECK (${p2.withCheck})` : ""}`);
  }
}
function wasRecreated(g, p, deps, seqIn, tables, kind, name) {
  const { A, B } = g;
  const { droppedCols, droppedFns, replacedFns, fnsViaViews } = p;
  const { triggersOut, policiesOut } = deps;
  const { consIn, idxIn, recreatedTable } = tables;
  if (kind === "relation") return recreatedTable(name) || seqIn.includes(name);
  if (kind === "column") return recreatedTable(parentOf(name)) || droppedCols.includes(name);
  if (kind === "function") return droppedFns.includes(name) || replacedFns.has(name) || fnsViaViews.has(name);
  if (kind === "schema") return !(name in A.schemas);
  if (kind === "type") return !(`type ${name}` in A.defs.oids);
  if (kind === "constraint") return consIn.includes(name);
  if (kind === "index") return idxIn.includes(name) || recreatedTable(B.indexes[name]?.table ?? "");
  if (kind === "trigger") return recreatedTable(B.triggers[name]?.table ?? "") || !(name in A.triggers) || triggersOut.includes(name);
  if (kind === "policy") return recreatedTable(B.policies[name]?.table ?? "") || !(name in A.policies) || policiesOut.includes(name);
  return false;
}
function restoreComments(g, recreated) {
  const { A, B, emit } = g;
  const commentTarget = (kind, name) => {
    if (kind === "relation") return B.relations[name] ? `${relKeyword(B.relations[name])} ${name}` : void 0;
    if (kind === "column") return `COLUMN ${name}`;
    if (kind === "function") return B.functions[name] ? `${fnKeyword(B.functions[name].kind)} ${name}` : void 0;
    if (kind === "schema") return `SCHEMA ${name}`;
    if (kind === "type") return `${B.defs.types[name]?.kind === "domain" ? "DOMAIN" : "TYPE"} ${name}`;
    if (kind === "constraint") return B.constraints[name] ? `CONSTRAINT ${lastI(name)} ON ${B.constraints[name].table}` : void 0;
    if (kind === "index") return `INDEX ${name}`;
    if (kind === "trigger") return B.triggers[name] ? `TRIGGER ${lastI(name)} ON ${B.triggers[name].table}` : void 0;
    if (kind === "policy") return B.policies[name] ? `POLICY ${lastI(name)} ON ${B.policies[name].table}` : void 0;
    return void 0;
  };
  const exists = (s, key) => key in s.defs.oids || key.startsWith("trigger ") || key.startsWith("policy ");
  for (const key of /* @__PURE__ */ new Set([...Object.keys(B.defs.comments), ...Object.keys(A.defs.comments)])) {
    const sp = key.indexOf(" ");
    const kind = key.slice(0, sp);
    const name = key.slice(sp + 1);
    if (!exists(B, key) || kind === "trigger" && !(name in B.triggers) || kind === "policy" && !(name in B.policies)) continue;
    const want = B.defs.comments[key];
    const have = recreated(kind, name) ? void 0 : A.defs.comments[key];
    if (want === have) continue;
    const target = commentTarget(kind, name);
    if (target) emit(`COMMENT ON ${target} IS ${want == null ? "NULL" : lit3(want)}`);
  }
}
function restorePrivileges(g, recreated) {
  const { input, A, B, emit } = g;
  for (const key of Object.keys(B.defs.acls)) {
    const sp = key.indexOf(" ");
    const kind = key.slice(0, sp);
    const name = key.slice(sp + 1);
    const on = aclTarget(kind, name, B);
    if (!on) continue;
    const owner = kind === "relation" ? B.relations[name]?.owner : kind === "function" ? B.functions[name]?.owner : kind === "schema" ? B.schemas[name]?.owner : void 0;
    const want = new Set(B.defs.acls[key]);
    const have = new Set(recreated(kind, name) ? defaultAcl(kind, name, B, input.role, owner) : A.defs.acls[key] ?? []);
    if (!recreated(kind, name) && !(key in A.defs.acls)) continue;
    const byGrantee = (set) => {
      const m = /* @__PURE__ */ new Map();
      for (const e of set) {
        const i = e.lastIndexOf("=");
        const g2 = e.slice(0, i);
        (m.get(g2) ?? m.set(g2, /* @__PURE__ */ new Set()).get(g2)).add(e.slice(i + 1));
      }
      return m;
    };
    const w = byGrantee(want);
    const h = byGrantee(have);
    for (const g2 of /* @__PURE__ */ new Set([...w.keys(), ...h.keys()])) {
      const wp = w.get(g2) ?? /* @__PURE__ */ new Set();
      const hp = h.get(g2) ?? /* @__PURE__ */ new Set();
      const bare = (p) => p.replace(/\*$/, "");
      const revoke = [...hp].filter((p) => !wp.has(p)).map(bare).filter((p) => ![...wp].some((x) => bare(x) === p));
      const revokeOption = [...hp].filter((p) => p.endsWith("*") && wp.has(bare(p)));
      const grant = [...wp].filter((p) => !hp.has(p));
      const who = g2 === "PUBLIC" ? "PUBLIC" : qi(g2);
      if (revoke.length) emit(`REVOKE ${revoke.join(", ")} ON ${on} FROM ${who}`);
      if (revokeOption.length) emit(`REVOKE GRANT OPTION FOR ${revokeOption.map(bare).join(", ")} ON ${on} FROM ${who}`);
      const plain = grant.filter((p) => !p.endsWith("*"));
      const withOpt = grant.filter((p) => p.endsWith("*")).map(bare);
      if (plain.length) emit(`GRANT ${plain.join(", ")} ON ${on} TO ${who}`);
      if (withOpt.length) emit(`GRANT ${withOpt.join(", ")} ON ${on} TO ${who} WITH GRANT OPTION`);
    }
  }
}
function renderScript(g) {
  const { input, out, caveats, backups } = g;
  const statements = out.filter((o) => o.sql && !o.sql.startsWith("--")).map((o) => o.sql);
  const body = out.map((o) => {
    const note = o.note ? `-- NOTE: ${o.note}
` : "";
    if (!o.sql) return note.trimEnd();
    return `${note}${o.sql.startsWith("--") ? o.sql : /\$[A-Za-z_]*\$/.test(o.sql) || o.sql.endsWith(";") ? `${o.sql}${o.sql.endsWith(";") ? "" : ";"}` : `${o.sql};`}`;
  });
  const header = [
    "-- Rollback generated by pgreview from the catalog before and after the changed migrations.",
    "-- It undoes them as a whole, newest dependency first. Review it like any migration.",
    ...backups.length ? ["--", "-- Before deploying the PR, keep what it destroys (run these first, and keep the copies until the deploy is final):", ...backups.map((b) => `--   ${b}`)] : [],
    ...caveats.length ? ["--", "-- Not undone exactly:", ...caveats.map((c) => `--   * ${c}`)] : []
  ];
  const sql = statements.length || caveats.length ? [...header, "", ...input.transactional ? ["BEGIN;", ""] : [], ...body, ...input.transactional ? ["", "COMMIT;"] : [], ""].join("\n") : `${header[0]}
-- The changed migrations left the catalog as it was: there is nothing to roll back.
`;
  return { sql, caveats, backups, statements };
}
function columnDefinition(B, c, collation, forAdd = false) {
  const col = B.columns[c];
  const parts = [lastI(c), col.type];
  if (collation) parts.push(`COLLATE ${collation}`);
  if (col.generated) parts.push(`GENERATED ALWAYS AS (${col.generated}) STORED`);
  else if (col.identity) parts.push(`GENERATED ${col.identity === "a" ? "ALWAYS" : "BY DEFAULT"} AS IDENTITY`);
  else if (col.default != null) parts.push(`DEFAULT ${col.default}`);
  if (col.notNull && !forAdd && !col.identity) parts.push("NOT NULL");
  return parts.join(" ");
}
function typeIs(formatted, name) {
  return formatted === name || formatted === last(name);
}
function paramNames(def) {
  if (!def) return "";
  const m = /^CREATE OR REPLACE (?:FUNCTION|PROCEDURE) [^(]*\(([^)]*)\)/.exec(def);
  return (m?.[1] ?? "").split(",").map((p) => p.trim().split(/\s+/)[0] ?? "").join(",");
}
function aclTarget(kind, name, B) {
  if (kind === "relation") {
    const r = B.relations[name];
    return r ? `${r.kind === "sequence" ? "SEQUENCE" : "TABLE"} ${name}` : void 0;
  }
  if (kind === "function") return B.functions[name] ? `${B.functions[name].kind === "procedure" ? "PROCEDURE" : "FUNCTION"} ${name}` : void 0;
  if (kind === "schema") return `SCHEMA ${name}`;
  if (kind === "type") return `TYPE ${name}`;
  return void 0;
}
function defaultAcl(kind, name, B, creator, owner) {
  const r = B.relations[name];
  const objtype = kind === "relation" ? r?.kind === "sequence" ? "S" : "r" : kind === "function" ? "f" : kind === "type" ? "T" : kind === "schema" ? "n" : "";
  const schema = kind === "schema" ? "" : splitName(name.replace(/\(.*$/s, ""))[0];
  const global = B.defs.defaultAcls[`${creator}|${""}|${objtype}`];
  const inSchema = kind === "schema" ? [] : B.defs.defaultAcls[`${creator}|${schema}|${objtype}`] ?? [];
  const base = global ?? builtinAcl(kind, name, B, creator);
  const moved = owner && owner !== creator ? base.map((e) => e.startsWith(`${creator}=`) ? `${owner}${e.slice(creator.length)}` : e) : base;
  return [.../* @__PURE__ */ new Set([...moved, ...inSchema])];
}
function builtinAcl(kind, name, B, owner) {
  const o = owner ?? "";
  const r = B.relations[name];
  if (kind === "relation") {
    if (r?.kind === "sequence") return ["SELECT", "UPDATE", "USAGE"].map((p) => `${o}=${p}`);
    const privs = ["DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE", ...B.serverVersionNum >= 17e4 ? ["MAINTAIN"] : []];
    return privs.map((p) => `${o}=${p}`);
  }
  if (kind === "function") return [`${o}=EXECUTE`, "PUBLIC=EXECUTE"];
  if (kind === "schema") return [`${o}=CREATE`, `${o}=USAGE`];
  if (kind === "type") return [`${o}=USAGE`, "PUBLIC=USAGE"];
  return [];
}
function catalogDifferences(base, now) {
  const d = diffCatalog(base, now);
  const out = [
    ...d.created.map((o) => `${o.kind} ${o.name} is left over${o.detail ? ` (${o.detail})` : ""}`),
    ...d.dropped.map((o) => `${o.kind} ${o.name} is missing${o.detail ? ` (${o.detail})` : ""}`),
    ...d.altered.map((o) => `${o.kind} ${o.name} differs${o.detail ? ` (${o.detail})` : ""}`)
  ];
  const cmp = (label, a, b, only) => {
    for (const k of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (only && !only(k)) continue;
      if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(`${label} ${k}: ${k in b ? k in a ? "differs" : "is left over" : "is missing"}`);
    }
  };
  const both = (k) => k in base.relations && k in now.relations;
  cmp("view definition of", base.defs.views, now.defs.views, both);
  cmp("definition of", base.defs.types, now.defs.types);
  cmp("sequence", base.defs.sequences, now.defs.sequences, both);
  cmp("comment on", base.defs.comments, now.defs.comments);
  cmp("privileges on", base.defs.acls, now.defs.acls, (k) => k in base.defs.acls && k in now.defs.acls);
  return out;
}
function asMigrationRoleRuns(sql) {
  let m = /^DROP EXTENSION IF EXISTS ("?)([\w$-]+)\1$/.exec(sql);
  if (m && SUPERUSER_EXTENSIONS.includes(m[2])) return `select pgreview_admin.drop_extension(${lit3(m[2])})`;
  m = /^CREATE EXTENSION IF NOT EXISTS ("?)([\w$-]+)\1 WITH SCHEMA (\S+) VERSION '([^']*)'$/.exec(sql);
  if (m && SUPERUSER_EXTENSIONS.includes(m[2])) return `select pgreview_admin.create_extension(${lit3(m[2])}, ${lit3(splitName(m[3])[0])}, ${lit3(m[4])}, true)`;
  return sql;
}
async function proveRollback(main, gen, base, opts) {
  const role = opts.session.role;
  const x = opts.session.db ?? main;
  const sessionAuth = !!role && !opts.session.db;
  const rollbackOnly = main.rollbackOnly;
  const t = { timeoutMs: opts.timeoutMs };
  const sessionUser = sessionAuth ? (await main.query("select session_user::text as su", void 0, t)).rows[0].su : "";
  if (sessionAuth) await main.query(`set session authorization ${q(role)}`, void 0, t);
  let error;
  const how = rollbackOnly ? "in a savepoint (url engine: everything is rolled back)" : opts.transactional ? "in one transaction" : "statement by statement, outside a transaction";
  try {
    const wrap = rollbackOnly || opts.transactional;
    const sp = "pgreview_rollback_proof";
    if (wrap) await x.query(rollbackOnly ? `savepoint ${sp}` : "begin", void 0, t);
    try {
      for (const s of gen.statements) {
        try {
          const sql = s.startsWith("SET LOCAL") && !wrap ? s.replace("SET LOCAL", "SET") : s;
          await x.exec(role ? asMigrationRoleRuns(sql) : sql, t);
        } catch (e) {
          const d = DbError.from(e);
          throw new DbError(`${d.message} — at: ${s.split("\n")[0].slice(0, 160)}`, { code: d.code });
        }
      }
      if (wrap && !rollbackOnly) await x.query("commit", void 0, t);
    } catch (e) {
      if (wrap && x.alive) await x.exec(rollbackOnly ? `rollback to savepoint ${sp}` : "rollback", t).catch(() => void 0);
      throw e;
    }
    const now = await snapshotCatalog(x, { timeoutMs: Math.max(opts.timeoutMs, 6e4) });
    const differences = catalogDifferences(base, now);
    if (rollbackOnly) await x.exec(`rollback to savepoint ${sp}; release savepoint ${sp}`, t).catch(() => void 0);
    return {
      verified: differences.length === 0,
      differences,
      proof: `applied after the PR on ${opts.engine} as ${role || "the superuser"}, ${how}; ${differences.length ? `the catalog then differed from the base in ${differences.length} place(s)` : "the catalog then matched the base"}`
    };
  } catch (e) {
    error = e.message;
    return { verified: false, differences: [`the rollback failed: ${error}`], error, proof: `applied after the PR on ${opts.engine} as ${role || "the superuser"}, ${how}; it failed` };
  } finally {
    if (sessionAuth && main.alive) await main.query(`set session authorization ${qi(sessionUser)}`, void 0, t).catch(() => void 0);
  }
}
async function rollbackFor(input) {
  const { trace, db } = input;
  const changed = input.up.filter((s) => s.migration.status !== "base");
  const notProven = (why, gen2) => ({
    sql: gen2?.sql ?? "",
    verified: false,
    caveats: gen2?.caveats ?? [],
    differences: [],
    backups: gen2?.backups ?? [],
    proof: `not proven: ${why}`
  });
  if (!trace.before || !trace.after) return notProven(trace.stopped ?? "the catalog could not be read before and after the changed migrations");
  const failed = trace.migrations.filter((m) => m.status !== "base" && m.applied === "failed");
  const transactional = changed.every((p) => {
    const ownTx = p.statements.some((st) => ["begin", "commit", "rollback"].includes(transactionControl(st.kind, st.node) ?? ""));
    return runnerWraps(p.migration, p.statements.length, ownTx) && !p.statements.some((st) => cannotRunInTransaction(st.kind, st.node, trace.before.serverVersionNum));
  });
  const role = trace.role;
  const gen = generateRollback({
    before: trace.before,
    after: trace.after,
    changed: changed.map((source) => ({ source, trace: trace.migrations.find((m) => m.file === source.source.file && m.trace)?.trace })),
    transactional,
    role: role || "postgres"
  });
  if (failed.length) return notProven(`${failed.map((m) => m.file).join(", ")} did not apply on the review engine, so the rollback undoes only what did`, gen);
  if (!db.alive) return notProven("the engine stopped before the rollback could be applied", gen);
  const own = role && input.engine.connectAs && !db.rollbackOnly ? await input.engine.connectAs(role).catch(() => void 0) : void 0;
  try {
    const proven = await proveRollback(db, gen, trace.before, {
      session: { role, db: own },
      transactional,
      timeoutMs: input.settings.statementTimeoutMs,
      engine: input.engine.describe().id
    });
    return { sql: gen.sql, caveats: gen.caveats, backups: gen.backups, ...proven };
  } finally {
    await own?.close().catch(() => void 0);
  }
}
function mergeRollbacks(list) {
  if (list.length === 0) return void 0;
  if (list.length === 1) return list[0].report;
  const label = (h) => h ? `database ${h}` : "default database";
  return {
    sql: list.map((r) => `-- ==== ${label(r.history)} ====
${r.report.sql}`).join("\n"),
    verified: list.every((r) => r.report.verified),
    caveats: list.flatMap((r) => r.report.caveats.map((c) => `${label(r.history)}: ${c}`)),
    differences: list.flatMap((r) => r.report.differences.map((d) => `${label(r.history)}: ${d}`)),
    backups: list.flatMap((r) => r.report.backups),
    proof: list.map((r) => `${label(r.history)}: ${r.report.proof}`).join("; "),
    error: list.find((r) => r.report.error)?.report.error
  };
}
function offerRollback(findings, rollback, files) {
  for (const f of findings) {
    if (f.ruleId !== "down-migration-incomplete" || !files.has(f.file)) continue;
    const what = rollback.verified ? "a rollback that pgreview generated and verified on the review engine" : "a rollback that pgreview generated (not verified: see its differences)";
    f.fix = { ...f.fix ?? { description: "" }, description: `${f.fix?.description ? `${f.fix.description} ` : ""}Or start from ${what}: it is in the Rollback section of this review and in the JSON report (rollback.sql).` };
    f.evidence = { ...f.evidence, generatedRollback: { verified: rollback.verified, sql: rollback.sql } };
  }
}
function rollbackFileText(report) {
  const r = report.rollback;
  if (!r) return "-- pgreview generated no rollback: the changed migrations were not applied on a review engine (static review, or nothing changed).\n";
  const status = r.verified ? `-- Verified: ${r.proof}.` : `-- NOT verified: ${r.proof}.${r.differences.length ? `
-- Still different after it:
${r.differences.slice(0, 20).map((d) => `--   ${d}`).join("\n")}` : ""}`;
  return `${status}
${r.sql}`;
}

export {
  selfHosted,
  runnerSetup,
  runnerWraps,
  hasOwnTransaction,
  lockMode,
  lockStrength,
  blocksWrites,
  standInNote,
  MIGRATOR_ROLE,
  applyTraced,
  splitName,
  generateRollback,
  catalogDifferences,
  proveRollback,
  rollbackFor,
  mergeRollbacks,
  offerRollback,
  rollbackFileText
};
