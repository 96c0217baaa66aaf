// What the markdown and text renderers share: labels, icons, and the small views of the report both show.
import type { ApplyStatus, DecisionRow, Finding, LockRecord, MigrationReport, Report, RiskRow, Severity, Verdict } from '../../types.js';
import { createdRelations, displayLock, lockStrength, normName } from '../facts.js';
import { urlPath } from '../escape.js';

export const VERDICT_LABEL: Record<Verdict, string> = {
  pass: 'Pass',
  pass_with_conditions: 'Pass with conditions',
  fail: 'Fail',
};

export const VERDICT_ICON: Record<Verdict, string> = { pass: '✅', pass_with_conditions: '⚠️', fail: '❌' };

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
}

/** Strongest lock per relation, strongest first, pre-existing relations before new ones. */
export function lockViews(m: MigrationReport, report: Report): LockView[] {
  const created = createdRelations(report.objects);
  return [...m.locks]
    .map((l: LockRecord & { preexisting?: boolean }) => ({
      relation: l.relation,
      mode: displayLock(l.mode),
      heldMs: l.heldMs,
      isNew: l.preexisting === undefined ? created.has(normName(l.relation)) : !l.preexisting,
    }))
    .sort((a, b) => Number(a.isNew) - Number(b.isNew) || lockStrength(b.mode) - lockStrength(a.mode) || a.relation.localeCompare(b.relation));
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

export function evidenceText(e: Record<string, unknown>): string {
  try {
    return JSON.stringify(e, null, 2) ?? '';
  } catch {
    return String(e);
  }
}
