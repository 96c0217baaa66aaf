// Ownership paths read from RLS policy expressions with the real parser: which columns are compared
// with auth.uid() (in the table or in a subquery's table), and which columns must hold the same
// value (tenant_id = (select tenant_id from profiles where id = auth.uid()), IN/EXISTS subqueries).
import * as pgQuery from 'libpg-query';
import type { PolicyInfo } from '../catalog.js';
import { q, qn, type Shapes } from './util.js';

export interface ColRef {
  table: string;
  col: string;
}

export interface OwnershipPaths {
  /** table → columns that equal auth.uid(). */
  uidCols: Map<string, Set<string>>;
  /** Pairs of columns that hold the same value on the path. */
  links: [ColRef, ColRef][];
  /** Tables read by subqueries (other than the target). */
  refTables: string[];
  /** Columns of the target named anywhere in its policies. */
  targetCols: Set<string>;
  /** The policies call functions other than auth.*: ownership may go through them. */
  opaqueCalls: string[];
}

interface Scope {
  entries: { alias: string; table: string }[];
}

type Side = { uid: true } | { col: ColRef } | undefined;

const str = (n: any): string => n?.String?.sval ?? '';

function isUidCall(n: any): boolean {
  const f = n?.FuncCall;
  if (!f) return false;
  const name = (f.funcname ?? []).map(str);
  return (name.length === 2 && name[0] === 'auth' && name[1] === 'uid') || (name.length === 1 && name[0] === 'uid');
}

/** Analyse the policies of `table` (qualified) and return the paths from rows to auth.uid(). */
export async function ownershipPaths(table: string, policies: PolicyInfo[], shapes: Shapes): Promise<OwnershipPaths> {
  const out: OwnershipPaths = { uidCols: new Map(), links: [], refTables: [], targetCols: new Set(), opaqueCalls: [] };
  const trees: any[] = [];
  const names = new Set<string>();
  for (const p of policies) {
    for (const expr of [p.qual, p.withCheck]) {
      if (!expr) continue;
      try {
        const tree = pgQuery.parseSync(`select 1 from ${table} where ${expr}`);
        const sel = tree.stmts?.[0]?.stmt?.SelectStmt;
        if (!sel) continue;
        trees.push(sel);
        collectRangeVars(sel.whereClause, names);
      } catch {
        // an expression we cannot read: its paths stay unknown
      }
    }
  }
  const resolved = new Map<string, string>();
  for (const n of names) {
    const r = await shapes.resolve(n);
    if (r) resolved.set(n, r);
  }
  const columns = new Map<string, Set<string>>();
  for (const t of new Set([table, ...resolved.values()])) {
    const s = await shapes.get(t);
    columns.set(t, new Set(s?.columns.map((c) => c.name) ?? []));
  }
  const shortName = table.split('.').pop()!.replace(/"/g, '');
  const top: Scope = { entries: [{ alias: shortName, table }] };
  const refs = new Set<string>();

  const scopeOf = (sel: any): Scope => {
    const entries: Scope['entries'] = [];
    const add = (n: any) => {
      if (n?.RangeVar) {
        const rv = n.RangeVar;
        const key = rvKey(rv);
        const t = resolved.get(key);
        if (t) {
          entries.push({ alias: rv.alias?.aliasname ?? rv.relname, table: t });
          if (t !== table) refs.add(t);
        }
      } else if (n?.JoinExpr) {
        add(n.JoinExpr.larg);
        add(n.JoinExpr.rarg);
      }
    };
    for (const f of sel.fromClause ?? []) add(f);
    return { entries };
  };

  const resolveCol = (fields: any[], scopes: Scope[]): ColRef | undefined => {
    const parts = fields.map(str).filter(Boolean);
    if (!parts.length) return undefined;
    const col = parts[parts.length - 1]!;
    const alias = parts.length >= 2 ? parts[parts.length - 2] : undefined;
    for (let i = scopes.length - 1; i >= 0; i--) {
      for (const e of scopes[i]!.entries) {
        if (alias ? e.alias === alias : columns.get(e.table)?.has(col)) return { table: e.table, col };
      }
    }
    return undefined;
  };

  const side = (n: any, scopes: Scope[]): Side => {
    if (!n) return undefined;
    if (n.TypeCast) return side(n.TypeCast.arg, scopes);
    if (isUidCall(n)) return { uid: true };
    if (n.ColumnRef) {
      const c = resolveCol(n.ColumnRef.fields ?? [], scopes);
      return c ? { col: c } : undefined;
    }
    if (n.SubLink?.subLinkType === 'EXPR_SUBLINK' || n.SubLink?.subLinkType === 'ARRAY_SUBLINK') return targetOf(n.SubLink.subselect?.SelectStmt, scopes);
    return undefined;
  };

  const targetOf = (sel: any, scopes: Scope[]): Side => {
    if (!sel) return undefined;
    const inner = [...scopes, scopeOf(sel)];
    const t = sel.targetList?.[0]?.ResTarget?.val;
    return side(t, inner);
  };

  const record = (a: Side, b: Side) => {
    if (!a || !b) return;
    if ('uid' in a && 'col' in b) addUid(b.col);
    else if ('col' in a && 'uid' in b) addUid(a.col);
    else if ('col' in a && 'col' in b && (a.col.table !== b.col.table || a.col.col !== b.col.col)) out.links.push([a.col, b.col]);
  };
  const addUid = (c: ColRef) => {
    let s = out.uidCols.get(c.table);
    if (!s) out.uidCols.set(c.table, (s = new Set()));
    s.add(c.col);
  };

  const walk = (n: any, scopes: Scope[]): void => {
    if (Array.isArray(n)) {
      for (const x of n) walk(x, scopes);
      return;
    }
    if (!n || typeof n !== 'object') return;
    if (n.SelectStmt) {
      const inner = [...scopes, scopeOf(n.SelectStmt)];
      walk(n.SelectStmt.whereClause, inner);
      walk(n.SelectStmt.targetList, inner);
      for (const f of n.SelectStmt.fromClause ?? []) if (f.JoinExpr) walk(f.JoinExpr.quals, inner);
      return;
    }
    if (n.A_Expr && (n.A_Expr.kind === 'AEXPR_OP' || n.A_Expr.kind === 'AEXPR_IN') && ['=', 'IN'].includes(str(n.A_Expr.name?.[0]))) {
      const r = n.A_Expr.rexpr;
      if (Array.isArray(r?.List?.items)) for (const item of r.List.items) record(side(n.A_Expr.lexpr, scopes), side(item, scopes));
      else record(side(n.A_Expr.lexpr, scopes), side(r, scopes));
    }
    if (n.SubLink?.subLinkType === 'ANY_SUBLINK' && n.SubLink.testexpr) record(side(n.SubLink.testexpr, scopes), targetOf(n.SubLink.subselect?.SelectStmt, scopes));
    if (n.ColumnRef) {
      const c = resolveCol(n.ColumnRef.fields ?? [], scopes);
      if (c?.table === table) out.targetCols.add(c.col);
    }
    if (n.FuncCall && !isUidCall(n)) {
      const name = (n.FuncCall.funcname ?? []).map(str).join('.');
      if (!/^(auth\.|pg_catalog\.)|^(coalesce|lower|upper|now|current_setting|array_agg|any)$/.test(name)) out.opaqueCalls.push(name);
    }
    for (const v of Object.values(n)) if (v && typeof v === 'object') walk(v, scopes);
  };

  for (const sel of trees) walk(sel.whereClause, [top]);
  out.refTables = [...refs];
  out.opaqueCalls = [...new Set(out.opaqueCalls)];
  return out;
}

function collectRangeVars(n: any, out: Set<string>): void {
  if (Array.isArray(n)) {
    for (const x of n) collectRangeVars(x, out);
    return;
  }
  if (!n || typeof n !== 'object') return;
  if (n.RangeVar) out.add(rvKey(n.RangeVar));
  for (const v of Object.values(n)) if (v && typeof v === 'object') collectRangeVars(v, out);
}

const rvKey = (rv: any): string => (rv.schemaname ? qn(rv.schemaname, rv.relname) : q(rv.relname));
