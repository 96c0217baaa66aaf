import { defineRule } from '../src/analysis/rules.js';
import { columnConstraints, defElem, defElemString, funcCalls, isSerial, isVolatileDefault, rangeVarName, typeInfo } from '../src/analysis/ast.js';
import type { StaticContext } from '../src/analysis/rules.js';
import { alterSql, ident, inPlaceOf, relSql } from './_locking-util.js';

/** Volatile functions from common extensions that static-ast's list does not name. */
const MORE_VOLATILE = new Set(['uuid_generate_v7', 'gen_random_uuid_v7', 'uuid_generate_v6', 'gen_ulid', 'generate_ulid', 'ulid_generate', 'nanoid', 'random_normal', 'setval']);

/** A call to a function whose volatility makes it run per row. */
function volatileCall(expr: any, ctx: StaticContext): string | undefined {
  if (isVolatileDefault(expr)) return funcCalls(expr).find((f) => isVolatileDefault({ FuncCall: f.node }))?.name ?? 'a volatile function';
  for (const f of funcCalls(expr)) {
    if (MORE_VOLATILE.has(f.name)) return f.name;
    // Functions defined by the migrations: VOLATILE unless declared otherwise.
    const fn = ctx.model.functions.get(`${f.schema ?? 'public'}.${f.name}`);
    if (fn) {
      const v = defElemString(defElem(fn.origin.statement.node?.options, 'volatility'))?.toLowerCase();
      if (v !== 'immutable' && v !== 'stable') return f.name;
    }
  }
  return undefined;
}

function isNullConst(expr: any): boolean {
  return !!expr?.A_Const?.isnull || (!!expr?.TypeCast && !!expr.TypeCast.arg?.A_Const?.isnull);
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
      const cons = columnConstraints(col);
      const type = typeInfo(col.typeName);
      const def = cons.find((x) => x.contype === 'CONSTR_DEFAULT')?.raw_expr;
      const identity = cons.find((x) => x.contype === 'CONSTR_IDENTITY');
      // A VIRTUAL generated column (PostgreSQL 18) is computed on read: nothing is written.
      const generated = cons.find((x) => x.contype === 'CONSTR_GENERATED' && x.generated_kind !== 'v');
      const name: string = col.colname;
      const colSql = ident(name);
      const bareType = type?.display ?? 'bigint';
      let why: string | undefined;
      let fix: { description: string; sql?: string };
      const volatile = def ? volatileCall(def, ctx) : undefined;
      if (generated) {
        why = `a STORED generated column is computed and written for every existing row`;
        fix = {
          description:
            (pg >= 18 ? 'On PostgreSQL 18 a VIRTUAL generated column (computed on read) needs no rewrite. Otherwise add ' : 'Add ') +
            'a plain nullable column, fill it for new rows with a trigger, and backfill existing rows in small batches.',
          sql: `ALTER TABLE ${tableSql} ADD COLUMN ${colSql} ${bareType};\n-- a BEFORE INSERT OR UPDATE trigger keeps ${name} computed; then backfill in batches`,
        };
      } else if (identity || isSerial(type)) {
        const seq = `${table.name}_${name}_seq`;
        const intType = type && isSerial(type) ? (/^(bigserial|serial8)$/.test(type.name) ? 'bigint' : /^(smallserial|serial2)$/.test(type.name) ? 'smallint' : 'integer') : bareType;
        why = identity ? 'an identity column draws a sequence value for every existing row' : `${type!.name} draws a sequence value (nextval) for every existing row`;
        fix = {
          description:
            'Add a plain nullable column, attach a sequence default (applies to new rows only, no rewrite), and backfill existing rows in small batches; make it NOT NULL afterwards without a long scan (see setting-not-null-field).',
          sql:
            `ALTER TABLE ${tableSql} ADD COLUMN ${colSql} ${intType};\n` +
            `CREATE SEQUENCE ${ident(seq)} OWNED BY ${tableSql}.${colSql};\n` +
            `ALTER TABLE ${tableSql} ALTER COLUMN ${colSql} SET DEFAULT nextval('${seq}');\n` +
            `-- backfill in batches: UPDATE ${tableSql} SET ${colSql} = nextval('${seq}') WHERE ${colSql} IS NULL AND <key range>;`,
        };
      } else if (volatile) {
        why = `its default calls ${volatile}(), which is volatile, so it is evaluated and written for every existing row`;
        fix = defaultLater();
      } else if (def && pg < 11 && !isNullConst(def)) {
        why = `before PostgreSQL 11 any non-NULL default is written into every existing row (the target is PostgreSQL ${pg})`;
        fix = defaultLater();
      } else continue;

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
