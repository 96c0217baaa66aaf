import { defineRule, type StaticContext } from '../src/analysis/rules.js';
import { isLiteralTrue, rangeVarName, roleNames } from '../src/analysis/ast.js';
import { INTENT } from '../src/analysis/policy-intent.js';
import { holdPolicyFinding, reportHeldPolicies } from './_security-util.js';

/** `true`, `'t'::bool`, `(1 = 1)`. */
function alwaysTrue(expr: any): boolean {
  if (isLiteralTrue(expr)) return true;
  const e = expr?.A_Expr;
  if (e?.kind === 'AEXPR_OP' && e.name?.[0]?.String?.sval === '=') {
    const l = e.lexpr?.A_Const?.ival;
    const r = e.rexpr?.A_Const?.ival;
    if (l && r && (l.ival ?? 0) === (r.ival ?? 0)) return true;
  }
  return false;
}

/**
 * Why the table already let these roles through for this command before the pull request, if it
 * did: an always-true policy from the base history covering the same command and roles, or (on
 * Supabase, where anon and authenticated hold ALL on public tables by default) row level security
 * off on a table the base history created.
 */
function openBefore(
  ctx: Pick<StaticContext, 'isExisting' | 'table' | 'supabase'>,
  table: string,
  cmd: string,
  open: 'using' | 'check',
  roles: string[],
): string | undefined {
  if (!ctx.isExisting(table)) return undefined;
  const t = ctx.table(table);
  if (!t) return undefined;
  const covers = (theirs: string[]) => theirs.length === 0 || theirs.includes('public') || (roles.length > 0 && roles.every((r) => theirs.includes(r)));
  const old = t.policies.find(
    (p) =>
      p.origin.phase === 'base' && p.permissive && (p.cmd === cmd || p.cmd === 'all') && covers(p.roles) && alwaysTrue(open === 'using' ? p.qual : p.withCheck),
  );
  if (old) return `policy "${old.name}", from migration ${old.origin.migrationId}, already let every row through`;
  // RLS off before the PR: off now, or first enabled by the PR itself (enabling it and opening it
  // again with an always-true policy keeps the exposure the table had).
  const offBefore = !t.rls || (t.rlsOrigin !== undefined && t.rlsOrigin.phase !== 'base');
  if (ctx.supabase && offBefore) return 'row level security was off, and Supabase grants anon and authenticated ALL on public tables by default';
  return undefined;
}

export default defineRule({
  id: 'policy-always-true-without-role',
  phase: 'static',
  severity: 'critical',
  category: 'security',
  title: 'Policy that lets every row through, for every role',
  statements: ['CreatePolicyStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'CreatePolicyStmt') return;
    const n = stmt.node;
    if (n.permissive !== true) return; // AS RESTRICTIVE (the parser omits the flag): restricts nothing and grants nothing
    const table = rangeVarName(n.table);
    if (!table) return;
    const apiSchema = ctx.exposedSchemas.has(table.schema) || (ctx.supabase && table.schema === 'storage');
    if (!apiSchema) return;
    const cmd = String(n.cmd_name ?? 'all').toLowerCase();
    const roles = roleNames(n.roles);
    const toPublic = roles.length === 0 || roles.includes('public');
    const toAnon = roles.includes('anon');
    const toAuthenticated = roles.includes('authenticated');
    if (!toPublic && !toAnon && !toAuthenticated) return; // service_role or app roles: a deliberate choice
    const qualTrue = alwaysTrue(n.qual);
    const checkTrue = alwaysTrue(n.with_check);
    // Which clause decides access for the command: USING for reads/deletes, WITH CHECK for inserts.
    let open: 'using' | 'check' | undefined;
    if (cmd === 'select' || cmd === 'delete') open = qualTrue ? 'using' : undefined;
    else if (cmd === 'insert') open = checkTrue ? 'check' : undefined;
    else open = qualTrue ? 'using' : checkTrue ? 'check' : undefined; // update, all
    if (!open) return;
    const name: string = n.policy_name ?? '';
    const write = cmd !== 'select';
    const anonToo = toPublic || toAnon;
    const who = anonToo
      ? ctx.supabase
        ? 'anyone holding the anon key, signed in or not,'
        : 'every role, including unauthenticated API clients'
      : 'every signed-in user';
    const clause = open === 'using' ? 'USING (true)' : 'WITH CHECK (true)';
    const action: Record<string, string> = {
      select: 'read every row',
      insert: 'insert any row, with any values',
      update: open === 'using' ? 'change every row' : 'rewrite the rows they can update into anything, including handing them to another user',
      delete: 'delete every row',
      all: open === 'using' ? 'read, change and delete every row' : 'insert any row and rewrite rows into anything',
    };
    const verb = action[cmd] ?? 'read and write every row';
    let severity: 'critical' | 'high' | 'medium';
    if (!write) {
      // Explicit TO anon is a declared public read; so is a policy named "... viewable by everyone".
      if (toAnon && !toPublic) return;
      if (INTENT.test(name)) return;
      severity = anonToo ? 'high' : 'medium';
    } else if (cmd === 'update' && open === 'check') severity = 'medium';
    else if (cmd === 'insert') severity = anonToo && !INTENT.test(name) ? 'high' : 'medium';
    else severity = anonToo ? 'critical' : 'high';
    const target = `${table.qualified}`;
    // Named for the service role but written without TO service_role: it opens the table to everyone
    // it applies to, and the service role never needed it (Supabase's service_role bypasses RLS).
    const serviceRoleIntent = ctx.supabase && /service[_ -]?role/i.test(name);
    const rolesText = toPublic ? (roles.length === 0 ? 'no TO clause (PUBLIC)' : 'TO public') : `TO ${roles.join(', ')}`;
    const before = openBefore(ctx, table.qualified, cmd, open, roles);
    // Not a regression: production already has this exposure, so the PR does not fail for it.
    if (before && severity === 'critical') severity = 'high';
    holdPolicyFinding(ctx, 'policy-always-true-without-role', stmt, {
      stmt,
      object: `${target}.${name}`,
      severity,
      message: `Policy "${name}" on ${target} is FOR ${cmd.toUpperCase()} with ${clause} and ${rolesText}: ${who} can ${verb}.${before ? ` Before this pull request ${target} was already open this way (${before}): the policy keeps an exposure production already has rather than creating it.` : ''} ${write ? 'Row level security is effectively off for this command.' : anonToo ? 'If the rows are public on purpose, say so with TO anon, authenticated; otherwise filter by owner.' : 'In a multi-user or multi-tenant table that leaks other users\u2019 rows; filter by owner or tenant.'}${serviceRoleIntent ? ` The name says it is meant for the service role, but a policy applies to the roles in its TO clause, not to the role in its name; and the service_role key needs no policy at all: the role has BYPASSRLS, so the cron jobs and server routes that use it already bypass row level security.` : ''}`,
      fix: serviceRoleIntent
        ? {
            description: 'Drop the policy: service_role bypasses RLS without one. If a role without BYPASSRLS needs it, name that role in TO.',
            sql: `DROP POLICY "${name}" ON ${target};`,
          }
        : {
            description: write
              ? `Limit the policy to the rows the caller owns, and to the role that needs it.`
              : anonToo
                ? 'Filter by owner, or state that the data is public by naming the roles explicitly.'
                : 'Filter by owner or tenant membership.',
            sql: write
              ? `-- replace user_id with the column that holds the owner\nCREATE POLICY "${name}" ON ${target}\n  FOR ${cmd.toUpperCase()} TO authenticated\n  ${cmd === 'insert' ? 'WITH CHECK' : 'USING'} (user_id = (select auth.uid()))${cmd === 'update' || cmd === 'all' ? '\n  WITH CHECK (user_id = (select auth.uid()))' : ''};`
              : `-- replace user_id with the column that holds the owner\nCREATE POLICY "${name}" ON ${target}\n  FOR SELECT TO authenticated\n  USING (user_id = (select auth.uid()));\n-- or, for data that is public on purpose:\n-- CREATE POLICY "${name}" ON ${target} FOR SELECT TO anon, authenticated USING (true);`,
          },
    });
  },
  finish(ctx) {
    reportHeldPolicies(ctx, 'policy-always-true-without-role');
  },
});
