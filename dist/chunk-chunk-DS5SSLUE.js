// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  PgDatabase
} from "./chunk-chunk-4TEUXGB6.js";
import {
  require_node_net,
  require_node_zlib
} from "./chunk-chunk-JWT5BNAR.js";
import {
  DEFAULT_CALL_TIMEOUT_MS,
  DbError,
  EngineDeadError,
  EngineUnavailableError,
  QueryTimeoutError
} from "./chunk-chunk-RXFZCCSY.js";
import {
  registerCleanup
} from "./chunk-chunk-37EO23M5.js";
import {
  require_node_os
} from "./chunk-chunk-W62W5GVS.js";
import {
  require_node_url
} from "./chunk-chunk-2FY3JQCC.js";
import {
  require_node_path
} from "./chunk-chunk-4N3WD2H6.js";
import {
  require_node_module
} from "./chunk-chunk-TOCCJSQT.js";
import {
  require_node_worker_threads
} from "./chunk-chunk-BRMR3O6B.js";
import {
  require_node_fs
} from "./chunk-chunk-CLBYSYJ7.js";
import {
  require_node_crypto
} from "./chunk-chunk-FDHQXZNQ.js";
import {
  loadParser,
  parseStatementsSync
} from "./chunk-chunk-6M6MGMG4.js";
import {
  cannotRunInTransaction,
  transactionControl
} from "./chunk-chunk-XIXJAQR7.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-chunk-GH6JA5JI.js";

// node-builtin:node:child_process
var require_node_child_process = __commonJS({
  "node-builtin:node:child_process"(exports, module) {
    module.exports = __require("node:child_process");
  }
});

// node-builtin:node:stream/promises
var require_promises = __commonJS({
  "node-builtin:node:stream/promises"(exports, module) {
    module.exports = __require("node:stream/promises");
  }
});

// src/engines/auto.ts
var import_node_path5 = __toESM(require_node_path(), 1);
var import_node_fs5 = __toESM(require_node_fs(), 1);

// src/engines/docker.ts
var import_node_child_process = __toESM(require_node_child_process(), 1);
var import_node_crypto = __toESM(require_node_crypto(), 1);
var import_node_fs = __toESM(require_node_fs(), 1);
var import_promises = __toESM(require_promises(), 1);
var import_node_net = __toESM(require_node_net(), 1);
var import_node_os = __toESM(require_node_os(), 1);
var import_node_path = __toESM(require_node_path(), 1);

// src/engines/server-settings.ts
var REVIEW_SERVER_SETTINGS = {
  // Nothing on a review server outlives the run: durability only costs time.
  fsync: "off",
  synchronous_commit: "off",
  full_page_writes: "off",
  max_connections: "20",
  // Dynamic shared memory as files in the data directory, removed with it: as POSIX segments in
  // /dev/shm, each server killed at a time limit left 1 MB there for good.
  dynamic_shared_memory_type: "mmap",
  // The lock table holds max_locks_per_transaction × (max_connections + background processes) locks.
  // With 20 connections and the default 64 that is about 2,700, a third of a default production
  // server's 7,800: a migration locking thousands of objects in one transaction (a squashed schema,
  // many partitions) that applies in production failed here with "out of shared memory". 1024 gives
  // about 43,000 (some 15 MB of shared memory).
  max_locks_per_transaction: "1024",
  // A review database holds a few thousand rows: JIT compiling a query costs more than running it
  // (2.5 s for the rehearsal's seeding insert on trigger.dev), and would count in statement timings.
  jit: "off"
};

// src/engines/docker.ts
var DEFAULT_POSTGRES_IMAGE = "pgvector/pgvector:pg17";
var RUN_LABEL = "io.pgreview.run";
var PID_LABEL = "io.pgreview.pid";
var DOCKER_STARTUP_TIMEOUT_MS = 12e4;
var DOCKER_TOTAL_START_MS = 3e5;
var STATE_FILE = "cluster-archive.tar";
var STATE_PATH_IN_CONTAINER = "/tmp/pgreview-state";
var RESTORE_DIR_IN_CONTAINER = "/tmp";
var RESTORE_SCRIPT = [
  "set -e",
  ': "${PGDATA:=/var/lib/postgresql/data}"',
  'mkdir -p "$PGDATA"',
  `tar -xf ${RESTORE_DIR_IN_CONTAINER}/base.tar -C "$PGDATA"`,
  `rm -f ${RESTORE_DIR_IN_CONTAINER}/base.tar`,
  'chown -R postgres:postgres "$PGDATA"',
  'chmod 700 "$PGDATA"',
  `printf "ALTER ROLE postgres PASSWORD '%s'\\n" "$POSTGRES_PASSWORD" | setpriv --reuid=postgres --regid=postgres --init-groups postgres --single -D "$PGDATA" postgres >/dev/null`,
  'exec docker-entrypoint.sh "$@"'
].join("\n");
function removeLabelled(label, id) {
  if (id) (0, import_node_child_process.spawnSync)("docker", ["rm", "-f", "-v", id], { stdio: "ignore", timeout: 6e4 });
  const ps = (0, import_node_child_process.spawnSync)("docker", ["ps", "-aq", "--filter", `label=${RUN_LABEL}=${label}`], { encoding: "utf8", timeout: 6e4 });
  const ids = (ps.stdout ?? "").split("\n").filter(Boolean);
  if (ids.length) (0, import_node_child_process.spawnSync)("docker", ["rm", "-f", "-v", ...ids], { stdio: "ignore", timeout: 6e4 });
}
var TESTCONTAINERS_MIN_NODE = "22.22.0";
function versionAtLeast(v, min) {
  const a = v.replace(/^v/, "").split(".").map(Number);
  const b = min.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}
function nodeSupportsDocker(version = process.versions.node) {
  return versionAtLeast(version, TESTCONTAINERS_MIN_NODE);
}
function containerConfig(opts = {}) {
  const password = opts.password ?? (0, import_node_crypto.randomBytes)(18).toString("base64url");
  const settings = Object.entries(REVIEW_SERVER_SETTINGS).map(([k, v]) => `${k}=${v}`);
  return {
    image: opts.image || DEFAULT_POSTGRES_IMAGE,
    env: { POSTGRES_USER: "postgres", POSTGRES_PASSWORD: password, POSTGRES_DB: "postgres" },
    command: ["postgres", ...settings.flatMap((s) => ["-c", s])],
    // Data in memory: nothing to clean up on the host, and faster.
    tmpfs: { "/var/lib/postgresql/data": "rw" },
    user: "postgres",
    password,
    database: "postgres"
  };
}
function runtimeSockets(env = process.env) {
  const out = [];
  const host = env.DOCKER_HOST;
  if (host?.startsWith("unix://")) out.push(host.slice("unix://".length));
  out.push("/var/run/docker.sock", import_node_path.default.join(import_node_os.default.homedir(), ".docker/run/docker.sock"), import_node_path.default.join(import_node_os.default.homedir(), ".docker/desktop/docker.sock"));
  if (env.XDG_RUNTIME_DIR) out.push(import_node_path.default.join(env.XDG_RUNTIME_DIR, "podman/podman.sock"), import_node_path.default.join(env.XDG_RUNTIME_DIR, "docker.sock"));
  out.push("/run/podman/podman.sock");
  return [...new Set(out)];
}
function ping(socket, timeoutMs) {
  return new Promise((resolve) => {
    const s = import_node_net.default.connect(socket);
    const done = (ok) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(timeoutMs, () => done(false));
    s.on("error", () => done(false));
    s.on("connect", () => s.write("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"));
    s.on("data", (d) => done(/^HTTP\/1\.[01] 200/.test(d.toString())));
  });
}
async function detectContainerRuntime(env = process.env, timeoutMs = 2e3) {
  if (env.DOCKER_HOST && !env.DOCKER_HOST.startsWith("unix://")) {
    return { available: true, detail: `DOCKER_HOST=${env.DOCKER_HOST}` };
  }
  for (const sock of runtimeSockets(env)) {
    if (!(0, import_node_fs.existsSync)(sock)) continue;
    if (await ping(sock, timeoutMs)) return { available: true, detail: `container runtime at ${sock}` };
  }
  return { available: false, detail: "no container runtime socket answers (/var/run/docker.sock, DOCKER_HOST, podman)" };
}
var DockerEngine = class {
  constructor(opts = {}) {
    this.opts = opts;
    this.config = containerConfig({ image: opts.image });
    this.info = {
      id: "docker",
      description: `Docker ${this.config.image}`,
      reason: opts.reason ?? "requested",
      pgvector: /pgvector|supabase/.test(this.config.image),
      limits: []
    };
  }
  opts;
  container;
  /** Why stateIdentity() could not get the image: start() says it at once instead of pulling again. */
  pullError;
  /**
   * Archive streams to and from the daemon in flight. An interrupt blocks the event loop in the
   * cleanup's `docker rm`, so nothing reads them any more, and the daemon, holding the container while
   * it writes the archive, made the removal wait out its time limit (2 min, and the container stayed).
   * The cleanup closes them first.
   */
  transfers = /* @__PURE__ */ new Set();
  dbs = [];
  unregister;
  info;
  config;
  /** Value of RUN_LABEL on this engine's container. */
  label = (0, import_node_crypto.randomBytes)(8).toString("hex");
  url = "";
  describe() {
    return this.info;
  }
  start() {
    return this.launch();
  }
  /**
   * The image's ID (pulled first when missing), for the base cache key; undefined — no cache — when
   * the image's entry point is not the official postgres image's, which the restore relies on.
   */
  async stateIdentity() {
    if (!nodeSupportsDocker() || !(await detectContainerRuntime()).available) return void 0;
    const { getContainerRuntimeClient, ImageName } = await import("./chunk-testcontainers-LATJ2CAZ.js");
    const client = await getContainerRuntimeClient();
    const name = ImageName.fromString(this.config.image);
    try {
      if (!await client.image.exists(name)) await withTimeout(client.image.pull(name), DOCKER_TOTAL_START_MS, `the image ${this.config.image} was not pulled within ${DOCKER_TOTAL_START_MS / 1e3} s`);
    } catch (e) {
      this.pullError = e;
      throw e;
    }
    const image = await client.image.inspect(name);
    const entry = image.Config?.Entrypoint ?? [];
    if (!(Array.isArray(entry) ? entry : [entry]).some((e) => /(^|\/)docker-entrypoint\.sh$/.test(e))) return void 0;
    return `docker ${this.config.image} ${image.Id}`;
  }
  /** The running cluster as pg_basebackup takes it (consistent, WAL included), copied out of the container into `dir`. */
  async saveState(dir) {
    const c = this.container;
    if (!c) throw new Error("docker engine not started");
    const backup = `rm -rf ${STATE_PATH_IN_CONTAINER} && pg_basebackup -h /var/run/postgresql -U postgres -D ${STATE_PATH_IN_CONTAINER} -F t -X fetch -c fast --no-sync && chmod 644 ${STATE_PATH_IN_CONTAINER}/base.tar`;
    const r = await c.exec(["sh", "-c", backup], { user: "postgres" });
    if (r.exitCode !== 0) throw new Error(`pg_basebackup failed in the container (exit code ${r.exitCode}): ${r.output.slice(-2e3)}`);
    let archive;
    try {
      archive = await c.copyArchiveFromContainer(`${STATE_PATH_IN_CONTAINER}/base.tar`);
      this.transfers.add(archive);
      await (0, import_promises.pipeline)(archive, (0, import_node_fs.createWriteStream)(import_node_path.default.join(dir, STATE_FILE)));
    } finally {
      if (archive) this.transfers.delete(archive);
      await c.exec(["rm", "-rf", STATE_PATH_IN_CONTAINER], { user: "postgres" }).catch(() => void 0);
    }
  }
  /** Start on a cluster saveState() wrote: copied into the new container and unpacked by RESTORE_SCRIPT; no preset (it is in the state). */
  startFromState(dir) {
    const archive = import_node_path.default.join(dir, STATE_FILE);
    if (!(0, import_node_fs.existsSync)(archive)) throw new Error(`no saved cluster in ${dir}`);
    return this.launch(archive);
  }
  /** Pull, start (from a saved cluster's archive when given), connect; the preset only on a fresh cluster. */
  async launch(stateArchive) {
    if (this.pullError) throw new EngineUnavailableError(`the image ${this.config.image} could not be pulled: ${this.pullError.message}`);
    if (!nodeSupportsDocker()) {
      throw new EngineUnavailableError(
        `the docker engine needs Node ≥ ${TESTCONTAINERS_MIN_NODE} (testcontainers 12); this is Node ${process.versions.node}. Use --engine local or pglite, or a newer Node.`
      );
    }
    const rt = await detectContainerRuntime();
    if (!rt.available) throw new EngineUnavailableError(`the docker engine needs a container runtime: ${rt.detail}`);
    const { PostgreSqlContainer } = await import("./chunk-testcontainers-LATJ2CAZ.js");
    const c = this.config;
    this.unregister = registerCleanup(() => {
      for (const t of this.transfers) t.destroy();
      removeLabelled(this.label, this.container?.getId());
    });
    let started;
    let timer;
    try {
      const container = new PostgreSqlContainer(c.image).withUsername(c.user).withPassword(c.password).withDatabase(c.database).withCommand(c.command).withTmpFs(c.tmpfs).withLabels({ [RUN_LABEL]: this.label, [PID_LABEL]: String(process.pid) }).withStartupTimeout(DOCKER_STARTUP_TIMEOUT_MS);
      const tar = stateArchive ? (0, import_node_fs.createReadStream)(stateArchive) : void 0;
      if (tar) {
        this.transfers.add(tar);
        container.withCopyArchivesToContainer([{ tar, target: RESTORE_DIR_IN_CONTAINER }]).withEntrypoint(["sh", "-c", RESTORE_SCRIPT, "pgreview-restore"]);
      }
      const starting = container.start();
      if (tar) void starting.finally(() => this.transfers.delete(tar)).catch(() => void 0);
      let timedOut = false;
      const limit = new Promise((_, reject) => {
        timer = setTimeout(() => {
          timedOut = true;
          reject(new EngineUnavailableError(`the container did not start within ${DOCKER_TOTAL_START_MS / 1e3} s (image pull and start-up)`));
        }, DOCKER_TOTAL_START_MS);
      });
      starting.then(
        (late) => timedOut && void late.stop({ timeout: 0 }).catch(() => void 0),
        () => void 0
      );
      started = await Promise.race([starting, limit]);
    } catch (e) {
      removeLabelled(this.label);
      this.unregister();
      this.unregister = void 0;
      throw e;
    } finally {
      clearTimeout(timer);
    }
    this.container = started;
    this.url = started.getConnectionUri();
    try {
      const db = await this.connect();
      const v = await db.query(
        "select split_part(current_setting('server_version'), ' ', 1) as v, exists(select 1 from pg_available_extensions where name = 'vector') as vec"
      );
      this.info.serverVersion = v.rows[0].v;
      this.info.pgvector = v.rows[0].vec;
      this.info.description = `Docker ${c.image} (PostgreSQL ${this.info.serverVersion})`;
      if (!this.info.pgvector) this.info.limits = [`no pgvector in image ${c.image}`];
      if (this.opts.prepare && !stateArchive) await db.exec(this.opts.prepare.sql, { timeoutMs: 12e4 });
      return db;
    } catch (e) {
      await this.stop();
      throw e;
    }
  }
  /** A connection as the migration role, with a random password set for it by the superuser connection. */
  async connectAs(role) {
    const admin = this.dbs.find((d) => d.alive);
    if (!admin) throw new EngineUnavailableError("the docker engine is not running");
    const password = (0, import_node_crypto.randomBytes)(18).toString("base64url");
    await admin.query(`alter role "${role.replace(/"/g, '""')}" login password '${password}'`);
    const u = new URL(this.url);
    u.username = encodeURIComponent(role);
    u.password = password;
    return this.connect(u.toString());
  }
  async connect(url = this.url) {
    const db = await PgDatabase.connect({
      engine: "docker",
      config: { connectionString: url },
      hardKill: async () => {
        await this.container?.stop({ timeout: 0 });
      }
    });
    this.dbs.push(db);
    return db;
  }
  async stop() {
    for (const db of this.dbs.splice(0)) await db.close().catch(() => void 0);
    await this.container?.stop({ timeout: 0 }).catch(() => void 0);
    this.container = void 0;
    this.unregister?.();
    this.unregister = void 0;
  }
};
function withTimeout(p, ms, message) {
  let timer;
  const limit = new Promise((_, reject) => timer = setTimeout(() => reject(new EngineUnavailableError(message)), ms));
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

// src/engines/local.ts
var import_node_child_process2 = __toESM(require_node_child_process(), 1);
var import_node_fs2 = __toESM(require_node_fs(), 1);
var import_node_os2 = __toESM(require_node_os(), 1);
var import_node_path2 = __toESM(require_node_path(), 1);

// src/engines/env.ts
var KEEP = ["PATH", "LANG", "LC_ALL", "TZ"];
function scrubbedEnv(source = process.env) {
  const env = {};
  for (const k of KEEP) {
    const v = source[k];
    if (v !== void 0) env[k] = v;
  }
  env.PATH ??= "/usr/local/bin:/usr/bin:/bin";
  return env;
}

// src/engines/local.ts
function isExecutable(p) {
  try {
    return (0, import_node_fs2.existsSync)(p) && (0, import_node_fs2.readdirSync)(import_node_path2.default.dirname(p)).includes(import_node_path2.default.basename(p));
  } catch {
    return false;
  }
}
function versionOf(binDir) {
  const m = /postgresql\/(\d+)\//.exec(binDir + "/");
  return m?.[1] ?? "?";
}
function findPgBinaries(env = process.env) {
  const dirs = [];
  for (const d of (env.PATH ?? "").split(import_node_path2.default.delimiter)) if (d) dirs.push(d);
  const versioned = (0, import_node_fs2.existsSync)("/usr/lib/postgresql") ? (0, import_node_fs2.readdirSync)("/usr/lib/postgresql").filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin`) : [];
  for (const d of [...dirs, ...versioned]) {
    const initdb = import_node_path2.default.join(d, "initdb");
    if (!isExecutable(initdb)) continue;
    const realDir = import_node_path2.default.dirname((0, import_node_fs2.realpathSync)(initdb));
    const postgres = import_node_path2.default.join(realDir, "postgres");
    if (!isExecutable(postgres)) continue;
    return { binDir: realDir, initdb: import_node_path2.default.join(realDir, "initdb"), postgres, version: versionOf(realDir) };
  }
  return void 0;
}
function lookupUser(name) {
  try {
    for (const line of (0, import_node_fs2.readFileSync)("/etc/passwd", "utf8").split("\n")) {
      const f = line.split(":");
      if (f[0] === name) return { uid: Number(f[2]), gid: Number(f[3]) };
    }
  } catch {
  }
  return void 0;
}
function lookupName(uid) {
  try {
    for (const line of (0, import_node_fs2.readFileSync)("/etc/passwd", "utf8").split("\n")) {
      const f = line.split(":");
      if (Number(f[2]) === uid && f[0]) return f[0];
    }
  } catch {
  }
  return void 0;
}
function howItEnded(code, signal) {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}
function run(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    const child = (0, import_node_child_process2.spawn)(cmd, args, { cwd: opts.cwd, env: scrubbedEnv(), uid: opts.uid, gid: opts.gid, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => out += d);
    child.stderr.on("data", (d) => out += d);
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, out }));
  });
}
function runWithFiles(cmd, args, opts) {
  return new Promise((resolve, reject) => {
    const child = (0, import_node_child_process2.spawn)(cmd, args, { cwd: opts.cwd, env: scrubbedEnv(), uid: opts.uid, gid: opts.gid, stdio: [opts.stdin ?? "ignore", opts.stdout ?? "ignore", "pipe"] });
    let err = "";
    child.stderr.on("data", (d) => err = (err + d).slice(-4e3));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, err }));
  });
}
var TMPFS_MAGIC = 16914836;
var MIN_RAM_FOLDER_BYTES = 2 * 1024 ** 3;
function clusterParent(env = process.env, statfs = import_node_fs2.statfsSync) {
  if (env.TMPDIR) return import_node_os2.default.tmpdir();
  try {
    const fs = statfs("/dev/shm");
    if (fs.type === TMPFS_MAGIC && fs.bavail * fs.bsize >= MIN_RAM_FOLDER_BYTES) return "/dev/shm";
  } catch {
  }
  return import_node_os2.default.tmpdir();
}
var ISOLATE_SCRIPT = 'set -e; n=$1; shift; while [ "$n" -gt 0 ]; do mount -t tmpfs -o size=16k,mode=000 pgreview-hidden "$1"; shift; n=$((n-1)); done; exec "$@"';
function which(cmd) {
  for (const d of ["/usr/bin", "/bin", "/usr/sbin", "/sbin", ...(process.env.PATH ?? "").split(import_node_path2.default.delimiter)]) {
    const p = import_node_path2.default.join(d, cmd);
    if (d && (0, import_node_fs2.existsSync)(p)) return p;
  }
  return void 0;
}
function checkoutRoot(from = process.cwd()) {
  for (let d = import_node_path2.default.resolve(from); ; d = import_node_path2.default.dirname(d)) {
    if ((0, import_node_fs2.existsSync)(import_node_path2.default.join(d, ".git"))) return d;
    if (import_node_path2.default.dirname(d) === d) return void 0;
  }
}
function pathsToHide(keep, env = process.env) {
  const wanted = [checkoutRoot(), process.cwd(), import_node_os2.default.homedir(), env.HOME, env.GITHUB_WORKSPACE, "/home", "/root"].filter((p) => !!p);
  const real = (p) => {
    try {
      return (0, import_node_fs2.realpathSync)(p);
    } catch {
      return void 0;
    }
  };
  const inside = (child, parent) => child === parent || child.startsWith(parent.endsWith("/") ? parent : `${parent}/`);
  const keepReal = keep.map((k) => real(k) ?? k);
  const hide = [];
  const kept = [];
  for (const p of [...new Set(wanted.map(real).filter((p2) => !!p2 && p2 !== "/"))].sort()) {
    if (keepReal.some((k) => inside(k, p))) kept.push(p);
    else if (!hide.some((h) => inside(p, h))) hide.push(p);
  }
  return { hide, kept };
}
var canUnshare;
function isolationPlan(hide, runAs, env = process.env) {
  const unshare = which("unshare");
  const setpriv = which("setpriv");
  if (!unshare || !setpriv) return "unshare/setpriv (util-linux) not found";
  if (!hide.length) return "nothing to hide";
  const root = process.getuid?.() === 0;
  const sudo = !root && (env.GITHUB_ACTIONS === "true" || env.PGREVIEW_LOCAL_SUDO === "1") ? which("sudo") : void 0;
  if (!root && !sudo) return "pgreview runs without root and without sudo on a CI runner (set PGREVIEW_LOCAL_SUDO=1 to allow sudo -n)";
  const lead = sudo ? [sudo, "-n", unshare] : [unshare];
  const key = lead.join(" ");
  canUnshare ??= /* @__PURE__ */ new Map();
  if (!canUnshare.has(key)) {
    const r = (0, import_node_child_process2.spawnSync)(lead[0], [...lead.slice(1), "--mount", "--propagation", "private", "--", "true"], { stdio: "ignore", timeout: 1e4, env: scrubbedEnv() });
    canUnshare.set(key, r.status === 0);
  }
  if (!canUnshare.get(key)) return `${sudo ? "sudo -n unshare" : "unshare"} --mount is not permitted here (e.g. a container without CAP_SYS_ADMIN)`;
  return {
    prefix: [...lead, "--mount", "--propagation", "private", "--", "/bin/sh", "-c", ISOLATE_SCRIPT, "pgreview-isolate", String(hide.length), ...hide, setpriv, `--reuid=${runAs.uid}`, `--regid=${runAs.gid}`, "--clear-groups", "--"],
    hidden: hide
  };
}
var LocalEngine = class {
  constructor(opts = {}) {
    this.opts = opts;
    const bins = opts.binaries ?? findPgBinaries();
    if (!bins) throw new EngineUnavailableError("no PostgreSQL binaries (initdb, postgres) on PATH or in /usr/lib/postgresql/*/bin");
    this.bins = bins;
    this.info = {
      id: "local",
      description: `local PostgreSQL ${bins.version} (${bins.binDir}), throw-away cluster`,
      reason: opts.reason ?? "requested",
      pgvector: false,
      limits: []
    };
  }
  opts;
  dir;
  server;
  serverLog = "";
  /** Set when we stop the server ourselves; any other end of it is reported. */
  stopping = false;
  /** We killed the server ourselves (a shutdown that did not finish, the process exiting): not an outside end. */
  killedByUs = false;
  unregister;
  dbs = [];
  info;
  bins;
  port = 0;
  socketDir = "";
  startMs = 0;
  describe() {
    return this.info;
  }
  /** libpq-style URL for the running cluster (socket), e.g. for the url engine or psql. */
  url(database = "postgres") {
    return `postgresql://postgres@/${database}?host=${encodeURIComponent(this.socketDir)}&port=${this.port}`;
  }
  clientConfig(database = "postgres", user = "postgres") {
    return { host: this.socketDir, port: this.port, user, database };
  }
  async start() {
    return this.launch(async (data, asUser) => {
      const init = await run(
        this.bins.initdb,
        ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--no-locale", "--no-instructions"],
        { cwd: import_node_path2.default.dirname(data), ...asUser }
      );
      if (init.code !== 0) throw new Error(`initdb failed (${howItEnded(init.code, init.signal)}): ${init.out.slice(-2e3)}`);
      return true;
    });
  }
  /** `postgres --version` and where the binaries are: a saved cluster starts only on the same build. */
  stateIdentity() {
    const v = (0, import_node_child_process2.spawnSync)(this.bins.postgres, ["--version"], { encoding: "utf8", timeout: 1e4, env: scrubbedEnv() });
    return `local ${(v.stdout ?? "").trim() || this.bins.version} ${this.bins.binDir}`;
  }
  /** A consistent copy of the running cluster (pg_basebackup, WAL included) as `cluster.tar`. */
  async saveState(dir) {
    if (!this.server || !this.dir) throw new Error("local engine not started");
    const tar = import_node_path2.default.join(dir, "cluster.tar");
    const asUser = process.getuid?.() === 0 ? lookupUser("postgres") : void 0;
    const out = (0, import_node_fs2.openSync)(tar, "w");
    try {
      const args = ["-h", this.socketDir, "-p", String(this.port), "-U", "postgres", "-D", "-", "-F", "t", "-X", "fetch", "-c", "fast", "--no-sync", "-w"];
      const r = await runWithFiles(import_node_path2.default.join(this.bins.binDir, "pg_basebackup"), args, { cwd: this.dir, ...asUser, stdout: out });
      if (r.code !== 0) throw new Error(`pg_basebackup failed (${howItEnded(r.code, r.signal)}): ${r.err}`);
    } finally {
      (0, import_node_fs2.closeSync)(out);
    }
  }
  /** Start on a cluster saveState() wrote: unpacked instead of initdb, and no preset (it is in the state). */
  async startFromState(dir) {
    const tar = import_node_path2.default.join(dir, "cluster.tar");
    if (!(0, import_node_fs2.existsSync)(tar)) throw new Error(`no saved cluster in ${dir}`);
    return this.launch(async (data, asUser) => {
      (0, import_node_fs2.mkdirSync)(data, { mode: 448 });
      if (asUser) (0, import_node_fs2.chownSync)(data, asUser.uid, asUser.gid);
      const input = (0, import_node_fs2.openSync)(tar, "r");
      try {
        const r = await runWithFiles("tar", ["-xf", "-", "-C", data], { cwd: import_node_path2.default.dirname(data), ...asUser, stdin: input });
        if (r.code !== 0) throw new Error(`could not unpack the saved cluster (${howItEnded(r.code, r.signal)}): ${r.err}`);
      } finally {
        (0, import_node_fs2.closeSync)(input);
      }
      return false;
    });
  }
  /** A private cluster dir, its data dir made by `init` (true: a fresh cluster, which gets the preset), the server started. */
  async launch(init) {
    if (this.server) throw new Error("local engine already started");
    const t0 = performance.now();
    const dir = (0, import_node_fs2.mkdtempSync)(import_node_path2.default.join(clusterParent(), "pgreview-local-"));
    this.dir = dir;
    const asUser = process.getuid?.() === 0 ? lookupUser("postgres") : void 0;
    if (process.getuid?.() === 0 && !asUser) {
      (0, import_node_fs2.rmSync)(dir, { recursive: true, force: true });
      throw new EngineUnavailableError("running as root and there is no `postgres` OS user to run initdb as");
    }
    (0, import_node_fs2.chmodSync)(dir, 448);
    if (asUser) (0, import_node_fs2.chownSync)(dir, asUser.uid, asUser.gid);
    this.unregister = registerCleanup(() => this.killSync());
    try {
      const data = import_node_path2.default.join(dir, "data");
      const fresh = await init(data, asUser);
      this.socketDir = dir;
      this.port = 2e4 + Math.floor(Math.random() * 4e4);
      const settings = {
        listen_addresses: "",
        unix_socket_directories: dir,
        unix_socket_permissions: "0700",
        ...REVIEW_SERVER_SETTINGS,
        ...this.opts.settings
      };
      const args = ["-D", data, "-p", String(this.port)];
      for (const [k, v2] of Object.entries(settings)) args.push("-c", `${k}=${v2}`);
      const iso = this.isolation(dir, asUser);
      const server = iso ? (0, import_node_child_process2.spawn)(iso.prefix[0], [...iso.prefix.slice(1), this.bins.postgres, ...args], { cwd: dir, env: scrubbedEnv(), stdio: ["ignore", "pipe", "pipe"] }) : (0, import_node_child_process2.spawn)(this.bins.postgres, args, { cwd: dir, env: scrubbedEnv(), ...asUser, stdio: ["ignore", "pipe", "pipe"] });
      this.server = server;
      this.stopping = false;
      this.killedByUs = false;
      server.once("exit", (code, signal) => {
        if (!this.stopping || code !== 0 && !this.killedByUs) this.info.limits.push(`the PostgreSQL server ended during the review (${howItEnded(code, signal)}); what ran after that was not checked`);
      });
      server.stdout.on("data", (d) => this.serverLog = (this.serverLog + d).slice(-8e3));
      server.stderr.on("data", (d) => this.serverLog = (this.serverLog + d).slice(-8e3));
      const exited = new Promise((_, reject) => {
        server.once("exit", (code, signal) => reject(new Error(`postgres exited during start (${howItEnded(code, signal)}): ${this.serverLog.slice(-2e3)}`)));
        server.once("error", reject);
      });
      exited.catch(() => void 0);
      const db = await Promise.race([this.waitReady(3e4), exited]);
      this.startMs = performance.now() - t0;
      const v = await db.query(
        "select split_part(current_setting('server_version'), ' ', 1) as v, exists(select 1 from pg_available_extensions where name = 'vector') as vec"
      );
      this.info.serverVersion = v.rows[0].v;
      this.info.pgvector = v.rows[0].vec;
      const isolated = this.hidden.length > 0;
      this.info.limits = [
        ...this.info.pgvector ? [] : [`no pgvector on this server (PostgreSQL ${this.info.serverVersion}): vector columns and indexes cannot be checked`],
        ...this.isolationNote && !isolated ? [this.isolationNote] : []
      ];
      this.info.notes = this.isolationNote && isolated ? [this.isolationNote] : [];
      if (this.opts.prepare && fresh) await db.exec(this.opts.prepare.sql, { timeoutMs: 12e4 });
      return db;
    } catch (e) {
      await this.stop();
      throw e;
    }
  }
  /** What the server can reach on this machine, said in the report's engine limits. */
  isolationNote = "";
  /** The paths hidden from the server (empty when it could not be isolated). */
  hidden = [];
  isolation(clusterDir, asUser) {
    const who = asUser ? `the ${lookupName(asUser.uid) ?? `uid ${asUser.uid}`} OS user` : `the OS user pgreview runs as`;
    if (this.opts.hide === false) {
      this.isolationNote = `the server runs as ${who} and can read whatever that user can (isolation off)`;
      return void 0;
    }
    const { hide, kept } = this.opts.hide ? { hide: this.opts.hide, kept: [] } : pathsToHide([clusterDir, this.bins.binDir]);
    const plan = isolationPlan(hide, asUser ?? { uid: process.getuid?.() ?? 0, gid: process.getgid?.() ?? 0 });
    if (typeof plan === "string") {
      this.isolationNote = `the server runs as ${who} and can read whatever that user can, the checkout and home directory included: it could not be isolated (${plan}); prefer the pglite or docker engine for pull requests from forks`;
      return void 0;
    }
    this.hidden = plan.hidden;
    this.isolationNote = `the server runs as ${who} in a private mount namespace where ${plan.hidden.join(", ")} are empty${kept.length ? ` (${kept.join(", ")} stay visible: they hold the cluster or the binaries)` : ""}`;
    return plan;
  }
  async waitReady(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    let last;
    while (Date.now() < deadline) {
      if ((0, import_node_fs2.existsSync)(import_node_path2.default.join(this.socketDir, `.s.PGSQL.${this.port}`))) {
        try {
          return await this.connect();
        } catch (e) {
          last = e;
        }
      }
      await new Promise((r) => setTimeout(r, 30));
    }
    throw new Error(`postgres did not accept connections within ${timeoutMs} ms: ${String(last ?? "")} ${this.serverLog.slice(-1e3)}`);
  }
  /** A connection as the migration role (trust auth on the private socket): it cannot become the superuser. */
  connectAs(role) {
    return this.connect("postgres", role);
  }
  /** Another connection to the cluster. */
  async connect(database = "postgres", user = "postgres") {
    const db = await PgDatabase.connect({
      engine: "local",
      config: this.clientConfig(database, user),
      hardKill: async () => this.killSync()
    });
    this.dbs.push(db);
    return db;
  }
  /** Synchronous last resort (exit, signals, a statement that ignores cancel and terminate). */
  killSync() {
    this.stopping = true;
    this.killedByUs = true;
    const pid = this.server?.pid;
    if (pid && this.server?.exitCode === null) {
      try {
        process.kill(pid, "SIGQUIT");
        waitExitSync(pid, 5e3);
      } catch {
      }
    }
    if (this.dir) (0, import_node_fs2.rmSync)(this.dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  }
  async stop() {
    this.stopping = true;
    for (const db of this.dbs.splice(0)) await db.close().catch(() => void 0);
    const server = this.server;
    if (server && server.exitCode === null && server.signalCode === null) {
      const gone = new Promise((r) => server.once("exit", () => r()));
      server.kill("SIGINT");
      const t = setTimeout(() => {
        this.killedByUs = true;
        server.kill("SIGKILL");
      }, 1e4);
      await gone;
      clearTimeout(t);
    }
    this.server = void 0;
    if (this.dir) (0, import_node_fs2.rmSync)(this.dir, { recursive: true, force: true });
    this.dir = void 0;
    this.unregister?.();
    this.unregister = void 0;
  }
};
function waitExitSync(pid, timeoutMs) {
  const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
  const stat = `/proc/${pid}/stat`;
  if (!(0, import_node_fs2.existsSync)("/proc/self/stat")) return void sleep(200);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    let state;
    try {
      state = /\) (\S)/.exec((0, import_node_fs2.readFileSync)(stat, "utf8"))?.[1];
    } catch {
      return;
    }
    if (state === "Z" || state === "X") return;
    sleep(20);
  }
}

// src/engines/pglite.ts
var import_node_worker_threads = __toESM(require_node_worker_threads(), 1);
var import_node_fs4 = __toESM(require_node_fs(), 1);
var import_node_module = __toESM(require_node_module(), 1);
var import_node_os3 = __toESM(require_node_os(), 1);
var import_node_path4 = __toESM(require_node_path(), 1);
var import_node_url2 = __toESM(require_node_url(), 1);

// src/engines/pglite-snapshot.ts
var import_node_crypto2 = __toESM(require_node_crypto(), 1);
var import_node_fs3 = __toESM(require_node_fs(), 1);
var import_node_path3 = __toESM(require_node_path(), 1);
var import_node_url = __toESM(require_node_url(), 1);
var import_node_zlib = __toESM(require_node_zlib(), 1);
var PGLITE_ARCHIVE_FORMAT = 2;
function snapshotName(pgliteVersion2, state) {
  const hash = (0, import_node_crypto2.createHash)("sha256").update(state.sql).digest("hex").slice(0, 16);
  const safeKey = state.key.replace(/[^a-z0-9_-]/gi, "_");
  return `pglite-${pgliteVersion2}-a${PGLITE_ARCHIVE_FORMAT}-${safeKey}-${hash}`;
}
var SHIPPED_SNAPSHOTS_DIR = "assets/pglite-snapshots";
function shippedSnapshotsDir() {
  const override = process.env.PGREVIEW_PGLITE_SNAPSHOTS;
  if (override) return import_node_path3.default.resolve(override);
  const dir = (0, import_node_url.fileURLToPath)(new URL(`./${SHIPPED_SNAPSHOTS_DIR}/`, import.meta.url));
  return (0, import_node_fs3.existsSync)(dir) ? dir : void 0;
}
function shippedSnapshotFile(pgliteVersion2, state) {
  const dir = shippedSnapshotsDir();
  const file = dir && import_node_path3.default.join(dir, `${snapshotName(pgliteVersion2, state)}.tar.gz`);
  return file && (0, import_node_fs3.existsSync)(file) ? file : void 0;
}
function readShippedSnapshot(file) {
  const gz = (0, import_node_fs3.readFileSync)(file);
  const size = gz.length >= 18 ? gz.readUInt32LE(gz.length - 4) : 0;
  return (0, import_node_zlib.gunzipSync)(gz, size > 0 ? { chunkSize: size } : {});
}
var BLOCK = 512;
function field(h, at, len) {
  const end = h.indexOf(0, at);
  return Buffer.from(h.subarray(at, end < 0 || end > at + len ? at + len : end)).toString("utf8");
}
function octal(h, at, len) {
  const s = field(h, at, len).trim();
  return s ? parseInt(s, 8) : 0;
}
function readTar(tar) {
  const out = [];
  for (let at = 0; at + BLOCK <= tar.length; ) {
    const h = tar.subarray(at, at + BLOCK);
    if (h.every((b) => b === 0)) break;
    const prefix = field(h, 345, 131);
    const base = field(h, 0, 100);
    if (field(h, 257, 5) !== "ustar") throw new Error(`not a ustar archive (entry ${out.length + 1})`);
    const size = octal(h, 124, 12);
    if (at + BLOCK + size > tar.length) throw new Error(`truncated archive (entry ${out.length + 1})`);
    const type = String.fromCharCode(h[156] || 48);
    out.push({ name: prefix ? `${prefix}/${base}` : base, mode: octal(h, 100, 8), type, data: tar.subarray(at + BLOCK, at + BLOCK + size) });
    at += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  }
  return out;
}
function putString(h, at, len, s) {
  const b = Buffer.from(s, "utf8");
  if (b.length > len) throw new Error(`tar field too long: ${s}`);
  h.set(b, at);
}
function putOctal(h, at, len, n) {
  putString(h, at, len, n.toString(8).padStart(len - 1, "0") + "\0");
}
function tarHeader(e, size) {
  const h = new Uint8Array(BLOCK);
  if (Buffer.byteLength(e.name) > 100) throw new Error(`tar entry name longer than 100 bytes: ${e.name}`);
  putString(h, 0, 100, e.name);
  putOctal(h, 100, 8, e.mode);
  putOctal(h, 108, 8, 0);
  putOctal(h, 116, 8, 0);
  putOctal(h, 124, 12, size);
  putOctal(h, 136, 12, 0);
  h[156] = e.type.charCodeAt(0);
  putString(h, 257, 6, "ustar\0");
  putString(h, 263, 2, "00");
  h.fill(32, 148, 156);
  const sum = h.reduce((n, b) => n + b, 0);
  putString(h, 148, 8, sum.toString(8).padStart(6, "0") + "\0 ");
  return h;
}
function writeTar(entries, write) {
  const zeros = new Uint8Array(2 * BLOCK);
  for (const e of entries) {
    write(tarHeader(e, e.data.length));
    if (e.data.length) write(e.data);
    const pad = Math.ceil(e.data.length / BLOCK) * BLOCK - e.data.length;
    if (pad) write(zeros.subarray(0, pad));
  }
  write(zeros);
}

// src/engines/pglite.ts
var require2 = (0, import_node_module.createRequire)(import.meta.url);
function pgliteVersion() {
  if (true) return "0.4.6";
  try {
    return require2("@electric-sql/pglite/package.json").version;
  } catch {
    const entry = require2.resolve("@electric-sql/pglite");
    const pkg = import_node_path4.default.join(entry.slice(0, entry.lastIndexOf(`${import_node_path4.default.sep}dist${import_node_path4.default.sep}`)), "package.json");
    return JSON.parse((0, import_node_fs4.readFileSync)(pkg, "utf8")).version;
  }
}
function pgliteWorkerPath() {
  const override = process.env.PGREVIEW_PGLITE_WORKER;
  if (override) return import_node_path4.default.resolve(override);
  for (const name of ["pglite-worker.js", "pglite-worker.mjs", "pglite-worker.ts"]) {
    const p = (0, import_node_url2.fileURLToPath)(new URL(`./${name}`, import.meta.url));
    if ((0, import_node_fs4.existsSync)(p)) return p;
  }
  throw new Error("pglite-worker module not found next to " + (0, import_node_url2.fileURLToPath)(import.meta.url));
}
var WORKER_LIMITS = { maxYoungGenerationSizeMb: 8 };
function spawnWorker(file, preload) {
  const viaTsx = file.endsWith(".ts") && !process.features.typescript;
  if (!viaTsx && !preload) return new import_node_worker_threads.Worker(file, { resourceLimits: WORKER_LIMITS });
  const steps = [];
  if (viaTsx) {
    const tsxApi = (0, import_node_url2.pathToFileURL)(import_node_path4.default.join(import_node_path4.default.dirname(require2.resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
    steps.push(`import(${JSON.stringify(tsxApi)}).then((a) => a.register())`);
  }
  if (preload) steps.push(`import(${JSON.stringify((0, import_node_url2.pathToFileURL)(import_node_path4.default.resolve(preload)).href)})`);
  steps.push(`import(${JSON.stringify((0, import_node_url2.pathToFileURL)(file).href)})`);
  const code = steps.reduce((chain, step) => `${chain}.then(() => ${step})`, "Promise.resolve()");
  return new import_node_worker_threads.Worker(code, { eval: true, resourceLimits: WORKER_LIMITS });
}
function defaultCacheDir() {
  return import_node_path4.default.join(import_node_os3.default.tmpdir(), "pgreview-cache");
}
var PgliteClient = class {
  constructor(worker, defaultTimeoutMs) {
    this.worker = worker;
    this.defaultTimeoutMs = defaultTimeoutMs;
    worker.on("message", (m) => {
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
    worker.on("error", (e) => this.die(`PGlite worker crashed: ${e.message}`));
    worker.on("exit", (code) => this.die(`PGlite worker exited (code ${code})`));
  }
  worker;
  defaultTimeoutMs;
  engine = "pglite";
  rollbackOnly = false;
  seq = 0;
  pending = /* @__PURE__ */ new Map();
  deadReason;
  /** Told of a session user the worker found instead of the pinned one (pinSessionUser). */
  onEscape;
  /** A call left standard_conforming_strings off (the worker turned it back on) since takeStringsOff last asked. */
  stringsLeftOff = false;
  /** Ctrl-C / a cancelled job stops the worker too (see cleanup.ts). */
  unregister = registerCleanup(() => void this.worker.terminate());
  get alive() {
    return this.deadReason === void 0;
  }
  die(reason) {
    this.deadReason ??= reason;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      clearTimeout(p.timer);
      p.reject(new EngineDeadError(this.deadReason));
    }
  }
  call(op, payload, timeoutMs, transfer = []) {
    if (this.deadReason) return Promise.reject(new EngineDeadError(this.deadReason));
    const id = ++this.seq;
    return new Promise((resolve, reject) => {
      const p = { resolve, reject };
      p.timer = setTimeout(() => {
        this.pending.delete(id);
        this.deadReason = `PGlite was stopped after a statement exceeded ${timeoutMs} ms`;
        reject(new QueryTimeoutError(timeoutMs, true, "terminated the PGlite worker; the embedded database is gone"));
        void this.worker.terminate();
      }, timeoutMs);
      this.pending.set(id, p);
      this.worker.postMessage({ id, op, ...payload }, transfer);
    });
  }
  query(sql, params, opts) {
    return this.call("query", { sql, params }, opts?.timeoutMs ?? this.defaultTimeoutMs);
  }
  exec(sql, opts) {
    return this.call("exec", { sql }, opts?.timeoutMs ?? this.defaultTimeoutMs);
  }
  async pinSessionUser(role, onEscape) {
    await this.call("pin", { role }, this.defaultTimeoutMs);
    this.onEscape = onEscape;
    return async () => {
      this.onEscape = void 0;
      if (this.alive) await this.call("pin", { role: null }, this.defaultTimeoutMs);
    };
  }
  takeStringsOff() {
    const off = this.stringsLeftOff;
    this.stringsLeftOff = false;
    return off;
  }
  async backendPid() {
    const r = await this.query("select pg_backend_pid() as pid");
    return r.rows[0].pid;
  }
  /** The data dir as archive entries: the worker sends its files' contents in one buffer. */
  async dataDir(timeoutMs = 6e4) {
    const { files, data } = await this.call("files", {}, timeoutMs);
    return files.map(([name, type, mode, at, size]) => ({ name, type, mode, data: data.subarray(at, at + size) }));
  }
  /** The data dir as a tarball written to `file`, atomically (concurrent runs never read a half-written one), not assembled in memory first. */
  async dumpTo(file, timeoutMs = 6e4) {
    const entries = await this.dataDir(timeoutMs);
    const tmp = `${file}.${process.pid}.tmp`;
    const fd = (0, import_node_fs4.openSync)(tmp, "w");
    try {
      writeTar(entries, (bytes) => {
        for (let at = 0; at < bytes.length; ) at += (0, import_node_fs4.writeSync)(fd, bytes, at);
      });
    } finally {
      (0, import_node_fs4.closeSync)(fd);
    }
    (0, import_node_fs4.renameSync)(tmp, file);
  }
  async close() {
    if (this.alive) {
      try {
        await this.call("close", {}, 1e4);
      } catch {
      }
    }
    this.deadReason ??= "closed";
    this.unregister();
    await this.worker.terminate();
  }
};
async function applyDbRoleSettings(db) {
  const r = await db.query(`
    select unnest(s.setconfig) as setting
      from pg_db_role_setting s
     where s.setdatabase in (0, (select oid from pg_database where datname = current_database()))
       and s.setrole in (0, (select oid from pg_roles where rolname = current_user))
     order by (s.setrole <> 0), (s.setdatabase <> 0)`);
  for (const { setting } of r.rows) {
    const i = setting.indexOf("=");
    await db.query("select set_config($1, $2, false)", [setting.slice(0, i), setting.slice(i + 1)]);
  }
}
var PgliteEngine = class {
  constructor(opts = {}) {
    this.opts = opts;
    const v = pgliteVersion();
    this.info = {
      id: "pglite",
      description: `PGlite ${v} (embedded WASM PostgreSQL)`,
      reason: opts.reason ?? "requested",
      pgvector: true,
      limits: [
        "one connection only: no lock-contention probe (what a concurrent session would wait for is inferred from the locks taken)",
        "WASM build: no extensions beyond pgvector and the bundled contrib modules; no background workers, replication or pg_cron",
        "time limits stop the whole embedded database (it restarts from a snapshot)"
      ]
    };
  }
  opts;
  client;
  info;
  lastStart;
  describe() {
    return this.info;
  }
  cacheFile() {
    if (!this.opts.prepare || this.opts.cacheDir === false) return void 0;
    const dir = this.opts.cacheDir ?? defaultCacheDir();
    return import_node_path4.default.join(dir, `${snapshotName(pgliteVersion(), this.opts.prepare)}.tar`);
  }
  /**
   * A worker with PGlite on a data dir (initdb when undefined). A function reads it while the worker
   * loads its modules, and what it returns is moved to the worker, not copied.
   */
  async boot(source) {
    const worker = spawnWorker(pgliteWorkerPath(), this.opts.workerPreload);
    const client = new PgliteClient(worker, DEFAULT_CALL_TIMEOUT_MS);
    const extensions = this.opts.extensions && extensionsToRegister(this.opts.extensions, this.opts.prepare?.sql ?? "");
    try {
      const owned = typeof source === "function";
      const data = owned ? source() : source;
      const movable = owned && data && data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
      const files = data && readTar(data).map((e) => [e.name, e.type, e.data.byteOffset - data.byteOffset, e.data.byteLength]);
      const init = await client.call("init", { data, files, extensions }, this.opts.startTimeoutMs ?? 12e4, movable ? [data.buffer] : []);
      const m = /PostgreSQL (\S+)/.exec(init.version);
      this.info.serverVersion = m?.[1];
      this.info.description = `PGlite ${pgliteVersion()} (PostgreSQL ${m?.[1] ?? "?"})`;
      if (data) await applyDbRoleSettings(client);
      return client;
    } catch (e) {
      await client.close().catch(() => void 0);
      throw e;
    }
  }
  async start() {
    if (this.client?.alive) throw new Error("PGlite engine already started");
    const t0 = performance.now();
    const started = await this.fromSnapshot() ?? { client: await this.cold(), from: "cold" };
    this.client = started.client;
    this.lastStart = { ms: performance.now() - t0, from: started.from };
    return started.client;
  }
  /** The prepared state from the cache folder, else from the bundle's shipped snapshot; undefined when neither loads. */
  async fromSnapshot() {
    const file = this.cacheFile();
    const shipped = this.opts.prepare && shippedSnapshotFile(pgliteVersion(), this.opts.prepare);
    const sources = [];
    if (file && (0, import_node_fs4.existsSync)(file)) sources.push(["cache", () => (0, import_node_fs4.readFileSync)(file)]);
    if (shipped) sources.push(["shipped", () => readShippedSnapshot(shipped)]);
    for (const [from, read] of sources) {
      try {
        return { client: await this.boot(read), from };
      } catch {
      }
    }
    return void 0;
  }
  /** initdb in WASM, the prepare SQL, and the result written to the cache folder. */
  async cold() {
    const client = await this.boot(void 0);
    if (!this.opts.prepare) return client;
    await client.exec(this.opts.prepare.sql, { timeoutMs: this.opts.startTimeoutMs ?? 12e4 });
    const file = this.cacheFile();
    if (file) {
      (0, import_node_fs4.mkdirSync)(import_node_path4.default.dirname(file), { recursive: true });
      await client.dumpTo(file);
    }
    return client;
  }
  /** Start a fresh worker from a snapshot (after a timeout killed the previous one); a function's bytes are moved to the worker, not copied. */
  async restart(snapshot) {
    await this.client?.close().catch(() => void 0);
    const t0 = performance.now();
    this.client = await this.boot(snapshot);
    this.lastStart = { ms: performance.now() - t0, from: "snapshot" };
    return this.client;
  }
  /** A fresh worker from the prepared state (the base cache's state, else the cached preset snapshot, else initdb + preset again). */
  async restartFresh() {
    const file = this.stateFile;
    if (file) return this.restart(() => (0, import_node_fs4.readFileSync)(file));
    await this.stop().catch(() => void 0);
    return this.start();
  }
  /**
   * The base cache's state (saveState/startFromState), which restartFresh() reads again: the entry
   * stays in its folder for the run (the cache removes only the least recently used entries, and
   * this one was just used).
   */
  stateFile;
  stateIdentity() {
    return `pglite ${pgliteVersion()}`;
  }
  async saveState(dir) {
    if (!this.client?.alive) throw new EngineDeadError("PGlite is not running");
    await this.client.exec("checkpoint", { timeoutMs: 12e4 });
    await this.client.dumpTo(import_node_path4.default.join(dir, "pglite-datadir.tar"));
  }
  async startFromState(dir) {
    if (this.client?.alive) throw new Error("PGlite engine already started");
    const t0 = performance.now();
    const file = import_node_path4.default.join(dir, "pglite-datadir.tar");
    this.client = await this.boot(() => (0, import_node_fs4.readFileSync)(file));
    this.stateFile = file;
    this.lastStart = { ms: performance.now() - t0, from: "cache" };
    return this.client;
  }
  async stop() {
    const c = this.client;
    this.client = void 0;
    await c?.close();
  }
};
var REQUIRES = { earthdistance: ["cube"] };
function extensionsToRegister(needs, prepareSql) {
  const created = [...prepareSql.matchAll(/^\s*CREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([\w-]+)"?/gim)].map((m) => m[1].toLowerCase());
  const out = /* @__PURE__ */ new Set();
  const add = (e) => {
    if (out.has(e)) return;
    out.add(e);
    for (const r of REQUIRES[e] ?? []) add(r);
  };
  for (const e of [...needs, ...created]) add(e.toLowerCase());
  return [...out].sort();
}

// src/engines/url.ts
function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "the given database URL";
  }
}
var RollbackOnlyDatabase = class {
  constructor(inner, versionNum) {
    this.inner = inner;
    this.versionNum = versionNum;
  }
  inner;
  versionNum;
  engine = "url";
  rollbackOnly = true;
  get alive() {
    return this.inner.alive;
  }
  takeStringsOff() {
    return this.inner.takeStringsOff();
  }
  /** Throws when the SQL would commit, end the rollback transaction, or cannot run inside it. */
  guard(sql) {
    let statements;
    try {
      statements = parseStatementsSync(sql);
    } catch (e) {
      throw new DbError(`not run on the url database: pgreview could not parse it to check it is safe (${e?.message ?? e})`, { code: "PGR01" });
    }
    for (const { kind, node } of statements) {
      const tx = transactionControl(kind, node);
      if (tx === "begin" || tx === "commit" || tx === "rollback" || tx === "prepare" || tx === "other") {
        throw new DbError("not run on the url database: transaction control would end the transaction that keeps it rolled back", { code: "PGR02" });
      }
      const why = cannotRunInTransaction(kind, node, this.versionNum);
      if (why) throw new DbError(`not run on the url database: ${why}, and everything there runs in a rolled-back transaction`, { code: "PGR03" });
    }
  }
  async query(sql, params, opts) {
    this.guard(sql);
    return this.inner.query(sql, params, opts);
  }
  async exec(sql, opts) {
    this.guard(sql);
    return this.inner.exec(sql, opts);
  }
  backendPid() {
    return this.inner.backendPid();
  }
  async close() {
    if (this.inner.alive) await this.inner.query("rollback").catch(() => void 0);
    await this.inner.close();
  }
};
var UrlEngine = class {
  constructor(opts) {
    this.opts = opts;
    this.info = {
      id: "url",
      description: `given database ${redactUrl(opts.url)} (changes rolled back)`,
      reason: opts.reason ?? "requested",
      pgvector: false,
      limits: [
        "everything runs in one transaction that is rolled back: statements that cannot run in a transaction (CONCURRENTLY, VACUUM…) are not executed",
        "locks taken are held until the end of the run on that database"
      ]
    };
  }
  opts;
  db;
  info;
  describe() {
    return this.info;
  }
  async start() {
    await loadParser();
    const inner = await PgDatabase.connect({
      engine: "url",
      config: { connectionString: this.opts.url, application_name: "pgreview" },
      rollbackOnly: true,
      onConnect: async (c) => {
        await c.query("begin");
      }
    });
    const v = await inner.query(
      "select split_part(current_setting('server_version'), ' ', 1) as v, current_setting('server_version_num') as n, exists(select 1 from pg_available_extensions where name = 'vector') as vec"
    );
    this.info.serverVersion = v.rows[0].v;
    this.info.pgvector = v.rows[0].vec;
    this.db = new RollbackOnlyDatabase(inner, Number(v.rows[0].n));
    return this.db;
  }
  async stop() {
    await this.db?.close();
    this.db = void 0;
  }
};

// src/engines/auto.ts
var CONTRIB = [
  "adminpack",
  "amcheck",
  "autoinc",
  "bloom",
  "btree_gin",
  "btree_gist",
  "citext",
  "cube",
  "dblink",
  "dict_int",
  "dict_xsyn",
  "earthdistance",
  "file_fdw",
  "fuzzystrmatch",
  "hstore",
  "insert_username",
  "intagg",
  "intarray",
  "isn",
  "lo",
  "ltree",
  "moddatetime",
  "old_snapshot",
  "pageinspect",
  "pg_buffercache",
  "pg_freespacemap",
  "pg_prewarm",
  "pg_stat_statements",
  "pg_surgery",
  "pg_trgm",
  "pg_visibility",
  "pg_walinspect",
  "pgcrypto",
  "pgrowlocks",
  "pgstattuple",
  "postgres_fdw",
  "refint",
  "seg",
  "sslinfo",
  "tablefunc",
  "tcn",
  "tsm_system_rows",
  "tsm_system_time",
  "unaccent",
  "uuid-ossp",
  "xml2",
  "plpgsql"
];
function dockerCapabilities(image = "pgvector/pgvector:pg17") {
  const major = Number(/(?:pg|:)(\d{2})(?:\b|[.-])/.exec(image)?.[1] ?? 17);
  return { major, extensions: /* @__PURE__ */ new Set([...CONTRIB, .../pgvector|supabase/.test(image) ? ["vector"] : []]) };
}
function meets(c, needs, standIns) {
  const out = { real: [], standIn: [], missing: [] };
  for (const e of needs) (c.extensions.has(e) ? out.real : standIns.has(e) ? out.standIn : out.missing).push(e);
  return out;
}
function localExtensions(binDir, version) {
  const major = version.split(".")[0];
  const candidates = [
    `/usr/share/postgresql/${major}/extension`,
    // Debian/Ubuntu
    import_node_path5.default.join(binDir, "..", "share", "postgresql", "extension"),
    import_node_path5.default.join(binDir, "..", "share", "extension")
  ];
  for (const dir of candidates) {
    if (!(0, import_node_fs5.existsSync)(dir)) continue;
    return new Set((0, import_node_fs5.readdirSync)(dir).filter((f) => f.endsWith(".control")).map((f) => f.slice(0, -".control".length)));
  }
  return void 0;
}
async function probeEnvironment(settings, needsExtensions = [], standIns = []) {
  const bins = findPgBinaries();
  return {
    databaseUrl: settings.databaseUrl,
    dockerRuntime: await detectContainerRuntime(),
    nodeVersion: process.versions.node,
    localBinaries: bins && { binDir: bins.binDir, version: bins.version, extensions: localExtensions(bins.binDir, bins.version) },
    needsExtensions,
    standIns,
    pgVersion: settings.pgVersion,
    docker: dockerCapabilities(settings.postgresImage)
  };
}
function chooseEngine(p) {
  if (p.databaseUrl) return { id: "url", reason: "a database URL was given: changes run in transactions that are rolled back" };
  const dockerOk = p.dockerRuntime.available && nodeSupportsDocker(p.nodeVersion);
  const whyNotDocker = !p.dockerRuntime.available ? p.dockerRuntime.detail : `Node ${p.nodeVersion} is older than ${TESTCONTAINERS_MIN_NODE}, which testcontainers needs`;
  const needs = [...new Set(p.needsExtensions ?? [])].filter((e) => e !== "plpgsql");
  const standIns = new Set(p.standIns ?? []);
  const production = p.pgVersion ?? 17;
  const candidates = [];
  if (dockerOk) {
    const d = p.docker ?? dockerCapabilities();
    candidates.push({ id: "docker", major: d.major, extensions: d.extensions, rank: 0, why: `${p.dockerRuntime.detail} is reachable` });
  }
  if (p.localBinaries) {
    const major = Number(p.localBinaries.version.split(".")[0]);
    candidates.push({ id: "local", major, extensions: p.localBinaries.extensions ?? new Set(CONTRIB), rank: 1, why: `PostgreSQL ${p.localBinaries.version} binaries found in ${p.localBinaries.binDir}` });
  }
  candidates.push({ id: "pglite", major: PGLITE_MAJOR, extensions: PGLITE_EXTENSIONS, rank: 2, why: "the embedded PGlite (PostgreSQL 17)" });
  const scored = candidates.map((c) => ({ c, m: meets(c, needs, standIns) }));
  const notOlder = (c) => Math.max(0, production - c.major);
  scored.sort((a, b) => a.m.missing.length - b.m.missing.length || notOlder(a.c) - notOlder(b.c) || a.c.rank - b.c.rank);
  const best = scored[0];
  const parts = [best.c.why];
  if (!dockerOk && best.c.id !== "docker") parts.push(`no docker (${whyNotDocker})`);
  if (!p.localBinaries && best.c.id === "pglite") parts.push("no local PostgreSQL binaries");
  if (needs.length) {
    const { real, standIn, missing } = best.m;
    const how = [real.length ? `${real.join(", ")} for real` : "", standIn.length ? `${standIn.join(", ")} by the preset's stand-ins` : ""].filter(Boolean).join("; ");
    parts.push(`meets ${needs.length - missing.length} of ${needs.length} extensions the migrations create${how ? ` (${how})` : ""}${missing.length ? `; no engine here has ${missing.join(", ")}` : ""}`);
    for (const o of scored.slice(1)) {
      if (o.m.missing.length > best.m.missing.length) parts.push(`${o.c.id} would lack ${o.m.missing.filter((e) => !best.m.missing.includes(e)).join(", ")}`);
    }
  }
  const older = scored.find((o) => o.c !== best.c && o.m.missing.length === best.m.missing.length && o.c.major >= production && best.c.major < production);
  if (best.c.major < production && !older) parts.push(`PostgreSQL ${best.c.major} is older than production (${production}) and no engine here is newer`);
  else if (scored.some((o) => o.c !== best.c && o.c.major < production && o.m.missing.length === best.m.missing.length) && best.c.major >= production) {
    parts.push(`chosen over PostgreSQL ${scored.filter((o) => o.c !== best.c && o.c.major < production).map((o) => o.c.major).join(", ")}, older than production (${production})`);
  }
  return { id: best.c.id, reason: parts.join("; ") };
}
var PGLITE_MAJOR = 17;
var PGLITE_EXTENSIONS = /* @__PURE__ */ new Set([
  "vector",
  "pgcrypto",
  "uuid-ossp",
  "pg_trgm",
  "citext",
  "ltree",
  "hstore",
  "btree_gin",
  "btree_gist",
  "cube",
  "earthdistance",
  "fuzzystrmatch",
  "isn",
  "lo",
  "seg",
  "tablefunc",
  "tcn",
  "tsm_system_rows",
  "tsm_system_time",
  "unaccent",
  "amcheck",
  "bloom",
  "dict_int",
  "dict_xsyn",
  "file_fdw",
  "pg_buffercache",
  "pg_freespacemap",
  "pg_surgery",
  "pg_visibility",
  "pg_walinspect",
  "pageinspect",
  "auto_explain",
  "intarray"
]);
async function createEngine(settings, opts = {}, reason = "requested") {
  let id;
  if (settings.engine === "none") return void 0;
  if (settings.engine === "auto") {
    ({ id, reason } = chooseEngine(await probeEnvironment(settings, opts.needsExtensions, opts.standIns)));
  } else id = settings.engine;
  switch (id) {
    case "url":
      if (!settings.databaseUrl) throw new EngineUnavailableError("the url engine needs a database URL (settings.databaseUrl)");
      return new UrlEngine({ url: settings.databaseUrl, reason });
    case "docker":
      return new DockerEngine({ image: settings.postgresImage, reason, prepare: opts.prepare });
    case "local":
      return new LocalEngine({ reason, prepare: opts.prepare });
    case "pglite":
      return new PgliteEngine({ reason, prepare: opts.prepare, extensions: opts.needsExtensions ?? [] });
  }
}
var EngineStartError = class extends Error {
  constructor(failures, hint) {
    const [first, ...rest] = failures;
    super(
      `the ${first.id} engine could not start: ${oneLine(first.error)}` + rest.map((f) => `; then ${f.id} could not start: ${oneLine(f.error)}`).join("") + (hint ? ` (${hint})` : "")
    );
    this.failures = failures;
    this.name = "EngineStartError";
  }
  failures;
};
function oneLine(s) {
  const line = s.split("\n").map((l) => l.trim()).find(Boolean) ?? s;
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
function withoutFailed(p, failed) {
  const why = (id) => failed.find((f) => f.id === id);
  const docker = why("docker");
  return {
    ...p,
    databaseUrl: void 0,
    // a user's database is never a fallback target
    dockerRuntime: docker ? { available: false, detail: `docker could not start (${oneLine(docker.error)})` } : p.dockerRuntime,
    localBinaries: why("local") ? void 0 : p.localBinaries
  };
}
async function startEngine(settings, opts = {}) {
  if (settings.engine === "none") return void 0;
  const fallback = settings.engine === "auto" || settings.engineFallback === true;
  const failures = [];
  let probe;
  let next = settings.engine === "auto" ? chooseEngine(probe = await probeEnvironment(settings, opts.needsExtensions, opts.standIns)) : { id: settings.engine, reason: "requested" };
  while (next) {
    let engine;
    try {
      engine = await createEngine({ ...settings, engine: next.id }, opts, next.reason);
      const resumed = await resumeFrom(engine, opts.resume);
      const db = resumed.db ?? await engine.start();
      if (failures.length) {
        const info = engine.describe();
        info.startFailures = failures;
        info.reason = `fell back to ${next.id}: ${failures.map((f) => `${f.id} could not start (${oneLine(f.error)})`).join(", then ")}`;
      }
      return { engine, db, failures, resumedFrom: resumed.db && resumed.state, resumeError: resumed.error };
    } catch (e) {
      await engine?.stop().catch(() => void 0);
      failures.push({ id: next.id, error: String(e?.message ?? e) });
      if (!fallback || next.id === "url") break;
      probe ??= await probeEnvironment(settings, opts.needsExtensions, opts.standIns);
      const candidate = chooseEngine(withoutFailed(probe, failures));
      next = failures.some((f) => f.id === candidate.id) ? void 0 : candidate;
    }
  }
  throw new EngineStartError(
    failures,
    fallback ? "no other engine is left to fall back to" : "pass --engine-fallback (action input engine-fallback: true, engineFallback in .pgreview.yml) to fall back to another engine, or --engine none for a static review"
  );
}
async function resumeFrom(engine, resume) {
  if (!resume || !engine.startFromState) return {};
  const state = await resume(engine).catch(() => void 0);
  if (!state) return {};
  try {
    return { db: await engine.startFromState(state), state };
  } catch (e) {
    await engine.stop().catch(() => void 0);
    return { state, error: oneLine(String(e?.message ?? e)) };
  }
}

export {
  require_node_child_process,
  dockerCapabilities,
  localExtensions,
  probeEnvironment,
  chooseEngine,
  createEngine,
  EngineStartError,
  startEngine
};
