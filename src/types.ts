// The shapes every stage shares: Settings → MigrationSet → ParsedMigration/Statement → Finding → Report.
// Nothing here imports GitHub or an engine: the CLI and the action both build Settings and call review().

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Higher is worse; used for sorting and thresholds. */
export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

export type Phase = 'static' | 'live';

export type Category =
  | 'locking' // blocks reads/writes on a busy table
  | 'rewrite' // rewrites a table or index (downtime + disk)
  | 'security' // RLS, privileges, SECURITY DEFINER
  | 'integrity' // constraints, referential integrity, data types that lose meaning
  | 'data-loss' // drops, truncates, destructive changes
  | 'deploy' // fails on deploy, or leaves a half-applied state
  | 'compatibility' // breaks running application code (renames, drops)
  | 'performance' // slow queries after the migration
  | 'vector' // pgvector specifics
  | 'style'; // conventions that age badly (types, naming)

export type LayoutId =
  | 'supabase'
  | 'prisma'
  | 'drizzle'
  | 'golang-migrate'
  | 'dbmate'
  | 'flyway'
  | 'diesel'
  | 'postgres-migrations'
  | 'popx'
  | 'plain';

export type PresetId = 'supabase' | 'neon' | 'plain';
export type EngineId = 'auto' | 'pglite' | 'docker' | 'local' | 'url' | 'none';
export type OutputFormat = 'text' | 'markdown' | 'json' | 'sarif';

/** One typed input for a review, from CLI flags or action inputs plus .pgreview.yml. */
export interface Settings {
  /** Directory holding the migrations (absolute). */
  dir: string;
  /** Repository root used for relative paths in findings and links (absolute); defaults to dir. */
  repoRoot: string;
  /** Force a layout; undefined = auto-detect. */
  layout?: LayoutId;
  /** Preset; undefined = auto (supabase when the layout or SQL says so). */
  preset?: PresetId;
  engine: EngineId;
  /** Repo-relative paths the PR added or modified. undefined = decide from `base`, or treat all as changed. */
  changed?: string[];
  /** Git ref to diff against (merge base) to find changed files. */
  base?: string;
  failOn: Severity;
  format: OutputFormat;
  /** Target production Postgres major version; rules gate on it (e.g. fast defaults need 11+). */
  pgVersion: number;
  /** pgVersion came from the user (flag, input or .pgreview.yml), not from pgreview's default. */
  pgVersionSet?: boolean;
  /** Schemas exposed through an HTTP API (PostgREST/Supabase); undefined = preset default. */
  exposedSchemas?: string[];
  /** Per-rule severity override or 'off'. */
  rules: Record<string, Severity | 'off'>;
  /** Extra ignore globs (repo-relative) for migration discovery. */
  exclude: string[];
  databaseUrl?: string;
  postgresImage?: string;
  /** An explicitly requested engine that cannot start falls back to the next one (auto always does). */
  engineFallback?: boolean;
  /**
   * The database after the base history, cached (src/live/base-cache.ts): the folder, its size bound,
   * and a cache elsewhere asked on a miss (the action's Actions cache). Undefined: every run replays the base.
   */
  baseCache?: { dir: string; maxBytes?: number; /** Replays faster than this (ms) are not cached (default 1500). */ minBaseMs?: number; remote?: { restore(key: string, dir: string): Promise<boolean>; saved?(key: string, dir: string): void } };
  /** Progress lines (engine started, fell back…) for a terminal or a job log; never part of the report. */
  onProgress?: (line: string) => void;
  /** Rows to seed per touched table for data-volume probes. */
  rows?: number;
  /** Times the data-volume rehearsal runs each statement that works on data, keeping the median (5 with production stats). */
  rehearsalTimings?: number;
  expectedRows?: Record<string, number>;
  /** Per-statement and total wall-clock limits for live execution (ms). */
  statementTimeoutMs: number;
  totalTimeoutMs: number;
  /** Where links to the PR head point (e.g. https://github.com/o/r/blob/<sha>/). */
  linkBase?: string;
  /** Where rule docs live (…/rules/). */
  docsBase: string;
  /** Exit 1 (fail the check) on an inconclusive verdict too; default false: only findings and failed migrations fail. */
  failOnInconclusive?: boolean;
  /** Path of the config file that was read, if any. */
  configPath?: string;
  /** Production statistics: a stats file (absolute path) from `pgreview stats`, or a read-only URL to collect them from. */
  statsFile?: string;
  statsUrl?: string;
  /** How messages name the stats file when it was copied elsewhere (the action reads it from the base commit). */
  statsLabel?: string;
}

/** A piece of SQL text inside a file: a whole file, or a dbmate section. */
export interface SqlSource {
  /** Repo-relative path with forward slashes. */
  file: string;
  text: string;
  /** 1-based line in `file` where `text` starts (dbmate sections start mid-file). */
  startLine: number;
  /** Byte offset in the file where `text` starts. */
  startByte: number;
  /** The file starts with a UTF-8 byte order mark (kept in `text`; psql and most drivers send it to the server). */
  bom?: boolean;
}

export type MigrationStatus = 'base' | 'added' | 'modified';

export interface Migration {
  /** Stable id: the version (and name) in the tool's ordering. */
  id: string;
  version: string;
  name: string;
  /** Repo-relative path of the up file (or the migration's folder file). */
  path: string;
  up: SqlSource;
  down?: SqlSource;
  /** Whether the runner wraps this migration in one transaction. */
  transactional: boolean;
  /**
   * How the runner executes it: 'per-migration' (BEGIN…COMMIT around this migration),
   * 'all-pending' (one transaction around every pending migration), 'implicit' (the whole file is
   * sent as one query string: PostgreSQL runs it as one implicit transaction only when it holds
   * more than one statement; `transactional` is false), 'none' (each statement commits on its own).
   */
  transactionMode?: 'per-migration' | 'all-pending' | 'implicit' | 'none';
  /** Independent history (sub-folder) this migration belongs to when the folder holds several databases' migrations. */
  history?: string;
  /** Why: the layout's behaviour or the file's opt-out. */
  transactionNote: string;
  /**
   * The runner runs statements PostgreSQL refuses in a transaction block (CREATE INDEX CONCURRENTLY,
   * VACUUM…) on their own, outside the file's transaction (Supabase CLI ≥ 2.109).
   */
  nonTransactionalApart?: boolean;
  status: MigrationStatus;
  /** Flyway R__ repeatables and similar: run after versioned ones whenever they change. */
  repeatable?: boolean;
  /** Problems found while reading the file (binary, invalid UTF-8, too large…): become findings. */
  readProblems?: {
    message: string;
    line?: number;
    reason?: 'binary' | 'encoding' | 'empty' | 'too-large' | 'symlink' | 'unreadable' | 'format';
    direction?: 'up' | 'down';
  }[];
}

export interface MigrationSet {
  root: string;
  layout: LayoutId;
  layoutReason: string;
  /** In the order the tool applies them. */
  migrations: Migration[];
  /** Files in the folder that are not migrations and were skipped, with why. */
  skipped: { path: string; reason: string }[];
  /** How the changed set was decided. */
  changedSource: 'flag' | 'git' | 'all';
  /** Base migrations whose content the PR edits: history rewrites. */
  warnings: {
    path: string;
    message: string;
    /** history-rewrite/deleted/renamed: applied history changed; the others are planning notes. */
    kind?: 'history-rewrite' | 'deleted' | 'renamed' | 'multiple-histories' | 'layout' | 'git' | 'order';
  }[];
  /** When the folder holds several independent histories (separate databases), one entry each. */
  histories?: { name: string; dir: string; layout: LayoutId; migrations: number }[];
}

export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** JS string offsets into the source text. */
  start: number;
  end: number;
}

export interface Ignore {
  ruleId: string;
  reason: string;
  line: number;
  scope: 'statement' | 'file';
  used: boolean;
}

/** One top-level SQL statement with its parse tree. */
export interface Statement {
  index: number;
  file: string;
  migrationId: string;
  direction: 'up' | 'down';
  /** Node type, e.g. 'CreateStmt', 'AlterTableStmt'. */
  kind: string;
  /** The statement node (the value under `kind`). */
  node: any;
  /** Source text of the statement without leading comments or the trailing semicolon. */
  sql: string;
  span: Span;
  /** PL/pgSQL function bodies (functions, DO blocks), parsed. */
  plpgsql?: any;
  ignores: Ignore[];
  /** Line/column in the file of an AST node's `location` (a byte offset); not serialized. */
  locate?: (byteLocation: number) => { line: number; column: number };
}

export interface ParseError {
  message: string;
  line: number;
  column: number;
  /** Why it is not SQL at all, e.g. a Go template. */
  reason?: 'syntax' | 'template' | 'binary' | 'encoding' | 'empty' | 'too-large';
}

export interface ParsedSource {
  source: SqlSource;
  migration: Migration;
  direction: 'up' | 'down';
  statements: Statement[];
  error?: ParseError;
  fileIgnores: Ignore[];
}

export interface Fix {
  description: string;
  sql?: string;
  /**
   * How to run the fix with the project's migration tool, when the SQL cannot run inside the
   * transaction the tool wraps each migration in (CREATE INDEX CONCURRENTLY…). Added by assess.
   */
  tool?: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  phase: Phase;
  category: Category;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn?: number;
  /** What it is about, e.g. public.orders.status. */
  object?: string;
  title: string;
  /** Why it matters, in a sentence or two. */
  message: string;
  fix?: Fix;
  /** Live evidence: locks, rows, timings, role. */
  evidence?: Record<string, unknown>;
  migrationId?: string;
  /** Stable across reruns and line moves: rule + file + object/statement fingerprint. */
  fingerprint: string;
}

/**
 * inconclusive: the review could not establish enough to pass or fail the PR (the base history did
 * not build on the review engine, the live run could not happen, too little was verified).
 */
export type Verdict = 'pass' | 'pass_with_conditions' | 'fail' | 'inconclusive';

export type ObjectKind =
  | 'schema'
  | 'table'
  | 'column'
  | 'index'
  | 'constraint'
  | 'policy'
  | 'rls'
  | 'function'
  | 'trigger'
  | 'view'
  | 'type'
  | 'extension'
  | 'grant'
  | 'role'
  | 'sequence';

export interface ObjectRef {
  kind: ObjectKind;
  /** Qualified name, e.g. public.orders or public.orders.status. */
  name: string;
  detail?: string;
  migrationId?: string;
}

export interface ObjectChanges {
  created: ObjectRef[];
  altered: ObjectRef[];
  dropped: ObjectRef[];
  /** 'static' when inferred from SQL, 'live' when read from the catalog before/after. */
  source: 'static' | 'live';
}

export interface LockRecord {
  /** Qualified relation name. */
  relation: string;
  mode: string;
  /** How long the lock was held (ms), when measured. */
  heldMs?: number;
  /** What the relation is (live traces); locks on indexes and sequences matter less than on tables. */
  relkind?: 'table' | 'index' | 'view' | 'materialized view' | 'sequence' | 'toast' | 'other';
  /** The relation existed before the changed migrations ran (not created by this PR). */
  preexisting?: boolean;
}

export type ApplyStatus = 'applied' | 'failed' | 'skipped' | 'not-run';

export interface StatementTrace {
  line: number;
  kind: string;
  durationMs: number;
  locks: LockRecord[];
  /** Relations whose relfilenode changed: rewritten. */
  rewrites: string[];
  rowsAffected?: number;
  error?: { message: string; detail?: string; hint?: string; code?: string };
  /** Why it did not run (screened capability, needs no transaction with the url engine…). */
  skipped?: string;
  /** false when the statement ran outside any transaction (e.g. CONCURRENTLY): its locks could not be read. */
  locksObserved?: boolean;
  /**
   * Denied to the migration role (SQLSTATE 42501) and then run as the superuser, as a self-hosted
   * tool connected as a superuser or the owner would (src/live/trace/superuser.ts): who was denied, and the error.
   */
  asSuperuser?: { role: string; error: string };
  /**
   * An `IF [NOT] EXISTS` statement that did nothing where it ran (the live catalog said so right
   * before it ran), and why: no lock, no build, no type change (src/live/trace/noop.ts).
   */
  noOp?: string;
}

export interface MigrationReport {
  id: string;
  file: string;
  status: MigrationStatus;
  transactional: boolean;
  statements: number;
  applied: ApplyStatus;
  durationMs?: number;
  /** Strongest lock per relation. */
  locks: LockRecord[];
  rewrites: string[];
  error?: { message: string; line: number; detail?: string; hint?: string };
  trace?: StatementTrace[];
  /**
   * Changed migration: set when it failed on the review engine because of something the engine or the
   * base replay lacked (an environment gap), not because of the migration; says what. Such a failure is
   * "could not verify", never a fault of the PR.
   */
  couldNotVerify?: string;
  /** Base migration: statements that failed on the review engine and were left out (the rest applied). */
  gaps?: number;
}

/** A base-history statement the review engine could not run: recorded, left out, and the replay went on. */
export interface EnvironmentGap {
  migrationId: string;
  file: string;
  line: number;
  /** The statement's node kind (CreateExtensionStmt…). */
  kind: string;
  /** Postgres's message on the review engine (or why it was not executed). */
  message: string;
  code?: string;
  /** Why, in words: 'extension "pg_net" is not available on this engine', 'permission denied …'. */
  cause: string;
}

/** How the base history (already-merged migrations) was rebuilt on the review engine. */
export interface BaseHistory {
  /** complete: every statement ran; partial: some were left out (gaps); not-applied: not replayed (url engine, stopped). */
  status: 'complete' | 'partial' | 'not-applied';
  total: number;
  /** Files that applied entirely. */
  applied: number;
  /** Files that applied with some statements left out (see gaps). */
  partial: number;
  /** Files of which nothing applied. */
  failed: number;
  /** Files not replayed (url engine: the database holds them already; a time limit). */
  skipped: number;
  gaps: EnvironmentGap[];
  /** Platform extensions created as pgreview stand-ins (presets/supabase.sql), e.g. "pg_net (base: file:line)". */
  standIns: string[];
}

export interface RiskRow {
  risk: 'data-loss' | 'downtime' | 'security' | 'integrity' | 'performance' | 'deploy-failure';
  likelihood: 'low' | 'medium' | 'high';
  impact: 'low' | 'medium' | 'high' | 'critical';
  mitigation: string;
  /** Rule ids that drive this row. */
  drivers: string[];
  /** Fingerprints of the findings behind this row. */
  refs?: string[];
}

export interface ChecklistItem {
  text: string;
  /** Rule id or coverage gap that put it here. */
  source: string;
  /** Already satisfied by evidence (e.g. rollback verified by up-down-up). */
  done: boolean;
  /** Fingerprints of the findings this item points to (the findings carry the what and how). */
  refs?: string[];
}

export interface ValidationQuery {
  title: string;
  sql: string;
  expect: string;
}

export interface DecisionRow {
  item: string;
  status: 'ok' | 'warn' | 'fail' | 'unknown';
  priority: Severity | '-';
  action: string;
  /** Fingerprints of the findings behind this row. */
  refs?: string[];
}

export interface ProbeResult {
  probe: 'rls-isolation' | 'trigger' | 'reapply' | 'reversibility' | 'data-volume' | string;
  /** not-applicable: nothing in this PR for the probe to act on (no triggers, no exposed tables…); not a gap. */
  status: 'passed' | 'failed' | 'not-run' | 'partial' | 'not-applicable';
  summary: string;
  /** The worst severity among the probe's findings (after overrides): what a failed probe weighs. */
  severity?: Severity;
  details?: string[];
  /** What it could not probe and why. */
  notProbed?: string[];
  /** The probe's steps, each with its own result (rls-isolation: one per command, views, functions). */
  steps?: ProbeStep[];
}

export interface ProbeStep {
  step: string;
  status: 'passed' | 'failed' | 'not-run' | 'partial';
  summary: string;
}

export interface EngineInfo {
  id: Exclude<EngineId, 'auto'>;
  /** e.g. "PGlite 0.4.6 (PostgreSQL 17.5)". */
  description: string;
  /** Why auto picked it, or "requested". */
  reason: string;
  serverVersion?: string;
  pgvector: boolean;
  /** What this engine cannot do: one connection only, no pgvector… (each lowers confidence) */
  limits: string[];
  /** How the run was done, not a limit: e.g. which role the probes acted as. */
  notes?: string[];
  /** Engines that failed to start before this one was used (auto / engine fallback), with why. */
  startFailures?: { id: Exclude<EngineId, 'auto' | 'none'>; error: string }[];
}

export interface CoverageFactor {
  factor: string;
  /** Points taken off 100. */
  penalty: number;
  detail: string;
}

export interface Report {
  schemaVersion: 2;
  tool: { name: 'pgreview'; version: string };
  verdict: Verdict;
  verdictReason: string;
  /** What to do next when the verdict is inconclusive (or a migration could not be judged). */
  nextStep?: string;
  confidence: number;
  confidenceFactors: CoverageFactor[];
  engine: EngineInfo | null;
  layout: { id: LayoutId; reason: string };
  preset: PresetId;
  summary: {
    migrations: number;
    changed: number;
    statements: number;
    findings: Record<Severity, number>;
    suppressed: number;
  };
  migrations: MigrationReport[];
  findings: Finding[];
  suppressed: (Finding & { reason: string })[];
  decisionMatrix: DecisionRow[];
  riskMatrix: RiskRow[];
  checklist: ChecklistItem[];
  validationQueries: ValidationQuery[];
  objects: ObjectChanges;
  probes: ProbeResult[];
  /** How the base history was rebuilt on the review engine (absent when nothing ran live). */
  baseHistory?: BaseHistory;
  /** Migration files under the migrations folder that were not reviewed, and why. */
  notReviewed?: { file: string; reason: string }[];
  /** Links: PR head blob base and rule docs base, for renderers. */
  links: { head?: string; docs: string };
  timings: { totalMs: number; parseMs: number; staticMs: number; liveMs: number };
  /** The generated rollback of the changed migrations and its proof (absent when the live stage did not run). */
  rollback?: RollbackReport;
}

/** A rollback script pgreview generated from the catalog delta, and whether applying it after the PR restored the base catalog. */
export interface RollbackReport {
  sql: string;
  /** True only when the proof ran and the catalog after it matched the base exactly. */
  verified: boolean;
  /** What the script cannot undo exactly (data, enum values, sequence positions...). */
  caveats: string[];
  /** Where the catalog after the rollback still differed from the base (empty when verified). */
  differences: string[];
  /** Steps to take before deploying the PR so that what it destroys can be restored. */
  backups: string[];
  /** How it was proven (engine, role, transaction), or why it was not. */
  proof: string;
  /** The script's own error, when it failed on the review engine. */
  error?: string;
}
