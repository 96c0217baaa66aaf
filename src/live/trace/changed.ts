// Stage "changed migrations": each traced in order, the role checked after each (PR code may switch
// it back), and after a time limit ended the connection or the engine, recovery: a new connection, or
// a restarted engine with the history replayed, and the run goes on with the next migration.
import type { MigrationReport, ParsedSource } from '../../types.js';
import type { Database } from '../../engines/database.js';
import { errorOf, isDead } from './errors.js';
import { applyBaseHistory, newReport } from './base.js';
import { Relations, strongestLocks } from './locks.js';
import { traceMigration } from './migration.js';
import type { TraceRun } from './run.js';
import { hasOwnTransaction, runnerWraps } from './transactions.js';
import { createRoles } from './roles.js';

/** Trace every changed migration into `run.migrations`. */
export async function traceChanged(run: TraceRun): Promise<void> {
  const rels = new Relations();
  if (run.changed.length && !run.stopped) {
    await rels.reload(run.conn, run.limit(30_000), true).catch((e) => {
      if (isDead(e)) run.stop(`the engine stopped: ${errorOf(e).message}`);
    });
  }
  for (let k = 0; k < run.changed.length; k++) {
    const p = run.changed[k]!;
    const rep = newReport(p);
    rep.trace = [];
    run.migrations.push(rep);
    const s = performance.now();
    await traceMigration(run, rels, p, rep);
    rep.durationMs = performance.now() - s;
    await checkSessionRole(run, p);
    if (!run.died) await run.resetSession(p);
    rep.locks = strongestLocks(rep.trace.flatMap((t) => t.locks));
    rep.rewrites = [...new Set(rep.trace.flatMap((t) => t.rewrites))];
    if (run.died) {
      const why = run.died;
      run.died = undefined;
      const ok = await recover(run, rels, k, why).catch((e) => {
        run.restarts.push(`could not continue after "${why}": ${(e as Error).message}`);
        return false;
      });
      if (!ok) run.stop(`the engine stopped: ${why}`);
    }
  }
}

/**
 * PGlite (SET SESSION AUTHORIZATION): after a migration the session must still be the migration
 * role; if PR code switched it back, that is recorded and the role taken again.
 */
export async function checkSessionRole(run: TraceRun, p: ParsedSource): Promise<void> {
  if (!run.sessionAuth || !run.main.alive) return;
  const who = (await run.main.query<{ s: string }>('select session_user::text as s', undefined, { timeoutMs: run.limit(30_000) }).catch(() => undefined))?.rows[0];
  if (!who || who.s === run.role) return;
  run.escapes.push(`after ${p.source.file} the session was ${who.s} instead of ${run.role}: code of the pull request switched it back (RESET/SET SESSION AUTHORIZATION)`);
  await run.asRole().catch((e) => run.stop(`could not switch back to the migration role ${run.role}: ${errorOf(e).message}`));
}

/**
 * After a time limit killed the connection (local, docker: the server lives on) or the engine
 * (PGlite: the worker), get back to where the run was before changed migration `k` and go on.
 */
export async function recover(run: TraceRun, rels: Relations, k: number, why: string): Promise<boolean> {
  if (run.remaining() <= 0) return false;
  const { opts, role } = run;
  if (opts.runAs?.db && role && opts.runAs.reconnect && run.main.alive) {
    const ok = await run.main.query('select 1', undefined, { timeoutMs: run.limit(10_000) }).then(
      () => true,
      () => false,
    );
    if (ok) {
      run.conn = await opts.runAs.reconnect();
      run.restarts.push(`after "${why}" (${run.changed[k]!.source.file}): a new connection as ${role}; the rest went on`);
      return true;
    }
  }
  if (!opts.restart || opts.runAs?.db) return false;
  const t = performance.now();
  await restartEngine(run, opts.restart);
  if (run.stopped) return false;
  // Replay what had been applied: base files (above), then changed migrations that applied (untraced).
  let replayed = 0;
  for (let j = 0; j < k; j++) {
    const p = run.changed[j]!;
    const rep = run.migrations.find((m) => m.id === p.migration.id && m.file === p.source.file && m.trace);
    if (rep?.applied !== 'applied') continue;
    await replay(run, p, rep);
    replayed++;
  }
  await rels.reload(run.conn, run.limit(30_000));
  run.restarts.push(
    `after "${why}" (${run.changed[k]!.source.file}): restarted the engine, re-applied the base migrations and ${replayed} changed migration(s) before it in ${Math.round(performance.now() - t)} ms; the rest went on`,
  );
  return true;
}

/** A fresh engine restored to the state after the preset, the migration role taken, the base history applied again. */
async function restartEngine(run: TraceRun, restart: () => Promise<Database>): Promise<void> {
  run.main = await restart();
  run.conn = run.main;
  // The fresh engine has none of the roles this run made up: again, unrecorded (it said them once).
  if (run.externalRoles.length) await createRoles(run, run.parsed, undefined, false);
  await run.asRole();
  await applyBaseHistory(run, run.migrations.filter((m) => m.status === 'base'));
}

/** A changed migration again, untraced: the statements that ran, in the runner's transaction. */
export async function replay(run: TraceRun, p: ParsedSource, rep: MigrationReport): Promise<void> {
  const wrap = runnerWraps(p.migration, p.statements.length, hasOwnTransaction(p.statements));
  if (wrap) await run.begin();
  for (let i = 0; i < p.statements.length; i++) {
    const st = p.statements[i]!;
    const t = rep.trace![i];
    if (!t || t.skipped || t.error) continue;
    await run.conn.exec(run.plans.get(st)?.sql ?? st.sql, { timeoutMs: run.limit() });
  }
  if (wrap) await run.commit('');
}

/**
 * The caller's hook after the base history (probes that need the base state), as the superuser. If
 * it ended the engine (the data-volume rehearsal hit a time limit), restart and apply the base again.
 */
export async function runAfterBaseHook(run: TraceRun): Promise<void> {
  const { opts } = run;
  if (!opts.afterBase || run.stopped || !run.main.alive) return;
  await run.asSuperuser().catch(() => undefined);
  await opts.afterBase(run.main).catch(() => undefined);
  if (run.main.alive || !opts.restart || opts.runAs?.db) {
    await run.asRole().catch((e) => run.stop(`could not switch to the migration role ${run.role}: ${errorOf(e).message}`));
    return;
  }
  const t = performance.now();
  try {
    await restartEngine(run, opts.restart);
    run.restarts.push(`a probe rehearsal before the traced run ended the engine: restarted it and re-applied the base migrations in ${Math.round(performance.now() - t)} ms`);
  } catch (e) {
    run.stop(`the engine stopped during a probe rehearsal and could not restart: ${(e as Error).message}`);
  }
}
