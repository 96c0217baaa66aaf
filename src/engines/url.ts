// The url engine: a database the user gives (a Neon or Supabase branch with real data). Nothing may
// persist: the session runs inside one transaction that is always rolled back, and this client
// refuses anything that would end that transaction or cannot run inside it.
import type { EngineInfo } from '../types.js';
import { type CallOptions, type Database, type Engine, type QueryResult, DbError } from './database.js';
import { PgDatabase } from './pg-database.js';
import { cannotRunInTransaction, transactionControl } from '../sql/transaction.js';
import { loadParser, parseStatementsSync } from '../sql/parse.js';

export interface UrlEngineOptions {
  url: string;
  reason?: string;
}

/** Describe a URL without its password, for reports and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the given database URL';
  }
}

class RollbackOnlyDatabase implements Database {
  readonly engine = 'url' as const;
  readonly rollbackOnly = true;
  constructor(
    private readonly inner: PgDatabase,
    private readonly versionNum: number,
  ) {}

  get alive(): boolean {
    return this.inner.alive;
  }

  takeStringsOff(): boolean {
    return this.inner.takeStringsOff();
  }

  /** Throws when the SQL would commit, end the rollback transaction, or cannot run inside it. */
  private guard(sql: string): void {
    let statements: { kind: string; node: any }[];
    try {
      statements = parseStatementsSync(sql);
    } catch (e: any) {
      throw new DbError(`not run on the url database: pgreview could not parse it to check it is safe (${e?.message ?? e})`, { code: 'PGR01' });
    }
    for (const { kind, node } of statements) {
      const tx = transactionControl(kind, node);
      if (tx === 'begin' || tx === 'commit' || tx === 'rollback' || tx === 'prepare' || tx === 'other') {
        throw new DbError('not run on the url database: transaction control would end the transaction that keeps it rolled back', { code: 'PGR02' });
      }
      const why = cannotRunInTransaction(kind, node, this.versionNum);
      if (why) throw new DbError(`not run on the url database: ${why}, and everything there runs in a rolled-back transaction`, { code: 'PGR03' });
    }
  }

  async query<R = Record<string, any>>(sql: string, params?: unknown[], opts?: CallOptions): Promise<QueryResult<R>> {
    this.guard(sql);
    return this.inner.query<R>(sql, params, opts);
  }

  async exec(sql: string, opts?: CallOptions): Promise<QueryResult[]> {
    this.guard(sql);
    return this.inner.exec(sql, opts);
  }

  backendPid(): Promise<number> {
    return this.inner.backendPid();
  }

  async close(): Promise<void> {
    if (this.inner.alive) await this.inner.query('rollback').catch(() => undefined);
    await this.inner.close();
  }
}

export class UrlEngine implements Engine {
  private db: RollbackOnlyDatabase | undefined;
  private info: EngineInfo;

  constructor(private readonly opts: UrlEngineOptions) {
    this.info = {
      id: 'url',
      description: `given database ${redactUrl(opts.url)} (changes rolled back)`,
      reason: opts.reason ?? 'requested',
      pgvector: false,
      limits: [
        'everything runs in one transaction that is rolled back: statements that cannot run in a transaction (CONCURRENTLY, VACUUM…) are not executed',
        'locks taken are held until the end of the run on that database',
      ],
    };
  }

  describe(): EngineInfo {
    return this.info;
  }

  async start(): Promise<Database> {
    await loadParser();
    const inner = await PgDatabase.connect({
      engine: 'url',
      config: { connectionString: this.opts.url, application_name: 'pgreview' },
      rollbackOnly: true,
      onConnect: async (c) => {
        await c.query('begin');
      },
    });
    const v = await inner.query<{ v: string; n: string; vec: boolean }>(
      "select split_part(current_setting('server_version'), ' ', 1) as v, current_setting('server_version_num') as n, exists(select 1 from pg_available_extensions where name = 'vector') as vec",
    );
    this.info.serverVersion = v.rows[0]!.v;
    this.info.pgvector = v.rows[0]!.vec;
    this.db = new RollbackOnlyDatabase(inner, Number(v.rows[0]!.n));
    return this.db;
  }

  async stop(): Promise<void> {
    await this.db?.close();
    this.db = undefined;
  }
}
