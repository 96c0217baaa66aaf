// Postgres table lock modes: one list for the trace, the live rules and the report.
// https://www.postgresql.org/docs/current/explicit-locking.html#LOCKING-TABLES

/** Weakest first, named as in LOCK TABLE (the order of the conflict table in the docs). */
export const LOCK_MODES = [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
] as const;
export type LockMode = (typeof LOCK_MODES)[number];

/** Accepts pg_locks spelling (AccessExclusiveLock) and SQL spelling (ACCESS EXCLUSIVE). */
export function lockMode(mode: string): LockMode | undefined {
  const spaced = mode
    .replace(/Lock$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .trim()
    .toUpperCase();
  return (LOCK_MODES as readonly string[]).includes(spaced) ? (spaced as LockMode) : undefined;
}

/** 'AccessExclusiveLock' → 'ACCESS EXCLUSIVE' (unknown modes pass through upper-cased). */
export function lockModeName(pgLocksMode: string): string {
  return lockMode(pgLocksMode) ?? pgLocksMode.toUpperCase();
}

/** 0 for unknown modes, 1..8 by strength. */
export function lockStrength(mode: string): number {
  const m = lockMode(mode);
  return m ? LOCK_MODES.indexOf(m) + 1 : 0;
}

/** SHARE and stronger block INSERT/UPDATE/DELETE. */
export function blocksWrites(mode: string): boolean {
  return lockStrength(mode) >= LOCK_MODES.indexOf('SHARE') + 1;
}
