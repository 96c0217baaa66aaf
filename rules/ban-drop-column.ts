import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { ident, isNewColumn, qname } from './_changes-util.js';

export default defineRule({
  id: 'ban-drop-column',
  phase: 'static',
  severity: 'high',
  category: 'data-loss',
  title: 'DROP COLUMN on an existing table',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt' || (stmt.node.objtype ?? 'OBJECT_TABLE') !== 'OBJECT_TABLE') return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    const info = ctx.table(table);
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (cmd?.subtype !== 'AT_DropColumn' || !cmd.name) continue;
      const col = info?.columns.get(cmd.name);
      // Added earlier in this review unit: no deployed code reads it yet.
      if (isNewColumn(ctx, col)) continue;
      // DROP COLUMN IF EXISTS of a column the model knows is gone: a no-op.
      if (info && !col && cmd.missing_ok && info.origin.phase === 'base') continue;
      const object = `${table.qualified}.${cmd.name}`;
      ctx.report({
        stmt,
        location: stmt.node.relation?.location,
        object,
        message:
          `DROP COLUMN deletes ${object} and its data for good. During a rolling deploy the old application version is still running and still names the column in SELECT, INSERT and UPDATE statements ` +
          `(ORMs list every column they know), so its queries fail with "column does not exist" until the last old instance is gone. The drop itself is quick (the space is reclaimed later) but waits for an ACCESS EXCLUSIVE lock on ${table.qualified}.`,
        fix: {
          description:
            'Drop in two releases: first deploy code that no longer reads or writes the column (tell the ORM to ignore it), then drop it in a later migration, after a backup if the data matters.',
          sql: `-- a release after the code stopped using it:\nALTER TABLE ${qname(table)} DROP COLUMN ${ident(cmd.name)};`,
        },
      });
    }
  },
});
