// Whether a migration file can fail part-way and leave statements applied, for the runner that runs
// it: the runner's wrapping transaction, the file's own BEGIN … COMMIT, or one multi-statement query
// string (an implicit transaction). Rules (not-idempotent, adding-required-field, migration-failed…)
// and the re-apply probe quote the same reason, so the claim holds for the layout at hand.
import type { Migration, Statement } from '../types.js';

/**
 * The migration tool itself opens a transaction around the file. `transactional` alone is not
 * enough: for runners that wrap nothing ('implicit'/'none'), the planner marks a file that opens its
 * own BEGIN … COMMIT as transactional too.
 */
export function runnerWraps(m: Migration): boolean {
  if (!m.transactional) return false;
  return m.transactionMode === undefined || m.transactionMode === 'per-migration' || m.transactionMode === 'all-pending';
}

/** Statements that only read or set session state: they leave nothing behind if a later one fails. */
const INERT = new Set(['VariableSetStmt', 'VariableShowStmt', 'TransactionStmt', 'ExplainStmt', 'CheckPointStmt', 'ListenStmt', 'UnlistenStmt', 'NotifyStmt', 'DiscardStmt', 'LoadStmt']);

/** A statement that changes the schema or data (a plain SELECT is treated as inert). */
export function isChange(s: Statement): boolean {
  if (INERT.has(s.kind)) return false;
  if (s.kind === 'SelectStmt') return !!s.node.intoClause;
  return true;
}

/**
 * A failure part-way leaves nothing applied: the runner wraps the file, the file wraps itself, or
 * the runner sends a multi-statement file as one simple query (an implicit transaction).
 */
export function isAtomic(m: Migration, statements: Statement[]): boolean {
  if (m.transactional) return true;
  if (m.transactionMode === 'implicit') return statements.length > 1;
  return false;
}

/**
 * Whether a failure part-way can leave this file half-applied, and why, said for the user's runner:
 * rules that warn about partial application (not-idempotent, adding-required-field,
 * migration-failed) quote `why` so the claim holds for the layout at hand.
 */
export function partialApply(m: Migration, statements: Statement[]): { possible: boolean; why: string; end?: Statement } {
  const end = earlyEnd(m, statements);
  if (end) {
    return {
      end,
      possible: true,
      why: `the file's ${end.node.kind === 'TRANS_STMT_ROLLBACK' ? 'ROLLBACK' : 'COMMIT'} at line ${end.span.line} ends the transaction around it early (${m.transactionNote}), so what follows is not in that transaction: a failure there leaves what ran before it applied`,
    };
  }
  if (runnerWraps(m)) {
    return {
      possible: false,
      why:
        m.transactionMode === 'all-pending'
          ? `the runner applies every pending migration in one transaction — ${m.transactionNote}`
          : `the runner wraps the file in one transaction — ${m.transactionNote}`,
    };
  }
  if (m.transactional) return { possible: false, why: 'the file wraps its statements in its own BEGIN … COMMIT' };
  const changes = statements.filter(isChange).length;
  if (changes <= 1) return { possible: false, why: 'the file holds a single statement, which applies completely or not at all' };
  if (m.transactionMode === 'implicit') return { possible: false, why: `the runner sends the file as one query string, which PostgreSQL runs as one implicit transaction — ${m.transactionNote}` };
  return { possible: true, why: `nothing wraps the file in a transaction — ${m.transactionNote} — so a failure leaves the statements before it applied` };
}

/**
 * A COMMIT or ROLLBACK of the file that ends the wrapping transaction (the runner's, or the file's
 * own BEGIN) with changes still after it: those are not in that transaction (transaction-nesting).
 */
function earlyEnd(m: Migration, statements: Statement[]): Statement | undefined {
  if (!m.transactional) return undefined;
  const i = statements.findIndex((s) => s.kind === 'TransactionStmt' && (s.node.kind === 'TRANS_STMT_COMMIT' || s.node.kind === 'TRANS_STMT_ROLLBACK'));
  return i >= 0 && statements.slice(i + 1).some(isChange) ? statements[i] : undefined;
}

/** What a failure at `at` leaves behind, for the runner at hand: "and …" clause for a message. */
export function failureEffect(m: Migration, statements: Statement[], at: Statement): string {
  const p = partialApply(m, statements);
  if (p.end && at.index < p.end.index) return `and nothing of the file stays applied: the transaction around it is still open there, and is rolled back`;
  if (!p.possible) return `and nothing of the file stays applied: ${p.why}`;
  const before = statements.filter((s) => s.index < at.index && isChange(s)).length;
  if (!before) return `at its first change, so nothing stays applied; the ones after it do not run (${m.transactionNote})`;
  return `with the ${before} statement${before === 1 ? '' : 's'} before it already applied, leaving the migration half-applied: ${p.why}`;
}
