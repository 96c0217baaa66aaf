// The Database abstraction the traced runner uses: one connection to a disposable Postgres, with
// client-enforced time limits (PGlite ignores statement_timeout, and a hostile migration can reset it).
import type { EngineInfo } from '../types.js';

export interface Field {
  name: string;
  dataTypeID: number;
}

export interface QueryResult<R = Record<string, any>> {
  rows: R[];
  fields: Field[];
  /** Rows inserted/updated/deleted (or returned by a SELECT), when the server reports it. */
  affectedRows?: number;
}

export interface CallOptions {
  /** Client-enforced wall-clock limit for this call (ms). */
  timeoutMs?: number;
}

export interface Database {
  /** Which engine made it, for messages. */
  readonly engine: EngineInfo['id'];
  /** Single statement (extended protocol when params are given). */
  query<R = Record<string, any>>(sql: string, params?: unknown[], opts?: CallOptions): Promise<QueryResult<R>>;
  /** Several statements in one simple-protocol round trip (no params); one result per statement. */
  exec(sql: string, opts?: CallOptions): Promise<QueryResult[]>;
  /** Server pid of this connection (pg_backend_pid()). */
  backendPid(): Promise<number>;
  /** False once the connection or the engine died (e.g. after a timeout that had to kill it). */
  readonly alive: boolean;
  /**
   * True for the url engine: everything runs inside one transaction that is rolled back at the end,
   * so the runner must not COMMIT and must skip statements that cannot run in a transaction block.
   */
  readonly rollbackOnly: boolean;
  /** Open another connection to the same database (lock-contention probes); absent when the engine has one connection. */
  connect?(): Promise<Database>;
  /**
   * Keep the session's user `role` (after SET SESSION AUTHORIZATION) until the returned function is
   * called: after every call the engine checks the session user in the same round trip, switches
   * it back to `role` and reports the user it found (`onEscape`). The check of ProbeSession's guard,
   * done where it costs least (PGlite's worker); absent elsewhere.
   */
  pinSessionUser?(role: string, onEscape: (user: string) => void): Promise<() => Promise<void>>;
  /**
   * Whether a call since the last time this was asked left standard_conforming_strings off. Every
   * call on a Database first turns it back on where the server has it off (pgreview's parser reads
   * string literals with it on; with it off the server would read a backslash before a quote as an
   * escape, and the same text would split into other statements there than were screened), so this
   * only says that PR code did it (dynamic SQL, a setting named at run time, code run at COMMIT).
   */
  takeStringsOff(): boolean;
  close(): Promise<void>;
}

export interface Engine {
  start(): Promise<Database>;
  stop(): Promise<void>;
  describe(): EngineInfo;
  /**
   * A connection logged in as another role (the migration role the preset creates), so that the SQL
   * under review cannot switch back to the superuser. Absent on engines with one connection (PGlite).
   */
  connectAs?(role: string): Promise<Database>;
  /** Throw the dead engine away and start again from the prepared (preset) state (PGlite after a time limit). */
  restartFresh?(): Promise<Database>;
  /** The engine and server build a saved state belongs to (part of the base cache key); undefined: this engine's states are not cached. */
  stateIdentity?(): string | undefined | Promise<string | undefined>;
  /** Save the running cluster into the empty folder `dir` (the base cache); restarts are not affected. */
  saveState?(dir: string): Promise<void>;
  /** Start from a folder saveState() wrote, instead of a fresh cluster and the preset; restartFresh() goes back to it. */
  startFromState?(dir: string): Promise<Database>;
}

/** A Postgres error, normalised from pg and PGlite. */
export class DbError extends Error {
  code?: string;
  detail?: string;
  hint?: string;
  /** 1-based character position in the query text, when Postgres reports one. */
  position?: number;
  where?: string;
  constructor(message: string, fields: Partial<Pick<DbError, 'code' | 'detail' | 'hint' | 'position' | 'where'>> = {}) {
    super(message);
    this.name = 'DbError';
    Object.assign(this, fields);
  }

  static from(e: any): DbError {
    if (e instanceof DbError) return e;
    const pos = e?.position != null ? Number(e.position) : undefined;
    return new DbError(String(e?.message ?? e), {
      code: e?.code ?? undefined,
      detail: e?.detail ?? undefined,
      hint: e?.hint ?? undefined,
      position: pos != null && Number.isFinite(pos) ? pos : undefined,
      where: e?.where ?? undefined,
    });
  }
}

/** The client-side limit fired. `engineDead` says whether the engine had to be killed to stop it. */
export class QueryTimeoutError extends DbError {
  constructor(
    public readonly timeoutMs: number,
    public readonly engineDead: boolean,
    how: string,
  ) {
    super(`statement exceeded the ${timeoutMs} ms time limit (stopped by pgreview: ${how})`, { code: '57014' });
    this.name = 'QueryTimeoutError';
  }
}

export class EngineDeadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineDeadError';
  }
}

export class EngineUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineUnavailableError';
  }
}

/** Default per-call limit when a caller gives none: generous, but never unbounded. */
export const DEFAULT_CALL_TIMEOUT_MS = 5 * 60_000;
