// The embedded engine: PGlite (PostgreSQL 17 in WASM, pgvector and contrib) in a worker thread.
// The client enforces time limits by terminating the worker; the engine is then dead and can be
// restarted from a data-dir snapshot. A prepared state (a preset) starts from the snapshot the bundle
// ships (dist/assets/pglite-snapshots) or one cached on disk, so no run pays the cold initdb twice.
import { Worker } from 'node:worker_threads';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { EngineInfo } from '../types.js';
import {
  type CallOptions,
  type Database,
  type Engine,
  type QueryResult,
  DbError,
  DEFAULT_CALL_TIMEOUT_MS,
  EngineDeadError,
  QueryTimeoutError,
} from './database.js';
import { registerCleanup } from './cleanup.js';
import { type PreparedState, type TarEntry, readShippedSnapshot, readTar, shippedSnapshotFile, snapshotName, writeTar } from './pglite-snapshot.js';

const require = createRequire(import.meta.url);

/** Replaced with a literal by scripts/bundle.mjs; undefined when running from sources. */
declare const __PGLITE_VERSION__: string | undefined;

export function pgliteVersion(): string {
  if (typeof __PGLITE_VERSION__ === 'string') return __PGLITE_VERSION__;
  try {
    return (require('@electric-sql/pglite/package.json') as { version: string }).version;
  } catch {
    // package.json is not exported by every version: read it next to the resolved entry
    const entry = require.resolve('@electric-sql/pglite');
    const pkg = path.join(entry.slice(0, entry.lastIndexOf(`${path.sep}dist${path.sep}`)), 'package.json');
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  }
}

/**
 * Where the worker module is. From sources (tsx, vitest) it is the sibling .ts file; a bundle must
 * emit src/engines/pglite-worker.ts as a separate entry named `pglite-worker.js` in the same folder
 * as the bundle that contains this module, or point PGREVIEW_PGLITE_WORKER at it.
 */
export function pgliteWorkerPath(): string {
  const override = process.env.PGREVIEW_PGLITE_WORKER;
  if (override) return path.resolve(override);
  for (const name of ['pglite-worker.js', 'pglite-worker.mjs', 'pglite-worker.ts']) {
    const p = fileURLToPath(new URL(`./${name}`, import.meta.url));
    if (existsSync(p)) return p;
  }
  throw new Error('pglite-worker module not found next to ' + fileURLToPath(import.meta.url));
}

/**
 * The worker's V8 young generation. By default it grows to two 16 MB semi-spaces, all of it resident
 * once query results have passed through, though a review's results are small and short-lived: 8 MB
 * costs a few more scavenges and keeps ~30 MB out of the peak (basejump 311 → 282 MB, measured).
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };

/** The worker thread; `preload` is a module it imports first (workers do not inherit `--import`). */
function spawnWorker(file: string, preload?: string): Worker {
  // Node ≥ 22.18 strips types natively; older Node loads the .ts through tsx (a dev dependency).
  const viaTsx = file.endsWith('.ts') && !(process.features as { typescript?: unknown }).typescript;
  if (!viaTsx && !preload) return new Worker(file, { resourceLimits: WORKER_LIMITS });
  const steps: string[] = [];
  if (viaTsx) {
    const tsxApi = pathToFileURL(path.join(path.dirname(require.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
    steps.push(`import(${JSON.stringify(tsxApi)}).then((a) => a.register())`);
  }
  if (preload) steps.push(`import(${JSON.stringify(pathToFileURL(path.resolve(preload)).href)})`);
  steps.push(`import(${JSON.stringify(pathToFileURL(file).href)})`);
  const code = steps.reduce((chain, step) => `${chain}.then(() => ${step})`, 'Promise.resolve()');
  return new Worker(code, { eval: true, resourceLimits: WORKER_LIMITS });
}

export function defaultCacheDir(): string {
  return path.join(os.tmpdir(), 'pgreview-cache');
}

export interface PgliteEngineOptions {
  /** SQL applied once to a fresh database and cached as a snapshot keyed by `key` + SQL + PGlite version. */
  prepare?: PreparedState;
  /**
   * Extensions the migrations create (SQL names). Only these, the ones the prepare SQL creates and
   * what they require are registered: each costs start-up time. Undefined registers every one.
   */
  extensions?: string[];
  /** Snapshot cache folder; false disables caching. */
  cacheDir?: string | false;
  reason?: string;
  /** Limit for start-up (cold init + prepare). */
  startTimeoutMs?: number;
  /** A module the worker imports before PGlite (the snapshot build's fixed clock, scripts/fixed-clock.mjs). */
  workerPreload?: string;
}

export interface StartStats {
  /** Wall time of start(). */
  ms: number;
  /** 'cold' (initdb + prepare), 'shipped' (the bundle's snapshot), 'cache' (snapshot from the cache dir) or 'snapshot' (restart()). */
  from: 'cold' | 'shipped' | 'cache' | 'snapshot';
}

interface Pending {
  resolve: (v: any) => void;
  reject: (e: Error) => void;
  timer?: NodeJS.Timeout;
}

class PgliteClient implements Database {
  readonly engine = 'pglite' as const;
  readonly rollbackOnly = false;
  private seq = 0;
  private pending = new Map<number, Pending>();
  private deadReason: string | undefined;
  /** Told of a session user the worker found instead of the pinned one (pinSessionUser). */
  private onEscape: ((user: string) => void) | undefined;
  /** A call left standard_conforming_strings off (the worker turned it back on) since takeStringsOff last asked. */
  private stringsLeftOff = false;
  /** Ctrl-C / a cancelled job stops the worker too (see cleanup.ts). */
  private readonly unregister = registerCleanup(() => void this.worker.terminate());

  constructor(
    private readonly worker: Worker,
    private readonly defaultTimeoutMs: number,
  ) {
    worker.on('message', (m: { id: number; ok: boolean; result?: any; error?: any; escaped?: string; stringsOff?: boolean }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      const escaped = m.escaped ?? m.error?.escaped;
      if (escaped) this.onEscape?.(escaped);
      if (m.stringsOff || m.error?.stringsOff) this.stringsLeftOff = true;
      if (m.ok) p.resolve(m.result);
      else p.reject(DbError.from(m.error));
    });
    worker.on('error', (e) => this.die(`PGlite worker crashed: ${e.message}`));
    worker.on('exit', (code) => this.die(`PGlite worker exited (code ${code})`));
  }

  get alive(): boolean {
    return this.deadReason === undefined;
  }

  private die(reason: string): void {
    this.deadReason ??= reason;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      clearTimeout(p.timer);
      p.reject(new EngineDeadError(this.deadReason));
    }
  }

  call<T>(op: string, payload: Record<string, unknown>, timeoutMs: number, transfer: ArrayBuffer[] = []): Promise<T> {
    if (this.deadReason) return Promise.reject(new EngineDeadError(this.deadReason));
    const id = ++this.seq;
    return new Promise<T>((resolve, reject) => {
      const p: Pending = { resolve, reject };
      p.timer = setTimeout(() => {
        // The WASM thread cannot be interrupted: the only way to stop the statement is to end the worker.
        this.pending.delete(id);
        this.deadReason = `PGlite was stopped after a statement exceeded ${timeoutMs} ms`;
        reject(new QueryTimeoutError(timeoutMs, true, 'terminated the PGlite worker; the embedded database is gone'));
        void this.worker.terminate();
      }, timeoutMs);
      this.pending.set(id, p);
      this.worker.postMessage({ id, op, ...payload }, transfer);
    });
  }

  query<R = Record<string, any>>(sql: string, params?: unknown[], opts?: CallOptions): Promise<QueryResult<R>> {
    return this.call('query', { sql, params }, opts?.timeoutMs ?? this.defaultTimeoutMs);
  }

  exec(sql: string, opts?: CallOptions): Promise<QueryResult[]> {
    return this.call('exec', { sql }, opts?.timeoutMs ?? this.defaultTimeoutMs);
  }

  async pinSessionUser(role: string, onEscape: (user: string) => void): Promise<() => Promise<void>> {
    await this.call('pin', { role }, this.defaultTimeoutMs);
    this.onEscape = onEscape;
    return async () => {
      this.onEscape = undefined;
      if (this.alive) await this.call('pin', { role: null }, this.defaultTimeoutMs);
    };
  }

  takeStringsOff(): boolean {
    const off = this.stringsLeftOff;
    this.stringsLeftOff = false;
    return off;
  }

  async backendPid(): Promise<number> {
    const r = await this.query<{ pid: number }>('select pg_backend_pid() as pid');
    return r.rows[0]!.pid;
  }

  /** The data dir as archive entries: the worker sends its files' contents in one buffer. */
  async dataDir(timeoutMs = 60_000): Promise<TarEntry[]> {
    const { files, data } = await this.call<{ files: [string, string, number, number, number][]; data: Uint8Array }>('files', {}, timeoutMs);
    return files.map(([name, type, mode, at, size]) => ({ name, type, mode, data: data.subarray(at, at + size) }));
  }

  /** The data dir as a tarball written to `file`, atomically (concurrent runs never read a half-written one), not assembled in memory first. */
  async dumpTo(file: string, timeoutMs = 60_000): Promise<void> {
    const entries = await this.dataDir(timeoutMs);
    const tmp = `${file}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w');
    try {
      writeTar(entries, (bytes) => {
        for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
      });
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  }

  async close(): Promise<void> {
    if (this.alive) {
      try {
        await this.call('close', {}, 10_000);
      } catch {
        // terminating below is enough
      }
    }
    this.deadReason ??= 'closed';
    this.unregister();
    await this.worker.terminate();
  }
}

/**
 * A real server applies ALTER DATABASE/ROLE ... SET (pg_db_role_setting) when a session starts;
 * PGlite's single session started from a snapshot does not, so do it here, least specific first.
 */
async function applyDbRoleSettings(db: Database): Promise<void> {
  const r = await db.query<{ setting: string }>(`
    select unnest(s.setconfig) as setting
      from pg_db_role_setting s
     where s.setdatabase in (0, (select oid from pg_database where datname = current_database()))
       and s.setrole in (0, (select oid from pg_roles where rolname = current_user))
     order by (s.setrole <> 0), (s.setdatabase <> 0)`);
  for (const { setting } of r.rows) {
    const i = setting.indexOf('=');
    await db.query('select set_config($1, $2, false)', [setting.slice(0, i), setting.slice(i + 1)]);
  }
}

export class PgliteEngine implements Engine {
  private client: PgliteClient | undefined;
  private info: EngineInfo;
  lastStart: StartStats | undefined;

  constructor(private readonly opts: PgliteEngineOptions = {}) {
    const v = pgliteVersion();
    this.info = {
      id: 'pglite',
      description: `PGlite ${v} (embedded WASM PostgreSQL)`,
      reason: opts.reason ?? 'requested',
      pgvector: true,
      limits: [
        'one connection only: no lock-contention probe (what a concurrent session would wait for is inferred from the locks taken)',
        'WASM build: no extensions beyond pgvector and the bundled contrib modules; no background workers, replication or pg_cron',
        'time limits stop the whole embedded database (it restarts from a snapshot)',
      ],
    };
  }

  describe(): EngineInfo {
    return this.info;
  }

  private cacheFile(): string | undefined {
    if (!this.opts.prepare || this.opts.cacheDir === false) return undefined;
    const dir = this.opts.cacheDir ?? defaultCacheDir();
    return path.join(dir, `${snapshotName(pgliteVersion(), this.opts.prepare)}.tar`);
  }

  /**
   * A worker with PGlite on a data dir (initdb when undefined). A function reads it while the worker
   * loads its modules, and what it returns is moved to the worker, not copied.
   */
  private async boot(source: Uint8Array | (() => Uint8Array) | undefined): Promise<PgliteClient> {
    const worker = spawnWorker(pgliteWorkerPath(), this.opts.workerPreload);
    const client = new PgliteClient(worker, DEFAULT_CALL_TIMEOUT_MS);
    const extensions = this.opts.extensions && extensionsToRegister(this.opts.extensions, this.opts.prepare?.sql ?? '');
    try {
      const owned = typeof source === 'function';
      const data = owned ? source() : source;
      const movable = owned && data && data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
      // Where each file is in the tarball: the worker's file system uses those bytes in place.
      const files = data && readTar(data).map((e) => [e.name, e.type, e.data.byteOffset - data.byteOffset, e.data.byteLength]);
      const init = await client.call<{ version: string }>('init', { data, files, extensions }, this.opts.startTimeoutMs ?? 120_000, movable ? [data.buffer as ArrayBuffer] : []);
      const m = /PostgreSQL (\S+)/.exec(init.version);
      this.info.serverVersion = m?.[1];
      this.info.description = `PGlite ${pgliteVersion()} (PostgreSQL ${m?.[1] ?? '?'})`;
      if (data) await applyDbRoleSettings(client);
      return client;
    } catch (e) {
      await client.close().catch(() => undefined);
      throw e;
    }
  }

  async start(): Promise<Database> {
    if (this.client?.alive) throw new Error('PGlite engine already started');
    const t0 = performance.now();
    const started = (await this.fromSnapshot()) ?? { client: await this.cold(), from: 'cold' as const };
    this.client = started.client;
    this.lastStart = { ms: performance.now() - t0, from: started.from };
    return started.client;
  }

  /** The prepared state from the cache folder, else from the bundle's shipped snapshot; undefined when neither loads. */
  private async fromSnapshot(): Promise<{ client: PgliteClient; from: 'cache' | 'shipped' } | undefined> {
    const file = this.cacheFile();
    const shipped = this.opts.prepare && shippedSnapshotFile(pgliteVersion(), this.opts.prepare);
    const sources: ['cache' | 'shipped', () => Uint8Array][] = [];
    if (file && existsSync(file)) sources.push(['cache', () => readFileSync(file)]);
    if (shipped) sources.push(['shipped', () => readShippedSnapshot(shipped)]);
    for (const [from, read] of sources) {
      try {
        return { client: await this.boot(read), from };
      } catch {
        // corrupt, or written by another PGlite build: the next source, at worst initdb
      }
    }
    return undefined;
  }

  /** initdb in WASM, the prepare SQL, and the result written to the cache folder. */
  private async cold(): Promise<PgliteClient> {
    const client = await this.boot(undefined);
    if (!this.opts.prepare) return client;
    await client.exec(this.opts.prepare.sql, { timeoutMs: this.opts.startTimeoutMs ?? 120_000 });
    const file = this.cacheFile();
    if (file) {
      mkdirSync(path.dirname(file), { recursive: true });
      await client.dumpTo(file);
    }
    return client;
  }

  /** Start a fresh worker from a snapshot (after a timeout killed the previous one); a function's bytes are moved to the worker, not copied. */
  async restart(snapshot: Uint8Array | (() => Uint8Array)): Promise<Database> {
    await this.client?.close().catch(() => undefined);
    const t0 = performance.now();
    this.client = await this.boot(snapshot);
    this.lastStart = { ms: performance.now() - t0, from: 'snapshot' };
    return this.client;
  }

  /** A fresh worker from the prepared state (the base cache's state, else the cached preset snapshot, else initdb + preset again). */
  async restartFresh(): Promise<Database> {
    const file = this.stateFile;
    if (file) return this.restart(() => readFileSync(file));
    await this.stop().catch(() => undefined);
    return this.start();
  }

  /**
   * The base cache's state (saveState/startFromState), which restartFresh() reads again: the entry
   * stays in its folder for the run (the cache removes only the least recently used entries, and
   * this one was just used).
   */
  private stateFile: string | undefined;

  stateIdentity(): string {
    return `pglite ${pgliteVersion()}`;
  }

  async saveState(dir: string): Promise<void> {
    // A checkpoint first: a data dir dumped without one replays its WAL on every start from it.
    if (!this.client?.alive) throw new EngineDeadError('PGlite is not running');
    await this.client.exec('checkpoint', { timeoutMs: 120_000 });
    await this.client.dumpTo(path.join(dir, 'pglite-datadir.tar'));
  }

  async startFromState(dir: string): Promise<Database> {
    if (this.client?.alive) throw new Error('PGlite engine already started');
    const t0 = performance.now();
    const file = path.join(dir, 'pglite-datadir.tar');
    // Read while the worker loads and moved to it: a copy of the tens of MB cost ~0.15 s on each side.
    this.client = await this.boot(() => readFileSync(file));
    this.stateFile = file;
    this.lastStart = { ms: performance.now() - t0, from: 'cache' };
    return this.client;
  }

  async stop(): Promise<void> {
    const c = this.client;
    this.client = undefined;
    await c?.close();
  }
}

/** What an extension needs installed first (CREATE EXTENSION … CASCADE), among PGlite's. */
const REQUIRES: Record<string, string[]> = { earthdistance: ['cube'] };

/** The extensions to register: those asked for, those the prepare SQL creates, and what they require. */
export function extensionsToRegister(needs: string[], prepareSql: string): string[] {
  // Statements of their own (at a line's start), not the ones quoted in comments or built in functions.
  const created = [...prepareSql.matchAll(/^\s*CREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([\w-]+)"?/gim)].map((m) => m[1]!.toLowerCase());
  const out = new Set<string>();
  const add = (e: string) => {
    if (out.has(e)) return;
    out.add(e);
    for (const r of REQUIRES[e] ?? []) add(r);
  };
  for (const e of [...needs, ...created]) add(e.toLowerCase());
  return [...out].sort();
}
