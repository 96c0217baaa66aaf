import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';

/** The index's name, or the one PostgreSQL gives an unnamed index (table_columns_idx, "expr" for expressions; before truncation to 63 bytes). */
export function indexName(n: any, table: string): string {
  if (n.idxname) return n.idxname;
  const cols = (n.indexParams ?? []).map((p: any) => p?.IndexElem?.name ?? 'expr');
  return `${table}_${cols.join('_')}_${n.unique ? 'key' : 'idx'}`;
}

export default defineRule({
  id: 'require-concurrent-index-creation',
  phase: 'static',
  severity: 'high',
  category: 'locking',
  title: 'Index built without CONCURRENTLY on an existing table',
  statements: ['IndexStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'IndexStmt' || stmt.node.concurrent) return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    // Partitioned parents cannot be indexed concurrently; that case has its own advice.
    if (ctx.table(table)?.partitioned) return;
    const name = indexName(stmt.node, table.name);
    ctx.report({
      stmt,
      // The index, qualified by its table's schema: two findings on one table stay two objects.
      object: `${table.schema}.${name}`,
      title: `Index ${name} on ${table.qualified} built without CONCURRENTLY`,
      message: `CREATE INDEX ${name} takes a SHARE lock on ${table.qualified} for the whole build: every INSERT, UPDATE and DELETE waits until the index is built, which on a large table is minutes of write downtime.`,
      fix: {
        description: 'Build the index concurrently, outside a transaction; if the build fails, drop the INVALID index it leaves and retry.',
        sql: stmt.sql.replace(/^\s*create\s+(unique\s+)?index\s+/i, (m, u) => `CREATE ${u ? 'UNIQUE ' : ''}INDEX CONCURRENTLY `) + ';',
      },
      evidence: { index: name, table: table.qualified, lock: 'SHARE' },
    });
  },
});
