// The one entry point shared by the CLI and the action: plan → parse → static rules → live → assess.
// Nothing here knows about GitHub.

import type { Finding, MigrationReport, OutputFormat, Report, Settings, Severity } from './types.js';
import { SEVERITY_RANK } from './types.js';
import { loadParser } from './sql/parse.js';
import { planMigrations } from './migrations/index.js';
import { parseMigrations, runStatic, compareFindings } from './engine/static.js';
import { staticObjectChanges } from './engine/static-objects.js';
import { rules } from '../rules/index.js';
import type { Rule } from './engine/rules.js';
import { assess } from './report/assess.js';
import { renderMarkdown } from './report/render/markdown.js';
import { renderText } from './report/render/text.js';
import { renderJson } from './report/render/json.js';
import { renderSarif } from './report/render/sarif.js';
import { runLive } from './review-live.js';

export const VERSION = '0.1.0';

export async function review(settings: Settings): Promise<Report> {
  const t0 = performance.now();
  await loadParser();
  const set = await planMigrations(settings);
  const sources = parseMigrations(set);
  const t1 = performance.now();
  const st = runStatic(settings, set, rules, sources);
  const t2 = performance.now();

  const changed = set.migrations.filter((m) => m.status !== 'base');
  const statementsTotal = st.reviewed.length;
  const live = await runLive({ settings, set, sources, staticResult: st, rules });
  const t3 = performance.now();

  const findings: Finding[] = mergeFindings(st.findings, live.findings, rules);
  const migrations: MigrationReport[] = live.migrations.length
    ? live.migrations
    : changed.map((m) => ({
        id: m.id,
        file: m.path,
        status: m.status,
        transactional: m.transactional,
        statements: sources.filter((s) => s.migration.id === m.id && s.direction === 'up').reduce((n, s) => n + s.statements.length, 0),
        applied: 'not-run' as const,
        locks: [],
        rewrites: [],
      }));
  const filesUnparseable = new Set(
    sources.filter((s) => s.migration.status !== 'base' && s.direction === 'up' && s.errors.length).map((s) => s.source.file),
  ).size;
  const statementsFailedParse = sources
    .filter((s) => s.migration.status !== 'base' && s.direction === 'up')
    .reduce((n, s) => n + s.errors.length, 0);

  return assess({
    settings,
    set,
    findings,
    suppressed: [...st.suppressed, ...live.suppressed],
    preset: live.preset?.id ?? (settings.preset ?? (st.supabase ? 'supabase' : 'plain')),
    migrations,
    objects: live.objects ?? staticObjectChanges(st.reviewed),
    probes: live.probes,
    engine: live.engine,
    coverage: {
      statementsTotal: statementsTotal + statementsFailedParse,
      statementsParsed: statementsTotal,
      statementsExecuted: live.statementsExecuted,
      filesUnparseable,
      liveRan: live.ran,
      liveSkippedReason: live.skippedReason,
      probesRun: live.probes.filter((p) => p.status !== 'not-run' && p.status !== 'not-applicable').length,
      probesNotRun: live.probes.filter((p) => p.status === 'not-run').length,
      objectsProbed: live.objectsProbed,
      objectsNotProbed: live.objectsNotProbed,
      engineLimits: relevantEngineLimits(live.engine?.limits ?? [], sources),
    },
    timings: {
      totalMs: Math.round(performance.now() - t0),
      parseMs: Math.round(t1 - t0),
      staticMs: Math.round(t2 - t1),
      liveMs: Math.round(t3 - t2),
    },
    toolVersion: VERSION,
  });
}

/**
 * One problem, one entry. A live finding with the same rule, file and object as a static one upgrades
 * it with the evidence; a live finding whose rule `confirms` static rules is folded into their
 * findings on the same table (the static one carries the fix, the live one the proof).
 */
export function mergeFindings(staticFindings: Finding[], liveFindings: Finding[], registry: Rule[] = []): Finding[] {
  const key = (f: Finding) => `${f.ruleId}\u0000${f.file}\u0000${f.object ?? ''}`;
  const merged = staticFindings.map((f) => ({ ...f }));
  const byKey = new Map(merged.map((f) => [key(f), f]));
  const confirms = new Map(registry.filter((r) => r.phase === 'live' && r.confirms?.length).map((r) => [r.id, new Set((r as { confirms: string[] }).confirms)]));
  const worse = (a: Severity, b: Severity) => (SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b);
  const out: Finding[] = [];
  for (const l of liveFindings) {
    const same = byKey.get(key(l));
    if (same) {
      Object.assign(same, { phase: 'live', severity: worse(l.severity, same.severity), evidence: { ...same.evidence, ...l.evidence } });
      continue;
    }
    const ids = confirms.get(l.ruleId);
    const table = l.object;
    const targets = ids && table ? merged.filter((f) => ids.has(f.ruleId) && (f.object === table || f.object?.startsWith(`${table}.`))) : [];
    if (targets.length === 0) {
      out.push(l);
      continue;
    }
    for (const t of targets) {
      t.phase = 'live';
      t.severity = worse(l.severity, t.severity);
      t.message = `${t.message} Confirmed live (${l.ruleId}): ${l.message}`;
      t.evidence = { ...t.evidence, [l.ruleId]: l.evidence ?? l.message };
    }
  }
  return [...merged, ...out].sort(compareFindings);
}

/**
 * Engine limits that matter for this PR: "no pgvector" only when the changed SQL mentions vector
 * (a project that never uses it loses no confidence and gets no checklist line for it).
 */
export function relevantEngineLimits(limits: string[], sources: { migration: { status: string }; source: { text: string } }[]): string[] {
  const changedSql = sources.filter((s) => s.migration.status !== 'base').map((s) => s.source.text);
  const usesVector = changedSql.some((t) => /\b(vector|halfvec|sparsevec|hnsw|ivfflat)\b/i.test(t));
  return limits.filter((l) => usesVector || !/pgvector|\bvector\b/i.test(l));
}

export function renderReport(report: Report, format: OutputFormat, opts: { color?: boolean; verbose?: boolean } = {}): string {
  switch (format) {
    case 'markdown':
      return renderMarkdown(report);
    case 'json':
      return renderJson(report);
    case 'sarif':
      // Rule metadata from the registry: SARIF describes each rule as the rule does, not as its first finding.
      return renderSarif(report, { rules: rules.map((r) => ({ id: r.id, title: r.title, severity: r.severity, category: r.category, phase: r.phase })) });
    default:
      return renderText(report, { color: !!opts.color, verbose: !!opts.verbose });
  }
}

/**
 * 1 when any finding reaches the fail-on severity or the verdict is fail; an inconclusive verdict
 * exits 0 (it says what pgreview could not establish, not that the PR is wrong) unless
 * `failOnInconclusive` asks for 1. Else 0.
 */
export function exitCodeFor(report: Report, failOn: Severity, failOnInconclusive = false): number {
  if (report.verdict === 'fail') return 1;
  if (report.verdict === 'inconclusive') {
    if (failOnInconclusive) return 1;
    // A failed migration or a finding that the broken base history may explain is not blamed on the PR.
    return report.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn] && f.ruleId !== 'migration-failed') ? 1 : 0;
  }
  if (report.findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn])) return 1;
  return 0;
}
