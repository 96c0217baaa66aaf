import { defineRule } from '../src/analysis/rules.js';
import { dynamicDdlMayTouch, SYSTEM_SCHEMAS } from './_security-util.js';

export default defineRule({
  id: 'policy-without-rls',
  phase: 'static',
  severity: 'high',
  category: 'security',
  title: 'Policies on a table whose row level security is off',
  finish(ctx) {
    for (const table of ctx.model.tables.values()) {
      if (table.kind !== 'table' || table.rls || table.policies.length === 0) continue;
      if (SYSTEM_SCHEMAS.has(table.schema)) continue;
      const added = table.policies.filter((p) => p.origin.phase === 'pr');
      if (added.length === 0) continue;
      // RLS enabled through dynamic SQL (a DO block looping over tables): the model cannot tell.
      if (dynamicDdlMayTouch(ctx.sources, /enable\s+row\s+level\s+security/i, table)) continue;
      const names = table.policies.map((p) => `"${p.name}"`).join(', ');
      const exposed = ctx.exposedSchemas.has(table.schema);
      ctx.report({
        stmt: added[0]!.origin.statement,
        object: table.qualified,
        message: `${table.qualified} has ${table.policies.length === 1 ? 'the policy' : 'policies'} ${names}, but row level security is never enabled on it, so Postgres ignores ${table.policies.length === 1 ? 'it' : 'them'}: ${exposed ? `every client with API access reads and writes every row` : 'every role with table privileges reads and writes every row'}, whatever the policies say.`,
        fix: {
          description: 'Enable row level security on the table in the same migration as its policies.',
          sql: `ALTER TABLE ${table.qualified} ENABLE ROW LEVEL SECURITY;`,
        },
      });
    }
  },
});
