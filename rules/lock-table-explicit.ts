import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName, type QualifiedName } from '../src/analysis/ast.js';
import { txHow } from './_locking-util.js';

const MODES: Record<number, string> = { 7: 'EXCLUSIVE', 8: 'ACCESS EXCLUSIVE' };

export default defineRule({
  id: 'lock-table-explicit',
  phase: 'static',
  severity: 'medium',
  category: 'locking',
  title: 'Explicit LOCK TABLE in EXCLUSIVE or ACCESS EXCLUSIVE mode',
  statements: ['LockStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'LockStmt') return;
    const mode = MODES[stmt.node.mode ?? 8];
    if (!mode) return;
    const rels = (stmt.node.relations ?? []).map((r: any) => rangeVarName(r?.RangeVar)).filter(Boolean) as QualifiedName[];
    const existing = rels.filter((r) => ctx.isExisting(r));
    if (!existing.length) return;
    const names = existing.map((r) => r.qualified).join(', ');
    const how = txHow(ctx);
    if (!how) {
      ctx.report({
        stmt,
        object: existing[0]!.qualified,
        severity: 'critical',
        message: `LOCK TABLE can only be used in a transaction block, and this migration does not run in one: the deploy fails with "LOCK TABLE can only be used in transaction blocks".`,
        fix: { description: 'Wrap the statements that need the lock in BEGIN … COMMIT, or remove the LOCK: the DDL that follows takes the locks it needs by itself.' },
      });
      return;
    }
    const blocked = mode === 'ACCESS EXCLUSIVE' ? 'every read and write' : 'every write (reads continue)';
    ctx.report({
      stmt,
      object: existing[0]!.qualified,
      message:
        `LOCK TABLE … IN ${mode} MODE on ${names} blocks ${blocked} of ${existing.length > 1 ? 'these tables' : 'the table'} until the migration's transaction commits, through every statement that follows it` +
        (ctx.tx.lockTimeout ? '.' : `, and without a lock_timeout it first waits behind every running transaction on the table while new queries queue behind it.`),
      fix: {
        description:
          'Remove the LOCK unless it is there to fix the lock order across several tables (to avoid deadlocks); the DDL that follows takes the locks it needs. If it stays, set a short lock_timeout before it, keep the rest of the transaction short (no data backfills under the lock), and take the weakest mode that works (SHARE ROW EXCLUSIVE blocks writes but not reads).',
        sql: ctx.tx.lockTimeout ? undefined : `SET LOCAL lock_timeout = '5s';\n${stmt.sql};`,
      },
      evidence: { lock: mode, tables: existing.map((r) => r.qualified) },
    });
  },
});
