import { defineRule } from '../src/analysis/rules.js';
import type { Statement } from '../src/types.js';
import { annIndexes, lastPart, OPCLASS_OPERATOR, placeFor, type AnnIndex } from './_live-util.js';

const OPS = '<=>|<->|<#>|<\\+>|<~>|<%>';
const NAMES: Record<string, string> = { '<->': 'L2 distance', '<=>': 'cosine distance', '<#>': 'negative inner product', '<+>': 'L1 distance', '<~>': 'Hamming distance', '<%>': 'Jaccard distance' };
const OPCLASS_FOR: Record<string, string> = Object.fromEntries(Object.entries(OPCLASS_OPERATOR).map(([k, op]) => [op, k]));
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineRule({
  id: 'vector-index-operator-mismatch',
  phase: 'live',
  severity: 'medium',
  category: 'vector',
  title: 'Vector search uses a distance operator no index serves',
  check(ctx) {
    const indexes = annIndexes(ctx.after);
    const byColumn = new Map<string, AnnIndex[]>();
    for (const i of indexes) byColumn.set(`${i.table}\u0000${i.column}`, [...(byColumn.get(`${i.table}\u0000${i.column}`) ?? []), i]);
    const ups = ctx.sources.filter((s) => s.direction === 'up');
    for (const [key, idxs] of byColumn) {
      const [table, column] = key.split('\u0000') as [string, string];
      const rel = lastPart(table);
      const col = esc(column);
      const usage = new RegExp(`(?:[\\w"]+\\.)?"?\\b${col}\\b"?\\s*(${OPS})|(${OPS})\\s*\\(?\\s*(?:[\\w"]+\\.)?"?\\b${col}\\b`, 'g');
      const mentionsTable = new RegExp(`\\b${esc(rel)}\\b`, 'i');
      const uses: { stmt: Statement; op: string; changed: boolean }[] = [];
      for (const src of ups) {
        for (const stmt of src.statements) {
          if (stmt.kind === 'IndexStmt' || !mentionsTable.test(stmt.sql)) continue;
          for (const m of stmt.sql.matchAll(usage)) uses.push({ stmt, op: m[1] ?? m[2]!, changed: src.migration.status !== 'base' });
        }
      }
      if (!uses.length) continue;
      const served = new Set(idxs.map((i) => i.operator));
      const unserved = uses.filter((u) => !served.has(u.op));
      if (!unserved.length || unserved.length < uses.length) continue; // some query can use an index
      const newIndex = idxs.find((i) => !(i.name in ctx.before.indexes));
      const changedUse = unserved.find((u) => u.changed);
      if (!newIndex && !changedUse) continue; // old debt
      const ops = [...new Set(unserved.map((u) => u.op))];
      const place = changedUse ? { stmt: changedUse.stmt } : placeFor(ctx, newIndex!.name);
      const i0 = idxs[0]!;
      const wanted = i0.opclass.replace(/_(l2|ip|cosine|l1|hamming|jaccard)_ops$/, `_${OPCLASS_FOR[ops[0]!] ?? 'cosine'}_ops`);
      ctx.report({
        ...place,
        object: `${table}.${column}`,
        message: `${table}.${column} is searched with ${ops.map((o) => `${o} (${NAMES[o]})`).join(', ')} (${unserved.length === 1 ? 'the query at' : 'queries at'} ${[...new Set(unserved.map((u) => `${u.stmt.file}:${u.stmt.span.line}`))].join(', ')}), but its ${idxs.map((i) => `${i.method.toUpperCase()} index ${i.name} uses ${i.opclass} (${i.operator})`).join('; ')}. An ANN index only serves the operator of its operator class, so the planner ignores it and every similarity search reads the whole table.`,
        fix: {
          description: `Build the index with the operator class of the operator the queries use (or change the queries to ${i0.operator}).`,
          sql: `CREATE INDEX CONCURRENTLY ON ${table} USING ${i0.method} (${i0.expression ? column : column} ${wanted});\nDROP INDEX CONCURRENTLY ${i0.name};`,
        },
        evidence: { column: `${table}.${column}`, indexes: idxs.map((i) => ({ name: i.name, method: i.method, opclass: i.opclass, operator: i.operator })), operatorsUsed: ops },
      });
    }
  },
});
