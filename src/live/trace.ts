// Traced application: base migrations as whole files (fast), then each changed migration statement
// by statement with the runner's transaction semantics, recording per statement the locks its own
// backend holds (pg_locks before commit, as Eugene does), rewrites (relfilenode changes), rows,
// timing and Postgres errors.
import type { LockRecord, MigrationReport, ObjectChanges, ParsedSource, Statement, StatementTrace } from '../types.js';
import { type Database, DbError, EngineDeadError, QueryTimeoutError } from '../engine/database.js';
import { cannotRunInTransaction, transactionControl } from '../engine/transaction.js';
import { type CatalogSnapshot, diffCatalog, snapshotCatalog } from './catalog.js';

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
}

/** Lock modes from weakest to strongest, named as in LOCK TABLE. */
export const LOCK_MODES = [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
] as const;

/** 'AccessExclusiveLock' → 'ACCESS EXCLUSIVE'. */
export function lockModeName(pgLocksMode: string): string {
  return pgLocksMode
    .replace(/Lock$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();
}

export function lockStrength(mode: string): number {
  return LOCK_MODES.indexOf(mode as (typeof LOCK_MODES)[number]);
}

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

export async function applyTraced(db: Database, parsed: ParsedSource[], opts: TraceOptions): Promise<TraceResult> {
  const t0 = performance.now();
  const deadline = Date.now() + opts.totalTimeoutMs;
  const remaining = () => deadline - Date.now();
  const limit = (ms = opts.statementTimeoutMs) => Math.max(1, Math.min(ms, remaining()));
  const rollbackOnly = db.rollbackOnly;
  const applyBase = opts.applyBase ?? !rollbackOnly;
  const migrations: MigrationReport[] = [];
  const timings = { baseMs: 0, changedMs: 0, snapshotMs: 0 };
  let stopped: string | undefined;
  const stop = (why: string) => (stopped ??= why);

  const info = (
    await db.query<{ n: string; exts: string[] }>(
      `select current_setting('server_version_num') as n, array(select name::text from pg_available_extensions) as exts`,
      undefined,
      { timeoutMs: limit(30_000) },
    )
  ).rows[0]!;
  const versionNum = Number(info.n);
  const available = new Set(info.exts);

  // Savepoints stand in for transactions on a rollback-only database.
  let sp = 0;
  const begin = async () => {
    if (rollbackOnly) {
      const name = `pgreview_${++sp}`;
      await db.query(`savepoint ${name}`, undefined, { timeoutMs: limit(30_000) });
      return name;
    }
    await db.query('begin', undefined, { timeoutMs: limit(30_000) });
    return '';
  };
  const commit = async (name: string) =>
    db.query(rollbackOnly ? `release savepoint ${name}` : 'commit', undefined, { timeoutMs: limit(opts.statementTimeoutMs) });
  const rollback = async (name: string) => {
    if (!db.alive) return;
    await db.exec(rollbackOnly ? `rollback to savepoint ${name}; release savepoint ${name}` : 'rollback', { timeoutMs: limit(30_000) }).catch(() => undefined);
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

  // ---- base: whole files ----------------------------------------------------------------------
  const tb = performance.now();
  for (const p of parsed.filter((x) => x.migration.status === 'base')) {
    const rep = baseReport(p);
    migrations.push(rep);
    if (!applyBase) {
      rep.applied = 'skipped';
      continue;
    }
    if (stopped) continue;
    if (remaining() <= 0) {
      stop(`the total time limit (${opts.totalTimeoutMs} ms) was reached while applying base migrations`);
      continue;
    }
    const s = performance.now();
    try {
      await applyWhole(db, p, rollbackOnly, versionNum, limit(opts.statementTimeoutMs * Math.max(1, p.statements.length)), begin, commit, rollback);
      rep.applied = 'applied';
    } catch (e) {
      rep.applied = 'failed';
      const err = errorOf(e);
      rep.error = { message: err.message, line: lineAt(p.source.text, p.source.startLine, err.position), detail: err.detail, hint: err.hint };
      if (isDead(e)) stop(`the engine stopped: ${err.message}`);
    }
    rep.durationMs = performance.now() - s;
  }
  timings.baseMs = performance.now() - tb;

  if (opts.afterBase && !stopped && db.alive) await opts.afterBase(db).catch(() => undefined);

  let before: CatalogSnapshot | undefined;
  let after: CatalogSnapshot | undefined;
  const ts = performance.now();
  if (!stopped) before = await snapshotCatalog(db, { timeoutMs: limit(60_000) }).catch(() => undefined);
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
      const r = await db.query(RELS_SQL, undefined, { timeoutMs: limit(30_000) });
      for (const [oid, rel] of loadRels(r.rows)) {
        rels.set(oid, rel);
        baseOids.add(oid);
      }
    } catch (e) {
      if (isDead(e)) stop(`the engine stopped: ${errorOf(e).message}`);
    }
  }

  for (const p of changed) {
    const rep = baseReport(p);
    rep.trace = [];
    migrations.push(rep);
    const s = performance.now();
    await traceMigration(p, rep);
    rep.durationMs = performance.now() - s;
    rep.locks = strongestLocks(rep.trace.flatMap((t) => t.locks));
    rep.rewrites = [...new Set(rep.trace.flatMap((t) => t.rewrites))];
  }
  timings.changedMs = performance.now() - tc;

  const ta = performance.now();
  if (db.alive && before) after = await snapshotCatalog(db, { timeoutMs: limit(60_000) }).catch(() => undefined);
  timings.snapshotMs += performance.now() - ta;
  const objects: ObjectChanges = before && after ? diffCatalog(before, after) : { created: [], altered: [], dropped: [], source: 'live' };
  void t0;
  return { migrations, before, after, objects, stopped, timings };

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
      if (isDead(e)) stop(`the engine stopped: ${errorOf(e).message}`);
      return;
    }
    let held = new Set<string>(); // oid:mode held by the open transaction

    for (let i = 0; i < p.statements.length; i++) {
      const st = p.statements[i]!;
      const trace: StatementTrace = { line: st.span.line, kind: st.kind, durationMs: 0, locks: [], rewrites: [] };
      const txc = transactionControl(st.kind, st.node);
      const noTx = cannotRunInTransaction(st.kind, st.node, versionNum);

      if (remaining() <= 0) stop(`the total time limit (${opts.totalTimeoutMs} ms) was reached`);
      if (stopped) {
        skipAll(i, `not run: ${stopped}`);
        break;
      }

      // Screen what this engine cannot do: the migration goes on without it.
      if (st.kind === 'CreateExtensionStmt' && !available.has(st.node?.extname)) {
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
              await db.exec(st.sql, { timeoutMs: limit() });
              tx = { name: '', byRunner: false, locks: [] };
            }
          } else {
            const name = tx?.name ?? '';
            if (rollbackOnly) {
              if (tx) await (txc === 'commit' ? commit(name) : rollback(name));
              trace.skipped = `${txc.toUpperCase()} replaced by a savepoint release (url engine: everything is rolled back)`;
            } else await db.exec(st.sql, { timeoutMs: limit() });
            endTx(performance.now());
            held = new Set();
          }
          trace.durationMs = performance.now() - started;
          traces.push(trace);
          opts.onStatement?.(p.migration.id, trace);
          continue;
        }

        // Autocommit statements get a transaction of ours so their locks can be read before commit;
        // statements Postgres refuses in a transaction run bare, and their locks stay unseen.
        if (!tx && !noTx) {
          wrapped = await begin();
          wrappedHere = true;
          held = new Set();
        }
        const t = performance.now();
        const results = await db.exec(st.sql, { timeoutMs: limit() });
        trace.durationMs = performance.now() - t;
        const last = results[results.length - 1];
        if (last?.affectedRows != null) trace.rowsAffected = last.affectedRows;

        if (tx || wrappedHere) {
          const [lockRes, relRes] = await db.exec(`${LOCKS_SQL};\n${RELS_SQL}`, { timeoutMs: limit(30_000) });
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
          const relRes = await db.query(RELS_SQL, undefined, { timeoutMs: limit(30_000) });
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
          stop(`the engine stopped: ${err.message}`);
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
        if (isDead(e)) stop(`the engine stopped: ${err.message}`);
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
): Promise<void> {
  const stmts: Statement[] = p.statements;
  const ownTx = stmts.some((s) => {
    const t = transactionControl(s.kind, s.node);
    return t === 'begin' || t === 'commit' || t === 'rollback';
  });
  // A multi-statement query string is one implicit transaction: CONCURRENTLY and friends refuse it.
  // An 'implicit' multi-statement file is sent as one string by its tool too: keep it whole, so a
  // CONCURRENTLY inside fails here as it will there.
  const implicitWhole = p.migration.transactionMode === 'implicit' && stmts.length > 1;
  const needsSplit =
    !p.error && ((rollbackOnly && ownTx) || (!implicitWhole && stmts.some((s) => cannotRunInTransaction(s.kind, s.node, versionNum))));
  if (!needsSplit) {
    const wrap = rollbackOnly || (!implicitWhole && runnerWraps(p.migration, stmts.length, ownTx));
    const name = wrap ? await begin() : '';
    try {
      await db.exec(p.source.text, { timeoutMs });
      if (wrap) await commit(name);
    } catch (e) {
      if (wrap) await rollback(name);
      else if (ownTx && db.alive && !rollbackOnly) await db.query('rollback').catch(() => undefined); // the file's own BEGIN may be left open
      throw e;
    }
    return;
  }
  const deadline = Date.now() + timeoutMs;
  const wrap = rollbackOnly || runnerWraps(p.migration, stmts.length, ownTx);
  const name = wrap ? await begin() : '';
  try {
    for (const s of stmts) {
      const t = transactionControl(s.kind, s.node);
      if (rollbackOnly && (t === 'begin' || t === 'commit' || t === 'rollback' || cannotRunInTransaction(s.kind, s.node, versionNum))) continue;
      try {
        await db.exec(s.sql, { timeoutMs: Math.max(1, deadline - Date.now()) });
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
  } catch (e) {
    if (wrap) await rollback(name);
    else if (db.alive && !rollbackOnly) await db.query('rollback').catch(() => undefined);
    throw e;
  }
}
