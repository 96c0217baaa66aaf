import { defineRule } from '../src/analysis/rules.js';
import { listName, rangeVarName, walk } from '../src/analysis/ast.js';
import { ident, qname } from './_changes-util.js';

export default defineRule({
  id: 'ban-drop-table',
  phase: 'static',
  severity: 'high',
  category: 'data-loss',
  title: 'DROP TABLE on an existing table',
  statements: ['DropStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'DropStmt' || stmt.node.removeType !== 'OBJECT_TABLE') return;
    for (const obj of stmt.node.objects ?? []) {
      const table = listName(obj?.List?.items);
      if (!table || !ctx.isExisting(table)) continue;
      const info = ctx.table(table);
      const earlier = ctx.statements.filter((s) => s.index < stmt.index);
      // The rebuild pattern: rename the old table away, create its replacement, copy the rows, drop the old one.
      const renamedHere = earlier.some(
        (s) => s.kind === 'RenameStmt' && s.node.renameType === 'OBJECT_TABLE' && s.node.newname === table.name && (rangeVarName(s.node.relation)?.schema ?? 'public') === table.schema,
      );
      const copiedInto = earlier
        .filter((s) => s.kind === 'InsertStmt' && readsTable(s.node.selectStmt, table.qualified))
        .map((s) => rangeVarName(s.node.relation)?.qualified)
        .filter((q): q is string => !!q && q !== table.qualified);
      if (renamedHere && copiedInto.length) continue;
      const referencing = [...ctx.model.tables.values()]
        .filter((t) => t.qualified !== table.qualified && t.foreignKeys.some((f) => f.refTable === table.qualified))
        .map((t) => t.qualified);
      const cascade = stmt.node.behavior === 'DROP_CASCADE';
      const known = info ? '' : ' (pgreview does not see where it was created, so it assumes the table exists)';
      // IF EXISTS on a table the history never created: likely cleanup of leftovers, possibly a no-op.
      const severity = copiedInto.length || (!info && stmt.node.missing_ok) ? 'medium' : undefined;
      ctx.report({
        stmt,
        object: table.qualified,
        message:
          `DROP TABLE deletes ${table.qualified} and every row in it${known}; there is no undo short of a backup restore. ` +
          `Application code that is still deployed and reads or writes it fails with "relation does not exist" from the moment the migration commits, which in a rolling deploy is before the new code is live.` +
          (cascade && referencing.length ? ` CASCADE also drops the foreign keys of ${referencing.join(', ')}.` : '') +
          ` The drop itself waits for an ACCESS EXCLUSIVE lock on the table${referencing.length ? ' and locks the tables whose foreign keys point at it' : ''}.` +
          (copiedInto.length ? ` The migration copies rows from it into ${copiedInto.join(', ')} first: check that every column and row you need went with them.` : ''),
        severity,
        fix: {
          description:
            'Drop in two releases: first deploy code that no longer uses the table (optionally rename it so stray readers fail loudly and the data is still there), take a backup, then drop it in a later migration.',
          sql: (() => {
            const old = { schema: table.schema, name: `${table.name.slice(0, 50)}_deprecated` };
            return `-- migration 1, once no deployed code uses the table: keep the data\nALTER TABLE ${qname(table)} RENAME TO ${ident(old.name)};\n-- migration 2, a release later and after a backup:\nDROP TABLE ${qname(old)};`;
          })(),
        },
      });
    }
  },
});

/** A SELECT (or any sub-part of it) reads the table. */
function readsTable(select: any, qualified: string): boolean {
  let found = false;
  walk(select, (key, value) => {
    if (key === 'RangeVar' && rangeVarName(value)?.qualified === qualified) found = true;
  });
  return found;
}
