import { defineRule } from '../src/analysis/rules.js';
import { listName, rangeVarName } from '../src/analysis/ast.js';
import { hasOption, nonTxAdvice, txHow } from './_locking-util.js';
import type { Statement } from '../src/types.js';

/** The CONCURRENTLY statement's name for the error message, or undefined. */
function concurrentKind(stmt: Statement): string | undefined {
  const n = stmt.node;
  switch (stmt.kind) {
    case 'IndexStmt':
      return n.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
    case 'DropStmt':
      return n.concurrent && n.removeType === 'OBJECT_INDEX' ? 'DROP INDEX CONCURRENTLY' : undefined;
    case 'ReindexStmt':
      return hasOption(n.params, 'concurrently') ? 'REINDEX CONCURRENTLY' : undefined;
    case 'AlterTableStmt':
      return (n.cmds ?? []).some((c: any) => c?.AlterTableCmd?.subtype === 'AT_DetachPartition' && c.AlterTableCmd.def?.PartitionCmd?.concurrent)
        ? 'ALTER TABLE … DETACH PARTITION … CONCURRENTLY'
        : undefined;
    default:
      return undefined;
  }
}

export default defineRule({
  id: 'concurrently-in-transaction',
  phase: 'static',
  severity: 'critical',
  category: 'deploy',
  title: 'CONCURRENTLY inside a transaction block',
  statements: ['IndexStmt', 'DropStmt', 'ReindexStmt', 'AlterTableStmt'],
  check(stmt, ctx) {
    const kind = concurrentKind(stmt);
    if (!kind) return;
    const how = txHow(ctx);
    if (!how) return;
    const errorName = kind.startsWith('ALTER TABLE') ? 'ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY' : kind;
    const why =
      how === 'explicit'
        ? 'it sits inside the BEGIN … COMMIT block written in the file'
        : how === 'implicit'
          ? `the runner sends this ${ctx.statements.length}-statement file as one query string, which PostgreSQL runs as one implicit transaction`
          : `the runner wraps the migration in a transaction (${ctx.migration.transactionNote})`;
    // Supabase CLI v2.109+ pulls such statements out of the file's transaction itself.
    const supabaseHandles = how === 'wrapped' && ctx.set.layout === 'supabase';
    const n = stmt.node;
    const rel = rangeVarName(n.relation);
    const object =
      stmt.kind === 'IndexStmt'
        ? rel && (n.idxname ? `${rel.schema}.${n.idxname}` : rel.qualified)
        : stmt.kind === 'DropStmt'
          ? listName(n.objects?.[0]?.List?.items)?.qualified
          : rel?.qualified;
    ctx.report({
      stmt,
      object,
      severity: supabaseHandles ? 'low' : undefined,
      message: supabaseHandles
        ? `${kind} cannot run inside a transaction block. Supabase CLI v2.109 and later run it on its own, outside the migration's transaction; older CLIs (and other tools applying these files) fail with "${errorName} cannot run inside a transaction block".`
        : `${kind} cannot run inside a transaction block, and ${why}: the deploy fails with "${errorName} cannot run inside a transaction block"` +
          (how === 'explicit' || ctx.statements.length > 1 ? ', after the statements before it may have run (or been rolled back, depending on the runner).' : '.'),
      fix: { description: nonTxAdvice(ctx, how) },
      evidence: { transaction: how, note: ctx.migration.transactionNote },
    });
  },
});
