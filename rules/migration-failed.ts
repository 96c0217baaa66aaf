import { defineRule } from '../src/engine/rules.js';
import { changedStatements } from './_live-util.js';
import { failureEffect } from './_changes-util.js';
import type { LiveContext } from '../src/engine/rules.js';
import type { Statement } from '../src/types.js';

/** What the failure leaves applied, said for the runner of this migration (docs/severity.md). */
function stoppedEffect(ctx: LiveContext, id: string, stmt: Statement | undefined, transactional: boolean): string {
  const m = ctx.set.migrations.find((x) => x.id === id);
  const src = ctx.sources.find((s) => s.migration.id === id && s.direction === 'up');
  if (!m || !src || !stmt) return transactional ? ': its transaction is rolled back and nothing in it is applied' : '';
  return `, ${failureEffect(m, src.statements, stmt)}`;
}

// SQLSTATEs for "a name does not resolve": after a statement the engine had to skip (an extension it
// lacks), these are probably the consequence rather than a bug in the migration.
const UNDEFINED = new Set(['42704', '42883', '42P01', '42703', '3F000', '42P02']);

export default defineRule({
  id: 'migration-failed',
  phase: 'live',
  severity: 'critical',
  category: 'deploy',
  title: 'Migration fails when applied',
  check(ctx) {
    const traced = changedStatements(ctx);
    const skippedExt: { ext: string; line: number; file: string }[] = [];
    const baseFailed = ctx.trace.migrations.filter((m) => m.status === 'base' && m.applied === 'failed');
    for (const m of baseFailed.slice(0, 1)) {
      const first = traced.find((t) => t.stmt)?.stmt;
      ctx.report({
        ...(first ? { stmt: first } : { at: { file: m.file, line: m.error?.line ?? 1, column: 1 } }),
        object: m.file,
        severity: 'info',
        title: 'The base history did not apply on the review engine',
        message: `${m.file} (already merged) failed on the review engine${m.error ? ` at line ${m.error.line}: ${m.error.message}` : ''}${baseFailed.length > 1 ? ` (and ${baseFailed.length - 1} more base migration${baseFailed.length > 2 ? 's' : ''})` : ''}. The database the PR's migrations ran against is therefore not the one production has, and failures below may follow from it.`,
        evidence: { file: m.file, line: m.error?.line, message: m.error?.message, detail: m.error?.detail, hint: m.error?.hint },
      });
    }

    for (const t of traced) {
      const st = t.trace;
      if (st.skipped && /extension "([^"]+)" is not available/.test(st.skipped)) {
        const ext = /extension "([^"]+)"/.exec(st.skipped)![1]!;
        skippedExt.push({ ext, line: st.line, file: t.migration.file });
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
      if (!st.error) continue;
      const e = st.error;
      const cause = skippedExt.find(() => UNDEFINED.has(e.code ?? ''));
      const where = `${t.migration.file}:${st.line}`;
      const parts = [`Postgres refused this statement: ${e.message}${e.code ? ` (SQLSTATE ${e.code})` : ''}.`];
      if (e.detail) parts.push(`DETAIL: ${e.detail}`);
      if (e.hint) parts.push(`HINT: ${e.hint}`);
      const evidence = { statementLine: st.line, code: e.code, message: e.message, detail: e.detail, hint: e.hint, durationMs: Math.round(st.durationMs) };
      // The base history did not apply on the review engine: a name that does not resolve most likely
      // belongs to what it failed to create. Said as "could not verify", never blamed on the PR.
      if (!cause && baseFailed.length && UNDEFINED.has(e.code ?? '')) {
        ctx.report({
          ...(t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: st.line, column: 1, migrationId: t.migration.id } }),
          object: where,
          severity: 'info',
          title: 'Could not be checked: the base history did not apply on the review engine',
          message: `${parts.join(' ')} ${baseFailed[0]!.file} (already merged) failed on the review engine${baseFailed[0]!.error ? ` (${baseFailed[0]!.error.message})` : ''}, so what it creates is missing here; this failure most likely follows from that, not from the migration. Review it on an engine that can apply the whole history (--engine docker, or --engine url against a branch database).`,
          evidence: { ...evidence, baseFailed: baseFailed.map((m) => m.file).slice(0, 5) },
        });
        continue;
      }
      if (cause) {
        ctx.report({
          ...(t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: st.line, column: 1, migrationId: t.migration.id } }),
          object: where,
          severity: 'info',
          title: 'Could not be checked: depends on an extension the review engine lacks',
          message: `${parts.join(' ')} The "${cause.ext}" extension (${cause.file}:${cause.line}) was skipped because the review engine does not have it, so this failure is most likely a consequence of that, not of the migration.`,
          evidence: { ...evidence, missingExtension: cause.ext },
        });
        continue;
      }
      ctx.report({
        ...(t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: st.line, column: 1, migrationId: t.migration.id } }),
        object: where,
        message: `${parts.join(' ')} The migration stops here${stoppedEffect(ctx, t.migration.id, t.stmt, t.migration.transactional)}${baseFailed.length ? ' (note: the base history itself did not apply cleanly on the review engine)' : ''}.`,
        fix: { description: e.hint ? `Fix the statement (${e.hint}) and re-run the review.` : 'Fix the statement so that it applies on a database built from the base branch, and re-run the review.' },
        evidence,
      });
    }

    // Failures outside a statement: COMMIT (deferred constraints) or a transaction that could not open.
    for (const m of ctx.trace.migrations) {
      if (m.status === 'base' || m.applied !== 'failed' || !m.error) continue;
      if (m.trace?.some((t) => t.error)) continue;
      if (m.error.message.startsWith('cannot be parsed')) continue; // syntax-error says it
      ctx.report({
        at: { file: m.file, line: m.error.line, column: 1, migrationId: m.id },
        object: `${m.file}:${m.error.line}`,
        message: `The migration failed: ${m.error.message}.${m.error.detail ? ` DETAIL: ${m.error.detail}` : ''}${m.error.hint ? ` HINT: ${m.error.hint}` : ''} Its transaction is rolled back.`,
        evidence: { line: m.error.line, message: m.error.message, detail: m.error.detail, hint: m.error.hint },
      });
    }
  },
});
