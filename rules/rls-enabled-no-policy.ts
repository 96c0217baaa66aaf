import { defineRule } from '../src/analysis/rules.js';
import { dynamicDdlMayTouch, examplePolicy, revokedFromApi, SYSTEM_SCHEMAS } from './_security-util.js';

export default defineRule({
  id: 'rls-enabled-no-policy',
  phase: 'static',
  severity: 'medium',
  category: 'security',
  title: 'Row level security enabled without any policy',
  finish(ctx) {
    const reviewedStmts = ctx.reviewed.map((r) => r.stmt);
    for (const table of ctx.model.tables.values()) {
      if (table.kind !== 'table' || !table.rls || table.policies.length > 0) continue;
      // Only when this review turned RLS on: an old deny-all table is not news.
      if (!table.rlsOrigin || table.rlsOrigin.phase !== 'pr') continue;
      if (!ctx.exposedSchemas.has(table.schema) || SYSTEM_SCHEMAS.has(table.schema)) continue;
      // Access revoked from the API roles: a deliberate server-only table.
      if (revokedFromApi(reviewedStmts, table.qualified)) continue;
      // Policies created through dynamic SQL: the model cannot see them.
      if (dynamicDdlMayTouch(ctx.sources, /create\s+policy/i, table)) continue;
      const roles = ctx.supabase ? 'anon and authenticated' : 'every role that does not own the table or bypass RLS';
      ctx.report({
        stmt: table.rlsOrigin.statement,
        object: table.qualified,
        message: `${table.qualified} has row level security enabled but no policy exists by the end of this review: for ${roles} every SELECT returns no rows and every INSERT, UPDATE and DELETE fails or touches nothing. Only the owner${ctx.supabase ? ' and service_role' : ''} (which bypass RLS) can use it (Supabase lint rls_enabled_no_policy).`,
        fix: {
          description:
            'Add the policies the application needs; if only the server should use the table, revoke access from the API roles to make that explicit.',
          sql: `${examplePolicy(table.qualified, [...table.columns.keys()], ctx.supabase)}\n-- or, for a server-only table:\nREVOKE ALL ON ${table.qualified} FROM anon, authenticated;`,
        },
      });
    }
  },
});
