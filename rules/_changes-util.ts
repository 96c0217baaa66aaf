// Helpers shared by the rules of the "changes" group (not a rule: the registry skips `_` files).
import type { Migration, MigrationSet, Statement } from '../src/types.js';
import type { ColumnInfo } from '../src/analysis/schema-model.js';
import { typeInfo, walk, type TypeInfo } from '../src/analysis/ast.js';

/** The review unit a migration belongs to, as src/analysis/static.ts computes it. */
export function unitOf(set: MigrationSet, m: Migration): string {
  return m.status === 'base' ? 'base' : set.changedSource === 'all' ? `migration:${m.id}` : 'pr';
}

/** A column added earlier in the current review unit: no deployed code reads it yet. */
export function isNewColumn(ctx: { set: MigrationSet; migration: Migration }, col: ColumnInfo | undefined): boolean {
  return !!col && col.origin.unit === unitOf(ctx.set, ctx.migration);
}

/**
 * The migration tool itself opens a transaction around the file. `transactional` alone is not
 * enough: for runners that wrap nothing ('implicit'/'none'), the planner marks a file that opens its
 * own BEGIN … COMMIT as transactional too.
 */
export function runnerWraps(m: Migration): boolean {
  if (!m.transactional) return false;
  return m.transactionMode === undefined || m.transactionMode === 'per-migration' || m.transactionMode === 'all-pending';
}

export function isBegin(s: Statement): boolean {
  return s.kind === 'TransactionStmt' && (s.node.kind === 'TRANS_STMT_BEGIN' || s.node.kind === 'TRANS_STMT_START');
}

/** Ends a transaction block: COMMIT/END, ROLLBACK/ABORT, PREPARE TRANSACTION. */
export function isEnd(s: Statement): boolean {
  return (
    s.kind === 'TransactionStmt' &&
    ['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE', 'TRANS_STMT_COMMIT_PREPARED', 'TRANS_STMT_ROLLBACK_PREPARED'].includes(s.node.kind)
  );
}

/** Statements that only read or set session state: they leave nothing behind if a later one fails. */
const INERT = new Set(['VariableSetStmt', 'VariableShowStmt', 'TransactionStmt', 'ExplainStmt', 'CheckPointStmt', 'ListenStmt', 'UnlistenStmt', 'NotifyStmt', 'DiscardStmt', 'LoadStmt']);

/** A statement that changes the schema or data (a plain SELECT is treated as inert). */
export function isChange(s: Statement): boolean {
  if (INERT.has(s.kind)) return false;
  if (s.kind === 'SelectStmt') return !!s.node.intoClause;
  return true;
}

/** Statements PostgreSQL refuses inside a transaction block. */
export function cannotRunInTransaction(s: Statement, pgVersion: number): boolean {
  const n = s.node;
  switch (s.kind) {
    case 'IndexStmt':
      return !!n.concurrent;
    case 'DropStmt':
      return !!n.concurrent;
    case 'ReindexStmt':
      return (n.params ?? []).some((p: any) => p?.DefElem?.defname === 'concurrently');
    case 'VacuumStmt':
      return n.is_vacuumcmd !== false;
    case 'AlterSystemStmt':
    case 'CreatedbStmt':
    case 'DropdbStmt':
    case 'CreateTableSpaceStmt':
    case 'DropTableSpaceStmt':
      return true;
    case 'AlterEnumStmt':
      // ALTER TYPE … ADD VALUE could not run in a transaction block before PostgreSQL 12.
      return pgVersion < 12 && !!n.newVal && !n.oldVal;
    default:
      return false;
  }
}

/**
 * A failure part-way leaves nothing applied: the runner wraps the file, the file wraps itself, or
 * the runner sends a multi-statement file as one simple query (an implicit transaction).
 */
export function isAtomic(m: Migration, statements: Statement[]): boolean {
  if (m.transactional) return true;
  if (m.transactionMode === 'implicit') return statements.length > 1;
  return false;
}

/**
 * Whether a failure part-way can leave this file half-applied, and why, said for the user's runner:
 * rules that warn about partial application (not-idempotent, adding-required-field,
 * migration-failed) quote `why` so the claim holds for the layout at hand.
 */
export function partialApply(m: Migration, statements: Statement[]): { possible: boolean; why: string } {
  if (runnerWraps(m)) {
    return {
      possible: false,
      why:
        m.transactionMode === 'all-pending'
          ? `the runner applies every pending migration in one transaction — ${m.transactionNote}`
          : `the runner wraps the file in one transaction — ${m.transactionNote}`,
    };
  }
  if (m.transactional) return { possible: false, why: 'the file wraps its statements in its own BEGIN … COMMIT' };
  const changes = statements.filter(isChange).length;
  if (changes <= 1) return { possible: false, why: 'the file holds a single statement, which applies completely or not at all' };
  if (m.transactionMode === 'implicit') return { possible: false, why: `the runner sends the file as one query string, which PostgreSQL runs as one implicit transaction — ${m.transactionNote}` };
  return { possible: true, why: `nothing wraps the file in a transaction — ${m.transactionNote} — so a failure leaves the statements before it applied` };
}

/** What a failure at `at` leaves behind, for the runner at hand: "and …" clause for a message. */
export function failureEffect(m: Migration, statements: Statement[], at: Statement): string {
  const p = partialApply(m, statements);
  if (!p.possible) return `and nothing of the file stays applied: ${p.why}`;
  const before = statements.filter((s) => s.index < at.index && isChange(s)).length;
  if (!before) return `at its first change, so nothing stays applied; the ones after it do not run (${m.transactionNote})`;
  return `with the ${before} statement${before === 1 ? '' : 's'} before it already applied, leaving the migration half-applied: ${p.why}`;
}

/** The type of a ColumnDef, with serial types seen as what they are. */
export function colType(colDef: any): TypeInfo | undefined {
  return typeInfo(colDef?.typeName);
}

export interface ColumnSite {
  /** The ColumnDef node. */
  def: any;
  /** Table the column belongs to. */
  table: any; // RangeVar
  /** How it is introduced. */
  via: 'create' | 'add' | 'type';
  /** For 'type': the column name (the ColumnDef has none). */
  name: string;
  location?: number;
}

/** Column definitions a statement introduces: CREATE TABLE columns, ADD COLUMN, ALTER COLUMN … TYPE. */
/** The statement kinds columnSites reads: rules built on it judge these (`statements`). */
export const COLUMN_SITE_STATEMENTS = ['CreateStmt', 'AlterTableStmt'] as const;

export function columnSites(stmt: Statement): ColumnSite[] {
  const n = stmt.node;
  const out: ColumnSite[] = [];
  if (stmt.kind === 'CreateStmt') {
    for (const e of n.tableElts ?? []) {
      const def = e?.ColumnDef;
      if (def?.colname && def.typeName) out.push({ def, table: n.relation, via: 'create', name: def.colname, location: def.location });
    }
  } else if (stmt.kind === 'AlterTableStmt' && (n.objtype ?? 'OBJECT_TABLE') === 'OBJECT_TABLE') {
    for (const c of n.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      const def = cmd?.def?.ColumnDef;
      if (!def?.typeName) continue;
      if (cmd.subtype === 'AT_AddColumn' && def.colname) out.push({ def, table: n.relation, via: 'add', name: def.colname, location: def.location });
      else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) out.push({ def, table: n.relation, via: 'type', name: cmd.name, location: def.location });
    }
  }
  return out;
}

/** Quote an identifier only when Postgres needs it. */
export function ident(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** schema.name for SQL, leaving out public. */
export function qname(q: { schema: string; name: string }): string {
  return q.schema === 'public' ? ident(q.name) : `${ident(q.schema)}.${ident(q.name)}`;
}

export { walk };
