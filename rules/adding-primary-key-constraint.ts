import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { indexConstraintHits, nonTxAdvice, txHow } from './_locking-util.js';

export default defineRule({
  id: 'adding-primary-key-constraint',
  phase: 'static',
  severity: 'high',
  category: 'locking',
  title: 'PRIMARY KEY builds its index under ACCESS EXCLUSIVE',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt' || stmt.node.objtype !== 'OBJECT_TABLE') return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    const info = ctx.table(table);
    const how = txHow(ctx);
    for (const hit of indexConstraintHits(stmt, 'CONSTR_PRIMARY', table)) {
      const nullable = hit.viaColumn ? [] : hit.columns.filter((c) => info?.columns.get(c) && !info.columns.get(c)!.notNull);
      ctx.report({
        stmt,
        location: hit.location,
        object: `${table.qualified}.${hit.name}`,
        message:
          `${hit.viaColumn ? `ADD COLUMN ${hit.viaColumn} … PRIMARY KEY` : 'ADD PRIMARY KEY'} builds a unique index over every row of ${table.qualified} while holding an ACCESS EXCLUSIVE lock` +
          (nullable.length ? `, and first scans the table to make ${nullable.join(', ')} NOT NULL` : '') +
          `: every read and write of the table waits until it is done, which on a large table is minutes.`,
        fix: info?.partitioned
          ? {
              description:
                'On a partitioned table neither CONCURRENTLY nor USING INDEX works on the parent. On each partition, build the index with CREATE UNIQUE INDEX CONCURRENTLY and promote it with ALTER TABLE <partition> ADD CONSTRAINT … PRIMARY KEY USING INDEX (a brief lock); then adding the constraint to the parent attaches those constraints instead of building new indexes under the lock.',
            }
          : {
              description:
                'Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (outside a transaction block; reads and writes continue), then promote it with ADD CONSTRAINT … PRIMARY KEY USING INDEX, which only needs a brief lock.' +
                (nullable.length
                  ? ` The key columns must already be NOT NULL, or the promotion scans the table under the lock: make ${nullable.join(', ')} NOT NULL first through a validated CHECK (see setting-not-null-field).`
                  : '') +
                (how ? ' ' + nonTxAdvice(ctx, how) : ''),
              sql: hit.sql,
            },
        evidence: { lock: 'ACCESS EXCLUSIVE', columns: hit.columns },
      });
    }
  },
});
