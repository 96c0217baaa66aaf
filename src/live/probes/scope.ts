// Rolled-back scopes for probes (transactions, or savepoints on a rollback-only database) and SQL
// quoting. util.ts re-exports all of it; row generation (rows.ts) builds on it without a cycle.
import type { Database } from '../../engines/database.js';
import { DbError } from '../../engines/database.js';

export const q = (name: string) => (/^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`);
export const qn = (...parts: string[]) => parts.map(q).join('.');
/** A RangeVar (or `relation`/`pktable` node) as the SQL names it, quoted: what to_regclass resolves as the session does. */
export const relationRef = (rv: { schemaname?: string; relname: string }) => (rv.schemaname ? qn(rv.schemaname, rv.relname) : q(rv.relname));
export const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

let spCounter = 0;

/** A fresh savepoint name (unique in this process). */
export function savepointName(prefix: string): string {
  return `${prefix}_${++spCounter}`;
}

/**
 * Run `fn` in a scope that is always undone: a transaction rolled back, or (when a transaction is
 * already open: rollback-only database or a nested scope) a savepoint rolled back to.
 */
export async function rolledBack<T>(db: Database, fn: () => Promise<T>, opts: { nested?: boolean; timeoutMs?: number } = {}): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 30_000;
  if (db.rollbackOnly || opts.nested) {
    const name = savepointName('pgreview_probe');
    await db.query(`savepoint ${name}`, undefined, { timeoutMs });
    try {
      return await fn();
    } finally {
      if (db.alive) await db.exec(`rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs }).catch(() => undefined);
    }
  }
  await db.query('begin', undefined, { timeoutMs });
  try {
    return await fn();
  } finally {
    if (db.alive) await db.query('rollback', undefined, { timeoutMs }).catch(() => undefined);
  }
}

/** One statement in its own savepoint (inside an open transaction): an error does not abort the transaction. */
export async function attempt<R = Record<string, any>>(
  db: Database,
  sql: string,
  params?: unknown[],
  opts: { keep?: boolean; timeoutMs?: number } = {},
): Promise<{ ok: true; rows: R[]; affected: number } | { ok: false; error: DbError }> {
  const name = savepointName('pgreview_try');
  const timeoutMs = opts.timeoutMs ?? 30_000;
  await db.query(`savepoint ${name}`, undefined, { timeoutMs });
  try {
    const r = await db.query<R>(sql, params, { timeoutMs });
    await db.exec(opts.keep ? `release savepoint ${name}` : `rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs });
    return { ok: true, rows: r.rows, affected: r.affectedRows ?? r.rows.length };
  } catch (e) {
    if (db.alive) await db.exec(`rollback to savepoint ${name}; release savepoint ${name}`, { timeoutMs }).catch(() => undefined);
    return { ok: false, error: DbError.from(e) };
  }
}


/**
 * Set (or, with undefined, clear) the JWT claims PostgREST gives a request, for the rest of the
 * transaction: what auth.uid(), auth.role() and auth.jwt() read.
 */
export async function setJwtClaims(db: Database, who: { role: string; sub?: string } | undefined): Promise<void> {
  const claims = who ? JSON.stringify(who.sub ? { sub: who.sub, role: who.role, aud: who.role } : { role: who.role }) : '';
  await db.query(`select set_config('request.jwt.claims', $1, true), set_config('request.jwt.claim.sub', $2, true), set_config('request.jwt.claim.role', $3, true)`, [claims, who?.sub ?? '', who?.role ?? '']);
}
