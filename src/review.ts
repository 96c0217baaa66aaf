// The one entry point shared by the CLI and the action: plan → parse → static rules → live → assess.
// Nothing here knows about GitHub.

import type { Finding, MigrationReport, OutputFormat, ProbeResult, Report, Settings, Severity } from './types.js';
import { SEVERITY_RANK } from './types.js';
import { grammarNote, loadParser } from './sql/parse.js';
import { planMigrations } from './migrations/index.js';
import { parseMigrationsLoadingGrammar18, runStatic, compareFindings } from './analysis/static.js';
import { staticObjectChanges } from './analysis/objects.js';
import { EXTENSION_OBJECTS } from './analysis/extension-objects.js';
import { rules } from '../rules/index.js';
import type { Rule } from './analysis/rules.js';
import { assess } from './report/assess.js';
import { renderMarkdown } from './report/render/markdown.js';
import { renderText } from './report/render/text.js';
import packageJson from '../package.json' with { type: 'json' };
import { renderJson } from './report/render/json.js';
import { renderSarif, type SarifOptions } from './report/render/sarif.js';
// The live stage, the stats reader and the engines behind them (pg, PGlite, testcontainers) are
// imported when used: a static run (--engine none, no --stats) loads none of them.
import type { LiveInput } from './live/review.js';
import { notRun, type LiveOutcome } from './live/outcome.js';
import type { ProductionStats } from './stats/load.js';
import { applyProductionStats, rowsOf, STATS_REHEARSAL_ROWS, STATS_REHEARSAL_TIMINGS } from './stats/estimate.js';

// From package.json, which esbuild inlines: the bundles in dist/ (CLI and action) carry the version they were built with.
export const VERSION: string = packageJson.version;

/**
 * Milliseconds on a monotonic clock, for the report's timings. Not performance.now(): the global
 * `performance` loads node:perf_hooks on first use (~0.5 ms CPU of a static run that needs none of it).
 */
function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export async function review(settings: Settings): Promise<Report> {
  const t0 = nowMs();
  // Production figures are read before anything runs; PR SQL never goes near the stats URL.
  if (settings.statsUrl && settings.databaseUrl && settings.statsUrl.trim() === settings.databaseUrl.trim() && settings.engine !== 'none') {
    throw new Error('the stats URL is also the database URL: pgreview never runs pull request SQL on the database it reads production statistics from. Give the url engine a branch or a copy, or use --engine none.');
  }
  let production: ProductionStats | undefined;
  const statsNotes: ProbeResult[] = [];
  try {
    if (settings.statsFile || settings.statsUrl) production = await (await import('./stats/load.js')).loadProductionStats(settings);
  } catch (e) {
    // A stats file the user named must be right (usage error); an unreachable stats URL only costs the figures.
    if (settings.statsFile) throw e;
    statsNotes.push({ probe: 'production-stats', status: 'not-run', summary: `not used: ${(e as Error).message}` });
  }
  if (production && settings.rows === undefined) {
    // More seeded rows give a per-row cost above timing noise: as many as production's largest table
    // has, up to STATS_REHEARSAL_ROWS (docs/severity-by-size.md).
    const largest = Math.max(0, ...Object.values(productionRows(production)));
    const { DEFAULT_ROWS } = await import('./live/probes/data-volume.js');
    settings = { ...settings, rows: Math.min(STATS_REHEARSAL_ROWS, Math.max(DEFAULT_ROWS, largest)) };
  }
  if (production) settings = { ...settings, rehearsalTimings: settings.rehearsalTimings ?? STATS_REHEARSAL_TIMINGS };
  const set = await planMigrations(settings);
  const sources = await parseMigrationsLoadingGrammar18(set);
  const t1 = nowMs();
  const st = runStatic(settings, set, rules, sources);
  const t2 = nowMs();

  const changed = set.migrations.filter((m) => m.status !== 'base');
  const statementsTotal = st.reviewed.length;
  const live = await runLiveStage({ settings, set, sources, staticResult: st, rules, production });
  const t3 = nowMs();

  const noOps = liveNoOps(live.migrations, st.findings);
  const findings: Finding[] = mergeFindings(noOps.kept, live.findings, rules);
  if (production) {
    const ruleSeverity = (id: string) => rules.find((r) => r.id === id)?.severity;
    applyProductionStats(findings, production, live.calibrations, settings, ruleSeverity, live.ran ? undefined : `the live stage did not run (${live.skippedReason})`);
    statsNotes.push(productionSummary(production, findings, live.ran));
  }
  const upStatements = new Map<string, number>();
  for (const s of sources) if (s.direction === 'up') upStatements.set(s.migration.id, (upStatements.get(s.migration.id) ?? 0) + s.statements.length);
  const migrations: MigrationReport[] = live.migrations.length
    ? live.migrations
    : changed.map((m) => ({
        id: m.id,
        file: m.path,
        status: m.status,
        transactional: m.transactional,
        statements: upStatements.get(m.id) ?? 0,
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

  const report = assess({
    settings,
    set,
    findings,
    suppressed: [...st.suppressed, ...live.suppressed, ...noOps.suppressed],
    preset: live.preset?.id ?? (settings.preset ?? (st.supabase ? 'supabase' : 'plain')),
    migrations,
    objects: live.objects ?? staticObjectChanges(st.reviewed),
    probes: [...live.probes, ...statsNotes],
    engine: live.engine ? { ...live.engine, notes: [...(live.engine.notes ?? []), grammarNote(sources), ...noOps.notes] } : live.engine,
    baseHistory: live.baseHistory,
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
      totalMs: Math.round(nowMs() - t0),
      parseMs: Math.round(t1 - t0),
      staticMs: Math.round(t2 - t1),
      liveMs: Math.round(t3 - t2),
    },
    toolVersion: VERSION,
    rollback: live.rollback,
  });
  if (live.rollback) report.rollback = live.rollback;
  return report;
}

/** The live stage, loaded only when it runs; a static review gets the outcome runLive gives for --engine none. */
async function runLiveStage(input: LiveInput): Promise<LiveOutcome> {
  if (input.settings.engine === 'none') return notRun('static review only (--engine none)');
  // The live stage parses SQL of its own (the data-volume probe reads a DO block's statements with
  // parseStatementsSync, which falls back to 18's grammar), and the static stage loaded 18's module
  // only if a migration needed it.
  await loadParser();
  return (await import('./live/review.js')).runLive(input);
}

function productionRows(production: ProductionStats): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [name, f] of Object.entries(production.stats.relations)) {
    const r = rowsOf(f);
    if (r) out[name] = r.rows;
  }
  return out;
}

/** The report's line on production statistics: where they came from and what they changed. */
function productionSummary(production: ProductionStats, findings: Finding[], liveRan: boolean): ProbeResult {
  const sized = findings.filter((f) => f.evidence?.production);
  const drift = findings.filter((f) => f.ruleId === 'schema-drift');
  const s = production.stats;
  return {
    probe: 'production-stats',
    status: 'passed',
    summary: `figures from ${production.source}: ${Object.keys(s.relations).length} relation(s); ${sized.length} finding(s) carry production sizes; ${liveRan ? `${drift.length} schema drift finding(s)` : 'schema drift not checked (needs the live stage)'}`,
    details: [
      `server settings (role defaults of ${s.session.role}): ${Object.entries(s.settings).map(([k, v]) => `${k}=${v.value}${v.unit ?? ''}`).join(', ')}`,
      ...(s.writeAccess.length ? [`the stats were collected by a role that can write: ${s.writeAccess.join('; ')}`] : []),
    ],
  };
}

/**
 * Static findings about statements that did nothing where they ran (`IF NOT EXISTS` of an existing
 * object, `IF EXISTS` of an absent one, as the live catalog said right before each ran): they took no
 * lock, built nothing and changed no type, so those findings are set aside with the reason. Only a
 * compatibility finding stays (the statement must still parse and run on the server).
 */
export function liveNoOps(migrations: MigrationReport[], staticFindings: Finding[]): { kept: Finding[]; suppressed: (Finding & { reason: string })[]; notes: string[] } {
  const at = new Map<string, string>();
  for (const m of migrations) for (const t of m.trace ?? []) if (t.noOp) at.set(`${m.file}\u0000${t.line}`, t.noOp);
  if (!at.size) return { kept: staticFindings, suppressed: [], notes: [] };
  const kept: Finding[] = [];
  const suppressed: (Finding & { reason: string })[] = [];
  for (const f of staticFindings) {
    const why = f.category !== 'compatibility' ? at.get(`${f.file}\u0000${f.line}`) : undefined;
    if (why) suppressed.push({ ...f, reason: `the statement did nothing on the review database: ${why}` });
    else kept.push(f);
  }
  const notes: string[] = [];
  let quiet = 0;
  for (const [k, why] of at) {
    const [file, line] = k.split('\u0000');
    const n = suppressed.filter((f) => f.file === file && String(f.line) === line).length;
    if (n) notes.push(`${file}:${line} did nothing on the review database (${why}): ${n} finding(s) about its effect set aside. If production has objects the migrations do not create, it may act there.`);
    else quiet++;
  }
  if (quiet) notes.push(`${quiet} other IF [NOT] EXISTS statement(s) did nothing on the review database.`);
  return { kept, suppressed, notes };
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

/** pgvector's types and index methods (src/analysis/extension-objects.ts), as words of SQL text. */
const VECTOR_WORDS = new RegExp(`\\b(${[...(EXTENSION_OBJECTS.vector!.types ?? []), ...(EXTENSION_OBJECTS.vector!.methods ?? [])].join('|')})\\b`, 'i');

/**
 * Engine limits that matter for this PR: "no pgvector" only when the changed SQL mentions vector
 * (a project that never uses it loses no confidence and gets no checklist line for it).
 */
export function relevantEngineLimits(limits: string[], sources: { migration: { status: string }; source: { text: string } }[]): string[] {
  if (!limits.length) return limits; // a static run: no engine, nothing to search the SQL for
  const changedSql = sources.filter((s) => s.migration.status !== 'base').map((s) => s.source.text);
  const usesVector = changedSql.some((t) => VECTOR_WORDS.test(t));
  return limits.filter((l) => usesVector || !/pgvector|\bvector\b/i.test(l));
}

/** Rule metadata from the registry: SARIF describes each rule as the rule does, not as its first finding. */
export function sarifOptions(): SarifOptions {
  return { rules: rules.map((r) => ({ id: r.id, title: r.title, severity: r.severity, category: r.category, phase: r.phase })) };
}

export function renderReport(report: Report, format: OutputFormat, opts: { color?: boolean; verbose?: boolean } = {}): string {
  switch (format) {
    case 'markdown':
      return renderMarkdown(report);
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, sarifOptions());
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
