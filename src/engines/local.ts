// The local engine: a throw-away cluster from the Postgres binaries on this machine. initdb into a
// private temp dir, unix socket only (no TCP), scrubbed environment, removed afterwards. It never
// touches the system cluster. initdb refuses to run as root, so as root we run as `postgres`.
// Where it can (root, or passwordless sudo on a CI runner), the server runs in a private mount
// namespace in which the checkout and the home directories are empty: a superuser session — PR code
// that escaped every other guard — cannot read the job's token in .git/config or the user's files.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, realpathSync, rmSync, statfsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { EngineInfo } from '../types.js';
import { type Database, type Engine, EngineUnavailableError } from './database.js';
import { PgDatabase } from './pg-database.js';
import { registerCleanup } from './cleanup.js';
import { scrubbedEnv } from './env.js';
import { REVIEW_SERVER_SETTINGS } from './server-settings.js';

export interface PgBinaries {
  binDir: string;
  initdb: string;
  postgres: string;
  version: string;
}

function isExecutable(p: string): boolean {
  try {
    return existsSync(p) && readdirSync(path.dirname(p)).includes(path.basename(p));
  } catch {
    return false;
  }
}

function versionOf(binDir: string): string {
  const m = /postgresql\/(\d+)\//.exec(binDir + '/');
  return m?.[1] ?? '?';
}

/** initdb and postgres from PATH, else the newest /usr/lib/postgresql/<v>/bin. */
export function findPgBinaries(env: NodeJS.ProcessEnv = process.env): PgBinaries | undefined {
  const dirs: string[] = [];
  for (const d of (env.PATH ?? '').split(path.delimiter)) if (d) dirs.push(d);
  const versioned = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => `/usr/lib/postgresql/${v}/bin`)
    : [];
  for (const d of [...dirs, ...versioned]) {
    const initdb = path.join(d, 'initdb');
    if (!isExecutable(initdb)) continue;
    // Use the postgres next to the real initdb so the versions always match.
    const realDir = path.dirname(realpathSync(initdb));
    const postgres = path.join(realDir, 'postgres');
    if (!isExecutable(postgres)) continue;
    return { binDir: realDir, initdb: path.join(realDir, 'initdb'), postgres, version: versionOf(realDir) };
  }
  return undefined;
}

function lookupUser(name: string): { uid: number; gid: number } | undefined {
  try {
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const f = line.split(':');
      if (f[0] === name) return { uid: Number(f[2]), gid: Number(f[3]) };
    }
  } catch {
    // no passwd file: not Linux-like
  }
  return undefined;
}

function lookupName(uid: number): string | undefined {
  try {
    for (const line of readFileSync('/etc/passwd', 'utf8').split('\n')) {
      const f = line.split(':');
      if (Number(f[2]) === uid && f[0]) return f[0];
    }
  } catch {
    // no passwd file
  }
  return undefined;
}

/** "exit code 1" or "killed by SIGKILL": a process ended by a signal has no exit code to show. */
export function howItEnded(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

function run(cmd: string, args: string[], opts: { cwd: string; uid?: number; gid?: number }): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: scrubbedEnv(), uid: opts.uid, gid: opts.gid, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, out }));
  });
}

/** A command whose stdin or stdout is a file we opened (the OS user it runs as need not reach the path). */
function runWithFiles(
  cmd: string,
  args: string[],
  opts: { cwd: string; uid?: number; gid?: number; stdin?: number; stdout?: number },
): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: scrubbedEnv(), uid: opts.uid, gid: opts.gid, stdio: [opts.stdin ?? 'ignore', opts.stdout ?? 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err = (err + d).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, err }));
  });
}

/** statfs's f_type of a tmpfs (linux/magic.h). */
const TMPFS_MAGIC = 0x01021994;
/** Free memory a RAM-backed folder needs before a cluster goes there: the data grows with what the PR writes. */
export const MIN_RAM_FOLDER_BYTES = 2 * 1024 ** 3;

/**
 * The folder the throw-away cluster is made in. A cluster is 1,500 small files written once and
 * removed at the end; on this project's CI disk unpacking a cached 46 MB cluster took 0.4 s of a 0.9 s
 * warm review, in memory 0.03 s. So: TMPDIR when the user set it (their choice), else /dev/shm when
 * it is a tmpfs with room (Linux; GitHub's runners have half their memory there), else the OS temp folder.
 */
export function clusterParent(env: NodeJS.ProcessEnv = process.env, statfs: (p: string) => { type: number; bavail: number; bsize: number } = statfsSync): string {
  if (env.TMPDIR) return os.tmpdir();
  try {
    const fs = statfs('/dev/shm');
    if (fs.type === TMPFS_MAGIC && fs.bavail * fs.bsize >= MIN_RAM_FOLDER_BYTES) return '/dev/shm';
  } catch {
    // no /dev/shm (macOS, Windows) or not readable
  }
  return os.tmpdir();
}

/** How the server is kept from the checkout and home directories (see isolationPlan). */
export interface Isolation {
  /** Command and arguments that run the server (the postgres command line is appended). */
  prefix: string[];
  /** Paths that are empty for the server. */
  hidden: string[];
  /** Spawn options: as root the wrapper drops to the server's OS user itself. */
  uid?: number;
  gid?: number;
}

const ISOLATE_SCRIPT = 'set -e; n=$1; shift; while [ "$n" -gt 0 ]; do mount -t tmpfs -o size=16k,mode=000 pgreview-hidden "$1"; shift; n=$((n-1)); done; exec "$@"';

function which(cmd: string): string | undefined {
  for (const d of ['/usr/bin', '/bin', '/usr/sbin', '/sbin', ...(process.env.PATH ?? '').split(path.delimiter)]) {
    const p = path.join(d, cmd);
    if (d && existsSync(p)) return p;
  }
  return undefined;
}

/** The checkout the review runs from: the nearest folder with .git above the working directory. */
function checkoutRoot(from = process.cwd()): string | undefined {
  for (let d = path.resolve(from); ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * Paths the server must not see: the checkout (and the working directory), the home directories,
 * GITHUB_WORKSPACE. Leaves out a path that holds what the server needs (its cluster dir, binaries).
 */
export function pathsToHide(keep: string[], env: NodeJS.ProcessEnv = process.env): { hide: string[]; kept: string[] } {
  const wanted = [checkoutRoot(), process.cwd(), os.homedir(), env.HOME, env.GITHUB_WORKSPACE, '/home', '/root'].filter((p): p is string => !!p);
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return undefined;
    }
  };
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith('/') ? parent : `${parent}/`);
  const keepReal = keep.map((k) => real(k) ?? k);
  const hide: string[] = [];
  const kept: string[] = [];
  for (const p of [...new Set(wanted.map(real).filter((p): p is string => !!p && p !== '/'))].sort()) {
    if (keepReal.some((k) => inside(k, p))) kept.push(p);
    else if (!hide.some((h) => inside(p, h))) hide.push(p);
  }
  return { hide, kept };
}

let canUnshare: Map<string, boolean> | undefined;

/**
 * How to start the server hidden from `hide`: as root with unshare(1) and setpriv(1) from
 * util-linux; as another user through `sudo -n` only on a GitHub runner (GITHUB_ACTIONS) or when
 * PGREVIEW_LOCAL_SUDO=1 (never by surprise on a workstation). undefined with the reason otherwise.
 */
export function isolationPlan(hide: string[], runAs: { uid: number; gid: number }, env: NodeJS.ProcessEnv = process.env): Isolation | string {
  const unshare = which('unshare');
  const setpriv = which('setpriv');
  if (!unshare || !setpriv) return 'unshare/setpriv (util-linux) not found';
  if (!hide.length) return 'nothing to hide';
  const root = process.getuid?.() === 0;
  const sudo = !root && (env.GITHUB_ACTIONS === 'true' || env.PGREVIEW_LOCAL_SUDO === '1') ? which('sudo') : undefined;
  if (!root && !sudo) return 'pgreview runs without root and without sudo on a CI runner (set PGREVIEW_LOCAL_SUDO=1 to allow sudo -n)';
  const lead = sudo ? [sudo, '-n', unshare] : [unshare];
  const key = lead.join(' ');
  canUnshare ??= new Map();
  if (!canUnshare.has(key)) {
    const r = spawnSync(lead[0]!, [...lead.slice(1), '--mount', '--propagation', 'private', '--', 'true'], { stdio: 'ignore', timeout: 10_000, env: scrubbedEnv() });
    canUnshare.set(key, r.status === 0);
  }
  if (!canUnshare.get(key)) return `${sudo ? 'sudo -n unshare' : 'unshare'} --mount is not permitted here (e.g. a container without CAP_SYS_ADMIN)`;
  return {
    prefix: [...lead, '--mount', '--propagation', 'private', '--', '/bin/sh', '-c', ISOLATE_SCRIPT, 'pgreview-isolate', String(hide.length), ...hide, setpriv, `--reuid=${runAs.uid}`, `--regid=${runAs.gid}`, '--clear-groups', '--'],
    hidden: hide,
  };
}

export interface LocalEngineOptions {
  binaries?: PgBinaries;
  reason?: string;
  /** SQL run after start (a preset); must be idempotent. */
  prepare?: { key: string; sql: string };
  /** Extra server settings (-c name=value). */
  settings?: Record<string, string>;
  /** Paths the server must not read (default: pathsToHide()); false starts it without a mount namespace. */
  hide?: string[] | false;
}

export class LocalEngine implements Engine {
  private dir: string | undefined;
  private server: ChildProcess | undefined;
  private serverLog = '';
  /** Set when we stop the server ourselves; any other end of it is reported. */
  private stopping = false;
  /** We killed the server ourselves (a shutdown that did not finish, the process exiting): not an outside end. */
  private killedByUs = false;
  private unregister: (() => void) | undefined;
  private dbs: Database[] = [];
  private info: EngineInfo;
  private bins: PgBinaries;
  port = 0;
  socketDir = '';
  startMs = 0;

  constructor(private readonly opts: LocalEngineOptions = {}) {
    const bins = opts.binaries ?? findPgBinaries();
    if (!bins) throw new EngineUnavailableError('no PostgreSQL binaries (initdb, postgres) on PATH or in /usr/lib/postgresql/*/bin');
    this.bins = bins;
    this.info = {
      id: 'local',
      description: `local PostgreSQL ${bins.version} (${bins.binDir}), throw-away cluster`,
      reason: opts.reason ?? 'requested',
      pgvector: false,
      limits: [],
    };
  }

  describe(): EngineInfo {
    return this.info;
  }

  /** libpq-style URL for the running cluster (socket), e.g. for the url engine or psql. */
  url(database = 'postgres'): string {
    return `postgresql://postgres@/${database}?host=${encodeURIComponent(this.socketDir)}&port=${this.port}`;
  }

  clientConfig(database = 'postgres', user = 'postgres') {
    return { host: this.socketDir, port: this.port, user, database };
  }

  async start(): Promise<Database> {
    return this.launch(async (data, asUser) => {
      const init = await run(
        this.bins.initdb,
        ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--no-locale', '--no-instructions'],
        { cwd: path.dirname(data), ...asUser },
      );
      if (init.code !== 0) throw new Error(`initdb failed (${howItEnded(init.code, init.signal)}): ${init.out.slice(-2000)}`);
      return true;
    });
  }

  /** `postgres --version` and where the binaries are: a saved cluster starts only on the same build. */
  stateIdentity(): string {
    const v = spawnSync(this.bins.postgres, ['--version'], { encoding: 'utf8', timeout: 10_000, env: scrubbedEnv() });
    return `local ${(v.stdout ?? '').trim() || this.bins.version} ${this.bins.binDir}`;
  }

  /** A consistent copy of the running cluster (pg_basebackup, WAL included) as `cluster.tar`. */
  async saveState(dir: string): Promise<void> {
    if (!this.server || !this.dir) throw new Error('local engine not started');
    const tar = path.join(dir, 'cluster.tar');
    const asUser = process.getuid?.() === 0 ? lookupUser('postgres') : undefined;
    const out = openSync(tar, 'w');
    try {
      const args = ['-h', this.socketDir, '-p', String(this.port), '-U', 'postgres', '-D', '-', '-F', 't', '-X', 'fetch', '-c', 'fast', '--no-sync', '-w'];
      const r = await runWithFiles(path.join(this.bins.binDir, 'pg_basebackup'), args, { cwd: this.dir, ...asUser, stdout: out });
      if (r.code !== 0) throw new Error(`pg_basebackup failed (${howItEnded(r.code, r.signal)}): ${r.err}`);
    } finally {
      closeSync(out);
    }
  }

  /** Start on a cluster saveState() wrote: unpacked instead of initdb, and no preset (it is in the state). */
  async startFromState(dir: string): Promise<Database> {
    const tar = path.join(dir, 'cluster.tar');
    if (!existsSync(tar)) throw new Error(`no saved cluster in ${dir}`);
    return this.launch(async (data, asUser) => {
      mkdirSync(data, { mode: 0o700 });
      if (asUser) chownSync(data, asUser.uid, asUser.gid);
      // Read by us and piped: the cache folder (under the home directory) need not be readable by the server's OS user.
      const input = openSync(tar, 'r');
      try {
        const r = await runWithFiles('tar', ['-xf', '-', '-C', data], { cwd: path.dirname(data), ...asUser, stdin: input });
        if (r.code !== 0) throw new Error(`could not unpack the saved cluster (${howItEnded(r.code, r.signal)}): ${r.err}`);
      } finally {
        closeSync(input);
      }
      return false;
    });
  }

  /** A private cluster dir, its data dir made by `init` (true: a fresh cluster, which gets the preset), the server started. */
  private async launch(init: (data: string, asUser: { uid: number; gid: number } | undefined) => Promise<boolean>): Promise<Database> {
    if (this.server) throw new Error('local engine already started');
    const t0 = performance.now();
    const dir = mkdtempSync(path.join(clusterParent(), 'pgreview-local-'));
    this.dir = dir;
    const asUser = process.getuid?.() === 0 ? lookupUser('postgres') : undefined;
    if (process.getuid?.() === 0 && !asUser) {
      rmSync(dir, { recursive: true, force: true });
      throw new EngineUnavailableError('running as root and there is no `postgres` OS user to run initdb as');
    }
    chmodSync(dir, 0o700);
    if (asUser) chownSync(dir, asUser.uid, asUser.gid);
    this.unregister = registerCleanup(() => this.killSync());
    try {
      const data = path.join(dir, 'data');
      const fresh = await init(data, asUser);
      this.socketDir = dir;
      // The port only names the socket file inside our private dir: no TCP listener exists.
      this.port = 20000 + Math.floor(Math.random() * 40000);
      const settings: Record<string, string> = {
        listen_addresses: '',
        unix_socket_directories: dir,
        unix_socket_permissions: '0700',
        ...REVIEW_SERVER_SETTINGS,
        ...this.opts.settings,
      };
      const args = ['-D', data, '-p', String(this.port)];
      for (const [k, v] of Object.entries(settings)) args.push('-c', `${k}=${v}`);
      const iso = this.isolation(dir, asUser);
      const server = iso
        ? spawn(iso.prefix[0]!, [...iso.prefix.slice(1), this.bins.postgres, ...args], { cwd: dir, env: scrubbedEnv(), stdio: ['ignore', 'pipe', 'pipe'] })
        : spawn(this.bins.postgres, args, { cwd: dir, env: scrubbedEnv(), ...asUser, stdio: ['ignore', 'pipe', 'pipe'] });
      this.server = server;
      this.stopping = false;
      this.killedByUs = false;
      // The postmaster ending on its own (OOM killer, a signal from outside) is said in the report, with the signal.
      server.once('exit', (code, signal) => {
        // Our own stop is a fast shutdown that exits 0. Anything else ended it from outside, even when
        // the exit is noticed only after stop() began (a review that finds its connection dead stops
        // the engine at once, and under load the exit event can come after that).
        if (!this.stopping || (code !== 0 && !this.killedByUs)) this.info.limits.push(`the PostgreSQL server ended during the review (${howItEnded(code, signal)}); what ran after that was not checked`);
      });
      server.stdout!.on('data', (d) => (this.serverLog = (this.serverLog + d).slice(-8000)));
      server.stderr!.on('data', (d) => (this.serverLog = (this.serverLog + d).slice(-8000)));
      const exited = new Promise<never>((_, reject) => {
        server.once('exit', (code, signal) => reject(new Error(`postgres exited during start (${howItEnded(code, signal)}): ${this.serverLog.slice(-2000)}`)));
        server.once('error', reject);
      });
      exited.catch(() => undefined);
      const db = await Promise.race([this.waitReady(30_000), exited]);
      this.startMs = performance.now() - t0;
      const v = await db.query<{ v: string; vec: boolean }>(
        "select split_part(current_setting('server_version'), ' ', 1) as v, exists(select 1 from pg_available_extensions where name = 'vector') as vec",
      );
      this.info.serverVersion = v.rows[0]!.v;
      this.info.pgvector = v.rows[0]!.vec;
      // Isolation that held is how the server ran (a note); isolation that could not be set up is a limit.
      const isolated = this.hidden.length > 0;
      this.info.limits = [
        ...(this.info.pgvector ? [] : [`no pgvector on this server (PostgreSQL ${this.info.serverVersion}): vector columns and indexes cannot be checked`]),
        ...(this.isolationNote && !isolated ? [this.isolationNote] : []),
      ];
      this.info.notes = this.isolationNote && isolated ? [this.isolationNote] : [];
      if (this.opts.prepare && fresh) await db.exec(this.opts.prepare.sql, { timeoutMs: 120_000 });
      return db;
    } catch (e) {
      await this.stop();
      throw e;
    }
  }

  /** What the server can reach on this machine, said in the report's engine limits. */
  isolationNote = '';
  /** The paths hidden from the server (empty when it could not be isolated). */
  hidden: string[] = [];

  private isolation(clusterDir: string, asUser: { uid: number; gid: number } | undefined): Isolation | undefined {
    const who = asUser ? `the ${lookupName(asUser.uid) ?? `uid ${asUser.uid}`} OS user` : `the OS user pgreview runs as`;
    if (this.opts.hide === false) {
      this.isolationNote = `the server runs as ${who} and can read whatever that user can (isolation off)`;
      return undefined;
    }
    const { hide, kept } = this.opts.hide ? { hide: this.opts.hide, kept: [] } : pathsToHide([clusterDir, this.bins.binDir]);
    const plan = isolationPlan(hide, asUser ?? { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 });
    if (typeof plan === 'string') {
      this.isolationNote = `the server runs as ${who} and can read whatever that user can, the checkout and home directory included: it could not be isolated (${plan}); prefer the pglite or docker engine for pull requests from forks`;
      return undefined;
    }
    this.hidden = plan.hidden;
    this.isolationNote = `the server runs as ${who} in a private mount namespace where ${plan.hidden.join(', ')} are empty${kept.length ? ` (${kept.join(', ')} stay visible: they hold the cluster or the binaries)` : ''}`;
    return plan;
  }

  private async waitReady(timeoutMs: number): Promise<Database> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      if (existsSync(path.join(this.socketDir, `.s.PGSQL.${this.port}`))) {
        try {
          return await this.connect();
        } catch (e) {
          last = e; // "the database system is starting up"
        }
      }
      await new Promise((r) => setTimeout(r, 30));
    }
    throw new Error(`postgres did not accept connections within ${timeoutMs} ms: ${String(last ?? '')} ${this.serverLog.slice(-1000)}`);
  }

  /** A connection as the migration role (trust auth on the private socket): it cannot become the superuser. */
  connectAs(role: string): Promise<Database> {
    return this.connect('postgres', role);
  }

  /** Another connection to the cluster. */
  async connect(database = 'postgres', user = 'postgres'): Promise<Database> {
    const db = await PgDatabase.connect({
      engine: 'local',
      config: this.clientConfig(database, user),
      hardKill: async () => this.killSync(),
    });
    this.dbs.push(db);
    return db;
  }

  /** Synchronous last resort (exit, signals, a statement that ignores cancel and terminate). */
  private killSync(): void {
    this.stopping = true;
    this.killedByUs = true;
    const pid = this.server?.pid;
    if (pid && this.server?.exitCode === null) {
      try {
        process.kill(pid, 'SIGQUIT'); // immediate shutdown: the postmaster takes its backends with it
        waitExitSync(pid, 5_000);
      } catch {
        // already gone
      }
    }
    if (this.dir) rmSync(this.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const db of this.dbs.splice(0)) await db.close().catch(() => undefined);
    const server = this.server;
    if (server && server.exitCode === null && server.signalCode === null) {
      const gone = new Promise<void>((r) => server.once('exit', () => r()));
      server.kill('SIGINT'); // fast shutdown
      const t = setTimeout(() => {
        this.killedByUs = true;
        server.kill('SIGKILL');
      }, 10_000);
      await gone;
      clearTimeout(t);
    }
    this.server = undefined;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
    this.unregister?.();
    this.unregister = undefined;
  }
}

/**
 * Waits (blocking: this runs in exit and signal handlers) until process `pid` has exited, so its
 * data dir can be removed without the postmaster writing into it meanwhile. Our child stays a zombie
 * until the event loop reaps it, so "exited" is state Z in /proc; elsewhere a fixed short pause.
 */
function waitExitSync(pid: number, timeoutMs: number): void {
  const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const stat = `/proc/${pid}/stat`;
  if (!existsSync('/proc/self/stat')) return void sleep(200);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    let state: string | undefined;
    try {
      state = /\) (\S)/.exec(readFileSync(stat, 'utf8'))?.[1];
    } catch {
      return; // reaped
    }
    if (state === 'Z' || state === 'X') return;
    sleep(20);
  }
}
