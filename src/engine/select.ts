// Engine selection: `auto` picks url → docker → local → pglite and says which and why.
import path from 'node:path';
import { existsSync, readdirSync } from 'node:fs';
import type { EngineId, Settings } from '../types.js';
import type { Database, Engine } from './database.js';
import { EngineUnavailableError } from './database.js';
import { DockerEngine, detectContainerRuntime, nodeSupportsDocker, TESTCONTAINERS_MIN_NODE } from './docker.js';
import { LocalEngine, findPgBinaries } from './local.js';
import { PgliteEngine } from './pglite.js';
import { UrlEngine } from './url.js';

export type ConcreteEngineId = Exclude<EngineId, 'auto' | 'none'>;

export interface EngineProbe {
  databaseUrl?: string;
  dockerRuntime: { available: boolean; detail: string };
  nodeVersion: string;
  localBinaries?: { binDir: string; version: string; extensions?: Set<string> };
  /** Extensions the migrations create; local binaries without one of them lose to PGlite. */
  needsExtensions?: string[];
}

/** Extensions a local installation ships (its *.control files); undefined when the share dir is unknown. */
export function localExtensions(binDir: string, version: string): Set<string> | undefined {
  const major = version.split('.')[0];
  const candidates = [
    `/usr/share/postgresql/${major}/extension`, // Debian/Ubuntu
    path.join(binDir, '..', 'share', 'postgresql', 'extension'),
    path.join(binDir, '..', 'share', 'extension'),
  ];
  for (const dir of candidates) {
    if (!existsSync(dir)) continue;
    return new Set(readdirSync(dir).filter((f) => f.endsWith('.control')).map((f) => f.slice(0, -'.control'.length)));
  }
  return undefined;
}

export async function probeEnvironment(settings: Pick<Settings, 'databaseUrl'>, needsExtensions: string[] = []): Promise<EngineProbe> {
  const bins = findPgBinaries();
  return {
    databaseUrl: settings.databaseUrl,
    dockerRuntime: await detectContainerRuntime(),
    nodeVersion: process.versions.node,
    localBinaries: bins && { binDir: bins.binDir, version: bins.version, extensions: localExtensions(bins.binDir, bins.version) },
    needsExtensions,
  };
}

/** The auto decision, pure: which engine and a sentence saying why. */
export function chooseEngine(p: EngineProbe): { id: ConcreteEngineId; reason: string } {
  if (p.databaseUrl) return { id: 'url', reason: 'a database URL was given: changes run in transactions that are rolled back' };
  const dockerOk = p.dockerRuntime.available && nodeSupportsDocker(p.nodeVersion);
  if (dockerOk) return { id: 'docker', reason: `${p.dockerRuntime.detail} is reachable` };
  const whyNotDocker = !p.dockerRuntime.available
    ? p.dockerRuntime.detail
    : `Node ${p.nodeVersion} is older than ${TESTCONTAINERS_MIN_NODE}, which testcontainers needs`;
  const missing = p.localBinaries?.extensions && (p.needsExtensions ?? []).filter((e) => !p.localBinaries!.extensions!.has(e));
  if (p.localBinaries && missing && missing.length > 0 && missing.every((e) => PGLITE_EXTENSIONS.has(e))) {
    return {
      id: 'pglite',
      reason: `no docker (${whyNotDocker}); local PostgreSQL ${p.localBinaries.version} lacks ${missing.join(', ')}, which the migrations create: using the embedded PGlite, which ships it`,
    };
  }
  if (p.localBinaries) {
    return { id: 'local', reason: `no docker (${whyNotDocker}); PostgreSQL ${p.localBinaries.version} binaries found in ${p.localBinaries.binDir}` };
  }
  return { id: 'pglite', reason: `no docker (${whyNotDocker}) and no local PostgreSQL binaries: using the embedded PGlite` };
}

export interface CreateEngineOptions {
  /** Preset SQL applied at start (cached as a snapshot by pglite). */
  prepare?: { key: string; sql: string };
  /** Extensions the migrations create, so `auto` can avoid an engine that lacks them. */
  needsExtensions?: string[];
}

/** Extensions PGlite 0.4 ships (pgvector and its contrib set), for the auto choice. */
const PGLITE_EXTENSIONS = new Set([
  'vector', 'pgcrypto', 'uuid-ossp', 'pg_trgm', 'citext', 'ltree', 'hstore', 'btree_gin', 'btree_gist', 'cube',
  'earthdistance', 'fuzzystrmatch', 'isn', 'lo', 'seg', 'tablefunc', 'tcn', 'tsm_system_rows', 'tsm_system_time',
  'unaccent', 'amcheck', 'bloom', 'dict_int', 'dict_xsyn', 'file_fdw', 'pg_buffercache', 'pg_freespacemap',
  'pg_surgery', 'pg_visibility', 'pg_walinspect', 'pageinspect', 'auto_explain', 'intarray',
]);

/** The engine for these settings (not started). `none` → undefined. */
export async function createEngine(
  settings: Pick<Settings, 'engine' | 'databaseUrl' | 'postgresImage'>,
  opts: CreateEngineOptions = {},
  reason = 'requested',
): Promise<Engine | undefined> {
  let id: ConcreteEngineId;
  if (settings.engine === 'none') return undefined;
  if (settings.engine === 'auto') {
    ({ id, reason } = chooseEngine(await probeEnvironment(settings, opts.needsExtensions)));
  } else id = settings.engine;
  switch (id) {
    case 'url':
      if (!settings.databaseUrl) throw new EngineUnavailableError('the url engine needs a database URL (settings.databaseUrl)');
      // The preset is not applied to a user's database: it is meant to be that platform already.
      return new UrlEngine({ url: settings.databaseUrl, reason });
    case 'docker':
      return new DockerEngine({ image: settings.postgresImage, reason, prepare: opts.prepare });
    case 'local':
      return new LocalEngine({ reason, prepare: opts.prepare });
    case 'pglite':
      return new PgliteEngine({ reason, prepare: opts.prepare });
  }
}

/** An engine that could not start, and why (from its own error). */
export interface EngineStartFailure {
  id: ConcreteEngineId;
  error: string;
}

/** No engine could start and fallback was not allowed (or nothing was left to fall back to). */
export class EngineStartError extends Error {
  constructor(readonly failures: EngineStartFailure[], hint: string) {
    const [first, ...rest] = failures;
    super(
      `the ${first!.id} engine could not start: ${oneLine(first!.error)}` +
        rest.map((f) => `; then ${f.id} could not start: ${oneLine(f.error)}`).join('') +
        (hint ? ` (${hint})` : ''),
    );
    this.name = 'EngineStartError';
  }
}

function oneLine(s: string): string {
  const line = s.split('\n').map((l) => l.trim()).find(Boolean) ?? s;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

/** The probe without the engines that already failed, so chooseEngine picks the next capable one. */
function withoutFailed(p: EngineProbe, failed: EngineStartFailure[]): EngineProbe {
  const why = (id: ConcreteEngineId) => failed.find((f) => f.id === id);
  const docker = why('docker');
  return {
    ...p,
    databaseUrl: undefined, // a user's database is never a fallback target
    dockerRuntime: docker ? { available: false, detail: `docker could not start (${oneLine(docker.error)})` } : p.dockerRuntime,
    localBinaries: why('local') ? undefined : p.localBinaries,
  };
}

export interface StartedEngine {
  engine: Engine;
  db: Database;
  /** Engines tried before this one, in order, with their errors. */
  failures: EngineStartFailure[];
}

/**
 * Creates and starts the engine for these settings. When it fails to *start* (no daemon, pull
 * failure, start-up timeout, a testcontainers error…), `auto` — or any engine with `engineFallback`
 * — moves on to the next engine auto would choose without the failed ones (docker → local → pglite),
 * and the started engine's reason says what failed and why. Without fallback, the failure is an
 * EngineStartError: a review that silently turned static would look like a pass it never earned.
 * `none` → undefined.
 */
export async function startEngine(
  settings: Pick<Settings, 'engine' | 'databaseUrl' | 'postgresImage' | 'engineFallback'>,
  opts: CreateEngineOptions = {},
): Promise<StartedEngine | undefined> {
  if (settings.engine === 'none') return undefined;
  const fallback = settings.engine === 'auto' || settings.engineFallback === true;
  const failures: EngineStartFailure[] = [];
  let probe: EngineProbe | undefined;
  let next: { id: ConcreteEngineId; reason: string } | undefined =
    settings.engine === 'auto' ? chooseEngine((probe = await probeEnvironment(settings, opts.needsExtensions))) : { id: settings.engine, reason: 'requested' };
  while (next) {
    let engine: Engine | undefined;
    try {
      engine = (await createEngine({ ...settings, engine: next.id }, opts, next.reason))!;
      const db = await engine.start();
      if (failures.length) {
        const info = engine.describe();
        info.startFailures = failures;
        info.reason = `fell back to ${next.id}: ${failures.map((f) => `${f.id} could not start (${oneLine(f.error)})`).join(', then ')}`;
      }
      return { engine, db, failures };
    } catch (e) {
      await engine?.stop().catch(() => undefined);
      failures.push({ id: next.id, error: String((e as Error)?.message ?? e) });
      // The user's own database is never swapped for a throw-away one, whatever the fallback setting.
      if (!fallback || next.id === 'url') break;
      probe ??= await probeEnvironment(settings, opts.needsExtensions);
      const candidate = chooseEngine(withoutFailed(probe, failures));
      next = failures.some((f) => f.id === candidate.id) ? undefined : candidate;
    }
  }
  throw new EngineStartError(
    failures,
    fallback ? 'no other engine is left to fall back to' : 'pass --engine-fallback (action input engine-fallback: true, engineFallback in .pgreview.yml) to fall back to another engine, or --engine none for a static review',
  );
}
