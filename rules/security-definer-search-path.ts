import { defineRule } from '../src/analysis/rules.js';
import { defElem, defElemString, listName } from '../src/analysis/ast.js';
import { laterSearchPath, pinSearchPath, searchPathOption } from './_security-util.js';

export default defineRule({
  id: 'security-definer-search-path',
  phase: 'static',
  severity: 'high',
  category: 'security',
  title: 'SECURITY DEFINER function without a safe search_path',
  statements: ['CreateFunctionStmt', 'AlterFunctionStmt'],
  check(stmt, ctx) {
    if (stmt.kind === 'CreateFunctionStmt') {
      const n = stmt.node;
      if (defElem(n.options, 'security')?.arg?.Boolean?.boolval !== true) return;
      // BEGIN ATOMIC / RETURN bodies are bound at creation time: search_path cannot redirect them.
      if (n.sql_body) return;
      const lang = defElemString(defElem(n.options, 'language'))?.toLowerCase();
      if (lang === 'c' || lang === 'internal') return;
      const q = listName(n.funcname);
      if (!q) return;
      const kind = n.is_procedure ? 'procedure' : 'function';
      const path = searchPathOption(n.options);
      const fix = (advice: string) => {
        const { sql, note } = pinSearchPath(stmt, kind, ctx);
        return { description: note ? `${advice} ${note}` : advice, sql };
      };
      if (path === undefined) {
        if (laterSearchPath(ctx.statements, stmt, q.qualified)) return;
        ctx.report({
          stmt,
          object: q.qualified,
          message: `${q.qualified} runs with its owner's privileges (SECURITY DEFINER) but takes the caller's search_path: a caller who can create objects in any schema on that path (or a temporary table, since pg_temp is searched first) can plant a table, function or operator with the same name as one the body uses, and it runs with the owner's rights — privilege escalation.`,
          fix: fix(`Pin the search_path on the ${kind} (and schema-qualify the names in its body), as the Postgres docs prescribe for SECURITY DEFINER.`),
        });
        return;
      }
      if (path.includes('<current>')) return; // FROM CURRENT: whatever the migration had, assumed deliberate
      const tempAt = path.indexOf('pg_temp');
      if (tempAt >= 0 && tempAt < path.length - 1) {
        ctx.report({
          stmt,
          object: q.qualified,
          message: `${q.qualified} is SECURITY DEFINER with search_path ${path.join(', ')}: pg_temp is searched before ${path.slice(tempAt + 1).join(', ')}, so any caller can shadow the body's tables with a temporary table of the same name and have the owner's privileges applied to it.`,
          fix: fix('Put pg_temp last (or leave it out and use an empty search_path).'),
        });
        return;
      }
      if (path.includes('public') && ctx.settings.pgVersion < 15 && !ctx.supabase) {
        ctx.report({
          stmt,
          object: q.qualified,
          severity: 'medium',
          message: `${q.qualified} is SECURITY DEFINER with public on its search_path; before PostgreSQL 15 every role may create objects in public unless that was revoked, so a caller can plant an object the body resolves by name and run it with the owner's privileges.`,
          fix: fix('Use an empty search_path and schema-qualify names, or REVOKE CREATE ON SCHEMA public FROM PUBLIC.'),
        });
      }
      return;
    }
    if (stmt.kind === 'AlterFunctionStmt') {
      const n = stmt.node;
      const makesDefiner = (n.actions ?? []).some((a: any) => a?.DefElem?.defname === 'security' && a.DefElem.arg?.Boolean?.boolval === true);
      if (!makesDefiner || searchPathOption(n.actions) !== undefined) return;
      const q = listName(n.func?.objname);
      const fn = q && ctx.model.functions.get(q.qualified);
      if (!q || !fn || fn.searchPath !== undefined) return;
      if (laterSearchPath(ctx.statements, stmt, q.qualified)) return;
      ctx.report({
        stmt,
        object: q.qualified,
        message: `This makes ${q.qualified} SECURITY DEFINER, and it has no search_path of its own: a caller who can create objects on their search_path can make its body resolve a name to their object, which then runs with the owner's privileges.`,
        fix: { description: 'Set the search_path in the same statement.', sql: `${stmt.sql.replace(/\s*;?\s*$/, '')} SET search_path = '';` },
      });
    }
  },
});
