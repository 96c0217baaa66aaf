import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName, type QualifiedName } from '../src/analysis/ast.js';
import { isVacuumFull, txHow } from './_locking-util.js';

export default defineRule({
  id: 'ban-vacuum-full-or-cluster',
  phase: 'static',
  severity: 'high',
  category: 'rewrite',
  title: 'VACUUM FULL or CLUSTER rewrites tables under ACCESS EXCLUSIVE',
  statements: ['VacuumStmt', 'ClusterStmt'],
  check(stmt, ctx) {
    let what: string;
    let rels: QualifiedName[];
    if (stmt.kind === 'VacuumStmt' && stmt.node.is_vacuumcmd !== false && isVacuumFull(stmt.node)) {
      what = 'VACUUM FULL';
      rels = (stmt.node.rels ?? []).map((r: any) => rangeVarName(r?.VacuumRelation?.relation)).filter(Boolean);
    } else if (stmt.kind === 'ClusterStmt') {
      what = 'CLUSTER';
      const r = rangeVarName(stmt.node.relation);
      rels = r ? [r] : [];
    } else return;
    const all = rels.length === 0;
    const existing = rels.filter((r) => ctx.isExisting(r));
    if (!all && !existing.length) return;
    const target = all
      ? what === 'CLUSTER'
        ? 'every table that was clustered before'
        : 'every table in the database'
      : existing.map((r) => r.qualified).join(', ');
    const how = txHow(ctx);
    const failsInTx = what === 'VACUUM FULL' || all;
    ctx.report({
      stmt,
      object: existing[0]?.qualified,
      severity: how && failsInTx && !(how === 'wrapped' && ctx.set.layout === 'supabase') ? 'critical' : undefined,
      message:
        `${what} rewrites ${target} into a new file${what === 'CLUSTER' ? ' in index order' : ''} and rebuilds the indexes, holding an ACCESS EXCLUSIVE lock throughout: ` +
        `no reads or writes until it finishes (minutes to hours on a large table), and it needs free disk space for a full copy.` +
        (how && failsInTx ? ` It also cannot run inside a transaction block, and this migration runs in one: the deploy fails.` : ''),
      fix: {
        description:
          'Do not rewrite tables from a migration. To reclaim bloat online, use pg_repack or pg_squeeze, which rebuild the table while reads and writes continue and take an exclusive lock only for the final swap. If the aim is to make dead space reusable, plain VACUUM (no FULL) does that without blocking reads or writes.',
        sql: all ? undefined : existing.map((r) => `VACUUM (ANALYZE) ${r.schema === 'public' ? r.name : r.qualified};`).join('\n'),
      },
      evidence: { lock: 'ACCESS EXCLUSIVE', rewrite: true },
    });
  },
});
