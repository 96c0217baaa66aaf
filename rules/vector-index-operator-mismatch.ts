import { defineRule, type LiveContext } from '../src/analysis/rules.js';
import type { Statement } from '../src/types.js';
import { statementQueries } from '../src/analysis/embedded-sql.js';
import { operatorUses, type HasColumn } from '../src/analysis/operator-uses.js';
import { annIndexes, OPCLASS_OPERATOR, placeFor, splitName, type AnnIndex } from './_live-util.js';
import { ident, qident } from './_security-util.js';

const NAMES: Record<string, string> = { '<->': 'L2 distance', '<=>': 'cosine distance', '<#>': 'negative inner product', '<+>': 'L1 distance', '<~>': 'Hamming distance', '<%>': 'Jaccard distance' };
const OPS = new Set(Object.keys(NAMES));
/** A statement whose text has none of the operators has no use of them: its bodies need not be parsed. */
const MAY_USE = /<=>|<->|<#>|<\+>|<~>|<%>/;
const OPCLASS_FOR: Record<string, string> = Object.fromEntries(Object.entries(OPCLASS_OPERATOR).map(([k, op]) => [op, k]));
const IDENTIFIER = /^(?:[a-z_][a-z0-9_$]*|"(?:[^"]|"")+")$/;

interface Use {
  stmt: Statement;
  op: string;
  changed: boolean;
  /** The query may apply it to another relation's column of the same name (an unqualified name it cannot resolve). */
  maybe: boolean;
}

/**
 * What an index serves searches on, as a key: its column, or the cast of its column it is built on
 * (`((embedding)::halfvec(3))`); undefined for any other expression, which no use is matched to.
 */
function indexKey(i: AnnIndex): string | undefined {
  if (!i.expression) return `${i.table}\u0000${splitName(i.target)[0]}\u0000`;
  const m = /^\(\((.+)\)::(.+)\)$/.exec(i.target);
  if (!m || !IDENTIFIER.test(m[1]!)) return undefined;
  const type = splitName(m[2]!.replace(/\s+/g, ''));
  return `${i.table}\u0000${splitName(m[1]!)[0]}\u0000${type[type.length - 1]}`;
}

/**
 * The uses of the distance operators in the migrations' up statements (the statement, a SQL body,
 * each query of a PL/pgSQL body), by the key of what they search: the table's column, or a cast of
 * it. A column is the one its query's FROM clause resolves it to (src/analysis/operator-uses.ts).
 */
function distanceUses(ctx: LiveContext): Map<string, Use[]> {
  const after = ctx.after;
  const hasColumn: HasColumn = (rel, column) => {
    const table = qident(rel);
    return table in after.relations ? `${table}.${ident(column)}` in after.columns : undefined;
  };
  const out = new Map<string, Use[]>();
  const add = (key: string, use: Use) => (out.get(key) ?? out.set(key, []).get(key)!).push(use);
  for (const src of ctx.sources) {
    if (src.direction !== 'up') continue;
    const changed = src.migration.status !== 'base';
    for (const stmt of src.statements) {
      if (stmt.kind === 'IndexStmt' || !MAY_USE.test(stmt.sql)) continue;
      for (const q of statementQueries(stmt)) {
        for (const u of operatorUses(q.kind, q.node, OPS, hasColumn, q.variables)) {
          const what = `\u0000${u.column}\u0000${u.cast ?? ''}`;
          if (u.table) add(qident(u.table) + what, { stmt, op: u.op, changed, maybe: false });
          for (const t of u.maybe ?? []) add(qident(t) + what, { stmt, op: u.op, changed, maybe: true });
        }
      }
    }
  }
  return out;
}

export default defineRule({
  id: 'vector-index-operator-mismatch',
  phase: 'live',
  severity: 'medium',
  category: 'vector',
  title: 'Vector search uses a distance operator no index serves',
  check(ctx) {
    const byKey = new Map<string, AnnIndex[]>();
    for (const i of annIndexes(ctx.after)) {
      const key = indexKey(i);
      if (key) byKey.set(key, [...(byKey.get(key) ?? []), i]);
    }
    if (!byKey.size) return;
    const usesOf = distanceUses(ctx);
    for (const [key, idxs] of byKey) {
      const [table, column] = key.split('\u0000') as [string, string];
      const all = usesOf.get(key) ?? [];
      const uses = all.filter((u) => !u.maybe);
      if (!uses.length) continue;
      const served = new Set(idxs.map((i) => i.operator));
      const unserved = uses.filter((u) => !served.has(u.op));
      if (!unserved.length || unserved.length < uses.length) continue; // some query can use an index
      if (all.some((u) => u.maybe && served.has(u.op))) continue; // a query that may search this column can use one
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
          sql: `CREATE INDEX CONCURRENTLY ON ${table} USING ${i0.method} (${i0.target} ${wanted});\nDROP INDEX CONCURRENTLY ${i0.name};`,
        },
        evidence: { column: `${table}.${column}`, indexes: idxs.map((i) => ({ name: i.name, method: i.method, opclass: i.opclass, operator: i.operator })), operatorsUsed: ops },
      });
    }
  },
});
