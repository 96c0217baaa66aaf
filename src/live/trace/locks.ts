// Stage "lock sampling": the locks a statement's own backend holds before its transaction commits
// (pg_locks, as Eugene does), and the relations it rewrote (a new relfilenode).
import type { LockRecord } from '../../types.js';
import type { Database } from '../../engines/database.js';
import { lockModeName, lockStrength } from '../../sql/locks.js';
import { ident } from './run.js';

// User objects have OIDs from FirstNormalObjectId (16384): this leaves out the catalogs our own
// bookkeeping queries touch.
const LOCKS_SQL = `select l.relation::int as oid, l.mode from pg_locks l
  where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted and l.relation >= 16384`;
const RELS_SQL = `select c.oid::int as oid, c.relfilenode::int as node, c.relkind::text as relkind, n.nspname, c.relname,
  coalesce(i.indrelid, 0)::int as table_oid
  from pg_class c join pg_namespace n on n.oid = c.relnamespace left join pg_index i on i.indexrelid = c.oid
  where c.oid >= 16384 and c.relkind in ('r', 'p', 'i', 'I', 'm', 'S', 'v', 'f') and n.nspname <> 'pg_toast'`;
// TOAST tables and their indexes are left out: they follow their table (and are rewritten with it).

const RELKIND_NAME: Record<string, NonNullable<LockRecord['relkind']>> = {
  r: 'table',
  p: 'table',
  f: 'table',
  i: 'index',
  I: 'index',
  m: 'materialized view',
  v: 'view',
  S: 'sequence',
  t: 'toast',
};

export interface Rel {
  node: number;
  relkind: string;
  name: string;
  tableOid: number;
}

function relationsOf(rows: any[]): Map<number, Rel> {
  const seen = new Map<number, Rel>();
  for (const r of rows) seen.set(r.oid, { node: r.node, relkind: r.relkind, name: `${ident(r.nspname)}.${ident(r.relname)}`, tableOid: r.table_oid });
  return seen;
}

/** The user relations now, by OID. */
export async function readRelations(db: Database, timeoutMs: number): Promise<Map<number, Rel>> {
  return relationsOf((await db.query(RELS_SQL, undefined, { timeoutMs })).rows);
}

/** The relations the trace knows of, to name locked OIDs and see rewrites. */
export class Relations {
  /** Every user relation by OID, as last read. */
  readonly known = new Map<number, Rel>();
  /** Relations that existed before the changed migrations. */
  readonly base = new Set<number>();

  /** Read them again (after a restart); `asBase` marks them as there before the changed migrations. */
  async reload(db: Database, timeoutMs: number, asBase = false): Promise<void> {
    const now = await readRelations(db, timeoutMs);
    this.known.clear();
    for (const [oid, rel] of now) {
      this.known.set(oid, rel);
      if (asBase) this.base.add(oid);
    }
  }

  /** Take in the relations after a statement; returns those it rewrote. */
  advance(now: Map<number, Rel>): string[] {
    const rewrites = rewritesBetween(this.known, now);
    for (const [oid, rel] of now) this.known.set(oid, rel);
    return rewrites;
  }
}

/**
 * The locks the connection's backend holds now that `held` (the keys its open transaction already
 * reported) does not have yet, and the relations as they are now. Adds the new keys to `held`.
 */
export async function sampleLocks(db: Database, rels: Relations, held: Set<string>, timeoutMs: number): Promise<{ locks: LockRecord[]; now: Map<number, Rel> }> {
  const [lockRes, relRes] = await db.exec(`${LOCKS_SQL};\n${RELS_SQL}`, { timeoutMs });
  const now = relationsOf(relRes!.rows);
  const locks: LockRecord[] = [];
  for (const l of lockRes!.rows as { oid: number; mode: string }[]) {
    const key = `${l.oid}:${l.mode}`;
    if (held.has(key)) continue;
    held.add(key);
    const rel = now.get(l.oid) ?? rels.known.get(l.oid);
    if (!rel) continue; // created and dropped within the statement
    locks.push({ relation: rel.name, mode: lockModeName(l.mode), relkind: RELKIND_NAME[rel.relkind] ?? 'other', preexisting: rels.base.has(l.oid) });
  }
  // pg_locks has no order of acquisition to keep: by relation and mode, the same on every engine and run.
  locks.sort((a, b) => (a.relation < b.relation ? -1 : a.relation > b.relation ? 1 : lockStrength(b.mode) - lockStrength(a.mode)));
  return { locks, now };
}

/** Relations present before and after with a new relfilenode; an index is left out when its table was rewritten too. */
export function rewritesBetween(before: Map<number, Rel>, after: Map<number, Rel>): string[] {
  const changed = new Map<number, Rel>();
  for (const [oid, rel] of after) {
    const b = before.get(oid);
    if (b && b.node !== 0 && rel.node !== 0 && b.node !== rel.node && rel.relkind !== 't') changed.set(oid, rel);
  }
  const out: string[] = [];
  for (const [, rel] of changed) {
    if ((rel.relkind === 'i' || rel.relkind === 'I') && changed.has(rel.tableOid)) continue;
    out.push(rel.name);
  }
  return out.sort();
}

/** Strongest lock per relation (and the longest hold of it). */
export function strongestLocks(locks: LockRecord[]): LockRecord[] {
  const by = new Map<string, LockRecord>();
  for (const l of locks) {
    const cur = by.get(l.relation);
    if (!cur || lockStrength(l.mode) > lockStrength(cur.mode) || (l.mode === cur.mode && (l.heldMs ?? 0) > (cur.heldMs ?? 0))) by.set(l.relation, { ...l });
  }
  return [...by.values()].sort((a, b) => lockStrength(b.mode) - lockStrength(a.mode) || a.relation.localeCompare(b.relation));
}
