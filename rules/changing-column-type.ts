import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName, strings, typeInfo, type QualifiedName, type TypeInfo } from '../src/analysis/ast.js';
import type { Statement } from '../src/types.js';
import type { StaticContext } from '../src/analysis/rules.js';
import type { TableInfo } from '../src/analysis/schema-model.js';
import { alterSql, deparse, ident, relSql, renameColumnRefs } from './_locking-util.js';

type Verdict =
  | { kind: 'none' } // no rewrite, no index rebuild worth reporting
  | { kind: 'indexes'; why: string } // no table rewrite, but indexes on the column are rebuilt
  | { kind: 'conditional'; why: string } // no rewrite only under a session setting
  | { kind: 'rewrite'; why?: string }
  | { kind: 'unknown' };

const TEXTISH = new Set(['text', 'varchar']);
const TIMEISH = new Set(['timestamp', 'timestamptz', 'time', 'timetz']);

/**
 * Whether Postgres rewrites the table for old → new (sql-altertable "Notes": binary-coercible types and
 * typmod changes whose length/precision-coercion support function proves them no-ops skip the rewrite).
 */
export function judgeTypeChange(old: TypeInfo | undefined, neu: TypeInfo, pgVersion = 17): Verdict {
  if (!old) return { kind: 'unknown' };
  if (old.array !== neu.array) return { kind: 'rewrite' };
  if (old.name === neu.name && (old.schema ?? '') === (neu.schema ?? '') && sameMods(old.mods, neu.mods)) return { kind: 'none' };
  if (old.array) return { kind: 'rewrite' };
  const o = old.name;
  const n = neu.name;
  // varchar(n) → varchar(m ≥ n) / varchar / text; text ↔ varchar without a limit.
  if (TEXTISH.has(o) && n === 'text') return { kind: 'none' };
  if (TEXTISH.has(o) && n === 'varchar') {
    if (!neu.mods.length) return { kind: 'none' };
    if (o === 'varchar' && old.mods.length && neu.mods[0]! >= old.mods[0]!) return { kind: 'none' };
    return { kind: 'rewrite', why: `every value must be checked against the new length limit of ${neu.mods[0]}` };
  }
  // citext is binary-coercible with text and varchar, but its index operator class differs.
  if ((TEXTISH.has(o) || o === 'citext') && (n === 'citext' || (o === 'citext' && TEXTISH.has(n) && !neu.mods.length)))
    return { kind: 'indexes', why: `${old.display} and ${neu.display} are binary-coercible, but indexes on the column use a different operator class and are rebuilt` };
  if (o === 'numeric' && n === 'numeric') {
    if (!neu.mods.length) return { kind: 'none' };
    if (old.mods.length) {
      const [p, s = 0] = old.mods;
      const [p2, s2 = 0] = neu.mods;
      if (s2 === s && p2! >= p!) return { kind: 'none' };
    }
    return { kind: 'rewrite', why: 'every value must be re-checked or re-rounded to the new precision and scale' };
  }
  if (TIMEISH.has(o) && o === n) {
    const p = old.mods[0] ?? 6;
    const p2 = neu.mods[0] ?? 6;
    if (p2 >= p) return { kind: 'none' };
    return { kind: 'rewrite', why: 'every value must be rounded to the new precision' };
  }
  if (o === 'timestamp' && n === 'timestamptz' && pgVersion >= 12 && (neu.mods[0] ?? 6) >= (old.mods[0] ?? 6))
    return {
      kind: 'conditional',
      why: 'since PostgreSQL 12 this change skips the rewrite only when the session TimeZone is UTC; in any other time zone every row is rewritten',
    };
  if (o === 'varbit' && n === 'varbit' && (!neu.mods.length || (old.mods.length && neu.mods[0]! >= old.mods[0]!))) return { kind: 'none' };
  if (o === 'bit' && n === 'varbit' && (!neu.mods.length || (old.mods.length && neu.mods[0]! >= old.mods[0]!))) return { kind: 'none' };
  if (o === 'cidr' && n === 'inet') return { kind: 'none' };
  if (o === 'interval' && n === 'interval' && !neu.mods.length) return { kind: 'none' };
  return { kind: 'rewrite' };
}

/** The type under the domains the migrations created (a domain over a domain, down to the base). */
function baseOf(ctx: StaticContext, t: TypeInfo | undefined): TypeInfo | undefined {
  for (let i = 0; i < 8 && t && !t.array; i++) {
    const d = ctx.model.domains.get(`${t.schema ?? 'public'}.${t.name}`);
    if (!d) break;
    t = typeInfo(d.baseType);
  }
  return t;
}

/**
 * judgeTypeChange with the domains the migrations created (measured on PostgreSQL 17): a domain with a
 * CHECK or NOT NULL as the new type rewrites the table to check every row; an unconstrained one, or
 * leaving a domain for a type, costs what the change between the base types costs.
 */
function judgeWithDomains(ctx: StaticContext, old: TypeInfo | undefined, neu: TypeInfo): Verdict {
  const domain = neu.array ? undefined : ctx.model.domains.get(`${neu.schema ?? 'public'}.${neu.name}`);
  const same = old && old.name === neu.name && (old.schema ?? '') === (neu.schema ?? '') && old.array === neu.array;
  if (domain && !same && (!domain.known || domain.checks.length || domain.notNull))
    return domain.known ? { kind: 'rewrite', why: `${neu.display} is a domain with ${domain.checks.length ? 'CHECK' : 'NOT NULL'}, checked against every row` } : judgeTypeChange(old, neu, ctx.settings.pgVersion);
  const from = baseOf(ctx, old);
  const to = baseOf(ctx, neu);
  return from && to ? judgeTypeChange(from, to, ctx.settings.pgVersion) : judgeTypeChange(old, neu, ctx.settings.pgVersion);
}

function sameMods(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** USING that leaves the value as is: `col` or `col::newtype`. */
function usingIsIdentity(expr: any, col: string): boolean {
  if (!expr) return true;
  const e = expr.TypeCast ? expr.TypeCast.arg : expr;
  const ref = strings(e?.ColumnRef?.fields);
  return ref.length > 0 && ref[ref.length - 1] === col && !!e?.ColumnRef;
}

const UTC_NAMES = /^(utc|etc\/utc|gmt|etc\/gmt|etc\/gmt[+-]0|gmt[+-]0|z|zulu|uct|etc\/uct|universal|etc\/universal|utc0|\+00(:00)?|-00(:00)?)$/i;

/** The session time zone is UTC at `stmt`: a SET timezone earlier in the migration (not reset since). */
function sessionIsUtc(stmts: Statement[], stmt: Statement): boolean {
  let utc = false;
  for (const s of stmts) {
    if (s === stmt) break;
    if (s.kind === 'VariableSetStmt' && s.node.name === 'timezone') {
      const a = s.node.args?.[0]?.A_Const;
      utc = s.node.kind === 'VAR_SET_VALUE' && !!a && (a.sval ? UTC_NAMES.test(a.sval.sval ?? '') : a.ival ? (a.ival.ival ?? 0) === 0 : false);
    } else if (s.kind === 'SelectStmt' && /set_config\s*\(\s*'timezone'\s*,\s*'(utc|etc\/utc|gmt)'/i.test(s.sql)) utc = true;
  }
  return utc;
}

/** How the statement spells a type: original case for user types, the familiar name for built-ins. */
function spell(typeName: any, info: TypeInfo, quote = false): string {
  const parts = strings(typeName?.names).filter((p) => p !== 'pg_catalog');
  const last = parts[parts.length - 1];
  if (!last || last === info.name) return info.display;
  return `${parts.map((p) => (quote ? ident(p) : p)).join('.')}${info.mods.length ? `(${info.mods.join(',')})` : ''}${info.array ? '[]' : ''}`;
}

export default defineRule({
  id: 'changing-column-type',
  phase: 'static',
  severity: 'high',
  category: 'rewrite',
  title: 'Column type change rewrites an existing table',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt' || stmt.node.objtype !== 'OBJECT_TABLE') return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    const info = ctx.table(table);
    const tableSql = relSql(table, stmt.node.relation);
    checkSetExpression(stmt, ctx, table, info);
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (cmd?.subtype !== 'AT_AlterColumnType' || !cmd.name) continue;
      const def = cmd.def?.ColumnDef;
      const neu = typeInfo(def?.typeName);
      if (!neu) continue;
      const col: string = cmd.name;
      const column = info?.columns.get(col);
      const old = column?.type;
      const usingChanges = !usingIsIdentity(def?.raw_default, col);
      let verdict = usingChanges ? ({ kind: 'rewrite', why: 'the USING expression computes a new value for every row' } as Verdict) : judgeWithDomains(ctx, old, neu);
      const indexed = info?.indexes.some((i) => i.columns.includes(col));
      if (def?.collClause && verdict.kind === 'none') verdict = { kind: 'indexes', why: 'the collation changes, so indexes on the column are rebuilt' };
      if (verdict.kind === 'conditional' && sessionIsUtc(ctx.statements, stmt)) continue;
      if (verdict.kind === 'none') continue;
      // An index rebuild only matters when the column has an index; unknown tables are given the benefit of the doubt.
      if (verdict.kind === 'indexes' && !indexed) continue;

      const newText = spell(def?.typeName, neu);
      const oldText = old?.display;
      const typeSql = spell(def?.typeName, neu, true);
      const from = oldText && oldText.toLowerCase() !== newText.toLowerCase() ? `${oldText} → ${newText}` : `→ ${newText}`;
      const object = `${table.qualified}.${col}`;
      let message: string;
      let severity: 'high' | 'medium' = 'high';
      if (verdict.kind === 'rewrite') {
        message =
          `ALTER COLUMN ${col} TYPE (${from}) rewrites every row of ${table.qualified} and rebuilds all of its indexes while holding an ACCESS EXCLUSIVE lock` +
          (verdict.why ? ` (${verdict.why})` : '') +
          `: every read and write of the table waits for the whole rewrite, which on a large table is minutes to hours, and it needs disk space for a second copy of the table.`;
      } else if (verdict.kind === 'indexes') {
        message = `ALTER COLUMN ${col} TYPE (${from}) does not rewrite ${table.qualified}, but ${verdict.why}, under an ACCESS EXCLUSIVE lock that blocks every read and write until they are built.`;
      } else if (verdict.kind === 'conditional') {
        severity = 'medium';
        message = `ALTER COLUMN ${col} TYPE (${from}) takes an ACCESS EXCLUSIVE lock on ${table.qualified}; ${verdict.why}, blocking reads and writes for the whole rewrite.`;
      } else {
        severity = 'medium';
        message =
          `pgreview cannot see the current type of ${object}. Unless the change is one Postgres makes without a rewrite (a longer varchar, varchar → text, ` +
          `more numeric precision at the same scale, cidr → inet…), ALTER COLUMN TYPE rewrites every row of ${table.qualified} and rebuilds its indexes under an ACCESS EXCLUSIVE lock, blocking reads and writes throughout.`;
      }
      const limit = neu.name === 'varchar' && neu.mods.length ? neu.mods[0] : undefined;
      const fix =
        verdict.kind === 'conditional'
          ? {
              description:
                'Run the change with the session time zone set to UTC, so that PostgreSQL 12+ skips the rewrite. The existing values are then read as UTC times: right only if that is what they hold (otherwise the conversion needs the rewrite, or an expand/contract migration).',
              sql: ctx.tx.inTransaction ? `SET LOCAL timezone = 'UTC';\n${stmt.sql};` : `SET timezone = 'UTC';\n${stmt.sql};\nRESET timezone;`,
            }
          : limit !== undefined && (!old || TEXTISH.has(old.name))
            ? {
                description:
                  'To enforce a maximum length, keep the column type (text or a wider varchar) and add a CHECK constraint NOT VALID, then validate it in a separate migration: no rewrite, and validation does not block reads or writes.',
                sql: `ALTER TABLE ${tableSql} ADD CONSTRAINT ${ident(`${table.name}_${col}_length`)} CHECK (char_length(${ident(col)}) <= ${limit}) NOT VALID;\n-- in a separate migration:\nALTER TABLE ${tableSql} VALIDATE CONSTRAINT ${ident(`${table.name}_${col}_length`)};`,
              }
            : {
                description:
                  'Change the type without a long lock by expanding and contracting: add a new column of the new type, keep it in sync for new writes (a trigger, or the application writing both), backfill existing rows in small batches, move readers to it, then drop the old column and rename. On a small table, run the change with a short lock_timeout in a quiet period.',
                sql:
                  `ALTER TABLE ${tableSql} ADD COLUMN ${ident(col + '_new')} ${typeSql};\n` +
                  `-- keep ${col}_new in sync (trigger), then backfill in batches, e.g.:\n` +
                  `-- UPDATE ${tableSql} SET ${ident(col + '_new')} = ${ident(col)}::${typeSql} WHERE <key range> AND ${ident(col + '_new')} IS NULL;\n` +
                  `-- after the application reads ${col}_new:\n` +
                  `-- ALTER TABLE ${tableSql} DROP COLUMN ${ident(col)};\n-- ALTER TABLE ${tableSql} RENAME COLUMN ${ident(col + '_new')} TO ${ident(col)};`,
              };
      ctx.report({ stmt, location: def?.location, object, message, severity, fix, evidence: { from: old?.display, to: neu.display, lock: 'ACCESS EXCLUSIVE', rewrite: verdict.kind } });
    }
  },
});

/** The column's definition where the model saw it created: the CREATE TABLE element or the ADD COLUMN. */
function columnDef(info: TableInfo | undefined, col: string): any {
  const node = info?.columns.get(col)?.origin.statement.node;
  const defs = [...(node?.tableElts ?? []), ...(node?.cmds ?? []).map((c: any) => (c?.AlterTableCmd?.subtype === 'AT_AddColumn' ? c.AlterTableCmd.def : undefined))];
  return defs.map((d: any) => d?.ColumnDef).find((d: any) => d?.colname === col);
}

/** An expression as SQL text (through a one-column SELECT, which the deparser prints). */
function exprSql(expr: any): string | undefined {
  return deparse('SelectStmt', { targetList: [{ ResTarget: { val: expr } }], limitOption: 'LIMIT_OPTION_DEFAULT', op: 'SETOP_NONE' })?.replace(/^SELECT /, '');
}

/** The expression with every bare column name read from the trigger's NEW row. */
function onNewRow(expr: any): any {
  return renameColumnRefs(expr, (f) => (f.length === 1 && f[0]?.String ? [{ String: { sval: 'new' } }, f[0]] : undefined));
}

/**
 * ALTER COLUMN … SET EXPRESSION (PostgreSQL 17) recomputes a STORED generated column for every row:
 * measured on PostgreSQL 17 (PGlite), the table and every index get a new relfilenode under ACCESS
 * EXCLUSIVE, even when the expression is unchanged. A VIRTUAL column (18) is computed on read: no rewrite.
 * DROP EXPRESSION keeps the values and rewrites nothing (measured), which the fix builds on.
 */
function checkSetExpression(stmt: Statement, ctx: StaticContext, table: QualifiedName, info: TableInfo | undefined): void {
  const cmds: any[] = (stmt.node.cmds ?? []).map((c: any) => c?.AlterTableCmd).filter((cmd: any) => cmd?.subtype === 'AT_SetExpression' && cmd.name && cmd.def);
  const stored = cmds.filter((cmd) => !columnDef(info, cmd.name)?.constraints?.some((k: any) => k?.Constraint?.contype === 'CONSTR_GENERATED' && k.Constraint.generated_kind === 'v'));
  if (!stored.length) return;
  const tableSql = relSql(table, stmt.node.relation);
  // One fix for the statement: each SET EXPRESSION becomes DROP EXPRESSION, the siblings stay as written.
  const replaced = (stmt.node.cmds ?? []).map((c: any) =>
    stored.includes(c?.AlterTableCmd) ? { AlterTableCmd: { subtype: 'AT_DropExpression', name: c.AlterTableCmd.name, behavior: 'DROP_RESTRICT' } } : c,
  );
  const drop = alterSql(stmt, replaced);
  const parts = stored.map((cmd) => ({ col: cmd.name as string, expr: exprSql(cmd.def), onNew: exprSql(onNewRow(cmd.def)) }));
  const schemaSql = ident(table.schema);
  const sql =
    drop && parts.every((p) => p.expr && p.onNew)
      ? [
          drop,
          ...parts.flatMap(({ col, onNew }) => {
            const fn = `${schemaSql}.${ident(`${table.name}_${col}_compute`)}`;
            return [
              `CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  new.${ident(col)} := ${onNew};\n  RETURN new;\nEND\n$$;`,
              `CREATE TRIGGER ${ident(`${table.name}_${col}_compute`)} BEFORE INSERT OR UPDATE ON ${tableSql} FOR EACH ROW EXECUTE FUNCTION ${fn}();`,
            ];
          }),
          ...parts.map(({ col, expr }) => `-- backfill in batches: UPDATE ${tableSql} SET ${ident(col)} = ${expr} WHERE <key range>;`),
        ].join('\n')
      : undefined;
  const virtual = ctx.settings.pgVersion >= 18 ? ' On PostgreSQL 18, a VIRTUAL generated column with the new expression is added without a rewrite (computed on read; it cannot be indexed): move readers to it, then drop the old column.' : '';
  for (const cmd of stored) {
    ctx.report({
      stmt,
      location: cmd.def.location,
      object: `${table.qualified}.${cmd.name}`,
      title: 'Generated column expression change rewrites an existing table',
      message:
        `ALTER COLUMN ${cmd.name} SET EXPRESSION recomputes the stored generated column for every row: Postgres rewrites all of ${table.qualified} and rebuilds all of its indexes while holding an ACCESS EXCLUSIVE lock (even when the expression is unchanged). ` +
        `Every read and write of the table waits for the whole rewrite, which on a large table is minutes to hours, and it needs disk space for a second copy of the table.`,
      fix: {
        description:
          'On a small table, or in a maintenance window with a short lock_timeout, accept the rewrite. Otherwise change how the column is computed without one: DROP EXPRESSION makes it a plain column that keeps its values (a catalog change, no rewrite), ' +
          'a BEFORE INSERT OR UPDATE trigger computes the new expression for every row written from then on, and a batched backfill recomputes the existing rows. The column is then no longer GENERATED (a write to it is overridden by the trigger), and making it generated again would rewrite the table.' +
          virtual,
        sql,
      },
      evidence: { lock: 'ACCESS EXCLUSIVE', rewrite: 'rewrite', expression: true },
    });
  }
}
