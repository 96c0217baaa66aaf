import { defineRule } from '../src/engine/rules.js';
import { rangeVarName } from '../src/engine/static-ast.js';

export default defineRule({
  id: 'require-concurrent-index-creation',
  phase: 'static',
  severity: 'high',
  category: 'locking',
  title: 'Index built without CONCURRENTLY on an existing table',
  check(stmt, ctx) {
    if (stmt.kind !== 'IndexStmt' || stmt.node.concurrent) return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    // Partitioned parents cannot be indexed concurrently; that case has its own advice.
    if (ctx.table(table)?.partitioned) return;
    const name = stmt.node.idxname ?? '<index>';
    ctx.report({
      stmt,
      object: table.qualified,
      message: `CREATE INDEX takes a SHARE lock on ${table.qualified} for the whole build: every INSERT, UPDATE and DELETE waits until the index is built, which on a large table is minutes of write downtime.`,
      fix: {
        description: 'Build the index concurrently, outside a transaction; if the build fails, drop the INVALID index it leaves and retry.',
        sql: stmt.sql.replace(/^\s*create\s+(unique\s+)?index\s+/i, (m, u) => `CREATE ${u ? 'UNIQUE ' : ''}INDEX CONCURRENTLY `) + ';',
      },
      evidence: { index: name, lock: 'SHARE' },
    });
  },
});
