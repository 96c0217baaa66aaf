import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { indexConstraintHits, nonTxAdvice, txHow } from './_locking-util.js';

export default defineRule({
  id: 'disallowed-unique-constraint',
  phase: 'static',
  severity: 'high',
  category: 'locking',
  title: 'UNIQUE constraint builds its index under ACCESS EXCLUSIVE',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt' || stmt.node.objtype !== 'OBJECT_TABLE') return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    const partitioned = !!ctx.table(table)?.partitioned;
    const how = txHow(ctx);
    for (const hit of indexConstraintHits(stmt, 'CONSTR_UNIQUE', table)) {
      ctx.report({
        stmt,
        location: hit.location,
        object: `${table.qualified}.${hit.name}`,
        message:
          `${hit.viaColumn ? `ADD COLUMN ${hit.viaColumn} … UNIQUE` : 'ADD CONSTRAINT … UNIQUE'} builds a unique index over every row of ${table.qualified} while holding an ACCESS EXCLUSIVE lock: ` +
          `every read and write of the table waits until the index is built, which on a large table is minutes.`,
        fix: partitioned
          ? {
              description:
                'On a partitioned table neither CONCURRENTLY nor USING INDEX works on the parent. On each partition, build the index with CREATE UNIQUE INDEX CONCURRENTLY and promote it with ALTER TABLE <partition> ADD CONSTRAINT … UNIQUE USING INDEX (a brief lock); then adding the constraint to the parent attaches those constraints instead of building new indexes under the lock.',
            }
          : {
              description:
                'Build the unique index first with CREATE UNIQUE INDEX CONCURRENTLY (outside a transaction block; reads and writes continue), then turn it into the constraint with ADD CONSTRAINT … UNIQUE USING INDEX, which only needs a brief lock.' +
                (how ? ' ' + nonTxAdvice(ctx, how) : ''),
              sql: hit.sql,
            },
        evidence: { lock: 'ACCESS EXCLUSIVE', columns: hit.columns },
      });
    }
  },
});
