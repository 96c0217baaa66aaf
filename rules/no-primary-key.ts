import { defineRule } from '../src/analysis/rules.js';
import { SYSTEM_SCHEMAS } from './_security-util.js';

export default defineRule({
  id: 'no-primary-key',
  phase: 'static',
  severity: 'medium',
  category: 'integrity',
  title: 'Table without a primary key',
  finish(ctx) {
    for (const table of ctx.model.tables.values()) {
      if (table.kind !== 'table' || !ctx.createdInReview(table) || table.primaryKey) continue;
      if (SYSTEM_SCHEMAS.has(table.schema)) continue;
      const stmt = table.origin.statement;
      if (stmt.kind !== 'CreateStmt') continue; // CREATE TABLE AS: usually a snapshot or scratch copy
      const n = stmt.node;
      if (n.relation?.relpersistence === 't' || n.partbound || n.inhRelations?.length) continue; // temp tables, partitions, children
      // A unique key on NOT NULL columns is a key in all but name: still worth declaring, but minor.
      const naturalKey = table.indexes.find(
        (i) => i.unique && !i.partial && i.columns.length > 0 && i.columns.every((c) => table.columns.get(c)?.notNull),
      );
      ctx.report({
        stmt,
        object: table.qualified,
        severity: naturalKey ? 'low' : undefined,
        message: naturalKey
          ? `${table.qualified} has no primary key, only a unique key on (${naturalKey.columns.join(', ')}). Declare it as the primary key: in a publication (logical replication, Supabase Realtime) UPDATE and DELETE fail on a table without a primary key unless REPLICA IDENTITY is set by hand, and ORMs and admin tools look for it.`
          : `${table.qualified} has no primary key: duplicate rows cannot be told apart or removed cleanly, once it is in a publication (logical replication, Supabase Realtime) every UPDATE and DELETE on it fails, and ORMs and admin tools need one to edit rows.`,
        fix: {
          description: naturalKey ? 'Make the unique key the primary key.' : 'Add a primary key column.',
          sql: naturalKey
            ? `ALTER TABLE ${table.qualified} ADD PRIMARY KEY (${naturalKey.columns.join(', ')});`
            : `ALTER TABLE ${table.qualified} ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY;`,
        },
      });
    }
  },
});
