// What the markdown and text renderers share: labels, icons, and the small views of the report both show.
import type { ApplyStatus, BaseHistory, DecisionRow, Finding, LockRecord, MigrationReport, Report, RiskRow, Severity, Verdict } from '../../types.js';
import { createdRelations, displayLock, lockStrength, normName, plural } from '../facts.js';
import { urlPath } from '../escape.js';

export const VERDICT_LABEL: Record<Verdict, string> = {
  pass: 'Pass',
  pass_with_conditions: 'Pass with conditions',
  fail: 'Fail',
  inconclusive: 'Inconclusive',
};

export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', pass_with_conditions: '⚠️', fail: '❌', inconclusive: '❔' };

export const SEVERITY_ICON: Record<Severity, string> = { critical: '🔴', high: '🟠', medium: '🟡', low: '🔵', info: '⚪' };

export const SEVERITY_LABEL: Record<Severity, string> = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

export const STATUS_ICON: Record<DecisionRow['status'], string> = { ok: '✅', warn: '⚠️', fail: '❌', unknown: '❔' };

export const LEVEL_ICON: Record<RiskRow['likelihood'] | RiskRow['impact'], string> = { low: '🟢', medium: '🟡', high: '🟠', critical: '🔴' };

export const APPLY_LABEL: Record<ApplyStatus, string> = { applied: 'applied', failed: 'failed', skipped: 'skipped', 'not-run': 'not run' };
export const APPLY_ICON: Record<ApplyStatus, string> = { applied: '✅', failed: '❌', skipped: '⏭️', 'not-run': '➖' };

export const RISK_LABEL: Record<RiskRow['risk'], string> = {
  'data-loss': 'Data loss',
  downtime: 'Downtime (locks, rewrites)',
  security: 'Security & tenant isolation',
  integrity: 'Data integrity',
  performance: 'Performance',
  'deploy-failure': 'Deploy failure',
};

export interface LockView {
  relation: string;
  mode: string;
  heldMs?: number;
  /** Created by this PR: a lock on it blocks nobody. */
  isNew: boolean;
  /** Tables (and views) block the application; index and sequence locks travel with their table. */
  kind: 'table' | 'index' | 'sequence';
}

/** Strongest lock per relation, strongest first, pre-existing relations before new ones. */
export function lockViews(m: MigrationReport, report: Report): LockView[] {
  return viewsOf(m.locks, report);
}

function viewsOf(locks: LockRecord[], report: Report): LockView[] {
  const created = createdRelations(report.objects);
  const createdIndexes = new Set(report.objects.created.filter((o) => o.kind === 'index').map((o) => normName(o.name)));
  const strongest = new Map<string, LockRecord>();
  for (const l of locks) {
    if (l.relkind === 'toast') continue; // travels with its table
    const prev = strongest.get(l.relation);
    if (!prev || lockStrength(l.mode) > lockStrength(prev.mode)) strongest.set(l.relation, l);
  }
  return [...strongest.values()]
    .map((l) => ({
      relation: l.relation,
      mode: displayLock(l.mode),
      heldMs: l.heldMs,
      isNew: l.preexisting === undefined ? created.has(normName(l.relation)) : !l.preexisting,
      kind: (l.relkind === 'index' || (l.relkind === undefined && createdIndexes.has(normName(l.relation))) ? 'index' : l.relkind === 'sequence' ? 'sequence' : 'table') as LockView['kind'],
    }))
    .sort((a, b) => Number(a.isNew) - Number(b.isNew) || lockStrength(b.mode) - lockStrength(a.mode) || a.relation.localeCompare(b.relation));
}

export interface LockSummary {
  /** Strongest lock per pre-existing table or view: what the application waits on. */
  tables: LockView[];
  /** Pre-existing indexes and sequences (REINDEX, DROP INDEX, ALTER SEQUENCE…). */
  others: LockView[];
  /** Relations the PR itself creates, locked along the way: they block nobody, so only counted. */
  newRelations: number;
}

/** The locks a reader cares about: on relations that already existed, tables apart from indexes. */
export function lockSummary(locks: LockRecord[], report: Report): LockSummary {
  const views = viewsOf(locks, report);
  return {
    tables: views.filter((v) => !v.isNew && v.kind === 'table'),
    others: views.filter((v) => !v.isNew && v.kind !== 'table'),
    newRelations: views.filter((v) => v.isNew).length,
  };
}

/** Findings of one rule, listed once when the rule fired GROUP_MIN or more times in one severity. */
export const GROUP_MIN = 3;

export type FindingEntry = { kind: 'one'; finding: Finding } | { kind: 'group'; ruleId: string; findings: Finding[] };

/**
 * Findings in order, with each rule that fired GROUP_MIN or more times folded into one entry at the
 * place of its first finding: eleven "foreign key without an index" read as one item with a list.
 */
export function groupFindings(fs: Finding[]): FindingEntry[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of fs) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  const out: FindingEntry[] = [];
  const done = new Set<string>();
  for (const f of fs) {
    const group = byRule.get(f.ruleId)!;
    if (group.length < GROUP_MIN) out.push({ kind: 'one', finding: f });
    else if (!done.has(f.ruleId)) {
      done.add(f.ruleId);
      out.push({ kind: 'group', ruleId: f.ruleId, findings: group });
    }
  }
  return out;
}

/**
 * One title for a group. Rules with per-object titles ("Rows of public.a leak to anon") get the
 * object replaced by "…" when that makes the titles agree; otherwise the most common title.
 */
export function groupTitle(fs: Finding[]): string {
  const titles = [...new Set(fs.map((f) => f.title))];
  if (titles.length === 1) return titles[0]!;
  const generic = [...new Set(fs.map((f) => (f.object ? f.title.split(f.object).join('…') : f.title)))];
  if (generic.length === 1) return generic[0]!;
  const count = new Map<string, number>();
  for (const f of fs) count.set(f.title, (count.get(f.title) ?? 0) + 1);
  return [...count].sort((a, b) => b[1] - a[1])[0]![0];
}

/** The fix SQL of a group: every distinct statement when they are short, else the first one's. */
export function groupFixSql(fs: Finding[], max = 1500): { sql: string; all: boolean } | undefined {
  const sqls = [...new Set(fs.map((f) => f.fix?.sql?.trim()).filter((s): s is string => !!s))];
  if (!sqls.length) return undefined;
  const joined = sqls.join('\n');
  if (sqls.length === fs.length && joined.length <= max) return { sql: joined, all: true };
  return { sql: sqls[0]!, all: sqls.length === 1 };
}

export function changedMigrations(report: Report): MigrationReport[] {
  return report.migrations.filter((m) => m.status !== 'base');
}

export function fileLink(report: Report, file: string, line?: number): string | undefined {
  if (!report.links.head) return undefined;
  const base = report.links.head.endsWith('/') ? report.links.head : `${report.links.head}/`;
  return `${base}${urlPath(file)}${line ? `#L${line}` : ''}`;
}

export function docLink(report: Report, ruleId: string): string {
  const base = report.links.docs.endsWith('/') ? report.links.docs : `${report.links.docs}/`;
  return `${base}${urlPath(ruleId)}.md`;
}

export function location(f: Finding): string {
  return `${f.file}:${f.line}`;
}

export function bySeverity(findings: Finding[]): [Severity, Finding[]][] {
  const order: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
  return order.map((s) => [s, findings.filter((f) => f.severity === s)] as [Severity, Finding[]]).filter(([, fs]) => fs.length > 0);
}

/**
 * Evidence as one line a reader takes in at a glance ("lock ACCESS EXCLUSIVE · heldMs 120"); nested
 * values flatten to "key: a=1, b=2". The full object stays in the JSON report.
 */
export function evidenceLine(e: Record<string, unknown>, max = 300): string {
  const value = (v: unknown, depth: number): string => {
    if (v === null || v === undefined) return '—';
    if (Array.isArray(v)) return v.map((x) => value(x, depth + 1)).join(', ');
    if (typeof v === 'object') {
      if (depth > 1) return '…';
      return Object.entries(v as Record<string, unknown>)
        .map(([k, x]) => `${k}=${value(x, depth + 1)}`)
        .join(', ');
    }
    return String(v);
  };
  const line = Object.entries(e)
    // Nothing to show says nothing: empty text and empty lists are left out like missing values.
    .filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${k}: ${value(v, 0)}`)
    .join(' · ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Short labels for findings in report order (F1, F2…), so matrices and checklists can point to them. */
export function findingLabels(report: Report): Map<string, string> {
  return new Map(report.findings.map((f, i) => [f.fingerprint, `F${i + 1}`]));
}

/** "F1, F3 +2" for a row's refs. */
export function refList(labels: Map<string, string>, refs: string[] | undefined, max = 6): string {
  const ls = [...new Set((refs ?? []).map((r) => labels.get(r)).filter((x): x is string => !!x))];
  return ls.length > max ? `${ls.slice(0, max).join(', ')} +${ls.length - max}` : ls.join(', ');
}

/** One sentence on the base history: how many applied, applied in part, failed, skipped, and the first gap. */
export function baseHistoryLine(b: BaseHistory, fmt: (s: string) => string): string {
  const parts = [`${b.applied} of ${plural(b.total, 'migration')} applied`];
  if (b.partial) parts.push(`${b.partial} applied with statements left out`);
  if (b.failed) parts.push(`${b.failed} did not apply`);
  if (b.skipped) parts.push(`${b.skipped} not replayed`);
  const g = b.gaps[0];
  const gap = g ? ` ${plural(b.gaps.length, 'statement')} the review engine could not run ${b.gaps.length === 1 ? 'was' : 'were'} left out (environment gaps, not this PR's; first ${fmt(`${g.file}:${g.line}`)}: ${g.cause}).` : '';
  const stand = b.standIns.length ? ` Platform stand-ins used: ${b.standIns.map((s) => fmt(s.split(' ')[0]!)).join(', ')}.` : '';
  return `Base history: ${parts.join(', ')}.${gap}${stand}`;
}

/** Files under the migrations folder that were not reviewed: the count, then the first few with why. */
export function notReviewedLine(files: { file: string; reason: string }[], fmt: (s: string) => string): string {
  const shown = files.slice(0, 5).map((f) => `${fmt(f.file)} (${f.reason})`);
  return `Not reviewed: ${plural(files.length, 'file')} under the migrations folder: ${shown.join('; ')}${files.length > shown.length ? `; +${files.length - shown.length} more (all in the JSON report)` : ''}.`;
}
