// The SQL a statement runs besides its own tree: a SQL-language function's body, and each query
// of a PL/pgSQL body (functions, DO blocks), parsed again. Shared by the rules that read bodies
// (search_path fixes, vector operator uses) so that each reaches them the same way.
import type { Statement } from '../types.js';
import { parseStatementsSync } from '../sql/parse.js';
import { defElem, defElemString, walk } from './ast.js';

/** A PL/pgSQL expression's text as SQL the grammar parses; `mode` is its parseMode (2: an expression, 3+: an assignment, whose expression is kept). */
export function plpgsqlExprSql(text: string, mode: number): string {
  if (mode === 2) return `SELECT ${text}`;
  if (mode >= 3) return `SELECT ${text.replace(/^[\s\S]*?:?=/, '')}`; // "target := expr"
  return text;
}

const CONSTANT_STRING = /^\s*'((?:[^']|'')*)'\s*$/;

/**
 * Each query of a PL/pgSQL tree, with its parse mode; a query that is one string constant is also an
 * EXECUTE's (or PERFORM format's) query, given again as SQL of its own (`constant`). `onNode` sees
 * every other node of the tree, in the same walk.
 */
export function walkPlpgsqlQueries(tree: any, onQuery: (text: string, mode: number, constant: boolean) => void, onNode?: (key: string, value: any) => void): void {
  walk(tree, (key, value) => {
    if (key === 'PLpgSQL_expr' && typeof value.query === 'string') {
      onQuery(value.query, typeof value.parseMode === 'number' ? value.parseMode : 0, false);
      const constant = CONSTANT_STRING.exec(value.query);
      if (constant) onQuery(constant[1]!.replace(/''/g, "'"), 0, true);
    } else onNode?.(key, value);
  });
}

export interface EmbeddedQuery {
  /** A statement's tree: the statement itself, or one parsed from its body. */
  kind: string;
  node: any;
  /** Names a PL/pgSQL body declares (parameters, variables): an unqualified name in its queries may be one of them. */
  variables?: Set<string>;
}

/** The statement's own tree, then the trees of a SQL-language body and of each query of a PL/pgSQL body; text that does not parse is left out. */
export function statementQueries(stmt: Pick<Statement, 'kind' | 'node' | 'plpgsql'>): EmbeddedQuery[] {
  const out: EmbeddedQuery[] = [{ kind: stmt.kind, node: stmt.node }];
  const add = (sql: string, variables?: Set<string>) => {
    try {
      for (const s of parseStatementsSync(sql)) out.push({ kind: s.kind, node: s.node, variables });
    } catch {
      // PL/pgSQL accepts fragments the SQL grammar does not (cursor arguments, `x := a, b`).
    }
  };
  if (stmt.kind === 'CreateFunctionStmt' && defElemString(defElem(stmt.node.options, 'language'))?.toLowerCase() === 'sql') {
    const body = defElem(stmt.node.options, 'as')?.arg?.List?.items?.[0]?.String?.sval;
    if (typeof body === 'string') add(body);
  }
  // Only statements with a PL/pgSQL body have the tree (src/sql/parse.ts).
  const tree = stmt.kind === 'CreateFunctionStmt' || stmt.kind === 'DoStmt' ? stmt.plpgsql : undefined;
  if (tree) {
    const variables = new Set<string>();
    walk(tree, (key, value) => {
      if ((key === 'PLpgSQL_var' || key === 'PLpgSQL_rec' || key === 'PLpgSQL_row') && typeof value.refname === 'string') variables.add(value.refname);
    });
    walkPlpgsqlQueries(tree, (text, mode) => add(plpgsqlExprSql(text, mode), variables));
  }
  return out;
}
