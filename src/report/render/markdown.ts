// The PR comment (and job summary): GitHub-flavoured markdown, read between two other tasks. Visible:
// the verdict (and, when inconclusive, what to do), the findings (each once, with its evidence in a
// sentence), and a short checklist that points to them by label (F1, F2…). Folded: the decision and
// risk matrices (which point to the findings too), the live run, the objects, the validation
// queries. Raw JSON never appears: it is in report.json. Every string that can come from the PR goes
// through escape.ts. The size budget drops detail in a fixed order and says what it dropped; the
// verdict and the critical findings are the last things standing.
import type { Finding, LockRecord, MigrationReport, ObjectRef, Report, Severity } from '../../types.js';
import { cell, cellCode, clip, code, codeBlock, html, link, md } from '../escape.js';
import { duration, localeOrder, penaltiesByFactor, plural, qualifiedParts } from '../facts.js';
import { rollbackSection } from './rollback.js';
import { toolName } from '../../migrations/tool-advice.js';
import {
  APPLY_ICON,
  baseHistoryLine,
  notReviewedLine,
  APPLY_LABEL,
  LEVEL_ICON,
  RISK_LABEL,
  SEVERITY_ICON,
  SEVERITY_LABEL,
  STATUS_ICON,
  VERDICT_ICON,
  VERDICT_LABEL,
  bySeverity,
  changedMigrations,
  docLink,
  evidenceLine,
  fileLink,
  findingLabels,
  refList,
  groupFindings,
  groupFixSql,
  groupTitle,
  location,
  lockSummary,
  type FindingEntry,
} from './common.js';

/** Hidden marker at the top of the comment, so the publisher finds and updates its own comment. */
export const COMMENT_MARKER = '<!-- pgreview:comment -->';

/** GitHub rejects comments over 65,536 characters; the default leaves room for the publisher's additions. */
export const DEFAULT_MAX_CHARS = 60_000;

export interface MarkdownOptions {
  /** Hard limit on the output length (characters). */
  maxChars?: number;
  /** Where the untrimmed report lives, named in the "trimmed" note (e.g. "the job summary"). */
  fullReportHint?: string;
}

type FindingMode = 'full' | 'compact' | 'minimal' | 'none';

/** How much of each part to render; the budget walks down these one step at a time. */
interface Detail {
  validation: boolean;
  evidence: boolean;
  trace: boolean;
  suppressedList: boolean;
  objectsList: boolean;
  risk: boolean;
  /** Max rows in the per-migration table. */
  migrationRows: number;
  findings: Record<Severity, FindingMode>;
  /** Fix SQL blocks are the bulkiest part of a finding. */
  fixSql: Record<Severity, boolean>;
  dropped: string[];
}

const FULL: Detail = {
  validation: true,
  evidence: true,
  trace: true,
  suppressedList: true,
  objectsList: true,
  risk: true,
  migrationRows: Infinity,
  findings: { critical: 'full', high: 'full', medium: 'full', low: 'full', info: 'full' },
  fixSql: { critical: true, high: true, medium: true, low: true, info: true },
  dropped: [],
};

/** Budget steps in order; each returns the next detail level, or undefined when it changes nothing. */
function steps(report: Report): ((d: Detail) => Detail | undefined)[] {
  const n = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const set = (patch: Partial<Detail>, what: string) => (d: Detail) => ({ ...d, ...patch, dropped: [...d.dropped, what] });
  const findingMode = (sevs: Severity[], mode: FindingMode, what: string) => (d: Detail) => {
    if (sevs.every((s) => n(s) === 0 || d.findings[s] === mode)) return undefined;
    const findings = { ...d.findings };
    for (const s of sevs) findings[s] = mode;
    return { ...d, findings, dropped: [...d.dropped, what] };
  };
  const noFixSql = (sevs: Severity[], what: string) => (d: Detail) => {
    const fixSql = { ...d.fixSql };
    for (const s of sevs) fixSql[s] = false;
    return { ...d, fixSql, dropped: [...d.dropped, what] };
  };
  const lowInfo = n('low') + n('info');
  return [
    set({ validation: false }, `the post-migration validation queries (${report.validationQueries.length})`),
    set({ evidence: false }, 'live evidence blocks'),
    findingMode(['low', 'info'], 'none', `${plural(lowInfo, 'low/info finding')}`),
    set({ trace: false }, 'per-statement traces'),
    set({ suppressedList: false }, 'the list of suppressed findings'),
    noFixSql(['medium'], 'fix SQL for medium findings'),
    findingMode(['medium'], 'none', `${plural(n('medium'), 'medium finding')}`),
    set({ objectsList: false }, 'the object lists (counts kept)'),
    noFixSql(['high'], 'fix SQL for high findings'),
    findingMode(['high'], 'compact', 'details of high findings'),
    set({ migrationRows: 50 }, 'per-migration rows beyond 50'),
    findingMode(['high'], 'none', `${plural(n('high'), 'high finding')}`),
    noFixSql(['critical'], 'fix SQL for critical findings'),
    set({ risk: false }, 'the risk matrix'),
    findingMode(['critical'], 'compact', 'details of critical findings'),
    set({ migrationRows: 10 }, 'per-migration rows beyond 10'),
    findingMode(['critical'], 'minimal', 'links of critical findings'),
  ];
}

export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  let detail: Detail = FULL;
  let out = render(report, detail, options);
  for (const step of steps(report)) {
    if (out.length <= maxChars) return out;
    const next = step(detail);
    if (!next) continue;
    detail = next;
    out = render(report, detail, options);
  }
  if (out.length <= maxChars) return out;
  // Still too long: only when the critical findings alone exceed the limit. Cut at a block boundary and say so.
  return hardTrim(out, maxChars);
}

function hardTrim(out: string, maxChars: number): string {
  const note = (n: number) =>
    `\n\n> [!WARNING]\n> This comment was cut at ${maxChars} characters: ${n} more characters (including critical findings) are only in the JSON/SARIF output and the job summary.\n`;
  let cut = out.slice(0, Math.max(0, maxChars - note(out.length).length - 20));
  const lastBlock = cut.lastIndexOf('\n\n');
  if (lastBlock > 0) cut = cut.slice(0, lastBlock);
  // Never leave a <details> open: close the ones the cut left unbalanced.
  const open = (cut.match(/^<details[ >]/gm) ?? []).length - (cut.match(/^<\/details>/gm) ?? []).length;
  cut += '\n\n</details>'.repeat(Math.max(0, open));
  return cut + note(out.length - cut.length);
}

function render(report: Report, d: Detail, options: MarkdownOptions): string {
  const labels = findingLabels(report);
  const blocks: string[] = [COMMENT_MARKER, ...header(report, d, options)];
  blocks.push(...findingsSection(report, d, labels));
  blocks.push(...checklistSection(report, labels));
  blocks.push(...matricesSection(report, d, labels));
  blocks.push(...liveSection(report, d));
  blocks.push(...objectsSection(report, d));
  blocks.push(...rollbackSection(report));
  if (d.validation) blocks.push(...validationSection(report));
  blocks.push(footer(report));
  return `${blocks.filter((b) => b.length > 0).join('\n\n')}\n`;
}

function details(summary: string, body: string[], open = false): string {
  return [`<details${open ? ' open' : ''}><summary>${summary}</summary>`, ...body, '</details>'].join('\n\n');
}

function table(head: string[], rows: string[][], align?: string[]): string {
  const sep = align ?? head.map(() => '---');
  return [`| ${head.join(' | ')} |`, `| ${sep.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

// ── header ──────────────────────────────────────────────────────────────────────────────────────

function header(report: Report, d: Detail, options: MarkdownOptions): string[] {
  const s = report.summary;
  const out: string[] = [];
  out.push(`## ${VERDICT_ICON[report.verdict]} pgreview: ${VERDICT_LABEL[report.verdict]} · confidence ${report.confidence}/100`);
  out.push(`**${md(report.verdictReason)}**`);
  if (report.nextStep) out.push(`> [!IMPORTANT]\n> **What to do:** ${md(report.nextStep)}`);
  const sevs: Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
  const counts = sevs.filter((x) => s.findings[x] > 0).map((x) => `${SEVERITY_ICON[x]} ${s.findings[x]} ${x}`);
  if (s.suppressed) counts.push(`${s.suppressed} suppressed`);
  const changed = changedMigrations(report);
  const ranLive = changed.some((m) => m.applied === 'applied' || m.applied === 'failed');
  const facts = [
    counts.length ? counts.join(' · ') : 'no findings',
    `${s.changed} changed of ${plural(s.migrations, 'migration')} (${plural(s.statements, 'statement')})`,
    report.engine && ranLive ? `applied on ${md(report.engine.description)}` : 'not applied live',
    `${code(report.layout.id)} layout`,
  ];
  const lines = [facts.join(' · ')];
  if (report.confidenceFactors.length) {
    const parts = penaltiesByFactor(report.confidenceFactors).map(([k, n]) => `${md(k)} −${n}`);
    lines.push(`Confidence lowered by: ${parts.join(', ')} (details under Live run).`);
  }
  out.push(lines.join('<br>\n'));
  if (d.dropped.length) {
    out.push(
      `> [!NOTE]\n> Trimmed to fit the comment size limit; dropped: ${d.dropped.map(md).join('; ')}. The full report is in ${md(options.fullReportHint ?? 'the JSON output (--format json) and the job summary')}.`,
    );
  }
  return out;
}

/** The decision and risk matrices: a reader's map, pointing to the findings (F1…) rather than restating them. */
function matricesSection(report: Report, d: Detail, labels: Map<string, string>): string[] {
  const body: string[] = [];
  if (report.decisionMatrix.length) {
    body.push(
      table(
        ['Item', 'Status', 'Priority', 'Action'],
        report.decisionMatrix.map((r) => {
          const refs = refList(labels, r.refs);
          return [
            cell(r.item),
            `${STATUS_ICON[r.status]} ${r.status}`,
            r.priority === '-' ? '—' : r.priority === 'critical' || r.priority === 'high' ? `**${r.priority.toUpperCase()}**` : r.priority,
            `${cell(r.action)}${refs ? ` → ${refs}` : ''}`,
          ];
        }),
      ),
    );
  }
  if (d.risk && report.riskMatrix.length) {
    body.push(
      table(
        ['Risk', 'Likelihood', 'Impact', 'Mitigation'],
        report.riskMatrix.map((r) => {
          const refs = refList(labels, r.refs);
          return [RISK_LABEL[r.risk], `${LEVEL_ICON[r.likelihood]} ${r.likelihood}`, `${LEVEL_ICON[r.impact]} ${r.impact}`, `${cell(clip(r.mitigation, 300))}${refs ? ` → ${refs}` : ''}`];
        }),
      ),
    );
  }
  if (!body.length) return [];
  const risky = report.riskMatrix.filter((r) => r.likelihood === 'high' || (r.likelihood === 'medium' && (r.impact === 'high' || r.impact === 'critical'))).map((r) => RISK_LABEL[r.risk].toLowerCase());
  return [details(`Decision and risk matrices${risky.length ? ` (elevated: ${html(risky.join(', '))})` : ''}`, body)];
}

// ── migrations ──────────────────────────────────────────────────────────────────────────────────

/**
 * Strongest lock per pre-existing table (what the application waits on), then pre-existing indexes
 * and sequences, then a count of the relations this PR creates: locking those blocks nobody.
 */
function locksCell(locks: LockRecord[], report: Report, max = 4, timed = true, countNew = true): string {
  const s = lockSummary(locks, report);
  const show = (l: { mode: string; relation: string; heldMs?: number }) => `${l.mode} ${cellCode(l.relation)}${timed && l.heldMs !== undefined ? ` ${duration(l.heldMs)}` : ''}`;
  const lines = s.tables.slice(0, max).map(show);
  if (s.tables.length > max) lines.push(`+${s.tables.length - max} more tables`);
  const others = s.others.slice(0, 2).map((l) => `${l.kind}: ${show(l)}`);
  if (s.others.length > 2) others.push(`+${s.others.length - 2} more indexes/sequences`);
  lines.push(...others);
  if (!countNew) return lines.length ? lines.join('<br>') : '—';
  if (s.newRelations) lines.push(`<sub>+${plural(s.newRelations, 'new relation')} (created here: blocks nobody)</sub>`);
  if (!s.tables.length && !s.others.length) lines.unshift('none on existing relations');
  return lines.join('<br>');
}

function rewritesCell(m: MigrationReport): string {
  if (!m.rewrites.length) return '—';
  return [...m.rewrites.slice(0, 3).map(cellCode), ...(m.rewrites.length > 3 ? [`+${m.rewrites.length - 3} more`] : [])].join('<br>');
}

function statusCell(m: MigrationReport): string {
  const at = m.applied === 'failed' && m.error ? ` at line ${m.error.line}` : '';
  const tx = m.transactional ? '' : ' (no transaction)';
  if (m.couldNotVerify) return `❔ could not verify${at}${tx}`;
  return `${APPLY_ICON[m.applied]} ${APPLY_LABEL[m.applied]}${at}${tx}`;
}

function migrationsSection(report: Report, d: Detail): string[] {
  const changed = changedMigrations(report);
  const base = report.baseHistory;
  const out: string[] = [];
  if (!changed.length) {
    out.push(report.migrations.length ? 'No changed migrations.' : 'No migrations were run.');
  } else {
    // Failed ones first when rows must be cut, so the reason for a fail always shows.
    const ordered = d.migrationRows < changed.length ? [...changed].sort((a, b) => Number(b.applied === 'failed') - Number(a.applied === 'failed')) : changed;
    const rows = ordered.slice(0, d.migrationRows).map((m) => [
      link(cellCode(m.file), fileLink(report, m.file)),
      m.status,
      String(m.statements),
      statusCell(m),
      m.applied === 'applied' || m.applied === 'failed' ? duration(m.durationMs) : '—',
      m.applied === 'applied' || m.applied === 'failed' ? locksCell(m.locks, report) : '—',
      rewritesCell(m),
    ]);
    out.push(table(['Migration', 'Change', 'Statements', 'Status', 'Duration', 'Strongest lock on existing relations', 'Rewrites'], rows, ['---', '---', '--:', '---', '--:', '---', '---']));
    if (changed.length > rows.length) out.push(`*${changed.length - rows.length} more changed migrations not shown.*`);
  }
  const baseRows = report.migrations.filter((m) => m.status === 'base');
  if (base?.total) out.push(baseHistoryLine(base, code));
  if (report.notReviewed?.length) out.push(notReviewedLine(report.notReviewed, code));
  else if (baseRows.length) {
    // Reports built without a baseHistory summary (older callers) list their base migrations.
    const failed = baseRows.filter((m) => m.applied === 'failed');
    const ms = baseRows.reduce((t, m) => t + (m.durationMs ?? 0), 0);
    out.push(
      `Base history: ${plural(baseRows.length, 'migration')} applied first${ms ? ` in ${duration(ms)}` : ''}${failed.length ? `; ${failed.length} failed (${failed.slice(0, 3).map((m) => code(m.file)).join(', ')})` : ''}.`,
    );
  }
  // A failure that a finding reports is shown there, once.
  const reported = new Set(report.findings.filter((f) => f.ruleId === 'migration-failed').map((f) => f.file));
  for (const m of changed.filter((x) => x.applied === 'failed' && x.error && !reported.has(x.file)).slice(0, 5)) {
    const e = m.error!;
    const parts = [`**${code(m.file)} ${m.couldNotVerify ? 'could not be verified; the engine stopped' : 'failed'} at ${link(code(`line ${e.line}`), fileLink(report, m.file, e.line))}:**`, codeBlock(clip(e.message, 2000), 'text')];
    if (e.detail) parts.push(`Detail:\n\n${codeBlock(clip(e.detail, 2000), 'text')}`);
    if (e.hint) parts.push(`Hint:\n\n${codeBlock(clip(e.hint, 1000), 'text')}`);
    out.push(parts.join('\n\n'));
  }
  if (d.trace) {
    for (const m of changed.filter((x) => x.trace?.length)) {
      const t = traceDetails(m, report);
      if (t) out.push(t);
    }
  }
  return out;
}

const TRACE_ROWS = 200;

/** A statement worth a row: it locked or rewrote something that existed, changed rows, failed, was skipped or took time. */
function traceMatters(t: NonNullable<MigrationReport['trace']>[number], report: Report): boolean {
  const l = lockSummary(t.locks, report);
  return !!(l.tables.length || l.others.length || t.rewrites.length || t.error || t.skipped || (t.rowsAffected ?? 0) > 0 || t.durationMs >= 100);
}

function traceDetails(m: MigrationReport, report: Report): string | undefined {
  const trace = m.trace!;
  // Statements that only built new, empty objects are quick and block nobody: counted, not listed.
  const shown = trace.filter((t) => traceMatters(t, report));
  if (!shown.length) return undefined;
  const rows = shown.slice(0, TRACE_ROWS).map((t) => [
    link(String(t.line), fileLink(report, m.file, t.line)),
    cellCode(t.kind),
    duration(t.durationMs),
    locksCell(t.locks, report, 4, false, false),
    t.rewrites.length ? t.rewrites.map(cellCode).join('<br>') : '—',
    t.error ? `❌ ${cell(clip(t.error.message, 300))}` : t.skipped ? `⏭️ ${cell(t.skipped)}` : t.rowsAffected !== undefined ? `${t.rowsAffected} rows` : '✅',
  ]);
  const body = [table(['Line', 'Statement', 'Duration', 'Locks on existing relations', 'Rewrites', 'Result'], rows, ['--:', '---', '--:', '---', '---', '---'])];
  if (shown.length > TRACE_ROWS) body.push(`*${shown.length - TRACE_ROWS} more statements not shown.*`);
  const rest = trace.length - shown.length;
  if (rest) body.push(`*${plural(rest, 'other statement')} only created or changed objects new in this PR, quickly and without touching existing relations.*`);
  return details(`Statements in ${html(m.file)} that touch existing relations, fail or take time (${shown.length} of ${trace.length})`, body);
}

// ── findings ────────────────────────────────────────────────────────────────────────────────────

/** The fix: what to do, how in the user's migration tool when it matters, and the SQL. */
/** Texts already said in this comment, and the label that said them first: later findings point back. */
type Said = Map<string, string>;

function once(said: Said, text: string, label: string, render: () => string): string {
  const first = said.get(text);
  if (first && first !== label) return `as for ${first}`;
  said.set(text, label);
  return render();
}

function fixLines(fix: NonNullable<Finding['fix']>, sql: string | undefined, report: Report, d: Detail, sev: Severity, said: Said, label: string, sqlNote?: string): string {
  const out = [`**Fix:** ${once(said, fix.description, label, () => md(clip(fix.description, 800)))}`];
  if (fix.tool) out.push(`**With ${md(toolName(report.layout.id))}:** ${once(said, fix.tool, label, () => md(clip(fix.tool!, 600)))}`);
  if (sql && d.fixSql[sev] && sqlNote) out.push(sqlNote);
  let text = out.join('<br>\n');
  if (sql && d.fixSql[sev]) text += `\n${codeBlock(clip(sql, 3000), 'sql')}`;
  return text;
}

function evidenceSub(e: Finding['evidence'], d: Detail): string | undefined {
  if (!e || !d.evidence || !Object.keys(e).length) return undefined;
  return `<sub>Evidence: ${md(evidenceLine(e))}</sub>`;
}

/** One finding: a title line, where, why, the fix, the evidence in a sentence. */
function findingFull(f: Finding, report: Report, d: Detail, label: string, said: Said): string {
  const head = [
    `**${label} ${SEVERITY_ICON[f.severity]} ${md(f.title)}**`,
    [link(code(location(f)), fileLink(report, f.file, f.line)), link(code(f.ruleId), docLink(report, f.ruleId)), ...(f.object && !f.title.includes(f.object) && f.object !== location(f) ? [code(f.object)] : [])].join(' · '),
    once(said, f.message, label, () => md(clip(f.message, 1500))),
  ];
  const parts = [head.join('<br>\n')];
  if (f.fix) parts.push(fixLines(f.fix, f.fix.sql, report, d, f.severity, said, label));
  const ev = evidenceSub(f.evidence, d);
  if (ev) parts.push(ev);
  return parts.join('\n\n');
}

/** One rule that fired many times: title once, every place (with its label and evidence) as a list, why and how once. */
function groupFull(fs: Finding[], report: Report, d: Detail, labels: Map<string, string>, said: Said): string {
  const f = fs[0]!;
  const sev = f.severity;
  const ownTitles = new Set(fs.map((x) => x.title)).size > 1;
  // The places of one rule repeat a few titles and objects (hundreds of places on a large folder): each is escaped once.
  const title = memoized(md);
  const object = memoized(code);
  const what = (x: Finding) => (ownTitles ? `${title(x.title)}${x.object && !x.title.includes(x.object) ? ` (${object(x.object)})` : ''}` : x.object ? object(x.object) : '');
  const places = fs.map((x) => {
    const ev = d.evidence && x.evidence && Object.keys(x.evidence).length ? ` <sub>${md(evidenceLine(x.evidence, 160))}</sub>` : '';
    const named = what(x);
    return `- ${labels.get(x.fingerprint)} ${link(code(location(x)), fileLink(report, x.file, x.line))}${named ? ` · ${named}` : ''}${ev}`;
  });
  const head = [`**${SEVERITY_ICON[sev]} ${md(groupTitle(fs))}** · ${fs.length} places · ${link(code(f.ruleId), docLink(report, f.ruleId))}`, md(clip(f.message, 1500))];
  const parts = [head.join('<br>\n'), places.join('\n')];
  const fix = fs.find((x) => x.fix)?.fix;
  if (fix) {
    const sql = d.fixSql[sev] ? groupFixSql(fs) : undefined;
    parts.push(fixLines(fix, sql?.sql, report, d, sev, said, labels.get(f.fingerprint)!, sql && !sql.all ? `<sub>For ${code(f.object ?? location(f))}; the others alike:</sub>` : undefined));
  }
  return parts.join('\n\n');
}

/** `escape` with each distinct text escaped once. */
function memoized(escape: (text: string) => string): (text: string) => string {
  const done = new Map<string, string>();
  return (text) => {
    let out = done.get(text);
    if (out === undefined) done.set(text, (out = escape(text)));
    return out;
  };
}

function entryFull(e: FindingEntry, report: Report, d: Detail, labels: Map<string, string>, said: Said): string {
  return e.kind === 'one' ? findingFull(e.finding, report, d, labels.get(e.finding.fingerprint)!, said) : groupFull(e.findings, report, d, labels, said);
}

function findingCompact(f: Finding, report: Report, label: string): string {
  const fix = f.fix ? ` Fix: ${md(clip(f.fix.description, 200))}` : '';
  return `- ${label} ${SEVERITY_ICON[f.severity]} **${md(clip(f.title, 200))}** · ${link(code(location(f)), fileLink(report, f.file, f.line))} · ${link(code(f.ruleId), docLink(report, f.ruleId))}.${fix}`;
}

function findingMinimal(f: Finding, label: string): string {
  return `- ${label} ${SEVERITY_ICON[f.severity]} ${code(f.ruleId)} ${code(location(f))}${f.object ? ` ${code(f.object)}` : ''}`;
}

function findingsSection(report: Report, d: Detail, labels: Map<string, string>): string[] {
  const out: string[] = [];
  const said: Said = new Map();
  if (!report.findings.length) {
    out.push(report.summary.suppressed ? '### Findings\n\nNo findings (all suppressed; see below).' : '### Findings\n\nNo findings.');
  } else out.push('### Findings');
  for (const [sev, fs] of bySeverity(report.findings)) {
    const mode = d.findings[sev];
    const range = fs.length === 1 ? labels.get(fs[0]!.fingerprint)! : `${labels.get(fs[0]!.fingerprint)}–${labels.get(fs[fs.length - 1]!.fingerprint)}`;
    const title = `${SEVERITY_ICON[sev]} ${SEVERITY_LABEL[sev]} (${fs.length}): ${range}`;
    if (mode === 'none') {
      // Even dropped, say which rules they come from: it tells the reader where to look.
      const byRule = new Map<string, number>();
      for (const f of fs) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
      const top = [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const list = top.slice(0, 15).map(([id, n]) => `${code(id)} ×${n}`).join(', ');
      out.push(`*${title}: not shown here to fit the size limit.* By rule: ${list}${top.length > 15 ? `, +${top.length - 15} more rules` : ''}.`);
      continue;
    }
    const body =
      mode === 'full'
        ? groupFindings(fs).map((e) => entryFull(e, report, d, labels, said))
        : [fs.map((f) => (mode === 'compact' ? findingCompact(f, report, labels.get(f.fingerprint)!) : findingMinimal(f, labels.get(f.fingerprint)!))).join('\n')];
    // Blocking severities stay open; the rest fold.
    if (sev === 'critical' || sev === 'high') out.push(...body);
    else out.push(details(title, body));
  }
  if (report.suppressed.length) {
    if (d.suppressedList) {
      out.push(
        details(`Suppressed (${report.suppressed.length})`, [
          table(
            ['Rule', 'Location', 'Reason'],
            report.suppressed.slice(0, 100).map((f) => [cellCode(f.ruleId), link(cellCode(location(f)), fileLink(report, f.file, f.line)), cell(clip(f.reason, 300))]),
          ),
          ...(report.suppressed.length > 100 ? [`*${report.suppressed.length - 100} more not shown.*`] : []),
        ]),
      );
    } else out.push(`*${plural(report.suppressed.length, 'suppressed finding')} not listed.*`);
  }
  return out;
}

// ── objects ─────────────────────────────────────────────────────────────────────────────────────

function objectLines(refs: ObjectRef[]): string[] {
  const kinds = [...new Set(refs.map((r) => r.kind))];
  return kinds.map((k) => {
    const names = refs.filter((r) => r.kind === k);
    const shown = names.slice(0, 60).map((r) => `${code(r.name)}${r.detail ? ` (${md(clip(r.detail, 80))})` : ''}`);
    return `- **${k}** (${names.length}): ${shown.join(', ')}${names.length > 60 ? `, +${names.length - 60} more` : ''}`;
  });
}

/** Kinds that belong to a table, and how to find the table from the object's name or detail. */
const TABLE_PARTS: ObjectRef['kind'][] = ['column', 'constraint', 'policy', 'trigger', 'index', 'rls', 'grant'];

function tableOf(o: ObjectRef): string | undefined {
  switch (o.kind) {
    case 'table':
    case 'rls':
      return qualifiedParts(o.name, 2).join('.');
    case 'grant': {
      const i = o.name.lastIndexOf(':');
      return i > 0 ? qualifiedParts(o.name.slice(0, i), 2).join('.') : undefined;
    }
    case 'column':
    case 'constraint':
    case 'policy':
    case 'trigger': {
      const p = qualifiedParts(o.name, 3);
      return `${p[0]}.${p[1]}`;
    }
    case 'index': {
      const m = / ON (?:ONLY )?([^\s(]+)/.exec(o.detail ?? '');
      return m ? qualifiedParts(m[1]!.replace(/"/g, ''), 2).join('.') : undefined;
    }
    default:
      return undefined;
  }
}

/** "2 columns: a, b" / "3 indexes" / "RLS enabled": what one change did to one table, in a cell. */
function tablePart(kind: ObjectRef['kind'], refs: ObjectRef[]): string {
  const last = (o: ObjectRef) => (kind === 'grant' ? o.name.slice(o.name.lastIndexOf(':') + 1) : qualifiedParts(o.name, 3)[2]!);
  const names = (max: number) => {
    const ns = [...new Set(refs.map(last))];
    return `${ns.slice(0, max).map(cellCode).join(', ')}${ns.length > max ? `, +${ns.length - max}` : ''}`;
  };
  switch (kind) {
    case 'table':
      return '**table**';
    case 'rls':
      return `RLS ${refs.map((r) => cell(r.detail ?? 'changed')).join(', ')}`;
    case 'column':
      return `${plural(refs.length, 'column')}: ${names(8)}`;
    case 'policy':
      return `${plural(refs.length, 'policy', 'policies')}: ${names(4)}`;
    case 'trigger':
      return `${plural(refs.length, 'trigger')}: ${names(4)}`;
    case 'grant':
      return `grants to ${names(4)}`;
    case 'index':
      return plural(refs.length, 'index', 'indexes');
    default:
      return plural(refs.length, kind);
  }
}

function objectsSection(report: Report, d: Detail): string[] {
  const o = report.objects;
  const total = o.created.length + o.altered.length + o.dropped.length;
  if (!total) return [];
  const count = (refs: ObjectRef[]) => {
    const kinds = [...new Set(refs.map((r) => r.kind))];
    return kinds.map((k) => `${refs.filter((r) => r.kind === k).length} ${k}`).join(', ') || 'none';
  };
  const summary = `Objects: created ${count(o.created)} · altered ${count(o.altered)} · dropped ${count(o.dropped)} (${o.source === 'live' ? 'read from the catalog' : 'inferred from the SQL'})`;
  if (!d.objectsList) return [summary];
  // One row per table: what the PR created, altered and dropped on it. Other objects are listed after.
  const verbs = [
    ['created', o.created],
    ['altered', o.altered],
    ['dropped', o.dropped],
  ] as const;
  const rows = new Map<string, Record<string, ObjectRef[]>>();
  const loose: Record<string, ObjectRef[]> = { created: [], altered: [], dropped: [] };
  for (const [verb, refs] of verbs) {
    for (const r of refs) {
      const t = r.kind === 'table' || TABLE_PARTS.includes(r.kind) ? tableOf(r) : undefined;
      if (!t) {
        loose[verb]!.push(r);
        continue;
      }
      const row = rows.get(t) ?? {};
      (row[verb] ??= []).push(r);
      rows.set(t, row);
    }
  }
  const cellFor = (refs: ObjectRef[] | undefined) => {
    if (!refs?.length) return '—';
    const kinds = [...new Set(refs.map((r) => r.kind))].sort((a, b) => Number(b === 'table') - Number(a === 'table'));
    return kinds.map((k) => tablePart(k, refs.filter((r) => r.kind === k))).join(' · ');
  };
  const body: string[] = [];
  if (rows.size) {
    const used = verbs.filter(([verb]) => [...rows.values()].some((r) => r[verb]?.length)).map(([verb]) => verb);
    // Tables the PR creates first, then by name (each row's answer once, not per comparison).
    const createsTable = new Map([...rows].map(([t, row]) => [t, Number(!!row.created?.some((x) => x.kind === 'table'))]));
    const sorted = [...rows].sort((a, b) => createsTable.get(b[0])! - createsTable.get(a[0])! || localeOrder(a[0], b[0]));
    body.push(
      table(
        ['Table', ...used.map((v) => v[0]!.toUpperCase() + v.slice(1))],
        sorted.slice(0, 100).map(([t, row]) => {
          // A new table in an API-exposed preset without RLS is worth seeing here too.
          const noRls = report.preset !== 'plain' && row.created?.some((x) => x.kind === 'table') && !row.created.some((x) => x.kind === 'rls');
          return [cellCode(t), ...used.map((v) => `${cellFor(row[v])}${v === 'created' && noRls ? ' · ⚠️ **no RLS**' : ''}`)];
        }),
      ),
    );
    if (sorted.length > 100) body.push(`*${sorted.length - 100} more tables not shown.*`);
  }
  for (const [verb] of verbs) {
    if (loose[verb]!.length) body.push(`**${verb[0]!.toUpperCase() + verb.slice(1)}**`, objectLines(loose[verb]!).join('\n'));
  }
  return [details(html(summary), body)];
}

// ── live run, checklist, validation ─────────────────────────────────────────────────────────────

/** Everything the live run measured, folded: per-migration table, traces, probes, what could not be verified. */
function liveSection(report: Report, d: Detail): string[] {
  const out = migrationsSection(report, d);
  const e = report.engine;
  if (e) {
    const facts = [`Engine: ${md(e.description)} (${md(e.reason)})`, `pgvector: ${e.pgvector ? 'yes' : 'no'}`];
    if (e.serverVersion) facts.push(`server ${md(e.serverVersion)}`);
    out.push(facts.join(' · '));
  } else {
    out.push('The migrations were not applied to a live database.');
  }
  if (report.probes.length) {
    const icon = { passed: '✅', failed: '❌', 'not-run': '➖', partial: '◐', 'not-applicable': '▫️' } as Record<string, string>;
    const rows = report.probes.map((p) => {
      const extra = [...(p.details ?? []).slice(0, 10), ...(p.notProbed ?? []).slice(0, 10).map((x) => `not probed: ${x}`)];
      return [cellCode(p.probe), `${icon[p.status] ?? ''} ${p.status}`, [cell(clip(p.summary, 300)), ...extra.map((x) => cell(clip(x, 200)))].join('<br>')];
    });
    out.push(table(['Probe', 'Result', 'Summary'], rows));
  }
  // What lowered confidence, in words (the engine's limits that matter to this PR are among them).
  const gaps = report.confidenceFactors;
  if (gaps.length) out.push(`**Could not verify** (−${gaps.reduce((n, f) => n + f.penalty, 0)} confidence):\n${gaps.map((f) => `- ${md(clip(f.detail, 400))}`).join('\n')}`);
  const changed = changedMigrations(report);
  const applied = changed.filter((m) => m.applied === 'applied').length;
  const failed = changed.filter((m) => m.applied === 'failed').length;
  const summary = e
    ? `Live run: ${applied} of ${plural(changed.length, 'changed migration')} applied${failed ? `, ${failed} failed` : ''} on ${html(e.description)}`
    : 'Live run: not run';
  return [details(summary, out)];
}

function checklistSection(report: Report, labels: Map<string, string>): string[] {
  if (!report.checklist.length) return [];
  return [
    '### Before deploying',
    report.checklist
      .map((c) => {
        const refs = refList(labels, c.refs, 8);
        return `- [${c.done ? 'x' : ' '}] ${md(clip(c.text, 400))}${refs ? `: ${refs}` : ''}`;
      })
      .join('\n'),
  ];
}

function validationSection(report: Report): string[] {
  if (!report.validationQueries.length) return [];
  const body = report.validationQueries.map((q, i) => `**${i + 1}. ${md(q.title)}**: expect ${md(q.expect)}\n\n${codeBlock(clip(q.sql, 4000), 'sql')}`);
  return [details(`Validation: ${plural(report.validationQueries.length, 'query', 'queries')} to run after deploying`, body)];
}

function footer(report: Report): string {
  const t = report.timings;
  return `<sub>pgreview ${html(report.tool.version)} · ${duration(t.totalMs)} (parse ${duration(t.parseMs)}, static ${duration(t.staticMs)}, live ${duration(t.liveMs)}) · findings link to their rule docs</sub>`;
}
