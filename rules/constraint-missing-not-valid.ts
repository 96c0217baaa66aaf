import { defineRule } from '../src/analysis/rules.js';
import type { StaticContext } from '../src/analysis/rules.js';
import type { TableInfo } from '../src/analysis/schema-model.js';
import type { QualifiedName } from '../src/analysis/ast.js';
import type { Statement } from '../src/types.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { addColumnRewrite, alterSql, clone, ConstraintNamer, ident, notValidCopy, inPlaceOf, validateLater } from './_locking-util.js';

export default defineRule({
  id: 'constraint-missing-not-valid',
  phase: 'static',
  severity: 'high',
  category: 'locking',
  title: 'CHECK constraint added without NOT VALID on an existing table',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt' || stmt.node.objtype !== 'OBJECT_TABLE') return;
    // Only a CHECK that is not NOT VALID, added as a constraint or on an added column, is a finding;
    // most statements add none, and need neither the rewrite test nor a namer.
    if (!(stmt.node.cmds ?? []).some(addsValidatedCheck)) return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    // A statement that rewrites the table proves its checks while it copies the rows: no scan of
    // its own (measured on PostgreSQL 15 and 17: the sequential-scan count is the rewrite's), and NOT
    // VALID would not shorten the lock. The rewrite is adding-field-with-default's finding.
    if (rewritesTable(stmt, ctx, table)) return;
    // Postgres names the added columns' checks first, then ADD CONSTRAINT's, each avoiding the names
    // taken before it: one namer for the statement.
    const names = new ConstraintNamer(ctx, stmt, table);
    checkAddColumns(stmt, ctx, table, names);
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      const con = cmd?.def?.Constraint;
      if (cmd?.subtype !== 'AT_AddConstraint' || con?.contype !== 'CONSTR_CHECK' || con.skip_validation) continue;
      const name: string = con.conname ?? names.check(con.raw_expr);
      const fixed = { ...cmd, def: { ...cmd.def, Constraint: notValidCopy(con, name) } };
      const add = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: fixed }]));
      ctx.report({
        stmt,
        location: con.location,
        object: `${table.qualified}.${name}`,
        message:
          `ADD CONSTRAINT ${con.conname ? ident(name) : '(unnamed)'} CHECK takes an ACCESS EXCLUSIVE lock on ${table.qualified} and keeps it while it reads every row to prove the constraint holds: ` +
          `every read and write of the table waits for the whole scan, which on a large table is minutes.`,
        fix: { description: FIX, sql: add ? `${add}\n${validateLater(stmt, table, name)}` : undefined },
        evidence: { lock: 'ACCESS EXCLUSIVE', scan: true },
      });
    }
  },
});

/** A subcommand that adds a CHECK which is not NOT VALID: ADD CONSTRAINT … CHECK, or ADD COLUMN with a CHECK on the column (each one a finding). */
function addsValidatedCheck(c: any): boolean {
  const cmd = c?.AlterTableCmd;
  if (cmd?.subtype === 'AT_AddConstraint') return cmd.def?.Constraint?.contype === 'CONSTR_CHECK' && !cmd.def.Constraint.skip_validation;
  return cmd?.subtype === 'AT_AddColumn' && (cmd.def?.ColumnDef?.constraints ?? []).some((k: any) => k?.Constraint?.contype === 'CONSTR_CHECK');
}

/** An ADD COLUMN of the statement writes every row (identity, serial, STORED generated, volatile default). */
function rewritesTable(stmt: Statement, ctx: StaticContext, table: QualifiedName): boolean {
  const info = ctx.table(table);
  return (stmt.node.cmds ?? []).some((c: any) => {
    const cmd = c?.AlterTableCmd;
    const col = cmd?.subtype === 'AT_AddColumn' ? cmd.def?.ColumnDef : undefined;
    // ADD COLUMN IF NOT EXISTS of a column the table has adds nothing.
    if (!col?.colname || (cmd.missing_ok && info?.columns.has(col.colname))) return false;
    return !!addColumnRewrite(col, ctx);
  });
}

const FIX =
  'Add the constraint NOT VALID (enforced for new rows at once, no scan), then validate it in a separate transaction (a later migration): VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.';

/** The CHECK constraints written on the column an ADD COLUMN subcommand adds, with the names Postgres gives them. */
function columnChecks(info: TableInfo | undefined, cmd: any, names: ConstraintNamer): { colname: string; con: any; name: string }[] {
  const def = cmd?.subtype === 'AT_AddColumn' ? cmd.def?.ColumnDef : undefined;
  // ADD COLUMN IF NOT EXISTS of a column the table has skips the column and its constraints.
  if (!def?.colname || (cmd.missing_ok && info?.columns.has(def.colname))) return [];
  const checks = ((def.constraints ?? []) as any[]).filter((k) => k?.Constraint?.contype === 'CONSTR_CHECK');
  return checks.map((k) => ({ colname: def.colname, con: k.Constraint, name: k.Constraint.conname ?? names.check(k.Constraint.raw_expr) }));
}

/**
 * A CHECK written on the column ADD COLUMN adds is proved like ADD CONSTRAINT's: Postgres reads every
 * row under the ACCESS EXCLUSIVE lock, even when the new column is NULL in all of them (measured:
 * the table's sequential-scan counter moves). One fix for the whole statement: every such column
 * added bare and its checks as constraints NOT VALID, so that applying it leaves none of the findings.
 */
function checkAddColumns(stmt: Statement, ctx: StaticContext, table: QualifiedName, names: ConstraintNamer): void {
  const cmds: any[] = stmt.node.cmds ?? [];
  const info = ctx.table(table);
  const found = cmds.map((c) => columnChecks(info, c?.AlterTableCmd, names));
  if (!found.some((f) => f.length)) return;
  const fixed = cmds.flatMap((c, i) => {
    const checks = found[i]!;
    if (!checks.length) return [c];
    // A column the statement adds without a check, or one that exists (IF NOT EXISTS), stays as written.
    const bare = clone(c.AlterTableCmd);
    bare.def.ColumnDef.constraints = bare.def.ColumnDef.constraints.filter((k: any) => k?.Constraint?.contype !== 'CONSTR_CHECK');
    if (!bare.def.ColumnDef.constraints.length) delete bare.def.ColumnDef.constraints;
    const adds = checks.map(({ con, name }) => {
      return { AlterTableCmd: { subtype: 'AT_AddConstraint', def: { Constraint: notValidCopy(con, name) } } };
    });
    return [{ AlterTableCmd: bare }, ...adds];
  });
  const all = found.flat();
  const sql = alterSql(stmt, fixed);
  for (const { colname, con, name } of all) {
    ctx.report({
      stmt,
      location: con.location,
      object: `${table.qualified}.${name}`,
      message:
        `ADD COLUMN ${ident(colname)} … CHECK takes an ACCESS EXCLUSIVE lock on ${table.qualified} and keeps it while it reads every row to prove the check holds, ` +
        `even when every row holds the column's default or NULL: every read and write of the table waits for the whole scan, which on a large table is minutes.`,
      fix: {
        description:
          'Add the column without the check and, in the same statement, the check as a constraint NOT VALID (enforced for new rows at once, no scan); then validate it in a separate transaction (a later migration): VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.',
        sql: sql ? `${sql}\n${all.map((c) => validateLater(stmt, table, c.name)).join('\n')}` : undefined,
      },
      evidence: { lock: 'ACCESS EXCLUSIVE', scan: true, column: colname },
    });
  }
}
