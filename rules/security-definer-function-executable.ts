import { defineRule } from '../src/analysis/rules.js';
import { placeFor, schemaOf, staticCovered, SYSTEM_SCHEMAS } from './_live-util.js';

const API = ['PUBLIC', 'anon', 'anonymous', 'authenticated'];

export default defineRule({
  id: 'security-definer-function-executable',
  phase: 'live',
  severity: 'high',
  category: 'security',
  title: 'SECURITY DEFINER function callable by API roles',
  check(ctx) {
    for (const [sig, fn] of Object.entries(ctx.after.functions)) {
      if (!fn.securityDefiner || (fn.kind !== 'function' && fn.kind !== 'procedure')) continue;
      if (/^(trigger|event_trigger)$/.test(fn.returns)) continue; // cannot be called through the API
      const schema = schemaOf(sig);
      if (!ctx.exposedSchemas.has(schema) || SYSTEM_SCHEMAS.has(schema)) continue;
      const callers = fn.executableBy.filter((r) => API.includes(r));
      if (!callers.length) continue;
      const before = ctx.before.functions[sig];
      const newCallers = before?.securityDefiner ? callers.filter((r) => !before.executableBy.includes(r)) : callers;
      if (!newCallers.length) continue; // old debt
      const name = sig.slice(0, sig.indexOf('('));
      if (staticCovered(ctx, ['grant-write-to-anon'], sig)) continue;
      const anon = callers.some((r) => r !== 'authenticated');
      const via = fn.acl == null ? 'the default EXECUTE for PUBLIC (never revoked)' : ctx.supabase ? "Supabase's default privileges or an explicit GRANT" : 'a GRANT';
      ctx.report({
        ...placeFor(ctx, sig),
        object: sig,
        severity: anon && ctx.supabase ? 'high' : 'medium',
        message: `${sig} is SECURITY DEFINER (runs as ${fn.owner}, bypassing row level security) and the catalog shows ${callers.join(', ')} can EXECUTE it, through ${via}. In the ${schema} schema the API exposes it${ctx.supabase ? ` as /rest/v1/rpc/${name.split('.').pop()}` : ''}: ${anon ? 'anyone, signed in or not,' : 'every signed-in user'} can call it with arguments of their choosing (Supabase lints anon/authenticated_security_definer_function_executable).`,
        fix: anon
          ? {
              description: 'Revoke EXECUTE from PUBLIC and the API roles and grant it only to who needs it; or make it SECURITY INVOKER; or move it to a schema the API does not expose.',
              sql: `REVOKE EXECUTE ON FUNCTION ${sig} FROM PUBLIC, anon, authenticated;\n-- if signed-in users need it:\nGRANT EXECUTE ON FUNCTION ${sig} TO authenticated;`,
            }
          : {
              // Only signed-in users can call it, often by an explicit GRANT: revoking PUBLIC and anon
              // changes nothing, so the advice is the check inside, or revoking what was granted.
              description:
                "Row level security does not apply inside it: check in the body that the caller may act on its arguments (for example that auth.uid() is a member of the account it is given), or revoke EXECUTE from authenticated if signed-in users do not need it; or make it SECURITY INVOKER; or move it to a schema the API does not expose.",
              sql: `-- only if signed-in users do not need to call it:\nREVOKE EXECUTE ON FUNCTION ${sig} FROM authenticated;`,
            },
        evidence: { function: sig, owner: fn.owner, executableBy: fn.executableBy, acl: fn.acl ?? null, searchPath: fn.searchPath ?? null },
      });
    }
  },
});
