// assess: findings + evidence coverage → the Report (verdict, confidence, decision matrix, risk matrix,
// checklist, validation queries). Pure and synchronous: same input, same report.
import type {
  Category,
  ChecklistItem,
  DecisionRow,
  EngineInfo,
  Finding,
  LayoutId,
  MigrationReport,
  MigrationSet,
  ObjectChanges,
  PresetId,
  ProbeResult,
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
  locksOnExisting,
  maxSeverity,
  normName,
  phrase,
  plural,
  rewritesOfExisting,
} from './facts.js';
import { validationQueries } from './validation.js';

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
  coverage: Coverage;
  timings: Report['timings'];
  toolVersion: string;
  /** The preset actually used (settings.preset may be undefined = auto). */
  preset?: PresetId;
}

/** Layouts whose convention includes a down file per migration: a missing one is a gap, not a style. */
const LAYOUTS_WITH_DOWN: LayoutId[] = ['golang-migrate', 'dbmate', 'diesel'];

const ROLLBACK_RULE = /revers|rollback|(^|-)down(-|$)/i;

export function assess(input: AssessInput): Report {
  const thresholds = input.settings.verdict ?? DEFAULT_THRESHOLDS;
  const findings = [...input.findings].sort(compareFindings);
  const changed = input.migrations.filter((m) => m.status !== 'base');
  const { confidence, factors } = computeConfidence(input.coverage, input.migrations);
  const { verdict, reason } = decideVerdict(findings, changed, thresholds, input);

  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) counts[f.severity]++;

  return {
    schemaVersion: 1,
    tool: { name: 'pgreview', version: input.toolVersion },
    verdict,
    verdictReason: reason,
    confidence,
    confidenceFactors: factors,
    engine: input.engine,
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
    checklist: checklist(findings, input),
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
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId)
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

function decideVerdict(
  findings: Finding[],
  changed: MigrationReport[],
  t: VerdictThresholds,
  input: AssessInput,
): { verdict: Verdict; reason: string } {
  const failed = changed.filter((m) => m.applied === 'failed');
  const blocking = findings.filter((f) => atLeast(f.severity, t.failOn));
  if (failed.length || blocking.length) {
    const parts: string[] = [];
    if (failed.length) {
      const m = failed[0]!;
      const where = m.error ? ` at line ${m.error.line}: ${m.error.message}` : '';
      parts.push(`${m.file} failed to apply${where}${failed.length > 1 ? ` (+${failed.length - 1} more failed)` : ''}`);
    }
    if (blocking.length) parts.push(`${countPhrase(blocking)}: ${firstAndMore(blocking.map(describe))}`);
    return { verdict: 'fail', reason: `${parts.join('; ')}.` };
  }
  const conditions = findings.filter((f) => atLeast(f.severity, t.conditionsOn));
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
    : 'statically only; they were not applied live';
  if (findings.length) {
    return { verdict: 'pass', reason: `Nothing at ${t.conditionsOn} or above in ${scope}, checked ${how}; ${countPhrase(findings)} remain as recommendations.` };
  }
  return { verdict: 'pass', reason: `No findings in ${scope}, checked ${how}.` };
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

function rowFromFindings(item: string, fs: Finding[]): DecisionRow {
  const top = maxSeverity(fs.map((f) => f.severity))!;
  const titles = [...new Set(fs.filter((f) => f.severity === top).map(describe))];
  const others = fs.length - fs.filter((f) => f.severity === top).length;
  const more = titles.length > 1 || others > 0 ? ` (+${fs.length - 1} more)` : '';
  return { item, status: STATUS_BY_SEVERITY[top], priority: top, action: `${ACTION_PREFIX[top]}: ${titles[0]}${more}` };
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
          ? { item: 'Probes', status: 'fail', priority: 'high', action: `Failed: ${failedProbes.map((p) => p.probe).join(', ')}` }
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
    const failed = changed.filter((m) => m.applied === 'failed');
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

function rollbackRow(fs: Finding[], input: AssessInput): DecisionRow {
  const item = 'Rollback';
  if (fs.length) return rowFromFindings(item, fs);
  const probe = input.probes.find((p) => p.probe === 'reversibility');
  if (probe?.status === 'passed') return { item, status: 'ok', priority: '-', action: 'None: up → down → up verified live' };
  if (probe?.status === 'failed') return { item, status: 'fail', priority: 'high', action: `Fix the down migration: ${probe.summary}` };
  const changed = input.set.migrations.filter((m) => m.status !== 'base');
  if (changed.length === 0) return { item, status: 'ok', priority: '-', action: 'None: nothing changed' };
  const missing = changed.filter((m) => !m.down);
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
  const failed = changed.filter((m) => m.applied === 'failed');
  const nonTx = input.set.migrations.filter((m) => m.status !== 'base' && !m.transactional);
  const created = new Set(input.objects.created.map((o) => normName(o.name)));
  const dropsExisting = input.objects.dropped.filter((o) => ['table', 'column', 'schema'].includes(o.kind) && !created.has(normName(o.name)));

  const build = (risk: RiskRow['risk']): RiskRow => {
    const fs = findings.filter((f) => RISK_OF[f.category] === risk && f.severity !== 'info');
    const top = maxSeverity(fs.map((f) => f.severity));
    let likelihood: RiskRow['likelihood'] = top ? LIKELIHOOD[top] : 'low';
    const drivers = [...new Set(fs.map((f) => f.ruleId))];
    // One phrase per rule, most severe first: the cell says what to do; the findings say how.
    const firstOfRule = drivers.map((id) => fs.find((f) => f.ruleId === id && f.fix?.description)).filter((f): f is Finding => !!f);
    const fixes = [...new Set(firstOfRule.map((f) => phrase(f.fix!.description)))];
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
      case 'downtime':
        if (readBlocking.length || rewrites.length) likelihood = atLeastLikelihood(likelihood, 'high');
        else if (writeBlocking.length) likelihood = atLeastLikelihood(likelihood, 'medium');
        impact = existingLocks.length || rewrites.length || fs.length ? 'high' : 'low';
        mitigation =
          readBlocking.length || writeBlocking.length || rewrites.length
            ? `SET lock_timeout, deploy off-peak; observed ${[
                ...writeBlocking.slice(0, 2).map((l) => `${displayLock(l.lock.mode)} on ${l.lock.relation}`),
                ...rewrites.slice(0, 1).map((r) => `rewrite of ${r.relation}`),
              ].join(', ')}`
            : live
              ? 'No blocking locks on existing tables observed live'
              : 'Not observed live: rehearse in staging with lock_timeout set';
        break;
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
          ? `Fix ${failed[0]!.file}: it failed to apply`
          : !live
            ? 'Not applied by pgreview: apply in staging first'
            : nonTx.length
              ? `Applied cleanly; ${plural(nonTx.length, 'migration')} run outside a transaction: make each step re-runnable`
              : 'Applied cleanly in one transaction per migration';
        break;
    }
    // A rule's own fix is more precise than the generic line.
    if (fixes.length && risk !== 'data-loss' && risk !== 'deploy-failure') mitigation = `${fixes.slice(0, 2).map((x, i) => (i > 0 && /^[A-Z][a-z]/.test(x) ? x[0]!.toLowerCase() + x.slice(1) : x)).join('; ')}${fixes.length > 2 ? ` (+${fixes.length - 2} more)` : ''}`;
    if (risk === 'deploy-failure' && failed.length) drivers.push(...failed.map((m) => `apply:${m.file}`));
    return { risk, likelihood, impact, mitigation, drivers };
  };
  return (['data-loss', 'downtime', 'security', 'integrity', 'performance', 'deploy-failure'] as const).map(build);
}

// ── checklist ───────────────────────────────────────────────────────────────────────────────────

function checklist(findings: Finding[], input: AssessInput): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const live = input.coverage.liveRan;

  // One item per rule, naming the objects it concerns.
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity === 'info') continue;
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  for (const [ruleId, fs] of byRule) {
    const objs = [...new Set(fs.map((f) => f.object).filter((o): o is string => !!o))];
    const what = phrase(fs[0]!.fix?.description ?? fs[0]!.title);
    const on = objs.length ? ` (${objs.slice(0, 4).join(', ')}${objs.length > 4 ? `, +${objs.length - 4} more` : ''})` : '';
    items.push({ text: `${what}${on}`, source: ruleId, done: false });
  }

  const changed = input.set.migrations.filter((m) => m.status !== 'base');
  const reports = input.migrations.filter((m) => m.status !== 'base');
  if (changed.length === 0) return items;

  for (const m of reports.filter((r) => r.applied === 'failed')) {
    items.push({
      text: `Fix ${m.file}: it failed to apply${m.error ? ` at line ${m.error.line} (${m.error.message})` : ''}`,
      source: 'live:apply',
      done: false,
    });
  }
  if (!live) {
    items.push({
      text: `Apply the migrations to a staging database first: pgreview did not run them${input.coverage.liveSkippedReason ? ` (${input.coverage.liveSkippedReason})` : ''}`,
      source: 'coverage:live',
      done: false,
    });
  } else if (reports.length && reports.every((m) => m.applied === 'applied')) {
    items.push({
      text: `Migrations apply cleanly after the base history on ${input.engine?.description ?? 'a fresh Postgres'}`,
      source: 'live:apply',
      done: true,
    });
  }

  // Rollback.
  const reversibility = input.probes.find((p) => p.probe === 'reversibility');
  if (reversibility?.status === 'passed') {
    items.push({ text: 'Rollback rehearsed: up → down → up succeeded', source: 'probe:reversibility', done: true });
  } else {
    const missing = changed.filter((m) => !m.down);
    items.push({
      text: missing.length
        ? `Write a rollback plan: ${missing.length} of ${plural(changed.length, 'changed migration')} ${missing.length === 1 ? 'has' : 'have'} no down migration`
        : 'Rehearse the down migrations on a copy: reversibility was not verified',
      source: 'coverage:rollback',
      done: false,
    });
  }

  // Backup before destructive changes.
  const destructive = findings.filter((f) => f.category === 'data-loss');
  const dropped = input.objects.dropped.filter((o) => ['table', 'column', 'schema', 'type'].includes(o.kind));
  if (destructive.length || dropped.length) {
    const names = [...new Set([...dropped.map((o) => o.name), ...destructive.map((f) => f.object ?? f.title)])];
    items.push({
      text: `Take a backup (or note a PITR restore point) before deploying: destructive changes to ${names.slice(0, 3).join(', ')}${names.length > 3 ? `, +${names.length - 3} more` : ''}`,
      source: 'risk:data-loss',
      done: false,
    });
  }

  // Locks and rewrites on tables that already hold data.
  const existingLocks = locksOnExisting(input.migrations, input.objects);
  const heavy = existingLocks.filter((l) => blocksWrites(l.lock.mode));
  const rewrites = rewritesOfExisting(input.migrations, input.objects);
  const lockFindings = findings.filter((f) => (f.category === 'locking' || f.category === 'rewrite') && atLeast(f.severity, 'medium'));
  if (heavy.length || rewrites.length || lockFindings.length) {
    const rels = [...new Set([...heavy.map((l) => l.lock.relation), ...rewrites.map((r) => r.relation), ...lockFindings.map((f) => f.object).filter((o): o is string => !!o)])];
    items.push({
      text: `Rehearse on a production-sized copy and time it: ${rels.length ? rels.slice(0, 3).join(', ') : 'locking statements'}${rels.length > 3 ? `, +${rels.length - 3} more` : ''} ${rels.length === 1 ? (rewrites.length ? 'is rewritten or locked' : 'is locked') : rewrites.length ? 'are rewritten or locked' : 'are locked'} while it runs`,
      source: 'risk:downtime',
      // A url engine runs against the user's own (production-like) database.
      done: live && input.engine?.id === 'url',
    });
  }
  const exclusive = existingLocks.filter((l) => blocksReads(l.lock.mode));
  if (exclusive.length || lockFindings.some((f) => atLeast(f.severity, 'high'))) {
    const rels = [...new Set(exclusive.map((l) => l.lock.relation))];
    items.push({
      text: `Deploy in a low-traffic window with lock_timeout set${rels.length ? `: ACCESS EXCLUSIVE on ${rels.slice(0, 3).join(', ')}${rels.length > 3 ? `, +${rels.length - 3} more` : ''}` : ''}`,
      source: 'risk:downtime',
      done: false,
    });
  }

  if (input.coverage.engineLimits.length) {
    const name = input.engine?.description.split(' (')[0] ?? 'this engine';
    items.push({ text: `Verify on a full Postgres what ${name} could not: ${input.coverage.engineLimits.map((l) => phrase(l, 80)).join('; ')}`, source: 'coverage:engine', done: false });
  }
  for (const p of input.probes) {
    if (p.probe === 'reversibility' && p.status === 'passed') continue;
    // The rollback item above already covers a reversibility probe that could not run.
    if (p.probe === 'reversibility' && p.status === 'not-run') continue;
    // A probe with nothing to act on ("the PR adds no triggers") leaves nothing to check by hand.
    if (p.status === 'not-applicable') continue;
    // A pass with a caveat the findings already carry ("not idempotent (low risk…)") is not a tick.
    if (p.status === 'passed' && /\bnot idempotent\b/i.test(p.summary)) continue;
    if (p.status === 'passed') items.push({ text: `Verified live (${p.probe}): ${p.summary}`, source: `probe:${p.probe}`, done: true });
    else if (p.status === 'failed') items.push({ text: `Resolve the failed ${p.probe} probe: ${p.summary}`, source: `probe:${p.probe}`, done: false });
    else if (p.status === 'not-run' || p.status === 'partial') {
      items.push({ text: `Check by hand (${p.probe} ${p.status === 'partial' ? 'was partial' : 'did not run'}): ${p.summary}`, source: `probe:${p.probe}`, done: false });
    }
  }
  if (input.objects.created.length || input.objects.altered.length || input.objects.dropped.length) {
    items.push({ text: 'After deploying, run the validation queries below and compare with the expected results', source: 'validation', done: false });
  }
  return items;
}
