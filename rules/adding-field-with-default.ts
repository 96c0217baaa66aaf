import { defineRule } from '../src/analysis/rules.js';
import { columnConstraints, rangeVarName, typeInfo } from '../src/analysis/ast.js';
import type { DomainInfo } from '../src/analysis/schema-model.js';
import { addColumnRewrite, alterSql, ConstraintNamer, constraintsLater, ident, inPlaceOf, notValidCopy, relSql, renameColumnRefs, validateLater } from './_locking-util.js';

/** A domain constraint's expression with VALUE replaced by the column `col`. */
function withValueAs(expr: any, col: string): any {
  return renameColumnRefs(expr, (f) => (f.length === 1 && f[0]?.String?.sval === 'value' ? [{ String: { sval: col } }] : undefined));
}

export default defineRule({
  id: 'adding-field-with-default',
  phase: 'static',
  severity: 'high',
  category: 'rewrite',
  title: 'New column forces a table rewrite',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt' || stmt.node.objtype !== 'OBJECT_TABLE') return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    const tableSql = relSql(table, stmt.node.relation);
    const pg = ctx.settings.pgVersion;
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      const col = cmd?.def?.ColumnDef;
      if (cmd?.subtype !== 'AT_AddColumn' || !col?.colname) continue;
      const rewrite = addColumnRewrite(col, ctx);
      if (!rewrite) continue;
      const type = typeInfo(col.typeName);
      const def = columnConstraints(col).find((x) => x.contype === 'CONSTR_DEFAULT')?.raw_expr;
      const name: string = col.colname;
      const colSql = ident(name);
      const bareType = type?.display ?? 'bigint';
      let why: string;
      let fix: { description: string; sql?: string };
      if (rewrite.kind === 'generated') {
        why = `a STORED generated column is computed and written for every existing row`;
        fix = {
          description:
            (pg >= 18 ? 'On PostgreSQL 18 a VIRTUAL generated column (computed on read) needs no rewrite. Otherwise add ' : 'Add ') +
            'a plain nullable column, fill it for new rows with a trigger, and backfill existing rows in small batches.',
          sql: [`ALTER TABLE ${tableSql} ADD COLUMN ${colSql} ${bareType};`, `-- a BEFORE INSERT OR UPDATE trigger keeps ${name} computed; then backfill in batches`, ...afterBackfill()].join('\n'),
        };
      } else if (rewrite.kind === 'identity' || rewrite.kind === 'serial') {
        const seq = `${table.name}_${name}_seq`;
        const intType = rewrite.kind === 'serial' ? (/^(bigserial|serial8)$/.test(rewrite.type.name) ? 'bigint' : /^(smallserial|serial2)$/.test(rewrite.type.name) ? 'smallint' : 'integer') : bareType;
        why = rewrite.kind === 'identity' ? 'an identity column draws a sequence value for every existing row' : `${rewrite.type.name} draws a sequence value (nextval) for every existing row`;
        fix = {
          description:
            'Add a plain nullable column, attach a sequence default (applies to new rows only, no rewrite), and backfill existing rows in small batches; make it NOT NULL afterwards without a long scan (see setting-not-null-field).',
          sql:
            `ALTER TABLE ${tableSql} ADD COLUMN ${colSql} ${intType};\n` +
            `CREATE SEQUENCE ${ident(seq)} OWNED BY ${tableSql}.${colSql};\n` +
            `ALTER TABLE ${tableSql} ALTER COLUMN ${colSql} SET DEFAULT nextval('${seq}');\n` +
            `-- backfill in batches: UPDATE ${tableSql} SET ${colSql} = nextval('${seq}') WHERE ${colSql} IS NULL AND <key range>;` +
            afterBackfill().map((line) => `\n${line}`).join(''),
        };
      } else if (rewrite.kind === 'domain') {
        const kinds = [rewrite.domain.checks.length ? 'CHECK' : '', rewrite.domain.notNull ? 'NOT NULL' : ''].filter(Boolean).join(' and ');
        why = `its type ${rewrite.name} is a domain with ${kinds}, which Postgres checks against every existing row by rewriting the table (with or without a default)`;
        fix = domainAsChecks(rewrite.domain);
      } else if (rewrite.kind === 'volatile') {
        why = `its default calls ${rewrite.fn}(), which is volatile, so it is evaluated and written for every existing row`;
        fix = defaultLater();
      } else {
        why = `before PostgreSQL 11 any non-NULL default is written into every existing row (the target is PostgreSQL ${pg})`;
        fix = defaultLater();
      }

      // The bare column leaves out the column's keys and checks: they follow the backfill, each in its
      // form that takes no long lock (a key added with the column would check nothing, or scan).
      function afterBackfill(): string[] {
        const later = constraintsLater(ctx, stmt, table!, col);
        return later.length ? [`-- then this column's constraints, on the filled column:`, ...later] : [];
      }

      // The column of the domain's base type, and the domain's constraints as CHECKs NOT VALID in the
      // same statement (VALUE read as the column): the same rule for new rows, no rewrite, no scan.
      function domainAsChecks(domain: DomainInfo) {
        const names = new ConstraintNamer(ctx, stmt, table!);
        const onColumn = (expr: any) => withValueAs(expr, name);
        const exprs = [...domain.checks.map((c) => onColumn(c.expr)), ...(domain.notNull ? [{ NullTest: { arg: { ColumnRef: { fields: [{ String: { sval: name } }] } }, nulltesttype: 'IS_NOT_NULL' } }] : [])];
        const checks = exprs.map((expr) => notValidCopy({ contype: 'CONSTR_CHECK', raw_expr: expr, initially_valid: true }, names.check(expr)));
        // A column without a DEFAULT of its own takes the domain's: keep it on the base-type column.
        const own = columnConstraints(col).some((x) => x.contype === 'CONSTR_DEFAULT');
        const inherited = !own && domain.default ? [{ Constraint: { contype: 'CONSTR_DEFAULT', raw_expr: domain.default } }] : [];
        const bare = { ...cmd, def: { ColumnDef: { ...col, typeName: domain.baseType, constraints: [...(col.constraints ?? []), ...inherited] } } };
        const add = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: bare }, ...checks.map((con) => ({ AlterTableCmd: { subtype: 'AT_AddConstraint', def: { Constraint: con } } }))]));
        return {
          description:
            "Add the column with the domain's base type and, in the same statement, the domain's constraints as CHECK constraints NOT VALID (enforced for new rows at once, no rewrite, no scan); validate them in a separate transaction (a later migration), which scans under SHARE UPDATE EXCLUSIVE and lets reads and writes go on. The column is then not of the domain type (changing it to the domain later rewrites the table too). On a small table, accepting the rewrite in a quiet period is simpler.",
          sql: add ? [add, ...checks.map((con) => validateLater(stmt, table!, con.conname))].join('\n') : undefined,
        };
      }

      function defaultLater() {
        const add = alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: { ...cmd, def: { ColumnDef: { ...col, constraints: (col.constraints ?? []).filter((x: any) => !['CONSTR_DEFAULT', 'CONSTR_NOTNULL'].includes(x?.Constraint?.contype)) } } } }]));
        const setDefault = alterSql(stmt, [{ AlterTableCmd: { subtype: 'AT_ColumnDefault', name, def, behavior: 'DROP_RESTRICT' } }]);
        return {
          description:
            'Add the column without the default, then set the default in a separate statement: it applies only to rows inserted from then on, so nothing is rewritten. Backfill existing rows in small batches, and add NOT NULL afterwards without a long scan (see setting-not-null-field).',
          sql: [add, setDefault, `-- backfill in batches: UPDATE ${tableSql} SET ${colSql} = <default> WHERE ${colSql} IS NULL AND <key range>;`].filter(Boolean).join('\n'),
        };
      }

      ctx.report({
        stmt,
        location: col.location,
        object: `${table.qualified}.${name}`,
        message:
          `ADD COLUMN ${name} rewrites all of ${table.qualified}: ${why}. The rewrite holds an ACCESS EXCLUSIVE lock, so every read and write of the table waits until it finishes (minutes to hours on a large table), and it needs disk space for a second copy of the table.`,
        fix,
        evidence: { lock: 'ACCESS EXCLUSIVE', rewrite: true },
      });
    }
  },
});
