import { defineRule } from '../src/analysis/rules.js';
import { defElem, rangeVarName } from '../src/analysis/ast.js';
import { optionOn, rangeVars, revokedFromApi } from './_security-util.js';

export default defineRule({
  id: 'auth-users-exposed',
  phase: 'static',
  severity: 'critical',
  category: 'security',
  title: 'View exposes auth.users through the API',
  statements: ['ViewStmt', 'CreateTableAsStmt'],
  check(stmt, ctx) {
    let view: ReturnType<typeof rangeVarName>;
    let query: any;
    let invoker = false;
    let kind = 'view';
    if (stmt.kind === 'ViewStmt') {
      view = rangeVarName(stmt.node.view);
      query = stmt.node.query;
      invoker = optionOn(defElem(stmt.node.options, 'security_invoker'));
    } else if (stmt.kind === 'CreateTableAsStmt' && stmt.node.objtype === 'OBJECT_MATVIEW') {
      view = rangeVarName(stmt.node.into?.rel);
      query = stmt.node.query;
      kind = 'materialized view';
    } else return;
    if (!view || !ctx.exposedSchemas.has(view.schema)) return;
    // With security_invoker the caller needs SELECT on auth.users, which API roles lack: the view errors instead of leaking.
    if (invoker) return;
    const hit = rangeVars(query).find((q) => q.qualified === 'auth.users');
    if (!hit) return;
    const later = ctx.statements.slice(ctx.statements.indexOf(stmt) + 1);
    if (revokedFromApi(later, view.qualified)) return;
    ctx.report({
      stmt,
      location: hit.location,
      object: view.qualified,
      message: `The ${kind} ${view.qualified} selects from auth.users and lives in the ${view.schema} schema, which the API exposes: it runs with its owner's rights, so anon and authenticated clients can read users' emails, phone numbers and metadata through it (Supabase lint auth_users_exposed).`,
      fix: {
        description:
          'Keep user data in a public.profiles table filled by a trigger (with RLS), or move the view to a schema the API does not expose, or revoke access from the API roles.',
        sql: `REVOKE ALL ON ${view.qualified} FROM anon, authenticated;\n-- or: CREATE SCHEMA private; ALTER ${kind === 'view' ? 'VIEW' : 'MATERIALIZED VIEW'} ${view.qualified} SET SCHEMA private;`,
      },
    });
  },
});
