// Traced application: base migrations as whole files (fast), then each changed migration statement
// by statement with the runner's transaction semantics, recording per statement the locks its own
// backend holds (pg_locks before commit, as Eugene does), rewrites (relfilenode changes), rows,
// timing and Postgres errors.
import type { EnvironmentGap, LockRecord, MigrationReport, ObjectChanges, ParsedSource, Statement, StatementTrace } from '../types.js';
import { type Database, DbError, EngineDeadError, QueryTimeoutError } from '../engines/database.js';
import { cannotRunInTransaction, transactionControl } from '../sql/transaction.js';
import { type CatalogSnapshot, diffCatalog, snapshotCatalog } from './catalog.js';
import { createScreenContext, screenStatement, type CapabilityHit } from '../analysis/screen.js';
import { lockModeName, lockStrength } from '../sql/locks.js';

/** The non-superuser role the presets create for the migrations under review (presets/*.sql). */
export const MIGRATOR_ROLE = 'pgreview_migrator';

/**
 * Extensions that need a superuser (not `trusted` in their control file) and that pgreview creates
 * for a migration through presets' pgreview_admin.create_extension() — the same list is in that
 * function's body, which is what enforces it. Anything else that needs a superuser fails as the
 * migration role, as it would on a managed platform that does not offer it.
 */
export const SUPERUSER_EXTENSIONS = [
  'vector', 'pg_uuidv7', 'bloom', 'earthdistance', 'pg_stat_statements', 'postgis', 'postgis_topology', 'pg_graphql', 'pgjwt', 'pg_hashids', 'pgstattuple', 'pg_buffercache', 'amcheck',
  // Only presets/supabase.sql allows these (Supabase offers them to its non-superuser postgres role).
  'moddatetime', 'autoinc', 'insert_username', 'refint', 'pgrowlocks', 'pg_prewarm', 'postgres_fdw', 'dblink', 'pg_walinspect', 'pg_visibility',
  'pg_freespacemap', 'pageinspect', 'file_fdw', 'intagg', 'xml2', 'sslinfo', 'pg_surgery',
];

export interface TraceOptions {
  statementTimeoutMs: number;
  totalTimeoutMs: number;
  /**
   * Apply base migrations first. Default true, except on a rollback-only (url) database, which is
   * expected to hold them already.
   */
  applyBase?: boolean;
  /**
   * Called once after the base migrations and before the catalog snapshot and the changed ones
   * (probes that need the base state, e.g. data volume). It must leave the database as it found it;
   * its errors are ignored here (the caller reports them).
   */
  afterBase?: (db: Database) => Promise<void>;
  /** Called after each traced statement (progress output). */
  onStatement?: (migrationId: string, trace: StatementTrace) => void;
  /**
   * Run the migrations (base and changed) as this non-superuser role, created by the preset. With
   * `db` (a connection logged in as the role: local, docker) everything the trace does goes through
   * it; without (PGlite has one connection) the trace uses SET SESSION AUTHORIZATION on the main
   * connection, and screening refuses statements that would switch it back. Ignored on rollback-only
   * (url) databases and when the role does not exist.
   */
  runAs?: {
    role: string;
    db?: Database;
    /** A new connection as the role after a time limit terminated the previous one (the server lives on). */
    reconnect?: () => Promise<Database>;
  };
  /**
   * After the engine died (PGlite: a time limit terminates its worker), a fresh main connection
   * restored to the state after the base migrations. The trace then replays the changed migrations
   * that ran before and continues after the one that was stopped.
   */
  restart?: () => Promise<Database>;
  /** Screen statements and never execute flagged ones (default true). */
  screen?: boolean;
  /**
   * The migration tool's own history table (src/migrations/runner.ts), created as the migration role
   * before the base history, as the tool does before it migrates.
   */
  runnerSetup?: { table: string; sql: string };
}

/** A statement that screening kept from running. */
export interface RefusedStatement {
  migrationId: string;
  file: string;
  line: number;
  status: MigrationReport['status'];
  hits: CapabilityHit[];
}

export interface TraceResult {
  /** One per migration, in order: base ones without per-statement trace. */
  migrations: MigrationReport[];
  /** Catalog after the base migrations and after the changed ones (undefined if the engine died). */
  before?: CatalogSnapshot;
  after?: CatalogSnapshot;
  objects: ObjectChanges;
  /** Why the run stopped early, if it did (time limit, engine died). */
  stopped?: string;
  timings: { baseMs: number; changedMs: number; snapshotMs: number };
  /** Statements screening refused (base and changed); none of them was executed. */
  refused: RefusedStatement[];
  /** What ran with superuser rights on behalf of a migration, and why (allow-listed extensions, base files). */
  superuser: string[];
  /** The role the migrations ran as ('' when they ran as the connection's superuser). */
  role: string;
  /**
   * Base-history statements the engine could not run (the rest of their file applied, and the replay
   * went on): environment gaps, never faults of the pull request.
   */
  gaps: EnvironmentGap[];
  /** Platform extensions created as the preset's stand-ins, with what differs from the real one. */
  standIns: string[];
  /** Engine restarts after it died, and what was replayed. */
  restarts: string[];
  /** The main connection at the end (differs from the one passed in after a restart). */
  db: Database;
  /**
   * PGlite (SET SESSION AUTHORIZATION): changed migrations after which the session was no longer the
   * migration role — PR code switched it back (dynamic SQL screening cannot read). Said as findings.
   */
  escapes: string[];
}

export { LOCK_MODES, lockModeName, lockStrength } from '../sql/locks.js';

// User objects have OIDs from FirstNormalObjectId (16384): this leaves out the catalogs our own
// bookkeeping queries touch.
const LOCKS_SQL = `select l.relation::int as oid, l.mode from pg_locks l
  where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted and l.relation >= 16384`;
const RELS_SQL = `select c.oid::int as oid, c.relfilenode::int as node, c.relkind::text as relkind, n.nspname, c.relname,
  coalesce(i.indrelid, 0)::int as table_oid
  from pg_class c join pg_namespace n on n.oid = c.relnamespace left join pg_index i on i.indexrelid = c.oid
  where c.oid >= 16384 and c.relkind in ('r', 'p', 'i', 'I', 'm', 'S', 'v', 'f') and n.nspname <> 'pg_toast'`;
// TOAST tables and their indexes are left out: they follow their table (and are rewritten with it).

const RELKIND_NAME: Record<string, NonNullable<LockRecord['relkind']>> = {
  r: 'table',
  p: 'table',
  f: 'table',
  i: 'index',
  I: 'index',
  m: 'materialized view',
  v: 'view',
  S: 'sequence',
  t: 'toast',
};

interface Rel {
  node: number;
  relkind: string;
  name: string;
  tableOid: number;
}

const ident = (s: string) => (/^[a-z_][a-z0-9_$]*$/.test(s) ? s : `"${s.replace(/"/g, '""')}"`);

function lineAt(sql: string, startLine: number, position?: number): number {
  if (!position || position < 1) return startLine;
  let line = startLine;
  for (let i = 0; i < Math.min(position - 1, sql.length); i++) if (sql.charCodeAt(i) === 10) line++;
  return line;
}

function errorOf(e: unknown): NonNullable<StatementTrace['error']> & { position?: number } {
  const d = e instanceof DbError ? e : DbError.from(e);
  const out: NonNullable<StatementTrace['error']> & { position?: number } = { message: d.message };
  if (d.detail) out.detail = d.detail;
  if (d.hint) out.hint = d.hint;
  if (d.code) out.code = d.code;
  if (d.position) out.position = d.position;
  return out;
}

function isDead(e: unknown): boolean {
  return e instanceof EngineDeadError || (e instanceof QueryTimeoutError && e.engineDead);
}

/** Strongest lock per relation (and the longest hold of it). */
export function strongestLocks(locks: LockRecord[]): LockRecord[] {
  const by = new Map<string, LockRecord>();
  for (const l of locks) {
    const cur = by.get(l.relation);
    if (!cur || lockStrength(l.mode) > lockStrength(cur.mode) || (l.mode === cur.mode && (l.heldMs ?? 0) > (cur.heldMs ?? 0))) by.set(l.relation, { ...l });
  }
  return [...by.values()].sort((a, b) => lockStrength(b.mode) - lockStrength(a.mode) || a.relation.localeCompare(b.relation));
}

/** What the trace does with one statement instead of sending its text as is. */
interface Plan {
  /** Not executed, and why. */
  skip?: string;
  /** Executed as this SQL instead (an allow-listed extension created through pgreview_admin). */
  sql?: string;
  /** Recorded in TraceResult.superuser when it runs. */
  superuser?: string;
  /** Recorded in TraceResult.standIns when it runs (a platform extension the engine lacks). */
  standIn?: string;
}

/** A platform extension the preset can stand in for (presets/supabase.sql: pgreview_admin.standin_extensions). */
export interface StandInDef {
  name: string;
  differs: string;
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

function roleName(spec: any): string | undefined {
  const r = spec?.RoleSpec ?? spec;
  return r?.roletype === 'ROLESPEC_CSTRING' && typeof r.rolename === 'string' ? r.rolename : undefined;
}

/** Decide, in execution order, what runs, what is refused and what is rewritten. */
function planStatements(
  parsed: ParsedSource[],
  opts: { screen: boolean; role: string; superusers: Set<string>; needsSuperuser: Set<string>; available: Set<string>; standIns: Map<string, StandInDef> },
  refused: RefusedStatement[],
): Map<Statement, Plan> {
  const plans = new Map<Statement, Plan>();
  const ctx = createScreenContext();
  for (const p of parsed) {
    for (const st of p.statements) {
      const plan: Plan = {};
      if (opts.screen) {
        const hits = screenStatement(st, ctx).filter((h) => h.refuse);
        if (hits.length) {
          refused.push({ migrationId: p.migration.id, file: p.source.file, line: st.span.line, status: p.migration.status, hits });
          plan.skip = `not executed: ${[...new Set(hits.map((h) => h.capability))].join(', ')} (${hits.map((h) => h.detail).join('; ')})`;
        }
      }
      const standIn = st.kind === 'CreateExtensionStmt' ? opts.standIns.get(String(st.node?.extname ?? '')) : undefined;
      if (!plan.skip && standIn && !opts.available.has(standIn.name)) {
        // The engine lacks this platform extension: the preset's stand-in creates the same objects.
        const n = st.node ?? {};
        const opt = (name: string) => (n.options ?? []).map((o: any) => o?.DefElem).find((d: any) => d?.defname === name)?.arg;
        const schema = opt('schema')?.String?.sval as string | undefined;
        plan.sql = `select pgreview_admin.create_standin_extension(${lit(standIn.name)}, ${schema ? lit(schema) : 'null'}, ${n.if_not_exists ? 'true' : 'false'})`;
        plan.standIn = `${standIn.name} (${p.source.file}:${st.span.line}) is a pgreview stand-in, not the real extension: ${standIn.differs}`;
      } else if (!plan.skip && opts.role) {
        const n = st.node ?? {};
        // The migration role stands in for the platform's owner role, which is a superuser only here
        // (PGlite and initdb name their superuser postgres; Supabase's and Neon's postgres is not one).
        const standIn = (who: string) =>
          `not executed: ${who} is a superuser on the review engine (on a managed platform it is not); the objects stay owned by ${opts.role}, which stands in for it`;
        if (st.kind === 'CreateExtensionStmt') {
          const ext = String(n.extname ?? '');
          if (opts.needsSuperuser.has(ext) && SUPERUSER_EXTENSIONS.includes(ext)) {
            const opt = (name: string) => (n.options ?? []).map((o: any) => o?.DefElem).find((d: any) => d?.defname === name)?.arg;
            const schema = opt('schema')?.String?.sval as string | undefined;
            const version = opt('new_version')?.String?.sval as string | undefined;
            plan.sql = `select pgreview_admin.create_extension(${lit(ext)}, ${schema ? lit(schema) : 'current_schema()'}, ${version ? lit(version) : 'null'}, ${n.if_not_exists ? 'true' : 'false'})`;
            plan.superuser = `CREATE EXTENSION ${ext} (${p.source.file}:${st.span.line}) ran as superuser: it is not a trusted extension and is on pgreview's allow-list`;
          }
        } else if (st.kind === 'AlterOwnerStmt' && opts.superusers.has(roleName(n.newowner) ?? '')) {
          plan.skip = standIn(`OWNER TO ${roleName(n.newowner)}: ${roleName(n.newowner)}`);
        } else if (
          st.kind === 'AlterTableStmt' &&
          (n.cmds ?? []).length > 0 &&
          (n.cmds ?? []).every((c: any) => c?.AlterTableCmd?.subtype === 'AT_ChangeOwner' && opts.superusers.has(roleName(c.AlterTableCmd.newowner) ?? ''))
        ) {
          plan.skip = standIn(`OWNER TO ${roleName(n.cmds[0].AlterTableCmd.newowner)}: ${roleName(n.cmds[0].AlterTableCmd.newowner)}`);
        } else if (st.kind === 'AlterDefaultPrivilegesStmt') {
          const roles = (n.options ?? [])
            .map((o: any) => o?.DefElem)
            .filter((d: any) => d?.defname === 'roles')
            .flatMap((d: any) => (d.arg?.List?.items ?? []).map(roleName));
          const sup = roles.find((r: string | undefined) => r && opts.superusers.has(r));
          if (sup) plan.skip = standIn(`FOR ROLE ${sup}: ${sup}`);
        }
      }
      if (plan.skip || plan.sql) plans.set(st, plan);
    }
  }
  return plans;
}

export async function applyTraced(db: Database, parsed: ParsedSource[], opts: TraceOptions): Promise<TraceResult> {
  const deadline = Date.now() + opts.totalTimeoutMs;
  const remaining = () => deadline - Date.now();
  const limit = (ms = opts.statementTimeoutMs) => Math.max(1, Math.min(ms, remaining()));
  const rollbackOnly = db.rollbackOnly;
  const applyBase = opts.applyBase ?? !rollbackOnly;
  const migrations: MigrationReport[] = [];
  const timings = { baseMs: 0, changedMs: 0, snapshotMs: 0 };
  const refused: RefusedStatement[] = [];
  const superuser: string[] = [];
  const restarts: string[] = [];
  const escapes: string[] = [];
  let stopped: string | undefined;
  const stop = (why: string) => (stopped ??= why);
  /** Set by traceMigration when the engine or the connection died; the loop below recovers or stops. */
  let died: string | undefined;

  // `main` is the superuser connection (preset, probes' hooks, bookkeeping that needs it); `x` runs
  // the migrations and the trace's own catalog queries, as the migration role when there is one.
  let main = db;
  const info = (
    await main.query<{ n: string; exts: string[]; role: boolean; supers: string[]; su_exts: string[]; su: string; sp: string }>(
      `select current_setting('server_version_num') as n, session_user::text as su, current_setting('search_path') as sp, array(select name::text from pg_available_extensions) as exts,
        exists(select 1 from pg_roles where rolname = $1) as role,
        array(select rolname::text from pg_roles where rolsuper) as supers,
        array(select distinct v.name::text from pg_available_extension_versions v where v.superuser and not v.trusted) as su_exts`,
      [opts.runAs?.role ?? ''],
      { timeoutMs: limit(30_000) },
    )
  ).rows[0]!;
  const versionNum = Number(info.n);
  const available = new Set(info.exts);
  const role = !rollbackOnly && opts.runAs && info.role ? opts.runAs.role : '';
  const sessionAuth = !!role && !opts.runAs?.db;
  let x: Database = role && opts.runAs?.db ? opts.runAs.db : main;
  const asRole = async () => {
    if (sessionAuth && main.alive) await main.query(`set session authorization ${ident(role)}`, undefined, { timeoutMs: limit(30_000) });
  };
  const asSuperuser = async () => {
    // By name: RESET SESSION AUTHORIZATION does nothing on PGlite (no reset value in its single-user backend).
    if (sessionAuth && main.alive) await main.query(`set session authorization ${ident(info.su)}`, undefined, { timeoutMs: limit(30_000) });
  };
  // Stand-ins for platform extensions, when the preset provides them (presets/supabase.sql).
  const standInDefs = new Map<string, StandInDef>();
  const hasStandIns = await main
    .query<{ ok: boolean }>(`select to_regclass('pgreview_admin.standin_extensions') is not null as ok`, undefined, { timeoutMs: limit(30_000) })
    .then((r) => !!r.rows[0]?.ok, () => false);
  if (hasStandIns) {
    const r = await main.query<StandInDef>('select name, differs from pgreview_admin.standin_extensions', undefined, { timeoutMs: limit(30_000) });
    for (const d of r.rows) standInDefs.set(d.name, d);
  }
  const plans = planStatements(
    parsed,
    { screen: opts.screen !== false, role, superusers: new Set(info.supers), needsSuperuser: new Set(info.su_exts), available, standIns: standInDefs },
    refused,
  );
  const gaps: EnvironmentGap[] = [];
  const standIns: string[] = [];
  const noteRan = (plan: Plan | undefined) => {
    if (plan?.superuser) superuser.push(plan.superuser);
    if (plan?.standIn && !standIns.includes(plan.standIn)) standIns.push(plan.standIn);
  };

  // Savepoints stand in for transactions on a rollback-only database.
  let sp = 0;
  const begin = async () => {
    if (rollbackOnly) {
      const name = `pgreview_${++sp}`;
      await x.query(`savepoint ${name}`, undefined, { timeoutMs: limit(30_000) });
      return name;
    }
    await x.query('begin', undefined, { timeoutMs: limit(30_000) });
    return '';
  };
  const commit = async (name: string) =>
    x.query(rollbackOnly ? `release savepoint ${name}` : 'commit', undefined, { timeoutMs: limit(opts.statementTimeoutMs) });
  const rollback = async (name: string) => {
    if (!x.alive) return;
    await x.exec(rollbackOnly ? `rollback to savepoint ${name}; release savepoint ${name}` : 'rollback', { timeoutMs: limit(30_000) }).catch(() => undefined);
  };

  const baseReport = (p: ParsedSource): MigrationReport => ({
    id: p.migration.id,
    file: p.source.file,
    status: p.migration.status,
    transactional: p.migration.transactional,
    statements: p.statements.length,
    applied: 'not-run',
    locks: [],
    rewrites: [],
  });

  /** Base migrations as whole files (statement by statement when some are refused or rewritten). */
  const applyBaseFiles = async (reports: MigrationReport[] | undefined) => {
    const bases = parsed.filter((p) => p.migration.status === 'base');
    for (let i = 0; i < bases.length; i++) {
      const p = bases[i]!;
      const rep = reports ? reports[i]! : baseReport(p);
      if (!reports) migrations.push(rep);
      if (!applyBase) {
        rep.applied = 'skipped';
        continue;
      }
      if (stopped) continue;
      if (reports && rep.applied !== 'applied') continue; // replay after a restart: what applied before
      if (remaining() <= 0) {
        stop(`the total time limit (${opts.totalTimeoutMs} ms) was reached while applying base migrations`);
        continue;
      }
      if (p.error && opts.screen !== false) {
        rep.applied = 'failed';
        rep.error = { message: `not executed: it cannot be parsed (${p.error.message}), so it cannot be screened`, line: p.error.line };
        continue;
      }
      const s = performance.now();
      const timeout = limit(opts.statementTimeoutMs * Math.max(1, p.statements.length));
      try {
        await applyWhole(x, p, rollbackOnly, versionNum, timeout, begin, commit, rollback, plans, reports ? undefined : noteRan);
        rep.applied = 'applied';
      } catch (e) {
        if (rep.applied !== 'applied' && !isDead(e) && !rollbackOnly && !p.error && x.alive && remaining() > 0) {
          // Merged history ran in production: what fails here is the engine's gap, not the history's.
          // Replay the file statement by statement, leave out what fails (recorded) and go on. A
          // statement that needs more than the migration role (event triggers, FDWs) runs alone as
          // the superuser: retrying the whole file so would leave all its objects (schemas the later
          // migrations create in) owned by the superuser, and the migration role locked out of them.
          await applyStatements(p, rep, reports !== undefined, (e as { resumeAt?: number }).resumeAt ?? 0);
        }
        if (rep.applied !== 'applied') {
          rep.applied = 'failed';
          const err = errorOf(e);
          rep.error ??= { message: err.message, line: lineAt(p.source.text, p.source.startLine, err.position), detail: err.detail, hint: err.hint };
          if (isDead(e)) stop(`the engine stopped: ${err.message}`);
        }
      }
      rep.durationMs = performance.now() - s;
      await resetSession(p);
    }
  };
  /**
   * A `supabase db pull` / pg_dump baseline sets search_path to '' (and check_function_bodies off) for
   * its session; the runner does not carry that into the next file (later files in the same projects
   * call extension functions unqualified and ran in production). Reset what such a file set.
   */
  const resetSession = async (p: ParsedSource) => {
    if (!SESSION_SETTING.test(p.source.text) || !x.alive) return;
    // Back to the search_path the session started with (PGlite's RESET gives 'public', not the database's setting).
    await x.query(`select set_config('search_path', $1, false)`, [info.sp], { timeoutMs: limit(30_000) }).catch(() => undefined);
    await x.exec('reset check_function_bodies; reset row_security', { timeoutMs: limit(30_000) }).catch(() => undefined);
  };
  /**
   * A base file statement by statement, each in its own transaction (so one that fails leaves the
   * others), as the migration role and, on a privilege error, as the superuser. Failures become gaps.
   */
  const applyStatements = async (p: ParsedSource, rep: MigrationReport, replaying: boolean, from: number) => {
    let ran = from;
    const here: EnvironmentGap[] = [];
    for (const st of p.statements.slice(from)) {
      const t = transactionControl(st.kind, st.node);
      if (t === 'begin' || t === 'commit' || t === 'rollback') continue;
      const plan = plans.get(st);
      if (plan?.skip) continue;
      if (remaining() <= 0) {
        stop(`the total time limit (${opts.totalTimeoutMs} ms) was reached while applying base migrations`);
        break;
      }
      const sql = plan?.sql ?? st.sql;
      try {
        await x.exec(sql, { timeoutMs: limit() });
        if (!replaying) noteRan(plan);
        ran++;
        continue;
      } catch (e) {
        let err: unknown = e;
        if (!isDead(e) && role && DbError.from(e).code === '42501' && main.alive) {
          try {
            await asSuperuser();
            await main.exec(sql, { timeoutMs: limit() });
            if (!replaying) {
              noteRan(plan);
              superuser.push(`${p.source.file}:${st.span.line} (base) ran as superuser: as ${role} it failed with "${DbError.from(e).message}"`);
            }
            ran++;
            continue;
          } catch (e2) {
            err = e2;
          } finally {
            await asRole().catch(() => undefined);
          }
        }
        const d = errorOf(err);
        here.push({
          migrationId: p.migration.id,
          file: p.source.file,
          line: lineAt(st.sql, st.span.line, d.position),
          kind: st.kind,
          message: d.message,
          ...(d.code ? { code: d.code } : {}),
          cause: gapCause(st, d, available, gaps.length + here.length > 0),
        });
        if (isDead(err)) {
          stop(`the engine stopped: ${d.message}`);
          break;
        }
      }
    }
    if (!replaying) gaps.push(...here);
    rep.gaps = here.length;
    if (ran > 0 || here.length === 0) rep.applied = 'applied';
    if (here.length) rep.error = { message: here[0]!.message, line: here[0]!.line };
  };

  // ---- base: whole files ----------------------------------------------------------------------
  const tb = performance.now();
  try {
    await asRole();
  } catch (e) {
    stop(`could not switch to the migration role ${role}: ${errorOf(e).message}`);
  }
  if (opts.runnerSetup && applyBase && !stopped) {
    await x.exec(opts.runnerSetup.sql, { timeoutMs: limit(30_000) }).catch((e) =>
      gaps.push({ migrationId: '', file: '(migration tool)', line: 1, kind: 'RunnerSetup', message: errorOf(e).message, cause: `the runner's table ${opts.runnerSetup!.table} could not be created (${errorOf(e).message})` }),
    );
  }
  await applyBaseFiles(undefined);
  timings.baseMs = performance.now() - tb;

  if (opts.afterBase && !stopped && main.alive) {
    await asSuperuser().catch(() => undefined);
    await opts.afterBase(main).catch(() => undefined);
    if (!main.alive && opts.restart && !opts.runAs?.db) {
      // The hook (the data-volume rehearsal runs the changed SQL) hit a time limit that ended the engine.
      const t = performance.now();
      try {
        main = await opts.restart();
        x = main;
        await asRole();
        await applyBaseFiles(migrations.filter((m) => m.status === 'base'));
        restarts.push(`a probe rehearsal before the traced run ended the engine: restarted it and re-applied the base migrations in ${Math.round(performance.now() - t)} ms`);
      } catch (e) {
        stop(`the engine stopped during a probe rehearsal and could not restart: ${(e as Error).message}`);
      }
    } else await asRole().catch((e) => stop(`could not switch to the migration role ${role}: ${errorOf(e).message}`));
  }

  let before: CatalogSnapshot | undefined;
  let after: CatalogSnapshot | undefined;
  const ts = performance.now();
  if (!stopped) before = await snapshotCatalog(x, { timeoutMs: limit(60_000) }).catch(() => undefined);
  timings.snapshotMs += performance.now() - ts;

  // ---- changed: statement by statement ----------------------------------------------------------
  const tc = performance.now();
  const rels = new Map<number, Rel>();
  const loadRels = (rows: any[]) => {
    const seen = new Map<number, Rel>();
    for (const r of rows) seen.set(r.oid, { node: r.node, relkind: r.relkind, name: `${ident(r.nspname)}.${ident(r.relname)}`, tableOid: r.table_oid });
    return seen;
  };
  const baseOids = new Set<number>();
  const changed = parsed.filter((x) => x.migration.status !== 'base');
  if (changed.length && !stopped) {
    try {
      const r = await x.query(RELS_SQL, undefined, { timeoutMs: limit(30_000) });
      for (const [oid, rel] of loadRels(r.rows)) {
        rels.set(oid, rel);
        baseOids.add(oid);
      }
    } catch (e) {
      if (isDead(e)) stop(`the engine stopped: ${errorOf(e).message}`);
    }
  }

  for (let k = 0; k < changed.length; k++) {
    const p = changed[k]!;
    const rep = baseReport(p);
    rep.trace = [];
    migrations.push(rep);
    const s = performance.now();
    await traceMigration(p, rep);
    rep.durationMs = performance.now() - s;
    if (sessionAuth && main.alive) {
      const who = (await main.query<{ s: string }>('select session_user::text as s', undefined, { timeoutMs: limit(30_000) }).catch(() => undefined))?.rows[0];
      if (who && who.s !== role) {
        escapes.push(`after ${p.source.file} the session was ${who.s} instead of ${role}: code of the pull request switched it back (RESET/SET SESSION AUTHORIZATION)`);
        await asRole().catch((e) => stop(`could not switch back to the migration role ${role}: ${errorOf(e).message}`));
      }
    }
    if (!died) await resetSession(p);
    rep.locks = strongestLocks(rep.trace.flatMap((t) => t.locks));
    rep.rewrites = [...new Set(rep.trace.flatMap((t) => t.rewrites))];
    if (died) {
      const why = died;
      died = undefined;
      const ok = await recover(k, why).catch((e) => {
        restarts.push(`could not continue after "${why}": ${(e as Error).message}`);
        return false;
      });
      if (!ok) stop(`the engine stopped: ${why}`);
    }
  }
  timings.changedMs = performance.now() - tc;

  const ta = performance.now();
  if (x.alive && before && !stopped) after = await snapshotCatalog(x, { timeoutMs: limit(60_000) }).catch(() => undefined);
  timings.snapshotMs += performance.now() - ta;
  await asSuperuser().catch(() => undefined);
  const objects: ObjectChanges = before && after ? diffCatalog(before, after) : { created: [], altered: [], dropped: [], source: 'live' };
  return { migrations, before, after, objects, stopped, timings, refused, superuser, role, restarts, gaps, standIns, db: main, escapes };

  /**
   * After a time limit killed the connection (local, docker: the server lives on) or the engine
   * (PGlite: the worker), get back to where the run was and go on with the next migration.
   */
  async function recover(k: number, why: string): Promise<boolean> {
    if (remaining() <= 0) return false;
    if (opts.runAs?.db && role && opts.runAs.reconnect && main.alive) {
      const ok = await main.query('select 1', undefined, { timeoutMs: limit(10_000) }).then(
        () => true,
        () => false,
      );
      if (ok) {
        x = await opts.runAs.reconnect();
        restarts.push(`after "${why}" (${changed[k]!.source.file}): a new connection as ${role}; the rest went on`);
        return true;
      }
    }
    if (!opts.restart || opts.runAs?.db) return false;
    const t = performance.now();
    main = await opts.restart();
    x = main;
    await asRole();
    // Replay what had been applied: base files, then changed migrations that applied (untraced).
    const baseReps = migrations.filter((m) => m.status === 'base');
    await applyBaseFiles(baseReps);
    if (stopped) return false;
    let replayed = 0;
    for (let j = 0; j < k; j++) {
      const p = changed[j]!;
      const rep = migrations.find((m) => m.id === p.migration.id && m.file === p.source.file && m.trace);
      if (rep?.applied !== 'applied') continue;
      await replay(p, rep);
      replayed++;
    }
    const r = await x.query(RELS_SQL, undefined, { timeoutMs: limit(30_000) });
    rels.clear();
    for (const [oid, rel] of loadRels(r.rows)) rels.set(oid, rel);
    restarts.push(
      `after "${why}" (${changed[k]!.source.file}): restarted the engine, re-applied the base migrations and ${replayed} changed migration(s) before it in ${Math.round(performance.now() - t)} ms; the rest went on`,
    );
    return true;
  }

  /** A changed migration again, untraced: the statements that ran, in the runner's transaction. */
  async function replay(p: ParsedSource, rep: MigrationReport): Promise<void> {
    const ownTx = p.statements.some((st) => ['begin', 'commit', 'rollback'].includes(transactionControl(st.kind, st.node) ?? ''));
    const wrap = runnerWraps(p.migration, p.statements.length, ownTx);
    if (wrap) await begin();
    for (let i = 0; i < p.statements.length; i++) {
      const st = p.statements[i]!;
      const t = rep.trace![i];
      if (!t || t.skipped || t.error) continue;
      await x.exec(plans.get(st)?.sql ?? st.sql, { timeoutMs: limit() });
    }
    if (wrap) await commit('');
  }

  async function traceMigration(p: ParsedSource, rep: MigrationReport): Promise<void> {
    const traces = rep.trace!;
    const skipAll = (from: number, why: string) => {
      for (const st of p.statements.slice(from)) traces.push({ line: st.span.line, kind: st.kind, durationMs: 0, locks: [], rewrites: [], skipped: why });
    };
    if (stopped) {
      skipAll(0, `not run: ${stopped}`);
      return;
    }
    if (p.error) {
      rep.applied = 'failed';
      rep.error = { message: `cannot be parsed: ${p.error.message}`, line: p.error.line };
      return;
    }
    const ownTx = p.statements.some((st) => {
      const tx = transactionControl(st.kind, st.node);
      return tx === 'begin' || tx === 'commit' || tx === 'rollback';
    });
    // Open transaction: its savepoint name (url engine), lock acquisition times for hold time.
    let tx: { name: string; byRunner: boolean; locks: { rec: LockRecord; at: number }[] } | undefined;
    const endTx = (at: number) => {
      for (const l of tx?.locks ?? []) l.rec.heldMs = Math.round(at - l.at);
      tx = undefined;
    };
    try {
      if (runnerWraps(p.migration, p.statements.length, ownTx)) tx = { name: await begin(), byRunner: true, locks: [] };
    } catch (e) {
      rep.applied = 'failed';
      rep.error = { message: errorOf(e).message, line: p.source.startLine };
      if (isDead(e)) died = errorOf(e).message;
      skipAll(0, `not run: ${errorOf(e).message}`);
      return;
    }
    let held = new Set<string>(); // oid:mode held by the open transaction

    for (let i = 0; i < p.statements.length; i++) {
      const st = p.statements[i]!;
      const trace: StatementTrace = { line: st.span.line, kind: st.kind, durationMs: 0, locks: [], rewrites: [] };
      const txc = transactionControl(st.kind, st.node);
      const noTx = cannotRunInTransaction(st.kind, st.node, versionNum);
      const plan = plans.get(st);

      if (remaining() <= 0) stop(`the total time limit (${opts.totalTimeoutMs} ms) was reached`);
      if (stopped) {
        if (tx) {
          await rollback(tx.name);
          endTx(performance.now());
        }
        skipAll(i, `not run: ${stopped}`);
        if (rep.applied === 'not-run' && traces.some((t) => !t.skipped)) {
          rep.applied = 'failed';
          rep.error = { message: `not finished: ${stopped}`, line: st.span.line };
        } else if (rep.applied === 'not-run') rep.applied = 'skipped';
        break;
      }

      // Screen what must not or cannot run: the migration goes on without it.
      if (plan?.skip) {
        trace.skipped = plan.skip;
        traces.push(trace);
        opts.onStatement?.(p.migration.id, trace);
        continue;
      }
      if (st.kind === 'CreateExtensionStmt' && !available.has(st.node?.extname) && !plan?.sql) {
        trace.skipped = `extension "${st.node?.extname}" is not available on this engine`;
        traces.push(trace);
        opts.onStatement?.(p.migration.id, trace);
        continue;
      }
      if (rollbackOnly && noTx) {
        trace.skipped = `${noTx}; on the url engine everything runs in a transaction that is rolled back`;
        traces.push(trace);
        opts.onStatement?.(p.migration.id, trace);
        continue;
      }

      const started = performance.now();
      let wrapped = ''; // savepoint name or '' when this statement got its own transaction
      let wrappedHere = false;
      try {
        if (txc === 'begin' || txc === 'commit' || txc === 'rollback') {
          // The file's own transaction statements pass through (savepoints on the url engine).
          if (txc === 'begin') {
            if (rollbackOnly) {
              tx = { name: await begin(), byRunner: false, locks: [] };
              trace.skipped = 'BEGIN replaced by a savepoint (url engine: everything is rolled back)';
            } else {
              await x.exec(st.sql, { timeoutMs: limit() });
              tx = { name: '', byRunner: false, locks: [] };
            }
          } else {
            const name = tx?.name ?? '';
            if (rollbackOnly) {
              if (tx) await (txc === 'commit' ? commit(name) : rollback(name));
              trace.skipped = `${txc.toUpperCase()} replaced by a savepoint release (url engine: everything is rolled back)`;
            } else await x.exec(st.sql, { timeoutMs: limit() });
            endTx(performance.now());
            held = new Set();
          }
          trace.durationMs = performance.now() - started;
          traces.push(trace);
          opts.onStatement?.(p.migration.id, trace);
          continue;
        }

        // A runner that runs such statements apart (Supabase CLI ≥ 2.109) commits what came before,
        // runs the statement bare, and opens a new transaction for the rest of the file.
        let reopenAfter = false;
        if (noTx && tx?.byRunner && p.migration.nonTransactionalApart) {
          await commit(tx.name);
          endTx(performance.now());
          tx = undefined;
          held = new Set();
          reopenAfter = i < p.statements.length - 1;
        }
        // Autocommit statements get a transaction of ours so their locks can be read before commit;
        // statements Postgres refuses in a transaction run bare, and their locks stay unseen.
        if (!tx && !noTx) {
          wrapped = await begin();
          wrappedHere = true;
          held = new Set();
        }
        const t = performance.now();
        const results = await x.exec(plan?.sql ?? st.sql, { timeoutMs: limit() });
        trace.durationMs = performance.now() - t;
        noteRan(plan);
        const last = results[results.length - 1];
        if (last?.affectedRows != null) trace.rowsAffected = last.affectedRows;

        if (tx || wrappedHere) {
          const [lockRes, relRes] = await x.exec(`${LOCKS_SQL};\n${RELS_SQL}`, { timeoutMs: limit(30_000) });
          const now = loadRels(relRes!.rows);
          for (const l of lockRes!.rows as { oid: number; mode: string }[]) {
            const key = `${l.oid}:${l.mode}`;
            if (held.has(key)) continue;
            held.add(key);
            const rel = now.get(l.oid) ?? rels.get(l.oid);
            if (!rel) continue; // created and dropped within the statement
            const rec: LockRecord = { relation: rel.name, mode: lockModeName(l.mode), relkind: RELKIND_NAME[rel.relkind] ?? 'other', preexisting: baseOids.has(l.oid) };
            trace.locks.push(rec);
            tx?.locks.push({ rec, at: started });
            if (wrappedHere) rec.heldMs = 0; // set at commit below
          }
          trace.rewrites = rewritesBetween(rels, now);
          for (const [oid, rel] of now) rels.set(oid, rel);
        } else {
          trace.locksObserved = false;
          const relRes = await x.query(RELS_SQL, undefined, { timeoutMs: limit(30_000) });
          const now = loadRels(relRes.rows);
          trace.rewrites = rewritesBetween(rels, now);
          for (const [oid, rel] of now) rels.set(oid, rel);
        }
        if (wrappedHere) {
          await commit(wrapped);
          const end = performance.now();
          for (const l of trace.locks) l.heldMs = Math.round(end - started);
        }
        traces.push(trace);
        opts.onStatement?.(p.migration.id, trace);
        if (reopenAfter) tx = { name: await begin(), byRunner: true, locks: [] };
      } catch (e) {
        const err = errorOf(e);
        trace.durationMs = performance.now() - started;
        const { position, ...rest } = err;
        trace.error = rest;
        traces.push(trace);
        opts.onStatement?.(p.migration.id, trace);
        rep.applied = 'failed';
        rep.error = { message: err.message, line: lineAt(st.sql, st.span.line, position), detail: err.detail, hint: err.hint };
        if (isDead(e)) {
          died = err.message;
        } else {
          // A migration tool stops at the first error and its transaction is rolled back.
          if (wrappedHere) await rollback(wrapped);
          if (tx) await rollback(tx.name);
        }
        endTx(performance.now());
        skipAll(i + 1, `not run: the statement at line ${rep.error.line} failed before it`);
        return;
      }
    }
    if (tx) {
      // A runner-opened transaction commits at the end of the file; so does one the file left open.
      try {
        await commit(tx.name);
        endTx(performance.now());
      } catch (e) {
        const err = errorOf(e);
        rep.applied = 'failed';
        rep.error = { message: `COMMIT failed: ${err.message}`, line: p.statements[p.statements.length - 1]?.span.endLine ?? p.source.startLine, detail: err.detail, hint: err.hint };
        await rollback(tx.name);
        endTx(performance.now());
        if (isDead(e)) died = err.message;
        return;
      }
    }
    if (rep.applied === 'not-run') rep.applied = traces.some((t) => !t.skipped) || traces.length === 0 ? 'applied' : 'skipped';
  }
}

/** Relations present before and after with a new relfilenode; an index is left out when its table was rewritten too. */
function rewritesBetween(before: Map<number, Rel>, after: Map<number, Rel>): string[] {
  const changed = new Map<number, Rel>();
  for (const [oid, rel] of after) {
    const b = before.get(oid);
    if (b && b.node !== 0 && rel.node !== 0 && b.node !== rel.node && rel.relkind !== 't') changed.set(oid, rel);
  }
  const out: string[] = [];
  for (const [, rel] of changed) {
    if ((rel.relkind === 'i' || rel.relkind === 'I') && changed.has(rel.tableOid)) continue;
    out.push(rel.name);
  }
  return out.sort();
}

/**
 * Whether the migration tool runs this file inside one transaction. 'implicit' (Prisma,
 * golang-migrate: the file is one query string) is one implicit transaction only with several
 * statements. 'all-pending' (drizzle: one transaction around every pending file) is traced per file.
 */
export function runnerWraps(m: ParsedSource['migration'], statements: number, ownTx: boolean): boolean {
  if (ownTx) return false;
  if (m.transactionMode === 'implicit') return statements > 1;
  if (m.transactionMode === 'none') return false;
  return m.transactional;
}

type Begin = () => Promise<string>;
type End = (name: string) => Promise<unknown>;

/** A base migration as one round trip when Postgres allows it; statement by statement otherwise. */
async function applyWhole(
  db: Database,
  p: ParsedSource,
  rollbackOnly: boolean,
  versionNum: number,
  timeoutMs: number,
  begin: Begin,
  commit: End,
  rollback: End,
  plans: Map<Statement, Plan> = new Map(),
  onRan?: (plan: Plan | undefined) => void,
): Promise<void> {
  const stmts: Statement[] = p.statements;
  const planned = stmts.some((s) => plans.has(s));
  const ownTx = stmts.some((s) => {
    const t = transactionControl(s.kind, s.node);
    return t === 'begin' || t === 'commit' || t === 'rollback';
  });
  // A multi-statement query string is one implicit transaction: CONCURRENTLY and friends refuse it.
  // An 'implicit' multi-statement file is sent as one string by its tool too: keep it whole, so a
  // CONCURRENTLY inside fails here as it will there.
  const implicitWhole = p.migration.transactionMode === 'implicit' && stmts.length > 1;
  const needsSplit =
    !p.error && (planned || (rollbackOnly && ownTx) || (!implicitWhole && stmts.some((s) => cannotRunInTransaction(s.kind, s.node, versionNum))));
  if (!needsSplit) {
    const wrap = rollbackOnly || (!implicitWhole && runnerWraps(p.migration, stmts.length, ownTx));
    const name = wrap ? await begin() : '';
    try {
      await db.exec(p.source.text, { timeoutMs });
      if (wrap) await commit(name);
      for (const s of stmts) onRan?.(plans.get(s));
    } catch (e) {
      if (wrap) await rollback(name);
      else if (ownTx && db.alive && !rollbackOnly) {
        await db.query('rollback').catch(() => undefined); // the file's own BEGIN may be left open
        // What ran before the file's last BEGIN ahead of the error stays applied.
        const pos = DbError.from(e).position ?? 0;
        const failing = stmts.findIndex((s) => s.span.end >= pos - 1);
        let from = 0;
        for (let i = 0; i < (failing < 0 ? stmts.length : failing); i++) if (transactionControl(stmts[i]!.kind, stmts[i]!.node) === 'begin') from = i;
        throw withResume(e, from);
      }
      throw e;
    }
    return;
  }
  const deadline = Date.now() + timeoutMs;
  const wrap = rollbackOnly || runnerWraps(p.migration, stmts.length, ownTx);
  const name = wrap ? await begin() : '';
  let at = 0;
  try {
    for (const [i, s] of stmts.entries()) {
      at = i;
      const t = transactionControl(s.kind, s.node);
      if (rollbackOnly && (t === 'begin' || t === 'commit' || t === 'rollback' || cannotRunInTransaction(s.kind, s.node, versionNum))) continue;
      const plan = plans.get(s);
      if (plan?.skip) continue;
      try {
        await db.exec(plan?.sql ?? s.sql, { timeoutMs: Math.max(1, deadline - Date.now()) });
      } catch (e) {
        const d = DbError.from(e);
        // Report the position within the file rather than within the statement.
        const offset = s.span.start;
        if (d.position) d.position += offset;
        else d.position = offset + 1;
        throw e instanceof QueryTimeoutError || e instanceof EngineDeadError ? e : d;
      }
    }
    if (wrap) await commit(name);
    for (const s of stmts) if (!plans.get(s)?.skip) onRan?.(plans.get(s));
  } catch (e) {
    if (wrap) await rollback(name);
    else if (db.alive && !rollbackOnly) await db.query('rollback').catch(() => undefined);
    // Without the runner's transaction the statements before the failing one stay applied.
    throw wrap ? e : withResume(e, at);
  }
}

/** Marks an error of a base file that was partly applied: the statement to go on from. */
function withResume(e: unknown, from: number): unknown {
  if (e && typeof e === 'object') (e as { resumeAt?: number }).resumeAt = from;
  return e;
}

/** A file that sets session-level settings the pg_dump way (set_config(…, false) or a bare SET). */
const SESSION_SETTING = /set_config\s*\(\s*'(?:search_path|check_function_bodies|row_security)'\s*,[^)]*,\s*false\s*\)|^\s*set\s+(?:session\s+)?(?:search_path|check_function_bodies|row_security)\b/im;

// SQLSTATEs for "a name does not resolve".
const UNDEFINED_OBJECT = new Set(['42704', '42883', '42P01', '42703', '3F000', '42P02']);

/** Why a base statement failed on the review engine, in words. */
function gapCause(st: Statement, full: { message: string; code?: string }, available: Set<string>, earlierGaps: boolean): string {
  const first = full.message.split('\n')[0]!;
  const err = { ...full, message: first.length > 200 ? `${first.slice(0, 200)}…` : first };
  if (st.kind === 'CreateExtensionStmt' && !available.has(String(st.node?.extname))) {
    return `extension "${st.node?.extname}" is not available on the review engine and pgreview has no stand-in for it`;
  }
  if (err.code === '42501') return `needs privileges the review engine does not give (${err.message})`;
  if (UNDEFINED_OBJECT.has(err.code ?? '') && earlierGaps) return `needs an object an earlier left-out base statement would have created (${err.message})`;
  return `the review engine refused it (${err.message}${err.code ? `, SQLSTATE ${err.code}` : ''})`;
}
