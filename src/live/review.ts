// The live stage as review() sees it: start an engine, prepare the preset, apply base then changed
// migrations traced, diff the catalog, run live rules and probes. Returns what it proved and what it
// could not, so that confidence can say so. Each history (a folder can hold several databases)
// gets its own fresh database.

import type { BaseHistory, EngineInfo, Finding, Migration, MigrationReport, MigrationSet, ObjectChanges, PresetId, ProbeResult, RollbackReport, Settings, Statement } from '../types.js';
import type { ParsedSourceWithErrors } from '../sql/parse.js';
import { finalizeFinding, findIgnore, toFinding, type StaticResult } from '../analysis/static.js';
import type { LiveContext, LiveRule, ReportInput, Rule } from '../analysis/rules.js';
import { startEngine } from '../engines/auto.js';
import type { Database, Engine } from '../engines/database.js';
import { choosePreset, reviewPrepare, standInExtensions } from './presets.js';
import { applyTraced, MIGRATOR_ROLE, standInNote, type RefusedStatement, type StringsOff, type TraceOptions, type TraceResult } from './trace.js';
import { BaseCache, baseCacheKey, baseRecordOf, notCacheable, withBaseRecord, type BaseRecord } from './base-cache.js';
import { emptyCatalog, refreshStatistics, type CatalogSnapshot } from './catalog.js';
import { printState } from './catalog-delta.js';
import { afterFirstApply, markEnvironmentFailures, readEngineGaps, type EngineGaps } from './gaps.js';
import { runnerSetup } from '../migrations/runner.js';
import { describeCapabilities } from '../analysis/screen.js';
import { prepareProbes, runProbes, type ProbeInput } from './probes.js';
import type { Rehearsal } from './probes/data-volume.js';
import { calibrationsFrom, type Calibration } from './calibration.js';
import { outsideReach, ProbeSession } from './probe-role.js';
import { rollbackFor, mergeRollbacks, offerRollback } from './rollback.js';
import { notRun, type LiveOutcome } from './outcome.js';
import { statementLocator } from './locator.js';
export type { LiveOutcome } from './outcome.js';

// Production statistics come from the stats layer above; the live stage only hands them to the live
// rules, so it names them as the rule contract does (docs/architecture.md: one way down).
type ProductionStats = NonNullable<LiveContext['production']>;

export interface LiveInput {
  settings: Settings;
  set: MigrationSet;
  sources: ParsedSourceWithErrors[];
  staticResult: StaticResult;
  rules: Rule[];
  /** Production statistics (--stats): live rules compare the base history with its catalog. */
  production?: ProductionStats;
}


/** Counts of the base files in a trace, and its gaps and stand-ins, added into `into`. */
export function addBaseHistory(into: BaseHistory | undefined, trace: Pick<TraceResult, 'migrations' | 'gaps' | 'standIns'>): BaseHistory {
  const out: BaseHistory = into ?? { status: 'complete', total: 0, applied: 0, partial: 0, failed: 0, skipped: 0, gaps: [], standIns: [] };
  for (const m of trace.migrations.filter((r) => r.status === 'base')) {
    out.total++;
    if (m.applied === 'applied' && m.gaps) out.partial++;
    else if (m.applied === 'applied') out.applied++;
    else if (m.applied === 'failed') out.failed++;
    else out.skipped++;
  }
  out.gaps.push(...trace.gaps);
  for (const note of trace.standIns.map(standInNote)) if (!out.standIns.includes(note)) out.standIns.push(note);
  out.status = out.total > 0 && out.skipped === out.total ? 'not-applied' : out.partial || out.failed || out.gaps.length ? 'partial' : 'complete';
  return out;
}


export function choosePresetFor(settings: Settings, set: MigrationSet, staticResult: StaticResult): { id: PresetId; reason: string } {
  if (settings.preset) return { id: settings.preset, reason: settings.configPath ? `set in ${settings.configPath} or on the command line` : 'requested' };
  if (staticResult.supabase) {
    const picked = choosePreset(set.layout, staticResult.reviewed.map((r) => r.stmt));
    return picked.id === 'supabase' ? picked : { id: 'supabase', reason: 'the SQL uses Supabase auth functions' };
  }
  return choosePreset(set.layout, staticResult.reviewed.map((r) => r.stmt));
}

/** What the histories of one review share while the live stage runs. */
interface LiveRun {
  input: LiveInput;
  preset: { id: PresetId; reason: string };
  histories: Map<string, Migration[]>;
  out: LiveOutcome;
  objects: ObjectChanges;
  seen: Map<string, number>;
  liveRules: LiveRule[];
  rollbacks: { history: string; report: RollbackReport }[];
}

/** One history on its engine: what the stages after the start hand on. */
interface HistoryRun {
  history: string;
  migrations: Migration[];
  sources: ParsedSourceWithErrors[];
  up: ParsedSourceWithErrors[];
  engine: Engine;
  db: Database;
  session: ProbeSession;
  /** The base cache entry this run uses or writes, if the cache is on and the engine can save its state. */
  base?: BaseCacheUse;
  /** How the run was done (the engine's notes). */
  notes: string[];
  /** What the engine lacks for this history (gaps.ts), read once when it started; the probes get it with the first apply. */
  lacks: EngineGaps;
}

interface BaseCacheUse {
  cache: BaseCache;
  key: string;
  engine: string;
  /** Set when the engine started from the entry. */
  restored?: { record: BaseRecord; from: 'local' | 'remote' };
  /** printState() of the session the catalog before the changes was read in, when a replay is being saved. */
  beforePrints?: string;
  /** How long the engine took to start (from the entry, or fresh). */
  startMs: number;
}

export async function runLive(input: LiveInput): Promise<LiveOutcome> {
  const { settings, set, staticResult } = input;
  if (settings.engine === 'none') return notRun('static review only (--engine none)');
  if (!set.migrations.some((m) => m.status !== 'base')) return notRun('no changed migrations');

  const preset = choosePresetFor(settings, set, staticResult);
  const histories = new Map<string, Migration[]>();
  for (const m of set.migrations) {
    const key = m.history ?? '';
    histories.set(key, [...(histories.get(key) ?? []), m]);
  }
  const run: LiveRun = {
    input,
    preset,
    histories,
    out: { ...notRun(''), ran: true, skippedReason: undefined, preset },
    objects: { created: [], altered: [], dropped: [], source: 'live' },
    seen: new Map<string, number>(),
    liveRules: input.rules.filter((r): r is LiveRule => r.phase === 'live' && settings.rules[r.id] !== 'off'),
    rollbacks: [],
  };
  for (const [history, migrations] of histories) {
    if (!migrations.some((m) => m.status !== 'base')) continue;
    if (!(await reviewHistory(run, history, migrations))) return notRun('no engine selected');
  }
  run.out.objects = run.objects;
  run.out.rollback = mergeRollbacks(run.rollbacks);
  return run.out;
}

/** One history on a fresh database: start, apply traced, rules, probes, rollback, notes. False when no engine was selected. */
async function reviewHistory(run: LiveRun, history: string, migrations: Migration[]): Promise<boolean> {
  const { out } = run;
  let h: HistoryRun | undefined;
  let engine: Engine | undefined;
  try {
    h = await startHistory(run, history, migrations, (e) => (engine = e));
    if (!h) return false;
    const progress = stageTimer(run.input.settings);
    const { trace, prepared, baseReach } = await applyHistory(run, h);
    progress(`applied: base ${Math.round(trace.timings.baseMs)} ms, changed ${Math.round(trace.timings.changedMs)} ms, catalog snapshots ${Math.round(trace.timings.snapshotMs)} ms`);
    h.db = trace.db;
    recordTrace(run, h, trace, prepared);
    await probeHistory(run, h, trace, baseReach, prepared);
    progress('probes done');
    // Last: the proof changes the database for good (probes above leave it as they found it).
    const rollback = await rollbackFor({ settings: run.input.settings, db: h.db, engine: h.engine, trace, up: h.up });
    progress('rollback generated and proven');
    run.rollbacks.push({ history, report: rollback });
    offerRollback(out.findings, rollback, new Set(h.sources.map((s) => s.source.file)));
    noteHistory(run, h, trace);
    return true;
  } finally {
    await h?.session.close();
    await h?.db.close().catch(() => undefined);
    const eng = engine as Engine | undefined;
    await eng?.stop().catch(() => undefined);
    // What the engine learnt during the run (its server ended, killed by a signal) arrives after the
    // copies above were taken.
    if (eng && out.engine) {
      const late = eng.describe().limits.filter((l) => !out.engine!.limits.includes(l));
      if (late.length) out.engine = { ...out.engine, limits: [...out.engine.limits, ...late] };
    }
  }
}

/** Progress lines with the time each stage took (--progress), so a slow review says where its time went. */
function stageTimer(settings: Settings): (what: string) => void {
  let last = performance.now();
  return (what) => {
    const now = performance.now();
    settings.onProgress?.(`${what} (stage: ${Math.round(now - last)} ms)`);
    last = now;
  };
}

/** Start the engine for one history (from the cached base when there is one) and open the probe session. */
async function startHistory(run: LiveRun, history: string, migrations: Migration[], onStarted: (e: Engine) => void): Promise<HistoryRun | undefined> {
  const { settings, set, sources } = run.input;
  const ids = new Set(migrations.map((m) => m.id));
  const historySources = sources.filter((s) => ids.has(s.migration.id));
  const needsExtensions = historySources
    .flatMap((src) => src.statements)
    .filter((st) => st.kind === 'CreateExtensionStmt')
    .map((st) => String(st.node.extname));
  // The probe role is part of the prepared state: PGlite restarts from it after a time limit.
  const prepare = reviewPrepare(run.preset.id);
  const cache = settings.baseCache ? new BaseCache(settings.baseCache.dir, settings.baseCache) : undefined;
  let use: BaseCacheUse | undefined;
  const resume = async (engine: Engine): Promise<string | undefined> => {
    use = undefined;
    if (!cache || !engine.stateIdentity || !engine.saveState) return undefined;
    const identity = await engine.stateIdentity();
    if (!identity) return undefined;
    const key = baseCacheKey({
      engine: identity,
      preset: run.preset.id,
      prepareSql: prepare.sql,
      layout: set.layout,
      history,
      runnerSql: runnerSetup(set.layout, migrations)?.sql ?? '',
      migrator: MIGRATOR_ROLE,
      base: historySources.filter((s) => s.direction === 'up' && s.migration.status === 'base'),
    });
    use = { cache, key, engine: identity, startMs: 0 }; // startMs: set once the engine started
    const hit = await cache.lookup(key);
    if (hit) use.restored = { record: hit.record, from: hit.from };
    return hit?.stateDir;
  };
  // An engine that cannot start falls back (auto, engineFallback) or throws EngineStartError: never a silent static review.
  const t0 = performance.now();
  const started = await startEngine(settings, { prepare, needsExtensions, standIns: standInExtensions(run.preset.id), resume });
  if (!started) return undefined;
  onStarted(started.engine);
  const { engine, db } = started;
  const useFor = use as BaseCacheUse | undefined;
  if (useFor) useFor.startMs = performance.now() - t0;
  // An entry the engine could not start from is replayed as if it were not there.
  if (useFor?.restored && !started.resumedFrom) useFor.restored = undefined;
  if (started.resumeError && useFor) {
    // A broken entry is removed, so this run's replay can save a good one in its place.
    useFor.cache.remove(useFor.key);
    settings.onProgress?.(`the cached base could not be started from (${started.resumeError}); replaying the base history`);
  }
  run.out.engine = engineInfoFor(engine, settings.pgVersion);
  for (const f of started.failures) settings.onProgress?.(`the ${f.id} engine could not start: ${f.error.split('\n')[0]}`);
  settings.onProgress?.(`engine ${run.out.engine.id} started: ${run.out.engine.description}${history ? ` (history ${history})` : ''}`);
  // Probes make PR code run (triggers, defaults, policies, down migrations): never as the superuser.
  const session = await ProbeSession.open(engine, db, MIGRATOR_ROLE);
  const up = historySources.filter((s) => s.direction === 'up');
  // Unreadable, the probes still take an engine's "extension … is not available" for its gap (runStatements).
  const lacks = await readEngineGaps(db, historySources).catch(() => ({ lacking: new Set<string>(), sources: historySources, ran: new Set<string>() }));
  return { history, migrations, sources: historySources, up, engine, db, session, base: useFor, notes: [], lacks };
}

/** The engine's description, with a limit when its server major differs from production's. */
function engineInfoFor(engine: Engine, pgVersion: number): EngineInfo {
  const info = engine.describe();
  const serverMajor = Number(/(\d+)/.exec(info.serverVersion ?? '')?.[1] ?? NaN);
  if (!serverMajor || serverMajor === pgVersion) return info;
  return {
    ...info,
    limits: [
      ...info.limits,
      serverMajor < pgVersion
        ? `the review server is PostgreSQL ${serverMajor}, older than production (${pgVersion}): syntax or behaviour added since ${serverMajor} may fail here and not in production`
        : `the review server is PostgreSQL ${serverMajor}, newer than production (${pgVersion}): what ${serverMajor} accepts may still fail in production`,
    ],
  };
}

/**
 * The traced apply: base then changed. With the base cache, a restored base is not replayed (its
 * stored results complete the trace), and a replayed one is saved before any SQL of the pull request
 * runs (first thing after the base, ahead of the probes' rehearsal).
 */
async function applyHistory(run: LiveRun, h: HistoryRun): Promise<{ trace: TraceResult; prepared?: Record<string, unknown>; baseReach: Set<string> }> {
  const { settings, set, staticResult } = run.input;
  const { engine: eng, session, base } = h;
  let prepared: Record<string, unknown> | undefined;
  let baseReach = new Set<string>();
  const prepareInput = { settings, set, sources: h.sources, staticResult, preset: run.preset.id, history: h.history, gaps: h.lacks };
  // The SQL under review runs as the preset's non-superuser role: on its own login where the
  // engine has more than one connection (local, docker), else by SET SESSION AUTHORIZATION.
  const asRole = eng.connectAs && !h.db.rollbackOnly ? await eng.connectAs(MIGRATOR_ROLE).catch(() => undefined) : undefined;
  let staged: { dir: string; stateDir: string } | undefined;
  const started = performance.now();
  const afterBase = async (d: Database) => {
    const replayMs = performance.now() - started;
    // Without a base migration the entry would be the prepared preset the engine starts from anyway.
    const hasBase = h.migrations.some((m) => m.status === 'base');
    const worthIt = hasBase && replayMs >= minBaseMsToCache(settings);
    if (base && !base.restored && eng.saveState && hasBase && !worthIt) {
      settings.onProgress?.(`the base history was not cached: its replay took ${Math.round(replayMs)} ms, less than saving and restoring it costs`);
    }
    if (base && !base.restored && eng.saveState && worthIt) {
      staged = base.cache.stage();
      await eng.saveState(staged.stateDir).catch((e) => {
        base.cache.discard(staged!);
        staged = undefined;
        settings.onProgress?.(`the base history could not be cached: ${(e as Error).message.split('\n')[0]}`);
      });
    }
    if (!session.usable) return;
    prepared = await session.run(d, async (pdb) => {
      // What the roles reached before the PR's migrations is not the PR's doing.
      if (!pdb.rollbackOnly) baseReach = new Set((await containment(pdb, session.role, MIGRATOR_ROLE).catch(() => undefined))?.api ?? []);
      return prepareProbes({ ...prepareInput, db: pdb });
    });
  };
  const opts: TraceOptions = {
    statementTimeoutMs: settings.statementTimeoutMs,
    totalTimeoutMs: settings.totalTimeoutMs,
    afterBase,
    runAs: { role: MIGRATOR_ROLE, db: asRole, reconnect: asRole && eng.connectAs ? () => eng.connectAs!(MIGRATOR_ROLE) : undefined },
    restart: eng.restartFresh ? () => eng.restartFresh!() : undefined,
    runnerSetup: runnerSetup(set.layout, h.migrations),
    preset: run.preset.id,
    snapshotBefore: base && catalogBeforeWithCache(base, () => !!staged),
  };
  if (base?.restored) {
    const { record, from } = base.restored;
    const ms = base.startMs; // the restore, engine start included
    h.notes.push(`base history restored from cache ${base.key} (${from === 'remote' ? 'the Actions cache' : 'the cache folder'}; ${record.reports.length} base migration(s) not executed again, in ${Math.round(ms)} ms, engine start included, instead of ${Math.round(record.engineStartMs + record.baseMs)} ms to start a fresh engine and replay them)`);
    const trace = await applyTraced(h.db, h.up, { ...opts, applyBase: false, runnerSetup: undefined });
    return { trace: withBaseRecord(trace, base.restored.record, base.startMs), prepared, baseReach };
  }
  const trace = await applyTraced(h.db, h.up, opts);
  if (base && staged) saveBase(run, h, base, staged, trace);
  return { trace, prepared, baseReach };
}

/** Roles the review made up because the migrations use them without creating them: a precondition of every deploy it cannot check. */
function externalRoleLimits(trace: TraceResult): string[] {
  const created = [...(trace.externalRoles ?? [])].sort();
  const failed = trace.externalRolesFailed ?? [];
  return [
    ...(created.length
      ? [
          `roles ${created.join(', ')} must exist on every server these migrations run on: the migrations use them and never create them, so the review made them up (no login; USAGE and CREATE where the migration role has them; the migration role a member), and their real privileges were not verified`,
        ]
      : []),
    ...(failed.length ? [`roles the migrations use but do not create could not be made up on the review server: ${failed.join('; ')}`] : []),
  ];
}

/**
 * The catalog before the changed migrations with the base cache. Restored: the entry's snapshot,
 * when the session prints definitions as the one it was read in did, with its statistics read
 * again (the database is the entry's, byte for byte; the probes' rehearsal since rolled back, but
 * its ANALYZE changed the statistics in place). Replayed and being saved: the full snapshot is read
 * (undefined here) and the session's print state noted, to be saved with it.
 */
function catalogBeforeWithCache(base: BaseCacheUse, saving: () => boolean): TraceOptions['snapshotBefore'] {
  return async (conn, opts) => {
    if (!base.restored) {
      if (saving()) base.beforePrints = await printState(conn, opts);
      return undefined;
    }
    const prints = base.restored.record.beforePrints;
    const cached = prints !== undefined && prints === (await printState(conn, opts)) ? base.cache.before(base.key) : undefined;
    return cached && refreshStatistics(conn, cached, opts);
  };
}

/**
 * A base replayed faster than this is not cached when the entry travels (the action's Actions cache:
 * uploaded after the review, downloaded on a hit, tens of MB either way), so a short history is
 * cheaper to replay there. In a cache folder on the same machine every base is cached: saving costs
 * 0.05–0.15 s once, and starting from the entry is cheaper than a fresh cluster (measured, quiet
 * machine: basejump's 4 files 1.17 → 0.77 s local, 1.23 → 1.16 s PGlite; trigger.dev 2.3 → 1.2 s
 * local, 3.6 → 1.7 s PGlite, whole review). PGREVIEW_CACHE_MIN_BASE_MS or settings override both.
 */
export const DEFAULT_REMOTE_CACHE_MIN_BASE_MS = 1500;
export function minBaseMsToCache(settings: Settings): number {
  const env = Number(process.env.PGREVIEW_CACHE_MIN_BASE_MS);
  if (settings.baseCache?.minBaseMs !== undefined) return settings.baseCache.minBaseMs;
  if (process.env.PGREVIEW_CACHE_MIN_BASE_MS !== undefined && env >= 0) return env;
  return settings.baseCache?.remote ? DEFAULT_REMOTE_CACHE_MIN_BASE_MS : 0;
}

/** Put the state saved after the base into the cache, with what the replay found, unless the run depended on timing. */
function saveBase(run: LiveRun, h: HistoryRun, base: BaseCacheUse, staged: { dir: string; stateDir: string }, trace: TraceResult): void {
  const why = notCacheable(trace);
  if (why) {
    base.cache.discard(staged);
    run.input.settings.onProgress?.(`the base history was not cached: ${why}`);
    return;
  }
  const changed = new Set(h.up.filter((s) => s.migration.status !== 'base').map((s) => s.source.file));
  try {
    base.cache.commit(staged, { ...baseRecordOf(trace, changed, base.key, base.engine, base.startMs), beforePrints: base.beforePrints }, trace.before);
    h.notes.push(`base history saved to cache ${base.key}`);
  } catch (e) {
    base.cache.discard(staged);
    run.input.settings.onProgress?.(`the base history could not be cached: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** Findings and counts from the trace: refused base statements, changed migrations, live rules, escapes. */
function recordTrace(run: LiveRun, h: HistoryRun, trace: TraceResult, prepared: Record<string, unknown> | undefined): void {
  const { settings, set, staticResult } = run.input;
  const { out, objects, seen } = run;
  markEnvironmentFailures(trace, h.sources);
  out.baseHistory = addBaseHistory(out.baseHistory, trace);
  for (const r of trace.refused.filter((r) => r.status === 'base')) out.findings.push(finalizeFinding(settings, refusedBaseFinding(r), undefined, seen));
  // Base migrations are summed up in out.baseHistory (counts, gaps); the report lists the changed ones.
  out.migrations.push(...trace.migrations.filter((m) => m.status !== 'base'));
  out.statementsExecuted += trace.migrations
    .filter((m) => m.status !== 'base')
    .reduce((n, m) => n + (m.trace ?? []).filter((t) => !t.error && !t.skipped).length, 0);
  objects.created.push(...trace.objects.created);
  objects.altered.push(...trace.objects.altered);
  objects.dropped.push(...trace.objects.dropped);
  // Without catalogs (the engine died and could not be brought back) only rules that read the trace alone run.
  const rules = trace.before && trace.after ? run.liveRules : run.liveRules.filter((r) => CATALOG_FREE_RULES.has(r.id));
  // Production is one database: it is compared only when the folder holds one history.
  const production = run.histories.size === 1 ? run.input.production : undefined;
  const checked = runLiveRules({ settings, set, trace, sources: h.sources, staticResult, rules, seen, fallbackFile: h.up[0]?.source.file ?? '', production });
  out.findings.push(...checked.findings);
  out.suppressed.push(...checked.suppressed);
  const rehearsal = prepared?.['data-volume'];
  out.calibrations.push(...calibrationsFrom(rehearsal instanceof Error ? undefined : (rehearsal as Rehearsal | undefined), trace.migrations));
  for (const escape of trace.escapes) out.findings.push(finalizeFinding(settings, escapeFinding(escape, h.up), undefined, seen));
  if (trace.stringsOff) out.findings.push(finalizeFinding(settings, stringsOffFinding(trace.stringsOff, 'trace'), undefined, seen));
  for (const at of trace.baseStringsOff) out.findings.push(finalizeFinding(settings, stringsOffFinding(at, 'base'), undefined, seen));
}

function refusedBaseFinding(r: RefusedStatement): Omit<Finding, 'fingerprint'> {
  const { message } = describeCapabilities(r.hits);
  return {
    ruleId: 'untrusted-capability',
    severity: 'info',
    phase: 'live',
    category: 'security',
    file: r.file,
    line: r.line,
    column: 1,
    endLine: r.line,
    migrationId: r.migrationId,
    object: [...new Set(r.hits.map((h) => h.capability))].join(', '),
    title: 'Already-merged migration statement not executed during the review',
    message: `${message} This migration is already merged (base history), so this is not a change of this pull request; the review went on without the statement, and the database it checked against may differ from production.`,
    evidence: { capabilities: r.hits.map(({ capability, detail }) => ({ capability, detail, refused: true })) },
  };
}

/** Containment of the roles after the migrations, then the probes acting as them. */
async function probeHistory(run: LiveRun, h: HistoryRun, trace: TraceResult, baseReach: Set<string>, prepared: Record<string, unknown> | undefined): Promise<void> {
  const { settings, set, staticResult } = run.input;
  const { out, seen } = run;
  const { session, db } = h;
  if (db.alive && trace.after && session.usable) {
    await session.run(db, async (pdb) => {
      // Roles that PR code runs as, or that the API hands out, must not reach programs, server files or other sessions.
      const reach = pdb.rollbackOnly ? { prober: [], api: [] } : await containment(pdb, session.role, trace.role);
      for (const r of reach.api) {
        if (baseReach.has(r)) session.notes.push(`already after the base migrations: ${r}`);
        else out.findings.push(finalizeFinding(settings, reachFinding(r, h.up), undefined, seen));
      }
      if (reach.prober.length) {
        out.probes.push({ probe: 'probes', status: 'not-run', summary: `not run: the role probes act as is not contained (${reach.prober.join('; ')})` });
        return;
      }
      const gaps = afterFirstApply(h.lacks, trace);
      const input = { settings, set, sources: h.sources, staticResult, preset: run.preset.id, history: h.history, gaps };
      const probed = await runProbes({ ...input, db: pdb, trace, prepared } satisfies ProbeInput);
      out.probes.push(...probed.results);
      out.objectsProbed += probed.objectsProbed;
      out.objectsNotProbed += probed.objectsNotProbed;
      for (const f of probed.findings) out.findings.push(finalizeFinding(settings, f, undefined, seen));
      for (const { reason, ...f } of probed.suppressed) out.suppressed.push({ ...finalizeFinding(settings, f, undefined, seen), reason });
    });
    for (const escape of new Set(session.escapes)) out.findings.push(finalizeFinding(settings, escapeFinding(escape, h.up), undefined, seen));
    if (session.stringsOff && !trace.stringsOff) {
      const at = atFirstChanged(h.up);
      out.findings.push(finalizeFinding(settings, stringsOffFinding({ file: at.file, line: at.line ?? 1, migrationId: at.migrationId ?? '' }, 'probe'), undefined, seen));
    }
  } else if (!session.usable) {
    out.probes.push({ probe: 'probes', status: 'not-run', summary: `not run: ${session.notes.join('; ')}` });
  } else {
    out.probes.push({ probe: 'probes', status: 'not-run', summary: trace.stopped ? `not run: ${trace.stopped}` : 'not run: the catalog could not be read after applying' });
  }
}

/** What the engine could not do in this run (limits, with a confidence cost) and how the run was done (notes). */
function noteHistory(run: LiveRun, h: HistoryRun, trace: TraceResult): void {
  const { out } = run;
  const { db, session } = h;
  const changedFiles = new Set(h.up.filter((s) => s.migration.status !== 'base').map((s) => s.source.file));
  const limits = [
    ...(trace.role ? [] : db.rollbackOnly ? [] : ['the migrations ran as the superuser (the preset has no migration role)']),
    ...trace.superuser,
    ...trace.restarts,
    ...session.notes,
    // Stand-ins the changed migrations create, one note each; the base history's, one note in all.
    ...trace.standIns.filter((s) => changedFiles.has(s.file)).map(standInNote),
  ];
  const baseStandIns = trace.standIns.filter((s) => !changedFiles.has(s.file));
  if (baseStandIns.length) {
    limits.push(`the base history's platform extensions ${baseStandIns.map((s) => s.extension).join(', ')} are pgreview stand-ins (same objects and signatures, no network, no background jobs): results that depend on their behaviour are not verified`);
  }
  if (trace.gaps.length) {
    const files = new Set(trace.gaps.map((g) => g.file)).size;
    limits.push(
      `the base history did not fully build on this engine: ${trace.gaps.length} statement(s) in ${files} already-merged file(s) were left out (first: ${trace.gaps[0]!.file}:${trace.gaps[0]!.line}, ${trace.gaps[0]!.cause}); what depends on them could not be verified`,
    );
  }
  limits.push(...externalRoleLimits(trace));
  if (trace.stopped) limits.push(`run stopped early: ${trace.stopped}`);
  if (limits.length) out.engine = { ...out.engine!, limits: [...out.engine!.limits, ...limits] };
  // Containment and the cache are how the run was done, not something the engine could not do: no confidence cost.
  const notes = [...h.notes];
  if (session.role) notes.push(`probes acted as ${session.role} (no superuser, CREATEROLE, or server program/file roles)`);
  if (notes.length) out.engine = { ...out.engine!, notes: [...(out.engine!.notes ?? []), ...notes] };
}

/**
 * Containment of the roles PR code runs as: the probe role, the migration role (CREATEROLE allowed
 * from PostgreSQL 16 on, where it no longer reaches the predefined roles) and the API roles.
 */
async function containment(db: Database, prober: string, migrator: string): Promise<{ prober: string[]; api: string[] }> {
  const v = Number((await db.query<{ n: string }>(`select current_setting('server_version_num') as n`)).rows[0]!.n);
  const existing = new Set(
    (await db.query<{ r: string }>(`select rolname::text as r from pg_catalog.pg_roles where rolname = any($1::text[])`, [['anon', 'authenticated', 'service_role', 'anonymous', migrator]])).rows.map((r) => r.r),
  );
  const api: string[] = [];
  for (const role of ['anon', 'authenticated', 'service_role', 'anonymous', migrator]) {
    if (role && existing.has(role)) api.push(...(await outsideReach(db, role, { allowCreateRole: role === migrator && v >= 160000 })));
  }
  return { prober: prober ? await outsideReach(db, prober) : [], api };
}

/** Where a whole-run containment finding is placed: the start of the first changed migration. */
function atFirstChanged(up: ParsedSourceWithErrors[]): Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'migrationId'> {
  const changed = up.find((s) => s.migration.status !== 'base') ?? up[0];
  return {
    file: changed?.source.file ?? '',
    line: changed?.source.startLine ?? 1,
    column: 1,
    endLine: changed?.source.startLine ?? 1,
    migrationId: changed?.migration.id,
  };
}

function reachFinding(problem: string, up: ParsedSourceWithErrors[]): Omit<Finding, 'fingerprint'> {
  const role = problem.split(' ')[0]!;
  return {
    ruleId: 'untrusted-capability',
    severity: 'high',
    phase: 'live',
    category: 'security',
    ...atFirstChanged(up),
    object: role,
    title: `Role ${role} can act outside the database after these migrations`,
    message: `After the migrations, ${problem}. Whoever acts as ${role} can then run programs, read or write the server's files, or signal other sessions.`,
    fix: { description: `Revoke the membership or attribute from ${role}; API and migration roles need none of them.` },
    evidence: { problem },
  };
}

function escapeFinding(what: string, up: ParsedSourceWithErrors[]): Omit<Finding, 'fingerprint'> {
  return {
    ruleId: 'untrusted-capability',
    severity: 'critical',
    phase: 'live',
    category: 'security',
    ...atFirstChanged(up),
    object: 'session authorization',
    title: 'Code of this pull request switched the review session back to the superuser',
    message: `${what}. On the embedded engine (PGlite) that stays inside WASM, with no programs, host files or network; the statements it ran after the switch are not trustworthy evidence.`,
    fix: { description: 'Remove RESET/SET SESSION AUTHORIZATION and SET ROLE from migration code; they have no place in a migration.' },
    evidence: { switch: what },
  };
}

/**
 * PR code left standard_conforming_strings off where screening could not see it (a SET of it as
 * written is refused before it runs): in the trace, at the statement that did it (the run stopped
 * there); in a probe's re-run, where the pull request starts (the setting was turned back on).
 */
function stringsOffFinding(at: StringsOff, during: 'trace' | 'probe' | 'base'): Omit<Finding, 'fingerprint'> {
  const what =
    during === 'trace'
      ? `After the statement at line ${at.line} ran, standard_conforming_strings was off`
      : during === 'probe'
        ? "While a probe ran this pull request's migrations again, their code turned standard_conforming_strings off"
        : 'This already-merged migration (base history) left standard_conforming_strings off';
  const then =
    during === 'trace'
      ? 'The review stopped there: nothing after that statement ran, and the probes did not run.'
      : during === 'probe'
        ? 'pgreview turned it back on before the next statement, so nothing was read otherwise than it was screened; the setting depends on state the first run did not have.'
        : 'pgreview turned it back on before the next file, so the files after it were read as they were screened. It is not a change of this pull request; the database the review checked against may differ from production where later migrations relied on it.';
  return {
    ruleId: 'untrusted-capability',
    severity: during === 'base' ? 'info' : 'critical',
    phase: 'live',
    category: 'security',
    file: at.file,
    line: at.line,
    column: 1,
    endLine: at.line,
    migrationId: at.migrationId,
    object: 'standard_conforming_strings',
    title: `${during === 'base' ? 'Already-merged migration' : 'Migration'} turns standard_conforming_strings off at run time`,
    message:
      `${what}, set by code screening could not read before it ran (a setting named at run time, dynamic SQL, a function). ` +
      "With it off, PostgreSQL reads a backslash in a later string literal as an escape and pgreview's parser does not, so code could pass for a string. " +
      then,
    fix: { description: "Leave standard_conforming_strings on (the default since PostgreSQL 9.1); where a backslash escape is meant, write an E'…' literal." },
    evidence: { setting: 'standard_conforming_strings', value: 'off' },
  };
}

/** Live rules that read only the trace: they run even when the engine died before the catalog could be read. */
const CATALOG_FREE_RULES = new Set(['statement-timeout', 'migration-failed']);

const EMPTY_CATALOG: CatalogSnapshot = emptyCatalog();

export interface LiveRulesInput {
  settings: Settings;
  set: MigrationSet;
  trace: TraceResult;
  /** The sources of this history. */
  sources: ParsedSourceWithErrors[];
  staticResult: StaticResult;
  rules: LiveRule[];
  /** Fingerprints already given out in this review. */
  seen: Map<string, number>;
  /** Where a crash of a rule is reported. */
  fallbackFile: string;
  production?: ProductionStats;
}

/**
 * Run the live rules over one history's trace (before/after catalogs). Shared by runLive and the
 * live doc-example harness (test/live-rules), so the examples exercise the code path of a review.
 */
export function runLiveRules(input: LiveRulesInput): { findings: Finding[]; suppressed: (Finding & { reason: string })[] } {
  const { settings, set, trace, sources: historySources, staticResult, seen } = input;
  const out = { findings: [] as Finding[], suppressed: [] as (Finding & { reason: string })[] };
  const rules = trace.before && trace.after ? input.rules : input.rules.filter((r) => CATALOG_FREE_RULES.has(r.id));
  if (rules.length === 0) return out;
  const locator = statementLocator(historySources);
  const report = (rule: LiveRule) => (ri: ReportInput) => {
    const f = finalizeFinding(settings, toFinding(rule, ri, 'live'), ri.stmt?.sql, seen);
    const ignore = findIgnore(f, ri.stmt, historySources);
    if (ignore) {
      ignore.used = true;
      out.suppressed.push({ ...f, reason: ignore.reason });
    } else out.findings.push(f);
  };
  const files = new Set(historySources.map((s) => s.source.file));
  const ctxBase = {
    settings,
    set,
    before: trace.before ?? EMPTY_CATALOG,
    after: trace.after ?? EMPTY_CATALOG,
    trace,
    sources: historySources,
    exposedSchemas: new Set(staticResult.exposedSchemas),
    supabase: staticResult.supabase,
    // Static findings of this history (suppressed ones too): live rules skip what they already say.
    staticFindings: [...staticResult.findings, ...staticResult.suppressed].filter((f) => files.has(f.file)),
    statementFor: locator.statementFor,
    statementChanging: locator.changing,
    production: input.production,
  };
  for (const rule of rules) {
    const ctx: LiveContext = { ...ctxBase, report: report(rule) };
    try {
      rule.check(ctx);
    } catch (e) {
      out.findings.push(
        finalizeFinding(
          settings,
          { ruleId: rule.id, severity: 'info', phase: 'live', category: rule.category, file: input.fallbackFile, line: 1, column: 1, endLine: 1, title: `Rule ${rule.id} could not check this review`, message: `pgreview hit an internal error in live rule ${rule.id}: ${(e as Error).message}. Please report it.` },
          undefined,
          seen,
        ),
      );
    }
  }
  return out;
}

export type { TraceResult };
