import { defineRule } from '../src/analysis/rules.js';
import { placeFor } from './_live-util.js';

export default defineRule({
  id: 'invalid-index',
  phase: 'live',
  severity: 'high',
  category: 'deploy',
  title: 'Index left INVALID',
  check(ctx) {
    for (const [name, idx] of Object.entries(ctx.after.indexes)) {
      if (idx.valid) continue;
      const before = ctx.before.indexes[name];
      if (before && !before.valid) continue; // old debt
      ctx.report({
        ...placeFor(ctx, name),
        object: name,
        message: `After the migrations, ${name} on ${idx.table} is INVALID (pg_index.indisvalid = false): a CREATE INDEX CONCURRENTLY (or REINDEX CONCURRENTLY) failed part way. The planner never uses it, yet every write to ${idx.table} still maintains it${idx.unique ? ', and as a UNIQUE index it still rejects duplicates' : ''}. A re-run with IF NOT EXISTS silently keeps the broken index.`,
        fix: {
          description: 'Drop the invalid index and build it again once the cause (usually duplicate values or a deadlock/timeout) is fixed.',
          sql: `DROP INDEX CONCURRENTLY IF EXISTS ${name};\n${idx.definition.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX CONCURRENTLY ')};`,
        },
        evidence: { index: name, table: idx.table, definition: idx.definition, valid: false },
      });
    }
  },
});
