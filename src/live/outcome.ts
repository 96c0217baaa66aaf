// What the live stage hands back to the review, and the outcome when it does not run: shared by the
// live stage and by a static review, which must not load the live stage to say it did not run.
import type { BaseHistory, EngineInfo, Finding, MigrationReport, ObjectChanges, PresetId, ProbeResult, RollbackReport } from '../types.js';
import type { Calibration } from './calibration.js';

export interface LiveOutcome {
  ran: boolean;
  skippedReason?: string;
  engine: EngineInfo | null;
  preset?: { id: PresetId; reason: string };
  migrations: MigrationReport[];
  findings: Finding[];
  suppressed: (Finding & { reason: string })[];
  objects?: ObjectChanges;
  probes: ProbeResult[];
  statementsExecuted: number;
  objectsProbed: number;
  objectsNotProbed: number;
  /** What the data-volume rehearsal timed, per statement, to calibrate production estimates. */
  calibrations: Calibration[];
  /** The generated rollback and its proof (one per history, merged). */
  rollback?: RollbackReport;
  /** How the base history was rebuilt (all histories together); undefined when nothing was applied. */
  baseHistory?: BaseHistory;
}

/** The outcome of a live stage that did not run, and why. */
export function notRun(reason: string, engine: EngineInfo | null = null): LiveOutcome {
  return { ran: false, skippedReason: reason, engine, migrations: [], findings: [], suppressed: [], probes: [], statementsExecuted: 0, objectsProbed: 0, objectsNotProbed: 0, calibrations: [] };
}
