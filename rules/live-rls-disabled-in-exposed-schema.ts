import { defineRule } from '../src/analysis/rules.js';
import { apiGrants, exposedCredentials, isTable, placeFor, schemaOf, staticCovered, SYSTEM_SCHEMAS } from './_live-util.js';

// The catalog twin of rls-not-enabled and rls-disabled: it reports only tables those static rules did
// not (created by dynamic SQL with computed names, by a function, moved in with SET SCHEMA or RENAME).
export default defineRule({
  id: 'live-rls-disabled-in-exposed-schema',
  phase: 'live',
  severity: 'critical',
  category: 'security',
  title: 'Table in an API-exposed schema without row level security (found in the catalog)',
  check(ctx) {
    for (const [name, rel] of Object.entries(ctx.after.relations)) {
      if (!isTable(ctx.after, name) || rel.rowSecurity) continue;
      const schema = schemaOf(name);
      if (!ctx.exposedSchemas.has(schema) || SYSTEM_SCHEMAS.has(schema)) continue;
      const before = ctx.before.relations[name];
      if (before && !before.rowSecurity) continue; // old debt
      if (staticCovered(ctx, ['rls-not-enabled', 'rls-disabled'], name)) continue;
      if (exposedCredentials(ctx, name)) continue; // credential-columns-exposed says it, more precisely
      const moved = !before && Object.values(ctx.before.relations).some((r) => r.oid === rel.oid);
      const grants = apiGrants(ctx.after, name);
      const roles = Object.keys(grants);
      const how = before ? 'had row level security, and the PR turned it off' : moved ? 'was moved or renamed into it by the PR' : 'was created by the PR in a way the SQL does not show directly (dynamic SQL or a function)';
      ctx.report({
        ...placeFor(ctx, name),
        object: name,
        severity: !roles.length ? 'low' : ctx.supabase ? 'critical' : 'high',
        message: `The catalog after the migrations has ${name} in the ${schema} schema, which the API exposes, with row level security off. It ${how}. ${
          roles.length
            ? `${roles.join(', ')} ${roles.length === 1 ? 'holds' : 'hold'} ${[...new Set(Object.values(grants).flat())].join(', ')} on it, so any client with the ${ctx.supabase ? 'anon or authenticated key' : 'API credentials'} can use those on every row.`
            : 'No API role holds privileges on it today, so it is not reachable yet; a later GRANT (or a default privilege) makes every row public.'
        }`,
        fix: {
          description: 'Enable RLS on the table (and add policies for the access you intend), or keep it in a schema the API does not expose.',
          sql: `ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;`,
        },
        evidence: { table: name, rowSecurity: false, grants, moved, rlsBefore: before?.rowSecurity },
      });
    }
  },
});
