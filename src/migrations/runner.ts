// The migration tool's own bookkeeping: the history table each runner creates before it applies
// anything, with a row per migration already applied. Migrations sometimes read or change it (a
// data fix keyed on a version, a cleanup of an old runner's table), so the review database has it
// too, created as the role the migrations run as, with the base history's versions in it.
import type { LayoutId, Migration } from '../types.js';

export interface RunnerSetup {
  /** The table, as the tool names it. */
  table: string;
  sql: string;
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** What the tool creates before migrating (undefined: nothing known, e.g. psql -f). */
export function runnerSetup(layout: LayoutId, migrations: Pick<Migration, 'version' | 'name' | 'status' | 'transactionNote'>[]): RunnerSetup | undefined {
  const base = migrations.filter((m) => m.status === 'base');
  const values = (f: (m: (typeof base)[number]) => string) => (base.length ? base.map((m) => `(${f(m)})`).join(', ') : '');
  const insert = (table: string, cols: string, f: (m: (typeof base)[number]) => string) =>
    base.length ? `\nINSERT INTO ${table} (${cols}) VALUES ${values(f)} ON CONFLICT DO NOTHING;` : '';
  const note = migrations[0]?.transactionNote ?? '';
  switch (layout) {
    case 'diesel':
      // diesel_migrations: CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (…) (migration_harness).
      return {
        table: '__diesel_schema_migrations',
        sql:
          'CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);' +
          insert('__diesel_schema_migrations', 'version', (m) => lit(m.version.replace(/\D/g, '') || m.version)),
      };
    case 'golang-migrate': {
      // Only golang-migrate itself: gitness's and Authelia's migrators keep other tables.
      if (!/golang-migrate/.test(note)) return undefined;
      const last = base[base.length - 1];
      return {
        table: 'schema_migrations',
        sql:
          'CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);' +
          (last && /^\d+$/.test(last.version) ? `\nINSERT INTO schema_migrations (version, dirty) VALUES (${last.version}, false) ON CONFLICT DO NOTHING;` : ''),
      };
    }
    case 'dbmate':
      return {
        table: 'schema_migrations',
        sql: 'CREATE TABLE IF NOT EXISTS schema_migrations (version varchar(128) PRIMARY KEY);' + insert('schema_migrations', 'version', (m) => lit(m.version)),
      };
    case 'prisma':
      return {
        table: '_prisma_migrations',
        sql:
          'CREATE TABLE IF NOT EXISTS _prisma_migrations (id varchar(36) PRIMARY KEY NOT NULL, checksum varchar(64) NOT NULL, finished_at timestamptz, migration_name varchar(255) NOT NULL, logs text, rolled_back_at timestamptz, started_at timestamptz NOT NULL DEFAULT now(), applied_steps_count integer NOT NULL DEFAULT 0);' +
          insert('_prisma_migrations', 'id, checksum, finished_at, migration_name, applied_steps_count', (m) => `md5(${lit(m.version + m.name)})::uuid::text, md5(${lit(m.name)}), now(), ${lit(`${m.version}_${m.name}`)}, 1`),
      };
    case 'flyway':
      return {
        table: 'flyway_schema_history',
        sql:
          'CREATE TABLE IF NOT EXISTS flyway_schema_history (installed_rank integer NOT NULL PRIMARY KEY, version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL, success boolean NOT NULL);\nCREATE INDEX IF NOT EXISTS flyway_schema_history_s_idx ON flyway_schema_history (success);' +
          (base.length
            ? `\nINSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by, execution_time, success) VALUES ${base.map((m, i) => `(${i + 1}, ${lit(m.version)}, ${lit(m.name)}, 'SQL', ${lit(`V${m.version}__${m.name}.sql`)}, current_user, 0, true)`).join(', ')} ON CONFLICT DO NOTHING;`
            : ''),
      };
    case 'postgres-migrations':
      return {
        table: 'migrations',
        sql:
          'CREATE TABLE IF NOT EXISTS migrations (id integer PRIMARY KEY, name varchar(100) UNIQUE NOT NULL, hash varchar(40) NOT NULL, executed_at timestamp DEFAULT current_timestamp);' +
          (base.length
            ? `\nINSERT INTO migrations (id, name, hash) VALUES ${base.map((m, i) => `(${Number(m.version) > 0 && Number(m.version) < 2 ** 31 ? Number(m.version) : i + 1}, ${lit(m.name)}, md5(${lit(m.name)}))`).join(', ')} ON CONFLICT DO NOTHING;`
            : ''),
      };
    case 'drizzle':
      return {
        table: 'drizzle.__drizzle_migrations',
        sql:
          'CREATE SCHEMA IF NOT EXISTS drizzle;\nCREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);' +
          insert('drizzle.__drizzle_migrations', 'hash, created_at', (m) => `md5(${lit(m.name)}), ${Number(m.version) || 0}`),
      };
    case 'supabase':
      // The preset (presets/supabase.sql) creates supabase_migrations.schema_migrations; the CLI adds a row per file.
      return {
        table: 'supabase_migrations.schema_migrations',
        sql:
          'CREATE SCHEMA IF NOT EXISTS supabase_migrations;\nCREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text PRIMARY KEY, statements text[], name text);' +
          insert('supabase_migrations.schema_migrations', 'version, name', (m) => `${lit(m.version)}, ${lit(m.name)}`),
      };
    case 'popx':
      // ory/popx: schema_migration (version, version_self) with a unique index on version.
      return {
        table: 'schema_migration',
        sql:
          'CREATE TABLE IF NOT EXISTS schema_migration (version varchar(48) NOT NULL, version_self integer NOT NULL DEFAULT 0);\nCREATE UNIQUE INDEX IF NOT EXISTS schema_migration_version_idx ON schema_migration (version);' +
          insert('schema_migration', 'version', (m) => lit(m.version)),
      };
    default:
      return undefined;
  }
}

/**
 * Whether the migration tool runs this file inside one transaction. 'implicit' (Prisma,
 * golang-migrate: the file is one query string) is one implicit transaction only with several
 * statements. 'all-pending' (drizzle: one transaction around every pending file) is traced per file.
 */
export function runnerWraps(m: Pick<Migration, 'transactionMode' | 'transactional'>, statements: number, ownTx: boolean): boolean {
  if (ownTx) return false;
  if (m.transactionMode === 'implicit') return statements > 1;
  if (m.transactionMode === 'none') return false;
  return m.transactional;
}
