import { defineRule } from '../src/analysis/rules.js';
import { isBegin, isChange, isEnd, runnerWraps } from './_changes-util.js';
import type { Statement } from '../src/types.js';

export default defineRule({
  id: 'transaction-nesting',
  phase: 'static',
  severity: 'medium',
  category: 'deploy',
  title: 'Transaction control inside a transaction',
  statements: ['TransactionStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'TransactionStmt') return;
    const m = ctx.migration;
    const wraps = runnerWraps(m);
    const allPending = m.transactionMode === 'all-pending';
    const later = ctx.statements.filter((s) => s.index > stmt.index);
    if (isBegin(stmt)) {
      if (wraps && ctx.set.layout === 'supabase' && wholeFileBlock(stmt, ctx.statements)) {
        // The common convention of wrapping every file in BEGIN … COMMIT: harmless for the file's own
        // atomicity under the Supabase CLI; only the CLI's history row moves out of the transaction.
        ctx.report({
          stmt,
          object: stmt.file,
          severity: 'low',
          message:
            'The Supabase CLI already runs this file in a transaction, together with the row it adds to supabase_migrations.schema_migrations. ' +
            "This file's BEGIN … COMMIT wraps all of its statements, so the file itself stays atomic; its COMMIT ends the CLI's transaction early, and the history row is inserted after that COMMIT, on its own. " +
            'If that insert failed, the migration would be applied but not recorded, and the next `supabase db push` would run it again.',
          fix: { description: 'Optional: remove BEGIN and COMMIT; the CLI already makes the file atomic and records it in the same transaction.' },
        });
        return;
      }
      if (wraps) {
        const end = later.find(isEnd);
        const after = end ? later.filter((s) => s.index > end.index).length : 0;
        const rollback = end?.node.kind === 'TRANS_STMT_ROLLBACK';
        ctx.report({
          stmt,
          object: stmt.file,
          // Ending the runner's transaction matters most when it holds other migrations too.
          severity: end && (allPending || after > 0 || rollback) ? 'high' : 'medium',
          message:
            `The migration tool already runs this file inside a transaction (${m.transactionNote}). Postgres ignores this BEGIN with a WARNING ("there is already a transaction in progress")` +
            (end
              ? `, and the file's ${rollback ? 'ROLLBACK undoes the work while the tool records the migration as applied' : 'COMMIT then commits the tool\'s transaction early'}: ` +
                (allPending ? 'the tool runs every pending migration in that one transaction, so the migrations before this one are committed here and those after it run without a transaction. ' : '') +
                `${after > 0 ? `the ${after} statement${after === 1 ? '' : 's'} after it and ` : ''}the tool's own bookkeeping then run outside any transaction, so a failure there leaves the migration half-applied, and the tool's COMMIT warns "there is no transaction in progress".`
              : '. It does nothing, but shows the file was written for a different runner.'),
          fix: { description: 'Remove BEGIN and COMMIT from the file: the tool already makes it atomic.' },
        });
      } else if (ctx.tx.explicit) {
        ctx.report({
          stmt,
          object: stmt.file,
          message:
            'This BEGIN is inside a transaction block the file opened earlier: Postgres ignores it with a WARNING ("there is already a transaction in progress"), and the first COMMIT ends the whole block, so the statements between the two COMMITs run without a transaction.',
          fix: { description: 'Use one BEGIN … COMMIT block, or SAVEPOINT / RELEASE SAVEPOINT for a nested unit of work.' },
        });
      }
      return;
    }
    // COMMIT/ROLLBACK without a BEGIN in the file ends the runner's own transaction.
    if (isEnd(stmt) && wraps && !ctx.tx.explicit && ['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK'].includes(stmt.node.kind)) {
      const rollback = stmt.node.kind === 'TRANS_STMT_ROLLBACK';
      const after = later.length;
      ctx.report({
        stmt,
        object: stmt.file,
        severity: rollback || allPending || after > 0 ? 'high' : 'medium',
        message:
          `The migration tool runs this file inside its own transaction (${m.transactionNote}), and this ${rollback ? 'ROLLBACK undoes everything before it while the tool goes on to record the migration as applied' : 'COMMIT commits the tool\'s transaction early'}` +
          (allPending ? ', together with every pending migration before this one' : '') +
          `: ${after > 0 ? 'the statements after it and ' : ''}the tool's bookkeeping then run outside any transaction, and the tool's COMMIT warns "there is no transaction in progress".`,
        fix: { description: `Remove the ${rollback ? 'ROLLBACK' : 'COMMIT'}: the tool commits the migration when it succeeds and rolls it back when it fails.` },
      });
    }
  },
});

/** BEGIN is the file's first statement with effect, and a COMMIT is its last: the whole file is one block. */
function wholeFileBlock(begin: Statement, statements: Statement[]): boolean {
  const before = statements.filter((s) => s.index < begin.index && isChange(s));
  const last = statements[statements.length - 1];
  const ends = statements.filter((s) => s.index > begin.index && isEnd(s));
  return !before.length && ends.length === 1 && ends[0] === last && last.node.kind === 'TRANS_STMT_COMMIT' && !statements.some((s) => s !== begin && isBegin(s));
}
