// Production-aware findings: findings about index builds, rewrites, validations and locks get the
// real size of their relation from the stats, an estimated duration calibrated on what the review
// engine measured, and (for blocking operations) a severity set by that size. The policy is written
// in docs/severity-by-size.md; keep the two equal.
import type { Finding, MigrationReport, Settings, Severity } from '../types.js';
import type { Calibration } from '../live/calibration.js';
import type { ProductionStats } from './load.js';
import type { RelationFigures } from './format.js';

export type { Calibration } from '../live/calibration.js';

export type Operation = 'index-build' | 'rewrite' | 'validation' | 'backfill';

/**
 * Rules whose risk grows with the table: the statement they point at holds a lock that blocks writes
 * (or reads) for as long as the work takes, and the work is proportional to the rows.
 */
export const SIZE_SCALED_RULES: Record<string, Operation> = {
  'require-concurrent-index-creation': 'index-build',
  'adding-primary-key-constraint': 'index-build',
  'disallowed-unique-constraint': 'index-build',
  'reindex-without-concurrently': 'index-build',
  'changing-column-type': 'rewrite',
  'adding-field-with-default': 'rewrite',
  'ban-vacuum-full-or-cluster': 'rewrite',
  'table-rewrite': 'rewrite',
  'refresh-matview-without-concurrently': 'rewrite',
  'vector-dimension-change': 'rewrite',
  'constraint-missing-not-valid': 'validation',
  'adding-foreign-key-constraint': 'validation',
  'setting-not-null-field': 'validation',
  'validate-in-same-transaction': 'validation',
  'backfill-with-ddl': 'backfill',
};

/** Rules about locks whose risk is the lock queue, not the work: they get the size, not a new severity. */
export const SIZE_NOTED_RULES = new Set(['lock-on-existing-table', 'lock-table-explicit', 'require-lock-timeout', 'require-concurrent-index-deletion', 'detach-partition-without-concurrently']);

/** Severity of a blocking operation by the rows of its table (docs/severity-by-size.md). */
export const SIZE_TIERS: { minRows: number; severity: Severity }[] = [
  { minRows: 10_000_000, severity: 'critical' },
  { minRows: 100_000, severity: 'high' },
  { minRows: 10_000, severity: 'low' },
  { minRows: 0, severity: 'info' },
];

export function severityForRows(rows: number): Severity {
  return SIZE_TIERS.find((t) => rows >= t.minRows)!.severity;
}

/**
 * Per-row cost used when the statement was not timed on data (static review, the rehearsal did not
 * run or skipped it): medians of three runs on 300,000 narrow rows (bigint, int, ~10-byte text) on
 * PostgreSQL 15, 2 shared cores, fsync off (docs/severity-by-size.md says how they were taken).
 * Wide rows, more indexes and a real disk cost more: they are a floor, not a promise.
 */
export const DEFAULT_US_PER_ROW: Record<Operation, number> = {
  'index-build': 0.8,
  rewrite: 2.5,
  validation: 0.15,
  backfill: 10,
};

export interface Estimate {
  ms: number;
  basis: string;
  calibrated: boolean;
  usPerRow: number;
}

/** Below this the rehearsal's timing is mostly noise and fixed cost: use the default rate. */
const MIN_CALIBRATION_ROWS = 1000;
const MIN_WORK_MS = 1;

/** Estimate `op` on `rows` production rows of `relation` from the statement's calibration, else the default rate. */
export function estimateDuration(op: Operation, relation: string, rows: number, cal: Calibration | undefined, why?: string): Estimate {
  const calRows = cal ? (cal.tableRows[cal.relation ?? relation] ?? 0) : 0;
  if (cal && calRows >= MIN_CALIBRATION_ROWS) {
    // The empty-table time is one sample from the traced run, noisier than the rehearsal's median
    // of five: it may not take more than a quarter of the measurement.
    const fixed = Math.min(cal.emptyMs ?? 0, cal.ms / 4);
    const work = cal.ms - fixed;
    if (work >= MIN_WORK_MS) {
      const perRow = work / calRows;
      // An index build sorts: n log n, so a row costs more in a bigger table.
      const growth = op === 'index-build' && rows > calRows ? Math.log(rows) / Math.log(calRows) : 1;
      return {
        ms: fixed + perRow * rows * growth,
        usPerRow: perRow * 1000,
        calibrated: true,
        basis: `calibrated on the ${cal.engine} engine: ${fmtMs(cal.ms)} on ${calRows.toLocaleString('en-US')} ${cal.seeded ? 'synthetic' : 'real'} rows${cal.emptyMs !== undefined ? `, ${fmtMs(fixed)} on the empty table` : ''} → ${(perRow * 1000).toFixed(2)} µs/row${growth !== 1 ? `, × ${growth.toFixed(2)} for the sort (n log n)` : ''}`,
      };
    }
    why ??= `the rehearsal on ${calRows.toLocaleString('en-US')} rows took too little time to measure a per-row cost`;
  } else if (cal) why ??= `the rehearsal had only ${calRows} rows of ${cal.relation ?? relation}`;
  const us = DEFAULT_US_PER_ROW[op];
  return { ms: (us * rows) / 1000, usPerRow: us, calibrated: false, basis: `default rate for ${OP_NAME[op]} (${us} µs/row, docs/severity-by-size.md) because ${why ?? 'this statement was not timed on data'}` };
}

export const OP_NAME: Record<Operation, string> = { 'index-build': 'an index build', rewrite: 'a table rewrite', validation: 'a constraint validation (full scan)', backfill: 'a backfill' };

export function fmtMs(ms: number): string {
  if (ms >= 3_600_000) return `${(ms / 3_600_000).toFixed(1)} h`;
  if (ms >= 60_000) return `${(ms / 60_000).toFixed(1)} min`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(1)} s`;
  return ms >= 10 ? `${Math.round(ms)} ms` : `${ms.toFixed(1)} ms`;
}

export function fmtBytes(b: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (b >= 1024 && i < units.length - 1) {
    b /= 1024;
    i++;
  }
  return `${b >= 10 || i === 0 ? Math.round(b) : b.toFixed(1)} ${units[i]}`;
}

/** Rows of a relation and where the number comes from. */
export function rowsOf(f: RelationFigures): { rows: number; from: string } | undefined {
  if (f.reltuples !== null) return { rows: f.reltuples, from: `pg_class.reltuples${f.analyzedAt ? ` as of ${f.analyzedAt.slice(0, 10)}` : ''}` };
  if (f.liveTuples > 0) return { rows: f.liveTuples, from: 'pg_stat_all_tables.n_live_tup (never analyzed)' };
  return undefined;
}

const bare = (n: string) => n.replace(/"/g, '');

/** The production relation a finding is about: its object, the object's table, or a relation in its evidence. */
export function relationFor(f: Finding, production: ProductionStats): string | undefined {
  const rels = production.stats.relations;
  const byBare = new Map(Object.keys(rels).map((k) => [bare(k), k]));
  const find = (name: unknown): string | undefined => {
    if (typeof name !== 'string' || !name) return undefined;
    const b = bare(name);
    return byBare.get(b) ?? byBare.get(`public.${b}`);
  };
  const candidates: unknown[] = [f.object, f.object?.slice(0, Math.max(0, f.object.lastIndexOf('.'))), f.evidence?.relation, f.evidence?.table];
  const idx = typeof f.object === 'string' ? production.stats.indexes[f.object] ?? production.stats.indexes[`public.${bare(f.object)}`] : undefined;
  if (idx) candidates.push(idx.table);
  for (const c of candidates) {
    const hit = find(c);
    if (hit) return hit;
  }
  // Lock tables: the largest relation locked.
  const locks = Array.isArray(f.evidence?.locks) ? (f.evidence!.locks as { relation?: string }[]) : [];
  const named = locks.map((l) => find(l.relation)).filter((x): x is string => !!x);
  return named.sort((a, b) => (rels[b]!.reltuples ?? 0) - (rels[a]!.reltuples ?? 0))[0];
}

/**
 * Add production figures to the findings they concern (in place) and set the severity of blocking,
 * size-bound ones by size. Findings without a production relation are left as they are.
 */
export function applyProductionStats(
  findings: Finding[],
  production: ProductionStats,
  calibrations: Calibration[],
  settings: Pick<Settings, 'rules'>,
  /** The rule's own severity: a finding the rule rated otherwise for its case (a live confirmation at info) keeps that. */
  ruleSeverity: (ruleId: string) => Severity | undefined,
  why?: string,
): void {
  for (const f of findings) {
    // A check Postgres skips (a key it marks valid unchecked) takes no time to grow with the table.
    const op = f.evidence?.unchecked === true ? undefined : SIZE_SCALED_RULES[f.ruleId];
    if (!op && !SIZE_NOTED_RULES.has(f.ruleId)) continue;
    const relation = relationFor(f, production);
    if (!relation) continue;
    const figures = production.stats.relations[relation]!;
    const size = rowsOf(figures);
    const ev: Record<string, unknown> = {
      relation,
      source: production.source,
      rows: size?.rows ?? null,
      rowsFrom: size?.from ?? 'unknown: never analyzed and no live-tuple count',
      totalBytes: figures.totalBytes,
      indexBytes: figures.indexBytes,
      bytesFrom: 'pg_class.relpages × block_size (table, TOAST, indexes)',
    };
    const sizeText = size
      ? `~${size.rows.toLocaleString('en-US')} rows (${size.from}), ${fmtBytes(figures.totalBytes)} with indexes`
      : `an unknown number of rows (never analyzed), ${fmtBytes(figures.totalBytes)} with indexes`;
    let text = ` In production ${relation} has ${sizeText} (from ${production.source}).`;
    if (op && size) {
      const cal = calibrations.find((c) => c.file === f.file && f.line >= c.line && f.line <= c.endLine);
      const est = estimateDuration(op, relation, size.rows, cal, why ?? (calibrations.length ? 'the data-volume rehearsal did not time this statement' : undefined));
      ev.estimate = { operation: op, ms: Math.round(est.ms), usPerRow: Number(est.usPerRow.toFixed(3)), calibrated: est.calibrated, basis: est.basis };
      text += ` Estimated duration of ${OP_NAME[op]} there: ~${fmtMs(est.ms)} (${est.basis}; an estimate, not a measurement).`;
      const bySize = severityForRows(size.rows);
      if (settings.rules[f.ruleId] && settings.rules[f.ruleId] !== 'off') {
        text += ` Severity kept as configured for ${f.ruleId}.`;
      } else if (bySize !== f.severity && ruleSeverity(f.ruleId) === f.severity) {
        ev.severity = { bySize, ruleDefault: f.severity, policy: 'docs/severity-by-size.md' };
        text += ` Severity ${bySize} by size (was ${f.severity}; docs/severity-by-size.md).`;
        f.severity = bySize;
      }
    }
    f.message += text;
    f.evidence = { ...f.evidence, production: ev };
  }
}

/**
 * Rows seeded per touched table when stats are given and --rows is not (at most; fewer when production's
 * largest table is smaller): enough for a per-row cost above timing noise and CPU-cache effects.
 */
export const STATS_REHEARSAL_ROWS = 100_000;
/** With stats, each data statement is timed this many times in the rehearsal and the median kept. */
export const STATS_REHEARSAL_TIMINGS = 5;
