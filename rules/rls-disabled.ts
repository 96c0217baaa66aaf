import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { SYSTEM_SCHEMAS } from './_security-util.js';

export default defineRule({
  id: 'rls-disabled',
  phase: 'static',
  severity: 'critical',
  category: 'security',
  title: 'Row level security disabled on an exposed table',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'AlterTableStmt') return;
    const cmd = (stmt.node.cmds ?? []).map((c: any) => c?.AlterTableCmd).find((c: any) => c?.subtype === 'AT_DisableRowSecurity');
    if (!cmd) return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.exposedSchemas.has(table.schema) || SYSTEM_SCHEMAS.has(table.schema)) return;
    // A table created in this review unit: rls-not-enabled judges its final state.
    if (!ctx.isExisting(table)) return;
    // Turned back on later in the same file: inside one transaction nobody sees the gap
    // (ALTER TABLE holds ACCESS EXCLUSIVE until commit); outside one, the gap is real.
    const later = ctx.statements.slice(ctx.statements.indexOf(stmt) + 1);
    const reenabled = later.some(
      (s) =>
        s.kind === 'AlterTableStmt' &&
        rangeVarName(s.node.relation)?.qualified === table.qualified &&
        (s.node.cmds ?? []).some((c: any) => c?.AlterTableCmd?.subtype === 'AT_EnableRowSecurity'),
    );
    if (reenabled && ctx.tx.inTransaction) return;
    const who = ctx.supabase ? 'anyone holding the anon key (shipped in every web client)' : 'every client with API access';
    const policies = ctx.table(table)?.policies ?? [];
    ctx.report({
      stmt,
      object: table.qualified,
      severity: reenabled ? 'high' : ctx.supabase ? 'critical' : 'high',
      message: reenabled
        ? `Row level security on ${table.qualified} is switched off and back on later in this file, but the file does not run in a transaction: between the two statements ${who} can read and write every row.`
        : `DISABLE ROW LEVEL SECURITY on ${table.qualified}, which the API exposes, switches off ${policies.length ? `its ${policies.length} polic${policies.length === 1 ? 'y' : 'ies'}` : 'row filtering'}: ${who} can read, change and delete every row from the moment this deploys.`,
      fix: {
        description: reenabled
          ? 'Run the whole change in one transaction, or keep RLS on and do the data change as a role that bypasses RLS (service_role or the table owner).'
          : 'Keep row level security on and change the policies instead; a table meant to be private belongs in a schema the API does not expose.',
        sql: reenabled ? undefined : `-- keep RLS on; adjust policies instead, e.g.:\nCREATE POLICY "read own rows" ON ${table.qualified}\n  FOR SELECT TO authenticated\n  USING (user_id = (select auth.uid()));`,
      },
    });
  },
});
