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
