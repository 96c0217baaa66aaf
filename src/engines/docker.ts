// The docker engine: testcontainers with pgvector/pgvector:pg17 (the action's default on GitHub
// runners). testcontainers 12 needs Node ≥ 22.22 and throws at import on older Node, so it is
// imported only when this engine starts, after the version check.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { EngineInfo } from '../types.js';
import { type Database, type Engine, EngineUnavailableError } from './database.js';
import { PgDatabase } from './pg-database.js';
import { registerCleanup } from './cleanup.js';
import { REVIEW_SERVER_SETTINGS } from './server-settings.js';

export const DEFAULT_POSTGRES_IMAGE = 'pgvector/pgvector:pg17';
/** Label on every container this engine starts; its value is unique per engine instance. */
export const RUN_LABEL = 'io.pgreview.run';
/** The pid of the process that started the container: `docker ps --filter label=io.pgreview.pid=<pid>`. */
export const PID_LABEL = 'io.pgreview.pid';
/** Pull + start + "ready to accept connections"; beyond it the engine counts as failed to start. */
const DOCKER_STARTUP_TIMEOUT_MS = 120_000;
/** Pull + start, all told. */
const DOCKER_TOTAL_START_MS = 300_000;
/** The base cache's state of this engine: docker's archive (GET /containers/{id}/archive) of pg_basebackup's base.tar. */
const STATE_FILE = 'cluster-archive.tar';
/** Where pg_basebackup writes base.tar inside the container being saved. */
const STATE_PATH_IN_CONTAINER = '/tmp/pgreview-state';
/** Where a saved base.tar is put in a new container (Docker unpacks an archive only into a folder that exists). */
const RESTORE_DIR_IN_CONTAINER = '/tmp';

/**
 * The entry point of a container started from a saved cluster (run as root, like the official
 * image's): unpack it into the empty data dir (a tmpfs), give the superuser this run's password
 * (the saving run's was another; single-user mode, before the server listens), then the image's own
 * entry point, which finds PG_VERSION and starts the server without initdb. Needs the official
 * postgres image's layout (docker-entrypoint.sh, PGDATA, setpriv); stateIdentity() checks the entry point.
 */
const RESTORE_SCRIPT = [
  'set -e',
  ': "${PGDATA:=/var/lib/postgresql/data}"',
  'mkdir -p "$PGDATA"',
  `tar -xf ${RESTORE_DIR_IN_CONTAINER}/base.tar -C "$PGDATA"`,
  `rm -f ${RESTORE_DIR_IN_CONTAINER}/base.tar`,
  'chown -R postgres:postgres "$PGDATA"',
  'chmod 700 "$PGDATA"',
  `printf "ALTER ROLE postgres PASSWORD '%s'\\n" "$POSTGRES_PASSWORD" | setpriv --reuid=postgres --regid=postgres --init-groups postgres --single -D "$PGDATA" postgres >/dev/null`,
  'exec docker-entrypoint.sh "$@"',
].join('\n');

/**
 * Synchronous, for exit and signal handlers: removes the container `id` when it is known, and every
 * container carrying this run's label (one being created has no id yet). A busy daemon (the CI
 * machine, copying a cached cluster) answered `docker ps` in more than the 10 s once allowed, and the
 * container outlived the run: the known id needs no listing, and each call may take a minute.
 */
function removeLabelled(label: string, id?: string): void {
  if (id) spawnSync('docker', ['rm', '-f', '-v', id], { stdio: 'ignore', timeout: 60_000 });
  const ps = spawnSync('docker', ['ps', '-aq', '--filter', `label=${RUN_LABEL}=${label}`], { encoding: 'utf8', timeout: 60_000 });
  const ids = (ps.stdout ?? '').split('\n').filter(Boolean);
  if (ids.length) spawnSync('docker', ['rm', '-f', '-v', ...ids], { stdio: 'ignore', timeout: 60_000 });
}
export const TESTCONTAINERS_MIN_NODE = '22.22.0';

function versionAtLeast(v: string, min: string): boolean {
  const a = v.replace(/^v/, '').split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

export function nodeSupportsDocker(version: string = process.versions.node): boolean {
  return versionAtLeast(version, TESTCONTAINERS_MIN_NODE);
}

export interface ContainerConfig {
  image: string;
  /** The container's environment: only what the Postgres entrypoint needs (never the runner's). */
  env: Record<string, string>;
  command: string[];
  tmpfs: Record<string, string>;
  user: string;
  password: string;
  database: string;
}

/** What the container is started with; pure, so it can be tested without Docker. */
export function containerConfig(opts: { image?: string; password?: string } = {}): ContainerConfig {
  const password = opts.password ?? randomBytes(18).toString('base64url');
  const settings = Object.entries(REVIEW_SERVER_SETTINGS).map(([k, v]) => `${k}=${v}`);
  return {
    image: opts.image || DEFAULT_POSTGRES_IMAGE,
    env: { POSTGRES_USER: 'postgres', POSTGRES_PASSWORD: password, POSTGRES_DB: 'postgres' },
    command: ['postgres', ...settings.flatMap((s) => ['-c', s])],
    // Data in memory: nothing to clean up on the host, and faster.
    tmpfs: { '/var/lib/postgresql/data': 'rw' },
    user: 'postgres',
    password,
    database: 'postgres',
  };
}

/** Candidate container-runtime sockets, the way testcontainers looks for them. */
export function runtimeSockets(env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  const host = env.DOCKER_HOST;
  if (host?.startsWith('unix://')) out.push(host.slice('unix://'.length));
  out.push('/var/run/docker.sock', path.join(os.homedir(), '.docker/run/docker.sock'), path.join(os.homedir(), '.docker/desktop/docker.sock'));
  if (env.XDG_RUNTIME_DIR) out.push(path.join(env.XDG_RUNTIME_DIR, 'podman/podman.sock'), path.join(env.XDG_RUNTIME_DIR, 'docker.sock'));
  out.push('/run/podman/podman.sock');
  return [...new Set(out)];
}

function ping(socket: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(socket);
    const done = (ok: boolean) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.on('error', () => done(false));
    s.on('connect', () => s.write('GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n'));
    s.on('data', (d) => done(/^HTTP\/1\.[01] 200/.test(d.toString())));
  });
}

/** Fast (a few ms when nothing is there) check for a reachable container runtime; a socket that exists gets 2 s to answer (a busy daemon on a loaded machine took more than 0.5 s). */
export async function detectContainerRuntime(env: NodeJS.ProcessEnv = process.env, timeoutMs = 2000): Promise<{ available: boolean; detail: string }> {
  if (env.DOCKER_HOST && !env.DOCKER_HOST.startsWith('unix://')) {
    // tcp:// or ssh:// runtime: only testcontainers can tell; assume it is there.
    return { available: true, detail: `DOCKER_HOST=${env.DOCKER_HOST}` };
  }
  for (const sock of runtimeSockets(env)) {
    if (!existsSync(sock)) continue;
    if (await ping(sock, timeoutMs)) return { available: true, detail: `container runtime at ${sock}` };
  }
  return { available: false, detail: 'no container runtime socket answers (/var/run/docker.sock, DOCKER_HOST, podman)' };
}

export interface DockerEngineOptions {
  image?: string;
  reason?: string;
  prepare?: { key: string; sql: string };
}

/** What the engine uses of a started testcontainers container. */
interface StartedContainer {
  stop(o?: { timeout?: number }): Promise<unknown>;
  getId(): string;
  exec(command: string[], opts?: { user?: string }): Promise<{ exitCode: number; output: string }>;
  copyArchiveFromContainer(path: string): Promise<NodeJS.ReadableStream>;
}

export class DockerEngine implements Engine {
  private container: StartedContainer | undefined;
  /** Why stateIdentity() could not get the image: start() says it at once instead of pulling again. */
  private pullError: Error | undefined;
  /**
   * Archive streams to and from the daemon in flight. An interrupt blocks the event loop in the
   * cleanup's `docker rm`, so nothing reads them any more, and the daemon, holding the container while
   * it writes the archive, made the removal wait out its time limit (2 min, and the container stayed).
   * The cleanup closes them first.
   */
  private transfers = new Set<{ destroy(): unknown }>();
  private dbs: Database[] = [];
  private unregister: (() => void) | undefined;
  private info: EngineInfo;
  readonly config: ContainerConfig;
  /** Value of RUN_LABEL on this engine's container. */
  readonly label = randomBytes(8).toString('hex');
  url = '';

  constructor(private readonly opts: DockerEngineOptions = {}) {
    this.config = containerConfig({ image: opts.image });
    this.info = {
      id: 'docker',
      description: `Docker ${this.config.image}`,
      reason: opts.reason ?? 'requested',
      pgvector: /pgvector|supabase/.test(this.config.image),
      limits: [],
    };
  }

  describe(): EngineInfo {
    return this.info;
  }

  start(): Promise<Database> {
    return this.launch();
  }

  /**
   * The image's ID (pulled first when missing), for the base cache key; undefined — no cache — when
   * the image's entry point is not the official postgres image's, which the restore relies on.
   */
  async stateIdentity(): Promise<string | undefined> {
    if (!nodeSupportsDocker() || !(await detectContainerRuntime()).available) return undefined;
    const { getContainerRuntimeClient, ImageName } = await import('./testcontainers.js');
    const client = await getContainerRuntimeClient();
    const name = ImageName.fromString(this.config.image);
    try {
      if (!(await client.image.exists(name))) await withTimeout(client.image.pull(name), DOCKER_TOTAL_START_MS, `the image ${this.config.image} was not pulled within ${DOCKER_TOTAL_START_MS / 1000} s`);
    } catch (e) {
      this.pullError = e as Error;
      throw e;
    }
    const image = await client.image.inspect(name);
    const entry = image.Config?.Entrypoint ?? [];
    if (!(Array.isArray(entry) ? entry : [entry]).some((e) => /(^|\/)docker-entrypoint\.sh$/.test(e))) return undefined;
    return `docker ${this.config.image} ${image.Id}`;
  }

  /** The running cluster as pg_basebackup takes it (consistent, WAL included), copied out of the container into `dir`. */
  async saveState(dir: string): Promise<void> {
    const c = this.container;
    if (!c) throw new Error('docker engine not started');
    const backup = `rm -rf ${STATE_PATH_IN_CONTAINER} && pg_basebackup -h /var/run/postgresql -U postgres -D ${STATE_PATH_IN_CONTAINER} -F t -X fetch -c fast --no-sync && chmod 644 ${STATE_PATH_IN_CONTAINER}/base.tar`;
    const r = await c.exec(['sh', '-c', backup], { user: 'postgres' });
    if (r.exitCode !== 0) throw new Error(`pg_basebackup failed in the container (exit code ${r.exitCode}): ${r.output.slice(-2000)}`);
    let archive: (NodeJS.ReadableStream & { destroy(): unknown }) | undefined;
    try {
      archive = (await c.copyArchiveFromContainer(`${STATE_PATH_IN_CONTAINER}/base.tar`)) as NodeJS.ReadableStream & { destroy(): unknown };
      this.transfers.add(archive);
      await pipeline(archive, createWriteStream(path.join(dir, STATE_FILE)));
    } finally {
      if (archive) this.transfers.delete(archive);
      await c.exec(['rm', '-rf', STATE_PATH_IN_CONTAINER], { user: 'postgres' }).catch(() => undefined);
    }
  }

  /** Start on a cluster saveState() wrote: copied into the new container and unpacked by RESTORE_SCRIPT; no preset (it is in the state). */
  startFromState(dir: string): Promise<Database> {
    const archive = path.join(dir, STATE_FILE);
    if (!existsSync(archive)) throw new Error(`no saved cluster in ${dir}`);
    return this.launch(archive);
  }

  /** Pull, start (from a saved cluster's archive when given), connect; the preset only on a fresh cluster. */
  private async launch(stateArchive?: string): Promise<Database> {
    if (this.pullError) throw new EngineUnavailableError(`the image ${this.config.image} could not be pulled: ${this.pullError.message}`);
    if (!nodeSupportsDocker()) {
      throw new EngineUnavailableError(
        `the docker engine needs Node ≥ ${TESTCONTAINERS_MIN_NODE} (testcontainers 12); this is Node ${process.versions.node}. Use --engine local or pglite, or a newer Node.`,
      );
    }
    const rt = await detectContainerRuntime();
    if (!rt.available) throw new EngineUnavailableError(`the docker engine needs a container runtime: ${rt.detail}`);
    const { PostgreSqlContainer } = await import('./testcontainers.js');
    const c = this.config;
    // Registered before the container exists and found by its label: an interrupt while the image
    // is pulled or the container starts removes it too. (testcontainers' reaper, Ryuk, covers a hard
    // kill where it runs; it is off where no registry can serve its image.)
    this.unregister = registerCleanup(() => {
      for (const t of this.transfers) t.destroy();
      removeLabelled(this.label, this.container?.getId());
    });
    let started;
    let timer: NodeJS.Timeout | undefined;
    try {
      const container = new PostgreSqlContainer(c.image)
        .withUsername(c.user)
        .withPassword(c.password)
        .withDatabase(c.database)
        .withCommand(c.command)
        .withTmpFs(c.tmpfs)
        .withLabels({ [RUN_LABEL]: this.label, [PID_LABEL]: String(process.pid) })
        .withStartupTimeout(DOCKER_STARTUP_TIMEOUT_MS);
      // The archive holds base.tar; put in place before the container starts, unpacked by its entry point.
      const tar = stateArchive ? createReadStream(stateArchive) : undefined;
      if (tar) {
        this.transfers.add(tar);
        container.withCopyArchivesToContainer([{ tar, target: RESTORE_DIR_IN_CONTAINER }]).withEntrypoint(['sh', '-c', RESTORE_SCRIPT, 'pgreview-restore']);
      }
      const starting = container.start();
      if (tar) void starting.finally(() => this.transfers.delete(tar)).catch(() => undefined);
      // The startup timeout covers readiness only; a pull that hangs must end too (then auto falls back).
      let timedOut = false;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(new EngineUnavailableError(`the container did not start within ${DOCKER_TOTAL_START_MS / 1000} s (image pull and start-up)`));
        }, DOCKER_TOTAL_START_MS);
      });
      // A container that comes up after we gave up is removed, not left running.
      starting.then(
        (late) => timedOut && void late.stop({ timeout: 0 }).catch(() => undefined),
        () => undefined,
      );
      started = await Promise.race([starting, limit]);
    } catch (e) {
      removeLabelled(this.label);
      this.unregister();
      this.unregister = undefined;
      throw e;
    } finally {
      clearTimeout(timer);
    }
    this.container = started as unknown as StartedContainer;
    this.url = started.getConnectionUri();
    try {
      const db = await this.connect();
      const v = await db.query<{ v: string; vec: boolean }>(
        "select split_part(current_setting('server_version'), ' ', 1) as v, exists(select 1 from pg_available_extensions where name = 'vector') as vec",
      );
      this.info.serverVersion = v.rows[0]!.v;
      this.info.pgvector = v.rows[0]!.vec;
      this.info.description = `Docker ${c.image} (PostgreSQL ${this.info.serverVersion})`;
      if (!this.info.pgvector) this.info.limits = [`no pgvector in image ${c.image}`];
      if (this.opts.prepare && !stateArchive) await db.exec(this.opts.prepare.sql, { timeoutMs: 120_000 });
      return db;
    } catch (e) {
      await this.stop();
      throw e;
    }
  }

  /** A connection as the migration role, with a random password set for it by the superuser connection. */
  async connectAs(role: string): Promise<Database> {
    const admin = this.dbs.find((d) => d.alive);
    if (!admin) throw new EngineUnavailableError('the docker engine is not running');
    const password = randomBytes(18).toString('base64url');
    await admin.query(`alter role "${role.replace(/"/g, '""')}" login password '${password}'`);
    const u = new URL(this.url);
    u.username = encodeURIComponent(role);
    u.password = password;
    return this.connect(u.toString());
  }

  async connect(url = this.url): Promise<Database> {
    const db = await PgDatabase.connect({
      engine: 'docker',
      config: { connectionString: url },
      hardKill: async () => {
        await this.container?.stop({ timeout: 0 });
      },
    });
    this.dbs.push(db);
    return db;
  }

  async stop(): Promise<void> {
    for (const db of this.dbs.splice(0)) await db.close().catch(() => undefined);
    await this.container?.stop({ timeout: 0 }).catch(() => undefined);
    this.container = undefined;
    this.unregister?.();
    this.unregister = undefined;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new EngineUnavailableError(message)), ms)));
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}
