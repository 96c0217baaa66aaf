import { defineRule } from '../src/analysis/rules.js';
import { columnConstraints, isSerial, rangeVarName, strings, typeInfo } from '../src/analysis/ast.js';
import { addNotValidSql, alterSql, clone, ConstraintNamer, isNullConst, notValidCopy, inPlaceOf, validateLater } from './_locking-util.js';

/** How the foreign key is added: ADD CONSTRAINT, or with its column (which gives existing rows a value). */
type Via = 'constraint' | 'default' | 'generated' | 'identity';

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
    let names: ConstraintNamer | undefined;
    const keyName = (cols: string[]) => (names ??= new ConstraintNamer(ctx, stmt, table)).foreignKey(cols);

    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (!cmd) continue;
      if (cmd.subtype === 'AT_AddConstraint') {
        const con = cmd.def?.Constraint;
        if (con?.contype !== 'CONSTR_FOREIGN' || con.skip_validation) continue;
        const ref = rangeVarName(con.pktable);
        const cols = strings(con.fk_attrs);
        const name: string = con.conname ?? keyName(cols);
        const fixed = { ...cmd, def: { ...cmd.def, Constraint: notValidCopy(con, name) } };
        const add = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: fixed }]));
        report(con.location, `${table.qualified}.${name}`, cols, ref?.qualified, name, add ? [add] : [], 'constraint');
      } else if (cmd.subtype === 'AT_AddColumn') {
        const col = cmd.def?.ColumnDef;
        const constraints = columnConstraints(col);
        const fks = constraints.filter((x: any) => x.contype === 'CONSTR_FOREIGN');
        if (!fks.length) continue;
        // Postgres checks the rows only when the new column has a DEFAULT clause (DEFAULT NULL included),
        // a serial type (its nextval default) or a generation expression: a column without one is all
        // NULL, so it marks the key valid without a scan. An identity column has none of these, so its
        // key is marked valid unchecked although every row got a value (measured on PostgreSQL 15 and 17).
        const serial = isSerial(typeInfo(col.typeName));
        const identity = constraints.some((x: any) => x.contype === 'CONSTR_IDENTITY');
        const defaults = constraints.filter((x: any) => x.contype === 'CONSTR_DEFAULT' || x.contype === 'CONSTR_GENERATED');
        if (!defaults.length && !serial && !identity) continue;
        const nullDefault = !serial && !identity && defaults.every((x: any) => x.contype === 'CONSTR_DEFAULT' && isNullConst(x.raw_expr));
        if (nullDefault) {
          const bare = clone(cmd);
          bare.def.ColumnDef.constraints = (bare.def.ColumnDef.constraints ?? []).filter((x: any) => x?.Constraint?.contype !== 'CONSTR_DEFAULT');
          const sql = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: bare }]));
          for (const con of fks) reportNullDefault(con.location, `${table.qualified}.${col.colname}`, rangeVarName(con.pktable)?.qualified, sql);
          continue;
        }
        const via: Via = identity && !serial && !defaults.length ? 'identity' : defaults.some((x: any) => x.contype === 'CONSTR_GENERATED') ? 'generated' : 'default';
        for (const con of fks) {
          const ref = rangeVarName(con.pktable);
          const name: string = con.conname ?? keyName([col.colname]);
          const bare = clone(cmd);
          bare.def.ColumnDef.constraints = (bare.def.ColumnDef.constraints ?? []).filter((x: any) => x?.Constraint?.contype !== 'CONSTR_FOREIGN');
          const sql = [alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: bare }])), addNotValidSql(stmt, con, col.colname, name)].filter((s): s is string => !!s);
          report(con.location, `${table.qualified}.${col.colname}`, [col.colname], ref?.qualified, name, sql, via);
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

    function report(location: number | undefined, object: string, cols: string[], ref: string | undefined, name: string, sql: string[], via: Via) {
      const refText = ref ?? 'the referenced table';
      const locks = `an ACCESS EXCLUSIVE lock on ${table!.qualified} and a SHARE ROW EXCLUSIVE lock on ${refText}`;
      const lockText =
        via === 'constraint'
          ? `ADD FOREIGN KEY takes SHARE ROW EXCLUSIVE locks on ${table!.qualified} and on ${refText} and holds them while it checks every existing row of ${table!.qualified} (${cols.join(', ')}) against ${refText}`
          : via === 'identity'
            ? `ADD COLUMN … GENERATED AS IDENTITY REFERENCES takes ${locks} and gives every existing row of ${table!.qualified} a sequence value, but Postgres marks the new foreign key valid without checking those rows ` +
              `(it checks a key added with its column only when the column has a DEFAULT clause, a serial type or a generation expression; measured on PostgreSQL 15 and 17)`
            : `ADD COLUMN … REFERENCES on ${via === 'generated' ? 'a STORED generated column' : 'a column with a default'} takes ${locks}, and validates the new foreign key by scanning all of ${table!.qualified} while both are held`;
      const blocked =
        via === 'constraint'
          ? `every INSERT, UPDATE and DELETE on both tables waits for the whole scan.`
          : via === 'identity'
            ? `existing rows whose new value has no match in ${refText} break a key the catalog calls valid, and nothing says so until a later VALIDATE or a restore of a dump fails.`
            : `reads and writes of ${table!.qualified} and writes to ${refText} wait for the whole scan.`;
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
                (via === 'constraint' ? 'Add the foreign key' : 'Add the column without REFERENCES, then add the foreign key') +
                ' NOT VALID (checked for new rows at once, no scan; the locks are held only briefly), and run VALIDATE CONSTRAINT in a separate transaction (a later migration): it scans under SHARE UPDATE EXCLUSIVE on the table and ROW SHARE on the referenced table, so reads and writes continue' +
                (via === 'identity' ? ', and it does check the existing rows: it fails on any whose value has no match.' : '.'),
              sql: sql.length
                ? `${sql.join('\n')}\n${validateLater(stmt, table!, name)}`
                : undefined,
            },
        // ADD COLUMN holds ACCESS EXCLUSIVE on the table (pg_locks): the key's own lock is the weaker one.
        evidence: {
          lock: via === 'constraint' ? 'SHARE ROW EXCLUSIVE' : 'ACCESS EXCLUSIVE',
          tables: [table!.qualified, ref].filter(Boolean),
          ...(via === 'identity' ? { unchecked: true } : { scan: true }),
        },
      });
    }
  },
});
