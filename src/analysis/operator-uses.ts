// Which table's column an operator is applied to, read from a query's tree: a column reference
// operand is resolved through the FROM clause (its RangeVars and their aliases) of its own query
// level, then of the enclosing ones, as Postgres resolves it. Subqueries and CTEs have their own
// scope; what a subquery, a function or a CTE returns is not a table's column.
import { DEFAULT_SCHEMA, strings } from './ast.js';

export interface RelationRef {
  schema: string;
  name: string;
}

/** Whether a relation has a column; undefined when the relation is not known (its columns cannot be told). */
export type HasColumn = (rel: RelationRef, column: string) => boolean | undefined;

export interface OperatorUse {
  /** The operator's name (its last part: `OPERATOR(public.<=>)` is `<=>`). */
  op: string;
  column: string;
  /** The table that owns the column, when the query establishes it. */
  table?: RelationRef;
  /** Otherwise the tables in scope that have such a column: the use may be of one of them. */
  maybe?: RelationRef[];
  /** The operand casts the column (`embedding::halfvec(3)`): the type as written, without schema (`halfvec(3)`). */
  cast?: string;
}

interface FromItem {
  /** The name the query qualifies its columns with: the alias, else the relation's name. */
  name: string;
  /** A relation the catalog may know; none for a subquery, function, CTE or aliased join. */
  rel?: RelationRef;
  aliased: boolean;
}

interface Scope {
  items: FromItem[];
  ctes: Set<string>;
  parent?: Scope;
}

const QUERY_KINDS = new Set(['SelectStmt', 'UpdateStmt', 'DeleteStmt', 'InsertStmt', 'MergeStmt']);

/**
 * Every use of one of `ops` in a statement's tree whose operand (either side) is a column reference,
 * or a cast of one. `variables` are the names a PL/pgSQL body declares: an unqualified name that is
 * also one of them may be the variable, so it is only a possible use.
 */
export function operatorUses(kind: string, node: any, ops: Set<string>, hasColumn: HasColumn, variables?: Set<string>): OperatorUse[] {
  const out: OperatorUse[] = [];
  const visit = (value: any, scope: Scope | undefined): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, scope);
      return;
    }
    for (const key in value) {
      const v = value[key];
      if (v === null || typeof v !== 'object') continue;
      if (QUERY_KINDS.has(key)) visitQuery(key, v, scope);
      else {
        if (key === 'A_Expr') operatorOperands(v, scope);
        visit(v, scope);
      }
    }
  };
  const visitQuery = (kind: string, q: any, outer: Scope | undefined): void => {
    const scope: Scope = { items: [], ctes: new Set(), parent: outer };
    for (const c of q.withClause?.ctes ?? []) if (typeof c?.CommonTableExpr?.ctename === 'string') scope.ctes.add(c.CommonTableExpr.ctename);
    // An INSERT's own target is not in the scope of its SELECT.
    if (kind !== 'InsertStmt' && q.relation) addRangeVar(q.relation, scope);
    for (const item of [...(q.fromClause ?? []), ...(q.usingClause ?? []), ...(q.sourceRelation ? [q.sourceRelation] : [])]) addFromItem(item, scope);
    // CTE bodies and FROM subqueries (unless LATERAL) see the enclosing queries and the CTE names,
    // not this query's own FROM items.
    const beside: Scope = { items: [], ctes: scope.ctes, parent: outer };
    for (const key in q) {
      const v = q[key];
      if (v === null || typeof v !== 'object' || key === 'relation') continue;
      // The branches of UNION/INTERSECT/EXCEPT are queries of their own, side by side.
      if (key === 'larg' || key === 'rarg') visitQuery('SelectStmt', v, outer);
      else if (key === 'withClause') visit(v, beside);
      else if (key === 'fromClause') for (const item of v) visit(item, item?.RangeSubselect && !item.RangeSubselect.lateral ? beside : scope);
      else visit(v, kind === 'InsertStmt' ? outer : scope);
    }
  };
  const operatorOperands = (e: any, scope: Scope | undefined): void => {
    if (e.kind !== 'AEXPR_OP') return;
    const name = strings(e.name);
    const op = name[name.length - 1];
    if (!op || !ops.has(op)) return;
    for (const side of [e.lexpr, e.rexpr]) {
      const cast = side?.TypeCast ? castType(side.TypeCast.typeName) : undefined;
      const ref = side?.ColumnRef ?? (cast ? side.TypeCast.arg?.ColumnRef : undefined);
      if (!ref) continue;
      const use = resolveColumn(strings(ref.fields), (ref.fields ?? []).length, scope, hasColumn, variables);
      if (use) out.push({ op, ...use, ...(cast ? { cast } : {}) });
    }
  };
  if (QUERY_KINDS.has(kind)) visitQuery(kind, node, undefined);
  else visit(node, undefined);
  return out;
}

function addRangeVar(rv: any, scope: Scope): void {
  if (typeof rv?.relname !== 'string') return;
  const alias = rv.alias?.aliasname;
  const cte = !rv.schemaname && isCte(rv.relname, scope);
  scope.items.push({ name: alias ?? rv.relname, rel: cte ? undefined : { schema: rv.schemaname ?? DEFAULT_SCHEMA, name: rv.relname }, aliased: !!alias });
}

function addFromItem(item: any, scope: Scope): void {
  if (item?.RangeVar) return addRangeVar(item.RangeVar, scope);
  const join = item?.JoinExpr;
  if (join && !join.alias) {
    addFromItem(join.larg, scope);
    addFromItem(join.rarg, scope);
    return;
  }
  // A subquery, a function, XMLTABLE/JSON_TABLE, an aliased join: named, but no table's columns.
  const inner = join ?? item?.RangeSubselect ?? item?.RangeFunction ?? item?.RangeTableFunc ?? item?.JsonTable ?? item?.RangeTableSample;
  if (item?.RangeTableSample && !inner.alias) return addRangeVar(inner.relation?.RangeVar, scope);
  if (typeof inner?.alias?.aliasname === 'string') scope.items.push({ name: inner.alias.aliasname, aliased: true });
  else if (inner) scope.items.push({ name: '', aliased: true });
}

function isCte(name: string, scope: Scope | undefined): boolean {
  for (let s = scope; s; s = s.parent) if (s.ctes.has(name)) return true;
  return false;
}

/** `halfvec(3)` for `::extensions.halfvec(3)`; undefined for a type it cannot state exactly (arrays, modifiers that are not numbers). */
function castType(typeName: any): string | undefined {
  const names = strings(typeName?.names);
  const base = names[names.length - 1];
  if (!base || typeName.arrayBounds?.length) return undefined;
  const mods: number[] = [];
  for (const m of typeName.typmods ?? []) {
    const n = m?.A_Const?.ival;
    if (!n || m.A_Const.isnull) return undefined;
    mods.push(n.ival ?? 0);
  }
  return mods.length ? `${base}(${mods.join(',')})` : base;
}

/**
 * The table a column reference names: `alias.col`, `table.col`, `schema.table.col` through the FROM
 * items in scope (innermost first); a bare `col` only when exactly one relation at the innermost level
 * that has such a column can own it, and nothing there whose columns are unknown could.
 */
function resolveColumn(parts: string[], fieldCount: number, scope: Scope | undefined, hasColumn: HasColumn, variables?: Set<string>): Pick<OperatorUse, 'column' | 'table' | 'maybe'> | undefined {
  if (parts.length !== fieldCount || !parts.length || parts.length > 3) return undefined; // `t.*`, or a database name
  const column = parts[parts.length - 1]!;
  if (parts.length > 1) {
    const [schema, qualifier] = parts.length === 3 ? parts : [undefined, parts[0]!];
    for (let s = scope; s; s = s.parent) {
      const item = s.items.find((i) => (schema === undefined ? i.name === qualifier : !i.aliased && i.rel?.schema === schema && i.rel.name === qualifier));
      if (item) return item.rel ? { column, table: item.rel } : undefined;
    }
    return undefined; // a record variable (NEW.col, r.col) or an outer query's name it cannot see
  }
  for (let s = scope; s; s = s.parent) {
    const owners: RelationRef[] = [];
    let unknown = false;
    for (const i of s.items) {
      const has = i.rel ? hasColumn(i.rel, column) : undefined;
      if (has) owners.push(i.rel!);
      else if (has === undefined) unknown = true;
    }
    if (!owners.length && !unknown) continue;
    if (owners.length === 1 && !unknown && !variables?.has(column)) return { column, table: owners[0] };
    return owners.length ? { column, maybe: owners } : undefined;
  }
  return undefined;
}
