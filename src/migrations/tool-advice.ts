// How to run a statement that cannot run inside a transaction block (CREATE INDEX CONCURRENTLY,
// REINDEX CONCURRENTLY, DETACH PARTITION CONCURRENTLY, VACUUM, ALTER TYPE … ADD VALUE used at once),
// in each migration tool's own terms. The rules' fix descriptions and the report's fixes both read it,
// so a user is told the same thing wherever the statement shows up. The per-tool facts are the ones
// src/migrations/layouts.ts documents (with where each was checked).
import type { LayoutId } from '../types.js';

/** How the statement ends up in a transaction: the file's own BEGIN, the runner's wrapper, or one multi-statement query string. */
export type TxHow = 'explicit' | 'wrapped' | 'implicit';

/** Where a statement that cannot run in a transaction block should go, for this runner. */
export function outsideTransactionAdvice(layout: LayoutId | string, how: TxHow): string {
  if (how === 'explicit') return 'Move it out of the BEGIN … COMMIT block written in the file (and keep the runner from wrapping the file, see below if it does).';
  switch (layout) {
    case 'dbmate':
      return 'Put it in its own migration whose section header reads `-- migrate:up transaction:false`.';
    case 'postgres-migrations':
      return 'Put it alone in its own migration file whose first line is `-- postgres-migrations disable-transaction` (the file is still sent as one query string, so it must hold only this statement).';
    case 'diesel':
      return 'Put it in its own migration and add a `metadata.toml` next to its up.sql containing `run_in_transaction = false`.';
    case 'flyway':
      return 'Put it in its own migration: Flyway runs a script that contains such a statement without a transaction (or set `executeInTransaction=false` in the script config file `<script>.sql.conf`).';
    case 'prisma':
      return 'Prisma has no per-migration opt-out: put the statement alone in its own migration folder (a migration.sql holding only it runs outside a transaction).';
    case 'golang-migrate':
      return how === 'implicit'
        ? 'golang-migrate sends the file as one query string: put the statement alone in its own migration file (or enable `x-multi-statement=true`).'
        : 'This runner wraps every migration in a transaction and has no per-file opt-out: run the statement outside the migrator (a separate deploy step).';
    case 'drizzle':
      return 'drizzle-kit migrate runs all pending migrations in one transaction and has no per-file opt-out: run the statement as a separate script outside drizzle-kit (a deploy step before or after it).';
    case 'popx':
      return 'Put it alone in its own migration file with `.autocommit.` in its name (e.g. `20240101000000_add_index.autocommit.up.sql`): popx runs such files without a transaction.';
    case 'supabase':
      return "Put it alone in its own migration file: Supabase CLI v2.109+ runs such statements on their own outside the file's transaction; with an older CLI, upgrade it or run the statement separately.";
    default:
      return how === 'implicit'
        ? 'The runner sends the file as one query string: put the statement alone in its own migration file.'
        : "Put it in its own migration and turn the runner's transaction off for that migration.";
  }
}

/** Migration tools by layout id, as their users call them. */
const TOOL_NAME: Record<string, string> = {
  supabase: 'the Supabase CLI',
  prisma: 'Prisma Migrate',
  drizzle: 'drizzle-kit',
  'golang-migrate': 'golang-migrate',
  dbmate: 'dbmate',
  flyway: 'Flyway',
  diesel: 'Diesel',
  'postgres-migrations': 'postgres-migrations',
  popx: 'popx',
  plain: 'your migration runner',
};

/** The migration tool of a layout, as its users call it. */
export function toolName(layout: LayoutId | string): string {
  return TOOL_NAME[layout] ?? layout;
}
