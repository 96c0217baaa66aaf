// Stage "lock sampling": the locks a statement's own backend holds before its transaction commits
// (pg_locks, as Eugene does), and the relations it rewrote (a new relfilenode).
import type { LockRecord } from '../../types.js';
import type { Database } from '../../engines/database.js';
import { lockModeName, lockStrength } from '../../sql/locks.js';
import { ident } from './run.js';

// The relation lock modes by number, for a lock's key (oid * 16 + number) in queries.
const MODES = ['AccessShareLock', 'RowShareLock', 'RowExclusiveLock', 'ShareUpdateExclusiveLock', 'ShareLock', 'ShareRowExclusiveLock', 'ExclusiveLock', 'AccessExclusiveLock', 'SIReadLock'];
const MODE_NUMBER = new Map(MODES.map((m, i) => [m, i]));
// User objects have OIDs from FirstNormalObjectId (16384): this leaves out the catalogs our own
// bookkeeping queries touch. Only locks whose key is not in $1 (what the open transaction reported
// already) come back: pg_locks grows with every lock a long transaction holds. A mode not listed
// (-1) always comes back, and `held` leaves it out.
const NEW_LOCKS = `select 'lock' as what, l.relation::int as oid, l.mode, null::int as node, null::text as relkind, null::text as nspname, null::text as relname, null::int as table_oid, null::text as version
  from pg_locks l
  where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted and l.relation >= 16384
    and coalesce(l.relation::int8 * 16 + array_position('{${MODES.join(',')}}'::text[], l.mode) - 1, -1) not in (select unnest($1::int8[]))`;
// A relation's version: any UPDATE of its pg_class or pg_namespace row (new relfilenode, rename, new
// schema or the schema's rename) writes a new tuple, with a new (xmin, ctid); in-place updates change
// only statistics. A tuple's TID is reused only after its deleting transaction committed, and a later
// update comes from another transaction (another xmin): an equal version means an unchanged relation.
const VERSION = `c.oid::text || ' ' || c.xmin::text || c.ctid::text || n.xmin::text || n.ctid::text`;
// Only the relations whose version is not in parameter $p (what the trace saw last) come back. The
// server still scans every user relation, and the seen list grows with the migration, so each sample
// stays linear in its size: what this saves is building, sending and decoding every row each time
// (grida's 1,071-statement dump on PGlite: 6.7 → 5.2 s).
const changedRelsSql = (p: number) => `select 'rel' as what, c.oid::int as oid, null::text as mode, c.relfilenode::int as node, c.relkind::text as relkind, n.nspname::text as nspname, c.relname::text as relname,
  coalesce(i.indrelid, 0)::int as table_oid, ${VERSION} as version
  from pg_class c join pg_namespace n on n.oid = c.relnamespace left join pg_index i on i.indexrelid = c.oid
  where c.oid >= 16384 and c.relkind in ('r', 'p', 'i', 'I', 'm', 'S', 'v', 'f') and n.nspname <> 'pg_toast'
    and ${VERSION} not in (select unnest($${p}::text[]))`;
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
  /** The catalog rows' version (see VERSION). */
  version: string;
}

interface RelRow {
  oid: number;
  node: number;
  relkind: string;
  nspname: string;
  relname: string;
  table_oid: number;
  version: string;
}

const relOf = (r: RelRow): Rel => ({ node: r.node, relkind: r.relkind, name: `${ident(r.nspname)}.${ident(r.relname)}`, tableOid: r.table_oid, version: r.version });

/** The relations the trace knows of, to name locked OIDs and see rewrites. */
export class Relations {
  /** Every user relation by OID, as last read (dropped ones as they were last seen). */
  readonly known = new Map<number, Rel>();
  /** Relations that existed before the changed migrations. */
  readonly base = new Set<number>();

  /** Read them again (after a restart); `asBase` marks them as there before the changed migrations. */
  async reload(db: Database, timeoutMs: number, asBase = false): Promise<void> {
    // Every relation (none counts as seen); what was known is replaced only once the read succeeded.
    const now = await readRelations(db, [], timeoutMs);
    this.known.clear();
    for (const [oid, rel] of now) {
      this.known.set(oid, rel);
      if (asBase) this.base.add(oid);
    }
  }

  /** The versions of the relations as last read: those unchanged since are not read again. */
  seen(): string[] {
    return [...this.known.values()].map((r) => r.version);
  }

  /** Take in the relations that changed after a statement; returns those it rewrote. */
  advance(changed: Map<number, Rel>): string[] {
    const rewrites = rewritesBetween(this.known, changed);
    for (const [oid, rel] of changed) this.known.set(oid, rel);
    return rewrites;
  }
}

/** The user relations whose version is not in `seen` (created, renamed, moved, a new relfilenode), by OID. */
export async function readRelations(db: Database, seen: string[], timeoutMs: number): Promise<Map<number, Rel>> {
  const changed = new Map<number, Rel>();
  for (const r of (await db.query<RelRow>(changedRelsSql(1), [seen], { timeoutMs })).rows) changed.set(r.oid, relOf(r));
  return changed;
}

/**
 * The locks the connection's backend holds now that `held` (the keys its open transaction already
 * reported) does not have yet, and the relations changed since `rels` last took them in. Adds the new keys to `held`.
 */
export async function sampleLocks(db: Database, rels: Relations, held: Set<string>, timeoutMs: number): Promise<{ locks: LockRecord[]; now: Map<number, Rel> }> {
  const heldKeys: number[] = [];
  for (const key of held) {
    const at = key.indexOf(':');
    const mode = MODE_NUMBER.get(key.slice(at + 1));
    if (mode !== undefined) heldKeys.push(Number(key.slice(0, at)) * 16 + mode);
  }
  const rows = (await db.query<RelRow & { what: string; mode: string }>(`${NEW_LOCKS}\nunion all\n${changedRelsSql(2)}`, [heldKeys, rels.seen()], { timeoutMs })).rows;
  const now = new Map<number, Rel>();
  for (const r of rows) if (r.what === 'rel') now.set(r.oid, relOf(r));
  const locks: LockRecord[] = [];
  for (const l of rows) {
    if (l.what !== 'lock') continue;
    const key = `${l.oid}:${l.mode}`;
    if (held.has(key)) continue;
    held.add(key);
    // Unchanged relations are known as they are now; one dropped by the statement, as last seen.
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
