import { defineRule } from '../src/analysis/rules.js';
import { examplePolicy, unreachableThroughApi } from './_security-util.js';

export default defineRule({
  id: 'rls-not-enabled',
  phase: 'static',
  severity: 'critical',
  category: 'security',
  title: 'Table in an API-exposed schema without row level security',
  finish(ctx) {
    for (const table of ctx.model.tables.values()) {
      if (table.kind !== 'table' || !ctx.createdInReview(table) || table.rls) continue;
      if (!ctx.exposedSchemas.has(table.schema)) continue;
      const stmt = table.origin.statement;
      // Every API role's privileges revoked: nothing reaches the rows today, but one GRANT (or a
      // default privilege the platform restores) makes them public, since no policy stands guard.
      const revoked = unreachableThroughApi(table, ctx);
      ctx.report({
        stmt,
        object: table.qualified,
        // Without Supabase's anon key the exposure is less direct: keep it high, not critical.
        severity: revoked ? 'low' : ctx.supabase ? 'critical' : 'high',
        message: revoked
          ? `${table.qualified} is in the ${table.schema} schema, which the API exposes, and row level security is never enabled on it. The migrations revoke SELECT, INSERT, UPDATE and DELETE on it from ${revoked.join(' and ')}, so no API request reaches its rows today; a later GRANT would make every row public.`
          : `${table.qualified} is in the ${table.schema} schema, which the API exposes, and row level security is never enabled on it: any client holding the ${ctx.supabase ? 'anon or authenticated key' : 'API credentials'} can read and write every row.`,
        fix: {
          description: 'Enable RLS in the same migration and add policies for the access you intend.',
          sql: `ALTER TABLE ${table.qualified} ENABLE ROW LEVEL SECURITY;\n${examplePolicy(table.qualified, [...table.columns.keys()], ctx.supabase)}`,
        },
      });
    }
  },
});

