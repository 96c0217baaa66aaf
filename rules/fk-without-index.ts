import { defineRule } from '../src/analysis/rules.js';
import type { IndexInfo } from '../src/analysis/schema-model.js';
import { ident } from './_security-util.js';

/** An index whose leading columns are exactly the FK columns (in any order) serves the FK's lookups. */
function covers(index: IndexInfo, cols: string[]): boolean {
  if (index.partial || cols.length === 0) return false;
  if (index.method !== 'btree' && !(index.method === 'hash' && cols.length === 1)) return false;
  const lead = index.columns.slice(0, cols.length);
  return lead.length === cols.length && cols.every((c) => lead.includes(c));
}

export default defineRule({
  id: 'fk-without-index',
  phase: 'static',
  severity: 'medium',
  category: 'performance',
  title: 'Foreign key without an index on the referencing columns',
  finish(ctx) {
    for (const table of ctx.model.tables.values()) {
      if (table.kind !== 'table') continue;
      const node = table.origin.statement.node;
      if (table.origin.statement.kind === 'CreateStmt' && node?.partbound) continue; // partitions inherit the parent's indexes
      for (const fk of table.foreignKeys) {
        if (fk.origin.phase !== 'pr') continue;
        if (table.indexes.some((i) => covers(i, fk.columns))) continue;
        const cols = fk.columns.join(', ');
        const newTable = ctx.createdInReview(table);
        const idxName = `${table.name}_${fk.columns.join('_')}_idx`.slice(0, 63);
        ctx.report({
          stmt: fk.origin.statement,
          location: fk.location,
          object: `${table.qualified}.${fk.columns.join(',')}`,
          message: `The foreign key ${table.qualified} (${cols}) → ${fk.refTable} has no index whose leading column${fk.columns.length > 1 ? 's are' : ' is'} (${cols}). Every DELETE or key UPDATE on ${fk.refTable} must find the referencing rows, so without one it scans all of ${table.qualified}, once per parent row, while holding its locks; joins from ${fk.refTable} to ${table.qualified} scan it too (Supabase lint unindexed_foreign_keys).`,
          fix: {
            description: newTable
              ? 'Index the referencing columns in the same migration.'
              : 'Index the referencing columns; on a table in use, build it concurrently outside a transaction.',
            sql: `CREATE INDEX ${newTable ? '' : 'CONCURRENTLY '}${ident(idxName)} ON ${table.qualified} (${fk.columns.map(ident).join(', ')});`,
          },
        });
      }
    }
  },
});
