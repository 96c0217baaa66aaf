import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { ident, qname } from './_changes-util.js';

export default defineRule({
  id: 'renaming-table',
  phase: 'static',
  severity: 'high',
  category: 'compatibility',
  title: 'RENAME of an existing table',
  statements: ['RenameStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'RenameStmt' || stmt.node.renameType !== 'OBJECT_TABLE') return;
    const table = rangeVarName(stmt.node.relation);
    const newName: string | undefined = stmt.node.newname;
    if (!table || !newName || !ctx.isExisting(table)) return;
    const renamed = { schema: table.schema, name: newName };
    // Rename plus a compatibility view under the old name, later in the same file: old code keeps working.
    // Same for a rebuild: rename away, create a new table under the old name, copy the rows over.
    const view = ctx.statements.some(
      (s) =>
        s.index > stmt.index &&
        ((s.kind === 'ViewStmt' && rangeVarName(s.node.view)?.qualified === table.qualified) ||
          (s.kind === 'CreateStmt' && rangeVarName(s.node.relation)?.qualified === table.qualified)),
    );
    if (view) return;
    const rls = ctx.table(table)?.rls;
    // A view over one table is auto-updatable: old code keeps reading and writing through it.
    // security_invoker (PG 15+) keeps the table's RLS policies in force for callers of the view.
    const invoker = ctx.settings.pgVersion >= 15 ? ' WITH (security_invoker = true)' : '';
    ctx.report({
      stmt,
      location: stmt.node.relation?.location,
      object: table.qualified,
      message:
        `Renaming ${table.qualified} to ${newName} breaks every query of the application version that is still running: from the commit on, its statements fail with "relation ${table.name} does not exist" until the new code is fully rolled out ` +
        `(and prepared statements, views in other tools, BI queries and cron jobs that use the old name break for good). The rename is instant but waits for an ACCESS EXCLUSIVE lock on the table.`,
      fix: {
        description:
          `Rename and leave a view under the old name in the same migration: a view over a single table is automatically updatable, so old code keeps reading and writing through it. Drop the view once no deployed code uses the old name.` +
          (rls && !invoker ? ' Careful: before PostgreSQL 15 a view runs with its owner\'s rights and bypasses the table\'s row level security.' : ''),
        sql: `ALTER TABLE ${qname(table)} RENAME TO ${ident(newName)};\nCREATE VIEW ${qname(table)}${invoker} AS SELECT * FROM ${qname(renamed)};\n-- a release later:\n-- DROP VIEW ${qname(table)};`,
      },
    });
  },
});
