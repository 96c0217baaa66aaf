import { defineRule } from '../src/analysis/rules.js';
import { isBegin, isEnd, runnerWraps } from './_changes-util.js';

export default defineRule({
  id: 'uncommitted-transaction',
  phase: 'static',
  severity: 'high',
  category: 'deploy',
  title: 'BEGIN without COMMIT',
  statements: ['TransactionStmt'],
  check(stmt, ctx) {
    if (!isBegin(stmt)) return;
    // Inside the runner's transaction the BEGIN is a no-op (transaction-nesting reports it).
    if (runnerWraps(ctx.migration)) return;
    // Only the first BEGIN of a block counts: a nested one is transaction-nesting's.
    if (ctx.tx.explicit) return;
    if (ctx.statements.some((s) => s.index > stmt.index && isEnd(s))) return;
    const oneQuery = ctx.migration.transactionMode === 'implicit';
    ctx.report({
      stmt,
      object: stmt.file,
      message:
        'The file opens a transaction and never commits it. ' +
        (oneQuery
          ? 'The tool sends the file as one query, so the connection is left "idle in transaction", holding every lock the migration took (an ACCESS EXCLUSIVE lock blocks all use of the table) until the tool closes it, and closing it rolls the whole migration back; whatever the tool runs next on that connection joins the open transaction.'
          : 'When psql (or any client) reaches the end of the file it disconnects, and the server rolls the open transaction back: none of the migration is applied, with no error, while the tool may record it as done. Until then the locks the migration took are held.'),
      fix: { description: 'End the block with COMMIT; at the end of the file.', sql: 'COMMIT;' },
    });
  },
});
