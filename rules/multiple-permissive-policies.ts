import { defineRule } from '../src/analysis/rules.js';
import type { PolicyInfo } from '../src/analysis/schema-model.js';
import { BYPASS_RLS_ROLES, SYSTEM_SCHEMAS } from './_security-util.js';

const COMMANDS = ['select', 'insert', 'update', 'delete'] as const;

export default defineRule({
  id: 'multiple-permissive-policies',
  phase: 'static',
  severity: 'low',
  category: 'performance',
  title: 'Several permissive policies for the same role and command',
  finish(ctx) {
    for (const table of ctx.model.tables.values()) {
      if (table.kind !== 'table' || SYSTEM_SCHEMAS.has(table.schema)) continue;
      // The parser omits `permissive` for AS RESTRICTIVE; read the statement rather than trust a default.
      const permissive = table.policies.filter((p) => p.permissive && p.origin.statement.node?.permissive === true);
      if (permissive.length < 2 || !permissive.some((p) => p.origin.phase === 'pr')) continue;
      // Roles a PUBLIC policy reaches: every role named on the table, plus Supabase's API roles.
      const roles = new Set<string>();
      for (const p of permissive) for (const r of p.roles) if (r !== 'public') roles.add(r);
      if (ctx.supabase) ['anon', 'authenticated'].forEach((r) => roles.add(r));
      if (roles.size === 0) roles.add('public');
      for (const r of BYPASS_RLS_ROLES) roles.delete(r);
      const overlaps: { role: string; cmd: string; policies: PolicyInfo[] }[] = [];
      for (const role of roles) {
        for (const cmd of COMMANDS) {
          const hits = permissive.filter(
            (p) => (p.cmd === cmd || p.cmd === 'all') && (p.roles.length === 0 || p.roles.includes('public') || p.roles.includes(role)),
          );
          if (hits.length > 1 && hits.some((p) => p.origin.phase === 'pr')) overlaps.push({ role, cmd, policies: hits });
        }
      }
      if (overlaps.length === 0) continue;
      // Group identical policy sets so the message stays short.
      const groups = new Map<string, { roles: Set<string>; cmds: Set<string>; policies: PolicyInfo[] }>();
      for (const o of overlaps) {
        const key = o.policies.map((p) => p.name).sort().join('\u0000');
        const g = groups.get(key) ?? { roles: new Set(), cmds: new Set(), policies: o.policies };
        g.roles.add(o.role);
        g.cmds.add(o.cmd.toUpperCase());
        groups.set(key, g);
      }
      const parts = [...groups.values()].map(
        (g) => `${g.policies.map((p) => `"${p.name}"`).join(', ')} for ${[...g.roles].join(', ')} on ${[...g.cmds].join('/')}`,
      );
      const latest = overlaps.flatMap((o) => o.policies).filter((p) => p.origin.phase === 'pr');
      const at = latest[latest.length - 1]!;
      ctx.report({
        stmt: at.origin.statement,
        object: table.qualified,
        message: `${table.qualified} has several permissive policies that apply to the same role and command (${parts.join('; ')}). Postgres ORs them together and evaluates every one of them for every row a query touches, so each extra policy adds its full cost to every read or write (Supabase lint multiple_permissive_policies).`,
        fix: {
          description:
            'Merge the policies for one role and command into a single policy whose condition ORs the cases, or scope each policy to a different role with TO.',
          // An outline with placeholders, so commented out: fix SQL must apply as written.
          sql: `-- e.g. one SELECT policy instead of two:\n-- CREATE POLICY "read rows" ON ${table.qualified}\n--   FOR SELECT TO authenticated\n--   USING ((<condition of policy 1>) OR (<condition of policy 2>));`,
        },
      });
    }
  },
});
