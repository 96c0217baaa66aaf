import { defineRule } from '../src/analysis/rules.js';
import { listName, type QualifiedName } from '../src/analysis/ast.js';
import { indexTable, ident, nonTxAdvice, txHow } from './_locking-util.js';

export default defineRule({
  id: 'require-concurrent-index-deletion',
  phase: 'static',
  severity: 'medium',
  category: 'locking',
  title: 'Index dropped without CONCURRENTLY on an existing table',
  statements: ['DropStmt'],
  check(stmt, ctx) {
    const n = stmt.node;
    if (stmt.kind !== 'DropStmt' || n.removeType !== 'OBJECT_INDEX' || n.concurrent) return;
    const indexes = (n.objects ?? []).map((o: any) => listName(o?.List?.items)).filter(Boolean) as QualifiedName[];
    const hits: { index: QualifiedName; table?: string }[] = [];
    for (const index of indexes) {
      const table = indexTable(ctx, index);
      if (table && !ctx.isExisting(table)) continue;
      // Indexes of partitioned tables cannot be dropped concurrently: no safer statement to suggest.
      if (table && ctx.table(table)?.partitioned) continue;
      hits.push({ index, table });
    }
    if (!hits.length) return;
    const tables = [...new Set(hits.map((h) => h.table).filter(Boolean))] as string[];
    const on = tables.length ? tables.join(', ') : 'the indexed table';
    const how = txHow(ctx);
    const cascade = n.behavior === 'DROP_CASCADE';
    ctx.report({
      stmt,
      // The index (with its table in the title): several drops on one table stay separate objects.
      object: hits.map((h) => h.index.qualified).join(', '),
      title: `Index ${hits.map((h) => h.index.name).join(', ')}${tables.length ? ` on ${tables.join(', ')}` : ''} dropped without CONCURRENTLY`,
      message:
        `DROP INDEX ${hits.map((h) => h.index.qualified).join(', ')} takes an ACCESS EXCLUSIVE lock on ${on}. The drop itself is quick, but it first waits for every running query on the table to finish, ` +
        `and while it waits every new read and write of the table queues behind it: one long-running query turns into an outage.`,
      fix: {
        description:
          'Drop each index with DROP INDEX CONCURRENTLY (one index per statement, outside a transaction block), which waits for other transactions without blocking them.' +
          (cascade ? ' CONCURRENTLY does not support CASCADE: drop the dependent objects first.' : '') +
          (how ? ' ' + nonTxAdvice(ctx, how) : ''),
        sql: hits
          .map((h) => {
            const name = n.objects && h.index.schema !== 'public' ? `${ident(h.index.schema)}.${ident(h.index.name)}` : ident(h.index.name);
            return `DROP INDEX CONCURRENTLY ${n.missing_ok ? 'IF EXISTS ' : ''}${name};`;
          })
          .join('\n'),
      },
      evidence: { indexes: hits.map((h) => h.index.qualified), lock: 'ACCESS EXCLUSIVE' },
    });
  },
});
