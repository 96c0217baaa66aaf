import { defineRule } from '../src/analysis/rules.js';
import { defElem, rangeVarName } from '../src/analysis/ast.js';
import { cteNames, optionOn, rangeVars, revokedFromApi, SYSTEM_SCHEMAS } from './_security-util.js';

export default defineRule({
  id: 'security-definer-view',
  phase: 'static',
  severity: 'high',
  category: 'security',
  title: 'View in an exposed schema bypasses row level security',
  statements: ['ViewStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'ViewStmt') return;
    const n = stmt.node;
    const view = rangeVarName(n.view);
    if (!view || !ctx.exposedSchemas.has(view.schema) || SYSTEM_SCHEMAS.has(view.schema)) return;
    if (n.view?.relpersistence === 't') return; // temporary view
    if (ctx.settings.pgVersion < 15) return; // security_invoker needs PostgreSQL 15
    if (optionOn(defElem(n.options, 'security_invoker'))) return;
    const later = ctx.statements.slice(ctx.statements.indexOf(stmt) + 1);
    const fixedLater = later.some(
      (s) =>
        s.kind === 'AlterTableStmt' &&
        rangeVarName(s.node.relation)?.qualified === view.qualified &&
        (s.node.cmds ?? []).some(
          (c: any) =>
            c?.AlterTableCmd?.subtype === 'AT_SetRelOptions' &&
            optionOn((c.AlterTableCmd.def?.List?.items ?? []).map((i: any) => i?.DefElem).find((d: any) => d?.defname === 'security_invoker')),
        ),
    );
    if (fixedLater || revokedFromApi(later, view.qualified)) return;
    // auth.users through a view is auth-users-exposed's finding (critical); don't double up.
    const ctes = cteNames(n.query);
    const sources = rangeVars(n.query).filter((q) => !(ctes.has(q.name) && q.schema === 'public'));
    if (sources.some((q) => q.qualified === 'auth.users')) return;
    // What the view can leak: tables under RLS, or tables the API does not expose directly.
    const protectedSources = sources.filter((q) => {
      const t = ctx.table(q);
      if (!t) return true; // unknown: assume protected
      if (t.kind !== 'table') return false; // a view over a view: the inner view is judged on its own
      return t.rls || !ctx.exposedSchemas.has(t.schema);
    });
    if (protectedSources.length === 0) return;
    const names = [...new Set(protectedSources.map((q) => q.qualified))];
    ctx.report({
      stmt,
      object: view.qualified,
      message: `${view.qualified} is created without security_invoker, so it reads ${names.join(', ')} with the view owner's privileges: row level security policies on ${names.length === 1 ? 'that table' : 'those tables'} are not applied, and any client that can select from the view (anon and authenticated by default) sees every row (Supabase lint security_definer_view).`,
      fix: {
        description: 'Create the view with security_invoker (PostgreSQL 15+) so the caller\u2019s privileges and policies apply.',
        sql: `ALTER VIEW ${view.qualified} SET (security_invoker = true);`,
      },
    });
  },
});
