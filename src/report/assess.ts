// assess: findings + evidence coverage → the Report (verdict, confidence, decision matrix, risk matrix,
// checklist, validation queries). Pure and synchronous: same input, same report.
import type {
  BaseHistory,
  Category,
  ChecklistItem,
  CoverageFactor,
  DecisionRow,
  EngineInfo,
  Finding,
  LayoutId,
  MigrationReport,
  Migration,
  MigrationSet,
  ObjectChanges,
  PresetId,
  ProbeResult,
  RollbackReport,
  Report,
  RiskRow,
  Settings,
  Severity,
  Verdict,
} from '../types.js';
import { SEVERITIES, SEVERITY_RANK } from '../types.js';
import { computeConfidence, type Coverage } from './confidence.js';
import {
  atLeast,
  blocksReads,
  blocksWrites,
  displayLock,
  duration,
  localeOrder,
  locksOnExisting,
  maxSeverity,
  normName,
  phrase,
  plural,
  rewritesOfExisting,
} from './facts.js';
import { validationQueries } from './validation.js';
import { outsideTransactionAdvice } from '../migrations/tool-advice.js';

export type { Coverage } from './confidence.js';

/** Verdict thresholds: findings at or above `failOn` fail the review, at or above `conditionsOn` add conditions. */
export interface VerdictThresholds {
  failOn: Severity;
  conditionsOn: Severity;
}

export const DEFAULT_THRESHOLDS: VerdictThresholds = { failOn: 'critical', conditionsOn: 'high' };

export interface AssessInput {
  /** `verdict` is read when present (it may move into Settings); defaults to critical/high. */
  settings: Settings & { verdict?: VerdictThresholds };
  set: MigrationSet;
  findings: Finding[];
  suppressed: (Finding & { reason: string })[];
  /** One per migration the live run saw (base and changed); changed ones drive the verdict. */
  migrations: MigrationReport[];
  /**
   * Catalog delta. Names: schema.table for tables/views/indexes/rls, schema.table.column for columns,
   * schema.table.name for policies/triggers/constraints, schema.name for functions/types.
   */
  objects: ObjectChanges;
  probes: ProbeResult[];
  engine: EngineInfo | null;
  /** How the base history was rebuilt on the review engine (counts, gaps, stand-ins). */
  baseHistory?: BaseHistory;
  coverage: Coverage;
  timings: Report['timings'];
  toolVersion: string;
  /** The preset actually used (settings.preset may be undefined = auto). */
  preset?: PresetId;
  /** The generated rollback and its proof, when the live stage produced one. */
  rollback?: RollbackReport;
}

/** Layouts whose convention includes a down file per migration: a missing one is a gap, not a style. */
const LAYOUTS_WITH_DOWN: LayoutId[] = ['golang-migrate', 'dbmate', 'diesel'];

const ROLLBACK_RULE = /revers|rollback|(^|-)down(-|$)/i;

export function assess(input: AssessInput): Report {
  const thresholds = input.settings.verdict ?? DEFAULT_THRESHOLDS;
  const findings = withToolAdvice([...input.findings].sort(compareFindings), input.set);
  const changed = input.migrations.filter((m) => m.status !== 'base');
  const { confidence, factors } = computeConfidence(input.coverage, input.migrations, input.baseHistory);
  const { verdict, reason, nextStep } = decideVerdict(findings, changed, thresholds, input, confidence, factors);

  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;

  return {
    schemaVersion: 2,
    tool: { name: 'pgreview', version: input.toolVersion },
    verdict,
    verdictReason: reason,
    ...(nextStep ? { nextStep } : {}),
    confidence,
    confidenceFactors: factors,
    engine: input.engine,
    ...(input.baseHistory ? { baseHistory: input.baseHistory } : {}),
    // Every file under the migrations folder that is not reviewed, with why (never ignored in silence).
    ...(input.set.skipped.length ? { notReviewed: input.set.skipped.map((s) => ({ file: s.path, reason: s.reason })) } : {}),
    layout: { id: input.set.layout, reason: input.set.layoutReason },
    preset: input.preset ?? input.settings.preset ?? (input.set.layout === 'supabase' ? 'supabase' : 'plain'),
    summary: {
      migrations: input.set.migrations.length,
      changed: input.set.migrations.filter((m) => m.status !== 'base').length,
      statements: input.coverage.statementsTotal,
      findings: counts,
      suppressed: input.suppressed.length,
    },
    migrations: input.migrations,
    findings,
    suppressed: input.suppressed,
    decisionMatrix: decisionMatrix(findings, input),
    riskMatrix: riskMatrix(findings, input),
    checklist: checklist(findings, input, thresholds, verdict),
    validationQueries: validationQueries(input.objects),
    objects: input.objects,
    probes: input.probes,
    links: { head: input.settings.linkBase, docs: input.settings.docsBase },
    timings: input.timings,
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    localeOrder(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    localeOrder(a.ruleId, b.ruleId)
  );
}

// ── verdict ─────────────────────────────────────────────────────────────────────────────────────

/** "1 critical and 2 high findings" */
export function countPhrase(findings: Finding[]): string {
  const bySev = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const parts = bySev.map(([s, n]) => `${n} ${s}`);
  const list = parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  return `${list} ${findings.length === 1 ? 'finding' : 'findings'}`;
}

/** A finding named in a sentence: its title, plus the object when the title does not already say it. */
function describe(f: Finding): string {
  const obj = f.object && !f.title.includes(f.object) ? ` (${f.object})` : '';
  return `${f.title}${obj}`;
}

function firstAndMore(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items[0]} (+${items.length - 1} more)`;
}

/** Checklist source of the findings that could not be judged (apply failures after a base history that did not build). */
export const NOT_JUDGED = 'coverage:base';

/** Below this confidence the review has not established enough to pass a PR: the verdict is inconclusive. */
export const INCONCLUSIVE_BELOW = 50;

/** Base (already merged) migrations that failed on the review engine: the schema under the PR is not production's. */
function baseFailures(input: AssessInput): MigrationReport[] {
  if (!input.coverage.liveRan) return [];
  const b = input.baseHistory;
  if (!b) return input.migrations.filter((m) => m.status === 'base' && m.applied === 'failed');
  // With a baseHistory summary, the gaps count only when a changed migration depends on one
  // (couldNotVerify): a PR that applied on the partial base was checked, with lower confidence.
  if (!input.migrations.some((m) => m.status !== 'base' && m.couldNotVerify)) return [];
  // One entry per base file not fully built, the first carrying the first gap (inconclusiveGap reads them).
  const out: MigrationReport[] = [];
  const n = Math.max(1, b.partial + b.failed);
  for (let i = 0; i < n; i++) {
    const g = i === 0 ? b.gaps[0] : undefined;
    out.push({ id: g?.migrationId ?? '', file: g?.file ?? '', status: 'base', transactional: true, statements: 0, applied: 'failed', locks: [], rewrites: [], ...(g ? { error: { message: g.cause, line: g.line } } : {}) });
  }
  return b.gaps.length || b.partial || b.failed ? out : [];
}

/** Why the review could not establish enough, and what to do about it; undefined when it could. */
function inconclusiveGap(
  input: AssessInput,
  failed: MigrationReport[],
  confidence: number,
  factors: CoverageFactor[],
): { reason: string; nextStep: string } | undefined {
  const base = baseFailures(input);
  if (base.length) {
    const first = base[0]!;
    const total = input.baseHistory?.total ?? input.migrations.filter((m) => m.status === 'base').length;
    const err = first.error ? ` at line ${first.error.line}: ${first.error.message}` : '';
    const unverified = input.migrations.find((m) => m.status !== 'base' && m.couldNotVerify);
    const then = unverified
      ? `; ${unverified.file} could not be verified: ${unverified.couldNotVerify}`
      : failed.length
        ? `; ${failed[0]!.file} then failed too, which may follow from it`
        : '';
    const missing = /extension "([^"]+)"/.exec(first.error?.message ?? '')?.[1];
    const need = missing ? `an engine that has the ${missing} extension` : 'an engine on which the base history applies';
    return {
      reason: `The base history did not build on the review engine: ${base.length} of ${plural(total, 'base migration')} ${input.baseHistory ? 'did not fully apply' : 'failed'} (first ${first.file}${err})${then}. The PR was not checked against production's schema.`,
      nextStep: `Re-run with ${need}: --engine docker with an image that provides it, or --engine url with a disposable copy of staging. The findings below from the SQL itself still hold.`,
    };
  }
  // Nothing to review is not an engine problem: say what selected nothing.
  if (!input.set.migrations.some((m) => m.status !== 'base')) {
    const how = input.set.changedSource === 'flag' ? `no migration file or folder matches --changed (${input.settings.changed?.join(', ') ?? ''})` : 'no migration differs from the base branch';
    return {
      reason: `No migration was reviewed: ${how}.`,
      nextStep: 'Name the changed migrations with --changed (a migration file, or its folder for Prisma/Diesel), relative to the reviewed folder or the current directory, or use --base <branch>.',
    };
  }
  if (!input.coverage.liveRan && input.settings.engine !== 'none') {
    return {
      reason: `The migrations could not be applied live${input.coverage.liveSkippedReason ? ` (${input.coverage.liveSkippedReason})` : ''}: failures on deploy, locks and rewrites are unverified.`,
      nextStep: 'Make an engine available (Docker, PostgreSQL server binaries, or --engine url with a disposable database) and re-run; or run with --engine none to ask for a static-only review.',
    };
  }
  if (confidence < INCONCLUSIVE_BELOW) {
    const top = [...factors].sort((a, b) => b.penalty - a.penalty).slice(0, 2);
    return {
      reason: `Only ${confidence}/100 of this review rests on evidence: ${top.map((f) => f.detail).join('; ')}.`,
      nextStep: 'Check what could not be verified (listed under "Could not verify") by hand, or re-run on an engine that can verify it.',
    };
  }
  return undefined;
}

function decideVerdict(
  findings: Finding[],
  changed: MigrationReport[],
  t: VerdictThresholds,
  input: AssessInput,
  confidence: number,
  factors: CoverageFactor[],
): { verdict: Verdict; reason: string; nextStep?: string } {
  // A failure caused by an environment gap (couldNotVerify) is not the PR's: it never fails the review.
  const failed = changed.filter((m) => m.applied === 'failed' && !m.couldNotVerify);
  // When the base history did not build, a changed migration that fails may fail because of it: the
  // failure is reported, but not blamed on the PR. With a baseHistory summary the trace says exactly
  // which failures follow from a gap (couldNotVerify); the others are the PR's.
  const baseBroken = baseFailures(input).length > 0;
  const legacy = !input.baseHistory;
  const blamedFailures = baseBroken && legacy ? [] : failed;
  const blocking = findings.filter((f) => atLeast(f.severity, t.failOn) && !(baseBroken && legacy && f.ruleId === 'migration-failed'));
  if (blamedFailures.length || blocking.length) {
    const parts: string[] = [];
    if (blamedFailures.length) {
      const m = blamedFailures[0]!;
      const where = m.error ? ` at line ${m.error.line}: ${m.error.message}` : '';
      parts.push(`${m.file} failed to apply${where}${blamedFailures.length > 1 ? ` (+${blamedFailures.length - 1} more failed)` : ''}`);
    }
    if (blocking.length) parts.push(`${countPhrase(blocking)}: ${firstAndMore(blocking.map(describe))}`);
    return { verdict: 'fail', reason: `${parts.join('; ')}.` };
  }
  const gap = inconclusiveGap(input, failed, confidence, factors);
  if (gap) return { verdict: 'inconclusive', reason: gap.reason, nextStep: gap.nextStep };
  const conditions = findings.filter((f) => atLeast(f.severity, t.conditionsOn));
  const unverified = changed.filter((m) => m.couldNotVerify);
  if (unverified.length) {
    // An extension the engine lacks (no base gap): the migration could not be verified here.
    const m = unverified[0]!;
    return {
      verdict: 'inconclusive',
      reason: `Could not verify ${m.file}${unverified.length > 1 ? ` (+${unverified.length - 1} more)` : ''}: ${m.couldNotVerify}.`,
      nextStep: "Re-run on an engine that has what production has (--engine docker with the platform's image, or --engine url with a disposable copy of staging).",
    };
  }
  if (conditions.length) {
    return {
      verdict: 'pass_with_conditions',
      reason: `${countPhrase(conditions)} to fix or explicitly accept before deploy: ${firstAndMore(conditions.map(describe))}.`,
    };
  }
  if (changed.length === 0 && input.set.migrations.every((m) => m.status === 'base')) {
    return { verdict: 'pass', reason: 'No changed migrations to review.' };
  }
  const n = input.set.migrations.filter((m) => m.status !== 'base').length;
  const scope = `${plural(n, 'changed migration')} (${plural(input.coverage.statementsTotal, 'statement')})`;
  const how = input.coverage.liveRan
    ? changed.every((m) => m.applied === 'applied')
      ? 'statically and by applying them live'
      : 'statically, and live where they ran'
    : 'statically only (--engine none); they were not applied live';
  if (findings.length) {
    return { verdict: 'pass', reason: `Nothing at ${t.conditionsOn} or above in ${scope}, checked ${how}; ${countPhrase(findings)} remain as recommendations.` };
  }
  return { verdict: 'pass', reason: `No findings in ${scope}, checked ${how}.` };
}

// ── fixes for the user's migration tool ─────────────────────────────────────────────────────────

/** Statements PostgreSQL refuses inside a transaction block (a keyword sniff of fix SQL the rules wrote). */
const NO_TRANSACTION = /\b(?:(?:CREATE\s+(?:UNIQUE\s+)?INDEX|DROP\s+INDEX|REINDEX\s+\w+)\s+CONCURRENTLY|DETACH\s+PARTITION\s+\S+\s+CONCURRENTLY|VACUUM)\b/i;

/**
 * A fix whose SQL cannot run in the transaction the tool wraps the migration in gets the tool's own
 * way to run it (the rules' advice, keyed by layout), unless the rule's description already says it.
 */
function withToolAdvice(findings: Finding[], set: MigrationSet): Finding[] {
  const byPath = new Map(set.migrations.map((m) => [m.path, m]));
  return findings.map((f) => {
    if (!f.fix?.sql || f.fix.tool || !NO_TRANSACTION.test(f.fix.sql)) return f;
    const m = byPath.get(f.file);
    if (!m) return f;
    const how = m.transactional ? 'wrapped' : m.transactionMode === 'implicit' ? 'implicit' : undefined;
    if (!how) return f;
    const tool = outsideTransactionAdvice(set.layout, how);
    if (f.fix.description.includes(tool)) return f;
    return { ...f, fix: { ...f.fix, tool } };
  });
}

// ── decision matrix ─────────────────────────────────────────────────────────────────────────────

interface Theme {
  item: string;
  categories: Category[];
  /** Shown even without findings. */
  always: boolean;
  /** Absence of findings means little unless the live run happened. */
  needsLive: boolean;
}

const THEMES: Theme[] = [
  { item: 'Locking', categories: ['locking'], always: true, needsLive: true },
  { item: 'Table rewrites', categories: ['rewrite'], always: true, needsLive: true },
  { item: 'RLS & security', categories: ['security'], always: true, needsLive: false },
  { item: 'Data integrity', categories: ['integrity'], always: true, needsLive: false },
  { item: 'Data loss', categories: ['data-loss'], always: false, needsLive: false },
  { item: 'Deploy & transactions', categories: ['deploy'], always: true, needsLive: true },
  { item: 'App compatibility', categories: ['compatibility'], always: false, needsLive: false },
  { item: 'Performance', categories: ['performance'], always: false, needsLive: false },
  { item: 'pgvector', categories: ['vector'], always: false, needsLive: false },
  { item: 'Conventions', categories: ['style'], always: false, needsLive: false },
];

const STATUS_BY_SEVERITY: Record<Severity, DecisionRow['status']> = {
  critical: 'fail',
  high: 'fail',
  medium: 'warn',
  low: 'warn',
  info: 'ok',
};

const ACTION_PREFIX: Record<Severity, string> = {
  critical: 'Must fix before deploy',
  high: 'Fix or explicitly accept before deploy',
  medium: 'Recommended',
  low: 'Optional',
  info: 'For information',
};

/** A row backed by findings points to them (refs) instead of restating them: the finding says what and how. */
function rowFromFindings(item: string, fs: Finding[]): DecisionRow {
  const top = maxSeverity(fs.map((f) => f.severity))!;
  return { item, status: STATUS_BY_SEVERITY[top], priority: top, action: `${ACTION_PREFIX[top]}: ${countPhrase(fs)}`, refs: fs.map((f) => f.fingerprint) };
}

function decisionMatrix(findings: Finding[], input: AssessInput): DecisionRow[] {
  const rows: DecisionRow[] = [];
  const live = input.coverage.liveRan;
  const changed = input.migrations.filter((m) => m.status !== 'base');
  const rollbackFindings = findings.filter((f) => ROLLBACK_RULE.test(f.ruleId));
  const rest = findings.filter((f) => !ROLLBACK_RULE.test(f.ruleId));

  for (const theme of THEMES) {
    const fs = rest.filter((f) => theme.categories.includes(f.category));
    if (fs.length) {
      rows.push(rowFromFindings(theme.item, fs));
      continue;
    }
    if (!theme.always) continue;
    rows.push(themeWithoutFindings(theme, input, changed, live));
  }
  rows.push(rollbackRow(rollbackFindings, input));

  // Coverage rows: what the evidence is worth.
  const c = input.coverage;
  rows.push(
    c.statementsParsed >= c.statementsTotal && c.filesUnparseable === 0
      ? { item: 'Parse coverage', status: 'ok', priority: '-', action: `All ${plural(c.statementsTotal, 'statement')} read by the Postgres parser` }
      : {
          item: 'Parse coverage',
          status: 'warn',
          priority: 'medium',
          action: `Review by hand: ${c.statementsTotal - c.statementsParsed} unparsed ${c.statementsTotal - c.statementsParsed === 1 ? 'statement' : 'statements'}, ${plural(c.filesUnparseable, 'unreadable file')}`,
        },
  );
  if (!live) {
    rows.push({
      item: 'Live verification',
      status: 'unknown',
      priority: 'medium',
      action: `Apply in staging: not run${c.liveSkippedReason ? ` (${c.liveSkippedReason})` : ''}`,
    });
  } else {
    const engine = input.engine?.description ?? 'the live engine';
    rows.push(
      c.statementsExecuted >= c.statementsTotal
        ? { item: 'Live verification', status: 'ok', priority: '-', action: `All ${plural(c.statementsTotal, 'statement')} executed on ${engine}` }
        : {
            item: 'Live verification',
            status: 'warn',
            priority: 'medium',
            action: `${c.statementsExecuted} of ${plural(c.statementsTotal, 'statement')} executed on ${engine}; verify the rest in staging`,
          },
    );
    const probesTotal = c.probesRun + c.probesNotRun;
    if (probesTotal > 0) {
      const failedProbes = input.probes.filter((p) => p.status === 'failed');
      rows.push(
        failedProbes.length
          ? probesRow(failedProbes)
          : c.probesNotRun > 0 || c.objectsNotProbed > 0
            ? {
                item: 'Probes',
                status: 'warn',
                priority: 'low',
                action: `${c.probesRun} of ${plural(probesTotal, 'probe')} ran, ${c.objectsProbed} of ${plural(c.objectsProbed + c.objectsNotProbed, 'object')} reached; check the rest by hand`,
              }
            : { item: 'Probes', status: 'ok', priority: '-', action: `${plural(c.probesRun, 'probe')} passed over ${plural(c.objectsProbed, 'object')}` },
      );
    }
  }
  if (input.set.warnings.length) {
    rows.push({
      item: 'Migration history',
      status: 'warn',
      priority: 'high',
      action: `Do not edit applied migrations: ${input.set.warnings.length === 1 ? input.set.warnings[0]!.path : plural(input.set.warnings.length, 'base file')} changed`,
    });
  }
  return rows;
}

function themeWithoutFindings(theme: Theme, input: AssessInput, changed: MigrationReport[], live: boolean): DecisionRow {
  const item = theme.item;
  if (theme.categories.includes('locking') && live) {
    // Evidence the trace holds even when no rule fired: heavy locks on tables that already hold data.
    const heavy = locksOnExisting(input.migrations, input.objects).filter((l) => blocksWrites(l.lock.mode));
    if (heavy.length) {
      const l = heavy[0]!;
      return {
        item,
        status: 'warn',
        priority: 'medium',
        action: `Held ${displayLock(l.lock.mode)} on ${l.lock.relation}${l.lock.heldMs !== undefined ? ` for ${duration(l.lock.heldMs)}` : ''}${heavy.length > 1 ? ` (+${heavy.length - 1} more)` : ''}: set lock_timeout, deploy off-peak`,
      };
    }
  }
  if (theme.categories.includes('rewrite') && live) {
    const rw = rewritesOfExisting(input.migrations, input.objects);
    if (rw.length) {
      return {
        item,
        status: 'warn',
        priority: 'medium',
        action: `Rewrote ${rw[0]!.relation}${rw.length > 1 ? ` (+${rw.length - 1} more)` : ''}: time it on production-sized data`,
      };
    }
  }
  if (theme.categories.includes('deploy')) {
    const failed = changed.filter((m) => m.applied === 'failed' && !m.couldNotVerify);
    const unverified = changed.filter((m) => m.couldNotVerify);
    if (!failed.length && unverified.length) {
      return { item, status: 'unknown', priority: '-', action: `Could not verify ${unverified[0]!.file}: ${unverified[0]!.couldNotVerify}` };
    }
    if (failed.length && baseFailures(input).length && !input.baseHistory) {
      return { item, status: 'unknown', priority: '-', action: 'Not judged: the base history did not build on the review engine' };
    }
    if (failed.length) {
      const m = failed[0]!;
      return {
        item,
        status: 'fail',
        priority: 'critical',
        action: `Must fix: ${m.file} failed${m.error ? ` at line ${m.error.line}: ${m.error.message}` : ''}`,
      };
    }
  }
  if (theme.needsLive && !live) return { item, status: 'unknown', priority: '-', action: 'Static checks only; not observed live' };
  return { item, status: 'ok', priority: '-', action: live && theme.needsLive ? 'None: nothing found statically or live' : 'None: nothing found' };
}

/** Failed probes weigh what their worst finding weighs: a low note must not read "fail HIGH" under a Pass. */
function probesRow(failed: ProbeResult[]): DecisionRow {
  const worst = failed.map((p) => p.severity ?? 'high').reduce((w, s) => (SEVERITY_RANK[s] > SEVERITY_RANK[w] ? s : w), 'info' as Severity);
  const blocking = SEVERITY_RANK[worst] >= SEVERITY_RANK.high;
  return { item: 'Probes', status: blocking ? 'fail' : 'warn', priority: worst, action: blocking ? `Failed: ${failed.map((p) => p.probe).join(', ')}` : `Found ${worst}-priority problems: ${failed.map((p) => p.probe).join(', ')}` };
}

function rollbackRow(fs: Finding[], input: AssessInput): DecisionRow {
  const item = 'Rollback';
  if (fs.length) return rowFromFindings(item, fs);
  const probe = input.probes.find((p) => p.probe === 'reversibility');
  if (probe?.status === 'passed') return { item, status: 'ok', priority: '-', action: 'None: up → down → up verified live' };
  if (probe?.status === 'failed') return { item, status: 'fail', priority: 'high', action: `Fix the down migration: ${probe.summary}` };
  const changed = input.set.migrations.filter((m) => m.status !== 'base');
  if (changed.length === 0) return { item, status: 'ok', priority: '-', action: 'None: nothing changed' };
  const missing = changed.filter((m) => !m.down);
  // A generated rollback proven on the engine answers "can this be undone?" for layouts without downs.
  if (missing.length > 0 && input.rollback?.verified) {
    return { item, status: 'ok', priority: '-', action: rollbackProvenText(input.rollback) };
  }
  if (missing.length === 0) return { item, status: 'unknown', priority: 'low', action: 'Down migrations exist but were not run; rehearse them' };
  if (LAYOUTS_WITH_DOWN.includes(input.set.layout)) {
    return {
      item,
      status: 'warn',
      priority: 'medium',
      action: `Add down migrations: ${missing.length} of ${plural(changed.length, 'changed migration')} ${missing.length === 1 ? 'has' : 'have'} none`,
    };
  }
  return { item, status: 'unknown', priority: 'low', action: 'Layout has no down migrations: write a rollback plan' };
}

// ── risk matrix ─────────────────────────────────────────────────────────────────────────────────

const RISK_OF: Partial<Record<Category, RiskRow['risk']>> = {
  'data-loss': 'data-loss',
  locking: 'downtime',
  rewrite: 'downtime',
  security: 'security',
  integrity: 'integrity',
  performance: 'performance',
  vector: 'performance',
  deploy: 'deploy-failure',
  compatibility: 'deploy-failure',
};

/** A lock that blocks writes for this long (ms) on an existing table is felt by users. */
const LONG_LOCK_MS = 1000;

const LIKELIHOOD: Record<Severity, RiskRow['likelihood']> = { critical: 'high', high: 'high', medium: 'medium', low: 'low', info: 'low' };
const LEVELS = ['low', 'medium', 'high'] as const;

function atLeastLikelihood(a: RiskRow['likelihood'], b: RiskRow['likelihood']): RiskRow['likelihood'] {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}

function riskMatrix(findings: Finding[], input: AssessInput): RiskRow[] {
  const live = input.coverage.liveRan;
  const changed = input.migrations.filter((m) => m.status !== 'base');
  const existingLocks = locksOnExisting(input.migrations, input.objects);
  const readBlocking = existingLocks.filter((l) => blocksReads(l.lock.mode));
  const writeBlocking = existingLocks.filter((l) => blocksWrites(l.lock.mode));
  const rewrites = rewritesOfExisting(input.migrations, input.objects);
  const failed = changed.filter((m) => m.applied === 'failed' && !m.couldNotVerify);
  const nonTx = input.set.migrations.filter((m) => m.status !== 'base' && !m.transactional);
  const created = new Set(input.objects.created.map((o) => normName(o.name)));
  const dropsExisting = input.objects.dropped.filter((o) => ['table', 'column', 'schema'].includes(o.kind) && !created.has(normName(o.name)));

  const build = (risk: RiskRow['risk']): RiskRow => {
    const fs = findings.filter((f) => RISK_OF[f.category] === risk && f.severity !== 'info');
    const top = maxSeverity(fs.map((f) => f.severity));
    let likelihood: RiskRow['likelihood'] = top ? LIKELIHOOD[top] : 'low';
    const drivers = [...new Set(fs.map((f) => f.ruleId))];
    let impact: RiskRow['impact'];
    let mitigation: string;
    switch (risk) {
      case 'data-loss':
        if (dropsExisting.length) likelihood = atLeastLikelihood(likelihood, 'high');
        impact = dropsExisting.length || fs.some((f) => f.severity === 'critical') ? 'critical' : 'high';
        mitigation = dropsExisting.length
          ? `Back up or snapshot before deploy; drops ${dropsExisting.map((o) => o.name).slice(0, 3).join(', ')}${dropsExisting.length > 3 ? '…' : ''}`
          : 'No existing data is dropped';
        break;
      case 'downtime': {
        // What the trace measured decides how likely downtime is: a rewrite or a lock that blocks the
        // table for a second or more scales with the data; a lock held for milliseconds does not
        // (it can still queue behind long transactions: that is what lock_timeout findings are for).
        const longLocks = writeBlocking.filter((l) => (l.lock.heldMs ?? 0) >= LONG_LOCK_MS);
        if (rewrites.length || longLocks.some((l) => blocksReads(l.lock.mode))) likelihood = atLeastLikelihood(likelihood, 'high');
        else if (longLocks.length) likelihood = atLeastLikelihood(likelihood, 'medium');
        impact = rewrites.length || longLocks.length ? 'high' : writeBlocking.length || fs.length ? 'medium' : 'low';
        const observed = [
          ...rewrites.slice(0, 1).map((r) => `rewrite of ${r.relation}`),
          ...writeBlocking.slice(0, 2).map((l) => `${displayLock(l.lock.mode)} on ${l.lock.relation}${l.lock.heldMs !== undefined ? ` held ${duration(l.lock.heldMs)}` : ''}`),
        ];
        mitigation = observed.length
          ? `Observed ${observed.join(', ')}${rewrites.length || longLocks.length ? ': deploy off-peak with lock_timeout set' : ''}`
          : live
            ? 'No blocking locks on existing tables observed live'
            : 'Not observed live';
        break;
      }
      case 'security':
        impact = 'critical';
        mitigation = fs.length ? 'Enable RLS with policies on exposed tables; revoke broad grants' : 'No security finding on new or changed objects';
        break;
      case 'integrity':
        impact = 'high';
        mitigation = fs.length ? 'Add the missing constraints (NOT VALID, then VALIDATE)' : 'No integrity finding';
        break;
      case 'performance':
        impact = top && SEVERITY_RANK[top] >= SEVERITY_RANK.high ? 'high' : 'medium';
        mitigation = fs.length ? 'Add the missing indexes; test queries on production-sized data' : 'No performance finding';
        break;
      case 'deploy-failure':
        if (failed.length) likelihood = 'high';
        else if (!live) likelihood = atLeastLikelihood(likelihood, 'medium');
        impact = nonTx.length ? 'high' : 'medium';
        mitigation = failed.length
          ? baseFailures(input).length
            ? `${failed[0]!.file} failed after a base history that did not build: not judged`
            : `Fix ${failed[0]!.file}: it failed to apply`
          : !live
            ? 'Not applied by pgreview: apply in staging first'
            : nonTx.length
              ? `Applied cleanly; ${plural(nonTx.length, 'migration')} run outside a transaction: make each step re-runnable`
              : 'Applied cleanly in one transaction per migration';
        break;
    }
    // The findings carry what to do: the row points to them instead of restating their fixes.
    if (fs.length && risk !== 'data-loss' && risk !== 'downtime' && !(risk === 'deploy-failure' && failed.length)) mitigation = `Fix or accept the ${countPhrase(fs)}`;
    if (risk === 'deploy-failure' && failed.length) drivers.push(...failed.map((m) => `apply:${m.file}`));
    return { risk, likelihood, impact, mitigation, drivers, ...(fs.length ? { refs: fs.map((f) => f.fingerprint) } : {}) };
  };
  return (['data-loss', 'downtime', 'security', 'integrity', 'performance', 'deploy-failure'] as const).map(build);
}

// ── checklist ───────────────────────────────────────────────────────────────────────────────────

function checklist(findings: Finding[], input: AssessInput, t: VerdictThresholds, verdict: Verdict): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const live = input.coverage.liveRan;
  const refs = (fs: Finding[]) => fs.map((f) => f.fingerprint);

  // The findings say what and how; the checklist points to them, once per tier. Apply failures after
  // a base history that did not build are not the PR's to fix until the base builds.
  const notJudged = baseFailures(input).length ? findings.filter((f) => f.ruleId === 'migration-failed' && atLeast(f.severity, 'low')) : [];
  const judged = findings.filter((f) => !notJudged.includes(f));
  const blocking = judged.filter((f) => atLeast(f.severity, t.conditionsOn));
  const recommended = judged.filter((f) => !atLeast(f.severity, t.conditionsOn) && atLeast(f.severity, 'low'));
  if (blocking.length) items.push({ text: `Fix, or explicitly accept, the ${countPhrase(blocking)} at ${t.conditionsOn} or above`, source: 'findings', done: false, refs: refs(blocking) });
  if (recommended.length) items.push({ text: `Decide on the ${countPhrase(recommended)} below ${t.conditionsOn}`, source: 'findings', done: false, refs: refs(recommended) });
  if (notJudged.length) {
    items.push({ text: 'Re-run once the base history builds on the review engine: these failures may follow from it, not from the PR', source: NOT_JUDGED, done: false, refs: refs(notJudged) });
  }

  const changed = input.set.migrations.filter((m) => m.status !== 'base');
  const reports = input.migrations.filter((m) => m.status !== 'base');
  if (changed.length === 0) return items;
  const inconclusive = verdict === 'inconclusive';

  for (const m of reports.filter((r) => r.couldNotVerify)) {
    items.push({ text: `Verify ${m.file} on an engine that has what production has: ${m.couldNotVerify}`, source: 'live:could-not-verify', done: false });
  }
  for (const m of reports.filter((r) => r.applied === 'failed' && !r.couldNotVerify)) {
    // A failure a finding already reports is in the tier above; one behind a broken base history is in the headline.
    if (findings.some((f) => f.ruleId === 'migration-failed' && f.file === m.file) || (inconclusive && baseFailures(input).length)) continue;
    items.push({
      text: `Fix ${m.file}: it failed to apply${m.error ? ` at line ${m.error.line} (${m.error.message})` : ''}`,
      source: 'live:apply',
      done: false,
    });
  }
  if (!live) {
    // When that is why the verdict is inconclusive, the headline already says it and what to do.
    if (!inconclusive) {
      items.push({
        text: `Apply the migrations to a staging database first: pgreview did not run them${input.coverage.liveSkippedReason ? ` (${input.coverage.liveSkippedReason})` : ''}`,
        source: 'coverage:live',
        done: false,
      });
    }
  } else if (reports.length && reports.every((m) => m.applied === 'applied') && !baseFailures(input).length && input.baseHistory?.status !== 'partial') {
    items.push({
      text: `Migrations apply cleanly after the base history on ${input.engine?.description ?? 'a fresh Postgres'}`,
      source: 'live:apply',
      done: true,
    });
  }

  items.push(...rollbackItems(findings, input, changed));

  // Backup before destructive changes: a deploy step, pointing at the findings that name the drops.
  const destructive = findings.filter((f) => f.category === 'data-loss');
  const named = new Set(destructive.map((f) => f.object).filter((o): o is string => !!o));
  const dropped = input.objects.dropped.filter((o) => ['table', 'column', 'schema', 'type'].includes(o.kind) && !named.has(o.name));
  if (destructive.length || dropped.length) {
    const names = dropped.map((o) => o.name);
    items.push({
      text: `Take a backup (or note a PITR restore point) before deploying${names.length ? `: drops ${names.slice(0, 3).join(', ')}${names.length > 3 ? `, +${names.length - 3} more` : ''}` : ''}`,
      source: 'risk:data-loss',
      done: false,
      ...(destructive.length ? { refs: refs(destructive) } : {}),
    });
  }

  // Rehearsal only where the evidence says the time grows with the data: a rewrite of an existing
  // table, or a write-blocking lock held for a second or more. A lock held for milliseconds by a
  // metadata-only change does not get slower on a bigger table.
  const rewrites = rewritesOfExisting(input.migrations, input.objects);
  const longLocks = locksOnExisting(input.migrations, input.objects).filter((l) => blocksWrites(l.lock.mode) && (l.lock.heldMs ?? 0) >= LONG_LOCK_MS);
  if (rewrites.length || longLocks.length) {
    const what = [
      ...rewrites.map((r) => `${r.relation} is rewritten`),
      ...longLocks.map((l) => `${displayLock(l.lock.mode)} on ${l.lock.relation} was held ${duration(l.lock.heldMs)} on near-empty tables`),
    ];
    const rels = new Set([...rewrites.map((r) => normName(r.relation)), ...longLocks.map((l) => normName(l.lock.relation))]);
    const related = findings.filter((f) => (f.category === 'locking' || f.category === 'rewrite') && f.object && [...rels].some((r) => normName(f.object!).startsWith(r)));
    items.push({
      text: `Rehearse on a production-sized copy and time it: ${what.slice(0, 3).join('; ')}${what.length > 3 ? `; +${what.length - 3} more` : ''}`,
      source: 'risk:downtime',
      // A url engine runs against the user's own (production-like) database.
      done: live && input.engine?.id === 'url',
      ...(related.length ? { refs: refs(related) } : {}),
    });
  }

  if (input.coverage.engineLimits.length) {
    const name = input.engine?.description.split(' (')[0] ?? 'this engine';
    items.push({ text: `Verify on a full Postgres what ${name} could not: ${input.coverage.engineLimits.map((l) => phrase(l, 80)).join('; ')}`, source: 'coverage:engine', done: false });
  }
  items.push(...probeItems(input.probes));
  if (input.objects.created.length || input.objects.altered.length || input.objects.dropped.length) {
    items.push({ text: 'After deploying, run the validation queries and compare with the expected results', source: 'validation', done: false });
  }
  return items;
}

/** The rollback item: rehearsed by the reversibility probe, a verified generated rollback, or a plan still to write. */
function rollbackItems(findings: Finding[], input: AssessInput, changed: Migration[]): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const reversibility = input.probes.find((p) => p.probe === 'reversibility');
  const rollbackFindings = findings.filter((f) => ROLLBACK_RULE.test(f.ruleId));
  if (reversibility?.status === 'passed') {
    items.push({ text: 'Rollback rehearsed: up → down → up succeeded', source: 'probe:reversibility', done: true });
  } else if (!rollbackFindings.length && input.rollback?.verified && changed.some((m) => !m.down)) {
    items.push({ text: rollbackProvenText(input.rollback), source: 'live:rollback', done: input.rollback.caveats.length === 0 });
  } else if (!rollbackFindings.length) {
    const missing = changed.filter((m) => !m.down);
    items.push({
      text: missing.length
        ? `Write a rollback plan: ${missing.length} of ${plural(changed.length, 'changed migration')} ${missing.length === 1 ? 'has' : 'have'} no down migration`
        : 'Rehearse the down migrations on a copy: reversibility was not verified',
      source: 'coverage:rollback',
      done: false,
    });
  }
  return items;
}

/** One item per probe that leaves something to check or that verified something (reversibility has its own). */
function probeItems(probes: ProbeResult[]): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const p of probes) {
    if (p.probe === 'reversibility' && p.status === 'passed') continue;
    // The rollback item above already covers a reversibility probe that could not run.
    if (p.probe === 'reversibility' && p.status === 'not-run') continue;
    // A probe with nothing to act on ("the PR adds no triggers") leaves nothing to check by hand.
    if (p.status === 'not-applicable') continue;
    // A pass with a caveat the findings already carry ("not idempotent (low risk…)") is not a tick.
    if (p.status === 'passed' && /\bnot idempotent\b/i.test(p.summary)) continue;
    if (p.status === 'passed') items.push({ text: `Verified live (${p.probe}): ${p.summary}`, source: `probe:${p.probe}`, done: true });
    else if (p.status === 'failed' && p.severity && SEVERITY_RANK[p.severity] < SEVERITY_RANK.medium) items.push({ text: `Optional (${p.probe}, ${p.severity}): ${p.summary}`, source: `probe:${p.probe}`, done: false });
    else if (p.status === 'failed') items.push({ text: `Resolve the failed ${p.probe} probe: ${p.summary}`, source: `probe:${p.probe}`, done: false });
    else if (p.status === 'not-run' || p.status === 'partial') {
      items.push({ text: `Check by hand (${p.probe} ${p.status === 'partial' ? 'was partial' : 'did not run'}): ${p.summary}`, source: `probe:${p.probe}`, done: false });
    }
  }
  return items;
}

/** What a verified generated rollback lets the author say, caveats included (they are what it cannot undo). */
function rollbackProvenText(r: RollbackReport): string {
  const caveats = r.caveats.length ? `; read its ${plural(r.caveats.length, 'caveat')} (what it cannot undo) before relying on it` : '';
  return `Generated rollback verified live: applied after the PR, it restored the base catalog (Rollback section)${caveats}`;
}
