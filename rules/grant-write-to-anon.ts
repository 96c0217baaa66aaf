import { defineRule } from '../src/analysis/rules.js';
import type { TableInfo } from '../src/analysis/schema-model.js';
import { rangeVarName, roleNames, strings } from '../src/analysis/ast.js';
import { isPlatformDefaultGrant, objectWithArgsName } from './_security-util.js';

const WRITE = ['insert', 'update', 'delete', 'truncate'];

export default defineRule({
  id: 'grant-write-to-anon',
  phase: 'static',
  severity: 'high',
  category: 'security',
  title: 'Write privileges granted to anonymous or all roles',
  statements: ['GrantStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'GrantStmt' || !stmt.node.is_grant) return;
    // Boilerplate equal to the platform's default privileges changes nothing (platform-default-grants says so once).
    if (isPlatformDefaultGrant(stmt, ctx)) return;
    const n = stmt.node;
    const grantees = roleNames(n.grantees);
    const anonymous = grantees.filter((r) => r === 'anon' || r === 'public');
    const apiRoles = grantees.filter((r) => r === 'anon' || r === 'public' || r === 'authenticated');
    const privs: string[] = (n.privileges ?? []).map((p: any) => String(p?.AccessPriv?.priv_name ?? '').toLowerCase());
    const all = privs.length === 0; // GRANT ALL [PRIVILEGES]
    const shown = (r: string) => (r === 'public' ? 'PUBLIC' : r);
    // The statements after this one, listed only when a table's row level security is in question.
    let laterList: typeof ctx.statements | undefined;
    const later = () => (laterList ??= ctx.statements.slice(ctx.statements.indexOf(stmt) + 1));
    const rlsLater = (t: TableInfo) =>
      later().some(
        (s) =>
          s.kind === 'AlterTableStmt' &&
          rangeVarName(s.node.relation)?.qualified === t.qualified &&
          (s.node.cmds ?? []).some((c: any) => c?.AlterTableCmd?.subtype === 'AT_EnableRowSecurity'),
      );

    if (n.objtype === 'OBJECT_TABLE') {
      if (apiRoles.length === 0) return;
      const writes = all ? WRITE : privs.filter((p) => WRITE.includes(p));
      if (writes.length === 0) return;
      let tables: TableInfo[] = [];
      if (n.targtype === 'ACL_TARGET_OBJECT') {
        tables = (n.objects ?? []).map((o: any) => ctx.table(rangeVarName(o.RangeVar))).filter((t: any): t is TableInfo => !!t);
      } else if (n.targtype === 'ACL_TARGET_ALL_IN_SCHEMA') {
        const schemas = new Set(strings(n.objects));
        tables = [...ctx.model.tables.values()].filter((t) => schemas.has(t.schema));
      }
      tables = tables.filter((t) => t.kind === 'table');
      // TRUNCATE named explicitly: it ignores row level security altogether.
      if (privs.includes('truncate') && tables.length > 0) {
        ctx.report({
          stmt,
          object: tables[0]!.qualified,
          message: `GRANT TRUNCATE to ${apiRoles.map(shown).join(', ')} on ${tables.map((t) => t.qualified).join(', ')}: TRUNCATE is not subject to row level security, so a holder of that role can empty the table${tables.length > 1 ? 's' : ''} in one statement, whatever the policies say.`,
          fix: { description: 'Do not grant TRUNCATE to API roles.', sql: `REVOKE TRUNCATE ON ${tables.map((t) => t.qualified).join(', ')} FROM ${apiRoles.map(shown).join(', ')};` },
        });
        return;
      }
      // Other writes are governed by RLS: a problem only where RLS is off. New tables without RLS are rls-not-enabled's.
      const open = tables.filter((t) => !t.rls && !rlsLater(t) && !(ctx.isNew(t.qualified) && ctx.exposedSchemas.has(t.schema)));
      if (open.length === 0) return;
      const list = open.map((t) => t.qualified);
      const who = anonymous.length ? `${anonymous.map(shown).join(', ')} (anyone${ctx.supabase ? ' holding the public anon key' : ', including roles you add later'})` : 'every signed-in user';
      ctx.report({
        stmt,
        object: list[0],
        message: `GRANT ${all ? 'ALL' : writes.map((w) => w.toUpperCase()).join(', ')} to ${who} on ${list.join(', ')}, where row level security is off: they can ${writes.filter((w) => w !== 'truncate').join(', ')} every row${all ? ', and TRUNCATE the table' : ''}.`,
        fix: {
          description: 'Grant only what the API needs (often SELECT), and enable row level security with policies before granting writes.',
          sql: `REVOKE ${all ? 'ALL' : writes.map((w) => w.toUpperCase()).join(', ')} ON ${list.join(', ')} FROM ${apiRoles.map(shown).join(', ')};\n${list.map((t) => `ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY;`).join('\n')}`,
        },
      });
      return;
    }

    if (n.objtype === 'OBJECT_FUNCTION' || n.objtype === 'OBJECT_PROCEDURE' || n.objtype === 'OBJECT_ROUTINE') {
      if (anonymous.length === 0 || !(all || privs.includes('execute'))) return;
      let names: string[] = [];
      if (n.targtype === 'ACL_TARGET_OBJECT') names = (n.objects ?? []).map((o: any) => objectWithArgsName(o.ObjectWithArgs)?.qualified).filter(Boolean);
      else if (n.targtype === 'ACL_TARGET_ALL_IN_SCHEMA') {
        const schemas = new Set(strings(n.objects));
        names = [...ctx.model.functions.values()].filter((f) => schemas.has(f.qualified.split('.')[0]!)).map((f) => f.qualified);
      }
      // ALTER FUNCTION … SECURITY DEFINER earlier in the file (the model only records CREATE FUNCTION).
      const before = ctx.statements.slice(0, ctx.statements.indexOf(stmt));
      const alteredDefiner = (q: string) =>
        before.some(
          (s) =>
            s.kind === 'AlterFunctionStmt' &&
            objectWithArgsName(s.node.func)?.qualified === q &&
            (s.node.actions ?? []).some((a: any) => a?.DefElem?.defname === 'security' && a.DefElem.arg?.Boolean?.boolval === true),
        );
      const definers = names.filter((q) => ctx.model.functions.get(q)?.securityDefiner || alteredDefiner(q));
      if (definers.length === 0) return;
      ctx.report({
        stmt,
        object: definers[0],
        message: `GRANT EXECUTE to ${anonymous.map(shown).join(', ')} on SECURITY DEFINER ${definers.length === 1 ? 'function' : 'functions'} ${definers.join(', ')}: ${ctx.supabase ? 'anyone with the anon key can call it through /rpc' : anonymous.includes('public') ? 'any role can call it' : 'the anon role can call it'}, and it runs with its owner's privileges, bypassing row level security. Unless the body checks the caller itself, that is a way around every policy (Supabase lint anon_security_definer_function_executable).`,
        fix: {
          description: 'Grant EXECUTE only to the roles that need it (remember functions are executable by PUBLIC by default), or make the function SECURITY INVOKER.',
          sql: `REVOKE EXECUTE ON FUNCTION ${definers.join(', ')} FROM PUBLIC, anon;\nGRANT EXECUTE ON FUNCTION ${definers.join(', ')} TO authenticated;`,
        },
      });
    }
  },
});
