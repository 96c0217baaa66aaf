import { defineRule } from '../src/analysis/rules.js';
import { annIndexes, columnsOf, isTable, placeFor, schemaOf, SYSTEM_SCHEMAS, vectorType } from './_live-util.js';

// pgvector's HNSW and IVFFlat limits: vector up to 2,000 dimensions, halfvec up to 4,000.
const LIMIT: Record<string, number> = { vector: 2000, halfvec: 4000 };

export default defineRule({
  id: 'vector-column-not-indexable',
  phase: 'live',
  severity: 'medium',
  category: 'vector',
  title: 'Vector column that HNSW and IVFFlat cannot index',
  check(ctx) {
    const ann = annIndexes(ctx.after);
    const columns = Object.keys(ctx.after.relations)
      .filter((t) => isTable(ctx.after, t) && !SYSTEM_SCHEMAS.has(schemaOf(t)))
      .flatMap((table) => columnsOf(ctx.after, table).map((c) => ({ table, column: c.name, key: c.key })));
    for (const { table, column, key } of columns) {
      const col = ctx.after.columns[key]!;
      const v = vectorType(col.type);
      if (!v || !(v.base in LIMIT)) continue;
      if (ctx.before.columns[key]?.type === col.type) continue; // old debt
      if (ann.some((i) => i.table === table && i.column === column)) continue; // indexed somehow (e.g. a halfvec expression)
      const limit = LIMIT[v.base]!;
      if (v.dims != null && v.dims <= limit) continue;
      const noDims = v.dims == null;
      ctx.report({
        ...placeFor(ctx, key),
        object: key,
        message: noDims
          ? `${key} is declared ${col.type} without a dimension. HNSW and IVFFlat refuse to index such a column ("column does not have dimensions"), so similarity searches on it will always scan the whole table, and rows of different dimensions can be mixed in it, which makes distance queries fail at run time.`
          : `${key} is ${col.type}: ${v.dims} dimensions is more than pgvector's HNSW and IVFFlat can index for ${v.base} (${limit}). Creating an ANN index on it fails, so similarity searches will always scan the whole table.`,
        fix: noDims
          ? { description: 'Declare the dimension of the embedding model you store.', sql: `ALTER TABLE ${table} ALTER COLUMN ${column} TYPE ${v.base}(1536); -- the model's dimension` }
          : {
              description: `Index a half-precision expression (halfvec supports up to 4,000 dimensions), and query with the same cast; or reduce dimensions (e.g. OpenAI's dimensions parameter).`,
              sql: `CREATE INDEX ON ${table} USING hnsw ((${column}::halfvec(${v.dims})) halfvec_cosine_ops);\n-- query: ORDER BY ${column}::halfvec(${v.dims}) <=> $1::halfvec(${v.dims})`,
            },
        evidence: { column: key, type: col.type, dimensions: v.dims ?? null, indexLimit: limit },
      });
    }
  },
});
