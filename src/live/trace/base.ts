// Stage "base history": the merged migrations as whole files (fast), statement by statement when some
// are refused or rewritten, and — since that history ran in production — what the review engine
// cannot run becomes an environment gap instead of a failure.
import type { EnvironmentGap, MigrationReport, ParsedSource, Statement } from '../../types.js';
import { DbError, EngineDeadError, QueryTimeoutError } from '../../engines/database.js';
import { cannotRunInTransaction, transactionControl } from '../../sql/transaction.js';
import { errorOf, gapCause, isDead, lineAt, migrationError, resumeAt, withResume } from './errors.js';
import type { TraceRun } from './run.js';
import { hasOwnTransaction, isTransactionControl, runnerWraps } from './transactions.js';
import type { Plan } from './types.js';

/** A migration's report before it runs. */
export function newReport(p: ParsedSource): MigrationReport {
  return {
    id: p.migration.id,
    file: p.source.file,
    status: p.migration.status,
    transactional: p.migration.transactional,
    statements: p.statements.length,
    applied: 'not-run',
    locks: [],
    rewrites: [],
  };
}

/** The migration tool's own history table, created as the migration role before the base history. */
export async function setUpRunnerTable(run: TraceRun): Promise<void> {
  const setup = run.opts.runnerSetup;
  if (!setup || !run.applyBase || run.stopped) return;
  await run.conn.exec(setup.sql, { timeoutMs: run.limit(30_000) }).catch((e) =>
    run.gaps.push({ migrationId: '', file: '(migration tool)', line: 1, kind: 'RunnerSetup', message: errorOf(e).message, cause: `the runner's table ${setup.table} could not be created (${errorOf(e).message})` }),
  );
}

/**
 * Base migrations as whole files. Without `reports` each gets a new report in `run.migrations`; with
 * them (a replay after a restart) only those that applied before run again, and nothing is recorded.
 */
export async function applyBaseHistory(run: TraceRun, reports?: MigrationReport[]): Promise<void> {
  const bases = run.parsed.filter((p) => p.migration.status === 'base');
  for (let i = 0; i < bases.length; i++) {
    const p = bases[i]!;
    const rep = reports ? reports[i]! : newReport(p);
    if (!reports) run.migrations.push(rep);
    if (!run.applyBase) {
      rep.applied = 'skipped';
      continue;
    }
    if (run.stopped) continue;
    if (reports && rep.applied !== 'applied') continue; // replay after a restart: what applied before
    if (run.remaining() <= 0) {
      run.stop(`the total time limit (${run.opts.totalTimeoutMs} ms) was reached while applying base migrations`);
      continue;
    }
    if (p.error && run.opts.screen !== false) {
      rep.applied = 'failed';
      rep.error = { message: `not executed: it cannot be parsed (${p.error.message}), so it cannot be screened`, line: p.error.line };
      continue;
    }
    const s = performance.now();
    await applyBaseFile(run, p, rep, reports !== undefined);
    rep.durationMs = performance.now() - s;
    // A file that left standard_conforming_strings off (turned back on before the next call, so the
    // next files are read as they were screened) is named: an info finding.
    if (run.takeStringsOff() && !reports) run.baseStringsOff.push(p);
    await run.resetSession(p);
  }
}

async function applyBaseFile(run: TraceRun, p: ParsedSource, rep: MigrationReport, replaying: boolean): Promise<void> {
  const timeout = run.limit(run.opts.statementTimeoutMs * Math.max(1, p.statements.length));
  try {
    await applyWhole(run, p, timeout, replaying ? undefined : (plan) => run.noteRan(plan));
    rep.applied = 'applied';
  } catch (e) {
    if (rep.applied !== 'applied' && !isDead(e) && !run.rollbackOnly && !p.error && run.conn.alive && run.remaining() > 0) {
      // Merged history ran in production: what fails here is the engine's gap, not the history's.
      // Replay the file statement by statement, leave out what fails (recorded) and go on. A
      // statement that needs more than the migration role (event triggers, FDWs) runs alone as
      // the superuser: retrying the whole file so would leave all its objects (schemas the later
      // migrations create in) owned by the superuser, and the migration role locked out of them.
      await applyBaseStatements(run, p, rep, replaying, resumeAt(e));
    }
    if (rep.applied !== 'applied') {
      rep.applied = 'failed';
      rep.error ??= migrationError(e, p.source.text, p.source.startLine);
      if (isDead(e)) run.stop(`the engine stopped: ${errorOf(e).message}`);
    }
  }
}

/**
 * A base file statement by statement from `from`, each in its own transaction (so one that fails
 * leaves the others), as the migration role and, on a privilege error, as the superuser. Failures
 * become gaps.
 */
export async function applyBaseStatements(run: TraceRun, p: ParsedSource, rep: MigrationReport, replaying: boolean, from: number): Promise<void> {
  let ran = from;
  const here: EnvironmentGap[] = [];
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
      ...(d.code ? { code: d.code } : {}),
      cause: gapCause(st, d, run.env.available, run.gaps.length + here.length > 0),
    });
    if (isDead(failed.error)) {
      run.stop(`the engine stopped: ${d.message}`);
      break;
    }
  }
  if (!replaying) run.gaps.push(...here);
  rep.gaps = here.length;
  if (ran > 0 || here.length === 0) rep.applied = 'applied';
  if (here.length) rep.error = { message: here[0]!.message, line: here[0]!.line };
}

/** One base statement as the migration role and, when that is denied, alone as the superuser; the error it ends with, if any. */
async function runBaseStatement(run: TraceRun, p: ParsedSource, st: Statement, plan: Plan | undefined, replaying: boolean): Promise<{ error: unknown } | undefined> {
  const sql = plan?.sql ?? st.sql;
  try {
    await run.conn.exec(sql, { timeoutMs: run.limit() });
    if (!replaying) run.noteRan(plan);
    return undefined;
  } catch (e) {
    if (isDead(e) || !run.role || DbError.from(e).code !== '42501' || !run.main.alive) return { error: e };
    try {
      await run.asSuperuser();
      await run.main.exec(sql, { timeoutMs: run.limit() });
      if (!replaying) {
        run.noteRan(plan);
        run.superuser.push(`${p.source.file}:${st.span.line} (base) ran as superuser: as ${run.role} it failed with "${DbError.from(e).message}"`);
      }
      return undefined;
    } catch (e2) {
      return { error: e2 };
    } finally {
      await run.asRole().catch(() => undefined);
    }
  }
}

/** A base migration as one round trip when Postgres allows it; statement by statement otherwise. */
export async function applyWhole(run: TraceRun, p: ParsedSource, timeoutMs: number, onRan?: (plan: Plan | undefined) => void): Promise<void> {
  const stmts: Statement[] = p.statements;
  const planned = stmts.some((s) => run.plans.has(s));
  const ownTx = hasOwnTransaction(stmts);
  // A multi-statement query string is one implicit transaction: CONCURRENTLY and friends refuse it.
  // An 'implicit' multi-statement file is sent as one string by its tool too: keep it whole, so a
  // CONCURRENTLY inside fails here as it will there.
  const implicitWhole = p.migration.transactionMode === 'implicit' && stmts.length > 1;
  const needsSplit =
    !p.error &&
    (planned || (run.rollbackOnly && ownTx) || (!implicitWhole && stmts.some((s) => cannotRunInTransaction(s.kind, s.node, run.env.versionNum))));
  if (needsSplit) await applyOneByOne(run, p, timeoutMs, ownTx, onRan);
  else await applyAsOneString(run, p, timeoutMs, ownTx, implicitWhole, onRan);
}

async function applyAsOneString(run: TraceRun, p: ParsedSource, timeoutMs: number, ownTx: boolean, implicitWhole: boolean, onRan?: (plan: Plan | undefined) => void): Promise<void> {
  const db = run.conn;
  const stmts = p.statements;
  const wrap = run.rollbackOnly || (!implicitWhole && runnerWraps(p.migration, stmts.length, ownTx));
  const name = wrap ? await run.begin() : '';
  try {
    await db.exec(p.source.text, { timeoutMs });
    if (wrap) await run.commit(name);
    for (const s of stmts) onRan?.(run.plans.get(s));
  } catch (e) {
    if (wrap) await run.rollback(name);
    else if (ownTx && db.alive && !run.rollbackOnly) {
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
}

async function applyOneByOne(run: TraceRun, p: ParsedSource, timeoutMs: number, ownTx: boolean, onRan?: (plan: Plan | undefined) => void): Promise<void> {
  const db = run.conn;
  const stmts = p.statements;
  const deadline = Date.now() + timeoutMs;
  const wrap = run.rollbackOnly || runnerWraps(p.migration, stmts.length, ownTx);
  const name = wrap ? await run.begin() : '';
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
        // Report the position within the file rather than within the statement.
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
    else if (db.alive && !run.rollbackOnly) await db.query('rollback').catch(() => undefined);
    // Without the runner's transaction the statements before the failing one stay applied.
    throw wrap ? e : withResume(e, at);
  }
}
