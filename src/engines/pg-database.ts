// A Database over node-postgres, shared by the local, docker and url engines. Time limits are the
// client's: a migration can SET statement_timeout = 0, so on expiry we cancel the backend from a
// second connection, then terminate it, then (local/docker) kill the server.
import pg from 'pg';
import {
  type CallOptions,
  type Database,
  type QueryResult,
  DbError,
  DEFAULT_CALL_TIMEOUT_MS,
  EngineDeadError,
  QueryTimeoutError,
} from './database.js';
import type { EngineInfo } from '../types.js';

export interface PgDatabaseOptions {
  engine: EngineInfo['id'];
  config: pg.ClientConfig;
  rollbackOnly?: boolean;
  /** Last resort when cancel and terminate did not stop a statement (kills the server). */
  hardKill?: () => Promise<void>;
  /** How long to wait after cancel and after terminate before escalating. */
  graceMs?: number;
  defaultTimeoutMs?: number;
  /** Runs after connecting (e.g. BEGIN for the url engine). */
  onConnect?: (client: pg.Client) => Promise<void>;
}

function toResult(r: pg.QueryResult): QueryResult {
  return {
    rows: r.rows,
    fields: (r.fields ?? []).map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })),
    affectedRows: r.rowCount ?? undefined,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class PgDatabase implements Database {
  readonly engine: EngineInfo['id'];
  readonly rollbackOnly: boolean;
  private client!: pg.Client;
  private pid = 0;
  private deadReason: string | undefined;
  /** standard_conforming_strings as the server last reported it (ParameterStatus, at each ReadyForQuery it changed by). */
  private strings = 'on';
  /** A call left it off since takeStringsOff last asked. */
  private stringsLeftOff = false;

  private constructor(private readonly opts: PgDatabaseOptions) {
    this.engine = opts.engine;
    this.rollbackOnly = opts.rollbackOnly ?? false;
  }

  static async connect(opts: PgDatabaseOptions): Promise<PgDatabase> {
    const db = new PgDatabase(opts);
    const client = new pg.Client({ connectionTimeoutMillis: 15_000, ...opts.config });
    // A server killed under us must not crash the process through an unhandled 'error' event.
    client.on('error', (e) => db.markDead(`connection lost: ${e.message}`));
    client.on('end', () => db.markDead('connection closed'));
    // The server reports standard_conforming_strings (a GUC_REPORT setting) in a ParameterStatus
    // message at startup and whenever its value changes, before the call that changed it completes
    // (a SET LOCAL undone at COMMIT, a deferred trigger's set_config included): known without a query
    // no PR function can stand in for.
    (client as unknown as { connection: NodeJS.EventEmitter }).connection.on('parameterStatus', (m: { parameterName: string; parameterValue: string }) => {
      if (m.parameterName !== 'standard_conforming_strings') return;
      db.strings = m.parameterValue;
      // Said whenever an off arrives after start-up, even after the call that caused it settled.
      if (m.parameterValue !== 'on' && db.client) db.stringsLeftOff = true;
    });
    await client.connect();
    db.client = client;
    db.pid = (await client.query('select pg_backend_pid() as pid')).rows[0].pid;
    await opts.onConnect?.(client);
    return db;
  }

  get alive(): boolean {
    return this.deadReason === undefined;
  }

  private markDead(reason: string): void {
    this.deadReason ??= reason;
  }

  async backendPid(): Promise<number> {
    return this.pid;
  }

  async connect(): Promise<Database> {
    return PgDatabase.connect({ ...this.opts, onConnect: undefined, rollbackOnly: false });
  }

  private async adminQuery(sql: string): Promise<boolean> {
    // A migration may ALTER DATABASE … SET search_path for new sessions: this one (the superuser's on
    // local/docker) calls only pg_catalog, with its search_path fixed in the startup packet.
    const admin = new pg.Client({ ...this.opts.config, connectionTimeoutMillis: 5_000, options: '-c search_path=pg_catalog,pg_temp' });
    admin.on('error', () => undefined);
    try {
      await admin.connect();
      const r = await admin.query(sql, [this.pid]);
      return Boolean(Object.values(r.rows[0] ?? {})[0]);
    } catch {
      return false;
    } finally {
      await admin.end().catch(() => undefined);
    }
  }

  /**
   * One call, with standard_conforming_strings on when the server parses it: turned back on first,
   * as a message of its own, where the server has it off (a server or database default, or PR code).
   */
  private async run(fn: () => Promise<pg.QueryResult | pg.QueryResult[]>, timeoutMs: number): Promise<pg.QueryResult | pg.QueryResult[]> {
    if (this.deadReason) throw new EngineDeadError(this.deadReason);
    // In an aborted transaction this SET fails, and so does every statement but the one ending it.
    if (this.strings !== 'on') {
      // The server reports a change only: a SET that succeeds leaves it on either way.
      const set = await this.call(() => this.client.query('set standard_conforming_strings = on'), timeoutMs).then(
        () => true,
        () => false,
      );
      if (set) this.strings = 'on';
    }
    try {
      return await this.call(fn, timeoutMs);
    } catch (e) {
      // node-postgres settles a failed call at the ErrorResponse, before the server's ParameterStatus
      // of a change the call made: the value is unknown until then, so the next call sets it first.
      this.strings = 'unknown';
      throw e;
    } finally {
      if (this.strings === 'off') this.stringsLeftOff = true;
    }
  }

  takeStringsOff(): boolean {
    const off = this.stringsLeftOff;
    this.stringsLeftOff = false;
    return off;
  }

  private async call(fn: () => Promise<pg.QueryResult | pg.QueryResult[]>, timeoutMs: number): Promise<pg.QueryResult | pg.QueryResult[]> {
    if (this.deadReason) throw new EngineDeadError(this.deadReason);
    const work = fn();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'timeout'>((r) => {
      timer = setTimeout(() => r('timeout'), timeoutMs);
    });
    const first = await Promise.race([work.then((v) => ({ v }), (e) => ({ e })), expired]);
    clearTimeout(timer);
    if (first !== 'timeout') {
      if ('e' in first) throw this.deadReason && !(first.e as any)?.code ? new EngineDeadError(this.deadReason) : DbError.from(first.e);
      return first.v;
    }
    // Escalate: cancel → terminate → kill the server.
    const grace = this.opts.graceMs ?? 2_000;
    const settled = work.then(
      () => true,
      () => true,
    );
    const waitSettled = () => Promise.race([settled, sleep(grace).then(() => false)]);
    await this.adminQuery('select pg_catalog.pg_cancel_backend($1)');
    if (await waitSettled()) throw new QueryTimeoutError(timeoutMs, false, 'pg_cancel_backend');
    await this.adminQuery('select pg_catalog.pg_terminate_backend($1)');
    if (await waitSettled()) {
      this.markDead('the connection was terminated after a time limit');
      throw new QueryTimeoutError(timeoutMs, true, 'pg_terminate_backend; the connection is gone');
    }
    this.markDead('the server was killed after a time limit');
    await this.opts.hardKill?.();
    throw new QueryTimeoutError(timeoutMs, true, 'killed the server');
  }

  async query<R = Record<string, any>>(sql: string, params?: unknown[], opts?: CallOptions): Promise<QueryResult<R>> {
    const r = await this.run(() => this.client.query(sql, params as any[] | undefined), opts?.timeoutMs ?? this.opts.defaultTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
    // Without params pg uses the simple protocol, which returns one result per statement.
    const last = Array.isArray(r) ? r[r.length - 1]! : r;
    return toResult(last) as QueryResult<R>;
  }

  async exec(sql: string, opts?: CallOptions): Promise<QueryResult[]> {
    const r = await this.run(() => this.client.query(sql), opts?.timeoutMs ?? this.opts.defaultTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS);
    return (Array.isArray(r) ? r : [r]).map(toResult);
  }

  async close(): Promise<void> {
    this.markDead('closed');
    await this.client?.end().catch(() => undefined);
  }
}
