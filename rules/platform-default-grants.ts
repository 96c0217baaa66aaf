import { defineRule } from '../src/analysis/rules.js';
import { isPlatformDefaultGrant, NEON_DEFAULT_GRANTEE } from './_security-util.js';
import type { Statement } from '../src/types.js';

// One note per file for GRANTs that only repeat the platform's default privileges (as
// `supabase db diff` writes them): grant-write-to-anon stays silent on them, so that seventy lines of
// boilerplate do not read as seventy security problems.
/** Per file, once: its default-equal grants (computed at its first one; the model is the file's start). */
const firstOfFile = new WeakMap<Statement[], Statement[]>();

export default defineRule({
  id: 'platform-default-grants',
  phase: 'static',
  severity: 'info',
  category: 'security',
  title: "Grants that repeat the platform's default privileges",
  statements: ['GrantStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'GrantStmt' || !isPlatformDefaultGrant(stmt, ctx)) return;
    let same = firstOfFile.get(ctx.statements);
    if (!same) firstOfFile.set(ctx.statements, (same = ctx.statements.filter((s) => s.kind === 'GrantStmt' && isPlatformDefaultGrant(s, ctx))));
    if (same[0] !== stmt) return;
    const toNeon = same.some((s) => s.node.grantees?.some((g: any) => g?.RoleSpec?.rolename === NEON_DEFAULT_GRANTEE));
    const platform = ctx.supabase
      ? "Supabase's default privileges (every table, function and sequence created in public is granted ALL to anon, authenticated and service_role)"
      : toNeon
        ? "Neon's default privileges (tables and sequences in public are granted ALL, with the grant option, to neon_superuser, the role every role created in the Neon Console belongs to)"
        : "PostgreSQL's defaults (EXECUTE on functions to PUBLIC)";
    ctx.report({
      stmt,
      object: stmt.file,
      message:
        `${same.length === 1 ? 'This GRANT gives' : `${same.length} GRANT statements in this file (lines ${same[0]!.span.line}–${same[same.length - 1]!.span.line}) give`} roles only what they already hold by default: ${platform}` +
        `${ctx.statements.some((s) => s.kind === 'AlterDefaultPrivilegesStmt') ? ', or what the ALTER DEFAULT PRIVILEGES in this file declares' : ''}. ` +
        'They are the boilerplate a schema diff writes and change nothing; what protects these objects is row level security and each function\'s own checks, which the RLS and SECURITY DEFINER rules review.',
      evidence: { grants: same.length, lines: same.map((s) => s.span.line).slice(0, 50) },
    });
  },
});
