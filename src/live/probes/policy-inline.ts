// Functions a policy calls, read through: a SQL function whose body is one SELECT (`select exists
// (select 1 from members where project_id = $1 and user_id = auth.uid())`), or a PL/pgSQL one that
// only returns an expression (`begin return exists (…); end`), is replaced in the parsed policy by
// its body with the call's arguments in place of its parameters. The ownership path through it
// (membership tables, auth.uid()) is then read like one written in the policy itself. Anything else
// (overloads, set-returning bodies with several statements, other languages) stays an opaque call.
import * as pg17 from '../../sql/pg17.js';
import type { Database } from '../../engines/database.js';
import { attempt, relationRef, walkNodes } from './util.js';

interface Body {
  name: string;
  params: string[];
  /** The body's SELECT (a parse tree). */
  select: any;
}

/** How deep calls are followed (a policy → rls_campaign → rls_project → …). */
const MAX_DEPTH = 4;

const str = (n: any): string => n?.String?.sval ?? '';
const NULL_CONST = { A_Const: { isnull: true } };

export class PolicyInliner {
  private readonly bodies = new Map<string, Promise<Body | undefined>>();

  constructor(
    private readonly db: Database,
    /** Columns of a relation as named in a body (unresolved: undefined). */
    private readonly columnsOf: (name: string) => Promise<Set<string> | undefined>,
  ) {}

  /** `expr` (a policy's WHERE tree) with the calls it can read replaced by their bodies. `target` qualifies bare column arguments. */
  async inline(expr: any, target: string, depth = 0, inSubquery = false): Promise<any> {
    if (Array.isArray(expr)) return Promise.all(expr.map((x) => this.inline(x, target, depth, inSubquery)));
    if (!expr || typeof expr !== 'object') return expr;
    if (expr.FuncCall && depth < MAX_DEPTH) {
      const replaced = await this.expand(expr.FuncCall, target, depth, inSubquery);
      if (replaced) return replaced;
    }
    const out: any = {};
    for (const [k, v] of Object.entries(expr)) out[k] = await this.inline(v, target, depth, inSubquery || k === 'SelectStmt');
    return out;
  }

  /** The body of the called function with its arguments in place, or undefined when it cannot be read. */
  private async expand(call: any, target: string, depth: number, inSubquery: boolean): Promise<any | undefined> {
    const name: string[] = (call.funcname ?? []).map(str);
    if (name[0] === 'auth' || name[0] === 'pg_catalog' || call.agg_star || call.over) return undefined;
    const args: any[] = call.args ?? [];
    const body = await this.body(name, args.length);
    if (!body) return undefined;
    // A bare column in a policy's own argument list names the policy's table.
    const qualified = inSubquery ? args : args.map((a) => qualify(a, target));
    const columns = await this.bodyColumns(body.select);
    const substituted = substitute(body.select, body, qualified, columns);
    const sel = substituted.SelectStmt ?? substituted;
    // `select <expr>` without FROM is the expression; a SELECT with FROM is a scalar subquery.
    const replaced = !sel.fromClause?.length && sel.targetList?.length === 1 ? sel.targetList[0].ResTarget.val : { SubLink: { subLinkType: 'EXPR_SUBLINK', subselect: { SelectStmt: sel } } };
    return this.inline(replaced, target, depth + 1, true);
  }

  private body(name: string[], nargs: number): Promise<Body | undefined> {
    const key = `${name.join('.')}/${nargs}`;
    let p = this.bodies.get(key);
    if (!p) this.bodies.set(key, (p = this.load(name, nargs).catch(() => undefined)));
    return p;
  }

  private async load(name: string[], nargs: number): Promise<Body | undefined> {
    const [schema, fn] = name.length === 2 ? name : [undefined, name[0]];
    const r = await attempt<{ proname: string; lang: string; src: string; args: string[] | null; nargs: number }>(
      this.db,
      `select p.proname, l.lanname as lang, p.prosrc as src, p.proargnames as args, p.pronargs::int as nargs
         from pg_proc p join pg_language l on l.oid = p.prolang join pg_namespace n on n.oid = p.pronamespace
        where p.proname = $1 and p.prokind = 'f' and not p.proretset
          and (case when $2::text is null then n.nspname = any (current_schemas(true)) else n.nspname = $2 end)
          and $3::int between p.pronargs - p.pronargdefaults and p.pronargs`,
      [fn, schema ?? null, nargs],
    );
    if (!r.ok || r.rows.length !== 1) return undefined; // absent, or overloaded: not followed
    const row = r.rows[0]!;
    const text = row.lang === 'sql' ? row.src : row.lang === 'plpgsql' ? plpgsqlReturn(row.src) : undefined;
    if (!text) return undefined;
    const stmts = pg17.parseSync(text.trim().replace(/;\s*$/, '')).stmts ?? [];
    const select = stmts.length === 1 ? stmts[0]?.stmt?.SelectStmt : undefined;
    if (!select || select.targetList?.length !== 1) return undefined;
    const params = Array.from({ length: row.nargs }, (_, i) => row.args?.[i] ?? '');
    return { name: row.proname, params, select };
  }

  /** Every column of the relations the body reads: a bare name that is one of them is a column, not a parameter. */
  private async bodyColumns(select: any): Promise<Set<string>> {
    const names = new Set<string>();
    walkNodes(select, (k, v) => k === 'RangeVar' && names.add(relationRef(v)));
    const out = new Set<string>();
    for (const n of names) for (const c of (await this.columnsOf(n)) ?? []) out.add(c);
    return out;
  }
}

/** `n` with its bare column names (`name` in `(name)::uuid`, not those of a subquery) qualified by `target`. */
function qualify(n: any, target: string): any {
  if (Array.isArray(n)) return n.map((x) => qualify(x, target));
  if (!n || typeof n !== 'object' || n.SelectStmt) return n;
  if (n.ColumnRef?.fields?.length === 1 && n.ColumnRef.fields[0]?.String) return { ColumnRef: { ...n.ColumnRef, fields: [{ String: { sval: target } }, ...n.ColumnRef.fields] } };
  const out: any = {};
  for (const [k, v] of Object.entries(n)) out[k] = qualify(v, target);
  return out;
}

/** `begin return <expr>; end` (nothing else) as `select <expr>`. */
function plpgsqlReturn(src: string): string | undefined {
  const m = /^\s*begin\s+return\s+([\s\S]+?);?\s*end\s*;?\s*$/i.exec(src);
  return m && !/;\s*\S/.test(m[1]!.replace(/;\s*$/, '')) ? `select ${m[1]!.replace(/;\s*$/, '')}` : undefined;
}

/** A copy of `tree` with the parameters of `body` replaced by `args` (missing ones with NULL, their default is unknown). */
function substitute(tree: any, body: Body, args: any[], columns: Set<string>): any {
  const arg = (i: number) => (i >= 0 && i < body.params.length ? (args[i] ?? NULL_CONST) : undefined);
  const visit = (n: any): any => {
    if (Array.isArray(n)) return n.map(visit);
    if (!n || typeof n !== 'object') return n;
    if (n.ParamRef) return arg((n.ParamRef.number ?? 0) - 1) ?? n;
    if (n.ColumnRef) {
      const f = (n.ColumnRef.fields ?? []).map(str);
      if (f.length === 2 && f[0] === body.name && body.params.includes(f[1]!)) return arg(body.params.indexOf(f[1]!));
      if (f.length === 1 && f[0] && body.params.includes(f[0]) && !columns.has(f[0])) return arg(body.params.indexOf(f[0]));
      return n;
    }
    const out: any = {};
    for (const [k, v] of Object.entries(n)) out[k] = visit(v);
    return out;
  };
  return visit({ SelectStmt: tree });
}
