import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName, strings } from '../src/analysis/ast.js';
import { alterSql, clone, ident, notValidCopy, relSql, inPlaceOf } from './_locking-util.js';

/** Types whose column gets a sequence default (and so, as ADD COLUMN … REFERENCES, a validation scan). */
const SERIAL = new Set(['serial', 'serial4', 'bigserial', 'serial8', 'smallserial', 'serial2']);

function typeName(col: any): string {
  const names = strings(col?.typeName?.names);
  return names[names.length - 1] ?? '';
}

/** NULL, or NULL cast to a type (`DEFAULT NULL::uuid`). */
function isNullConst(expr: any): boolean {
  if (expr?.TypeCast) return isNullConst(expr.TypeCast.arg);
  return expr?.A_Const?.isnull === true;
}

export default defineRule({
  id: 'adding-foreign-key-constraint',
  phase: 'static',
  severity: 'high',
  category: 'locking',
  title: 'Foreign key added without NOT VALID on an existing table',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt' || stmt.node.objtype !== 'OBJECT_TABLE') return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    const info = ctx.table(table);
    const partitioned = !!info?.partitioned && ctx.settings.pgVersion < 18;
    const tableSql = relSql(table, stmt.node.relation);

    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (!cmd) continue;
      if (cmd.subtype === 'AT_AddConstraint') {
        const con = cmd.def?.Constraint;
        if (con?.contype !== 'CONSTR_FOREIGN' || con.skip_validation) continue;
        const ref = rangeVarName(con.pktable);
        const cols = strings(con.fk_attrs);
        const name: string = con.conname ?? `${table.name}_${cols.join('_')}_fkey`;
        const fixed = { ...cmd, def: { ...cmd.def, Constraint: notValidCopy(con, name) } };
        const add = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: fixed }]));
        report(con.location, `${table.qualified}.${name}`, cols, ref?.qualified, name, add ? [add] : [], false);
      } else if (cmd.subtype === 'AT_AddColumn') {
        const col = cmd.def?.ColumnDef;
        const constraints: any[] = (col?.constraints ?? []).map((x: any) => x?.Constraint);
        const fks = constraints.filter((x: any) => x?.contype === 'CONSTR_FOREIGN');
        // Postgres checks the rows only when the new column has a default (DEFAULT NULL included, or a
        // serial type): a column without one is all NULL, so it marks the key valid without a scan.
        const defaults = constraints.filter((x: any) => x?.contype === 'CONSTR_DEFAULT' || x?.contype === 'CONSTR_GENERATED');
        if (!fks.length || (!defaults.length && !SERIAL.has(typeName(col)))) continue;
        const nullDefault = !SERIAL.has(typeName(col)) && defaults.every((x: any) => x.contype === 'CONSTR_DEFAULT' && isNullConst(x.raw_expr));
        if (nullDefault) {
          const bare = clone(cmd);
          bare.def.ColumnDef.constraints = (bare.def.ColumnDef.constraints ?? []).filter((x: any) => x?.Constraint?.contype !== 'CONSTR_DEFAULT');
          const sql = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: bare }]));
          for (const con of fks) reportNullDefault(con.location, `${table.qualified}.${col.colname}`, rangeVarName(con.pktable)?.qualified, sql);
          continue;
        }
        for (const con of fks) {
          const ref = rangeVarName(con.pktable);
          const name: string = con.conname ?? `${table.name}_${col.colname}_fkey`;
          const bare = clone(cmd);
          bare.def.ColumnDef.constraints = (bare.def.ColumnDef.constraints ?? []).filter((x: any) => x?.Constraint?.contype !== 'CONSTR_FOREIGN');
          const fk = notValidCopy(con, name);
          fk.fk_attrs = [{ String: { sval: col.colname } }];
          const sql = [
            alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: bare }])),
            alterSql(stmt, [{ AlterTableCmd: { subtype: 'AT_AddConstraint', def: { Constraint: fk }, behavior: 'DROP_RESTRICT' } }]),
          ].filter((s): s is string => !!s);
          report(con.location, `${table.qualified}.${col.colname}`, [col.colname], ref?.qualified, name, sql, true);
        }
      }
    }

    function reportNullDefault(location: number | undefined, object: string, ref: string | undefined, sql: string | undefined) {
      const refText = ref ?? 'the referenced table';
      ctx.report({
        stmt,
        location,
        object,
        message:
          `ADD COLUMN … REFERENCES with DEFAULT NULL takes an ACCESS EXCLUSIVE lock on ${table!.qualified} and a SHARE ROW EXCLUSIVE lock on ${refText}, and validates the new foreign key by scanning all of ${table!.qualified} while both are held: reads and writes of ${table!.qualified} and writes to ${refText} wait for the whole scan. ` +
          `Postgres skips that scan when the new column has no DEFAULT clause at all (it is all NULL), but an explicit DEFAULT NULL, though it changes nothing, turns the check back on.`,
        fix: {
          description: 'Drop the DEFAULT NULL clause (NULL is the default anyway): the column is then added with its foreign key marked valid, without a scan.',
          sql: sql ? `${sql}` : undefined,
        },
        evidence: { lock: 'ACCESS EXCLUSIVE', tables: [table!.qualified, ref].filter(Boolean), scan: true },
      });
    }

    function report(location: number | undefined, object: string, cols: string[], ref: string | undefined, name: string, sql: string[], viaColumn: boolean) {
      const refText = ref ?? 'the referenced table';
      const lockText = viaColumn
        ? `ADD COLUMN … REFERENCES on a column with a default takes an ACCESS EXCLUSIVE lock on ${table!.qualified} and a SHARE ROW EXCLUSIVE lock on ${refText}, and validates the new foreign key by scanning all of ${table!.qualified} while both are held`
        : `ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE locks on ${table!.qualified} and on ${refText} and holds them while it checks every existing row of ${table!.qualified} (${cols.join(', ')}) against ${refText}`;
      const blocked = viaColumn
        ? `reads and writes of ${table!.qualified} and writes to ${refText} wait for the whole scan.`
        : `every INSERT, UPDATE and DELETE on both tables waits for the whole scan.`;
      ctx.report({
        stmt,
        location,
        object,
        message:
          `${lockText}: ${blocked}` +
          (partitioned
            ? ` ${table!.qualified} is partitioned, and before PostgreSQL 18 a foreign key on a partitioned table cannot be NOT VALID.`
            : ''),
        fix: partitioned
          ? {
              description:
                'Before PostgreSQL 18 a partitioned table cannot take a NOT VALID foreign key. Add the foreign key NOT VALID to each partition and VALIDATE it there (in separate transactions), then add it to the parent: Postgres reuses the matching partition constraints instead of scanning again.',
            }
          : {
              description:
                (viaColumn ? 'Add the column without REFERENCES, then add the foreign key' : 'Add the foreign key') +
                ' NOT VALID (checked for new rows at once, no scan; the locks are held only briefly), and run VALIDATE CONSTRAINT in a separate transaction (a later migration): it scans under SHARE UPDATE EXCLUSIVE on the table and ROW SHARE on the referenced table, so reads and writes continue.',
              sql: sql.length
                ? `${sql.join('\n')}\n-- in a separate migration (its own transaction):\nALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident(name)};`
                : undefined,
            },
        evidence: { lock: 'SHARE ROW EXCLUSIVE', tables: [table!.qualified, ref].filter(Boolean), scan: true },
      });
    }
  },
});
