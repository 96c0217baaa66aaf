// Helpers shared by the "locking" group: transaction scope (wrapped, explicit, implicit multi-statement
// query strings), the runner's opt-out for non-transactional statements, lock levels per statement,
// and per-review state for rules that must remember earlier statements.

import type { StaticContext } from '../src/analysis/rules.js';
import type { DomainInfo, SchemaModel, TableInfo } from '../src/analysis/schema-model.js';
import { columnNameAddition, defaultConstraintName, makeObjectName } from '../src/analysis/constraint-names.js';
import { columnConstraints, defElem, defElemString, funcCalls, isSerial, isVolatileDefault, listName, rangeVarName, strings, typeInfo, type QualifiedName, type TypeInfo } from '../src/analysis/ast.js';
import type { Statement } from '../src/types.js';
import { deparseSync } from 'pgsql-deparser';
import { pg18Constructs } from '../src/sql/pg18.js';
import { outsideTransactionAdvice } from '../src/migrations/tool-advice.js';

export type TxHow = 'wrapped' | 'explicit' | 'implicit';

/**
 * How the statement runs inside a transaction, if it does. 'implicit' is a runner that sends the
 * whole file as one simple-protocol query (Prisma, golang-migrate, postgres-migrations without its
 * wrapper): PostgreSQL runs a multi-statement string as one implicit transaction block.
 */
export function txHow(ctx: StaticContext): TxHow | undefined {
  if (ctx.tx.explicit) return 'explicit';
  // The engine counts an implicit multi-statement query string as wrapped; name it for what it is.
  if (ctx.migration.transactionMode === 'implicit' && !ctx.migration.transactional && executableCount(ctx.statements) > 1) return 'implicit';
  if (ctx.tx.wrapped) return 'wrapped';
  return undefined;
}

/** Statements of a source other than BEGIN/START/COMMIT, counted once per source (txHow asks for each statement). */
function executableCount(stmts: Statement[]): number {
  let n = executableCounts.get(stmts);
  if (n === undefined) {
    n = stmts.filter((s) => s.kind !== 'TransactionStmt' || !['TRANS_STMT_BEGIN', 'TRANS_STMT_START', 'TRANS_STMT_COMMIT'].includes(s.node?.kind)).length;
    executableCounts.set(stmts, n);
  }
  return n;
}
const executableCounts = new WeakMap<Statement[], number>();

const ENDS = new Set(['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_COMMIT_PREPARED', 'TRANS_STMT_ROLLBACK_PREPARED', 'TRANS_STMT_PREPARE']);
const BEGINS = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START']);

/**
 * Statements of this source that run before `stmt` in the same transaction, oldest first; empty when
 * `stmt` is not in a transaction.
 */
export function sameTxBefore(ctx: StaticContext, stmt: Statement): Statement[] {
  const how = txHow(ctx);
  if (!how) return [];
  const pos = ctx.statements.indexOf(stmt);
  if (pos < 0) return [];
  let start = 0;
  for (let i = pos - 1; i >= 0; i--) {
    const s = ctx.statements[i]!;
    if (s.kind !== 'TransactionStmt') continue;
    if (how === 'explicit' && BEGINS.has(s.node?.kind)) {
      start = i + 1;
      break;
    }
    if (ENDS.has(s.node?.kind)) {
      start = i + 1;
      break;
    }
  }
  return ctx.statements.slice(start, pos);
}

/** Where a statement that cannot run in a transaction block should go, for this runner (one text, in src/migrations/tool-advice.ts). */
export function nonTxAdvice(ctx: StaticContext, how: TxHow): string {
  return outsideTransactionAdvice(ctx.set.layout, how);
}

/** Per-review state, keyed by the review's schema model (one per runStatic call). */
const states = new WeakMap<SchemaModel, Map<string, unknown>>();
export function reviewState<T>(ctx: { model: SchemaModel }, key: string, init: () => T): T {
  let m = states.get(ctx.model);
  if (!m) states.set(ctx.model, (m = new Map()));
  if (!m.has(key)) m.set(key, init());
  return m.get(key) as T;
}

/** The table an index belongs to, from the model (index names are qualified by schema). */
export function indexTable(ctx: { model: SchemaModel }, index: QualifiedName): string | undefined {
  const owner = ctx.model.indexOwner.get(index.qualified);
  if (owner) return owner;
  // Constraint indexes (UNIQUE, PRIMARY KEY) are named on the table, not in indexOwner.
  let guess: { table: TableInfo; len: number } | undefined;
  for (const t of ctx.model.tables.values()) {
    if (t.schema !== index.schema) continue;
    if (t.indexes.some((i) => i.name === index.name)) return t.qualified;
    // Postgres's default names: <table>_<columns>_key / _pkey / _idx; take the longest table prefix.
    // A renamed table keeps the index names built on its former name.
    if (!/_(key|pkey|idx|key\d+|pkey\d+|idx\d+)$/.test(index.name)) continue;
    for (const name of [t.name, ...(t.formerNames ?? [])]) {
      if (index.name.startsWith(`${name}_`) && (!guess || name.length > guess.len)) guess = { table: t, len: name.length };
    }
  }
  return guess?.table.qualified;
}

export function qualify(name: string | undefined): string | undefined {
  if (!name) return undefined;
  return name.includes('.') ? name : `public.${name}`;
}

/** SQL identifier, quoted only when it needs to be. */
export function ident(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) && !RESERVED.has(name) ? name : `"${name.replace(/"/g, '""')}"`;
}
const RESERVED = new Set(['user', 'order', 'group', 'table', 'select', 'where', 'from', 'to', 'default', 'check', 'column', 'constraint', 'primary', 'references', 'unique', 'limit', 'offset', 'end', 'desc', 'asc', 'all', 'and', 'or', 'not', 'null', 'true', 'false', 'case', 'when', 'then', 'else', 'grant', 'on', 'in', 'as', 'is', 'into', 'create', 'having', 'window', 'analyse', 'analyze', 'array', 'both', 'cast', 'collate', 'current_date', 'current_role', 'current_time', 'current_timestamp', 'current_user', 'deferrable', 'distinct', 'do', 'except', 'fetch', 'for', 'foreign', 'initially', 'intersect', 'lateral', 'leading', 'localtime', 'localtimestamp', 'only', 'placing', 'returning', 'session_user', 'some', 'symmetric', 'trailing', 'union', 'using', 'variadic', 'with']);

/** schema.name as SQL: the public schema is left implicit when the statement did not write it. */
export function relSql(q: QualifiedName, rv?: any): string {
  return rv && !rv.schemaname ? ident(q.name) : `${ident(q.schema)}.${ident(q.name)}`;
}

// ---------------------------------------------------------------------------------------------
// Lock levels

export type LockMode = 'ACCESS EXCLUSIVE' | 'EXCLUSIVE' | 'SHARE ROW EXCLUSIVE';

export interface StrongLock {
  table: string;
  mode: LockMode;
}

const SHARE_UPDATE_EXCLUSIVE_CMDS = new Set([
  'AT_SetStatistics',
  'AT_ClusterOn',
  'AT_DropCluster',
  'AT_SetOptions',
  'AT_ResetOptions',
  'AT_ValidateConstraint',
  'AT_SetRelOptions',
  'AT_ResetRelOptions',
  'AT_AttachPartition',
  'AT_DetachPartitionFinalize',
]);
const SHARE_ROW_EXCLUSIVE_CMDS = new Set([
  'AT_EnableTrig',
  'AT_EnableAlwaysTrig',
  'AT_EnableReplicaTrig',
  'AT_EnableTrigAll',
  'AT_EnableTrigUser',
  'AT_DisableTrig',
  'AT_DisableTrigAll',
  'AT_DisableTrigUser',
]);

const LOCK_MODES: Record<number, LockMode | undefined> = { 6: 'SHARE ROW EXCLUSIVE', 7: 'EXCLUSIVE', 8: 'ACCESS EXCLUSIVE' };

/** The statement kinds strongLocks can find a lock in (its cases below): for every other kind it returns none. */
export const STRONG_LOCK_STATEMENTS = [
  'AlterTableStmt', 'RenameStmt', 'DropStmt', 'TruncateStmt', 'CreateTrigStmt', 'CreatePolicyStmt', 'AlterPolicyStmt', 'RuleStmt',
  'CreateStmt', 'LockStmt', 'VacuumStmt', 'ClusterStmt', 'RefreshMatViewStmt', 'ReindexStmt',
] as const;

/**
 * Locks of SHARE ROW EXCLUSIVE or stronger that a statement takes on tables (as the ALTER TABLE and
 * explicit-locking pages list them), before filtering by existence. Views are skipped unless the
 * model knows them.
 */
export function strongLocks(stmt: Statement, ctx: StaticContext): StrongLock[] {
  const n = stmt.node;
  const out: StrongLock[] = [];
  const add = (q: QualifiedName | string | undefined, mode: LockMode) => {
    const name = typeof q === 'string' ? q : q?.qualified;
    if (name) out.push({ table: name, mode });
  };
  // Typed by the list: a case for a kind missing from STRONG_LOCK_STATEMENTS does not compile (the
  // rules that run only on those kinds would never see it).
  switch (stmt.kind as (typeof STRONG_LOCK_STATEMENTS)[number]) {
    case 'AlterTableStmt': {
      if (n.objtype !== 'OBJECT_TABLE') return out;
      const t = rangeVarName(n.relation);
      let mode: LockMode | undefined;
      const stronger = (m: LockMode) => {
        if (!mode || m === 'ACCESS EXCLUSIVE' || (m === 'EXCLUSIVE' && mode === 'SHARE ROW EXCLUSIVE')) mode = m;
      };
      for (const c of n.cmds ?? []) {
        const cmd = c?.AlterTableCmd;
        if (!cmd) continue;
        const st = cmd.subtype as string;
        if (st === 'AT_AddConstraint' && cmd.def?.Constraint?.contype === 'CONSTR_FOREIGN') {
          stronger('SHARE ROW EXCLUSIVE');
          add(rangeVarName(cmd.def.Constraint.pktable), 'SHARE ROW EXCLUSIVE');
        } else if (st === 'AT_DetachPartition') {
          if (cmd.def?.PartitionCmd?.concurrent) continue;
          stronger('ACCESS EXCLUSIVE');
          add(rangeVarName(cmd.def?.PartitionCmd?.name), 'ACCESS EXCLUSIVE');
        } else if (st === 'AT_AttachPartition') {
          add(rangeVarName(cmd.def?.PartitionCmd?.name), 'ACCESS EXCLUSIVE');
        } else if (SHARE_ROW_EXCLUSIVE_CMDS.has(st)) {
          stronger('SHARE ROW EXCLUSIVE');
        } else if (!SHARE_UPDATE_EXCLUSIVE_CMDS.has(st)) {
          stronger('ACCESS EXCLUSIVE');
          if (st === 'AT_AddColumn') {
            for (const con of cmd.def?.ColumnDef?.constraints ?? [])
              if (con?.Constraint?.contype === 'CONSTR_FOREIGN') add(rangeVarName(con.Constraint.pktable), 'SHARE ROW EXCLUSIVE');
          }
        }
      }
      if (mode) add(t, mode);
      return out;
    }
    case 'RenameStmt':
      if (n.renameType === 'OBJECT_TABLE' || (['OBJECT_COLUMN', 'OBJECT_TABCONSTRAINT'].includes(n.renameType) && n.relationType === 'OBJECT_TABLE'))
        add(rangeVarName(n.relation), 'ACCESS EXCLUSIVE');
      return out;
    case 'DropStmt': {
      if (n.removeType === 'OBJECT_TABLE') {
        for (const o of n.objects ?? []) add(listName(o?.List?.items), 'ACCESS EXCLUSIVE');
      } else if (n.removeType === 'OBJECT_INDEX' && !n.concurrent) {
        for (const o of n.objects ?? []) {
          const q = listName(o?.List?.items);
          if (q) add(indexTable(ctx, q), 'ACCESS EXCLUSIVE');
        }
      } else if (['OBJECT_TRIGGER', 'OBJECT_POLICY', 'OBJECT_RULE'].includes(n.removeType)) {
        for (const o of n.objects ?? []) {
          const items = strings(o?.List?.items);
          items.pop();
          if (items.length) add(listName(items.map((s) => ({ String: { sval: s } }))), 'ACCESS EXCLUSIVE');
        }
      }
      return out;
    }
    case 'TruncateStmt':
      for (const r of n.relations ?? []) add(rangeVarName(r?.RangeVar), 'ACCESS EXCLUSIVE');
      return out;
    case 'CreateTrigStmt':
      add(rangeVarName(n.relation), 'SHARE ROW EXCLUSIVE');
      return out;
    case 'CreatePolicyStmt':
    case 'AlterPolicyStmt':
      add(rangeVarName(n.table), 'ACCESS EXCLUSIVE');
      return out;
    case 'RuleStmt':
      add(rangeVarName(n.relation), 'ACCESS EXCLUSIVE');
      return out;
    case 'CreateStmt': {
      for (const elt of n.tableElts ?? []) {
        for (const con of [elt?.Constraint, ...(elt?.ColumnDef?.constraints ?? []).map((c: any) => c?.Constraint)])
          if (con?.contype === 'CONSTR_FOREIGN') add(rangeVarName(con.pktable), 'SHARE ROW EXCLUSIVE');
      }
      if (n.partbound) for (const p of n.inhRelations ?? []) add(rangeVarName(p?.RangeVar), 'ACCESS EXCLUSIVE');
      return out;
    }
    case 'LockStmt': {
      const mode = LOCK_MODES[n.mode ?? 8];
      if (mode) for (const r of n.relations ?? []) add(rangeVarName(r?.RangeVar), mode);
      return out;
    }
    case 'VacuumStmt':
      if (isVacuumFull(n)) for (const r of n.rels ?? []) add(rangeVarName(r?.VacuumRelation?.relation), 'ACCESS EXCLUSIVE');
      return out;
    case 'ClusterStmt':
      add(rangeVarName(n.relation), 'ACCESS EXCLUSIVE');
      return out;
    case 'RefreshMatViewStmt':
      if (!n.concurrent) add(rangeVarName(n.relation), 'ACCESS EXCLUSIVE');
      return out;
    case 'ReindexStmt':
      if (hasOption(n.params, 'concurrently')) return out;
      if (n.kind === 'REINDEX_OBJECT_TABLE') add(rangeVarName(n.relation), 'ACCESS EXCLUSIVE');
      else if (n.kind === 'REINDEX_OBJECT_INDEX') {
        const q = rangeVarName(n.relation);
        if (q) add(indexTable(ctx, q), 'ACCESS EXCLUSIVE');
      }
      return out;
    default:
      return out;
  }
}

export function hasOption(params: any[] | undefined, name: string): boolean {
  const d = (params ?? []).map((p: any) => p?.DefElem).find((d: any) => d?.defname === name);
  if (!d) return false;
  const v = d.arg?.String?.sval ?? d.arg?.Boolean?.boolval ?? d.arg?.Integer?.ival;
  if (v === undefined) return true;
  return !(v === false || v === 0 || (typeof v === 'string' && /^(false|off|0|no)$/i.test(v)));
}

export function isVacuumFull(n: any): boolean {
  return hasOption(n?.options, 'full');
}

/** A table the model knows as a view (views are not locked like tables for our purposes). */
export function isView(t: TableInfo | undefined): boolean {
  return t?.kind === 'view';
}

/** Tables created (CREATE TABLE / AS / VIEW) anywhere in this source: not "existing" even before they appear. */
export function createdInSource(ctx: StaticContext): ReadonlySet<string> {
  // Once per source: callers ask for every statement, and files can hold 100,000 statements.
  const cached = createdCache.get(ctx.statements);
  if (cached) return cached;
  const out = new Set<string>();
  createdCache.set(ctx.statements, out);
  for (const s of ctx.statements) {
    if (s.kind === 'CreateStmt') {
      const q = rangeVarName(s.node.relation);
      if (q) out.add(q.qualified);
    } else if (s.kind === 'CreateTableAsStmt') {
      const q = rangeVarName(s.node.into?.rel);
      if (q) out.add(q.qualified);
    } else if (s.kind === 'ViewStmt') {
      const q = rangeVarName(s.node.view);
      if (q) out.add(q.qualified);
    }
  }
  return out;
}

const createdCache = new WeakMap<Statement[], Set<string>>();

/**
 * SQL text for a statement node; undefined if it cannot. pgsql-deparser (for the PostgreSQL 17 AST
 * that libpg-query 17 gives) deparses in TypeScript: libpg-query's own deparse encodes the tree to
 * protobuf and back, about 20 times slower per statement (test/sql/deparse.test.ts round-trips the corpus).
 */
export function deparse(kind: string, node: any): string | undefined {
  // 17's deparser would print a PostgreSQL 18 tree without what 18 added (VIRTUAL as STORED): no fix beats a wrong one.
  if (pg18Constructs(node).length) return undefined;
  try {
    const out = deparseSync({ [kind]: node } as any, { pretty: false });
    return typeof out === 'string' ? out.trim() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Deep copy of an AST value, as a JSON round trip makes it (an undefined property is left out, an
 * undefined array item becomes null) without printing and reading text: fixes copy subcommands for
 * every finding, and the round trip was most of their cost.
 */
export function clone<T>(v: T): T {
  if (v === null || typeof v !== 'object') return JSON.parse(JSON.stringify(v));
  return copyJson(v);
}

function copyJson(v: any): any {
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      out[i] = x === undefined || typeof x === 'function' || typeof x === 'symbol' ? null : typeof x === 'object' && x !== null ? copyJson(x) : plain(x);
    }
    return out;
  }
  const out: any = {};
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    const x = v[k];
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
    const copy = typeof x === 'object' && x !== null ? copyJson(x) : plain(x);
    // JSON.parse makes "__proto__" an own property; an assignment would set the prototype.
    if (k === '__proto__') Object.defineProperty(out, k, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[k] = copy;
  }
  return out;
}

/** A scalar as JSON keeps it: non-finite numbers become null. */
function plain(x: unknown): unknown {
  return typeof x === 'number' && !Number.isFinite(x) ? null : x;
}

/**
 * The subcommands of the same ALTER TABLE with `cmd` swapped for `replacement`: a fix that rewrites one
 * subcommand keeps its siblings (the other ADD COLUMNs, a "DROP CONSTRAINT c" before "ADD CONSTRAINT c"),
 * so that it applies in place of the statement. Without them, "constraint c already exists" or the
 * next migration's "column … does not exist".
 */
export function inPlaceOf(stmt: Statement, cmd: any, replacement: any[]): any[] {
  const cmds: any[] = stmt.node.cmds ?? [];
  const at = cmds.findIndex((c: any) => c?.AlterTableCmd === cmd);
  if (at < 0) return replacement;
  return [...cmds.slice(0, at), ...replacement, ...cmds.slice(at + 1)];
}

/**
 * The names Postgres gives the unnamed CHECK and FOREIGN KEY constraints of one ALTER TABLE
 * (ChooseConstraintName): `<table>_<column>_check` after the one column a check reads, else
 * `<table>_check`; `<table>_<columns>_fkey`; cut to 63 bytes, and numbered (`…_check1`) past every
 * name in use: the statement's own names, and those of every constraint in the schema, which is
 * what Postgres asks (measured: a CHECK on `a (b_c)` after one on `a_b (c)` is `a_b_c_check1`),
 * except those the statement drops (its DROP CONSTRAINTs run first). Ask in the order Postgres adds them.
 */
export class ConstraintNamer {
  private readonly own: Set<string>;
  private readonly dropped: Set<string>;
  private inSchema: Set<string> | undefined;
  private readonly taken = (name: string): boolean => {
    if (this.own.has(name)) return true;
    if (this.dropped.has(name)) return false;
    if (!this.inSchema) {
      // Read from the model once, when a name is first asked for: most statements name nothing.
      this.inSchema = new Set();
      for (const t of this.ctx.model.tables.values()) if (t.schema === this.table.schema) for (const n of t.constraintNames ?? []) this.inSchema.add(n);
    }
    return this.inSchema.has(name);
  };

  constructor(
    private readonly ctx: { model: SchemaModel },
    stmt: Statement,
    private readonly table: QualifiedName,
  ) {
    this.own = new Set(namedConstraints(stmt));
    const cmds: any[] = stmt.node.cmds ?? [];
    this.dropped = new Set(cmds.flatMap((c) => (c?.AlterTableCmd?.subtype === 'AT_DropConstraint' && c.AlterTableCmd.name ? [c.AlterTableCmd.name] : [])));
  }

  check(expr: any): string {
    return this.give(defaultConstraintName(this.table.name, { contype: 'CONSTR_CHECK', raw_expr: expr }, [], this.taken));
  }

  foreignKey(columns: string[]): string {
    return this.give(defaultConstraintName(this.table.name, { contype: 'CONSTR_FOREIGN' }, columns, this.taken));
  }

  private give(name: string): string {
    this.own.add(name);
    return name;
  }
}

/** The name of an unnamed PRIMARY KEY or UNIQUE constraint (its index's): `<table>_pkey`, `<table>_<columns>_key`, cut to 63 bytes. */
function keyName(table: QualifiedName, contype: string, columns: string[]): string {
  return contype === 'CONSTR_PRIMARY' ? makeObjectName(table.name, undefined, 'pkey') : makeObjectName(table.name, columnNameAddition(columns), 'key');
}

/** The constraint names a statement gives itself (CONSTRAINT name …), which an unnamed one's name must avoid. */
function namedConstraints(stmt: Statement): string[] {
  return (stmt.node.cmds ?? []).flatMap((c: any) => {
    const def = c?.AlterTableCmd?.def;
    const cons = def?.Constraint ? [def.Constraint] : ((def?.ColumnDef?.constraints ?? []) as any[]).map((k) => k?.Constraint);
    return cons.flatMap((con: any) => (con?.conname ? [con.conname] : []));
  });
}

/** A copy of an expression with each column reference's fields replaced by what `rename` returns for them (unchanged when it returns undefined). */
export function renameColumnRefs(expr: any, rename: (fields: any[]) => any[] | undefined): any {
  const out = clone(expr);
  const visit = (v: any): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      const fields = v.ColumnRef?.fields && rename(v.ColumnRef.fields);
      if (fields) v.ColumnRef.fields = fields;
      else for (const k in v) visit(v[k]);
    }
  };
  visit(out);
  return out;
}

/** A copy of a CHECK or FOREIGN KEY constraint node under `name`, added NOT VALID: no scan of the existing rows. */
export function notValidCopy(con: any, name: string): any {
  const out = clone(con);
  out.conname = name;
  out.skip_validation = true;
  delete out.initially_valid;
  return out;
}

/**
 * The ALTER TABLE … ADD CONSTRAINT … NOT VALID that adds a CHECK or REFERENCES written on column
 * `colname` as a table constraint named `name`: checked for new rows at once, no scan of the existing ones.
 */
export function addNotValidSql(stmt: Statement, con: any, colname: string, name: string): string | undefined {
  const copy = notValidCopy(con.contype === 'CONSTR_FOREIGN' ? { ...con, fk_attrs: [{ String: { sval: colname } }] } : con, name);
  return alterSql(stmt, [{ AlterTableCmd: { subtype: 'AT_AddConstraint', def: { Constraint: copy } } }]);
}

/** VALIDATE CONSTRAINT `name` on the statement's table. */
function validateSql(stmt: Statement, table: QualifiedName, name: string): string {
  return `ALTER TABLE ${relSql(table, stmt.node.relation)} VALIDATE CONSTRAINT ${ident(name)};`;
}

/** The validation, for a later migration: it scans under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on. */
export function validateLater(stmt: Statement, table: QualifiedName, name: string): string {
  return `-- in a separate migration (its own transaction):\n${validateSql(stmt, table, name)}`;
}

/** An ALTER TABLE statement on the same relation with only the given subcommands. */
export function alterSql(stmt: Statement, cmds: any[]): string | undefined {
  // Only the new subcommands are copied: deparse reads the tree without changing it, and cloning
  // the whole statement (every original subcommand) for each fix was measurable on large folders.
  const copies = clone(cmds);
  // RESTRICT is what a DROP does unless it says CASCADE; the parser fills it in, and pgsql-deparser
  // would print it on every DROP subcommand the user wrote without it.
  for (const c of copies) if (c?.AlterTableCmd?.behavior === 'DROP_RESTRICT') delete c.AlterTableCmd.behavior;
  const sql = deparse('AlterTableStmt', { ...stmt.node, cmds: copies });
  return sql ? sql + ';' : undefined;
}

// ---------------------------------------------------------------------------------------------
// UNIQUE / PRIMARY KEY constraints that build their index under ACCESS EXCLUSIVE

export interface IndexConstraintHit {
  location?: number;
  /** Constraint (and index) name to use in the fix. */
  name: string;
  columns: string[];
  viaColumn?: string;
  sql: string;
}

/**
 * A UNIQUE or PRIMARY KEY constraint (`con`) as a unique index built concurrently, then attached
 * (USING INDEX, after `drops`, the statement's own DROP CONSTRAINTs): no index build under the lock.
 */
function indexThenConstraint(tableSql: string, con: any, name: string, columns: string[], drops = ''): { idx: string; attach: string } {
  const kw = con.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE';
  const nnd = con.nulls_not_distinct ? ' NULLS NOT DISTINCT' : '';
  const include = strings(con.including);
  // A distinct index name: the constraint being replaced may still own `name`. USING INDEX renames it.
  const index = `${name}_idx`;
  const idx = `CREATE UNIQUE INDEX CONCURRENTLY ${ident(index)} ON ${tableSql} (${columns.map(ident).join(', ')})${include.length ? ` INCLUDE (${include.map(ident).join(', ')})` : ''}${nnd};`;
  const deferrable = con.deferrable ? ` DEFERRABLE${con.initdeferred ? ' INITIALLY DEFERRED' : ''}` : '';
  const attach = `ALTER TABLE ${tableSql} ${drops}ADD CONSTRAINT ${ident(name)} ${kw} USING INDEX ${ident(index)}${deferrable};`;
  return { idx, attach };
}

/**
 * The column constraints of an added column (REFERENCES, CHECK, UNIQUE, PRIMARY KEY) as the
 * statements that add them to the filled column without a long lock: keys and checks NOT VALID,
 * then validated; unique keys on an index built concurrently. Named as Postgres names them.
 */
export function constraintsLater(ctx: StaticContext, stmt: Statement, table: QualifiedName, col: any): string[] {
  const tableSql = relSql(table, stmt.node.relation);
  const out: string[] = [];
  const names = new ConstraintNamer(ctx, stmt, table);
  for (const con of columnConstraints(col)) {
    if (con.contype === 'CONSTR_FOREIGN' || con.contype === 'CONSTR_CHECK') {
      const name: string = con.conname ?? (con.contype === 'CONSTR_FOREIGN' ? names.foreignKey([col.colname]) : names.check(con.raw_expr));
      const add = addNotValidSql(stmt, con, col.colname, name);
      if (add) out.push(add, validateSql(stmt, table, name));
    } else if (con.contype === 'CONSTR_UNIQUE' || con.contype === 'CONSTR_PRIMARY') {
      const name: string = con.conname ?? keyName(table, con.contype, [col.colname]);
      const { idx, attach } = indexThenConstraint(tableSql, con, name, [col.colname]);
      out.push(idx, attach);
    }
  }
  return out;
}

/**
 * ADD CONSTRAINT … UNIQUE/PRIMARY KEY without USING INDEX, or ADD COLUMN … UNIQUE/PRIMARY KEY, with
 * the concurrent-index-then-USING-INDEX replacement for each.
 */
export function indexConstraintHits(stmt: Statement, contype: 'CONSTR_UNIQUE' | 'CONSTR_PRIMARY', table: QualifiedName): IndexConstraintHit[] {
  const out: IndexConstraintHit[] = [];
  const tableSql = relSql(table, stmt.node.relation);
  // Constraints the same statement drops (typically the key being replaced) go with the promotion.
  const drops = (stmt.node.cmds ?? [])
    .map((c: any) => c?.AlterTableCmd)
    .filter((c: any) => c?.subtype === 'AT_DropConstraint' && c.name)
    .map((c: any) => `DROP CONSTRAINT ${c.missing_ok ? 'IF EXISTS ' : ''}${ident(c.name)}, `)
    .join('');
  const build = (con: any, name: string, columns: string[]) => indexThenConstraint(tableSql, con, name, columns, drops);
  for (const c of stmt.node.cmds ?? []) {
    const cmd = c?.AlterTableCmd;
    if (cmd?.subtype === 'AT_AddConstraint') {
      const con = cmd.def?.Constraint;
      if (con?.contype !== contype || con.indexname) continue;
      const columns = strings(con.keys);
      if (!columns.length) continue;
      const name: string = con.conname ?? keyName(table, contype, columns);
      const { idx, attach } = build(con, name, columns);
      out.push({ location: con.location, name, columns, sql: `${idx}\n${attach}` });
    } else if (cmd?.subtype === 'AT_AddColumn') {
      const col = cmd.def?.ColumnDef;
      const con = (col?.constraints ?? []).map((x: any) => x?.Constraint).find((x: any) => x?.contype === contype);
      if (!con || !col?.colname) continue;
      const name: string = con.conname ?? keyName(table, contype, [col.colname]);
      const bare = { ...cmd, def: { ColumnDef: { ...col, constraints: (col.constraints ?? []).filter((x: any) => x?.Constraint?.contype !== contype) } } };
      const add = alterSql(stmt, [{ AlterTableCmd: bare }]);
      const { idx, attach } = build(con, name, [col.colname]);
      out.push({ location: con.location ?? col.location, name, columns: [col.colname], viaColumn: col.colname, sql: [add, idx, attach].filter(Boolean).join('\n') });
    }
  }
  return out;
}

/** NULL, or NULL cast to a type (`DEFAULT NULL::uuid`, casts nested or not). */
export function isNullConst(expr: any): boolean {
  if (expr?.TypeCast) return isNullConst(expr.TypeCast.arg);
  return expr?.A_Const?.isnull === true;
}

/** Volatile functions from common extensions that ast.ts's list does not name. */
const MORE_VOLATILE = new Set(['uuid_generate_v7', 'gen_random_uuid_v7', 'uuid_generate_v6', 'gen_ulid', 'generate_ulid', 'ulid_generate', 'nanoid', 'random_normal', 'setval']);

/** A call to a function whose volatility makes it run per row. */
function volatileCall(expr: any, ctx: StaticContext): string | undefined {
  if (isVolatileDefault(expr)) return funcCalls(expr).find((f) => isVolatileDefault({ FuncCall: f.node }))?.name ?? 'a volatile function';
  for (const f of funcCalls(expr)) {
    if (MORE_VOLATILE.has(f.name)) return f.name;
    // Functions defined by the migrations: VOLATILE unless declared otherwise.
    const fn = ctx.model.functions.get(`${f.schema ?? 'public'}.${f.name}`);
    if (fn) {
      const v = defElemString(defElem(fn.origin.statement.node?.options, 'volatility'))?.toLowerCase();
      if (v !== 'immutable' && v !== 'stable') return f.name;
    }
  }
  return undefined;
}

/** Why ADD COLUMN of this column writes a value into every existing row (a table rewrite), if it does. */
export type ColumnRewrite =
  | { kind: 'generated' }
  | { kind: 'identity' }
  | { kind: 'serial'; type: TypeInfo }
  | { kind: 'volatile'; fn: string }
  | { kind: 'domain'; name: string; domain: DomainInfo }
  | { kind: 'pre11' };

/**
 * Whether ADD COLUMN of `col` rewrites the table, and why. Measured (PostgreSQL 15 and 17, the
 * table's relfilenode changes): a STORED generated column, an identity column, a serial type and a
 * volatile default rewrite; a constant or stable default (`now()`) does not since PostgreSQL 11.
 */
export function addColumnRewrite(col: any, ctx: StaticContext): ColumnRewrite | undefined {
  const cons = columnConstraints(col);
  // A VIRTUAL generated column (PostgreSQL 18) is computed on read: nothing is written.
  if (cons.some((x) => x.contype === 'CONSTR_GENERATED' && x.generated_kind !== 'v')) return { kind: 'generated' };
  if (cons.some((x) => x.contype === 'CONSTR_IDENTITY')) return { kind: 'identity' };
  const type = typeInfo(col?.typeName);
  if (type && isSerial(type)) return { kind: 'serial', type };
  // A domain with a CHECK or NOT NULL: Postgres checks it against every existing row (whose value is
  // the default, or NULL) by rewriting the table, default or not (measured on PostgreSQL 15 and 17;
  // the docs of 18 say the same). An array of it is not checked so.
  const name = type && !type.array ? `${type.schema ?? 'public'}.${type.name}` : undefined;
  const domain = name ? ctx.model.domains.get(name) : undefined;
  if (domain?.known && (domain.checks.length || domain.notNull)) return { kind: 'domain', name: name!, domain };
  const def = cons.find((x) => x.contype === 'CONSTR_DEFAULT')?.raw_expr;
  const volatile = def ? volatileCall(def, ctx) : undefined;
  if (volatile) return { kind: 'volatile', fn: volatile };
  if (def && ctx.settings.pgVersion < 11 && !isNullConst(def)) return { kind: 'pre11' };
  return undefined;
}
