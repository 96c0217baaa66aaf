// Re-apply: run the changed migrations a second time on top of themselves (in a transaction that is
// rolled back) and report whether they are idempotent: no statement fails, no object is duplicated
// or changed, no INSERT adds its rows again. It matters most where a runner re-runs a partially
// applied file (no transaction around it); much less where the runner records what ran.
import type { Probe, ProbeInput, ProbeOutput } from './types.js';
import type { Migration, Severity, Statement } from '../../types.js';
import { partialApply } from '../../migrations/atomicity.js';
import { CatalogDelta } from '../catalog-delta.js';
import { changedUp, describeDelta, rolledBack, runStatements, serverVersionNum, type ProbeFinding } from './util.js';

/**
 * How much a non-idempotent file matters (docs/severity.md): only a file that can be left
 * half-applied is re-run as it stands; an atomic one is re-applied only by hand.
 */
export function reapplySeverity(m: Migration, statements: Statement[]): { severity: Severity; why: string } {
  const p = partialApply(m, statements);
  if (p.possible) return { severity: 'medium', why: `This matters: ${p.why}, and re-running the file then fails at the first statement that already ran.` };
  return { severity: 'low', why: `Low risk: the file cannot be half-applied, since ${p.why}. Nothing re-runs it on its own; it fails only if someone applies it by hand a second time.` };
}

export const reapplyProbe: Probe = {
  id: 'reapply',
  async run(input: ProbeInput): Promise<ProbeOutput> {
    const { db, trace } = input;
    const out: ProbeOutput = { result: { probe: 'reapply', status: 'passed', summary: '' }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    const applied = new Set(trace.migrations.filter((m) => m.status !== 'base' && m.applied === 'applied').map((m) => m.id));
    const all = changedUp(input.sources);
    const sources = all.filter((s) => applied.has(s.migration.id) && !s.error);
    const notProbed = all.filter((s) => !sources.includes(s)).map((s) => `${s.source.file}: ${s.error ? 'could not be parsed' : 'did not apply the first time'}`);
    if (!sources.length) {
      out.result = { probe: 'reapply', status: 'not-run', summary: 'no changed migration applied cleanly, so none could be re-applied', notProbed };
      out.objectsNotProbed = notProbed.length;
      return out;
    }
    const versionNum = await serverVersionNum(db);
    const details: string[] = [];
    let idempotent = 0;
    await rolledBack(db, async () => {
      // Files run one after the other in one transaction: what one left is where the next starts,
      // and the catalog is read again only after a file that wrote to it. It starts from the trace's
      // snapshot after the changed migrations when nothing has changed since.
      const catalog = await CatalogDelta.start(db, { timeoutMs: 60_000 }, trace.after);
      for (const src of sources) {
        const runs = await runStatements(db, src, { timeoutMs: input.settings.statementTimeoutMs, versionNum, gaps: input.gaps });
        const changes = await catalog.next();
        // What the review engine cannot run is its gap, not the file's: what a second run of that
        // statement does in production could not be verified, and is said so (as skipped, below).
        const lacking = runs.filter((r) => r.engineGap);
        const failed = runs.filter((r) => !r.ok);
        const reinserted = runs.filter((r) => r.ok && !r.skipped && r.stmt.kind === 'InsertStmt' && (r.affected ?? 0) > 0);
        const skipped = runs.filter((r) => r.skipped && !/transaction control/.test(r.skipped));
        const delta = describeDelta(changes, { created: 'created again', dropped: 'dropped', altered: 'changed' });
        out.objectsProbed++;
        for (const s of skipped) notProbed.push(`${src.source.file}:${s.stmt.span.line}: ${s.skipped}`);
        if (!failed.length && !reinserted.length && !delta.length) {
          if (lacking.length) {
            details.push(`${src.source.file}: re-applied without error, except ${lacking.length} statement(s) the review engine could not run`);
            continue;
          }
          idempotent++;
          details.push(`${src.source.file}: re-applied cleanly (${runs.filter((r) => !r.skipped).length} statements)`);
          continue;
        }
        const { severity, why } = reapplySeverity(src.migration, src.statements);
        const first = failed[0] ?? reinserted[0];
        const problems = [
          ...failed.slice(0, 5).map((r) => `line ${r.stmt.span.line}: ${r.error!.message}`),
          ...reinserted.slice(0, 5).map((r) => `line ${r.stmt.span.line}: INSERT added ${r.affected} row(s) again`),
          ...delta.slice(0, 5),
        ];
        details.push(`${src.source.file}: NOT idempotent — ${problems.join('; ')}`);
        const finding: ProbeFinding = {
          ruleId: 'not-idempotent',
          severity,
          phase: 'live',
          category: 'deploy',
          file: src.source.file,
          line: first?.stmt.span.line ?? src.source.startLine,
          column: 1,
          endLine: first?.stmt.span.endLine ?? src.source.startLine,
          migrationId: src.migration.id,
          object: src.source.file,
          title: `${src.source.file} cannot be applied twice`,
          message: `Applied a second time on top of itself, ${failed.length ? `${failed.length} statement(s) failed (first at line ${failed[0]!.stmt.span.line}: ${failed[0]!.error!.message})` : 'every statement ran'}${reinserted.length ? `; ${reinserted.length} INSERT(s) added their rows again` : ''}${delta.length ? `; the catalog changed again: ${delta.slice(0, 3).join(', ')}` : ''}. ${why}`,
          fix: {
            description: 'Make each statement safe to re-run: CREATE … IF NOT EXISTS, DROP … IF EXISTS, CREATE OR REPLACE, DROP POLICY IF EXISTS before CREATE POLICY, INSERT … ON CONFLICT DO NOTHING.',
          },
          evidence: {
            failures: failed.slice(0, 10).map((r) => ({ line: r.stmt.span.line, error: r.error!.message, code: r.error!.code })),
            reinserted: reinserted.map((r) => ({ line: r.stmt.span.line, rows: r.affected })),
            catalog: delta.slice(0, 10),
            transactionMode: src.migration.transactionMode ?? (src.migration.transactional ? 'per-migration' : 'none'),
          },
        };
        out.findings.push(finding);
      }
    });
    const bad = out.findings.length;
    const serious = out.findings.some((f) => f.severity !== 'low' && f.severity !== 'info');
    out.result = {
      probe: 'reapply',
      // A probe that found a problem has not passed, however low the problem ranks: `severity` says how much it matters.
      status: bad ? 'failed' : notProbed.length ? 'partial' : 'passed',
      summary: bad
        ? `${bad} of ${sources.length} changed migration(s) are not idempotent: ${out.findings.map((f) => f.file).join(', ')}${serious ? '' : ' (low risk: none of them can be half-applied, so only a manual second run would fail)'}`
        : idempotent === sources.length
          ? `all ${idempotent} changed migration(s) re-apply cleanly on top of themselves`
          : `${idempotent} of ${sources.length} changed migration(s) re-apply cleanly on top of themselves; the others ran without error except statements the review engine could not run`,
      details,
      notProbed,
    };
    out.objectsNotProbed = notProbed.length;
    return out;
  },
};
