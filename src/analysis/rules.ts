// The rule contract. Each rule is one module in rules/<id>.ts with a doc beside it (rules/<id>.md).
// Static rules see one statement at a time with the schema model as it was just before it, and may
// look at the whole review at the end (`finish`); live rules see the catalog delta and the trace.
// A static rule says what it wants: the statement kinds its `check` judges (`statements`), and the
// node kinds it reads from inside them (`nodes`). The runner (static.ts) walks each statement once
// for all rules and calls each rule only for its kinds: no rule walks every statement on its own.

import type { Category, Finding, Fix, Migration, MigrationSet, ParsedSource, Settings, Severity, Statement } from '../types.js';
import type { SchemaModel, TableInfo } from './schema-model.js';
import type { QualifiedName } from './ast.js';
import type { ParsedSourceWithErrors } from '../sql/parse.js';
import type { CatalogSnapshot } from '../live/catalog.js';
import type { TraceResult } from '../live/trace.js';
import type { ProductionStats } from '../stats/load.js';

export interface TxState {
  /** The runner wraps the whole migration in a transaction. */
  wrapped: boolean;
  /** Inside an explicit BEGIN … COMMIT written in the file. */
  explicit: boolean;
  /** Either: the statement cannot use CONCURRENTLY and its locks last until commit. */
  inTransaction: boolean;
  /** SET lock_timeout seen earlier in this migration (and not reset). */
  lockTimeout: boolean;
  statementTimeout: boolean;
}

export interface ReportInput {
  /** The statement the finding is about; file-level findings (syntax errors) give `at` instead. */
  stmt?: Statement;
  at?: { file: string; line: number; column: number; migrationId?: string };
  /** Byte location of the AST node the finding is about (node.location), for a precise line. */
  location?: number;
  /** The file line the finding is about inside the statement (e.g. a line of a function body). */
  line?: number;
  object?: string;
  message: string;
  fix?: Fix;
  /** Override the rule's default severity for this finding. */
  severity?: Severity;
  title?: string;
  evidence?: Record<string, unknown>;
}

export interface StaticContext {
  settings: Settings;
  set: MigrationSet;
  migration: Migration;
  source: ParsedSource;
  model: SchemaModel;
  tx: TxState;
  /** Statements of this migration's source, in order. */
  statements: Statement[];
  /** A table that existed before the current review unit (the PR, or this file when all files are reviewed). */
  isExisting(name: QualifiedName | string | undefined): boolean;
  /** Created earlier in the current review unit: empty, and nobody else holds locks on it. */
  isNew(name: QualifiedName | string | undefined): boolean;
  table(name: QualifiedName | string | undefined): TableInfo | undefined;
  /** Schemas exposed through an HTTP API (Supabase/PostgREST), empty when none. */
  exposedSchemas: Set<string>;
  /** The project uses Supabase conventions (preset or auth.uid() in the SQL). */
  supabase: boolean;
  /**
   * The nodes of the current statement whose kind is one of `kinds` (each declared in the rule's
   * `nodes`), in the order of a depth-first walk. A kind is the key the node sits under: a wrapper
   * name ('FuncCall', 'A_Const', 'IndexElem') or a field name ('typeName', 'relation').
   */
  nodes(kinds: readonly string[]): readonly NodeHit[];
  report(input: ReportInput): void;
}

/** A node found inside a statement: its kind (the key it sits under) and the node itself. */
export interface NodeHit {
  kind: string;
  node: any;
}

/** A statement's kind: its top node as libpg-query names it ('AlterTableStmt', 'IndexStmt', …). */
export type StatementKind = string;

export interface FinishContext {
  settings: Settings;
  set: MigrationSet;
  model: SchemaModel;
  /** Every reviewed (changed, up) statement with its migration. */
  reviewed: { stmt: Statement; migration: Migration }[];
  exposedSchemas: Set<string>;
  supabase: boolean;
  /** The migrations of the history being finished (a folder can hold several databases). */
  migrations: Migration[];
  /** Every parsed source of this history (base and changed, up and down), with parse errors and ignores. */
  sources: ParsedSourceWithErrors[];
  /** Was this object created by the reviewed migrations? */
  createdInReview(table: TableInfo): boolean;
  report(input: ReportInput): void;
}

export interface StaticRule {
  id: string;
  phase: 'static';
  severity: Severity;
  category: Category;
  title: string;
  /** Which sections it reads; most rules only judge up migrations. */
  directions?: ('up' | 'down')[];
  /**
   * The statement kinds `check` judges; the runner calls it for those only. A rule that must see
   * every statement (transaction state, text or locks of any statement) says `'every'`. Required
   * with `check`.
   */
  statements?: readonly StatementKind[] | 'every';
  /** Node kinds the rule reads from inside statements with `ctx.nodes()`: collected in the runner's one walk. */
  nodes?: readonly string[];
  check?(stmt: Statement, ctx: StaticContext): void;
  finish?(ctx: FinishContext): void;
}

/** What a live rule sees: the catalog before and after the PR's migrations, and the trace. */
export interface LiveContext {
  settings: Settings;
  set: MigrationSet;
  /** Base (before the changed migrations) and after; undefined parts mean the engine could not snapshot. */
  before: CatalogSnapshot;
  after: CatalogSnapshot;
  trace: TraceResult;
  /** Parsed sources of this history, to point findings at statements. */
  sources: ParsedSourceWithErrors[];
  exposedSchemas: Set<string>;
  supabase: boolean;
  /**
   * The first changed statement that creates, alters or drops the object (schema-qualified, read from
   * the parsed statements), else the first whose code names it; undefined when none (src/live/locator.ts).
   */
  statementFor(objectName: string): Statement | undefined;
  /** The first changed statement that creates, alters or drops the object, or a part of it; no text mentions. */
  statementChanging(objectName: string): Statement | undefined;
  /**
   * Findings of the static rules for this history (suppressed ones included), so that a live rule
   * twin of a static one reports only what the static rule missed. Undefined when not given.
   */
  staticFindings?: Finding[];
  /** Production's catalog and figures (--stats), when given: schema-drift compares `before` with it. */
  production?: ProductionStats;
  report(input: ReportInput): void;
}

export interface LiveRule {
  id: string;
  phase: 'live';
  severity: Severity;
  category: Category;
  title: string;
  /**
   * Static rules whose findings this live evidence proves: a live finding on the same table is folded
   * into them (one problem, one entry, with the fix from the static rule and the proof from the run).
   */
  confirms?: string[];
  check(ctx: LiveContext): void;
}

export type Rule = StaticRule | LiveRule;

export function defineRule<R extends Rule>(rule: R): R {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`rule id must be kebab-case: ${rule.id}`);
  if (rule.phase === 'static' && rule.check && !rule.statements) {
    throw new Error(`static rule ${rule.id} has a check but no \`statements\`: name the statement kinds it judges, or 'every'`);
  }
  return rule;
}

export type { Finding };
