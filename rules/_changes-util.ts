// Helpers shared by the rules of the "changes" group (not a rule: the registry skips `_` files).
import type { Migration, MigrationSet, Statement } from '../src/types.js';
import type { ColumnInfo } from '../src/analysis/schema-model.js';
import { typeInfo, walk, type TypeInfo } from '../src/analysis/ast.js';
// What each runner does with a file's transaction is knowledge of the migration layer (the live
// probes read it too); the rules keep importing it from here.
export { failureEffect, isAtomic, isChange, partialApply, runnerWraps } from '../src/migrations/atomicity.js';

/** The review unit a migration belongs to, as src/analysis/static.ts computes it. */
export function unitOf(set: MigrationSet, m: Migration): string {
  return m.status === 'base' ? 'base' : set.changedSource === 'all' ? `migration:${m.id}` : 'pr';
}

/** A column added earlier in the current review unit: no deployed code reads it yet. */
export function isNewColumn(ctx: { set: MigrationSet; migration: Migration }, col: ColumnInfo | undefined): boolean {
  return !!col && col.origin.unit === unitOf(ctx.set, ctx.migration);
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

export function columnSites(stmt: Statement): readonly ColumnSite[] {
  // Once per statement: four rules ask for every CREATE and ALTER TABLE, and only read the sites.
  let sites = columnSitesOf.get(stmt);
  if (!sites) columnSitesOf.set(stmt, (sites = readColumnSites(stmt)));
  return sites;
}
const columnSitesOf = new WeakMap<Statement, readonly ColumnSite[]>();

function readColumnSites(stmt: Statement): ColumnSite[] {
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
