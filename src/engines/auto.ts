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
  /** Extensions the migrations create: auto picks the engine that meets the most of them. */
  needsExtensions?: string[];
  /** Extensions the preset stands in for where an engine lacks them (presets/supabase.sql). */
  standIns?: string[];
  /** Production's major version (settings.pgVersion): no older server when a newer one is available. */
  pgVersion?: number;
  /** The docker image's major version and extensions (default: pgvector/pgvector:pg17 = 17, contrib + vector). */
  docker?: { major: number; extensions: Set<string> };
}

/** PostgreSQL contrib modules (in every Debian/official-image server package), for the docker estimate. */
const CONTRIB = [
  'adminpack', 'amcheck', 'autoinc', 'bloom', 'btree_gin', 'btree_gist', 'citext', 'cube', 'dblink', 'dict_int', 'dict_xsyn', 'earthdistance',
  'file_fdw', 'fuzzystrmatch', 'hstore', 'insert_username', 'intagg', 'intarray', 'isn', 'lo', 'ltree', 'moddatetime', 'old_snapshot', 'pageinspect',
  'pg_buffercache', 'pg_freespacemap', 'pg_prewarm', 'pg_stat_statements', 'pg_surgery', 'pg_trgm', 'pg_visibility', 'pg_walinspect', 'pgcrypto',
  'pgrowlocks', 'pgstattuple', 'postgres_fdw', 'refint', 'seg', 'sslinfo', 'tablefunc', 'tcn', 'tsm_system_rows', 'tsm_system_time', 'unaccent',
  'uuid-ossp', 'xml2', 'plpgsql',
];

/** What the docker image offers: its tag's major version; pgvector images add vector to contrib. */
export function dockerCapabilities(image = 'pgvector/pgvector:pg17'): { major: number; extensions: Set<string> } {
  const major = Number(/(?:pg|:)(\d{2})(?:\b|[.-])/.exec(image)?.[1] ?? 17);
  return { major, extensions: new Set([...CONTRIB, ...(/pgvector|supabase/.test(image) ? ['vector'] : [])]) };
}

interface Candidate {
  id: 'docker' | 'local' | 'pglite';
  major: number;
  extensions: Set<string>;
  /** Order among equals: docker (isolated, production-like) before local before the embedded PGlite. */
  rank: number;
  why: string;
}

/** How a candidate meets the needed extensions: by the engine, by a preset stand-in, or not at all. */
function meets(c: Candidate, needs: string[], standIns: Set<string>): { real: string[]; standIn: string[]; missing: string[] } {
  const out = { real: [] as string[], standIn: [] as string[], missing: [] as string[] };
  for (const e of needs) (c.extensions.has(e) ? out.real : standIns.has(e) ? out.standIn : out.missing).push(e);
  return out;
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

export async function probeEnvironment(
  settings: Pick<Settings, 'databaseUrl' | 'postgresImage'> & Partial<Pick<Settings, 'pgVersion'>>,
  needsExtensions: string[] = [],
  standIns: string[] = [],
): Promise<EngineProbe> {
  const bins = findPgBinaries();
  return {
    databaseUrl: settings.databaseUrl,
    dockerRuntime: await detectContainerRuntime(),
    nodeVersion: process.versions.node,
    localBinaries: bins && { binDir: bins.binDir, version: bins.version, extensions: localExtensions(bins.binDir, bins.version) },
    needsExtensions,
    standIns,
    pgVersion: settings.pgVersion,
    docker: dockerCapabilities(settings.postgresImage),
  };
}

/**
 * The auto decision, pure: which engine and a sentence saying why. Capability first: the engine that
 * meets the most extensions the migrations create (for real, or by a preset stand-in); among those, one
 * not older than production (pgVersion) when there is one; then docker, local, PGlite in that order.
 */
export function chooseEngine(p: EngineProbe): { id: ConcreteEngineId; reason: string } {
  if (p.databaseUrl) return { id: 'url', reason: 'a database URL was given: changes run in transactions that are rolled back' };
  const dockerOk = p.dockerRuntime.available && nodeSupportsDocker(p.nodeVersion);
  const whyNotDocker = !p.dockerRuntime.available
    ? p.dockerRuntime.detail
    : `Node ${p.nodeVersion} is older than ${TESTCONTAINERS_MIN_NODE}, which testcontainers needs`;
  const needs = [...new Set(p.needsExtensions ?? [])].filter((e) => e !== 'plpgsql');
  const standIns = new Set(p.standIns ?? []);
  const production = p.pgVersion ?? 17;
  const candidates: Candidate[] = [];
  if (dockerOk) {
    const d = p.docker ?? dockerCapabilities();
    candidates.push({ id: 'docker', major: d.major, extensions: d.extensions, rank: 0, why: `${p.dockerRuntime.detail} is reachable` });
  }
  if (p.localBinaries) {
    const major = Number(p.localBinaries.version.split('.')[0]);
    // Unknown share dir: assume contrib, as a Debian/Homebrew server package has it.
    candidates.push({ id: 'local', major, extensions: p.localBinaries.extensions ?? new Set(CONTRIB), rank: 1, why: `PostgreSQL ${p.localBinaries.version} binaries found in ${p.localBinaries.binDir}` });
  }
  candidates.push({ id: 'pglite', major: PGLITE_MAJOR, extensions: PGLITE_EXTENSIONS, rank: 2, why: 'the embedded PGlite (PostgreSQL 17)' });

  const scored = candidates.map((c) => ({ c, m: meets(c, needs, standIns) }));
  // How far below production: 0 for production's major or newer; among older ones the newest wins.
  const notOlder = (c: Candidate) => Math.max(0, production - c.major);
  scored.sort((a, b) => a.m.missing.length - b.m.missing.length || notOlder(a.c) - notOlder(b.c) || a.c.rank - b.c.rank);
  const best = scored[0]!;
  const parts: string[] = [best.c.why];
  if (!dockerOk && best.c.id !== 'docker') parts.push(`no docker (${whyNotDocker})`);
  if (!p.localBinaries && best.c.id === 'pglite') parts.push('no local PostgreSQL binaries');
  if (needs.length) {
    const { real, standIn, missing } = best.m;
    const how = [real.length ? `${real.join(', ')} for real` : '', standIn.length ? `${standIn.join(', ')} by the preset's stand-ins` : ''].filter(Boolean).join('; ');
    parts.push(`meets ${needs.length - missing.length} of ${needs.length} extensions the migrations create${how ? ` (${how})` : ''}${missing.length ? `; no engine here has ${missing.join(', ')}` : ''}`);
    for (const o of scored.slice(1)) {
      if (o.m.missing.length > best.m.missing.length) parts.push(`${o.c.id} would lack ${o.m.missing.filter((e) => !best.m.missing.includes(e)).join(', ')}`);
    }
  }
  const older = scored.find((o) => o.c !== best.c && o.m.missing.length === best.m.missing.length && o.c.major >= production && best.c.major < production);
  if (best.c.major < production && !older) parts.push(`PostgreSQL ${best.c.major} is older than production (${production}) and no engine here is newer`);
  else if (scored.some((o) => o.c !== best.c && o.c.major < production && o.m.missing.length === best.m.missing.length) && best.c.major >= production) {
    parts.push(`chosen over PostgreSQL ${scored.filter((o) => o.c !== best.c && o.c.major < production).map((o) => o.c.major).join(', ')}, older than production (${production})`);
  }
  return { id: best.c.id, reason: parts.join('; ') };
}

const PGLITE_MAJOR = 17;

export interface CreateEngineOptions {
  /** Preset SQL applied at start (cached as a snapshot by pglite). */
  prepare?: { key: string; sql: string };
  /** Extensions the migrations create, so `auto` can avoid an engine that lacks them. */
  needsExtensions?: string[];
  /** Extensions the preset stands in for (they count as met on every engine). */
  standIns?: string[];
  /** A saved state to start from instead of a fresh cluster (the base cache), asked once the engine is chosen. */
  resume?: (engine: Engine) => Promise<string | undefined>;
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
  settings: Pick<Settings, 'engine' | 'databaseUrl' | 'postgresImage'> & Partial<Pick<Settings, 'pgVersion'>>,
  opts: CreateEngineOptions = {},
  reason = 'requested',
): Promise<Engine | undefined> {
  let id: ConcreteEngineId;
  if (settings.engine === 'none') return undefined;
  if (settings.engine === 'auto') {
    ({ id, reason } = chooseEngine(await probeEnvironment(settings, opts.needsExtensions, opts.standIns)));
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
      return new PgliteEngine({ reason, prepare: opts.prepare, extensions: opts.needsExtensions ?? [] });
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
  /** The saved state it started from (CreateEngineOptions.resume), if it did. */
  resumedFrom?: string;
  /** Why a saved state could not be started from (the engine then started fresh). */
  resumeError?: string;
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
  settings: Pick<Settings, 'engine' | 'databaseUrl' | 'postgresImage' | 'engineFallback'> & Partial<Pick<Settings, 'pgVersion'>>,
  opts: CreateEngineOptions = {},
): Promise<StartedEngine | undefined> {
  if (settings.engine === 'none') return undefined;
  const fallback = settings.engine === 'auto' || settings.engineFallback === true;
  const failures: EngineStartFailure[] = [];
  let probe: EngineProbe | undefined;
  let next: { id: ConcreteEngineId; reason: string } | undefined =
    settings.engine === 'auto' ? chooseEngine((probe = await probeEnvironment(settings, opts.needsExtensions, opts.standIns))) : { id: settings.engine, reason: 'requested' };
  while (next) {
    let engine: Engine | undefined;
    try {
      engine = (await createEngine({ ...settings, engine: next.id }, opts, next.reason))!;
      const resumed = await resumeFrom(engine, opts.resume);
      const db = resumed.db ?? (await engine.start());
      if (failures.length) {
        const info = engine.describe();
        info.startFailures = failures;
        info.reason = `fell back to ${next.id}: ${failures.map((f) => `${f.id} could not start (${oneLine(f.error)})`).join(', then ')}`;
      }
      return { engine, db, failures, resumedFrom: resumed.db && resumed.state, resumeError: resumed.error };
    } catch (e) {
      await engine?.stop().catch(() => undefined);
      failures.push({ id: next.id, error: String((e as Error)?.message ?? e) });
      // The user's own database is never swapped for a throw-away one, whatever the fallback setting.
      if (!fallback || next.id === 'url') break;
      probe ??= await probeEnvironment(settings, opts.needsExtensions, opts.standIns);
      const candidate = chooseEngine(withoutFailed(probe, failures));
      next = failures.some((f) => f.id === candidate.id) ? undefined : candidate;
    }
  }
  throw new EngineStartError(
    failures,
    fallback ? 'no other engine is left to fall back to' : 'pass --engine-fallback (action input engine-fallback: true, engineFallback in .pgreview.yml) to fall back to another engine, or --engine none for a static review',
  );
}

/** Start from the saved state `resume` names, if any; a state that does not start is an error said, and a fresh start. */
async function resumeFrom(engine: Engine, resume: CreateEngineOptions['resume']): Promise<{ db?: Database; state?: string; error?: string }> {
  if (!resume || !engine.startFromState) return {};
  const state = await resume(engine).catch(() => undefined);
  if (!state) return {};
  try {
    return { db: await engine.startFromState(state), state };
  } catch (e) {
    await engine.stop().catch(() => undefined);
    return { state, error: oneLine(String((e as Error)?.message ?? e)) };
  }
}
