import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName, strings, walk } from '../src/analysis/ast.js';
import { holdPolicyFinding, reportHeldPolicies } from './_security-util.js';

const AUTH_FUNCS = new Set(['uid', 'jwt', 'role', 'email']);

/** Calls to auth.<fn>() / current_setting() evaluated per row: not inside any sub-select. */
function perRowCalls(expr: any): { name: string; location: number }[] {
  const out: { name: string; location: number }[] = [];
  if (!expr) return out;
  walk({ root: expr }, (key, value) => {
    if (key === 'SubLink') return false; // (select auth.uid()) and subqueries run as init plans / their own scans
    if (key === 'FuncCall') {
      const parts = strings(value.funcname).map((s) => s.toLowerCase());
      const name = parts[parts.length - 1];
      const schema = parts.length > 1 ? parts[0] : undefined;
      if (schema === 'auth' && name && AUTH_FUNCS.has(name)) out.push({ name: `auth.${name}()`, location: value.location });
      else if (name === 'current_setting' && (!schema || schema === 'pg_catalog')) out.push({ name: 'current_setting()', location: value.location });
    }
    return undefined;
  });
  return out;
}

/** Wrap each call in a scalar sub-select so Postgres evaluates it once per statement. */
export function wrapInitPlan(sql: string): string {
  return sql
    .replace(/(?<!select\s*)(?<![\w.])auth\s*\.\s*(uid|jwt|role|email)\s*\(\s*\)/gi, (_m, fn: string) => `(select auth.${fn.toLowerCase()}())`)
    .replace(/(?<!select\s*)(?<![\w.])((?:pg_catalog\.)?current_setting\s*\([^()]*\))/gi, (_m, call: string) => `(select ${call})`);
}

export default defineRule({
  id: 'policy-auth-uid-per-row',
  phase: 'static',
  severity: 'medium',
  category: 'performance',
  title: 'auth.uid() in a policy evaluated for every row',
  statements: ['CreatePolicyStmt', 'AlterPolicyStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'CreatePolicyStmt' && stmt.kind !== 'AlterPolicyStmt') return;
    const n = stmt.node;
    const calls = [...perRowCalls(n.qual), ...perRowCalls(n.with_check)];
    if (calls.length === 0) return;
    const table = rangeVarName(n.table);
    const names = [...new Set(calls.map((c) => c.name))];
    const onlySetting = names.every((x) => x === 'current_setting()');
    const rewritten = wrapInitPlan(stmt.sql);
    holdPolicyFinding(ctx, 'policy-auth-uid-per-row', stmt, {
      stmt,
      location: calls[0]!.location,
      object: table ? `${table.qualified}.${n.policy_name}` : n.policy_name,
      severity: onlySetting ? 'low' : undefined,
      message: `Policy "${n.policy_name}"${table ? ` on ${table.qualified}` : ''} calls ${names.join(' and ')} directly, so Postgres evaluates ${names.length === 1 ? 'it' : 'them'} once for every row the query scans${onlySetting ? '' : ' (each call reads and parses the request JWT settings)'}; on a table with many rows that makes every filtered query many times slower. Wrapped in a sub-select, the value is computed once per statement as an init plan (Supabase lint auth_rls_initplan).`,
      fix: {
        description: `Wrap the call in a sub-select: ${names.map((x) => `(select ${x})`).join(', ')}.`,
        sql: rewritten !== stmt.sql ? `${rewritten};` : undefined,
      },
    });
  },
  finish(ctx) {
    reportHeldPolicies(ctx, 'policy-auth-uid-per-row');
  },
});
