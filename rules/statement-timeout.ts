import { defineRule } from '../src/analysis/rules.js';
import { changedStatements } from './_live-util.js';

// The client-enforced limits of the live run (settings.statementTimeoutMs, totalTimeoutMs) stop a
// statement by cancelling it, terminating its backend or ending the engine (PGlite's worker): the
// message of QueryTimeoutError says "exceeded the N ms time limit (stopped by pgreview: how)".
const CLIENT_LIMIT = /exceeded the (\d+) ms time limit \(stopped by pgreview: ([^)]*)\)/;
const TOTAL_LIMIT = /total time limit \((\d+) ms\)/;

export default defineRule({
  id: 'statement-timeout',
  phase: 'live',
  severity: 'high',
  category: 'deploy',
  title: 'Statement stopped by the review time limit',
  check(ctx) {
    const traced = changedStatements(ctx);
    for (const t of traced) {
      const m = t.trace.error && CLIENT_LIMIT.exec(t.trace.error.message);
      if (!m) continue;
      const ms = Number(m[1]);
      ctx.report({
        ...(t.stmt ? { stmt: t.stmt } : { at: { file: t.migration.file, line: t.trace.line, column: 1, migrationId: t.migration.id } }),
        object: `${t.migration.file}:${t.trace.line}`,
        title: `Statement still running after the ${ms} ms time limit`,
        message:
          `pgreview stopped this statement when it exceeded the ${ms} ms per-statement time limit (${m[2]}). ` +
          'On an empty review database nothing in a migration should take that long: an endless loop, pg_sleep, a runaway query or a memory bomb would hold its locks and block the deploy in production, where tables are bigger. ' +
          'The rest of the migration was not run; later migrations went on where the engine could be brought back (see the engine notes).',
        evidence: { limitMs: ms, stoppedBy: m[2], statementLine: t.trace.line, durationMs: Math.round(t.trace.durationMs), migration: t.migration.file },
      });
    }
    for (const mig of ctx.trace.migrations) {
      if (mig.status !== 'base' || !mig.error) continue;
      const m = CLIENT_LIMIT.exec(mig.error.message);
      if (!m) continue;
      const first = traced.find((t) => t.stmt)?.stmt;
      ctx.report({
        ...(first ? { stmt: first } : { at: { file: mig.file, line: mig.error.line, column: 1 } }),
        object: mig.file,
        severity: 'info',
        title: 'An already-merged migration hit the review time limit',
        message: `${mig.file} (base history) was stopped after ${m[1]} ms (${m[2]}), so the database the pull request's migrations ran against is not the one production has.`,
        evidence: { limitMs: Number(m[1]), stoppedBy: m[2], file: mig.file },
      });
    }
    const total = ctx.trace.stopped && TOTAL_LIMIT.exec(ctx.trace.stopped);
    if (total) {
      const notRun = traced.filter((t) => t.trace.skipped?.includes('total time limit'));
      const first = notRun[0];
      if (first) {
        ctx.report({
          ...(first.stmt ? { stmt: first.stmt } : { at: { file: first.migration.file, line: first.trace.line, column: 1, migrationId: first.migration.id } }),
          object: 'total time limit',
          severity: 'medium',
          title: `The review reached its total time limit (${total[1]} ms)`,
          message: `pgreview stopped the live run after ${total[1]} ms in all; ${notRun.length} statement${notRun.length === 1 ? ' was' : 's were'} not run from here on, so what they do was not checked live.`,
          evidence: { limitMs: Number(total[1]), statementsNotRun: notRun.length },
        });
      }
    }
  },
});
