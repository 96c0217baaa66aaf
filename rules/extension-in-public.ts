import { defineRule } from '../src/analysis/rules.js';
import { placeFor } from './_live-util.js';

export default defineRule({
  id: 'extension-in-public',
  phase: 'live',
  severity: 'low',
  category: 'security',
  title: 'Extension installed in the exposed public schema',
  check(ctx) {
    if (!ctx.exposedSchemas.has('public')) return;
    for (const [ext, info] of Object.entries(ctx.after.extensions)) {
      if (info.schema !== 'public' || ext === 'plpgsql') continue;
      if (ctx.before.extensions[ext]?.schema === 'public') continue; // old debt
      ctx.report({
        ...placeFor(ctx, ext),
        object: `extension:${ext}`,
        message: `The catalog shows the ${ext} extension in the public schema${ctx.supabase ? ' (Supabase puts search_path "$user", public, extensions first, so CREATE EXTENSION without a schema lands in public)' : ''}. Its functions, types and operators then sit in the schema the API exposes: they show up in the API's function list, clutter dumps and type names, and moving them later breaks everything that refers to them as public.* (Supabase lint extension_in_public).`,
        fix: {
          description: 'Create extensions in their own schema (Supabase: extensions).',
          sql: `CREATE SCHEMA IF NOT EXISTS extensions;\nCREATE EXTENSION IF NOT EXISTS ${/^[a-z_][a-z0-9_]*$/.test(ext) ? ext : `"${ext}"`} WITH SCHEMA extensions;`,
        },
        evidence: { extension: ext, schema: info.schema, version: info.version },
      });
    }
  },
});
