// The state of one traced run, shared by its stages: the two connections and the role switch, the
// time limits, the transaction discipline (savepoints on a rollback-only database), and what the run
// has recorded so far. `openTraceRun` is the first stage: it asks the engine what it offers and plans
// every statement.
import type { EnvironmentGap, MigrationReport, ObjectChanges, ParsedSource, Statement } from '../../types.js';
import type { Database } from '../../engines/database.js';
import { type CatalogSnapshot, diffCatalog, snapshotCatalog } from '../catalog.js';
import { planStatements } from './plan.js';
import type { Plan, RefusedStatement, StandIn, StandInDef, StringsOff, TraceOptions, TraceResult } from './types.js';

/** What the review engine offers, read once before anything runs. */
export interface EngineFacts {
  versionNum: number;
  /** Extensions the engine has. */
  available: Set<string>;
  /** Whether the migration role asked for exists (the preset creates it). */
  roleExists: boolean;
  superusers: Set<string>;
  /** Extensions with a version that needs a superuser and is not trusted. */
  superuserExtensions: Set<string>;
  /** The connection's own user and search_path, to switch and reset back to. */
  sessionUser: string;
  searchPath: string;
}

export async function inspectEngine(db: Database, role: string, timeoutMs: number): Promise<EngineFacts> {
  const info = (
    await db.query<{ n: string; exts: string[]; role: boolean; supers: string[]; su_exts: string[]; su: string; sp: string }>(
      `select current_setting('server_version_num') as n, session_user::text as su, current_setting('search_path') as sp, array(select name::text from pg_available_extensions) as exts,
        exists(select 1 from pg_roles where rolname = $1) as role,
        array(select rolname::text from pg_roles where rolsuper) as supers,
        array(select distinct v.name::text from pg_available_extension_versions v where v.superuser and not v.trusted) as su_exts`,
      [role],
      { timeoutMs },
    )
  ).rows[0]!;
  return {
    versionNum: Number(info.n),
    available: new Set(info.exts),
    roleExists: info.role,
    superusers: new Set(info.supers),
    superuserExtensions: new Set(info.su_exts),
    sessionUser: info.su,
    searchPath: info.sp,
  };
}

/** Stand-ins for platform extensions, when the preset provides them (presets/supabase.sql). */
export async function loadStandIns(db: Database, timeoutMs: number): Promise<Map<string, StandInDef>> {
  const defs = new Map<string, StandInDef>();
  const has = await db
    .query<{ ok: boolean }>(`select to_regclass('pgreview_admin.standin_extensions') is not null as ok`, undefined, { timeoutMs })
    .then((r) => !!r.rows[0]?.ok, () => false);
  if (!has) return defs;
  const r = await db.query<StandInDef>('select name, differs, default_schema, schemas from pgreview_admin.standin_extensions', undefined, { timeoutMs });
  for (const d of r.rows) defs.set(d.name, d);
  return defs;
}

export const ident = (s: string) => (/^[a-z_][a-z0-9_$]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`);

/** A file that sets session-level settings the pg_dump way (set_config(…, false) or a bare SET). */
const SESSION_SETTING = /set_config\s*\(\s*'(?:search_path|check_function_bodies|row_security)'\s*,[^)]*,\s*false\s*\)|^\s*set\s+(?:session\s+)?(?:search_path|check_function_bodies|row_security)\b/im;

export class TraceRun {
  readonly deadline: number;
  /** A url database: everything runs in savepoints that are rolled back. */
  readonly rollbackOnly: boolean;
  readonly applyBase: boolean;
  /** The changed migrations, in order. */
  readonly changed: ParsedSource[];
  /** The superuser connection (preset, probes' hooks, bookkeeping that needs it). */
  main: Database;
  /** Runs the migrations and the trace's own catalog queries, as the migration role when there is one. */
  conn: Database;
  env: EngineFacts = { versionNum: 0, available: new Set(), roleExists: false, superusers: new Set(), superuserExtensions: new Set(), sessionUser: '', searchPath: '' };
  /** The migration role ('' when the migrations run as the connection's superuser). */
  role = '';
  /** PGlite: the role is taken with SET SESSION AUTHORIZATION on the main connection. */
  sessionAuth = false;
  plans = new Map<Statement, Plan>();
  /** Why the run stopped early (time limit, engine died); nothing more runs. */
  stopped?: string;
  /** Set when the engine or the connection died inside a changed migration; the run recovers or stops. */
  died?: string;
  readonly migrations: MigrationReport[] = [];
  readonly timings = { baseMs: 0, changedMs: 0, snapshotMs: 0 };
  readonly refused: RefusedStatement[] = [];
  readonly superuser: string[] = [];
  readonly restarts: string[] = [];
  readonly escapes: string[] = [];
  /** The changed statement after which standard_conforming_strings was off (the run stopped there). */
  stringsOff?: StringsOff;
  /** Base files after which standard_conforming_strings was off (turned back on before the next call). */
  readonly baseStringsOff: ParsedSource[] = [];
  readonly gaps: EnvironmentGap[] = [];
  readonly standIns: StandIn[] = [];
  readonly externalRoles: string[] = [];
  readonly baseExternalRoles: string[] = [];
  readonly externalRolesFailed: string[] = [];
  private savepoints = 0;

  constructor(
    db: Database,
    readonly parsed: ParsedSource[],
    readonly opts: TraceOptions,
  ) {
    this.deadline = Date.now() + opts.totalTimeoutMs;
    this.rollbackOnly = db.rollbackOnly;
    this.applyBase = opts.applyBase ?? !db.rollbackOnly;
    this.changed = parsed.filter((p) => p.migration.status !== 'base');
    this.main = db;
    this.conn = db;
  }

  remaining(): number {
    return this.deadline - Date.now();
  }

  /** A query's time limit: `ms`, or what is left of the total when that is less. */
  limit(ms = this.opts.statementTimeoutMs): number {
    return Math.max(1, Math.min(ms, this.remaining()));
  }

  /** Whether a call on either connection left standard_conforming_strings off since the last look (both are asked, so neither keeps an old answer). */
  takeStringsOff(): boolean {
    const conn = this.conn.takeStringsOff();
    const main = this.main !== this.conn && this.main.takeStringsOff();
    return conn || main;
  }

  /** The first reason to stop wins. */
  stop(why: string): string {
    return (this.stopped ??= why);
  }

  async asRole(): Promise<void> {
    if (this.sessionAuth && this.main.alive) await this.main.query(`set session authorization ${ident(this.role)}`, undefined, { timeoutMs: this.limit(30_000) });
  }

  async asSuperuser(): Promise<void> {
    // By name: RESET SESSION AUTHORIZATION does nothing on PGlite (no reset value in its single-user backend).
    if (this.sessionAuth && this.main.alive) await this.main.query(`set session authorization ${ident(this.env.sessionUser)}`, undefined, { timeoutMs: this.limit(30_000) });
  }

  /** Opens a transaction on `conn`; savepoints stand in for transactions on a rollback-only database. Returns the savepoint name. */
  async begin(): Promise<string> {
    if (this.rollbackOnly) {
      const name = `pgreview_${++this.savepoints}`;
      await this.conn.query(`savepoint ${name}`, undefined, { timeoutMs: this.limit(30_000) });
      return name;
    }
    await this.conn.query('begin', undefined, { timeoutMs: this.limit(30_000) });
    return '';
  }

  async commit(name: string): Promise<unknown> {
    return this.conn.query(this.rollbackOnly ? `release savepoint ${name}` : 'commit', undefined, { timeoutMs: this.limit() });
  }

  async rollback(name: string): Promise<void> {
    if (!this.conn.alive) return;
    await this.conn.exec(this.rollbackOnly ? `rollback to savepoint ${name}; release savepoint ${name}` : 'rollback', { timeoutMs: this.limit(30_000) }).catch(() => undefined);
  }

  /** A planned statement ran: record the superuser rights or the stand-in it used. */
  noteRan(plan: Plan | undefined): void {
    if (plan?.superuser) this.superuser.push(plan.superuser);
    const s = plan?.standIn;
    if (s && !this.standIns.some((x) => x.extension === s.extension && x.file === s.file && x.line === s.line)) this.standIns.push(s);
  }

  /**
   * A `supabase db pull` / pg_dump baseline sets search_path to '' (and check_function_bodies off) for
   * its session; the runner does not carry that into the next file (later files in the same projects
   * call extension functions unqualified and ran in production). Reset what such a file set.
   */
  async resetSession(p: ParsedSource): Promise<void> {
    if (!SESSION_SETTING.test(p.source.text) || !this.conn.alive) return;
    // Back to the search_path the session started with (PGlite's RESET gives 'public', not the database's setting).
    await this.conn.query(`select set_config('search_path', $1, false)`, [this.env.searchPath], { timeoutMs: this.limit(30_000) }).catch(() => undefined);
    await this.conn.exec('reset check_function_bodies; reset row_security', { timeoutMs: this.limit(30_000) }).catch(() => undefined);
  }

  /** Stage "catalog": a snapshot as the migration role sees it (`read` first, when given); undefined when it cannot be read. */
  async snapshot(read?: TraceOptions['snapshotBefore']): Promise<CatalogSnapshot | undefined> {
    const ts = performance.now();
    const opts = { timeoutMs: this.limit(60_000) };
    const snap = (read && (await read(this.conn, opts).catch(() => undefined))) || (await snapshotCatalog(this.conn, opts).catch(() => undefined));
    this.timings.snapshotMs += performance.now() - ts;
    return snap;
  }

  /** The result, with the catalog delta between the snapshots before and after the changed migrations. */
  result(before: CatalogSnapshot | undefined, after: CatalogSnapshot | undefined): TraceResult {
    const objects: ObjectChanges = before && after ? diffCatalog(before, after) : { created: [], altered: [], dropped: [], source: 'live' };
    const { migrations, stopped, timings, refused, superuser, role, restarts, gaps, standIns, escapes, stringsOff, externalRoles, baseExternalRoles, externalRolesFailed } = this;
    const baseStringsOff = this.baseStringsOff.map((p) => ({ file: p.source.file, line: p.source.startLine, migrationId: p.migration.id }));
    return { migrations, before, after, objects, stopped, timings, refused, superuser, role, restarts, gaps, standIns, db: this.main, escapes, stringsOff, baseStringsOff, preset: this.opts.preset, externalRoles, baseExternalRoles, externalRolesFailed };
  }
}

/**
 * Stage "plan": read what the engine offers, settle the migration role and its connection, and plan
 * every statement (screening refusals, allow-listed superuser extensions, stand-ins).
 */
export async function openTraceRun(db: Database, parsed: ParsedSource[], opts: TraceOptions): Promise<TraceRun> {
  const run = new TraceRun(db, parsed, opts);
  run.env = await inspectEngine(db, opts.runAs?.role ?? '', run.limit(30_000));
  run.role = !run.rollbackOnly && opts.runAs && run.env.roleExists ? opts.runAs.role : '';
  run.sessionAuth = !!run.role && !opts.runAs?.db;
  if (run.role && opts.runAs?.db) run.conn = opts.runAs.db;
  const standIns = await loadStandIns(db, run.limit(30_000));
  const { env } = run;
  run.plans = planStatements(
    parsed,
    { screen: opts.screen !== false, role: run.role, superusers: env.superusers, needsSuperuser: env.superuserExtensions, available: env.available, standIns },
    run.refused,
  );
  return run;
}
