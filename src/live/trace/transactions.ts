// What the migration tool does about transactions for one file.
import type { ParsedSource, Statement } from '../../types.js';
import { transactionControl } from '../../sql/transaction.js';

/** BEGIN, COMMIT or ROLLBACK (and their synonyms): a statement that opens or ends a transaction. */
export function isTransactionControl(st: Pick<Statement, 'kind' | 'node'>): boolean {
  const t = transactionControl(st.kind, st.node);
  return t === 'begin' || t === 'commit' || t === 'rollback';
}

/** The file manages its own transaction. */
export function hasOwnTransaction(statements: Statement[]): boolean {
  return statements.some(isTransactionControl);
}

// Whether the runner wraps a file in a transaction is the migration tool's semantics (the static rules
// use it too): it lives with the runners.
export { runnerWraps } from '../../migrations/runner.js';
