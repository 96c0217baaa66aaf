// What the live stage measured per statement, for production estimates (src/stats/estimate.ts):
// the data-volume rehearsal's timings joined with the traced run's. It lives with the live stage,
// which produces it; the stats layer above reads it.
import type { MigrationReport } from '../types.js';
import type { Rehearsal } from './probes/data-volume.js';
import { lockStrength } from '../sql/locks.js';

/** One statement timed by the data-volume rehearsal, with its time on the empty table from the trace. */
export interface Calibration {
  file: string;
  line: number;
  endLine: number;
  /** The touched table it locked first; absent when its lock was already held (then the finding's relation is used). */
  relation?: string;
  /** Rows of each touched table when timed. */
  tableRows: Record<string, number>;
  ms: number;
  /** The same statement in the traced run, on the base state's (empty) tables: the fixed cost. */
  emptyMs?: number;
  engine: string;
  seeded: boolean;
}

/** Rehearsal timings joined with the traced run's: what the engine measured per statement. */
export function calibrationsFrom(rehearsal: Rehearsal | undefined, migrations: MigrationReport[]): Calibration[] {
  if (!rehearsal) return [];
  const out: Calibration[] = [];
  for (const t of rehearsal.statements) {
    if (t.error || t.skipped) continue;
    const touched = t.locks.filter((l) => l.relation in rehearsal.tableRows).sort((a, b) => lockStrength(b.mode) - lockStrength(a.mode));
    const traced = migrations.find((m) => m.file === t.file)?.trace?.find((x) => x.line === t.line && !x.error && !x.skipped);
    out.push({ file: t.file, line: t.line, endLine: t.endLine, relation: touched[0]?.relation, tableRows: rehearsal.tableRows, ms: t.ms, emptyMs: traced?.durationMs, engine: rehearsal.engine, seeded: rehearsal.seeded });
  }
  return out;
}
