import { defineRule } from '../src/analysis/rules.js';
import { changedStatements, type TracedStatement } from './_live-util.js';
import { environmentCauses, lackedExtension } from '../src/live/gaps.js';
import { failureEffect, qname } from './_changes-util.js';
import type { LiveContext } from '../src/analysis/rules.js';
import { toolName } from '../src/migrations/tool-advice.js';
import type { Statement } from '../src/types.js';

/** What the failure leaves applied, said for the runner of this migration (docs/severity.md). */
function stoppedEffect(ctx: LiveContext, id: string, stmt: Statement | undefined, transactional: boolean): string {
  const m = ctx.set.migrations.find((x) => x.id === id);
  const src = ctx.sources.find((s) => s.migration.id === id && s.direction === 'up');
  if (!m || !src || !stmt) return transactional ? ': its transaction is rolled back and nothing in it is applied' : '';
  return `, ${failureEffect(m, src.statements, stmt)}`;
}

/**
 * A changed statement the migration role was denied (42501) that then ran as the superuser (plain
 * preset: src/live/trace/superuser.ts). Not a failure where the tool connects as a superuser or the
 * owner; a failure on a managed platform (docs/severity.md: low).
 */
function reportRanAsSuperuser(ctx: LiveContext, t: TracedStatement): void {
  const { role, error } = t.trace.asSuperuser!;
  ctx.report({
    ...(t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: t.trace.line, column: 1, migrationId: t.migration.id } }),
    object: `${t.migration.file}:${t.trace.line}`,
    severity: 'low',
    title: 'Applies only with superuser rights',
    message: `ran as superuser: as ${role} it failed with ${error}; applies when ${toolName(ctx.set.layout)} connects as a superuser or the table owner (self-hosted); fails on managed platforms (Supabase, Neon) where the migration role is not a superuser`,
    evidence: { statementLine: t.trace.line, deniedRole: role, deniedWith: error, ranAs: 'superuser' },
  });
}

export default defineRule({
  id: 'migration-failed',
  phase: 'live',
  severity: 'critical',
  category: 'deploy',
  title: 'Migration fails when applied',
  check(ctx) {
    const traced = changedStatements(ctx);
    const base = ctx.trace.migrations.filter((m) => m.status === 'base');
    const baseFailed = base.filter((m) => m.applied === 'failed');
    const basePartial = base.filter((m) => m.applied === 'applied' && m.gaps);
    const gaps = ctx.trace.gaps ?? [];
    if (baseFailed.length || gaps.length) {
      const first = traced.find((t) => t.stmt)?.stmt;
      const g = gaps[0];
      const m = baseFailed[0];
      const where = g ? `${g.file}:${g.line}` : m ? `${m.file}${m.error ? `:${m.error.line}` : ''}` : '';
      const why = g ? g.cause : m?.error?.message ?? 'it failed';
      const applied = base.filter((r) => r.applied === 'applied' && !r.gaps).length;
      ctx.report({
        ...(first ? { stmt: first } : { at: { file: g?.file ?? m!.file, line: g?.line ?? m?.error?.line ?? 1, column: 1 } }),
        object: 'base-history',
        severity: 'info',
        title: 'The base history did not fully build on the review engine',
        message: `Of ${base.length} already-merged migrations, ${applied} applied, ${basePartial.length} applied with statements left out and ${baseFailed.length} did not apply (${gaps.length} statement${gaps.length === 1 ? '' : 's'} left out; first at ${where}: ${why}). These migrations ran in production, so this is a gap of the review engine, not of this pull request; what depends on the missing objects could not be verified.`,
        evidence: { applied, partial: basePartial.length, failed: baseFailed.length, gaps: gaps.slice(0, 20) },
      });
    }

    // Why a failure is the environment's, worked out once for the trace (markEnvironmentFailures reads the same).
    const causes = environmentCauses(ctx.trace, ctx.sources);
    for (const t of traced) {
      const st = t.trace;
      const ext = lackedExtension(st.skipped);
      if (ext) {
        ctx.report({
          ...(t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: st.line, column: 1, migrationId: t.migration.id } }),
          object: `extension:${ext}`,
          severity: 'info',
          title: 'Could not be checked: the review engine lacks this extension',
          message: `The review engine has no "${ext}" extension, so this statement was skipped and what depends on it could not be verified. This is a limit of the engine, not a fault of the migration; run the review on an engine that has it (--engine docker with an image that ships it, or --engine url against a branch database).`,
          evidence: { extension: ext, skipped: st.skipped, statementLine: st.line },
        });
        continue;
      }
      if (st.asSuperuser) reportRanAsSuperuser(ctx, t);
      if (!st.error) continue;
      const e = st.error;
      const env = causes.get(st);
      const where = `${t.migration.file}:${st.line}`;
      const parts = [`Postgres refused this statement: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}.`];
      if (e.detail) parts.push(`DETAIL: ${e.detail}`);
      if (e.hint) parts.push(`HINT: ${e.hint}`);
      const evidence = { statementLine: st.line, code: e.code, message: e.message, detail: e.detail, hint: e.hint, durationMs: Math.round(st.durationMs) };
      if (env) {
        ctx.report({
          ...(t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: st.line, column: 1, migrationId: t.migration.id } }),
          object: where,
          severity: 'info',
          title: env.syntax
            ? `Could not verify: the review server is older than PostgreSQL ${env.syntax.major}`
            : env.privilege
              ? "Could not verify: needs privileges the review's migration role does not have"
              : env.resource
              ? 'Could not verify: the review server ran out of resources'
              : env.extension
              ? 'Could not verify: depends on an extension the review engine lacks'
              : env.unbuilt
              ? 'Could not verify: depends on an earlier migration the review engine could not run'
              : env.standIn
              ? 'Could not verify: the review engine has a stand-in, not the real extension'
              : env.searchPath
              ? `Could not verify: ${env.searchPath.name} is in ${env.searchPath.schema}, which the review's search_path does not include`
              : 'Could not verify: depends on base history the review engine could not build',
          message: env.privilege
            ? `${parts.join(' ')} Cause: ${env.cause}. This is a limit of the review, not a fault of the migration; the statement and the rest of its migration could not be verified. Make sure production's migration role has these rights.`
            : env.searchPath
            ? `${parts.join(' ')} Cause: ${env.cause}. The statement and the rest of its migration could not be verified. Writing ${qname(env.searchPath)} makes the migration independent of the search_path.`
            : `${parts.join(' ')} Cause: ${env.cause}. This failure follows from that gap of the review engine, not from the migration; the statement and the rest of its migration could not be verified.`,
          evidence: { ...evidence, couldNotVerify: env.cause, ...(env.extension ? { missingExtension: env.extension } : {}), ...(env.gap ? { gap: env.gap } : {}), ...(env.unbuilt ? { unbuilt: env.unbuilt } : {}) },
        });
        continue;
      }
      ctx.report({
        ...(t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: st.line, column: 1, migrationId: t.migration.id } }),
        object: where,
        message: `${parts.join(' ')} The migration stops here${stoppedEffect(ctx, t.migration.id, t.stmt, t.migration.transactional)}${baseFailed.length || gaps.length ? ' (note: the base history did not fully build on the review engine, but nothing it left out is named here)' : ''}.`,
        fix: { description: e.hint ? `Fix the statement (${e.hint}) and re-run the review.` : 'Fix the statement so that it applies on a database built from the base branch, and re-run the review.' },
        evidence,
      });
    }

    // Failures outside a statement: COMMIT (deferred constraints) or a transaction that could not open.
    for (const m of ctx.trace.migrations) {
      if (m.status === 'base' || m.applied !== 'failed' || !m.error) continue;
      if (m.trace?.some((t) => t.error)) continue;
      if (m.error.message.startsWith('cannot be parsed')) continue; // syntax-error says it
      if (ctx.trace.stopped && m.error.message === `not finished: ${ctx.trace.stopped}`) {
        ctx.report({
          at: { file: m.file, line: m.error.line, column: 1, migrationId: m.id },
          object: `${m.file}:${m.error.line}`,
          severity: 'info',
          title: 'Could not verify: the review stopped before this migration finished',
          message: `The review stopped at line ${m.error.line} (${ctx.trace.stopped}); that statement and the rest of the migration did not run to the end here, so they and what depends on them could not be verified. This is where the review stopped, not a failure of the migration.`,
          evidence: { line: m.error.line, stopped: ctx.trace.stopped, couldNotVerify: m.couldNotVerify },
        });
        continue;
      }
      ctx.report({
        at: { file: m.file, line: m.error.line, column: 1, migrationId: m.id },
        object: `${m.file}:${m.error.line}`,
        message: `The migration failed: ${m.error.message}.${m.error.detail ? ` DETAIL: ${m.error.detail}` : ''}${m.error.hint ? ` HINT: ${m.error.hint}` : ''} Its transaction is rolled back.`,
        evidence: { line: m.error.line, message: m.error.message, detail: m.error.detail, hint: m.error.hint },
      });
    }
  },
});
