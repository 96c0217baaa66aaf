// Stage "execute": one changed migration statement by statement with its runner's transaction
// semantics (the runner's transaction, the file's own BEGIN/COMMIT, statements that cannot run in a
// transaction — apart, as the Supabase CLI does, or bare), sampling each statement's locks before
// its transaction commits, and mapping the first error to the line the review reports.
import type { LockRecord, MigrationReport, ParsedSource, Statement, StatementTrace } from '../../types.js';
import { cannotRunInTransaction, transactionControl } from '../../sql/transaction.js';
import { QueryTimeoutError } from '../../engines/database.js';
import { errorOf, isDead, lineAt } from './errors.js';
import { type Relations, readRelations, sampleLocks } from './locks.js';
import type { TraceRun } from './run.js';
import { hasOwnTransaction, runnerWraps } from './transactions.js';
import { execChanged } from './superuser.js';
import { liveNoOp } from './noop.js';
import type { Plan } from './types.js';

/** An open transaction: its savepoint name (url engine), who opened it, lock acquisition times for hold time. */
interface OpenTx {
  name: string;
  byRunner: boolean;
  locks: { rec: LockRecord; at: number }[];
}

/** One migration being traced. */
interface Tracing {
  p: ParsedSource;
  rep: MigrationReport;
  traces: StatementTrace[];
  tx?: OpenTx;
  /** oid:mode keys the open transaction holds (reported with an earlier statement). */
  held: Set<string>;
  /** The transaction (or savepoint) opened for the current statement alone, until it commits. */
  own?: string;
}

/** Trace one changed migration into `rep` (whose `trace` is filled); sets `run.died` when the engine died. */
export async function traceMigration(run: TraceRun, rels: Relations, p: ParsedSource, rep: MigrationReport): Promise<void> {
  const m: Tracing = { p, rep, traces: (rep.trace ??= []), held: new Set() };
  // Before the runner's BEGIN: past the total limit it would get a 1 ms limit of its own, and
  // PGlite's worker is ended when that expires.
  if (run.remaining() <= 0) run.stop(`the total time limit (${run.opts.totalTimeoutMs} ms) was reached`);
  if (run.stopped) {
    skipFrom(m, 0, `not run: ${run.stopped}`);
    return;
  }
  if (p.error) {
    rep.applied = 'failed';
    rep.error = { message: `cannot be parsed: ${p.error.message}`, line: p.error.line };
    return;
  }
  try {
    if (runnerWraps(p.migration, p.statements.length, hasOwnTransaction(p.statements))) m.tx = { name: await run.begin(), byRunner: true, locks: [] };
  } catch (e) {
    rep.applied = 'failed';
    rep.error = { message: errorOf(e).message, line: p.source.startLine };
    if (isDead(e)) run.died = errorOf(e).message;
    skipFrom(m, 0, `not run: ${errorOf(e).message}`);
    return;
  }
  for (let i = 0; i < p.statements.length; i++) if (!(await traceStatement(run, rels, m, i))) return;
  if (m.tx) {
    const committed = await commitAtEnd(run, m);
    // Code run at COMMIT (a deferred constraint trigger) may leave it off too.
    stopIfStringsOff(run, p.source.file, p.statements.at(-1)?.span.line ?? p.source.startLine, p.migration.id);
    if (!committed) return;
  }
  if (rep.applied === 'not-run') rep.applied = m.traces.some((t) => !t.skipped) || m.traces.length === 0 ? 'applied' : 'skipped';
}

function skipFrom(m: Tracing, from: number, why: string): void {
  for (const st of m.p.statements.slice(from)) m.traces.push({ line: st.span.line, kind: st.kind, durationMs: 0, locks: [], rewrites: [], skipped: why });
}

/** The open transaction ended at `at`: its locks were held until then. */
function endTx(m: Tracing, at: number): void {
  for (const l of m.tx?.locks ?? []) l.rec.heldMs = Math.round(at - l.at);
  m.tx = undefined;
}

function record(run: TraceRun, m: Tracing, trace: StatementTrace): void {
  m.traces.push(trace);
  run.opts.onStatement?.(m.p.migration.id, trace);
}

/** One statement; false when the migration ends here (stopped or failed). */
async function traceStatement(run: TraceRun, rels: Relations, m: Tracing, i: number): Promise<boolean> {
  const st = m.p.statements[i]!;
  const trace: StatementTrace = { line: st.span.line, kind: st.kind, durationMs: 0, locks: [], rewrites: [] };
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
    // Screened out or impossible here: the migration goes on without it.
    trace.skipped = skipped;
    record(run, m, trace);
    return true;
  }
  const started = performance.now();
  try {
    if (txc === 'begin' || txc === 'commit' || txc === 'rollback') {
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

/** The run stopped before statement `i`: roll back what is open and say what did not run. */
async function abandon(run: TraceRun, m: Tracing, i: number): Promise<void> {
  if (m.tx) {
    await run.rollback(m.tx.name);
    endTx(m, performance.now());
  }
  skipFrom(m, i, `not run: ${run.stopped}`);
  if (m.rep.applied === 'not-run' && m.traces.some((t) => !t.skipped)) notFinished(run, m, i);
  else if (m.rep.applied === 'not-run') m.rep.applied = 'skipped';
}

/** The run stopped inside the migration at statement `i`: where the review ended, not a failure of the migration. */
function notFinished(run: TraceRun, m: Tracing, i: number): void {
  m.rep.applied = 'failed';
  m.rep.error = { message: `not finished: ${run.stopped}`, line: m.p.statements[i]!.span.line };
  m.rep.couldNotVerify = `the review stopped before the migration finished: ${run.stopped}`;
}

/**
 * A call cut short because the total time limit ran out (every call's limit is capped by what is left
 * of it), not by a limit of its own: the review ran out of time there, which says nothing of the
 * statement. The run stops.
 */
function cutByTotalLimit(run: TraceRun, e: unknown): boolean {
  if (!(e instanceof QueryTimeoutError) || run.remaining() > 0) return false;
  run.stop(`the total time limit (${run.opts.totalTimeoutMs} ms) was reached`);
  return true;
}

/** Why a statement is not executed (screening refusal, an extension the engine lacks, a url-engine limit), or undefined. */
export function skipReason(run: TraceRun, st: Statement, plan: Plan | undefined, noTx: string | undefined): string | undefined {
  if (plan?.skip) return plan.skip;
  if (st.kind === 'CreateExtensionStmt' && !run.env.available.has(st.node?.extname) && !plan?.sql) return `extension "${st.node?.extname}" is not available on this engine`;
  if (run.rollbackOnly && noTx) return `${noTx}; on the url engine everything runs in a transaction that is rolled back`;
  return undefined;
}

/** The file's own BEGIN, COMMIT or ROLLBACK passes through (savepoints on the url engine). */
async function passTransactionControl(run: TraceRun, m: Tracing, st: Statement, txc: 'begin' | 'commit' | 'rollback', trace: StatementTrace): Promise<void> {
  if (txc === 'begin') {
    if (run.rollbackOnly) {
      m.tx = { name: await run.begin(), byRunner: false, locks: [] };
      trace.skipped = 'BEGIN replaced by a savepoint (url engine: everything is rolled back)';
    } else {
      await run.conn.exec(st.sql, { timeoutMs: run.limit() });
      m.tx = { name: '', byRunner: false, locks: [] };
    }
    return;
  }
  const name = m.tx?.name ?? '';
  if (run.rollbackOnly) {
    if (m.tx) await (txc === 'commit' ? run.commit(name) : run.rollback(name));
    trace.skipped = `${txc.toUpperCase()} replaced by a savepoint release (url engine: everything is rolled back)`;
  } else await run.conn.exec(st.sql, { timeoutMs: run.limit() });
  endTx(m, performance.now());
  m.held = new Set();
}

/** Run statement `i` in the transaction it belongs to and read its locks and rewrites. */
async function executeStatement(
  run: TraceRun,
  rels: Relations,
  m: Tracing,
  i: number,
  plan: Plan | undefined,
  noTx: string | undefined,
  trace: StatementTrace,
  started: number,
): Promise<void> {
  const st = m.p.statements[i]!;
  // A runner that runs such statements apart (Supabase CLI ≥ 2.109) commits what came before,
  // runs the statement bare, and opens a new transaction for the rest of the file.
  let reopenAfter = false;
  if (noTx && m.tx?.byRunner && m.p.migration.nonTransactionalApart) {
    await run.commit(m.tx.name);
    endTx(m, performance.now());
    m.held = new Set();
    reopenAfter = i < m.p.statements.length - 1;
  }
  // Autocommit statements get a transaction of ours so their locks can be read before commit;
  // statements Postgres refuses in a transaction run bare, and their locks stay unseen.
  const wrappedHere = !m.tx && !noTx;
  if (wrappedHere) {
    m.own = await run.begin();
    m.held = new Set();
  }
  // Asked inside the statement's transaction, so what earlier statements did is seen.
  const noOp = await liveNoOp(run.conn, st, run.limit(30_000));
  if (noOp) trace.noOp = noOp;
  const t = performance.now();
  const results = await execChanged(run, m.p.source.file, st, plan, trace, !!m.tx || wrappedHere);
  trace.durationMs = performance.now() - t;
  run.noteRan(plan);
  const last = results[results.length - 1];
  if (last?.affectedRows != null) trace.rowsAffected = last.affectedRows;
  await observe(run, rels, m, trace, started, wrappedHere);
  if (wrappedHere) {
    await run.commit(m.own!);
    m.own = undefined;
    const end = performance.now();
    for (const l of trace.locks) l.heldMs = Math.round(end - started);
  }
  record(run, m, trace);
  if (reopenAfter) m.tx = { name: await run.begin(), byRunner: true, locks: [] };
}

/** Locks (inside a transaction) and rewrites of the statement that just ran. */
async function observe(run: TraceRun, rels: Relations, m: Tracing, trace: StatementTrace, started: number, wrappedHere: boolean): Promise<void> {
  if (m.tx || wrappedHere) {
    const { locks, now } = await sampleLocks(run.conn, rels, m.held, run.limit(30_000));
    for (const rec of locks) {
      trace.locks.push(rec);
      m.tx?.locks.push({ rec, at: started });
      if (wrappedHere) rec.heldMs = 0; // set at commit
    }
    trace.rewrites = rels.advance(now);
  } else {
    trace.locksObserved = false;
    trace.rewrites = rels.advance(await readRelations(run.conn, rels.seen(), run.limit(30_000)));
  }
}

/**
 * Whether code of the pull request left standard_conforming_strings off since the last look (every
 * call turns it back on first, so nothing was read otherwise than it was screened): then the run
 * stops, at the statement that ran last (`line`). With it off in production the statements after it
 * would be read otherwise than here, so they could not be verified.
 */
function stopIfStringsOff(run: TraceRun, file: string, line: number, migrationId: string): void {
  if (!run.takeStringsOff()) return;
  run.stringsOff ??= { file, line, migrationId };
  run.stop(`${file}:${line} left standard_conforming_strings off, which pgreview's parser cannot follow`);
}

/** Stage "error mapping" for a changed statement: record the error at its line, and stop the file as its tool does. */
async function failStatement(run: TraceRun, m: Tracing, i: number, trace: StatementTrace, e: unknown, started: number): Promise<void> {
  const st = m.p.statements[i]!;
  const { position, ...err } = errorOf(e);
  trace.durationMs = performance.now() - started;
  const cut = cutByTotalLimit(run, e);
  if (cut) trace.skipped = `not finished: ${run.stopped}`;
  else trace.error = err;
  record(run, m, trace);
  if (cut) notFinished(run, m, i);
  else {
    m.rep.applied = 'failed';
    m.rep.error = { message: err.message, line: lineAt(st.sql, st.span.line, position), detail: err.detail, hint: err.hint };
  }
  if (isDead(e)) {
    run.died = err.message;
  } else {
    // A migration tool stops at the first error and its transaction is rolled back.
    if (m.own !== undefined) await run.rollback(m.own);
    if (m.tx) await run.rollback(m.tx.name);
  }
  m.own = undefined;
  endTx(m, performance.now());
  skipFrom(m, i + 1, cut ? `not run: ${run.stopped}` : `not run: the statement at line ${m.rep.error!.line} failed before it`);
}

/** A runner-opened transaction commits at the end of the file; so does one the file left open. False when COMMIT failed. */
async function commitAtEnd(run: TraceRun, m: Tracing): Promise<boolean> {
  const tx = m.tx!;
  try {
    await run.commit(tx.name);
    endTx(m, performance.now());
    return true;
  } catch (e) {
    const err = errorOf(e);
    const line = m.p.statements[m.p.statements.length - 1]?.span.endLine ?? m.p.source.startLine;
    if (cutByTotalLimit(run, e)) notFinished(run, m, m.p.statements.length - 1);
    else {
      m.rep.applied = 'failed';
      m.rep.error = { message: `COMMIT failed: ${err.message}`, line, detail: err.detail, hint: err.hint };
    }
    await run.rollback(tx.name);
    endTx(m, performance.now());
    if (isDead(e)) run.died = err.message;
    return false;
  }
}
