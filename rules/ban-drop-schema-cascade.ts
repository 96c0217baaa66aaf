import { defineRule } from '../src/analysis/rules.js';
import { unitOf } from './_changes-util.js';

export default defineRule({
  id: 'ban-drop-schema-cascade',
  phase: 'static',
  severity: 'critical',
  category: 'data-loss',
  title: 'DROP SCHEMA … CASCADE on an existing schema',
  statements: ['DropStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'DropStmt' || stmt.node.removeType !== 'OBJECT_SCHEMA' || stmt.node.behavior !== 'DROP_CASCADE') return;
    const unit = unitOf(ctx.set, ctx.migration);
    for (const obj of stmt.node.objects ?? []) {
      const schema: string | undefined = obj?.String?.sval;
      if (!schema) continue;
      // Created earlier in this review unit: nothing outside the change can depend on it yet.
      if (ctx.model.schemaOrigins.get(schema)?.unit === unit) continue;
      const tables = [...ctx.model.tables.values()].filter((t) => t.schema === schema);
      const inside = tables.length
        ? ` pgreview knows of ${tables.length} table${tables.length === 1 ? '' : 's'} in it (${tables.slice(0, 5).map((t) => t.name).join(', ')}${tables.length > 5 ? ', …' : ''}), all of which go with their data.`
        : ' pgreview does not see what is in it, but CASCADE drops whatever is there.';
      ctx.report({
        stmt,
        object: schema,
        // Nothing known inside and the schema is not known either: still destructive, but less certain.
        severity: tables.length || ctx.model.schemaOrigins.has(schema) || schema === 'public' ? 'critical' : 'high',
        message:
          `DROP SCHEMA ${schema} CASCADE drops every table, view, function, type and sequence in the schema, and also objects elsewhere that depend on them (views, foreign keys, column defaults), without listing them.` +
          inside +
          ' There is no undo short of a backup restore.',
        fix: {
          description:
            'Drop the objects you mean to drop by name, then the schema without CASCADE: Postgres then refuses if anything unexpected is still inside.',
          sql: `-- DROP TABLE ${schema}.<table>; … for each object you mean to remove\nDROP SCHEMA ${schema};`,
        },
      });
    }
  },
});
