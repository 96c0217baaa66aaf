import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName, strings } from '../src/analysis/ast.js';
import { ident, relSql } from './_locking-util.js';

/** The CHECK expression proves `col IS NOT NULL` (alone or as one conjunct of an AND). */
export function impliesNotNull(expr: any, col: string): boolean {
  if (!expr) return false;
  const nt = expr.NullTest;
  if (nt && nt.nulltesttype === 'IS_NOT_NULL' && !nt.argisrow) {
    const f = strings(nt.arg?.ColumnRef?.fields);
    return f.length > 0 && f[f.length - 1] === col;
  }
  const b = expr.BoolExpr;
  if (b?.boolop === 'AND_EXPR') return (b.args ?? []).some((a: any) => impliesNotNull(a, col));
  return false;
}

export default defineRule({
  id: 'setting-not-null-field',
  phase: 'static',
  severity: 'high',
  category: 'locking',
  title: 'SET NOT NULL scans an existing table under ACCESS EXCLUSIVE',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt' || stmt.node.objtype !== 'OBJECT_TABLE') return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    const info = ctx.table(table);
    const pg = ctx.settings.pgVersion;
    const tableSql = relSql(table, stmt.node.relation);
    const addedHere = new Set<string>();
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (cmd?.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef?.colname) addedHere.add(cmd.def.ColumnDef.colname);
      if (cmd?.subtype !== 'AT_SetNotNull' || !cmd.name) continue;
      const col: string = cmd.name;
      if (addedHere.has(col)) continue;
      const column = info?.columns.get(col);
      // Already NOT NULL: the command is a no-op.
      if (column?.notNull) continue;
      // PostgreSQL 12+ skips the scan when a validated CHECK constraint proves the column is not null.
      if (pg >= 12 && (info?.checks ?? []).some((ch) => ch.validated && impliesNotNull(ch.expr, col))) continue;
      const check = `${table.name}_${col}_not_null`;
      const fix =
        pg >= 18
          ? {
              description:
                'On PostgreSQL 18, add the NOT NULL constraint NOT VALID (no scan, enforced for new rows at once) and validate it in a separate migration: VALIDATE scans under SHARE UPDATE EXCLUSIVE, which does not block reads or writes, and marks the column NOT NULL.',
              sql: `ALTER TABLE ${tableSql} ADD CONSTRAINT ${ident(check)} NOT NULL ${ident(col)} NOT VALID;\n-- in a separate migration:\nALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident(check)};`,
            }
          : pg >= 12
            ? {
                description:
                  'Prove the column has no NULLs without a blocking scan: add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it in a separate migration (SHARE UPDATE EXCLUSIVE: reads and writes continue), then SET NOT NULL, which uses the validated check instead of scanning, and drop the check.',
                sql:
                  `ALTER TABLE ${tableSql} ADD CONSTRAINT ${ident(check)} CHECK (${ident(col)} IS NOT NULL) NOT VALID;\n` +
                  `-- in a separate migration:\nALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident(check)};\n` +
                  `-- then (instant: the validated check proves it):\nALTER TABLE ${tableSql} ALTER COLUMN ${ident(col)} SET NOT NULL;\nALTER TABLE ${tableSql} DROP CONSTRAINT ${ident(check)};`,
              }
            : {
                description: `Before PostgreSQL 12 SET NOT NULL always scans (the target is PostgreSQL ${pg}). Enforce the rule with a CHECK (col IS NOT NULL) constraint added NOT VALID and validated in a separate migration instead, or run SET NOT NULL in a quiet period with a short lock_timeout.`,
                sql: `ALTER TABLE ${tableSql} ADD CONSTRAINT ${ident(check)} CHECK (${ident(col)} IS NOT NULL) NOT VALID;\n-- in a separate migration:\nALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident(check)};`,
              };
      ctx.report({
        stmt,
        object: `${table.qualified}.${col}`,
        message: `ALTER COLUMN ${col} SET NOT NULL takes an ACCESS EXCLUSIVE lock on ${table.qualified} and reads every row to prove there is no NULL: every read and write of the table waits for the whole scan, which on a large table is minutes.`,
        fix,
        evidence: { lock: 'ACCESS EXCLUSIVE', scan: true },
      });
    }
  },
});
