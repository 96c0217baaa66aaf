import { defineRule } from '../src/analysis/rules.js';
import type { ColumnInfo, TableInfo } from '../src/analysis/schema-model.js';

const ID_TYPES = new Set(['uuid', 'int4', 'int8', 'int2', 'integer', 'bigint', 'text', 'varchar', 'serial', 'bigserial']);
const TYPE_TYPES = new Set(['text', 'varchar', 'bpchar', 'char', 'citext']);

function pairs(table: TableInfo, enums: Set<string>): { prefix: string; type: ColumnInfo; id: ColumnInfo }[] {
  const out: { prefix: string; type: ColumnInfo; id: ColumnInfo }[] = [];
  for (const col of table.columns.values()) {
    const m = /^(.+)_(type|kind|model|table)$/.exec(col.name);
    if (!m) continue;
    const prefix = m[1]!;
    const id = table.columns.get(`${prefix}_id`);
    if (!id) continue;
    // <table>_id + <table>_type on the table itself: its own key and its own kind, not a reference.
    const single = (cols: string[]) => cols.length === 1 && cols[0] === id.name;
    if ((table.primaryKey && single(table.primaryKey)) || table.indexes.some((i) => i.unique && !i.partial && single(i.columns))) continue;
    const stem = table.name.toLowerCase().replace(/(ies|es|s)$/, '');
    if (stem.startsWith(prefix.toLowerCase()) || prefix.toLowerCase().startsWith(stem)) continue;
    const idType = id.type?.name;
    const tType = col.type?.name;
    if (idType && (!ID_TYPES.has(idType) || id.type!.array)) continue;
    if (tType && !TYPE_TYPES.has(tType) && !enums.has(tType)) continue;
    out.push({ prefix, type: col, id });
  }
  return out;
}

export default defineRule({
  id: 'polymorphic-association',
  phase: 'static',
  severity: 'medium',
  category: 'integrity',
  title: 'Polymorphic reference without a foreign key',
  finish(ctx) {
    const enums = new Set([...ctx.model.enums.keys()].map((k) => k.split('.').pop()!));
    for (const table of ctx.model.tables.values()) {
      if (table.kind !== 'table') continue;
      for (const p of pairs(table, enums)) {
        if (p.type.origin.phase !== 'pr' && p.id.origin.phase !== 'pr') continue;
        if (table.foreignKeys.some((fk) => fk.columns.includes(p.id.name))) continue;
        const later = p.type.origin.statement.index >= p.id.origin.statement.index && p.type.origin.migrationId === p.id.origin.migrationId ? p.type : p.id;
        const origin = p.type.origin.phase === 'pr' && p.id.origin.phase === 'pr' ? later.origin : p.type.origin.phase === 'pr' ? p.type.origin : p.id.origin;
        ctx.report({
          stmt: origin.statement,
          object: `${table.qualified}.${p.id.name}`,
          message: `${table.qualified} points at other rows through ${p.type.name} + ${p.id.name} (a polymorphic reference): no foreign key can cover ${p.id.name}, so nothing stops it naming a row that does not exist, and deleting the referenced row leaves orphans behind. Joins also need the type in every query, and the planner cannot use the relationship.`,
          fix: {
            description: `Prefer one nullable foreign key column per target table with a CHECK that exactly one is set; if the polymorphic pair must stay, validate ${p.id.name} with a trigger on insert/update and clean up with triggers on the targets.`,
            // The target tables are examples (posts, comments): commented out, so the fix SQL applies as written.
            sql: `-- one column per target instead of ${p.type.name}/${p.id.name}; e.g. when ${p.type.name} is 'post' or 'comment':\n-- ALTER TABLE ${table.qualified}\n--   ADD COLUMN post_id ${p.id.type?.display ?? 'uuid'} REFERENCES public.posts (id) ON DELETE CASCADE,\n--   ADD COLUMN comment_id ${p.id.type?.display ?? 'uuid'} REFERENCES public.comments (id) ON DELETE CASCADE,\n--   ADD CONSTRAINT ${table.name}_one_${p.prefix} CHECK (num_nonnulls(post_id, comment_id) = 1);`,
          },
        });
      }
    }
  },
});
