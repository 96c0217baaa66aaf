import { defineRule } from '../src/analysis/rules.js';
import { columnRefs, rangeVarName } from '../src/analysis/ast.js';
import { alterSql, clone, ident, relSql, inPlaceOf } from './_locking-util.js';

export default defineRule({
  id: 'constraint-missing-not-valid',
  phase: 'static',
  severity: 'high',
  category: 'locking',
  title: 'CHECK constraint added without NOT VALID on an existing table',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt' || stmt.node.objtype !== 'OBJECT_TABLE') return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      const con = cmd?.def?.Constraint;
      if (cmd?.subtype !== 'AT_AddConstraint' || con?.contype !== 'CONSTR_CHECK' || con.skip_validation) continue;
      const cols = [...new Set(columnRefs(con.raw_expr).map((r) => r[r.length - 1]!).filter(Boolean))];
      const name: string = con.conname ?? `${table.name}_${cols.length === 1 ? cols[0] : ''}${cols.length === 1 ? '_' : ''}check`.replace(/__/g, '_');
      const fixed = clone(cmd);
      fixed.def.Constraint.conname = name;
      fixed.def.Constraint.skip_validation = true;
      delete fixed.def.Constraint.initially_valid;
      const add = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: fixed }]));
      ctx.report({
        stmt,
        location: con.location,
        object: `${table.qualified}.${name}`,
        message:
          `ADD CONSTRAINT ${con.conname ? ident(name) : '(unnamed)'} CHECK takes an ACCESS EXCLUSIVE lock on ${table.qualified} and keeps it while it reads every row to prove the constraint holds: ` +
          `every read and write of the table waits for the whole scan, which on a large table is minutes.`,
        fix: {
          description:
            'Add the constraint NOT VALID (enforced for new rows at once, no scan), then validate it in a separate transaction (a later migration): VALIDATE CONSTRAINT scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes continue.',
          sql: add ? `${add}\n-- in a separate migration (its own transaction):\nALTER TABLE ${relSql(table, stmt.node.relation)} VALIDATE CONSTRAINT ${ident(name)};` : undefined,
        },
        evidence: { lock: 'ACCESS EXCLUSIVE', scan: true },
      });
    }
  },
});
