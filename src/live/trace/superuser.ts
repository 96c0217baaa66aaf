// Stage "denied statement": a changed statement the migration role may not run (SQLSTATE 42501) —
// DISABLE/ENABLE TRIGGER ALL on a table with foreign keys, SET session_replication_role —
// runs on a self-hosted setup, where the tool connects as a superuser or the owner. On the plain
// preset it is retried as the superuser, alone and inside the same transaction (a savepoint), the
// way the base history already is (base.ts). On managed platforms (Supabase, Neon) the migration
// role is not a superuser there either, so the denial stands.
import type { Statement, StatementTrace } from '../../types.js';
import { DbError, type QueryResult } from '../../engines/database.js';
import { isDead } from './errors.js';
import { selfHosted } from '../platform.js';
import { ident, type TraceRun } from './run.js';
import type { Plan } from './types.js';


/**
 * What may be retried: statements that run no code of the pull request and leave nothing behind that
 * later runs as the superuser. Not ALTER TABLE in general (a column default, a USING or a CHECK would
 * call PR functions as the superuser), not event triggers (they would fire on the superuser's own DDL
 * later in the review), not role or session statements.
 */
const TRIGGER_SWITCHES = new Set([
  'AT_EnableTrig',
  'AT_EnableAlwaysTrig',
  'AT_EnableReplicaTrig',
  'AT_EnableTrigAll',
  'AT_EnableTrigUser',
  'AT_DisableTrig',
  'AT_DisableTrigAll',
  'AT_DisableTrigUser',
]);
const RETRYABLE_SETTINGS = new Set(['session_replication_role']);
const SAVEPOINT = 'pgreview_denied';
const RUNNER_FN = 'pgreview_admin.run_denied_statement';

/** Whether a changed statement the migration role is denied may be retried as the superuser. */
export function mayRetryAsSuperuser(run: TraceRun, st: Statement, plan: Plan | undefined): boolean {
  if (!run.role || run.rollbackOnly || !selfHosted(run.opts.preset)) return false;
  // Screened-out statements never run at all; planned ones already go through the allow-listed path.
  if (plan?.skip || plan?.sql) return false;
  if (st.kind === 'VariableSetStmt') return RETRYABLE_SETTINGS.has(String(st.node?.name ?? ''));
  const cmds: any[] = st.kind === 'AlterTableStmt' ? (st.node?.cmds ?? []) : [];
  return cmds.length > 0 && cmds.every((c) => TRIGGER_SWITCHES.has(c?.AlterTableCmd?.subtype));
}

/**
 * Run a changed statement as the migration role and, when that is denied and `mayRetryAsSuperuser`
 * allows it, again as the superuser; records that in `trace.asSuperuser` and `run.superuser`.
 * `inTx`: a transaction is open, so the denied attempt is undone to a savepoint instead of aborting it.
 */
export async function execChanged(run: TraceRun, file: string, st: Statement, plan: Plan | undefined, trace: StatementTrace, inTx: boolean): Promise<QueryResult[]> {
  const sql = plan?.sql ?? st.sql;
  if (!mayRetryAsSuperuser(run, st, plan)) return run.conn.exec(sql, { timeoutMs: run.limit() });
  if (inTx) await run.conn.query(`savepoint ${SAVEPOINT}`, undefined, { timeoutMs: run.limit(30_000) });
  let denied: DbError;
  try {
    const results = await run.conn.exec(sql, { timeoutMs: run.limit() });
    if (inTx) await run.conn.query(`release savepoint ${SAVEPOINT}`, undefined, { timeoutMs: run.limit(30_000) });
    return results;
  } catch (e) {
    if (isDead(e) || DbError.from(e).code !== '42501' || !run.main.alive) throw e;
    denied = DbError.from(e);
  }
  if (inTx) await run.conn.query(`rollback to savepoint ${SAVEPOINT}`, undefined, { timeoutMs: run.limit(30_000) });
  try {
    await runAsSuperuser(run, sql);
  } catch (e2) {
    // Undo what the superuser attempt left (on PGlite also its session switch), then fail as the tool would.
    if (inTx && run.conn.alive) await run.conn.query(`rollback to savepoint ${SAVEPOINT}`, undefined, { timeoutMs: run.limit(30_000) }).catch(() => undefined);
    await run.asRole().catch(() => undefined);
    throw e2;
  }
  if (inTx) await run.conn.query(`release savepoint ${SAVEPOINT}`, undefined, { timeoutMs: run.limit(30_000) });
  trace.asSuperuser = { role: run.role, error: denied.message };
  run.superuser.push(`${file}:${st.span.line} ran as superuser: as ${run.role} it failed with "${denied.message}"`);
  return [];
}

/**
 * The statement as the superuser, in the migration role's transaction. PGlite (one connection): switch
 * the session authorization around it. Own login (local, docker): a SECURITY DEFINER function the
 * role may call only for this one statement, dropped right after.
 */
async function runAsSuperuser(run: TraceRun, sql: string): Promise<void> {
  if (run.sessionAuth) {
    await run.asSuperuser();
    await run.main.exec(sql, { timeoutMs: run.limit() });
    await run.asRole();
    return;
  }
  await run.main.exec(
    `create or replace function ${RUNNER_FN}(statement text) returns void language plpgsql security definer as $fn$ begin execute statement; end $fn$;
     revoke all on function ${RUNNER_FN}(text) from public; grant execute on function ${RUNNER_FN}(text) to ${ident(run.role)}`,
    { timeoutMs: run.limit(30_000) },
  );
  try {
    await run.conn.query(`select ${RUNNER_FN}($1)`, [sql], { timeoutMs: run.limit() });
  } finally {
    await run.main.exec(`drop function if exists ${RUNNER_FN}(text)`, { timeoutMs: run.limit(30_000) }).catch(() => undefined);
  }
}
