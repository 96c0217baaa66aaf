import { defineRule } from '../src/analysis/rules.js';
import { columnConstraints, isSerial, rangeVarName, typeInfo } from '../src/analysis/ast.js';
import type { Statement } from '../src/types.js';
import { alterSql, ident, inPlaceOf, isNullConst, relSql } from './_locking-util.js';
import { failureEffect } from './_changes-util.js';

/** TRUNCATE t, or DELETE FROM t without WHERE, earlier in the migration: the table is empty here. */
function emptiedEarlier(stmts: Statement[], stmt: Statement, table: string): boolean {
  const first = emptiedAt(stmts).get(table);
  if (first === undefined) return false;
  const pos = stmts[stmt.index] === stmt ? stmt.index : stmts.indexOf(stmt);
  return pos < 0 || first < pos;
}

/** Per source, once: the first position where each table is emptied (files can hold 100,000 statements). */
const emptied = new WeakMap<Statement[], Map<string, number>>();
function emptiedAt(stmts: Statement[]): Map<string, number> {
  let m = emptied.get(stmts);
  if (m) return m;
  m = new Map();
  stmts.forEach((s, i) => {
    const tables =
      s.kind === 'TruncateStmt'
        ? (s.node.relations ?? []).map((r: any) => rangeVarName(r?.RangeVar)?.qualified)
        : s.kind === 'DeleteStmt' && !s.node.whereClause
          ? [rangeVarName(s.node.relation)?.qualified]
          : [];
    for (const t of tables) if (t && !m!.has(t)) m!.set(t, i);
  });
  emptied.set(stmts, m);
  return m;
}

/** ADD COLUMN … NOT NULL or PRIMARY KEY: the only subcommands the check below reports on. */
function addsNotNullColumn(c: any): boolean {
  const cmd = c?.AlterTableCmd;
  const col = cmd?.subtype === 'AT_AddColumn' ? cmd.def?.ColumnDef : undefined;
  return !!col?.colname && columnConstraints(col).some((x) => x.contype === 'CONSTR_NOTNULL' || x.contype === 'CONSTR_PRIMARY');
}

export default defineRule({
  id: 'adding-required-field',
  phase: 'static',
  severity: 'high',
  category: 'deploy',
  title: 'NOT NULL column added without a default',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt' || stmt.node.objtype !== 'OBJECT_TABLE') return;
    // Most ALTER TABLEs add no NOT NULL column: they need neither the table's state nor the file's TRUNCATEs.
    if (!(stmt.node.cmds ?? []).some(addsNotNullColumn)) return;
    const table = rangeVarName(stmt.node.relation);
    if (!table) return;
    const info = ctx.table(table);
    // A table created in this review is empty, unless the migrations inserted rows into it.
    const seeded = ctx.isNew(table) && !!info?.seeded;
    if (!ctx.isExisting(table) && !seeded) return;
    if (emptiedEarlier(ctx.statements, stmt, table.qualified)) return;
    const tableSql = relSql(table, stmt.node.relation);
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      const col = cmd?.def?.ColumnDef;
      if (cmd?.subtype !== 'AT_AddColumn' || !col?.colname) continue;
      const cons = columnConstraints(col);
      const notNull = cons.find((x) => x.contype === 'CONSTR_NOTNULL' || x.contype === 'CONSTR_PRIMARY');
      if (!notNull) continue;
      const def = cons.find((x) => x.contype === 'CONSTR_DEFAULT')?.raw_expr;
      const nullDefault = isNullConst(def);
      if ((def && !nullDefault) || cons.some((x) => x.contype === 'CONSTR_IDENTITY' || x.contype === 'CONSTR_GENERATED')) continue;
      if (isSerial(typeInfo(col.typeName))) continue;
      const name: string = col.colname;
      const nullable = alterSql(
        stmt,
        inPlaceOf(stmt, cmd, [
          {
            AlterTableCmd: {
              ...cmd,
              def: { ColumnDef: { ...col, constraints: (col.constraints ?? []).filter((x: any) => !['CONSTR_NOTNULL', 'CONSTR_PRIMARY', 'CONSTR_DEFAULT'].includes(x?.Constraint?.contype)) } },
            },
          },
        ]),
      );
      const pk = notNull.contype === 'CONSTR_PRIMARY';
      ctx.report({
        stmt,
        location: col.location,
        object: `${table.qualified}.${name}`,
        severity: seeded ? 'critical' : undefined,
        message:
          `ADD COLUMN ${name} … ${pk ? 'PRIMARY KEY' : 'NOT NULL'} without a default fills existing rows with NULL, so it fails with 'column "${name}" of relation "${table.name}" contains null values' ` +
          (seeded ? `— and ${table.qualified} has rows: the migrations insert into it earlier in this pull request. The deploy fails here.` : `as soon as ${table.qualified} has a single row. The deploy fails ${failureEffect(ctx.migration, ctx.statements, stmt)}.`),
        fix: {
          description:
            (ctx.settings.pgVersion >= 11
              ? 'Give the column a constant default (instant on PostgreSQL 11+, no rewrite), or add it nullable, backfill it, and then add NOT NULL'
              : 'Add it nullable, backfill it in batches, and then add NOT NULL') +
            ' without a long scan (see setting-not-null-field).',
          sql: nullable ? `${nullable}\n-- backfill: UPDATE ${tableSql} SET ${ident(name)} = … WHERE ${ident(name)} IS NULL;\n-- then make it NOT NULL (see setting-not-null-field)` : undefined,
        },
      });
    }
  },
});
