// How many sequential scans of a table a piece of SQL makes on a real database: the rules that say
// "this statement reads every row" are checked against Postgres's own counter.
import type { PGlite } from '@electric-sql/pglite';

/** Sequential scans of `relname` that `sql` made, run in a transaction that is rolled back afterwards. */
export async function seqScans(db: PGlite, relname: string, sql: string): Promise<number> {
  const count = async () => {
    await db.query('select pg_stat_force_next_flush()');
    await db.query('select pg_stat_clear_snapshot()');
    return Number((await db.query<{ n: string }>('select seq_scan as n from pg_stat_user_tables where relname = $1', [relname])).rows[0]!.n);
  };
  const before = await count();
  await db.exec(`BEGIN;\n${sql}\nROLLBACK;`);
  return (await count()) - before;
}
