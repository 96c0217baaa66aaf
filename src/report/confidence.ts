// Confidence: how much of what the review says rests on evidence. Documented in docs/confidence.md;
// keep the two in step.
import type { BaseHistory, CoverageFactor, MigrationReport } from '../types.js';
import { plural } from './facts.js';

export interface Coverage {
  /** Up statements in the changed migrations (split by the parser, or estimated for unparseable files). */
  statementsTotal: number;
  /** Of those, how many the real Postgres parser read. */
  statementsParsed: number;
  /** Of those, how many ran on the live engine (applied, or failed with an error that is evidence too). */
  statementsExecuted: number;
  /** Changed files the parser could not read at all (templates, binary, syntax errors). */
  filesUnparseable: number;
  liveRan: boolean;
  liveSkippedReason?: string;
  probesRun: number;
  /** Probes that apply to this PR but could not run (engine limit, earlier failure…). */
  probesNotRun: number;
  /** Objects the probes acted on (tables whose RLS was tested as real roles, triggers fired…). */
  objectsProbed: number;
  /** Objects a probe applies to but did not reach. */
  objectsNotProbed: number;
  /** Limits of the engine that matter for this PR: "no pgvector", "one connection: no lock contention"… */
  engineLimits: string[];
}

/** Penalty weights, in points off 100. Exported so docs and tests read the same numbers. */
export const WEIGHTS = {
  /** Share of statements the parser could not read, times this. */
  unparsedStatements: 30,
  /** Per changed file that is not SQL the parser can read. */
  unparseableFile: 10,
  /** Live run did not happen at all: nothing was executed, locked, timed or probed. */
  liveNotRun: 40,
  /** Share of statements not executed live (live ran), times this. */
  unexecutedStatements: 30,
  /** Share of probe-able objects the probes did not reach, times this. */
  unprobedObjects: 15,
  /** Per probe that applies but could not run. */
  probeNotRun: 5,
  /** Per engine limit that applies to this PR. */
  engineLimit: 3,
  /** Per base (already merged) migration that failed to apply: the live schema is not production's. */
  baseFailed: 12,
} as const;

/**
 * confidence = clamp(0, 100, 100 − Σ ceil(penalty_i)), where the penalties are
 *
 *   parse      30 × (statementsTotal − statementsParsed) / statementsTotal  +  10 × filesUnparseable
 *   live       40                                                 when the live run did not happen, else
 *              30 × (statementsTotal − statementsExecuted) / statementsTotal
 *   probes     15 × objectsNotProbed / (objectsProbed + objectsNotProbed)  +  5 × probesNotRun   (live only)
 *   engine     3 × each engine limit that applies to this PR
 *   base       12 × each base migration that failed to apply                                   (live only)
 *
 * Each penalty is rounded up, so any missing evidence costs at least one point and 100 means every
 * statement was parsed and executed and every probe reached every object. Probe penalties only apply
 * when the live run happened: without it the 40 points already say nothing was probed.
 */
export function computeConfidence(
  coverage: Coverage,
  migrations: MigrationReport[],
  baseHistory?: BaseHistory,
): { confidence: number; factors: CoverageFactor[] } {
  const factors: CoverageFactor[] = [];
  const add = (factor: string, raw: number, detail: string) => {
    const penalty = Math.ceil(raw - 1e-9);
    if (penalty > 0) factors.push({ factor, penalty, detail });
  };
  const total = Math.max(0, coverage.statementsTotal);
  const ratio = (n: number) => (total === 0 ? 0 : Math.min(1, Math.max(0, n) / total));

  const unparsed = total - coverage.statementsParsed;
  add(
    'unparsed statements',
    WEIGHTS.unparsedStatements * ratio(unparsed),
    `${unparsed} of ${plural(total, 'statement')} could not be parsed; rules did not see them`,
  );
  add(
    'unparseable files',
    WEIGHTS.unparseableFile * coverage.filesUnparseable,
    `${plural(coverage.filesUnparseable, 'changed file')} could not be read as SQL`,
  );

  if (!coverage.liveRan) {
    add(
      'live run did not happen',
      WEIGHTS.liveNotRun,
      `no statement was executed: locks, rewrites, timing and probes are unverified${coverage.liveSkippedReason ? ` (${coverage.liveSkippedReason})` : ''}`,
    );
  } else {
    const unexecuted = total - coverage.statementsExecuted;
    add(
      'statements not executed',
      WEIGHTS.unexecutedStatements * ratio(unexecuted),
      `${unexecuted} of ${plural(total, 'statement')} did not run live (skipped, or after a failure)`,
    );
    const reachable = coverage.objectsProbed + coverage.objectsNotProbed;
    add(
      'objects not probed',
      reachable === 0 ? 0 : (WEIGHTS.unprobedObjects * coverage.objectsNotProbed) / reachable,
      `${coverage.objectsNotProbed} of ${plural(reachable, 'object')} were not reached by probes`,
    );
    add(
      'probes not run',
      WEIGHTS.probeNotRun * coverage.probesNotRun,
      `${plural(coverage.probesNotRun, 'probe')} could not run`,
    );
    // One penalty for a base history the engine could not fully build (not one per file: a gap early
    // in a long history is one cause), and one per changed migration that could therefore not be verified.
    const legacyFailed = migrations.filter((m) => m.status === 'base' && m.applied === 'failed');
    // Callers without a summary pass their base migrations in `migrations`.
    baseHistory ??= legacyFailed.length
      ? { status: 'partial', total: legacyFailed.length, applied: 0, partial: 0, failed: legacyFailed.length, skipped: 0, gaps: [], standIns: [] }
      : undefined;
    if (baseHistory && baseHistory.status === 'partial') {
      const notBuilt = baseHistory.partial + baseHistory.failed;
      add(
        'base history failed',
        WEIGHTS.baseFailed,
        `${plural(notBuilt, 'base migration')} of ${baseHistory.total} did not fully apply on the review engine (${plural(baseHistory.gaps.length, 'statement')} left out, first: ${baseHistory.gaps[0] ? `${baseHistory.gaps[0].file}:${baseHistory.gaps[0].line}, ${baseHistory.gaps[0].cause}` : 'see the migrations'}): the live schema differs from production`,
      );
    }
    const unverified = migrations.filter((m) => m.status !== 'base' && m.couldNotVerify);
    add(
      'could not verify',
      WEIGHTS.baseFailed * unverified.length,
      `${plural(unverified.length, 'changed migration')} could not be verified because of an environment gap${unverified[0] ? ` (${unverified[0].file}: ${unverified[0].couldNotVerify})` : ''}`,
    );
  }
  for (const limit of coverage.engineLimits) add('engine limit', WEIGHTS.engineLimit, limit);

  const confidence = Math.max(0, Math.min(100, 100 - factors.reduce((s, f) => s + f.penalty, 0)));
  return { confidence, factors };
}
