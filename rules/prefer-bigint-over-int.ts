import { defineRule, type StaticContext } from '../src/analysis/rules.js';
import { columnConstraints, hasConstraint, rangeVarName, strings, typeInfo, type QualifiedName, type TypeInfo } from '../src/analysis/ast.js';
import type { Statement } from '../src/types.js';
import { ident, qname } from './_changes-util.js';

const SMALL = new Set(['int4', 'int2', 'serial', 'serial4', 'smallserial', 'serial2', 'int', 'integer', 'smallint']);
const BIG = new Set(['int8', 'bigint', 'bigserial', 'serial8']);
const MAX: Record<string, string> = { int2: '32,767', smallint: '32,767', smallserial: '32,767', serial2: '32,767' };

function max(t: TypeInfo): string {
  return MAX[t.name] ?? '2,147,483,647';
}
function isSerialType(t: TypeInfo): boolean {
  return ['serial', 'serial4', 'smallserial', 'serial2'].includes(t.name);
}

interface Col {
  name: string;
  type?: TypeInfo;
  def?: any;
  location?: number;
}

export default defineRule({
  id: 'prefer-bigint-over-int',
  phase: 'static',
  severity: 'low',
  category: 'integrity',
  title: 'integer key that can run out of values',
  statements: ['CreateStmt', 'AlterTableStmt'],
  check(stmt, ctx) {
    const n = stmt.node;
    const reported = new Set<string>();
    if (stmt.kind === 'CreateStmt') {
      const table = rangeVarName(n.relation);
      if (!table) return;
      // Both findings need a 32/16-bit column defined here (a foreign key column not defined here has no type).
      if (!(n.tableElts ?? []).some((e: any) => e?.ColumnDef && SMALL.has(typeInfo(e.ColumnDef.typeName)?.name ?? ''))) return;
      const cols = new Map<string, Col>();
      for (const e of n.tableElts ?? []) {
        const d = e?.ColumnDef;
        if (d?.colname) cols.set(d.colname, { name: d.colname, type: typeInfo(d.typeName), def: d, location: d.location });
      }
      // Foreign keys first: a mismatch is the stronger finding.
      for (const e of n.tableElts ?? []) {
        const d = e?.ColumnDef;
        if (d) for (const c of columnConstraints(d)) if (c.contype === 'CONSTR_FOREIGN') fk(ctx, stmt, table, [cols.get(d.colname)!], c, cols, reported);
        const c = e?.Constraint;
        if (c?.contype === 'CONSTR_FOREIGN') fk(ctx, stmt, table, strings(c.fk_attrs).map((a) => cols.get(a) ?? { name: a }), c, cols, reported);
      }
      const tablePk = (n.tableElts ?? []).map((e: any) => e?.Constraint).find((c: any) => c?.contype === 'CONSTR_PRIMARY');
      const pkKeys = tablePk ? strings(tablePk.keys) : [];
      for (const col of cols.values()) {
        const isPk = hasConstraint(col.def, 'CONSTR_PRIMARY') || (pkKeys.length === 1 && pkKeys[0] === col.name);
        key(ctx, stmt, table, col, isPk, 'create', reported);
      }
    } else if (stmt.kind === 'AlterTableStmt' && (n.objtype ?? 'OBJECT_TABLE') === 'OBJECT_TABLE') {
      const table = rangeVarName(n.relation);
      if (!table) return;
      const info = ctx.table(table);
      const known = (name: string): Col => ({ name, type: info?.columns.get(name)?.type });
      for (const cn of n.cmds ?? []) {
        const cmd = cn?.AlterTableCmd;
        if (!cmd) continue;
        if (cmd.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef) {
          const d = cmd.def.ColumnDef;
          const col: Col = { name: d.colname, type: typeInfo(d.typeName), def: d, location: d.location };
          for (const c of columnConstraints(d)) if (c.contype === 'CONSTR_FOREIGN') fk(ctx, stmt, table, [col], c, new Map([[col.name, col]]), reported);
          key(ctx, stmt, table, col, hasConstraint(d, 'CONSTR_PRIMARY'), 'add', reported);
        } else if (cmd.subtype === 'AT_AddConstraint' && cmd.def?.Constraint?.contype === 'CONSTR_FOREIGN') {
          const c = cmd.def.Constraint;
          fk(ctx, stmt, table, strings(c.fk_attrs).map(known), c, new Map(), reported);
        } else if (cmd.subtype === 'AT_AddIdentity' && cmd.name) {
          key(ctx, stmt, table, { ...known(cmd.name), location: cmd.def?.Constraint?.location }, false, 'identity', reported);
        }
      }
    }
  },
});

/** A primary key, identity or serial column of a 32-bit or 16-bit integer type. */
function key(ctx: StaticContext, stmt: Statement, table: QualifiedName, col: Col, isPk: boolean, via: 'create' | 'add' | 'identity', reported: Set<string>): void {
  const t = col.type;
  if (!t || !SMALL.has(t.name) || t.array || reported.has(col.name)) return;
  const identity = via === 'identity' || hasConstraint(col.def, 'CONSTR_IDENTITY');
  const serial = isSerialType(t);
  if (!isPk && !identity && !serial) return;
  reported.add(col.name);
  const what = identity ? `${t.display} identity column` : serial ? `${t.name} column (${t.name === 'serial' || t.name === 'serial4' ? 'integer' : 'smallint'} plus a sequence)` : `${t.display} primary key`;
  const object = `${table.qualified}.${col.name}`;
  const generated = identity || serial;
  ctx.report({
    stmt,
    location: col.location,
    object,
    message:
      `${object} is a${/^[aeiou]/.test(what) ? 'n' : ''} ${what}: it holds at most ${max(t)} values${generated ? ', and its sequence burns numbers on rolled-back inserts and cache gaps' : ''}. ` +
      `When a busy table reaches that, every INSERT fails${generated ? ' (nextval reaches the maximum, or "integer out of range")' : ' with "integer out of range"'}, and the fix is ALTER COLUMN … TYPE bigint, which rewrites the table, its indexes and every referencing foreign key column under an ACCESS EXCLUSIVE lock. ` +
      `bigint costs 4 more bytes per row, often none after alignment.`,
    fix: {
      description: `Declare it bigint from the start${generated ? ' (bigint GENERATED … AS IDENTITY, or bigserial)' : ''}, and make the foreign keys that reference it bigint too.`,
      sql:
        via === 'create'
          ? `${ident(col.name)} ${identity || serial ? 'bigint GENERATED BY DEFAULT AS IDENTITY' : 'bigint'}${isPk ? ' PRIMARY KEY' : ''}`
          : via === 'add'
            ? `ALTER TABLE ${qname(table)} ADD COLUMN ${ident(col.name)} ${identity || serial ? 'bigint GENERATED BY DEFAULT AS IDENTITY' : 'bigint'}${isPk ? ' PRIMARY KEY' : ''};`
            : `-- before adding the identity, while the table is small:\nALTER TABLE ${qname(table)} ALTER COLUMN ${ident(col.name)} TYPE bigint;`,
    },
  });
}

/** A foreign key whose 32/16-bit column references a bigint key: inserts fail once the key passes 2^31. */
function fk(ctx: StaticContext, stmt: Statement, table: QualifiedName, cols: Col[], c: any, sameTable: Map<string, Col>, reported: Set<string>): void {
  const ref = rangeVarName(c.pktable);
  if (!ref) return;
  const refInfo = ctx.table(ref);
  const refCols = strings(c.pk_attrs).length ? strings(c.pk_attrs) : (refInfo?.primaryKey ?? (ref.qualified === table.qualified ? pkOf(sameTable) : []));
  cols.forEach((col, i) => {
    const refName = refCols[i];
    if (!col || !refName || reported.has(col.name)) return;
    const refType = ref.qualified === table.qualified && sameTable.has(refName) ? sameTable.get(refName)!.type : refInfo?.columns.get(refName)?.type;
    if (!col.type || !refType || !SMALL.has(col.type.name) || !BIG.has(refType.name) || col.type.array || refType.array) return;
    reported.add(col.name);
    const object = `${table.qualified}.${col.name}`;
    ctx.report({
      stmt,
      location: col.location ?? c.location,
      object,
      severity: 'medium',
      message:
        `${object} is ${col.type.display} but references ${ref.qualified}.${refName}, which is bigint: once ${ref.qualified} hands out ids above ${max(col.type)}, ` +
        `inserting or updating rows that point at them fails with "integer out of range", long before the referenced key itself runs out. Widening it later rewrites ${table.qualified} under an ACCESS EXCLUSIVE lock.`,
      fix: {
        description: `Give the referencing column the referenced column's type.`,
        sql: col.def ? `${ident(col.name)} bigint REFERENCES ${qname(ref)} (${ident(refName)})` : `ALTER TABLE ${qname(table)} ALTER COLUMN ${ident(col.name)} TYPE bigint;`,
      },
    });
  });
}

function pkOf(cols: Map<string, Col>): string[] {
  for (const col of cols.values()) if (hasConstraint(col.def, 'CONSTR_PRIMARY')) return [col.name];
  return [];
}
