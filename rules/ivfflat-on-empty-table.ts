import { defineRule } from '../src/analysis/rules.js';
import { defElem, rangeVarName } from '../src/analysis/ast.js';
import { optionNumber } from './_security-util.js';

export default defineRule({
  id: 'ivfflat-on-empty-table',
  phase: 'static',
  severity: 'high',
  category: 'vector',
  title: 'IVFFlat index built on an empty table',
  statements: ['IndexStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'IndexStmt' || String(stmt.node.accessMethod ?? '').toLowerCase() !== 'ivfflat') return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isNew(table)) return;
    const t = ctx.table(table);
    if (!t || t.seeded) return;
    const lists = optionNumber(defElem(stmt.node.options, 'lists'));
    const elem = stmt.node.indexParams?.[0]?.IndexElem;
    const col = elem?.name ?? 'embedding';
    const opclass = (elem?.opclass ?? []).map((o: any) => o?.String?.sval).filter(Boolean).join('.') || 'vector_l2_ops';
    const name = stmt.node.idxname ? `${stmt.node.idxname} ` : '';
    ctx.report({
      stmt,
      object: table.qualified,
      message: `IVFFlat picks its ${lists ?? 100} list centroids from the rows present when the index is built, and ${table.qualified} was created in this same change, so it is empty: the centroids mean nothing, every vector inserted later lands in arbitrary lists, and searches return poor results (low recall) until the index is rebuilt. pgvector's advice is to create an IVFFlat index only after the table has data.`,
      fix: {
        description: 'Use HNSW, which needs no training data, or create the IVFFlat index after loading the data, with lists ≈ rows / 1000 (√rows above a million).',
        sql: `CREATE INDEX ${name}ON ${table.qualified} USING hnsw (${col} ${opclass});`,
      },
    });
  },
});
