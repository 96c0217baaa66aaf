// The static stage: walk every migration in the tool's order, keep the schema model current, and
// run the static rules over the statements the PR adds or changes. Base migrations only feed the
// model: the PR is judged on what it introduces.

import crypto from 'node:crypto';
import type { Finding, Ignore, Migration, MigrationSet, Settings, Severity, Statement } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import { loadGrammar17, loadParser, needsGrammar18, parseSource, type ParsedSourceWithErrors } from '../sql/parse.js';
import { SchemaModel, type Origin, type TableInfo } from './schema-model.js';
import { displayName, displayNamesIn, funcCalls, rangeVarName, walk, type QualifiedName } from './ast.js';
import type { NodeHit, ReportInput, Rule, StaticContext, StaticRule, TxState } from './rules.js';
import { isAtomic } from '../migrations/atomicity.js';
import { mayNameAny } from '../sql/text.js';
import { SearchPath } from './search-path.js';

export interface StaticResult {
  findings: Finding[];
  suppressed: (Finding & { reason: string })[];
  sources: ParsedSourceWithErrors[];
  /** One schema model per history ('' when the folder is one database). */
  models: Map<string, SchemaModel>;
  /** Changed up statements, in order. */
  reviewed: { stmt: Statement; migration: Migration }[];
  /** Changed statements that do nothing where they run (IF NOT EXISTS of an existing object…): no rule judged them. */
  noOps?: { stmt: Statement; reason: string }[];
  exposedSchemas: string[];
  supabase: boolean;
}

/** Parse up and down sources of every migration. */
export function parseMigrations(set: MigrationSet): ParsedSourceWithErrors[] {
  const out: ParsedSourceWithErrors[] = [];
  for (const m of set.migrations) {
    out.push(parseSource(m.up, { migration: m, direction: 'up' }));
    if (m.down) out.push(parseSource(m.down, { migration: m, direction: 'down' }));
  }
  return out;
}

/**
 * parseMigrations for a review, loading only the WASM it needs: PostgreSQL 17's grammar first;
 * 18's module is compiled, and the sources in which 17 refused a statement parsed again, only when
 * there are such sources (most folders have none, and the module costs ~25 ms CPU to compile).
 */
export async function parseMigrationsLoadingGrammar18(set: MigrationSet): Promise<ParsedSourceWithErrors[]> {
  await loadGrammar17();
  const sources = parseMigrations(set);
  if (!sources.some(needsGrammar18)) return sources;
  await loadParser();
  return sources.map((s) => (needsGrammar18(s) ? parseSource(s.source, { migration: s.migration, direction: s.direction }) : s));
}

const AUTH_FUNCS = new Set(['uid', 'jwt', 'role', 'email']);

/** Supabase conventions: the preset says so, the layout is Supabase's, or the SQL calls auth.uid(). */
export function usesSupabase(settings: Settings, set: MigrationSet, sources: ParsedSourceWithErrors[]): boolean {
  if (settings.preset) return settings.preset === 'supabase';
  if (set.layout === 'supabase') return true;
  for (const src of sources) {
    for (const s of src.statements) {
      if (!s.sql.includes('auth.')) continue;
      if (funcCalls(s.node).some((f) => f.schema === 'auth' && AUTH_FUNCS.has(f.name))) return true;
      if (/\bauth\.users\b/i.test(s.sql)) return true;
    }
  }
  return false;
}

export function exposedSchemasFor(settings: Settings, supabase: boolean): string[] {
  if (settings.exposedSchemas) return settings.exposedSchemas;
  if (supabase || settings.preset === 'neon') return ['public'];
  return [];
}

// The last statement's normalized text: a statement's findings come one after another, and
// normalizing a long statement (a function body) for each of them was a hot spot.
let lastSql: string | undefined;
let lastNormalizedSql = '';
function fingerprint(f: Omit<Finding, 'fingerprint'>, stmtSql: string | undefined): string {
  if (stmtSql !== lastSql) {
    lastSql = stmtSql;
    lastNormalizedSql = (stmtSql ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  }
  // What [ruleId, file, object, sql].join('\0') gave (a missing part is empty), without the array.
  return sha256Hex(`${f.ruleId ?? ''}\u0000${f.file ?? ''}\u0000${f.object ?? ''}\u0000${lastNormalizedSql}`).slice(0, 20);
}

// crypto.hash (Node >= 20.12) hashes a string in one call, about three times faster than a Hash
// object per finding; the same digest.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;
function sha256Hex(data: string): string {
  return oneShotHash ? oneShotHash('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}

type RawFinding = { finding: Omit<Finding, 'fingerprint'>; stmt?: Statement; source?: ParsedSourceWithErrors };
type Platform = { supabase: boolean; exposedSchemas: Set<string> };
type Reviewed = { stmt: Statement; migration: Migration };

export function runStatic(settings: Settings, set: MigrationSet, rules: Rule[], sources = parseMigrations(set)): StaticResult {
  const staticRules = rules.filter((r): r is StaticRule => r.phase === 'static' && settings.rules[r.id] !== 'off');
  const platforms = platformsOf(settings, set, sources);
  const raw: RawFinding[] = [];
  const { models, reviewed, noOps } = checkStatements(settings, set, sources, staticRules, platforms.of, raw);
  finishRules(settings, set, sources, staticRules, platforms.of, models, reviewed, raw);
  const { findings, suppressed } = applyIgnores(settings, raw, sources);
  findings.push(...ignoreFindings(sources, set, staticRules, rules, settings));
  findings.sort(compareFindings);
  return { findings, suppressed, sources, models, reviewed, noOps, exposedSchemas: platforms.exposed, supabase: platforms.supabase };
}

/** A folder can hold several projects (histories); each is Supabase or not on its own evidence. */
function platformsOf(settings: Settings, set: MigrationSet, sources: ParsedSourceWithErrors[]) {
  const platformOf = new Map<string, Platform>();
  for (const key of new Set(set.migrations.map((m) => m.history ?? ''))) {
    const layout = set.histories?.find((h) => h.name === key)?.layout ?? set.layout;
    const own = sources.filter((src) => (src.migration.history ?? '') === key);
    const isSupabase = usesSupabase(settings, { ...set, layout }, own);
    platformOf.set(key, { supabase: isSupabase, exposedSchemas: new Set(exposedSchemasFor(settings, isSupabase)) });
  }
  return {
    of: (history: string | undefined): Platform => platformOf.get(history ?? '') ?? { supabase: false, exposedSchemas: new Set<string>() },
    supabase: [...platformOf.values()].some((p) => p.supabase),
    exposed: [...new Set([...platformOf.values()].flatMap((p) => [...p.exposedSchemas]))],
  };
}

/**
 * Which rules judge a statement of a given kind, per direction, in registry order: the rules that
 * named the kind in `statements` and those that asked for every statement. Built once per kind.
 */
class Dispatch {
  private readonly byKind = new Map<string, StaticRule[]>();
  /** Node kinds any rule reads with ctx.nodes(): collected in one walk per statement. */
  readonly nodeKinds: Set<string>;
  constructor(private readonly rules: StaticRule[]) {
    this.nodeKinds = new Set(rules.flatMap((r) => r.nodes ?? []));
  }
  static of(rules: StaticRule[], direction: 'up' | 'down'): Dispatch {
    return new Dispatch(rules.filter((rule) => rule.check && (rule.directions ?? ['up']).includes(direction)));
  }
  rulesFor(kind: string): StaticRule[] {
    let found = this.byKind.get(kind);
    if (!found) {
      // A rule without `statements` (built outside defineRule, e.g. in a test) sees every statement.
      found = this.rules.filter((r) => !r.statements || r.statements === 'every' || r.statements.includes(kind));
      this.byKind.set(kind, found);
    }
    return found;
  }
}

/** The nodes of one statement under the kinds rules asked for, in depth-first order, and grouped by kind. */
interface StatementNodes {
  hits: NodeHit[];
  byKind: Map<string, NodeHit[]>;
  /** ctx.nodes() answers for several kinds at once, by the (constant) array a rule passes. */
  byKinds: Map<readonly string[], NodeHit[]>;
}

const NO_HITS: readonly NodeHit[] = Object.freeze([]);

/**
 * One walk of a statement, shared by every rule: the nodes under the requested kinds, and the
 * relations it names (RangeVar-like nodes), kept for showing table names in findings (tablesToDisplay).
 */
function collectNodes(stmt: Statement, kinds: Set<string>): StatementNodes {
  const hits: NodeHit[] = [];
  const byKind = new Map<string, NodeHit[]>();
  const relations: any[] = [];
  walk(stmt.node, (key, value) => {
    if (kinds.has(key)) {
      const hit = { kind: key, node: value };
      hits.push(hit);
      let group = byKind.get(key);
      if (!group) byKind.set(key, (group = []));
      group.push(hit);
    }
    if (isRelation(value)) relations.push(value);
  });
  if (!walkedRelations.has(stmt)) walkedRelations.set(stmt, relations);
  return { hits, byKind, byKinds: new Map() };
}

function nodesOf(found: StatementNodes, kinds: readonly string[]): readonly NodeHit[] {
  if (kinds.length === 1) return found.byKind.get(kinds[0]!) ?? NO_HITS;
  let hits = found.byKinds.get(kinds);
  if (!hits) found.byKinds.set(kinds, (hits = found.hits.filter((h) => kinds.includes(h.kind))));
  return hits;
}

/** Walk every migration in the tool's order: keep each history's model current and run the checks on changed statements. */
function checkStatements(
  settings: Settings,
  set: MigrationSet,
  sources: ParsedSourceWithErrors[],
  staticRules: StaticRule[],
  platform: (history: string | undefined) => Platform,
  raw: RawFinding[],
) {
  // Folders with several independent histories (separate databases) get one model each.
  const models = new Map<string, SchemaModel>();
  const modelFor = (m: Migration) => {
    const key = m.history ?? '';
    let found = models.get(key);
    if (!found) models.set(key, (found = new SchemaModel()));
    return found;
  };
  const reviewed: Reviewed[] = [];
  const noOps: { stmt: Statement; reason: string }[] = [];
  const unitOf = (m: Migration) => (m.status === 'base' ? 'base' : set.changedSource === 'all' ? `migration:${m.id}` : 'pr');
  const dispatch = { up: Dispatch.of(staticRules, 'up'), down: Dispatch.of(staticRules, 'down') };
  const byMigration = new Map<string, ParsedSourceWithErrors[]>();
  for (const src of sources) {
    const list = byMigration.get(src.migration.id) ?? [];
    list.push(src);
    byMigration.set(src.migration.id, list);
  }
  for (const migration of set.migrations) {
    const unit = unitOf(migration);
    const model = modelFor(migration);
    for (const source of byMigration.get(migration.id) ?? []) {
      const review = migration.status !== 'base';
      const run = review ? sourceRun(settings, set, migration, source, model, unit, platform, raw) : undefined;
      walkSource(source, migration, model, unit, run, review ? dispatch[source.direction] : undefined, raw, reviewed, noOps);
    }
  }
  if (models.size === 0) modelFor({ history: undefined } as Migration);
  return { models, reviewed, noOps };
}

/** A reviewed source's rule context, and what its `report` and `nodes` answer for: the rule and statement being run. */
interface SourceRun {
  ctx: StaticContext;
  /** Set before each check: a field, not a call (the corpus runs ~100,000 checks). */
  running: { rule: StaticRule | undefined };
  /** The statement the next checks judge. */
  at(stmt: Statement, dispatch: Dispatch): void;
}

function sourceRun(
  settings: Settings,
  set: MigrationSet,
  migration: Migration,
  source: ParsedSourceWithErrors,
  model: SchemaModel,
  unit: string,
  platform: (history: string | undefined) => Platform,
  raw: RawFinding[],
): SourceRun {
  const resolve = (name: QualifiedName | string | undefined): TableInfo | undefined =>
    typeof name === 'string' ? model.table(name.includes('.') ? name : `public.${name}`) : model.table(name?.qualified);
  // 'implicit' runners send the file as one query: Postgres makes a multi-statement query one transaction.
  const wrapped = isAtomic(migration, source.statements);
  const tx: TxState = { wrapped, explicit: false, inTransaction: wrapped, lockTimeout: false, statementTimeout: false };
  // One context per source, bound to the rule being run (checks are synchronous): building a
  // context per rule and statement was a hot spot on folders with thousands of statements.
  const running: SourceRun['running'] = { rule: undefined };
  const unread = source.errors.length ? unreadText(source) : undefined;
  const unreadNamed = new Map<string, boolean>();
  /** Whether the rejected text may name `name`: asked by rule after rule, answered once per name. */
  const unreadNames = (name: string): boolean => {
    let named = unreadNamed.get(name);
    if (named === undefined) unreadNamed.set(name, (named = mayNameAny([name])(unread!)));
    return named;
  };
  let currentStmt: Statement | undefined;
  let found: StatementNodes | undefined;
  let nodeKinds = new Set<string>();
  const ctx: StaticContext = {
    settings,
    set,
    migration,
    source,
    model,
    tx,
    statements: source.statements,
    ...platform(migration.history),
    table: resolve,
    // Unknown tables (history not in the folder) are assumed to exist: the safe assumption. Unless
    // the part of this file the parser rejected names it: that text may be what creates it.
    isExisting: (name) => {
      const t = resolve(name);
      if (t) return t.origin.unit !== unit;
      return unread === undefined || name === undefined || !unreadNames(typeof name === 'string' ? name.slice(name.lastIndexOf('.') + 1) : name.name);
    },
    isNew: (name) => {
      const t = resolve(name);
      return !!t && t.origin.unit === unit;
    },
    nodes: (kinds) => {
      // The walk happens once per statement, for every kind any rule declared, when a rule first asks.
      found ??= collectNodes(currentStmt!, nodeKinds);
      return nodesOf(found, kinds);
    },
    report: (input) => {
      raw.push({ stmt: input.stmt, source, finding: toFinding(running.rule!, input, 'static', migration.id) });
    },
  };
  const at = (stmt: Statement, dispatch: Dispatch) => {
    currentStmt = stmt;
    found = undefined;
    nodeKinds = dispatch.nodeKinds;
  };
  return { ctx, running, at };
}

/** The text of a source outside its parsed statements: what the parser rejected (and comments, blanks). */
function unreadText(source: ParsedSourceWithErrors): string {
  const text = source.source.text;
  let out = '';
  let at = 0;
  for (const s of source.statements) {
    if (s.span.start > at) out += text.slice(at, s.span.start);
    at = Math.max(at, s.span.end);
  }
  return out + text.slice(at);
}

/** One source, statement by statement: no-ops, the checks that asked for the statement's kind, transaction state, the model. */
function walkSource(
  source: ParsedSourceWithErrors,
  migration: Migration,
  model: SchemaModel,
  unit: string,
  run: SourceRun | undefined,
  dispatch: Dispatch | undefined,
  raw: RawFinding[],
  reviewed: Reviewed[],
  noOps: { stmt: Statement; reason: string }[],
): void {
  const review = !!run;
  const tx = run?.ctx.tx;
  // Index loops: this runs for every statement and every rule that asked for it, mostly before
  // V8 optimises it, and an iterator result per step was a measurable share of the garbage.
  const statements = source.statements;
  const searchPath = new SearchPath();
  for (let s = 0; s < statements.length; s++) {
    const stmt = statements[s]!;
    searchPath.step(stmt, model);
    // A statement that does nothing where it runs (IF NOT EXISTS of an existing object, IF EXISTS
    // of a dropped one) is no lock, type or index problem, and changes nothing in the model.
    const noOp = source.direction === 'up' ? model.noOp(stmt) : undefined;
    if (noOp) {
      if (review) noOps.push({ stmt, reason: noOp });
      updateTx(tx, stmt);
      continue;
    }
    if (run && dispatch) {
      if (source.direction === 'up') reviewed.push({ stmt, migration });
      const rules = dispatch.rulesFor(stmt.kind);
      const { ctx, running } = run;
      run.at(stmt, dispatch);
      for (let r = 0; r < rules.length; r++) {
        const rule = rules[r]!;
        running.rule = rule;
        try {
          rule.check!(stmt, ctx);
        } catch (e) {
          // A rule bug must not sink the review; it is visible as an internal finding.
          raw.push({ stmt, source, finding: internalError(rule.id, stmt, e) });
        }
      }
    }
    updateTx(tx, stmt);
    if (source.direction === 'up') {
      const origin: Origin = { phase: review ? 'pr' : 'base', migrationId: migration.id, unit, statement: stmt };
      model.apply(stmt, origin);
    }
  }
}

/** Each rule's look at the whole review, once per history. */
function finishRules(
  settings: Settings,
  set: MigrationSet,
  sources: ParsedSourceWithErrors[],
  staticRules: StaticRule[],
  platform: (history: string | undefined) => Platform,
  models: Map<string, SchemaModel>,
  reviewed: Reviewed[],
  raw: RawFinding[],
): void {
  for (const [history, model] of models) {
    const historySources = sources.filter((s) => (s.migration.history ?? '') === history);
    const migrations = set.migrations.filter((m) => (m.history ?? '') === history);
    const historyReviewed = reviewed.filter((r) => (r.migration.history ?? '') === history);
    for (const rule of staticRules) {
      if (!rule.finish) continue;
      try {
        rule.finish({
          settings,
          set,
          model,
          reviewed: historyReviewed,
          ...platform(history),
          sources: historySources,
          migrations,
          createdInReview: (t) => t.origin.phase === 'pr',
          report: (input: ReportInput) => raw.push({ stmt: input.stmt, finding: toFinding(rule, input, 'static', undefined) }),
        });
      } catch (e) {
        const anyStmt = reviewed[0]?.stmt;
        if (anyStmt) raw.push({ stmt: anyStmt, finding: internalError(rule.id, anyStmt, e) });
      }
    }
  }
}

/** Suppression: statement ignores first, then file ignores; every ignore used is marked. */
function applyIgnores(settings: Settings, raw: RawFinding[], sources: ParsedSourceWithErrors[]) {
  const findings: Finding[] = [];
  const suppressed: (Finding & { reason: string })[] = [];
  const seen = new Map<string, number>();
  for (const { finding, stmt } of raw) {
    const full = finalizeFinding(settings, finding, stmt?.sql, seen, stmt && tablesToDisplay(stmt));
    const ignore = findIgnore(full, stmt, sources);
    if (ignore) {
      ignore.used = true;
      suppressed.push({ ...full, reason: ignore.reason });
    } else findings.push(full);
  }
  return { findings, suppressed };
}

/** A rule's report input as a finding (without fingerprint): shared by the static and live stages. */
export function toFinding(
  rule: { id: string; severity: Severity; category: Finding['category']; title: string },
  input: ReportInput,
  phase: Finding['phase'],
  migrationId?: string,
): Omit<Finding, 'fingerprint'> {
  const stmt = input.stmt;
  const pos = input.location != null && stmt?.locate ? stmt.locate(input.location) : undefined;
  const at = input.at ?? (stmt ? undefined : { file: '', line: 1, column: 1 });
  return {
    ruleId: rule.id,
    severity: input.severity ?? rule.severity,
    phase,
    category: rule.category,
    file: stmt?.file ?? at!.file,
    line: pos?.line ?? input.line ?? stmt?.span.line ?? at!.line,
    column: pos?.column ?? (input.line != null ? 1 : undefined) ?? stmt?.span.column ?? at!.column,
    endLine: pos ? pos.line : (input.line ?? stmt?.span.endLine ?? at!.line),
    endColumn: pos ? undefined : stmt?.span.endColumn,
    object: input.object,
    title: input.title ?? rule.title,
    message: input.message,
    fix: input.fix,
    evidence: input.evidence,
    migrationId: migrationId ?? stmt?.migrationId ?? at?.migrationId,
  };
}

/**
 * Fingerprint and rule-severity overrides, the same way for every stage: a new finding, the given one
 * untouched. `tables` (the statement's, see tablesToDisplay) are shown in its text as PostgreSQL prints them.
 */
export function finalizeFinding(
  settings: Settings,
  finding: Omit<Finding, 'fingerprint'>,
  stmtSql: string | undefined,
  seen: Map<string, number>,
  tables?: Set<string>,
): Finding {
  let fp = fingerprint(finding, stmtSql);
  const n = seen.get(fp) ?? 0;
  seen.set(fp, n + 1);
  if (n > 0) fp = `${fp}-${n}`;
  // One copy, then its fields set: the same keys in the same order as spreading the changes over it.
  const out = { ...finding } as Finding;
  if (tables) for (const t of tables) (out.title = displayNamesIn(out.title, t)), (out.message = displayNamesIn(out.message, t));
  // One object, one name: static names shown the way the catalog (and live findings) print them.
  const raw = finding.object;
  const object = raw === undefined ? undefined : displayName(raw);
  if (object !== undefined && object !== raw) {
    out.object = object;
    out.title = displayNamesIn(out.title, raw!);
    out.message = displayNamesIn(out.message, raw!);
  }
  const override = settings.rules[finding.ruleId];
  if (override && override !== 'off') out.severity = override as Severity;
  out.fingerprint = fp;
  return out;
}

/** What a.localeCompare(b) answers, from one collator (localeCompare may build one per call). */
export const localeOrder: (a: string, b: string) => number = new Intl.Collator().compare;

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    localeOrder(a.file, b.file) ||
    a.line - b.line ||
    localeOrder(a.ruleId, b.ruleId)
  );
}

function internalError(ruleId: string, stmt: Statement, e: unknown): Omit<Finding, 'fingerprint'> {
  return {
    ruleId,
    severity: 'info',
    phase: 'static',
    category: 'deploy',
    file: stmt.file,
    line: stmt.span.line,
    column: stmt.span.column,
    endLine: stmt.span.endLine,
    title: `Rule ${ruleId} could not check this statement`,
    message: `pgreview hit an internal error in rule ${ruleId}: ${(e as Error)?.message ?? e}. The statement was not checked by this rule; please report it.`,
    migrationId: stmt.migrationId,
  };
}

function updateTx(tx: TxState | undefined, stmt: Statement): void {
  if (!tx) return;
  const n = stmt.node;
  if (stmt.kind === 'TransactionStmt') {
    if (n.kind === 'TRANS_STMT_BEGIN' || n.kind === 'TRANS_STMT_START') tx.explicit = true;
    if (['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_COMMIT_PREPARED', 'TRANS_STMT_ROLLBACK_PREPARED'].includes(n.kind)) {
      tx.explicit = false;
    }
  } else if (stmt.kind === 'VariableSetStmt') {
    const disabled = n.kind === 'VAR_RESET' || n.kind === 'VAR_SET_DEFAULT' || isZero(n.args);
    if (n.name === 'lock_timeout') tx.lockTimeout = !disabled;
    if (n.name === 'statement_timeout') tx.statementTimeout = !disabled;
  }
  tx.inTransaction = tx.wrapped || tx.explicit;
}

function isZero(args: any[] | undefined): boolean {
  const a = args?.[0]?.A_Const;
  if (!a) return false;
  if (a.ival) return (a.ival.ival ?? 0) === 0;
  if (a.sval) return /^0\s*(ms|s|min)?$/i.test(a.sval.sval ?? '');
  return false;
}

/** The ignore for a finding: on its statement first, then in its file. */
export function findIgnore(f: Pick<Finding, 'ruleId' | 'file'>, stmt: Statement | undefined, sources: ParsedSourceWithErrors[]): Ignore | undefined {
  const match = (i: Ignore) => i.ruleId === f.ruleId;
  const onStmt = stmt?.ignores.find(match);
  if (onStmt) return onStmt;
  for (const src of withFileIgnores(sources)) if (src.source.file === f.file) {
    const fileIgnore = src.fileIgnores.find(match);
    if (fileIgnore) return fileIgnore;
  }
  return undefined;
}

/** The sources that carry file-level ignores (few or none), once per sources array. */
const fileIgnoreSources = new WeakMap<ParsedSourceWithErrors[], ParsedSourceWithErrors[]>();
function withFileIgnores(sources: ParsedSourceWithErrors[]): ParsedSourceWithErrors[] {
  let found = fileIgnoreSources.get(sources);
  if (!found) fileIgnoreSources.set(sources, (found = sources.filter((s) => s.fileIgnores.length > 0)));
  return found;
}

/** Ignores that lack a reason, or suppress nothing, are findings themselves. */
function ignoreFindings(sources: ParsedSourceWithErrors[], set: MigrationSet, rules: StaticRule[], allRules: Rule[], settings: Settings): Finding[] {
  const out: Finding[] = [];
  const reviewedIds = new Set(set.migrations.filter((m) => m.status !== 'base').map((m) => m.id));
  const known = new Set(allRules.map((r) => r.id));
  // Whether an ignore was used is known here only for the static rules that ran: a live or probe
  // rule's findings come later, on the engine, and a rule turned off raises nothing to ignore.
  const judged = new Set(rules.map((r) => r.id));
  const add = (ruleId: string, severity: Severity, title: string, file: string, ig: Ignore, message: string) => {
    const override = settings.rules[ruleId];
    if (override === 'off') return;
    // The rule modules (rules/unused-ignore.ts, rules/ignore-without-reason.ts) own severity, category and title.
    const rule = rules.find((r) => r.id === ruleId);
    const base = {
      ruleId,
      severity: override ?? rule?.severity ?? severity,
      phase: 'static' as const,
      category: rule?.category ?? ('style' as const),
      file,
      line: ig.line,
      column: 1,
      endLine: ig.line,
      title: rule?.title ?? title,
      message,
      object: ig.ruleId,
    };
    out.push({ ...base, fingerprint: fingerprint(base, `${ig.scope}:${ig.ruleId}:${ig.reason}`) });
  };
  for (const src of sources) {
    if (!reviewedIds.has(src.migration.id)) continue;
    for (const ig of src.invalidIgnores) {
      if (!ig.reason)
        add('ignore-without-reason', 'low', 'Ignore comment without a reason', src.source.file, ig, `\`pgreview-ignore ${ig.ruleId}\` has no reason, so it is not honoured. Write why the finding does not apply: \`-- pgreview-ignore ${ig.ruleId}: <reason>\`.`);
      else
        add('unused-ignore', 'low', 'Ignore comment suppresses nothing', src.source.file, ig, `\`pgreview-ignore ${ig.ruleId}\` is not followed by a statement it could apply to.`);
    }
    const all = [...src.fileIgnores, ...src.statements.flatMap((s) => s.ignores)];
    for (const ig of all) {
      if (ig.used || !ig.reason) continue;
      if (known.has(ig.ruleId) && !judged.has(ig.ruleId)) continue;
      const why = known.has(ig.ruleId)
        ? `rule ${ig.ruleId} raised nothing here, so the ignore is stale: remove it`
        : `there is no rule named ${ig.ruleId}: check the spelling`;
      add('unused-ignore', 'low', 'Ignore comment suppresses nothing', src.source.file, ig, `\`pgreview-ignore${ig.scope === 'file' ? '-file' : ''} ${ig.ruleId}\`: ${why}.`);
    }
  }
  return out;
}

export { rangeVarName };

/** The relations of statements the runner walked for ctx.nodes(), in walk order: tablesToDisplay need not walk them again. */
const walkedRelations = new WeakMap<Statement, any[]>();

/** A RangeVar node, wrapped or not (IndexStmt.relation, AlterTableStmt.relation are bare). */
function isRelation(value: any): boolean {
  return typeof value.relname === 'string';
}

/** The relations a statement names, in walk order: from the runner's walk when it made one. */
function relationsOf(stmt: Statement): any[] {
  const walked = walkedRelations.get(stmt);
  if (walked) return walked;
  const found: any[] = [];
  walk(stmt.node, (_key, value) => {
    if (isRelation(value)) found.push(value);
  });
  return found;
}

/**
 * A name is displayed differently only when a part holds an ASCII capital or a character outside
 * [A-Za-z0-9_$] (displayName). The parser folds an unquoted identifier to [a-z0-9_$] and bytes
 * above ASCII, so such a name is written in the statement quoted ("…", U&"…") or with a non-ASCII
 * character: a statement with neither names none, and is not walked for its relations.
 */
const MAY_NAME_DISPLAYED_TABLE = /["\u0080-\uffff]/;

/** Tables a statement names whose display form differs from the raw one (quoted mixed case), once per statement. */
const displayedTables = new WeakMap<Statement, Set<string>>();
function tablesToDisplay(stmt: Statement): Set<string> {
  let names = displayedTables.get(stmt);
  if (names) return names;
  names = new Set<string>();
  if (MAY_NAME_DISPLAYED_TABLE.test(stmt.sql)) for (const value of relationsOf(stmt)) {
    const q = rangeVarName(value);
    if (q && displayName(q.qualified) !== q.qualified) names.add(q.qualified);
  }
  displayedTables.set(stmt, names);
  return names;
}
