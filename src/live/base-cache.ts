// The database after the base history, built once: the engine's saved state plus what the base replay
// found (per-file reports, environment gaps, what ran as superuser, stand-ins), so that a review that
// starts from it says the same as one that replayed the history. Only the *base* history is ever saved:
// the state is taken before any SQL of the pull request runs (see review.ts), and the key hashes every
// input that shapes it, so a changed base migration, preset, engine build or pgreview build is a miss.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { EnvironmentGap, MigrationReport } from '../types.js';
import type { CatalogSnapshot } from './catalog.js';
import type { ParsedSourceWithErrors } from '../sql/parse.js';
import type { StandIn, TraceResult } from './trace.js';

/**
 * Bumped when what an entry holds, or how the base is applied, changes in a way the key cannot see.
 * 2: PGlite entries' WAL segments end at the insert position (PGLITE_ARCHIVE_FORMAT 2).
 * 3: stand-ins are structured (TraceResult.standIns), no longer their notes' text.
 */
export const BASE_CACHE_FORMAT = 3;

/** Default bound of the CLI's cache folder; the oldest entries go first. */
export const DEFAULT_BASE_CACHE_MAX_BYTES = 2 * 1024 ** 3;

/** Where the CLI keeps the cache: $XDG_CACHE_HOME/pgreview, else ~/.cache/pgreview. */
export function defaultBaseCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'pgreview');
}

/** A cache outside this machine (the action's Actions cache), asked on a local miss and told of new entries. */
export interface RemoteBaseCache {
  /** Restore entry `key` into `dir`, the entry's folder in the local cache; false on a miss. Must not throw for an unavailable service. */
  restore(key: string, dir: string): Promise<boolean>;
  /** A new entry was written at `dir`: the action saves it after the review. */
  saved?(key: string, dir: string): void;
}

/** What the base replay found, stored with the engine's state. */
export interface BaseRecord {
  format: number;
  key: string;
  engine: string;
  createdAt: string;
  /** The base files' reports, in order, as the replay left them. */
  reports: MigrationReport[];
  gaps: EnvironmentGap[];
  superuser: string[];
  standIns: StandIn[];
  /** Roles the base history uses but never creates, made up before it: the entry's state holds them. */
  externalRoles?: string[];
  /** How long the replay took when the entry was built. */
  baseMs: number;
  /** How long that run's engine took to start fresh (cluster, preset): a restore replaces both. */
  engineStartMs: number;
  /**
   * printState() of the session the catalog before the changed migrations was read in, when the
   * entry holds that snapshot (`before.v8`): a warm run under the same value reads only its statistics again.
   */
  beforePrints?: string;
}

/** The entry's catalog snapshot after the base (v8 serialization keeps it exactly, undefined fields included). */
const BEFORE_FILE = 'before.v8';

export interface BaseKeyInput {
  /** Engine and server build (Engine.stateIdentity()). */
  engine: string;
  preset: string;
  /** The prepared state's SQL (preset + probe role). */
  prepareSql: string;
  layout: string;
  history: string;
  /** The migration tool's history table setup (runner.ts), which lists the base migrations. */
  runnerSql: string;
  migrator: string;
  /** The base history's up sources, in the order they are applied. */
  base: Pick<ParsedSourceWithErrors, 'migration' | 'source' | 'direction'>[];
}

const sha = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

let buildHash: string | undefined;
/**
 * The pgreview build that applies the base: the bundle chunk this module is in (it holds the live
 * stage: trace, presets' use, probes), or from sources every .ts file of src/live.
 */
function pgreviewBuild(): string {
  if (buildHash) return buildHash;
  try {
    const self = fileURLToPath(import.meta.url);
    const h = createHash('sha256');
    for (const f of self.endsWith('.ts') ? sourceFiles(path.dirname(self)) : [self]) h.update(f).update(readFileSync(f));
    buildHash = h.digest('hex');
  } catch {
    buildHash = 'unknown';
  }
  return buildHash;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) => (d.isDirectory() ? sourceFiles(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : []));
}

/** The cache key: any change to any input is a different key (and so a miss, never a wrong database). */
export function baseCacheKey(k: BaseKeyInput): string {
  const h = createHash('sha256');
  const part = (name: string, value: string) => h.update(`${name}\0${value.length}\0${value}\0`);
  part('format', String(BASE_CACHE_FORMAT));
  part('pgreview', pgreviewBuild());
  part('engine', k.engine);
  part('preset', k.preset);
  part('prepare', sha(k.prepareSql));
  part('layout', k.layout);
  part('history', k.history);
  part('runner', sha(k.runnerSql));
  part('migrator', k.migrator);
  for (const s of k.base) {
    part('file', `${s.source.file}:${s.source.startLine}:${s.direction}:${s.migration.id}:${s.migration.transactional}:${sha(s.source.text)}`);
  }
  const engineId = k.engine.split(' ')[0]!.replace(/[^a-z0-9]/gi, '');
  return `${engineId}-${k.preset.replace(/[^a-z0-9]/gi, '')}-${h.digest('hex').slice(0, 40)}`;
}

/**
 * Why a base replay must not be cached, or undefined when it may: a run that stopped, restarted the
 * engine, or hit a time limit in the base history depends on timing, not only on its inputs.
 */
export function notCacheable(trace: TraceResult): string | undefined {
  if (trace.stopped) return `the run stopped early (${trace.stopped})`;
  if (trace.restarts.length) return 'the engine restarted during the run';
  const timedOut = (m: string | undefined) => !!m && /time limit|statement timeout|canceling statement/i.test(m);
  if (trace.gaps.some((g) => g.code === '57014' || timedOut(g.message))) return 'a base statement hit a time limit';
  if (trace.migrations.some((m) => m.status === 'base' && timedOut(m.error?.message))) return 'a base migration hit a time limit';
  return undefined;
}

/** Notes about changed files belong to the changed part; the rest came from the base replay. */
function mentionsAny(entry: string, files: Set<string>): boolean {
  for (const f of files) if (entry.startsWith(`${f}:`) || entry.includes(`(${f}:`)) return true;
  return false;
}

/** The base part of a full trace (base + changed), to store with the engine's state. */
export function baseRecordOf(trace: TraceResult, changedFiles: Set<string>, key: string, engine: string, engineStartMs: number): BaseRecord {
  return {
    format: BASE_CACHE_FORMAT,
    key,
    engine,
    createdAt: new Date().toISOString(),
    reports: structuredClone(trace.migrations.filter((m) => m.status === 'base')),
    gaps: structuredClone(trace.gaps),
    superuser: trace.superuser.filter((s) => !mentionsAny(s, changedFiles)),
    standIns: structuredClone(trace.standIns.filter((s) => !changedFiles.has(s.file))),
    externalRoles: [...(trace.baseExternalRoles ?? [])],
    baseMs: trace.timings.baseMs,
    engineStartMs,
  };
}

/**
 * A trace of the changed migrations run on a restored base (applyBase: false) completed with the
 * stored base results, in the order a full replay would have produced them.
 */
export function withBaseRecord(trace: TraceResult, record: BaseRecord, restoreMs: number): TraceResult {
  const changed = trace.migrations.filter((m) => m.status !== 'base');
  const standIns = [...structuredClone(record.standIns)];
  for (const s of trace.standIns) if (!standIns.some((x) => x.extension === s.extension && x.file === s.file && x.line === s.line)) standIns.push(s);
  return {
    ...trace,
    migrations: [...structuredClone(record.reports), ...changed],
    gaps: [...structuredClone(record.gaps), ...trace.gaps],
    superuser: [...record.superuser, ...trace.superuser],
    standIns,
    externalRoles: [...new Set([...(record.externalRoles ?? []), ...(trace.externalRoles ?? [])])].sort(),
    baseExternalRoles: [...(record.externalRoles ?? [])],
    timings: { ...trace.timings, baseMs: restoreMs },
  };
}

/**
 * The cache folder: one sub-folder per key holding `record.json` and the engine's `state/`. Entries
 * are built in a staging folder and renamed into place, so a reader never sees half an entry; the
 * folder is kept under `maxBytes` by removing the least recently used entries.
 */
export class BaseCache {
  /** The entry's catalog snapshot, read while the engine starts from the entry (see lookup). */
  private early: { key: string; before: CatalogSnapshot | undefined } | undefined;

  constructor(
    readonly dir: string,
    private readonly opts: { maxBytes?: number; remote?: RemoteBaseCache } = {},
  ) {}

  private entry(key: string): string {
    return path.join(this.dir, key);
  }

  /** The entry for `key` here, else from the remote cache; undefined on a miss or an unreadable entry. */
  async lookup(key: string): Promise<{ stateDir: string; record: BaseRecord; from: 'local' | 'remote' } | undefined> {
    const hit = await this.find(key);
    // The engine starts from the entry next, and this thread waits for its worker: read the catalog
    // snapshot then rather than after the start, when the review waits for it.
    // An entry saved without its snapshot (beforePrints unset) has no file to read.
    if (hit?.record.beforePrints) setImmediate(() => (this.early = { key, before: this.readBefore(key) }));
    return hit;
  }

  private async find(key: string): Promise<{ stateDir: string; record: BaseRecord; from: 'local' | 'remote' } | undefined> {
    const local = this.read(key);
    if (local) return { ...local, from: 'local' };
    if (!this.opts.remote) return undefined;
    mkdirSync(this.dir, { recursive: true });
    // The Actions cache restores into the path it saved (the entry folder itself), not elsewhere.
    const target = this.entry(key);
    rmSync(target, { recursive: true, force: true });
    try {
      if (!(await this.opts.remote.restore(key, target))) return undefined;
    } catch {
      return undefined;
    }
    const restored = this.read(key);
    if (!restored) rmSync(target, { recursive: true, force: true });
    return restored && { ...restored, from: 'remote' };
  }

  private read(key: string): { stateDir: string; record: BaseRecord } | undefined {
    const dir = this.entry(key);
    try {
      const record = JSON.parse(readFileSync(path.join(dir, 'record.json'), 'utf8')) as BaseRecord;
      if (record.format !== BASE_CACHE_FORMAT || record.key !== key) return undefined;
      const now = new Date();
      utimesSync(dir, now, now); // least recently used goes first
      return { stateDir: path.join(dir, 'state'), record };
    } catch {
      return undefined;
    }
  }

  /** A new staging folder inside the cache folder (same file system: the final rename is atomic). */
  stagingDir(): string {
    mkdirSync(this.dir, { recursive: true });
    return path.join(this.dir, `.staging-${process.pid}-${randomBytes(6).toString('hex')}`);
  }

  /** A folder for the engine to save its state into; commit() or discard() it. */
  stage(): { dir: string; stateDir: string } {
    const dir = this.stagingDir();
    mkdirSync(path.join(dir, 'state'), { recursive: true });
    return { dir, stateDir: path.join(dir, 'state') };
  }

  /** Put a staged entry in place (a concurrent run that got there first wins) and keep the folder bounded. */
  commit(staged: { dir: string }, record: BaseRecord, before?: CatalogSnapshot): string {
    this.early = undefined;
    if (before && record.beforePrints) writeFileSync(path.join(staged.dir, BEFORE_FILE), serialize(before));
    else record = { ...record, beforePrints: undefined };
    writeFileSync(path.join(staged.dir, 'record.json'), JSON.stringify(record));
    const target = this.entry(record.key);
    try {
      if (existsSync(target)) rmSync(staged.dir, { recursive: true, force: true });
      else renameSync(staged.dir, target);
    } catch {
      rmSync(staged.dir, { recursive: true, force: true });
    }
    this.opts.remote?.saved?.(record.key, target);
    this.bound(record.key);
    return target;
  }

  /** The catalog snapshot after the base that entry `key` holds; undefined when it has none or it cannot be read. */
  before(key: string): CatalogSnapshot | undefined {
    const early = this.early;
    this.early = undefined; // handed out once: the caller may change it
    return early?.key === key ? early.before : this.readBefore(key);
  }

  private readBefore(key: string): CatalogSnapshot | undefined {
    try {
      return deserialize(readFileSync(path.join(this.entry(key), BEFORE_FILE))) as CatalogSnapshot;
    } catch {
      return undefined;
    }
  }

  /** Remove an entry that could not be started from. */
  remove(key: string): void {
    this.early = undefined;
    rmSync(this.entry(key), { recursive: true, force: true });
  }

  discard(staged: { dir: string }): void {
    rmSync(staged.dir, { recursive: true, force: true });
  }

  /** Remove the least recently used entries (never `keep`) until the folder fits; stale staging folders too. */
  private bound(keep: string): void {
    const max = this.opts.maxBytes ?? DEFAULT_BASE_CACHE_MAX_BYTES;
    const entries: { name: string; bytes: number; used: number }[] = [];
    for (const name of readdirSync(this.dir)) {
      const p = path.join(this.dir, name);
      const st = statSync(p);
      if (name.startsWith('.staging-')) {
        // Left by a run that was killed mid-write.
        if (Date.now() - st.mtimeMs > 3_600_000) rmSync(p, { recursive: true, force: true });
        continue;
      }
      if (st.isDirectory()) entries.push({ name, bytes: folderBytes(p), used: st.mtimeMs });
    }
    let total = entries.reduce((n, e) => n + e.bytes, 0);
    for (const e of entries.sort((a, b) => a.used - b.used)) {
      if (total <= max) break;
      if (e.name === keep) continue;
      rmSync(path.join(this.dir, e.name), { recursive: true, force: true });
      total -= e.bytes;
    }
  }
}

function folderBytes(p: string): number {
  let n = 0;
  for (const d of readdirSync(p, { withFileTypes: true })) {
    const f = path.join(p, d.name);
    n += d.isDirectory() ? folderBytes(f) : d.isFile() ? statSync(f).size : 0;
  }
  return n;
}
