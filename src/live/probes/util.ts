// Shared helpers for probes: rolled-back scopes and quoting (scope.ts), table shapes and the row
// generator (rows.ts), re-running migration statements, describing catalog deltas.
import type { Database } from '../../engines/database.js';
import { DbError, QueryTimeoutError } from '../../engines/database.js';
import type { Finding, Migration, Statement } from '../../types.js';
import type { ParsedSourceWithErrors } from '../../sql/parse.js';
import { engineGapCause, engineGapSkip, type EngineGaps } from '../gaps.js';

export * from './scope.js';
export * from './rows.js';
import { attempt, savepointName } from './scope.js';

export type ProbeFinding = Omit<Finding, 'fingerprint'>;

/** Changed up sources of this history, in order. */
export function changedUp(sources: ParsedSourceWithErrors[]): ParsedSourceWithErrors[] {
  return sources.filter((s) => s.direction === 'up' && s.migration.status !== 'base');
}

export function firstLine(m: Migration): number {
  return m.up.startLine;
}
/** Walk a libpg-query tree and call `fn` for every object node under a given key. */
export function walkNodes(node: unknown, fn: (key: string, value: any) => void): void {
  if (Array.isArray(node)) {
    for (const x of node) walkNodes(x, fn);
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [k, v] of Object.entries(node)) {
    if (v && typeof v === 'object') {
      fn(k, v);
      walkNodes(v, fn);
    }
  }
}

// ---- re-running migration statements ---------------------------------------------------------------

/** Statement kinds whose time grows with the rows of the tables they touch. */
const WORKS_ON_DATA = new Set(['IndexStmt', 'AlterTableStmt', 'UpdateStmt', 'DeleteStmt', 'InsertStmt', 'ClusterStmt', 'RefreshMatViewStmt', 'ReindexStmt']);

/** A timing this long is work, not noise (one run on a shared machine can be several times slower than the next below it). */
const UNAMBIGUOUS_MS = 1000;

export interface StatementRun {
  stmt: import('../../types.js').Statement;
  ok: boolean;
  error?: DbError;
  skipped?: string;
  /**
   * Not run, or failed, because of what the review engine lacks (gaps.ts): then also `skipped`
   * ("not verified: …") and `ok`, never the migration's failure.
   */
  engineGap?: string;
  affected?: number;
  ms: number;
  /** Run with CONCURRENTLY dropped (the probe's transaction refuses it): its locks are not production's. */
  withoutConcurrently?: boolean;
}

/**
 * Run a parsed source's statements one by one inside the open transaction, each in a savepoint that
 * is kept when it succeeds. Transaction control is skipped (the probe owns the transaction);
 * CONCURRENTLY is dropped for index statements (same catalog effect); other statements Postgres
 * refuses in a transaction are skipped and said so. What the review engine cannot run (`gaps`: an
 * extension it lacks, and what follows from it) is left out or, when it fails, not verified, the way
 * the first apply left it out: the engine's gap, not the migration's failure.
 */
export async function runStatements(
  db: Database,
  src: ParsedSourceWithErrors,
  opts: {
    timeoutMs: number;
    versionNum: number;
    /**
     * Time statements that work on data (index builds, ALTER TABLE, DML…) this many times, rolled
     * back to a savepoint before the run that is kept, and report the median: one run on a shared
     * machine can be several times slower or faster than the next (production estimates calibrate on it).
     * A first run of UNAMBIGUOUS_MS or more is kept as it is: repeating it would only double the cost.
     */
    timings?: number;
    /** What the screen learned from earlier statements (functions with hidden capabilities…), when they ran in another call. */
    screen?: import('../../analysis/screen.js').ScreenContext;
    /**
     * Run the statements that pass the screen in one round trip (their time is then the batch's, on
     * the last of them); on any error, one by one as usual.
     */
    batch?: boolean;
    /** What the review engine lacks (readEngineGaps); without it, only its "extension … is not available" errors count as its gaps. */
    gaps?: EngineGaps;
  },
): Promise<StatementRun[]> {
  const gaps: EngineGaps = opts.gaps ?? { lacking: new Set(), sources: [], ran: new Set() };
  const plans = await planRuns(src.statements, opts, gaps);
  if (opts.batch && plans.filter((p) => 'sql' in p).length > 1 && db.alive) {
    const ran = await runBatch(db, plans.flatMap((p) => ('sql' in p ? [p.sql] : [])), opts.timeoutMs);
    if (ran) {
      const last = plans.filter((p) => 'sql' in p).at(-1);
      return plans.map((p) =>
        'sql' in p
          ? { stmt: p.stmt, ok: true, ms: p === last ? ran.ms : 0, ...(p.withoutConcurrently && { withoutConcurrently: true }) }
          : { stmt: p.stmt, ok: true, skipped: p.skipped, ...(p.engineGap && { engineGap: p.engineGap }), ms: 0 },
      );
    }
  }
  const out: StatementRun[] = [];
  for (const plan of plans) {
    const stmt = plan.stmt;
    if (!db.alive) {
      out.push({ stmt, ok: false, skipped: 'the engine stopped', ms: 0 });
      continue;
    }
    if ('skipped' in plan) {
      out.push({ stmt, ok: true, skipped: plan.skipped, ...(plan.engineGap && { engineGap: plan.engineGap }), ms: 0 });
      continue;
    }
    const sql = plan.sql;
    const trials: number[] = [];
    let timedOut: QueryTimeoutError | undefined;
    let kept: { ms: number; affected: number } | undefined;
    if ((opts.timings ?? 1) > 1 && WORKS_ON_DATA.has(stmt.kind)) {
      // Only the statement is timed: the savepoint round trips around it are not its cost.
      const name = savepointName('pgreview_timing');
      for (let i = 1; i < opts.timings! && db.alive; i++) {
        await db.query(`savepoint ${name}`, undefined, { timeoutMs: opts.timeoutMs });
        const t = performance.now();
        let err: unknown;
        const res = await db.query(sql, undefined, { timeoutMs: opts.timeoutMs }).catch((e: unknown) => void (err = e));
        const ms = performance.now() - t;
        if (res && ms >= UNAMBIGUOUS_MS && i === 1) {
          // The first timing stands well above the noise: it is the run that is kept, not repeated.
          await db.exec(`release savepoint ${name}`, { timeoutMs: opts.timeoutMs });
          kept = { ms, affected: res.affectedRows ?? res.rows.length };
          break;
        }
        if (db.alive) await db.exec(`rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs: opts.timeoutMs });
        if (err instanceof QueryTimeoutError) timedOut = err; // not run again: that would wait out the limit twice
        if (err) break; // the kept run below reports other errors
        trials.push(ms);
        if (ms >= UNAMBIGUOUS_MS) break;
      }
    }
    if (kept) {
      out.push({ stmt, ok: true, affected: kept.affected, ms: kept.ms });
      continue;
    }
    if (timedOut) {
      out.push({ stmt, ok: false, error: timedOut, ms: timedOut.timeoutMs });
      continue;
    }
    const t = performance.now();
    const r = await attempt(db, sql, undefined, { keep: true, timeoutMs: opts.timeoutMs });
    const last = performance.now() - t;
    if (!r.ok && r.error.code === '42501' && !db.rollbackOnly) {
      // Probes act as pgreview_prober, with less than the migration role (no CREATEROLE, not the owner
      // of what the superuser created for it, e.g. allow-listed extensions): not the PR's failure.
      out.push({ stmt, ok: true, skipped: `not re-run: the probe role may not do this (${r.error.message})`, ms: last });
      continue;
    }
    const gap = r.ok ? undefined : engineGapCause(r.error, gaps, { file: stmt.file, line: stmt.span.line });
    if (gap) {
      out.push({ stmt, ok: true, skipped: `not verified: ${gap}`, engineGap: gap, ms: last });
      continue;
    }
    const all = [...trials, last].sort((a, b) => a - b);
    out.push(r.ok ? { stmt, ok: true, affected: r.affected, ms: all[Math.floor(all.length / 2)]! } : { stmt, ok: false, error: r.error, ms: last });
  }
  // One run per plan, in order.
  plans.forEach((p, i) => 'sql' in p && p.withoutConcurrently && (out[i]!.withoutConcurrently = true));
  return out;
}

type RunPlan = { stmt: Statement; sql: string; withoutConcurrently?: boolean } | { stmt: Statement; skipped: string; engineGap?: string };

/** What each statement runs as inside the probe's transaction, or why it does not run (screened once, in order). */
async function planRuns(statements: Statement[], opts: { versionNum: number; screen?: import('../../analysis/screen.js').ScreenContext }, gaps: EngineGaps): Promise<RunPlan[]> {
  const { transactionControl, cannotRunInTransaction } = await import('../../sql/transaction.js');
  const { screenStatement, createScreenContext } = await import('../../analysis/screen.js');
  const screen = opts.screen ?? createScreenContext();
  return statements.map((stmt): RunPlan => {
    // Probes re-run migration SQL (down, reapply, rehearsal): screened like the traced run, never executed when flagged.
    // Dynamic SQL that cannot be screened runs once, in the traced run as the migration role; probes
    // do not re-run it (defence in depth: they act as an unprivileged role, and on url as the user's).
    const hits = screenStatement(stmt, screen);
    if (hits.length) return { stmt, skipped: `not executed: ${[...new Set(hits.map((h) => h.capability))].join(', ')} (${hits.map((h) => h.detail).join('; ')})` };
    if (transactionControl(stmt.kind, stmt.node)) return { stmt, skipped: 'transaction control (the probe runs everything in a transaction it rolls back)' };
    const gap = engineGapSkip(stmt, gaps);
    if (gap) return { stmt, skipped: `not verified: ${gap}`, engineGap: gap };
    const noTx = cannotRunInTransaction(stmt.kind, stmt.node, opts.versionNum);
    if (!noTx) return { stmt, sql: stmt.sql };
    if ((stmt.kind === 'IndexStmt' || stmt.kind === 'DropStmt' || stmt.kind === 'ReindexStmt') && /\bconcurrently\b/i.test(stmt.sql)) {
      return { stmt, sql: stmt.sql.replace(/\bconcurrently\b/i, '').replace(/\(\s*concurrently\s*\)/i, ''), withoutConcurrently: true };
    }
    return { stmt, skipped: noTx };
  });
}

/** Statements in one round trip inside a savepoint; undefined (and nothing kept) when one fails. */
async function runBatch(db: Database, sqls: string[], timeoutMs: number): Promise<{ ms: number } | undefined> {
  const name = savepointName('pgreview_batch');
  await db.query(`savepoint ${name}`, undefined, { timeoutMs });
  const t = performance.now();
  // Each statement on its own lines: a trailing line comment cannot swallow the separator.
  const ok = await db.exec(sqls.join('\n;\n'), { timeoutMs }).then(
    () => true,
    () => false,
  );
  const ms = performance.now() - t;
  if (!db.alive) return undefined;
  await db.exec(ok ? `release savepoint ${name}` : `rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs });
  return ok ? { ms } : undefined;
}

export async function serverVersionNum(db: Database): Promise<number> {
  return Number((await db.query<{ n: string }>(`select current_setting('server_version_num') as n`)).rows[0]!.n);
}

/** Describe a catalog delta in a few words per object: "index public.x created", … */
export function describeDelta(d: import('../../types.js').ObjectChanges, verbs = { created: 'left behind', dropped: 'missing', altered: 'differs' }): string[] {
  return [
    ...d.created.map((o) => `${o.kind} ${o.name} ${verbs.created}${o.detail ? ` (${o.detail})` : ''}`),
    ...d.dropped.map((o) => `${o.kind} ${o.name} ${verbs.dropped}${o.detail ? ` (${o.detail})` : ''}`),
    ...d.altered.map((o) => `${o.kind} ${o.name} ${verbs.altered}${o.detail ? ` (${o.detail})` : ''}`),
  ];
}

/**
 * The custom setting (a dotted name: `app.tenant_id`) whose absence an error reports (`unrecognized
 * configuration parameter`, from current_setting()): each session sets it in production or not, which
 * a probe cannot know. Undefined for any other error, for a name without a dot (no session can set
 * it), and for PostgREST's own `request.*` settings: it sets those it has on every request and no
 * other, so one it does not set (the per-claim `request.jwt.claim.sub` of PostgREST before 9) is
 * unset in production too.
 */
export function unsetSessionSetting(e: { code?: string; message: string }): string | undefined {
  const name = /^unrecognized configuration parameter "([^"]+\.[^"]+)"/.exec(e.message)?.[1];
  if (!name || (e.code && e.code !== '42704') || name.toLowerCase().startsWith('request.')) return undefined;
  return name;
}
