// Terminal output: a terminal's review. By default one screen: the verdict, what to fix and where
// (with the fix), what is recommended (one line each), the checklist. --verbose adds why each finding
// matters, its evidence, the decision and risk matrices, the per-statement trace, objects, probes and
// validation queries. Colour only when asked, and the text reads the same without it (labels carry
// the meaning, colour only emphasises). PR text is passed through `term`, which removes control
// characters so SQL cannot drive the terminal.
import type { Finding, Report, Severity } from '../../types.js';
import { clip, term } from '../escape.js';
import { NOT_JUDGED } from '../assess.js';
import { duration, penaltiesByFactor, plural } from '../facts.js';
import { toolName } from '../../migrations/tool-advice.js';
import {
  APPLY_LABEL,
  baseHistoryLine,
  notReviewedLine,
  RISK_LABEL,
  SEVERITY_LABEL,
  VERDICT_LABEL,
  bySeverity,
  changedMigrations,
  docLink,
  evidenceLine,
  findingLabels,
  groupFindings,
  groupFixSql,
  groupTitle,
  location,
  lockSummary,
  refList,
} from './common.js';

export interface TextOptions {
  /** ANSI colours; off by default (pipes, CI logs, NO_COLOR). */
  color?: boolean;
  /** Everything: messages, evidence, matrices, per-statement traces, probes, validation queries (default false: one screen). */
  verbose?: boolean;
}

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, dim: 2, bold: 1 } as const;
type Style = keyof typeof CODES;

/** What every section of the text report draws with. */
interface TextRender {
  report: Report;
  verbose: boolean;
  paint: (s: string, ...styles: Style[]) => string;
  sevStyle: Record<Severity, Style>;
  labels: Map<string, string>;
  label: (f: Finding) => string;
  lines: string[];
  /** A section heading. */
  h: (title: string) => void;
  indent: (s: string, n?: number) => string;
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const color = options.color ?? false;
  const paint = (s: string, ...styles: Style[]) => (color ? `${styles.map((x) => `\x1b[${CODES[x]}m`).join('')}${s}\x1b[0m` : s);
  const labels = findingLabels(report);
  const lines: string[] = [];
  const t: TextRender = {
    report,
    verbose: options.verbose ?? false,
    paint,
    sevStyle: { critical: 'red', high: 'red', medium: 'yellow', low: 'blue', info: 'dim' },
    labels,
    label: (f) => labels.get(f.fingerprint) ?? '',
    lines,
    h: (title) => lines.push('', paint(title.toUpperCase(), 'bold'), paint('─'.repeat(title.length), 'dim')),
    indent: (s, n = 4) => s.split('\n').map((l) => ' '.repeat(n) + l).join('\n'),
  };
  summaryLines(t);
  findingSections(t);
  if (!t.verbose) {
    lines.push(paint('Run with --verbose for why each finding matters, evidence, matrices, the per-statement trace and probes; --format markdown for the PR comment.', 'dim'));
    return `${lines.join('\n')}\n`;
  }
  decisionMatrixSection(t);
  migrationsSection(t);
  objectsSection(t);
  riskMatrixSection(t);
  liveSection(t);
  const timings = report.timings;
  lines.push('', paint(`pgreview ${report.tool.version}: ${duration(timings.totalMs)} (parse ${duration(timings.parseMs)}, static ${duration(timings.staticMs)}, live ${duration(timings.liveMs)})`, 'dim'));
  return `${lines.join('\n')}\n`;
}

/** Verdict, reason, next step and the one-line counts. */
function summaryLines(t: TextRender): void {
  const { report, paint, sevStyle, lines } = t;
  const s = report.summary;
  const verdictStyle: Style = report.verdict === 'pass' ? 'green' : report.verdict === 'fail' ? 'red' : 'yellow';
  lines.push(paint(`pgreview: ${VERDICT_LABEL[report.verdict].toUpperCase()}`, 'bold', verdictStyle) + `  confidence ${report.confidence}/100`);
  lines.push(term(report.verdictReason));
  if (report.nextStep) lines.push(paint(`What to do: ${term(report.nextStep)}`, 'bold'));
  const counts = (['critical', 'high', 'medium', 'low', 'info'] as Severity[]).filter((x) => s.findings[x] > 0).map((x) => paint(`${s.findings[x]} ${x}`, sevStyle[x]));
  const changedRan = changedMigrations(report).some((m) => m.applied === 'applied' || m.applied === 'failed');
  lines.push(
    `${counts.length ? counts.join(', ') : 'no findings'}${s.suppressed ? ` (${s.suppressed} suppressed)` : ''} · ${s.changed} changed of ${plural(s.migrations, 'migration')} (${plural(s.statements, 'statement')}) · ${report.engine && changedRan ? `applied on ${term(report.engine.description)}` : 'not applied live'}`,
  );
}

/** Findings to fix (in full) and recommended (one line each unless verbose), suppressions, the checklist and what lowered confidence. */
function findingSections(t: TextRender): void {
  const { report, verbose, paint, sevStyle, label, labels, lines, h } = t;
  // What to fix: every finding at high or above in full, with its fix.
  // Findings the review could not judge (an apply failure after a base history that did not build) are not "to fix".
  const notJudged = new Set(report.checklist.filter((c) => c.source === NOT_JUDGED).flatMap((c) => c.refs ?? []));
  const blocking = report.findings.filter((f) => (f.severity === 'critical' || f.severity === 'high') && !notJudged.has(f.fingerprint));
  const rest = report.findings.filter((f) => !blocking.includes(f));
  if (blocking.length) {
    h('Fix');
    for (const e of groupFindings(blocking)) lines.push(...(e.kind === 'one' ? findingLines(t, e.finding) : groupLines(t, e.findings)));
  }
  if (rest.length) {
    h(blocking.length ? 'Also recommended' : 'Recommended');
    if (verbose) for (const e of groupFindings(rest)) lines.push(...(e.kind === 'one' ? findingLines(t, e.finding) : groupLines(t, e.findings)));
    else {
      // One line per finding, or per rule when it fired several times.
      for (const e of groupFindings(rest)) {
        if (e.kind === 'one') {
          const f = e.finding;
          lines.push(`  ${label(f).padEnd(4)} ${paint(f.severity.padEnd(6), sevStyle[f.severity])} ${term(clip(f.title, 90))}  ${paint(term(location(f)), 'dim')}`);
        } else {
          const f = e.findings[0]!;
          lines.push(`  ${label(f).padEnd(4)} ${paint(f.severity.padEnd(6), sevStyle[f.severity])} ${term(clip(groupTitle(e.findings), 80))} ×${e.findings.length}  ${paint(`${term(location(f))} …`, 'dim')}`);
        }
      }
    }
  }
  if (report.suppressed.length && verbose) {
    lines.push('', `  Suppressed (${report.suppressed.length}):`);
    for (const f of report.suppressed) lines.push(`    ${f.ruleId}  ${term(location(f))}  ${term(f.reason)}`);
  }
  if (report.checklist.length) {
    h('Before deploying');
    for (const c of report.checklist.filter((x) => verbose || !x.done)) {
      const refs = refList(labels, c.refs, 8);
      lines.push(`  [${c.done ? 'x' : ' '}] ${term(c.text)}${refs ? `: ${refs}` : ''}`);
    }
  }
  if (report.confidenceFactors.length) {
    lines.push('', `Confidence lowered by: ${penaltiesByFactor(report.confidenceFactors).map(([k, n]) => `${term(k)} −${n}`).join(', ')}`);
    if (verbose) for (const f of report.confidenceFactors) lines.push(`  -${String(f.penalty).padStart(2)}  ${term(f.detail)}`);
  }
}

/** The decision matrix (verbose). */
function decisionMatrixSection(t: TextRender): void {
  const { report, paint, labels, lines, h } = t;
  h('Decision matrix');
  const statusWord = { ok: 'OK', warn: 'WARN', fail: 'FAIL', unknown: '??' } as const;
  const statusStyle = { ok: 'green', warn: 'yellow', fail: 'red', unknown: 'dim' } as const;
  const itemW = Math.max(4, ...report.decisionMatrix.map((r) => r.item.length));
  for (const r of report.decisionMatrix) {
    lines.push(
      `  ${term(r.item).padEnd(itemW)}  ${paint(statusWord[r.status].padEnd(4), statusStyle[r.status])}  ${(r.priority === '-' ? '-' : r.priority).padEnd(8)}  ${term(r.action)}${r.refs?.length ? ` → ${refList(labels, r.refs)}` : ''}`,
    );
  }
}

/** Each changed migration: how it applied, its locks, rewrites, error and per-statement trace; then the base history. */
function migrationsSection(t: TextRender): void {
  const { report, paint, lines, h, indent } = t;
  h('Migrations');
  const changed = changedMigrations(report);
  if (!changed.length) lines.push('  No changed migrations.');
  for (const m of changed) {
    const status = m.couldNotVerify ? `could not verify (line ${m.error?.line ?? '?'}): ${m.couldNotVerify}` : m.applied === 'failed' && m.error ? `FAILED at line ${m.error.line}` : APPLY_LABEL[m.applied];
    lines.push(`  ${term(m.file)}  [${m.status}] ${plural(m.statements, 'statement')}, ${paint(status, m.applied === 'failed' ? 'red' : m.applied === 'applied' ? 'green' : 'dim')}, ${duration(m.durationMs)}${m.transactional ? '' : ', no transaction'}`);
    // Locks on relations that existed before the PR; the ones it creates block nobody and are counted.
    const locks = lockSummary(m.locks, report);
    for (const l of [...locks.tables, ...locks.others]) {
      lines.push(`      lock ${l.mode} on ${l.kind === 'table' ? '' : `${l.kind} `}${term(l.relation)}${l.heldMs !== undefined ? ` for ${duration(l.heldMs)}` : ''}`);
    }
    if (locks.newRelations) lines.push(paint(`      + locks on ${plural(locks.newRelations, 'relation')} created here (they block nobody)`, 'dim'));
    for (const r of m.rewrites) lines.push(`      rewrite ${term(r)}`);
    if (m.error) {
      lines.push(indent(term(m.error.message), 6));
      if (m.error.detail) lines.push(indent(`DETAIL: ${term(m.error.detail)}`, 6));
      if (m.error.hint) lines.push(indent(`HINT: ${term(m.error.hint)}`, 6));
    }
    if (m.trace?.length) {
      for (const t of m.trace) {
        const res = t.error ? `error: ${term(t.error.message)}` : t.skipped ? `skipped: ${term(t.skipped)}` : 'ok';
        lines.push(paint(`      L${t.line} ${term(t.kind)} ${duration(t.durationMs)} ${res}`, 'dim'));
      }
    }
  }
  const baseRows = report.migrations.filter((m) => m.status === 'base');
  if (report.baseHistory?.total) lines.push(`  ${baseHistoryLine(report.baseHistory, term)}`);
  if (report.notReviewed?.length) lines.push(`  ${notReviewedLine(report.notReviewed, term)}`);
  else if (baseRows.length) lines.push(`  Base history: ${plural(baseRows.length, 'migration')} applied first; ${baseRows.filter((m) => m.applied === 'failed').length} failed.`);
}

/** Objects created, altered and dropped, by kind. */
function objectsSection(t: TextRender): void {
  const { report, lines, h } = t;
  const o = report.objects;
  if (o.created.length + o.altered.length + o.dropped.length) {
    h('Objects');
    for (const [label, refs] of [['created', o.created], ['altered', o.altered], ['dropped', o.dropped]] as const) {
      if (!refs.length) continue;
      lines.push(`  ${label} (${refs.length}):`);
      for (const k of [...new Set(refs.map((r) => r.kind))]) {
        lines.push(`    ${k}: ${refs.filter((r) => r.kind === k).map((r) => term(r.name)).join(', ')}`);
      }
    }
  }
}

/** The risk matrix. */
function riskMatrixSection(t: TextRender): void {
  const { report, labels, lines, h } = t;
  h('Risk matrix');
  for (const r of report.riskMatrix) {
    lines.push(`  ${RISK_LABEL[r.risk].padEnd(28)} likelihood ${r.likelihood.padEnd(6)} impact ${r.impact.padEnd(8)} ${term(r.mitigation)}${r.refs?.length ? ` → ${refList(labels, r.refs)}` : ''}`);
  }
}

/** The engine, each probe, and the post-migration validation queries. */
function liveSection(t: TextRender): void {
  const { report, paint, lines, h, indent } = t;
  h('Live verification');
  if (report.engine) {
    lines.push(`  Engine: ${term(report.engine.description)} (${term(report.engine.reason)}); pgvector ${report.engine.pgvector ? 'yes' : 'no'}`);
  } else lines.push('  Not applied to a live database.');
  for (const p of report.probes) {
    lines.push(`  probe ${term(p.probe)}: ${paint(p.status, p.status === 'passed' ? 'green' : p.status === 'failed' ? 'red' : 'yellow')}: ${term(p.summary)}`);
    for (const d of p.details ?? []) lines.push(`      ${term(d)}`);
    for (const d of p.notProbed ?? []) lines.push(`      not probed: ${term(d)}`);
  }

  if (report.validationQueries.length) {
    h('Post-migration validation queries');
    report.validationQueries.forEach((q, i) => {
      lines.push('', `  -- ${i + 1}. ${term(q.title)}: expect ${term(q.expect)}`, indent(term(q.sql), 2));
    });
  }
}

/** One finding in full: title, place, message (verbose), fix, evidence and docs link. */
function findingLines(t: TextRender, f: Finding): string[] {
  const { report, verbose, paint, sevStyle, label, indent } = t;
  const out = [
    `  ${label(f).padEnd(4)} ${paint(f.severity, sevStyle[f.severity])}  ${term(f.title)}`,
    paint(`       ${term(location(f))}:${f.column}  ${f.ruleId}${f.object && !f.title.includes(f.object) && f.object !== location(f) ? `  ${term(f.object)}` : ''}`, 'dim'),
  ];
  if (verbose) out.push(indent(term(f.message), 7));
  if (f.fix) {
    out.push(`       Fix: ${term(f.fix.description)}`);
    if (f.fix.tool) out.push(`       With ${toolName(report.layout.id)}: ${term(f.fix.tool)}`);
    if (f.fix.sql) out.push(indent(term(f.fix.sql), 9));
  }
  if (verbose && f.evidence && Object.keys(f.evidence).length) out.push(indent(`Evidence: ${term(evidenceLine(f.evidence, 400))}`, 7));
  if (verbose) out.push(paint(`       docs: ${docLink(report, f.ruleId)}`, 'dim'));
  return out;
}

/** A rule that fired in several places: one block, each place on its own line, one fix. */
function groupLines(t: TextRender, fs: Finding[]): string[] {
  const { report, verbose, paint, sevStyle, label, indent } = t;
  const f = fs[0]!;
  const out = [`  ${paint(f.severity, sevStyle[f.severity])}  ${term(groupTitle(fs))} (${fs.length} places)  ${paint(f.ruleId, 'dim')}`];
  const ownTitles = new Set(fs.map((x) => x.title)).size > 1;
  for (const x of fs) out.push(`    ${label(x).padEnd(4)} ${term(location(x))}:${x.column}${ownTitles ? `  ${term(x.title)}` : x.object ? `  ${term(x.object)}` : ''}`);
  if (verbose) out.push(indent(term(f.message), 7));
  const fix = fs.find((x) => x.fix)?.fix;
  if (fix) {
    out.push(`       Fix: ${term(fix.description)}`);
    if (fix.tool) out.push(`       With ${toolName(report.layout.id)}: ${term(fix.tool)}`);
    const sql = groupFixSql(fs);
    if (sql) out.push(...(sql.all ? [] : [`       (for ${term(f.object ?? location(f))}; the others alike)`]), indent(term(sql.sql), 9));
  }
  if (verbose) out.push(paint(`       docs: ${docLink(report, f.ruleId)}`, 'dim'));
  return out;
}
