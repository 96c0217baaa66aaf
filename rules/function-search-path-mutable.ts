import { defineRule } from '../src/analysis/rules.js';
import { defElem, defElemString, listName } from '../src/analysis/ast.js';
import { laterSearchPath, pinSearchPath, searchPathOption, SYSTEM_SCHEMAS } from './_security-util.js';

export default defineRule({
  id: 'function-search-path-mutable',
  phase: 'static',
  severity: 'low',
  category: 'security',
  title: 'Function in an exposed schema without a fixed search_path',
  statements: ['CreateFunctionStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'CreateFunctionStmt') return;
    const n = stmt.node;
    // SECURITY DEFINER functions have their own, stronger rule.
    if (defElem(n.options, 'security')?.arg?.Boolean?.boolval === true) return;
    if (n.sql_body) return;
    const lang = defElemString(defElem(n.options, 'language'))?.toLowerCase();
    if (lang === 'c' || lang === 'internal') return;
    const q = listName(n.funcname);
    if (!q || !ctx.exposedSchemas.has(q.schema) || SYSTEM_SCHEMAS.has(q.schema)) return;
    if (searchPathOption(n.options) !== undefined || laterSearchPath(ctx.statements, stmt, q.qualified)) return;
    const kind = n.is_procedure ? 'procedure' : 'function';
    const { sql, note } = pinSearchPath(stmt, kind, ctx);
    const advice = `Pin the ${kind}'s search_path, and schema-qualify the names in its body.`;
    ctx.report({
      stmt,
      object: q.qualified,
      message: `${q.qualified} resolves the names in its body through the caller's search_path, which the caller controls: when it runs for a more privileged role (from a trigger, a policy or a SECURITY DEFINER function) a planted object with the same name can be picked up instead (Supabase lint function_search_path_mutable).`,
      fix: { description: note ? `${advice} ${note}` : advice, sql },
    });
  },
});
