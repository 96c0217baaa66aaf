// What each migration tool does: which files it reads, in what order, and whether it wraps a
// migration in a transaction. Every transaction claim below names where it was checked, because
// the rules built on it ("CONCURRENTLY inside a transaction fails", "a failure half-applies this
// file") are only as right as this table.
//
// A note that applies to several tools: when a runner sends a whole file as ONE query string over
// the simple query protocol (psql -c, lib/pq Exec without args, node-postgres query without values,
// tokio-postgres simple_query), PostgreSQL runs all statements of that string in one implicit
// transaction unless the string itself contains BEGIN/COMMIT (PostgreSQL docs, protocol-flow
// "Multiple Statements in a Simple Query"). Such a file is atomic when it holds several statements,
// and a lone CREATE INDEX CONCURRENTLY works only when it is the file's only statement. That mode
// is `transactionMode: 'implicit'` with `transactional: false`: consumers must count statements.

import type { LayoutId, Migration } from '../types.js';

export type TxMode = NonNullable<Migration['transactionMode']>;

export interface TxInfo {
  transactional: boolean;
  mode: TxMode;
  note: string;
  /** The runner runs statements PostgreSQL refuses in a transaction block on their own, outside the file's transaction. */
  nonTransactionalApart?: boolean;
}

export const TX: Record<string, TxInfo> = {
  // Supabase CLI (`supabase db push`, `migration up`, `db reset`): each migration file runs in its
  // own transaction. Maintainer, supabase/cli#2898: "We are running each migration file in its own
  // transaction to ensure all SQL statements are executed atomically." Since v2.109 the CLI runs
  // statements that cannot be in a transaction block (CREATE INDEX CONCURRENTLY, REINDEX …
  // CONCURRENTLY, VACUUM, ALTER SYSTEM, CLUSTER; DROP INDEX CONCURRENTLY from supabase/cli#6276) on
  // their own, outside the file's batch. No per-file opt-out.
  supabase: {
    transactional: true,
    mode: 'per-migration',
    note:
      'Supabase CLI runs each migration file in its own transaction (supabase/cli#2898); CLI v2.109+ runs CONCURRENTLY/VACUUM-style statements separately, outside it',
    nonTransactionalApart: true,
  },
  // Prisma Migrate: the docs promise no transaction. prisma-engines sends the whole migration.sql
  // with tokio-postgres `simple_query` (schema-engine/connectors/sql-schema-connector/src/flavour/
  // postgres/connection.rs, apply_migration_script), so PostgreSQL's implicit transaction applies:
  // multi-statement files are atomic, a single-statement file is not (hence "CONCURRENTLY works when
  // it is alone in the file", prisma/prisma#14456). prisma-engines#5767 (2026) adds CONCURRENTLY support.
  prisma: {
    transactional: false,
    mode: 'implicit',
    note:
      'Prisma Migrate sends migration.sql as one simple-protocol query (prisma-engines apply_migration_script): PostgreSQL runs a multi-statement file as one implicit transaction; a single-statement file runs outside one',
  },
  // drizzle-kit migrate / drizzle-orm migrator: PgDialect.migrate opens ONE transaction
  // (session.transaction) and runs every pending migration's statements (split on
  // `--> statement-breakpoint`) inside it (drizzle-orm/src/pg-core/dialect.ts). No per-file opt-out
  // (drizzle-orm#860: CONCURRENTLY cannot be used).
  drizzle: {
    transactional: true,
    mode: 'all-pending',
    note:
      'drizzle-kit migrate runs all pending migrations in one transaction (drizzle-orm PgDialect.migrate); no per-file opt-out',
  },
  // golang-migrate postgres driver: no BEGIN; the whole file goes through one ExecContext
  // (database/postgres/postgres.go runStatement), which lib/pq sends as one simple query: implicit
  // transaction for multi-statement files. With x-multi-statement=true it splits on ';' and each
  // statement commits on its own.
  'golang-migrate': {
    transactional: false,
    mode: 'implicit',
    note:
      'golang-migrate does not wrap migrations; the postgres driver sends the file as one query, which PostgreSQL runs as one implicit transaction when it holds several statements (x-multi-statement=true: each statement on its own)',
  },
  // maragudk/migrate (harness/gitness): apply() runs the file and the version update inside
  // inTransaction (migrate.go). Files are matched by `^([\w-]+).up.sql$` (the dot is unescaped, so
  // `_up.sql` matches too) and applied in lexical file-name order; every file is its own version.
  maragudk: {
    transactional: true,
    mode: 'per-migration',
    note: 'maragudk/migrate runs each migration file in its own transaction (migrate.go apply → inTransaction)',
  },
  // Authelia's storage provider: SchemaMigrate begins one transaction and applies every pending
  // V<NNNN>.<Name>.up.sql in it, rolling back on error (internal/storage/sql_provider_schema.go).
  authelia: {
    transactional: true,
    mode: 'all-pending',
    note:
      "Authelia's migrator applies all pending migrations in one transaction (internal/storage/sql_provider_schema.go SchemaMigrate)",
  },
  // dbmate: each migration in a transaction unless the directive line says `transaction:false`
  // (pkg/dbmate/migration.go, migrationOptions.Transaction defaults to true).
  dbmate: {
    transactional: true,
    mode: 'per-migration',
    note: 'dbmate wraps each migration in a transaction (pkg/dbmate/migration.go)',
  },
  // Flyway on PostgreSQL: executeInTransaction defaults to true, one transaction per migration;
  // a script config file `<script>.sql.conf` with executeInTransaction=false opts out (Redgate docs,
  // "Flyway Execute In Transaction Setting"). Flyway also detects statements that cannot run in a
  // transaction and runs such a migration without one; mixing both kinds fails unless mixed=true.
  flyway: {
    transactional: true,
    mode: 'per-migration',
    note: 'Flyway runs each migration in its own transaction on PostgreSQL (executeInTransaction=true by default)',
  },
  // Diesel: "By default, each migration runs inside its own transaction" (diesel_migrations docs,
  // MigrationMetadata::run_in_transaction); `run_in_transaction = false` in metadata.toml opts out.
  diesel: {
    transactional: true,
    mode: 'per-migration',
    note: 'Diesel runs each migration in its own transaction (MigrationMetadata::run_in_transaction defaults to true)',
  },
  // postgres-migrations (ThomWright): START TRANSACTION … COMMIT around each file unless the file
  // contains `-- postgres-migrations disable-transaction` anywhere (src/run-migration.ts uses
  // sql.includes). Without the wrapper node-postgres still sends the file as one simple query.
  'postgres-migrations': {
    transactional: true,
    mode: 'per-migration',
    note: 'postgres-migrations wraps each file in START TRANSACTION … COMMIT (src/run-migration.ts)',
  },
  // ory/popx (Kratos, Keto, Hydra): each migration file runs in its own transaction (popx
  // migrator.go: Migrator.Up runs m.Runner inside c.Transaction) unless its name carries
  // `.autocommit.`, which runs it on the bare connection (match.go: Autocommit).
  popx: {
    transactional: true,
    mode: 'per-migration',
    note: 'ory/popx runs each migration file in its own transaction; files named *.autocommit.up.sql run outside one',
  },
  // No known tool: assume `psql -f`, where every statement autocommits (psql docs: autocommit on).
  plain: {
    transactional: false,
    mode: 'none',
    note: 'no migration tool recognised: assuming psql -f, where each statement commits on its own',
  },
};

/** Layout id for a TX key (variants of golang-migrate map back to it). */
export function layoutOfTx(key: string): LayoutId {
  return key === 'maragudk' || key === 'authelia' ? 'golang-migrate' : (key as LayoutId);
}

/** Strip `--` comments and block comments roughly: good enough for keyword sniffing, never for parsing. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/--[^\n]*/g, ' ');
}

/** The file opens and closes its own transaction (BEGIN … COMMIT) around everything it does. */
export function hasOwnTransaction(text: string): boolean {
  const t = stripComments(text).trim();
  return /^(BEGIN(\s+(WORK|TRANSACTION))?|START\s+TRANSACTION)\b[^;]*;/i.test(t) && /\b(COMMIT|END)(\s+(WORK|TRANSACTION))?\s*;?$/i.test(t);
}

/** Statements Flyway (and PostgreSQL) refuse inside a transaction block; a keyword sniff, not a parse. */
export function hasNonTransactionalStatement(text: string): boolean {
  return /\b(CREATE\s+(UNIQUE\s+)?INDEX\s+CONCURRENTLY|DROP\s+INDEX\s+CONCURRENTLY|REINDEX\b[^;]*\bCONCURRENTLY|VACUUM\b|ALTER\s+SYSTEM\b|CREATE\s+DATABASE\b|DROP\s+DATABASE\b|CREATE\s+TABLESPACE\b)/i.test(
    stripComments(text),
  );
}

/** Transaction semantics for one migration, with the file-level opt-outs each tool supports. */
export function transactionFor(
  key: string,
  up: string,
  opts: { dbmateOptions?: string; dieselMetadata?: string; flywayConf?: string } = {},
): TxInfo {
  const base = TX[key] ?? TX.plain!;
  if (key === 'dbmate' && opts.dbmateOptions !== undefined && /(^|\s)transaction:false(\s|$)/.test(opts.dbmateOptions)) {
    return { transactional: false, mode: 'none', note: 'dbmate: `-- migrate:up transaction:false` disables the transaction for this migration' };
  }
  if (key === 'diesel') {
    if (opts.dieselMetadata !== undefined && /^\s*run_in_transaction\s*=\s*false\s*$/m.test(opts.dieselMetadata)) {
      return { transactional: false, mode: 'none', note: 'Diesel: metadata.toml sets run_in_transaction = false' };
    }
    if (opts.dieselMetadata === undefined) {
      return { ...base, note: base.note + '; no metadata.toml next to up.sql, so the default applies' };
    }
  }
  if (key === 'flyway') {
    if (opts.flywayConf !== undefined && /^\s*executeInTransaction\s*=\s*false\s*$/m.test(opts.flywayConf)) {
      return { transactional: false, mode: 'none', note: 'Flyway: the script config file sets executeInTransaction=false' };
    }
    if (hasNonTransactionalStatement(up)) {
      return {
        transactional: false,
        mode: 'none',
        note: 'Flyway runs this migration outside a transaction: it contains a statement that cannot run in one (mixing it with others fails unless mixed=true)',
      };
    }
  }
  if (key === 'postgres-migrations' && up.includes('-- postgres-migrations disable-transaction')) {
    return {
      transactional: false,
      mode: 'implicit',
      note: 'postgres-migrations: `-- postgres-migrations disable-transaction` turns the wrapper off; the file is still sent as one query, so several statements run as one implicit transaction',
    };
  }
  if ((base.mode === 'implicit' || base.mode === 'none') && hasOwnTransaction(up)) {
    return { transactional: true, mode: base.mode, note: base.note + '; the file opens its own transaction with BEGIN … COMMIT' };
  }
  return base;
}

// ---------------------------------------------------------------------------------------------
// Ordering

/** Byte-wise string order, as Go's sort.Strings / os.ReadDir and Rust's String Ord use. */
export function byteCompare(a: string, b: string): number {
  // UTF-8's byte order is code point order, which UTF-16 code units follow except where a surrogate
  // (half of a code point above U+FFFF, or a lone one that UTF-8 encodes as U+FFFD) is involved:
  // only then are both strings encoded. Sorting a folder of hundreds of names encoded each name
  // at every comparison.
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (isSurrogate(x) || isSurrogate(y)) return Buffer.compare(Buffer.from(a), Buffer.from(b));
    return x < y ? -1 : 1;
  }
  // One is a prefix of the other: its encoding is a prefix too unless it ends inside a pair.
  if (n > 0 && isSurrogate(a.charCodeAt(n - 1))) return Buffer.compare(Buffer.from(a), Buffer.from(b));
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

/** Compare non-negative decimal strings numerically without overflow (timestamps exceed 2^53). */
export function numericCompare(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Flyway versions: parts split on '.' or '_', compared numerically part by part ("1.10" > "1.9", "1" == "1.0"). */
export function flywayVersionCompare(a: string, b: string): number {
  const pa = a.split(/[._]/);
  const pb = b.split(/[._]/);
  const n = Math.max(pa.length, pb.length);
  for (let i = 0; i < n; i++) {
    const c = numericCompare(pa[i] ?? '0', pb[i] ?? '0');
    if (c !== 0) return c;
  }
  return 0;
}

/** Leading number numerically, then the rest byte-wise: what people mean by "numbered files". */
export function naturalCompare(a: string, b: string): number {
  const ma = /^(\d+)(.*)$/s.exec(a);
  const mb = /^(\d+)(.*)$/s.exec(b);
  if (ma && mb) {
    const c = numericCompare(ma[1]!, mb[1]!);
    if (c !== 0) return c;
    return byteCompare(ma[2]!, mb[2]!);
  }
  return byteCompare(a, b);
}
