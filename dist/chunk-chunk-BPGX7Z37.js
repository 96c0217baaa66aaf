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
  lockModeName,
  lockStrength,
  runnerWraps,
  selfHosted
} from "./chunk-chunk-WZTMJWE7.js";
import {
  createScreenContext,
  listName,
  rangeVarName,
  screenStatement,
  walk
} from "./chunk-chunk-PZGBN77R.js";
import {
  cannotRunInTransaction,
  transactionControl
} from "./chunk-chunk-XIXJAQR7.js";

// src/live/trace/transactions.ts
function isTransactionControl(st) {
  const t = transactionControl(st.kind, st.node);
  return t === "begin" || t === "commit" || t === "rollback";
}
function hasOwnTransaction(statements) {
  return statements.some(isTransactionControl);
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
var lit = (s) => `'${s.replace(/'/g, "''")}'`;
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
  const planning = { ...opts, superusers: new Set(opts.superusers) };
  for (const p of parsed) {
    for (const st of p.statements) {
      const plan = planStatement(p, st, planning, screen, refused);
      if (plan.skip || plan.sql) plans.set(st, plan);
      if (p.migration.status === "base") followSuperuser(st, planning.superusers);
    }
  }
  return plans;
}
function followSuperuser(st, superusers) {
  const n = st.node;
  if (st.kind === "DropRoleStmt") {
    for (const r of n?.roles ?? []) superusers.delete(roleName(r) ?? "");
    return;
  }
  const name = st.kind === "CreateRoleStmt" ? n?.role : st.kind === "AlterRoleStmt" ? roleName(n?.role) : void 0;
  if (typeof name !== "string") return;
  const option = (n.options ?? []).map((o) => o?.DefElem).find((d) => d?.defname === "superuser");
  if (!option) return;
  const on = option.arg?.Boolean?.boolval === true || option.arg?.Integer?.ival === 1;
  if (on) superusers.add(name);
  else superusers.delete(name);
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
    sql: `select pgreview_admin.create_standin_extension(${lit(standIn.name)}, ${schema ? lit(schema) : "null"}, ${n.if_not_exists ? "true" : "false"})`,
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
      sql: `select pgreview_admin.create_extension(${lit(ext)}, ${schema ? lit(schema) : "current_schema()"}, ${version ? lit(version) : "null"}, ${n.if_not_exists ? "true" : "false"})`,
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
    if (run.takeStringsOff() && !reports) run.baseStringsOff.push(p);
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
  /** The changed statement after which standard_conforming_strings was off (the run stopped there). */
  stringsOff;
  /** Base files after which standard_conforming_strings was off (turned back on before the next call). */
  baseStringsOff = [];
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
  /** Whether a call on either connection left standard_conforming_strings off since the last look (both are asked, so neither keeps an old answer). */
  takeStringsOff() {
    const conn = this.conn.takeStringsOff();
    const main = this.main !== this.conn && this.main.takeStringsOff();
    return conn || main;
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
    const { migrations, stopped, timings, refused, superuser, role, restarts, gaps, standIns, escapes, stringsOff, externalRoles, baseExternalRoles, externalRolesFailed } = this;
    const baseStringsOff = this.baseStringsOff.map((p) => ({ file: p.source.file, line: p.source.startLine, migrationId: p.migration.id }));
    return { migrations, before, after, objects, stopped, timings, refused, superuser, role, restarts, gaps, standIns, db: this.main, escapes, stringsOff, baseStringsOff, preset: this.opts.preset, externalRoles, baseExternalRoles, externalRolesFailed };
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
  const q = rangeVarName(rv, "");
  return q && { schema: q.schema || void 0, name: q.name };
}
function namesOf(objects) {
  const out = (objects ?? []).map((o) => listName(o?.List?.items, ""));
  if (!out.length || out.some((q) => !q)) return void 0;
  return out.map((q) => ({ schema: q.schema || void 0, name: q.name }));
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
  const q = noOpQuestion(st);
  if (!q) return void 0;
  switch (q.kind) {
    case "exists": {
      const sql = q.in === "table-schema" ? `select exists(select 1 from pg_class c where c.relname = $1 and c.relnamespace = (select relnamespace from pg_class where oid = to_regclass($2))) as yes` : `select exists(select 1 from pg_class c join pg_namespace s on s.oid = c.relnamespace where c.relname = $1 and s.nspname = coalesce($2, current_schema())) as yes`;
      const param = q.in === "table-schema" ? regclassText(q.table) : q.rel.schema ?? null;
      const yes = (await db.query(sql, [q.rel.name, param], { timeoutMs })).rows[0]?.yes;
      const name = q.in === "table-schema" ? `index ${q.rel.name} (in the schema of ${shown(q.table)})` : shown(q.rel);
      return yes ? `${name} already exists, so ${q.what} does nothing` : void 0;
    }
    case "absent": {
      const r = await db.query(`select bool_and(to_regclass(n) is null) as absent from unnest($1::text[]) n`, [q.rels.map(regclassText)], { timeoutMs });
      const list = q.rels.map(shown).join(", ");
      return r.rows[0]?.absent ? `${list} ${q.rels.length === 1 ? "does" : "do"} not exist, so ${q.what} does nothing` : void 0;
    }
    case "table-absent": {
      const r = await db.query(`select to_regclass($1) is null as absent`, [regclassText(q.table)], { timeoutMs });
      return r.rows[0]?.absent ? `${shown(q.table)} does not exist, so ALTER TABLE IF EXISTS does nothing` : void 0;
    }
    case "columns": {
      const r = await db.query(
        `select attname::text from pg_attribute where attrelid = to_regclass($1) and attnum > 0 and not attisdropped`,
        [regclassText(q.table)],
        { timeoutMs }
      );
      const has = new Set(r.rows.map((x) => x.attname));
      if (!r.rows.length || !q.present.every((c) => has.has(c)) || q.absent.some((c) => has.has(c))) return void 0;
      const parts = [
        q.present.length ? `already has ${q.present.join(", ")} (ADD COLUMN IF NOT EXISTS)` : "",
        q.absent.length ? `has no ${q.absent.join(", ")} (DROP COLUMN IF EXISTS)` : ""
      ].filter(Boolean);
      return `${shown(q.table)} ${parts.join(" and ")}, so the ALTER TABLE does nothing`;
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
  if (m.tx) {
    const committed = await commitAtEnd(run, m);
    stopIfStringsOff(run, p.source.file, p.statements.at(-1)?.span.line ?? p.source.startLine, p.migration.id);
    if (!committed) return;
  }
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
    stopIfStringsOff(run, m.p.source.file, st.span.line, m.p.migration.id);
    return true;
  } catch (e) {
    await failStatement(run, m, i, trace, e, started);
    stopIfStringsOff(run, m.p.source.file, st.span.line, m.p.migration.id);
    return false;
  }
}
async function abandon(run, m, i) {
  if (m.tx) {
    await run.rollback(m.tx.name);
    endTx(m, performance.now());
  }
  skipFrom(m, i, `not run: ${run.stopped}`);
  if (m.rep.applied === "not-run" && m.traces.some((t) => !t.skipped)) notFinished(run, m, i);
  else if (m.rep.applied === "not-run") m.rep.applied = "skipped";
}
function notFinished(run, m, i) {
  m.rep.applied = "failed";
  m.rep.error = { message: `not finished: ${run.stopped}`, line: m.p.statements[i].span.line };
  m.rep.couldNotVerify = `the review stopped before the migration finished: ${run.stopped}`;
}
function cutByTotalLimit(run, e) {
  if (!(e instanceof QueryTimeoutError) || run.remaining() > 0) return false;
  run.stop(`the total time limit (${run.opts.totalTimeoutMs} ms) was reached`);
  return true;
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
  const last = results[results.length - 1];
  if (last?.affectedRows != null) trace.rowsAffected = last.affectedRows;
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
function stopIfStringsOff(run, file, line, migrationId) {
  if (!run.takeStringsOff()) return;
  run.stringsOff ??= { file, line, migrationId };
  run.stop(`${file}:${line} left standard_conforming_strings off, which pgreview's parser cannot follow`);
}
async function failStatement(run, m, i, trace, e, started) {
  const st = m.p.statements[i];
  const { position, ...err } = errorOf(e);
  trace.durationMs = performance.now() - started;
  const cut = cutByTotalLimit(run, e);
  if (cut) trace.skipped = `not finished: ${run.stopped}`;
  else trace.error = err;
  record(run, m, trace);
  if (cut) notFinished(run, m, i);
  else {
    m.rep.applied = "failed";
    m.rep.error = { message: err.message, line: lineAt(st.sql, st.span.line, position), detail: err.detail, hint: err.hint };
  }
  if (isDead(e)) {
    run.died = err.message;
  } else {
    if (m.own !== void 0) await run.rollback(m.own);
    if (m.tx) await run.rollback(m.tx.name);
  }
  m.own = void 0;
  endTx(m, performance.now());
  skipFrom(m, i + 1, cut ? `not run: ${run.stopped}` : `not run: the statement at line ${m.rep.error.line} failed before it`);
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
    if (cutByTotalLimit(run, e)) notFinished(run, m, m.p.statements.length - 1);
    else {
      m.rep.applied = "failed";
      m.rep.error = { message: `COMMIT failed: ${err.message}`, line, detail: err.detail, hint: err.hint };
    }
    await run.rollback(tx.name);
    endTx(m, performance.now());
    if (isDead(e)) run.died = err.message;
    return false;
  }
}

// src/live/external-roles.ts
var EXTENSION_ROLES = /* @__PURE__ */ new Set(["pgsodium_keyholder", "pgsodium_keyiduser", "pgsodium_keymaker", "pgtle_admin"]);
var CREATE_ROLE_TEXT = /\bcreate\s+(?:role|user(?!\s+mapping\b)|group)\s+(?:"((?:[^"]|"")+)"|([a-z_][a-z0-9_$]*))/gi;
var NAMES_ROLES = /* @__PURE__ */ new Set([
  "GrantStmt",
  "GrantRoleStmt",
  "AlterOwnerStmt",
  "AlterTableStmt",
  "CreatePolicyStmt",
  "AlterPolicyStmt",
  "AlterDefaultPrivilegesStmt",
  "CreateSchemaStmt",
  "VariableSetStmt",
  "CreateRoleStmt",
  "AlterRoleStmt",
  "AlterRoleSetStmt",
  "DropRoleStmt",
  "ReassignOwnedStmt",
  "DropOwnedStmt",
  "CreateUserMappingStmt",
  "AlterUserMappingStmt",
  "DropUserMappingStmt",
  "CreateTableSpaceStmt",
  "CreatedbStmt"
]);
var BODIES = /* @__PURE__ */ new Set(["DoStmt", "CreateFunctionStmt"]);
function rolesOf(parsed) {
  const named = /* @__PURE__ */ new Set();
  const created = /* @__PURE__ */ new Set();
  for (const p of parsed) {
    for (const st of p.statements) {
      if (st.kind === "CreateRoleStmt" && typeof st.node.role === "string") created.add(st.node.role);
      if (BODIES.has(st.kind)) for (const m of st.sql.matchAll(CREATE_ROLE_TEXT)) created.add(m[1] !== void 0 ? m[1].replace(/""/g, '"') : m[2].toLowerCase());
      if (!NAMES_ROLES.has(st.kind)) continue;
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
  return { named, created };
}
async function createExternalRoles(db, parsed, migrator, timeoutMs) {
  const { named, created } = rolesOf(parsed);
  const wanted = [...named].filter((r) => !created.has(r) && !r.startsWith("pg_") && !EXTENSION_ROLES.has(r));
  if (!wanted.length) return { created: [], failed: [] };
  const existing = new Set((await db.query("select rolname::text as r from pg_catalog.pg_roles where rolname = any($1::text[])", [wanted], { timeoutMs })).rows.map((r) => r.r));
  const missing = wanted.filter((r) => !existing.has(r)).sort();
  if (!missing.length) return { created: [], failed: [] };
  const schemas = (await db.query(
    `select nspname::text as n, has_schema_privilege(coalesce(nullif($1, ''), current_user), oid, 'USAGE') as u, has_schema_privilege(coalesce(nullif($1, ''), current_user), oid, 'CREATE') as c
         from pg_catalog.pg_namespace where nspname !~ '^pg_' and nspname <> 'information_schema' order by 1`,
    [migrator],
    { timeoutMs }
  )).rows;
  const usable = schemas.filter((s) => s.u).map((s) => ident(s.n));
  const creatable = schemas.filter((s) => s.c).map((s) => ident(s.n));
  const out = { created: [], failed: [] };
  for (const role of missing) {
    const id = ident(role);
    const grants = [
      ...usable.length ? [`grant usage on schema ${usable.join(", ")} to ${id}`] : [],
      ...creatable.length ? [`grant create on schema ${creatable.join(", ")} to ${id}`] : [],
      ...migrator ? [`grant ${id} to ${ident(migrator)}`] : []
    ];
    try {
      await db.exec([`create role ${id} nologin`, ...grants].join(";\n"), { timeoutMs });
      out.created.push(role);
    } catch (e) {
      out.failed.push(`${role} (${e.message.split("\n")[0]})`);
    }
  }
  return out;
}

// src/live/trace/roles.ts
async function createRoles(run, parsed, alsoIn, record2 = true) {
  if (run.stopped || !run.main.alive) return;
  try {
    await run.asSuperuser();
    const { created, failed } = await createExternalRoles(run.main, parsed, run.role, run.limit(3e4));
    if (record2) run.externalRoles.push(...created);
    alsoIn?.push(...created);
    run.externalRolesFailed.push(...failed);
  } catch (e) {
    run.externalRolesFailed.push(`(${errorOf(e).message})`);
  }
  await run.asRole().catch((e) => run.stop(`could not switch to the migration role ${run.role}: ${errorOf(e).message}`));
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
  if (run.externalRoles.length) await createRoles(run, run.parsed, void 0, false);
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

export {
  hasOwnTransaction,
  SUPERUSER_EXTENSIONS,
  standInNote,
  MIGRATOR_ROLE,
  applyTraced
};
