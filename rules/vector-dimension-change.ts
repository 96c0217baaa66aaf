import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName, typeInfo } from '../src/analysis/ast.js';

const VECTOR_TYPES = new Set(['vector', 'halfvec', 'sparsevec', 'bit']);

export default defineRule({
  id: 'vector-dimension-change',
  phase: 'static',
  severity: 'high',
  category: 'vector',
  title: 'Vector column changes dimensions',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt') return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    const t = ctx.table(table);
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (cmd?.subtype !== 'AT_AlterColumnType') continue;
      const next = typeInfo(cmd.def?.ColumnDef?.typeName);
      if (!next || !VECTOR_TYPES.has(next.name) || next.name === 'bit' || next.mods.length === 0) continue;
      const prev = t?.columns.get(cmd.name)?.type;
      if (prev && !VECTOR_TYPES.has(prev.name)) continue; // text → vector etc.: a different conversion
      if (prev && prev.name === next.name && prev.mods[0] === next.mods[0]) continue;
      const dims = next.mods[0]!;
      const from = prev ? prev.display : 'its current type';
      const indexes = (t?.indexes ?? []).filter((i) => i.columns.includes(cmd.name) && ['hnsw', 'ivfflat'].includes(i.method));
      ctx.report({
        stmt,
        object: `${table.qualified}.${cmd.name}`,
        message: `${table.qualified}.${cmd.name} changes from ${from} to ${next.display}: every stored embedding of another length fails the cast ("expected ${dims} dimensions"), so the migration errors on a populated table; when it does succeed, the table is rewritten under an ACCESS EXCLUSIVE lock and ${indexes.length ? `the vector index${indexes.length > 1 ? 'es' : ''} ${indexes.map((i) => i.name ?? '').join(', ')} must be rebuilt` : 'any vector index on it is rebuilt'}. Embeddings from a different model are not comparable anyway: they have to be regenerated, not cast.`,
        fix: {
          description: 'Add a new column for the new model, backfill it by re-embedding in batches, build its index concurrently, switch reads over, then drop the old column in a later migration.',
          sql: `ALTER TABLE ${table.qualified} ADD COLUMN ${cmd.name}_${dims} ${next.display};\n-- re-embed rows into ${cmd.name}_${dims} in batches, then:\nCREATE INDEX CONCURRENTLY ON ${table.qualified} USING hnsw (${cmd.name}_${dims} vector_cosine_ops);`,
        },
      });
    }
  },
});
