// `pgreview stats`: read production's catalog and size figures in a read-only transaction with short
// server-side limits (and the client's own wall-clock limit on every call). Nothing here runs a
// migration or reads a row of user data; sizes come from pg_class so no user table is locked.
import { PgDatabase } from '../engines/pg-database.js';
import type { Database } from '../engines/database.js';
import { NOT_EXT, qn, snapshotCatalog, USER_NS, type RelKind } from '../live/catalog.js';
import { MIGRATION_SETTINGS, STATS_FORMAT, STATS_VERSION, type IndexFigures, type RelationFigures, type SettingValue, type StatsFile } from './format.js';

export interface CollectOptions {
  /** Server-side limits set in the transaction (ms). */
  statementTimeoutMs?: number;
  lockTimeoutMs?: number;
  /** Client-side limit for each call (ms). */
  callTimeoutMs?: number;
  toolVersion?: string;
  /** Fixed collection time (tests); default now. */
  now?: Date;
}

export const STATS_DEFAULTS = { statementTimeoutMs: 5_000, lockTimeoutMs: 1_000, callTimeoutMs: 15_000 };

const RELKIND: Record<string, RelKind> = { r: 'table', p: 'partitioned table', m: 'materialized view' };

/** An error that never carries the connection string. */
export class StatsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StatsError';
  }
}

/** Connect, collect, roll back, close. Errors name what failed, never the URL. */
export async function collectStatsFromUrl(url: string, opts: CollectOptions = {}): Promise<StatsFile> {
  const callTimeoutMs = opts.callTimeoutMs ?? STATS_DEFAULTS.callTimeoutMs;
  let db: PgDatabase;
  try {
    db = await PgDatabase.connect({ engine: 'url', config: { connectionString: url, application_name: 'pgreview stats' }, defaultTimeoutMs: callTimeoutMs });
  } catch (e) {
    throw new StatsError(`could not connect to the stats database: ${scrub((e as Error).message, url)}`);
  }
  try {
    return await collectStats(db, opts);
  } catch (e) {
    throw new StatsError(`reading statistics failed: ${scrub((e as Error).message, url)}`);
  } finally {
    await db.query('rollback').catch(() => undefined);
    await db.close().catch(() => undefined);
  }
}

/** Belt and braces: drivers do not echo connection strings, but a message must never carry one. */
function scrub(message: string, url: string): string {
  let out = message.split(url).join('<stats url>');
  try {
    const pw = decodeURIComponent(new URL(url).password);
    if (pw) out = out.split(pw).join('***');
  } catch {
    // not a URL (a libpq keyword string): nothing more to take out
  }
  return out;
}

/**
 * Collect on an open connection. Opens its own read-only transaction and leaves it open for the
 * caller to roll back (collectStatsFromUrl does).
 */
export async function collectStats(db: Database, opts: CollectOptions = {}): Promise<StatsFile> {
  const st = opts.statementTimeoutMs ?? STATS_DEFAULTS.statementTimeoutMs;
  const lt = opts.lockTimeoutMs ?? STATS_DEFAULTS.lockTimeoutMs;
  const call = { timeoutMs: opts.callTimeoutMs ?? STATS_DEFAULTS.callTimeoutMs };
  await db.query('begin', undefined, call);
  await db.query('set transaction read only', undefined, call);
  // SET LOCAL: the limits end with the transaction; integers are milliseconds.
  await db.query(`set local statement_timeout = ${Math.round(st)}`, undefined, call);
  await db.query(`set local lock_timeout = ${Math.round(lt)}`, undefined, call);
  const run = async <R>(sql: string) => (await db.query<R>(sql, undefined, call)).rows;

  const [session] = await run<{ role: string; db: string; ro: string; st: string; lt: string; version: string; num: string; bs: string }>(
    `select current_user as role, current_database() as db, current_setting('transaction_read_only') as ro,
            current_setting('statement_timeout') as st, current_setting('lock_timeout') as lt,
            split_part(current_setting('server_version'), ' ', 1) as version, current_setting('server_version_num') as num,
            current_setting('block_size') as bs`,
  );
  const blockSize = Number(session!.bs);

  const settings: Record<string, SettingValue> = {};
  for (const r of await run<{ name: string; reset_val: string; unit: string | null }>(
    `select name, reset_val, unit from pg_settings where name in (${MIGRATION_SETTINGS.map((s) => `'${s}'`).join(', ')})`,
  )) {
    settings[r.name] = r.unit ? { value: r.reset_val, unit: r.unit } : { value: r.reset_val };
  }

  const catalog = await snapshotCatalog(db, call);
  const relationsOut: StatsFile['catalog']['relations'] = {};
  for (const [name, { oid: _oid, relfilenode: _rfn, ...rest }] of Object.entries(catalog.relations)) relationsOut[name] = rest;

  const relations: Record<string, RelationFigures> = {};
  const byOid = new Map<number, string>();
  const rows = await run<any>(`
    select c.oid::int8 as oid, n.nspname, c.relname, c.relkind::text as relkind, c.reltuples::float8 as reltuples, c.relpages::int8 as relpages,
           coalesce(t.relpages, 0)::int8 as toast_pages,
           coalesce((select sum(ic.relpages) from pg_index x join pg_class ic on ic.oid = x.indexrelid where x.indrelid = c.oid), 0)::int8 as index_pages,
           coalesce(s.n_live_tup, 0)::int8 as live, coalesce(s.n_dead_tup, 0)::int8 as dead,
           coalesce(s.n_tup_ins, 0)::int8 as ins, coalesce(s.n_tup_upd, 0)::int8 as upd, coalesce(s.n_tup_del, 0)::int8 as del,
           greatest(s.last_analyze, s.last_autoanalyze) as analyzed
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      left join pg_class t on t.oid = c.reltoastrelid
      left join pg_stat_all_tables s on s.relid = c.oid
     where c.relkind in ('r', 'p', 'm') and ${USER_NS} and ${NOT_EXT('pg_class', 'c.oid')}`);
  for (const r of rows) {
    const name = qn(r.nspname, r.relname);
    byOid.set(Number(r.oid), name);
    const [relpages, toast, index] = [Number(r.relpages), Number(r.toast_pages), Number(r.index_pages)];
    relations[name] = {
      kind: RELKIND[r.relkind] ?? 'table',
      // PG 14+ writes -1 for "never analyzed"; older servers write 0 with relpages 0.
      reltuples: Number(r.reltuples) < 0 || (Number(r.reltuples) === 0 && relpages === 0 && r.analyzed == null) ? null : Math.round(Number(r.reltuples)),
      relpages,
      tableBytes: relpages * blockSize,
      toastBytes: toast * blockSize,
      indexBytes: index * blockSize,
      totalBytes: (relpages + toast + index) * blockSize,
      liveTuples: Number(r.live),
      deadTuples: Number(r.dead),
      inserted: Number(r.ins),
      updated: Number(r.upd),
      deleted: Number(r.del),
      analyzedAt: r.analyzed ? new Date(r.analyzed).toISOString() : undefined,
    };
  }
  // A partitioned table has no storage of its own: its figures are the sum of its partitions'.
  const parts = await run<{ parent: string; child: string }>(`select inhparent::int8 as parent, inhrelid::int8 as child from pg_inherits`);
  const childrenOf = new Map<string, string[]>();
  for (const p of parts) {
    const parent = byOid.get(Number(p.parent));
    const child = byOid.get(Number(p.child));
    if (parent && child) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), child]);
  }
  const sumInto = (name: string, seen = new Set<string>()): RelationFigures => {
    const f = relations[name]!;
    if (f.kind !== 'partitioned table' || seen.has(name)) return f;
    seen.add(name);
    const kids = (childrenOf.get(name) ?? []).map((c) => sumInto(c, seen));
    const add = (k: keyof RelationFigures) => kids.reduce((s, x) => s + (Number(x[k]) || 0), Number(f[k]) || 0);
    const known = kids.filter((k) => k.reltuples !== null);
    Object.assign(f, {
      reltuples: known.length ? known.reduce((s, k) => s + k.reltuples!, 0) : null,
      relpages: add('relpages'),
      tableBytes: add('tableBytes'),
      toastBytes: add('toastBytes'),
      indexBytes: add('indexBytes'),
      totalBytes: add('totalBytes'),
      liveTuples: add('liveTuples'),
      deadTuples: add('deadTuples'),
      inserted: add('inserted'),
      updated: add('updated'),
      deleted: add('deleted'),
    });
    return f;
  };
  for (const name of Object.keys(relations)) sumInto(name);

  const indexes: Record<string, IndexFigures> = {};
  for (const r of await run<any>(`
    select n.nspname, ic.relname as index, t.relname as table, ic.relpages::int8 as relpages
      from pg_index x join pg_class ic on ic.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
      join pg_namespace n on n.oid = ic.relnamespace
     where ${USER_NS} and ${NOT_EXT('pg_class', 't.oid')}`)) {
    indexes[qn(r.nspname, r.index)] = { table: qn(r.nspname, r.table), relpages: Number(r.relpages), bytes: Number(r.relpages) * blockSize };
  }

  return {
    format: STATS_FORMAT,
    version: STATS_VERSION,
    tool: `pgreview ${opts.toolVersion ?? ''}`.trim(),
    collectedAt: (opts.now ?? new Date()).toISOString(),
    server: { version: session!.version, versionNum: Number(session!.num), blockSize },
    session: { role: session!.role, database: session!.db, readOnly: session!.ro === 'on', statementTimeout: session!.st, lockTimeout: session!.lt },
    writeAccess: await writeAccess(run),
    settings,
    relations,
    indexes,
    catalog: { ...catalog, relations: relationsOut },
  };
}

/** Ways the collecting role could change the database; a stats role needs none of them. */
async function writeAccess(run: <R>(sql: string) => Promise<R[]>): Promise<string[]> {
  const [r] = await run<any>(`
    select r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
           has_database_privilege(current_database(), 'CREATE') as db_create,
           array(select n.nspname::text from pg_namespace n where ${USER_NS} and has_schema_privilege(n.oid, 'CREATE') order by 1) as schemas,
           array(select quote_ident(n.nspname) || '.' || quote_ident(c.relname) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                  where c.relkind in ('r', 'p') and ${USER_NS}
                    and (has_table_privilege(c.oid, 'INSERT') or has_table_privilege(c.oid, 'UPDATE') or has_table_privilege(c.oid, 'DELETE') or has_table_privilege(c.oid, 'TRUNCATE'))
                  order by 1) as tables
      from pg_roles r where r.rolname = current_user`);
  const out: string[] = [];
  if (!r) return ['the current role was not found in pg_roles'];
  if (r.rolsuper) out.push('superuser');
  if (r.rolbypassrls) out.push('BYPASSRLS');
  if (r.rolcreaterole) out.push('CREATEROLE');
  if (r.rolcreatedb) out.push('CREATEDB');
  if (r.db_create) out.push('CREATE on the database');
  if (r.schemas?.length) out.push(`CREATE on schema ${r.schemas.join(', ')}`);
  const tables: string[] = r.tables ?? [];
  if (tables.length) out.push(`INSERT/UPDATE/DELETE/TRUNCATE on ${tables.length} table(s) (${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''})`);
  return out;
}
