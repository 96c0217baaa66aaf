// Traced application: base migrations as whole files (fast), then each changed migration statement
// by statement with the runner's transaction semantics, recording per statement the locks its own
// backend holds (pg_locks before commit, as Eugene does), rewrites (relfilenode changes), rows,
// timing and Postgres errors.
//
// The run is a pipeline of stages, each in src/live/trace/ and testable on its own:
//   plan (run.ts, plan.ts) → base history (base.ts) → hook after the base (changed.ts) → catalog
//   before (run.ts) → changed migrations (changed.ts → migration.ts: execute, a denied statement
//   as the superuser on a self-hosted preset in superuser.ts, lock sampling in locks.ts, error
//   mapping in errors.ts; recovery after a time limit) → catalog after and the
//   delta between the two (run.ts).
import type { ParsedSource } from '../types.js';
import type { Database } from '../engines/database.js';
import { applyBaseHistory, setUpRunnerTable } from './trace/base.js';
import { runAfterBaseHook, traceChanged } from './trace/changed.js';
import { errorOf } from './trace/errors.js';
import { createRoles } from './trace/roles.js';
import { openTraceRun, type TraceRun } from './trace/run.js';
import type { TraceOptions, TraceResult } from './trace/types.js';

export type { RefusedStatement, StandIn, StandInDef, StringsOff, TraceOptions, TraceResult } from './trace/types.js';
export { SUPERUSER_EXTENSIONS, standInNote } from './trace/plan.js';
export { strongestLocks } from './trace/locks.js';
export { runnerWraps } from './trace/transactions.js';
export { LOCK_MODES, lockModeName, lockStrength } from '../sql/locks.js';

/** The non-superuser role the presets create for the migrations under review (presets/*.sql). */
export const MIGRATOR_ROLE = 'pgreview_migrator';

export async function applyTraced(db: Database, parsed: ParsedSource[], opts: TraceOptions): Promise<TraceResult> {
  const run = await openTraceRun(db, parsed, opts);
  // The base history's roles before it (a cached base keeps them); the pull request's after the
  // cache was staged, so that a later pull request's own CREATE ROLE never meets one.
  if (run.applyBase) await createRoles(run, parsed.filter((p) => p.migration.status === 'base'), run.baseExternalRoles);
  await applyBase(run);
  await runAfterBaseHook(run);
  await createRoles(run, parsed);
  const before = run.stopped ? undefined : await run.snapshot(opts.snapshotBefore);
  const tc = performance.now();
  await traceChanged(run);
  run.timings.changedMs = performance.now() - tc;
  const after = run.conn.alive && before && !run.stopped ? await run.snapshot() : undefined;
  await run.asSuperuser().catch(() => undefined);
  return run.result(before, after);
}

/** As the migration role: the runner's history table, then the base history. */
async function applyBase(run: TraceRun): Promise<void> {
  const tb = performance.now();
  try {
    await run.asRole();
  } catch (e) {
    run.stop(`could not switch to the migration role ${run.role}: ${errorOf(e).message}`);
  }
  await setUpRunnerTable(run);
  await applyBaseHistory(run);
  run.timings.baseMs = performance.now() - tb;
}
