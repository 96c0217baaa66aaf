// The stats file (`pgreview stats --output stats.json`): production's catalog and per-relation
// figures, never row data. Documented in docs/stats-json.md; bump STATS_VERSION on any change that an
// older reader would misread. Keys are written sorted so that a committed file diffs cleanly.
import type { CatalogSnapshot, RelationInfo } from '../live/catalog.js';

export const STATS_FORMAT = 'pgreview-stats';
export const STATS_VERSION = 1;

/** Figures of one table, materialized view or partitioned table. No locks are taken to read them. */
export interface RelationFigures {
  kind: RelationInfo['kind'];
  /** pg_class.reltuples: rows as of the last VACUUM/ANALYZE; null when never analyzed. */
  reltuples: number | null;
  /** pg_class.relpages of the table (8 kB pages unless block_size says otherwise). */
  relpages: number;
  /** Bytes: table heap, its TOAST, its indexes, and the sum (relpages × block_size, as of the last VACUUM/ANALYZE). */
  tableBytes: number;
  toastBytes: number;
  indexBytes: number;
  totalBytes: number;
  /** pg_stat_user_tables counters (since the last statistics reset). */
  liveTuples: number;
  deadTuples: number;
  inserted: number;
  updated: number;
  deleted: number;
  /** When reltuples was last refreshed (ANALYZE or autoanalyze), ISO time; absent when never. */
  analyzedAt?: string;
}

export interface IndexFigures {
  table: string;
  relpages: number;
  bytes: number;
}

/** A server setting as the collecting role's sessions start with it (pg_settings.reset_val), not the collector's own limits. */
export interface SettingValue {
  value: string;
  unit?: string;
}

export interface StatsFile {
  format: typeof STATS_FORMAT;
  version: typeof STATS_VERSION;
  tool: string;
  collectedAt: string;
  server: { version: string; versionNum: number; blockSize: number };
  /** The session that read it: what the file can be trusted for. */
  session: { role: string; database: string; readOnly: boolean; statementTimeout: string; lockTimeout: string };
  /** Why the role could change production (empty when it cannot). A stats role should be read-only. */
  writeAccess: string[];
  settings: Record<string, SettingValue>;
  relations: Record<string, RelationFigures>;
  indexes: Record<string, IndexFigures>;
  /** The same shape as the live engines' snapshot (src/live/catalog.ts), without oid and relfilenode. */
  catalog: Omit<CatalogSnapshot, 'relations'> & { relations: Record<string, Omit<RelationInfo, 'oid' | 'relfilenode'>> };
}

/** Settings that change how a migration behaves or how long it may take. */
export const MIGRATION_SETTINGS = [
  'autovacuum',
  'default_transaction_isolation',
  'deadlock_timeout',
  'idle_in_transaction_session_timeout',
  'lock_timeout',
  'maintenance_work_mem',
  'max_locks_per_transaction',
  'max_parallel_maintenance_workers',
  'max_wal_size',
  'shared_buffers',
  'statement_timeout',
  'wal_level',
  'work_mem',
];

/** JSON with object keys sorted at every level (arrays keep their order, which is meaningful). */
export function stableJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x !== undefined) out[k] = sort(x);
      }
      return out;
    }
    return v;
  };
  return `${JSON.stringify(sort(value), null, 2)}\n`;
}
