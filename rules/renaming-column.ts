import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { ident, isNewColumn, qname } from './_changes-util.js';

export default defineRule({
  id: 'renaming-column',
  phase: 'static',
  severity: 'high',
  category: 'compatibility',
  title: 'RENAME COLUMN on an existing table',
  statements: ['RenameStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'RenameStmt' || stmt.node.renameType !== 'OBJECT_COLUMN') return;
    if (!['OBJECT_TABLE', 'OBJECT_FOREIGN_TABLE'].includes(stmt.node.relationType)) return;
    const table = rangeVarName(stmt.node.relation);
    const from: string | undefined = stmt.node.subname;
    const to: string | undefined = stmt.node.newname;
    if (!table || !from || !to || !ctx.isExisting(table)) return;
    const col = ctx.table(table)?.columns.get(from);
    if (isNewColumn(ctx, col)) return;
    const type = col?.type?.display ?? '<type>';
    const t = qname(table);
    ctx.report({
      stmt,
      location: stmt.node.relation?.location,
      object: `${table.qualified}.${from}`,
      message:
        `Renaming ${table.qualified}.${from} to ${to} breaks the application version that is still running: its queries name ${from} and fail with "column ${from} does not exist" from the commit until the new code is fully rolled out ` +
        `(ORMs select every mapped column, so every query on the table fails, not just those using this column). Views, functions and indexes follow the rename; application SQL, reports and other services do not.`,
      fix: {
        description:
          'Expand and contract: add the new column, keep both in sync (trigger or dual writes), backfill, switch the code to the new name, and drop the old column a release later.',
        sql:
          `ALTER TABLE ${t} ADD COLUMN ${ident(to)} ${type};\n` +
          `-- keep both in sync while old and new code run (or write both from the code)\n` +
          `-- backfill in batches:\nUPDATE ${t} SET ${ident(to)} = ${ident(from)} WHERE ${ident(to)} IS NULL;\n` +
          `-- deploy code that uses ${to}; a release later:\n-- ALTER TABLE ${t} DROP COLUMN ${ident(from)};`,
      },
    });
  },
});
