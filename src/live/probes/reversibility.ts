// Reversibility: up (already applied) → down → compare the catalog with the base snapshot → up
// again, all in a transaction that is rolled back. Whatever the down migrations leave behind or
// fail on is named; where the layout has no down migrations the probe says so and the report's
// checklist carries a rollback item instead.
import type { Probe, ProbeInput, ProbeOutput } from './types.js';
import { diffCatalog, snapshotCatalog } from '../catalog.js';
import { describeDelta, rolledBack, runStatements, serverVersionNum, type ProbeFinding } from './util.js';

export const reversibilityProbe: Probe = {
  id: 'reversibility',
  async run(input: ProbeInput): Promise<ProbeOutput> {
    const { db, trace } = input;
    const out: ProbeOutput = { result: { probe: 'reversibility', status: 'not-run', summary: '' }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    const historyIds = new Set(input.sources.map((s) => s.migration.id));
    const changed = input.set.migrations.filter((m) => m.status !== 'base' && historyIds.has(m.id));
    const withDown = changed.filter((m) => m.down);
    if (!withDown.length) {
      out.result.summary = `no down migrations in this ${input.set.layout} layout: rollback was not rehearsed (write a rollback plan)`;
      return out;
    }
    const notProbed = changed.filter((m) => !m.down).map((m) => `${m.path}: has no down migration`);
    if (notProbed.length) {
      out.result = { probe: 'reversibility', status: 'not-run', summary: `${notProbed.length} of ${changed.length} changed migration(s) have no down migration, so the PR cannot be rolled back as a whole`, notProbed };
      out.objectsNotProbed = notProbed.length;
      return out;
    }
    const failedUp = trace.migrations.filter((m) => m.status !== 'base' && m.applied !== 'applied');
    if (failedUp.length || !trace.before || !trace.after) {
      out.result = { probe: 'reversibility', status: 'not-run', summary: `not run: ${failedUp.map((m) => m.file).join(', ') || 'the catalog'} did not apply cleanly, so there is nothing to roll back` };
      out.objectsNotProbed = changed.length;
      return out;
    }
    const downs = [...changed].reverse().map((m) => input.sources.find((s) => s.migration.id === m.id && s.direction === 'down'));
    const ups = changed.map((m) => input.sources.find((s) => s.migration.id === m.id && s.direction === 'up'));
    const versionNum = await serverVersionNum(db);
    const details: string[] = [];
    const limit = { timeoutMs: input.settings.statementTimeoutMs, versionNum };

    await rolledBack(db, async () => {
      // down, newest first
      for (const src of downs) {
        if (!src) continue;
        if (src.error) {
          out.findings.push(failure(src.source.file, src.migration.id, src.error.line, `cannot be parsed: ${src.error.message}`, 'down'));
          return;
        }
        const runs = await runStatements(db, src, limit);
        for (const r of runs) if (r.skipped && !/transaction control/.test(r.skipped)) notProbed.push(`${src.source.file}:${r.stmt.span.line}: ${r.skipped}`);
        const bad = runs.find((r) => !r.ok);
        if (bad) {
          out.findings.push(failure(src.source.file, src.migration.id, bad.stmt.span.line, bad.error!.message, 'down', bad.stmt.span.endLine));
          details.push(`${src.source.file}: down failed at line ${bad.stmt.span.line}: ${bad.error!.message}`);
          return;
        }
        details.push(`${src.source.file}: down ran (${runs.filter((r) => !r.skipped).length} statements)`);
      }
      const afterDown = await snapshotCatalog(db, { timeoutMs: 60_000 });
      const leftover = diffCatalog(trace.before!, afterDown);
      const diffs = describeDelta(leftover);
      out.objectsProbed = changed.length;
      const notReRun = notProbed.filter((n) => /: not (re-run|executed)/.test(n)).length;
      if (diffs.length && notReRun) {
        // Statements of the down migrations were left out: the difference is not evidence against them.
        details.push(`after down: ${diffs.length} difference(s) from the base, not judged: ${notReRun} down statement(s) were not run (${diffs.slice(0, 3).join('; ')})`);
      } else if (diffs.length) {
        const newest = downs[0]!;
        const mentions = (name: string) => {
          const last = name.split('.').pop()!.replace(/"/g, '');
          return downs.find((d) => d && d.statements.some((s) => s.sql.includes(last))) ?? newest;
        };
        const first = [...leftover.created, ...leftover.dropped, ...leftover.altered][0]!;
        const where = mentions(first.name);
        out.findings.push({
          ruleId: 'down-migration-incomplete',
          severity: 'medium',
          phase: 'live',
          category: 'deploy',
          file: where.source.file,
          line: where.source.startLine,
          column: 1,
          endLine: where.source.startLine,
          migrationId: where.migration.id,
          object: first.name,
          title: `Down migration leaves the schema different from before: ${first.kind} ${first.name}`,
          message: `After up → down, the catalog differs from the base: ${diffs.slice(0, 8).join('; ')}${diffs.length > 8 ? `; +${diffs.length - 8} more` : ''}. Rolling back would leave these behind (or missing), and applying the migration again may then fail.`,
          fix: { description: 'Make the down migration undo everything the up migration does (in reverse order), e.g. DROP INDEX IF EXISTS for every index the up creates.' },
          evidence: { differences: diffs.slice(0, 30) },
        });
        details.push(`after down: ${diffs.length} difference(s) from the base: ${diffs.slice(0, 5).join('; ')}`);
      } else details.push('after down: the catalog matches the base exactly');

      // up again
      for (const src of ups) {
        if (!src) continue;
        const runs = await runStatements(db, src, limit);
        const bad = runs.find((r) => !r.ok);
        if (bad) {
          out.findings.push(failure(src.source.file, src.migration.id, bad.stmt.span.line, bad.error!.message, 'up-again', bad.stmt.span.endLine));
          details.push(`${src.source.file}: up after down failed at line ${bad.stmt.span.line}: ${bad.error!.message}`);
          return;
        }
      }
      const again = describeDelta(diffCatalog(trace.after!, await snapshotCatalog(db, { timeoutMs: 60_000 })), { created: 'extra', dropped: 'missing', altered: 'differs' });
      details.push(again.length ? `up again: differs from the first up: ${again.slice(0, 5).join('; ')}` : 'up again: same catalog as the first up');
    });

    const failed = out.findings.length > 0;
    out.result = {
      probe: 'reversibility',
      status: failed ? 'failed' : notProbed.length ? 'partial' : 'passed',
      summary: failed
        ? out.findings.map((f) => f.title).join('; ')
        : `up → down → up succeeded for ${changed.length} migration(s); the catalog after down matches the base`,
      details,
      notProbed,
    };
    out.objectsNotProbed += notProbed.length;
    return out;

    function failure(file: string, migrationId: string, line: number, message: string, phase: 'down' | 'up-again', endLine = line): ProbeFinding {
      return {
        ruleId: 'down-migration-failed',
        severity: 'high',
        phase: 'live',
        category: 'deploy',
        file,
        line,
        column: 1,
        endLine,
        migrationId,
        object: file,
        title: phase === 'down' ? `Down migration fails: ${file}` : `Migration cannot be applied again after its down migration: ${file}`,
        message:
          phase === 'down'
            ? `Running the down migrations after the up ones failed at ${file}:${line}: ${message}. A rollback in production would stop there.`
            : `After up → down, applying ${file} again failed at line ${line}: ${message}. The down migration does not restore the state the up migration expects.`,
        fix: { description: 'Rehearse up → down → up locally and make the down migration the exact inverse of the up migration.' },
        evidence: { phase, line, error: message },
      };
    }
  },
};
