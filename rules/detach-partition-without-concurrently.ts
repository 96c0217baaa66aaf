import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { nonTxAdvice, relSql, txHow } from './_locking-util.js';

export default defineRule({
  id: 'detach-partition-without-concurrently',
  phase: 'static',
  severity: 'medium',
  category: 'locking',
  title: 'DETACH PARTITION without CONCURRENTLY',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt' || ctx.settings.pgVersion < 14) return;
    const parent = rangeVarName(stmt.node.relation);
    if (!parent || !ctx.isExisting(parent)) return;
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      const pc = cmd?.def?.PartitionCmd;
      if (cmd?.subtype !== 'AT_DetachPartition' || !pc || pc.concurrent) continue;
      const part = rangeVarName(pc.name);
      if (!part) continue;
      const how = txHow(ctx);
      const parentSql = relSql(parent, stmt.node.relation);
      const partSql = relSql(part, pc.name);
      ctx.report({
        stmt,
        object: part.qualified,
        message:
          `DETACH PARTITION takes an ACCESS EXCLUSIVE lock on the partitioned table ${parent.qualified} (and on ${part.qualified}): it waits for every running query on any partition to finish, ` +
          `and while it waits every new read and write of ${parent.qualified} queues behind it.`,
        fix: {
          description:
            'Detach with CONCURRENTLY (PostgreSQL 14+): it takes only SHARE UPDATE EXCLUSIVE on the parent and waits for running queries instead of blocking new ones. It cannot run inside a transaction block, and it is not allowed while the parent has a DEFAULT partition. If it is interrupted, finish it with DETACH PARTITION … FINALIZE.' +
            (how ? ' ' + nonTxAdvice(ctx, how) : ''),
          sql: `ALTER TABLE ${parentSql} DETACH PARTITION ${partSql} CONCURRENTLY;\n-- only if it was interrupted:\n-- ALTER TABLE ${parentSql} DETACH PARTITION ${partSql} FINALIZE;`,
        },
        evidence: { lock: 'ACCESS EXCLUSIVE', tables: [parent.qualified, part.qualified] },
      });
    }
  },
});
