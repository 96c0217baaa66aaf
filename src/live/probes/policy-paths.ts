// Ownership paths read from RLS policy expressions with the real parser: which columns are compared
// with auth.uid() (in the table or in a subquery's table), and which columns must hold the same
// value (tenant_id = (select tenant_id from profiles where id = auth.uid()), IN/EXISTS subqueries).
import * as pg17 from '../../sql/pg17.js';
import type { PolicyInfo } from '../catalog.js';
import type { Database } from '../../engines/database.js';
import { PolicyInliner } from './policy-inline.js';
import { relationRef, type Shapes } from './util.js';

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
  /** Columns of the target the policies ask to be NULL (`deleted_at IS NULL`): a live row leaves them empty. */
  nullCols?: Set<string>;
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

/**
 * Analyse the policies of `table` (qualified) and return the paths from rows to auth.uid(). With
 * `db`, the functions the policies call are read through where their bodies are one expression.
 */
export async function ownershipPaths(table: string, policies: PolicyInfo[], shapes: Shapes, db?: Database): Promise<OwnershipPaths> {
  const { trees } = parsePolicies(table, policies);
  const shortName = table.split('.').pop()!.replace(/"/g, '');
  if (db) {
    // get() resolves the name as the session does (and caches it): no separate resolve() round trip per call.
    const inliner = new PolicyInliner(db, async (name) => {
      const shape = await shapes.get(name);
      return shape && new Set(shape.columns.map((c) => c.name));
    });
    for (const sel of trees) sel.whereClause = await inliner.inline(sel.whereClause, shortName);
  }
  const names = new Set<string>();
  for (const sel of trees) collectRangeVars(sel.whereClause, names);
  const { resolved, columns } = await resolveTables(table, names, shapes);
  const walker = new PathWalker(table, resolved, columns);
  for (const sel of trees) walker.walk(sel.whereClause, [{ entries: [{ alias: shortName, table }] }]);
  return walker.result();
}

/** Each USING / WITH CHECK expression parsed as the WHERE of a select on the table. */
function parsePolicies(table: string, policies: PolicyInfo[]): { trees: any[] } {
  const trees: any[] = [];
  for (const p of policies) {
    for (const expr of [p.qual, p.withCheck]) {
      if (!expr) continue;
      try {
        const tree = pg17.parseSync(`select 1 from ${table} where ${expr}`);
        const sel = tree.stmts?.[0]?.stmt?.SelectStmt;
        if (!sel) continue;
        trees.push(sel);
      } catch {
        // an expression we cannot read: its paths stay unknown
      }
    }
  }
  return { trees };
}

/** The relations as the session resolves them, and the columns of each (the target's too). */
async function resolveTables(table: string, names: Set<string>, shapes: Shapes): Promise<{ resolved: Map<string, string>; columns: Map<string, Set<string>> }> {
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
  return { resolved, columns };
}

/** Walks policy expressions with their FROM scopes and records what is compared with what. */
class PathWalker {
  private readonly out: OwnershipPaths = { uidCols: new Map(), links: [], refTables: [], targetCols: new Set(), opaqueCalls: [], nullCols: new Set() };
  private readonly refs = new Set<string>();

  constructor(
    private readonly table: string,
    private readonly resolved: Map<string, string>,
    private readonly columns: Map<string, Set<string>>,
  ) {}

  result(): OwnershipPaths {
    this.out.refTables = [...this.refs];
    this.out.opaqueCalls = [...new Set(this.out.opaqueCalls)];
    return this.out;
  }

  private scopeOf(sel: any): Scope {
    const entries: Scope['entries'] = [];
    const add = (n: any) => {
      if (n?.RangeVar) {
        const rv = n.RangeVar;
        const t = this.resolved.get(relationRef(rv));
        if (t) {
          entries.push({ alias: rv.alias?.aliasname ?? rv.relname, table: t });
          if (t !== this.table) this.refs.add(t);
        }
      } else if (n?.JoinExpr) {
        add(n.JoinExpr.larg);
        add(n.JoinExpr.rarg);
      }
    };
    for (const f of sel.fromClause ?? []) add(f);
    return { entries };
  }

  private resolveCol(fields: any[], scopes: Scope[]): ColRef | undefined {
    const parts = fields.map(str).filter(Boolean);
    if (!parts.length) return undefined;
    const col = parts[parts.length - 1]!;
    const alias = parts.length >= 2 ? parts[parts.length - 2] : undefined;
    for (let i = scopes.length - 1; i >= 0; i--) {
      for (const e of scopes[i]!.entries) {
        if (alias ? e.alias === alias : this.columns.get(e.table)?.has(col)) return { table: e.table, col };
      }
    }
    return undefined;
  }

  private side(n: any, scopes: Scope[]): Side {
    if (!n) return undefined;
    if (n.TypeCast) return this.side(n.TypeCast.arg, scopes);
    if (isUidCall(n)) return { uid: true };
    if (n.ColumnRef) {
      const c = this.resolveCol(n.ColumnRef.fields ?? [], scopes);
      return c ? { col: c } : undefined;
    }
    if (n.SubLink?.subLinkType === 'EXPR_SUBLINK' || n.SubLink?.subLinkType === 'ARRAY_SUBLINK') return this.targetOf(n.SubLink.subselect?.SelectStmt, scopes);
    return undefined;
  }

  private targetOf(sel: any, scopes: Scope[]): Side {
    if (!sel) return undefined;
    const inner = [...scopes, this.scopeOf(sel)];
    return this.side(sel.targetList?.[0]?.ResTarget?.val, inner);
  }

  private record(a: Side, b: Side): void {
    if (!a || !b) return;
    if ('uid' in a && 'col' in b) this.addUid(b.col);
    else if ('col' in a && 'uid' in b) this.addUid(a.col);
    else if ('col' in a && 'col' in b && (a.col.table !== b.col.table || a.col.col !== b.col.col)) this.out.links.push([a.col, b.col]);
  }

  private addUid(c: ColRef): void {
    let s = this.out.uidCols.get(c.table);
    if (!s) this.out.uidCols.set(c.table, (s = new Set()));
    s.add(c.col);
  }

  walk(n: any, scopes: Scope[]): void {
    if (Array.isArray(n)) {
      for (const x of n) this.walk(x, scopes);
      return;
    }
    if (!n || typeof n !== 'object') return;
    if (n.SelectStmt) {
      const inner = [...scopes, this.scopeOf(n.SelectStmt)];
      this.walk(n.SelectStmt.whereClause, inner);
      this.walk(n.SelectStmt.targetList, inner);
      for (const f of n.SelectStmt.fromClause ?? []) if (f.JoinExpr) this.walk(f.JoinExpr.quals, inner);
      return;
    }
    if (n.A_Expr && (n.A_Expr.kind === 'AEXPR_OP' || n.A_Expr.kind === 'AEXPR_IN') && ['=', 'IN'].includes(str(n.A_Expr.name?.[0]))) {
      const r = n.A_Expr.rexpr;
      if (Array.isArray(r?.List?.items)) for (const item of r.List.items) this.record(this.side(n.A_Expr.lexpr, scopes), this.side(item, scopes));
      else this.record(this.side(n.A_Expr.lexpr, scopes), this.side(r, scopes));
    }
    if (n.SubLink?.subLinkType === 'ANY_SUBLINK' && n.SubLink.testexpr) this.record(this.side(n.SubLink.testexpr, scopes), this.targetOf(n.SubLink.subselect?.SelectStmt, scopes));
    if (n.ColumnRef) {
      const c = this.resolveCol(n.ColumnRef.fields ?? [], scopes);
      if (c?.table === this.table) this.out.targetCols.add(c.col);
    }
    if (n.NullTest?.nulltesttype === 'IS_NULL' && n.NullTest.arg?.ColumnRef) {
      const c = this.resolveCol(n.NullTest.arg.ColumnRef.fields ?? [], scopes);
      if (c?.table === this.table) this.out.nullCols!.add(c.col);
    }
    if (n.FuncCall && !isUidCall(n)) {
      const name = (n.FuncCall.funcname ?? []).map(str).join('.');
      if (!/^(auth\.|pg_catalog\.)|^(coalesce|lower|upper|now|current_setting|array_agg|any)$/.test(name)) this.out.opaqueCalls.push(name);
    }
    for (const v of Object.values(n)) if (v && typeof v === 'object') this.walk(v, scopes);
  }
}

function collectRangeVars(n: any, out: Set<string>): void {
  if (Array.isArray(n)) {
    for (const x of n) collectRangeVars(x, out);
    return;
  }
  if (!n || typeof n !== 'object') return;
  if (n.RangeVar) out.add(relationRef(n.RangeVar));
  for (const v of Object.values(n)) if (v && typeof v === 'object') collectRangeVars(v, out);
}

