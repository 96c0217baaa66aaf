// What a probe receives and returns. Its own module so that the registry (src/live/probes.ts), which
// imports every probe, and the probes, which need these types, do not import each other.
import type { Finding, MigrationSet, PresetId, ProbeResult, Settings } from '../../types.js';
import type { ParsedSourceWithErrors } from '../../sql/parse.js';
import type { Database } from '../../engines/database.js';
import type { StaticResult } from '../../analysis/static.js';
import type { TraceResult } from '../trace.js';
import type { EngineGaps } from '../gaps.js';

export interface ProbeInput {
  settings: Settings;
  set: MigrationSet;
  db: Database;
  trace: TraceResult;
  sources: ParsedSourceWithErrors[];
  staticResult: StaticResult;
  preset: PresetId;
  /** History key ('' for a single database). */
  history: string;
  /** What each probe's `prepare` returned (between base and changed migrations), by probe id. */
  prepared?: Record<string, unknown>;
  /**
   * What the review engine cannot run (gaps.ts), read once per history: the extensions it lacks and
   * how the first apply went (afterFirstApply). Probes that re-run migration statements use it.
   */
  gaps: EngineGaps;
}

/**
 * What a probe's `prepare` sees: the database right after the base migrations, before the changed
 * ones; `gaps` says only what the engine lacks (the first apply has not run yet).
 */
export type PrepareInput = Omit<ProbeInput, 'trace' | 'prepared'>;

export interface ProbeOutput {
  result: ProbeResult;
  findings: Omit<Finding, 'fingerprint'>[];
  objectsProbed: number;
  objectsNotProbed: number;
  /**
   * The findings that made each failed step fail, by step name: a step whose findings the review
   * leaves out (rule off, pgreview-ignore) is not failed, while the probe's other steps may be.
   */
  stepFindings?: Map<string, Omit<Finding, 'fingerprint'>[]>;
}

export interface Probe {
  id: string;
  /**
   * Optional: runs after the base migrations and before the changed ones (TraceOptions.afterBase),
   * and must leave the database as it found it. Its result reaches run() as input.prepared[id].
   */
  prepare?(input: PrepareInput): Promise<unknown>;
  run(input: ProbeInput): Promise<ProbeOutput>;
}
