import { defineRule } from '../src/analysis/rules.js';
import { changedStatements } from './_live-util.js';

// Static rules that already warn about a rewrite or a long lock at a statement: the live finding then
// only confirms them (info), so one problem is not counted twice.
const STATIC_REWRITE_RULES = new Set([
  'changing-column-type',
  'adding-field-with-default',
  'ban-vacuum-full-or-cluster',
  'vector-dimension-change',
  'adding-primary-key-constraint',
  'disallowed-unique-constraint',
]);

/** ALTER COLUMN … SET EXPRESSION: it recomputes a stored generated column in every row. */
function setsExpression(node: any): boolean {
  return (node?.cmds ?? []).some((c: any) => c?.AlterTableCmd?.subtype === 'AT_SetExpression');
}

const SET_EXPRESSION_FIX =
  'SET EXPRESSION recomputes the stored generated column in every row. Accept it on a small table or in a maintenance window; otherwise DROP EXPRESSION (the column keeps its values, no rewrite), compute the new expression in a BEFORE INSERT OR UPDATE trigger, and backfill the existing rows in batches (changing-column-type gives the SQL).';

export default defineRule({
  id: 'table-rewrite',
  phase: 'live',
  severity: 'high',
  category: 'rewrite',
  title: 'Rewrites a table that already existed',
  check(ctx) {
    const done = new Set<string>();
    for (const t of changedStatements(ctx)) {
      for (const rel of t.trace.rewrites) {
        const before = ctx.before.relations[rel];
        const isIndex = !before && Object.prototype.hasOwnProperty.call(ctx.before.indexes, rel);
        if (!before && !isIndex) continue; // created by this PR: nobody is using it yet
        if (before && before.kind !== 'table' && before.kind !== 'partitioned table' && before.kind !== 'materialized view') continue;
        const key = `${t.migration.id}\u0000${rel}`;
        if (done.has(key)) continue;
        done.add(key);
        const confirmed = (ctx.staticFindings ?? []).filter(
          (f) => f.file === t.migration.file && t.stmt && f.line >= t.stmt.span.line && f.line <= t.stmt.span.endLine && (STATIC_REWRITE_RULES.has(f.ruleId) || f.category === 'rewrite'),
        );
        const what = isIndex ? `the index ${rel}` : `${rel}`;
        ctx.report({
          ...(t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: t.trace.line, column: 1, migrationId: t.migration.id } }),
          object: rel,
          severity: confirmed.length ? 'info' : isIndex ? 'medium' : 'high',
          title: confirmed.length ? `Confirmed: rewrites ${isIndex ? 'an existing index' : 'a table that already existed'}` : undefined,
          message: `Running this statement gave ${what} a new relfilenode: Postgres rewrote ${isIndex ? 'the whole index' : 'every row of the table and rebuilt its indexes'}, holding an ACCESS EXCLUSIVE lock for the whole time. On the review engine the table is small, so it took ${Math.round(t.trace.durationMs)} ms; on production it takes as long as copying ${isIndex ? 'the index' : 'the table'}, needs that much free disk, and blocks every query on it meanwhile.${confirmed.length ? ` (Confirms ${[...new Set(confirmed.map((f) => f.ruleId))].join(', ')}.)` : ''}`,
          fix: {
            description: isIndex
              ? 'Rebuild indexes with REINDEX INDEX CONCURRENTLY (or CREATE INDEX CONCURRENTLY + swap) instead.'
              : setsExpression(t.stmt?.node)
                ? SET_EXPRESSION_FIX
                : 'Use a form that does not rewrite (add the column without a volatile default, then backfill in batches; change types by adding a new column and switching over), or schedule a maintenance window.',
          },
          evidence: { relation: rel, statementLine: t.trace.line, durationMs: Math.round(t.trace.durationMs), rowsBefore: before ? Math.max(0, before.estimatedRows) : undefined },
        });
      }
    }
  },
});
