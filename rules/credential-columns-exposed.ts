import { defineRule } from '../src/analysis/rules.js';
import { exposedCredentials, placeFor } from './_live-util.js';

export default defineRule({
  id: 'credential-columns-exposed',
  phase: 'live',
  severity: 'critical',
  category: 'security',
  title: 'Credential columns readable through the API without row level security',
  check(ctx) {
    for (const name of Object.keys(ctx.after.relations)) {
      const hit = exposedCredentials(ctx, name);
      if (!hit) continue;
      ctx.report({
        ...placeFor(ctx, name),
        object: name,
        message: `${name} has ${hit.columns.length === 1 ? 'a column' : 'columns'} named like ${hit.columns.length === 1 ? 'a credential' : 'credentials'} (${hit.columns.join(', ')}), row level security is off, and ${hit.readers.join(', ')} can SELECT from it (read from the catalog after the migrations). Anyone with the public ${ctx.supabase ? 'anon key' : 'API credentials'} can read every ${hit.columns[0]} in the table (Supabase lint sensitive_columns_exposed).`,
        fix: {
          description: 'Keep secrets out of exposed schemas (a private schema, Supabase Vault), or enable RLS and revoke column access from the API roles.',
          sql: `ALTER TABLE ${name} ENABLE ROW LEVEL SECURITY;\nREVOKE SELECT (${hit.columns.join(', ')}) ON ${name} FROM ${hit.readers.map((r) => (r === 'PUBLIC' ? 'PUBLIC' : r)).join(', ')};`,
        },
        evidence: { table: name, columns: hit.columns, readers: hit.readers, rowSecurity: false },
      });
    }
  },
});
