// SARIF 2.1.0 for code scanning: one rule per rule id, one result per finding, stable fingerprints
// (Finding.fingerprint survives reruns and line moves), suppressed findings as in-source suppressions.
import type { Category, Finding, Report, Severity } from '../../types.js';
import { docLink } from './common.js';

export interface SarifRuleInfo {
  id: string;
  title: string;
  severity?: Severity;
  category?: Category;
  phase?: 'static' | 'live';
}

export interface SarifOptions {
  /** Rule metadata from the catalogue; without it the first finding's title describes the rule. */
  rules?: SarifRuleInfo[];
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub code scanning reads this as the security severity (CVSS-like, 0–10). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '7.5', medium: '5.0', low: '2.0', info: '0.0' };

export function sarifLevel(s: Severity): 'error' | 'warning' | 'note' {
  return LEVEL[s];
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  return `${JSON.stringify(toSarif(report, options), null, 2)}\n`;
}

export function toSarif(report: Report, options: SarifOptions = {}): Record<string, unknown> {
  const all: (Finding & { reason?: string })[] = [...report.findings, ...report.suppressed];
  const known = new Map((options.rules ?? []).map((r) => [r.id, r]));
  const ids = [...new Set(all.map((f) => f.ruleId))].sort();
  const rules = ids.map((id) => {
    const first = all.find((f) => f.ruleId === id)!;
    const info = known.get(id);
    const category = info?.category ?? first.category;
    const severity = info?.severity ?? first.severity;
    const title = info?.title ?? first.title;
    const uri = docLink(report, id);
    const phase = info?.phase ?? first.phase;
    return {
      id,
      name: id,
      shortDescription: { text: title },
      fullDescription: { text: `${title} (${category}, ${phase === 'live' ? 'checked on a live database' : 'checked in the SQL'}; default severity ${severity}).` },
      helpUri: uri,
      help: { text: `${title}. Why it matters, the fix and examples: ${uri}`, markdown: `**${title}**\n\nWhy it matters, the fix and examples: [${id}](${uri})` },
      defaultConfiguration: { level: LEVEL[severity] },
      properties: {
        category,
        // SARIF propertyBag tags must be unique: a security rule's category already is "security".
        tags: [...new Set(['postgresql', 'migration', category, ...(category === 'security' ? ['security'] : [])])],
        ...(category === 'security' ? { 'security-severity': SECURITY_SEVERITY[severity] } : {}),
      },
    };
  });
  const index = new Map(ids.map((id, i) => [id, i]));
  const results = all.map((f) => {
    const region: Record<string, number> = {
      startLine: Math.max(1, f.line),
      startColumn: Math.max(1, f.column),
      endLine: Math.max(f.line, f.endLine, 1),
    };
    if (f.endColumn !== undefined && f.endColumn > 0) region.endColumn = f.endColumn;
    const text = `${f.title}. ${f.message}${f.fix ? ` Fix: ${f.fix.description}` : ''}`;
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId),
      level: LEVEL[f.severity],
      message: { text },
      locations: [{ physicalLocation: { artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' }, region } }],
      partialFingerprints: { 'pgreview/v1': f.fingerprint },
      properties: {
        severity: f.severity,
        phase: f.phase,
        category: f.category,
        ...(f.object ? { object: f.object } : {}),
        ...(f.migrationId ? { migrationId: f.migrationId } : {}),
        // SARIF `fixes` need byte-exact artifactChanges; the suggested SQL travels as a property instead.
        ...(f.fix?.sql ? { fixSql: f.fix.sql } : {}),
      },
      ...(f.reason !== undefined ? { suppressions: [{ kind: 'inSource', justification: f.reason }] } : {}),
    };
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'pgreview', version: report.tool.version, rules } },
        results,
        properties: { verdict: report.verdict, confidence: report.confidence },
      },
    ],
  };
}
