// Data volume: between the base and the changed migrations, fill the tables the PR touches with N
// synthetic rows that satisfy their constraints, then rehearse the changed migrations on that data
// (in a transaction that is rolled back, so the traced run itself stays on the base state), timing
// each statement and how long its locks are held. Timings are extrapolated linearly to the sizes the
// user gives (--expected-rows) and labelled as estimates. Statements that fail because of the data
// (a new UNIQUE, NOT NULL, CHECK or FK that existing rows violate) are reported with the number of
// violating rows. With the url engine nothing is seeded: the rehearsal runs on the real data.
// Only what grows with the rows is rehearsed (dependsOnRows): a PR that only adds nullable columns,
// drops or creates objects seeds nothing, and the tables seeded are those such statements name.
import type { Probe, PrepareInput, ProbeInput, ProbeOutput } from './types.js';
import type { Statement } from '../../types.js';
import type { ParsedSourceWithErrors } from '../../sql/parse.js';
import type { Database } from '../../engines/database.js';
import { runnerWraps } from '../trace.js';
import { hasOwnTransaction } from '../trace/transactions.js';
import { attempt, changedUp, checkLimits, exampleFor, limitsOf, lit, q, qn, relationRef, rolledBack, RowFactory, runStatements, serverVersionNum, Shapes, valueFor, walkNodes, type ColumnShape, type ProbeFinding, type TableShape } from './util.js';
import { lockStrength } from '../../sql/locks.js';
import { parseStatementsSync } from '../../sql/parse.js';
import { createScreenContext } from '../../analysis/screen.js';
import { engineGapCause } from '../gaps.js';
import { isSerial, typeInfo } from '../../analysis/ast.js';

export const DEFAULT_ROWS = 2000;
/** Statements of files with nothing to rehearse run together up to this many: well inside one statement's time limit. */
const UNTIMED_BATCH = 50;
const INTEGRITY = new Set(['23502', '23505', '23514', '23503', '23P01']);

interface StatementTiming {
  file: string;
  migrationId: string;
  line: number;
  endLine: number;
  kind: string;
  ms: number;
  /** ms until the lock is released (the end of the runner's transaction around it). */
  heldMs: number;
  locks: { relation: string; mode: string }[];
  error?: { message: string; code?: string; detail?: string };
  skipped?: string;
  violating?: number;
  violatingQuery?: string;
  /** A CONCURRENTLY build or drop, rehearsed without it (the rehearsal is a transaction): its locks are not production's. */
  concurrently?: boolean;
}

export interface Rehearsal {
  rows: number;
  engine: string;
  /** Rows per touched table when the rehearsal ran (seeded, or real with the url engine). */
  tableRows: Record<string, number>;
  /** Parent tables seeded only to give foreign keys values, with fewer rows (PARENT_ROWS). */
  parentRows: Record<string, number>;
  seeded: boolean;
  notSeeded: string[];
  /** Statements the review engine could not run (gaps.ts), "file:line: not verified: …": its gap, never a failure on the data. */
  notVerified: string[];
  /**
   * Other errors than on the data: the rehearsal runs before the first apply, so whether one follows
   * from a gap that run met (a base statement the engine left out) is decided after it (run()).
   */
  otherErrors: { file: string; line: number; error: { message: string; code?: string; hint?: string } }[];
  statements: StatementTiming[];
}

const LOCKS_SQL = `select n.nspname, c.relname, l.mode from pg_locks l join pg_class c on c.oid = l.relation join pg_namespace n on n.oid = c.relnamespace
  where l.pid = pg_backend_pid() and l.locktype = 'relation' and l.granted and l.relation >= 16384 and c.relkind in ('r', 'p', 'm')`;

const modeName = (m: string) =>
  m
    .replace(/Lock$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toUpperCase();

function seedExpr(col: ColumnShape, limits: ReturnType<typeof checkLimits>): string | undefined {
  const l = limits.get(col.name);
  const arr = (vals: string[]) => `(array[${vals.map(lit).join(', ')}])[1 + (g % ${vals.length})]`;
  if (l?.values?.length) return `${arr(l.values)}::${col.type}`;
  if (col.labels?.length) return `${arr(col.labels)}::${col.type}`;
  if (col.isArray) return `'{}'::${col.type}`;
  const base = col.base.toLowerCase();
  const intExpr = () => {
    const lo = l?.min ?? 1;
    const hi = l?.max;
    return hi != null && Number.isFinite(hi) ? `(${lo} + (g % ${Math.max(1, hi - lo + 1)}))` : `(${lo} + g)`;
  };
  if (base === 'uuid') return `gen_random_uuid()`;
  if (/^(smallint|integer|bigint|int\d?)$/.test(base)) return `${base === 'smallint' ? `least(${intExpr()}, 32767)` : intExpr()}::${col.type}`;
  const numeric = /^numeric(?:\((\d+)(?:,(\d+))?\))?$/.exec(base);
  if (numeric) return numeric[1] ? `(${intExpr()} % ${10 ** Math.max(0, Number(numeric[1]) - Number(numeric[2] ?? 0))})::${col.type}` : `${intExpr()}::${col.type}`;
  if (/^(real|double precision)$/.test(base)) return `${intExpr()}::${col.type}`;
  if (base === 'boolean') return `(g % 2 = 0)`;
  if (/^(text|citext|character varying|varchar)/.test(base)) {
    const matching = l?.pattern !== undefined ? Array.from({ length: 10 }, (_, k) => exampleFor(l.pattern!, k, l.minLength)) : [];
    if (matching.length && matching.every((m) => m !== undefined)) return `${arr([...new Set(matching as string[])])}::${col.type}`;
    const len = /\((\d+)\)/.exec(base)?.[1];
    const max = Math.min(len ? Number(len) : Infinity, l?.maxLength ?? Infinity);
    return Number.isFinite(max) ? `right(${lit(col.name + '_')} || g, ${max})::${col.type}` : `(${lit(col.name + '_')} || g)::${col.type}`;
  }
  if (base.startsWith('timestamp')) return `(timestamptz '2024-01-01 00:00:00+00' + g * interval '1 minute')::${col.type}`;
  if (base === 'date') return `(date '2024-01-01' + (g % 3650))`;
  if (base === 'jsonb' || base === 'json') return `jsonb_build_object('n', g)::${col.type}`;
  const v = valueFor(col, 1, l);
  return v === undefined ? undefined : `${lit(v)}::${col.type}`;
}

/** Insert `n` rows into a table with generate_series, parents first; returns why it could not. */
/**
 * Rows a parent table gets when it is seeded only to give a child's foreign key values: the child's
 * rows share them round-robin, and inserting n rows into every table up the chain (ten parents for
 * one trigger.dev table) cost most of a rehearsal. A parent a rehearsed statement touches, or one
 * whose key is unique in the child (each child row needs its own parent), gets the full count.
 */
export const PARENT_ROWS = 100;

/** What a seeding pass shares: tables being seeded, the rehearsed tables (full count), parents seeded with fewer rows. */
interface Seeding {
  active: Set<string>;
  targets: ReadonlySet<string>;
  parentRows: Record<string, number>;
}

async function seedTable(db: Database, shapes: Shapes, table: string, n: number, seeding: Seeding, timeoutMs: number, optional = false): Promise<string | undefined> {
  const shape = await shapes.get(table);
  if (!shape) return 'not a table';
  if (shape.partition?.empty) return 'partitioned, with no partition: no row can be inserted';
  seeding.active.add(table);
  const parents = await seedParents(db, shapes, shape, n, seeding, timeoutMs);
  if (typeof parents === 'string') return parents;
  let r = await attempt(db, seedSql(shape, parents, parents.n), undefined, { keep: true, timeoutMs });
  // A unique key of low-cardinality values (labels, booleans, parents) admits fewer rows: halve until it fits.
  for (let k = Math.floor(parents.n / 2); !r.ok && r.error.code === '23505' && k >= 1; k = Math.floor(k / 2)) {
    r = await attempt(db, seedSql(shape, parents, k), undefined, { keep: true, timeoutMs });
  }
  // The parent of a nullable reference only gives the reference a value: when the set-based insert
  // cannot fill it (a cycle back to a table being seeded), the reference stays NULL rather than
  // seeding it row by row (seconds on a large schema).
  if (!r.ok && optional) {
    seeding.active.delete(table); // a NOT NULL reference to it later seeds it in full
    return r.error.message;
  }
  if (!r.ok) {
    // Beyond what the set-based values satisfy (a CHECK or domain the limits do not read): row by row, searching values.
    const made = await seedRowByRow(db, shapes, table, Math.min(parents.n, 200));
    if (!made.rows) return `${r.error.message}; row by row: ${made.why}`;
  }
  await selfReferencePass(db, shape);
  return undefined;
}

interface SeedParents {
  n: number;
  ctes: string[];
  joins: string[];
  fkOf: Map<string, { i: number; col: string }>;
  /** NOT NULL references to the table itself: the row points at its own key. */
  selfRefs: Map<string, string>;
  /** Columns left NULL at insert: nullable references to the table itself (selfReferencePass fills them) or to a parent that could not be seeded. */
  nulls: Set<string>;
}

/** Parent rows for every foreign key (seeded when the parent is empty), as CTEs joined round-robin. */
async function seedParents(db: Database, shapes: Shapes, shape: TableShape, n: number, seeding: Seeding, timeoutMs: number): Promise<SeedParents | string> {
  const out: SeedParents = { n, ctes: [], joins: [], fkOf: new Map(), selfRefs: new Map(), nulls: new Set() };
  const table = shape.name;
  const nullable = (c: string) => !shape.columns.find((x) => x.name === c)?.notNull;
  for (const [i, fk] of shape.fks.entries()) {
    if (fk.ref === table) {
      fk.cols.forEach((c, j) => (nullable(c) ? out.nulls.add(c) : out.selfRefs.set(c, fk.refCols[j]!)));
      continue;
    }
    const count = async () => Number((await db.query<{ c: string }>(`select count(*)::text as c from ${fk.ref}`)).rows[0]!.c);
    // Each row takes its own parent when the foreign key columns are a unique key (profiles.id → auth.users.id, a unique workerId).
    const ownParent = (shape.uniques ?? [shape.pk]).some((u) => u.length && u.every((c) => fk.cols.includes(c)));
    if (!(await count()) && !seeding.active.has(fk.ref)) {
      const optional = fk.cols.every(nullable);
      const full = ownParent || seeding.targets.has(fk.ref);
      const why = await seedTable(db, shapes, fk.ref, full ? n : Math.min(n, PARENT_ROWS), seeding, timeoutMs, optional);
      if (!why && !full) seeding.parentRows[fk.ref] = await count();
      if (why && optional) {
        fk.cols.forEach((c) => out.nulls.add(c));
        continue;
      }
      if (why) return `parent ${fk.ref}: ${why}`;
    }
    if (ownParent) out.n = Math.min(out.n, await count());
    out.ctes.push(`p${i} as (select ${fk.refCols.map((c, j) => `${q(c)} as c${j}`).join(', ')}, row_number() over () as rn from (select * from ${fk.ref} limit ${n}) x), n${i} as (select count(*) as c from p${i})`);
    out.joins.push(`cross join n${i} left join p${i} on p${i}.rn = 1 + ((g - 1) % greatest(n${i}.c, 1))`);
    fk.cols.forEach((c, j) => out.fkOf.set(c, { i, col: `c${j}` }));
  }
  return out;
}

function seedSql(shape: TableShape, parents: SeedParents, n: number): string {
  const limits = limitsOf(shape);
  const cols: string[] = [];
  const exprs: string[] = [];
  const selfKeys = new Set(parents.selfRefs.values());
  let overriding = false;
  for (const col of shape.columns) {
    if (col.generated) continue;
    const fk = parents.fkOf.get(col.name);
    const self = parents.selfRefs.get(col.name);
    if (self) {
      cols.push(q(col.name));
      exprs.push(`k.${q(self)}`);
      continue;
    }
    if (selfKeys.has(col.name)) {
      // The key a row's self reference copies: computed once per row in the lateral below.
      cols.push(q(col.name));
      exprs.push(`k.${q(col.name)}`);
      overriding ||= col.identity === 'a';
      continue;
    }
    if (col.identity || parents.nulls.has(col.name)) continue;
    if (fk) {
      cols.push(q(col.name));
      exprs.push(col.notNull ? `p${fk.i}.${fk.col}` : `case when g % 10 = 0 then null else p${fk.i}.${fk.col} end`);
      continue;
    }
    if (col.hasDefault) continue;
    const e = seedExpr(col, limits);
    if (e === undefined) continue; // nullable (a NOT NULL column without a value fails the insert, which says so)
    cols.push(q(col.name));
    // nullable columns hold NULL in every tenth row, as real data tends to
    exprs.push(col.notNull ? e : `case when g % 10 = 0 then null else ${e} end`);
  }
  const keys = [...selfKeys].map((c) => {
    const col = shape.columns.find((x) => x.name === c)!;
    const seq = shape.sequences?.[c];
    return `${seq ? `nextval(${lit(seq)})::${col.type}` : (seedExpr(col, limits) ?? `gen_random_uuid()`)} as ${q(c)}`;
  });
  const lateral = keys.length ? ` cross join lateral (select ${keys.join(', ')}) k` : '';
  const ctes = parents.ctes.length ? `with ${parents.ctes.join(', ')} ` : '';
  if (!cols.length) return `insert into ${shape.name} select from generate_series(1, ${n})`;
  return `${ctes}insert into ${shape.name} (${cols.join(', ')})${overriding ? ' overriding system value' : ''} select ${exprs.join(', ')} from generate_series(1, ${n}) g ${parents.joins.join(' ')}${lateral}`;
}

/** Nullable references to the same table: nine rows in ten point at the row before them (a second pass, once the keys exist). */
async function selfReferencePass(db: Database, shape: TableShape): Promise<void> {
  for (const fk of shape.fks) {
    if (fk.ref !== shape.name || fk.cols.length !== 1) continue;
    const col = shape.columns.find((c) => c.name === fk.cols[0]);
    if (!col || col.notNull || col.generated) continue;
    const [c, r] = [q(fk.cols[0]!), q(fk.refCols[0]!)];
    await attempt(
      db,
      `with o as (select ctid as t, lag(${r}) over (order by ctid) as prev, row_number() over (order by ctid) as i from ${shape.name}) update ${shape.name} x set ${c} = o.prev from o where x.ctid = o.t and o.prev is not null and o.i % 10 <> 0`,
      undefined,
      { keep: true },
    );
  }
}

/** Fallback: rows one at a time through the row factory (it searches values a CHECK or domain accepts). */
async function seedRowByRow(db: Database, shapes: Shapes, table: string, n: number): Promise<{ rows: number; why?: string }> {
  const factory = new RowFactory(db, shapes);
  let rows = 0;
  let why: string | undefined;
  for (let i = 0; i < n; i++) {
    const made = await factory.insert(table, { label: `seed-${i}`, rows: new Map() }, {}, { returning: false });
    if (typeof made === 'string') {
      why = made;
      break;
    }
    rows++;
  }
  return { rows, why };
}

/** Count the rows that make an integrity failure happen, with a query the user can run too. */
async function countViolations(db: Database, shapes: Shapes, st: Statement, err: { message: string; code?: string; detail?: string }): Promise<{ n?: number; sql?: string }> {
  const rel = st.node?.relation ?? st.node?.table;
  const table = rel?.relname ? await shapes.resolve(relationRef(rel)) : undefined;
  if (!table) return {};
  let sql: string | undefined;
  if (err.code === '23502') {
    const col = /column "([^"]+)"/.exec(err.message)?.[1];
    const shape = await shapes.get(table);
    sql = col && shape?.columns.some((c) => c.name === col) ? `select count(*) from ${table} where ${q(col)} is null` : `select count(*) from ${table}`;
  } else if (err.code === '23505') {
    const cols = /Key \((.+?)\)=/.exec(err.detail ?? '')?.[1];
    if (cols) sql = `select coalesce(sum(c), 0) from (select count(*) as c from ${table} group by ${cols} having count(*) > 1) s`;
  } else if (err.code === '23503') {
    const m = /Key \((.+?)\)=.*not present in table "([^"]+)"/.exec(err.detail ?? '');
    const con = (st.node?.cmds ?? []).map((c: any) => c?.AlterTableCmd?.def?.Constraint).find((c: any) => c?.contype === 'CONSTR_FOREIGN');
    if (m && con?.pktable) {
      const parent = await shapes.resolve(relationRef(con.pktable));
      const pshape = parent ? await shapes.get(parent) : undefined;
      const refCols: string[] = (con.pk_attrs ?? []).map((a: any) => a?.String?.sval).filter(Boolean);
      const pk = refCols.length ? refCols : (pshape?.pk ?? []);
      const fkCols = m[1]!.split(',').map((s) => s.trim());
      if (parent && pk.length === fkCols.length)
        sql = `select count(*) from ${table} t where ${fkCols.map((c) => `t.${c} is not null`).join(' and ')} and not exists (select 1 from ${parent} p where ${fkCols.map((c, i) => `p.${q(pk[i]!)} = t.${c}`).join(' and ')})`;
    }
  } else if (err.code === '23514') {
    const name = /check constraint "([^"]+)"/.exec(err.message)?.[1];
    const cmds = st.node?.cmds ?? [];
    if (name && st.kind === 'AlterTableStmt' && cmds.length === 1) {
      // Add it NOT VALID in a savepoint to read its expression back, then count the rows it rejects.
      const n = await rolledBack(
        db,
        async () => {
          const add = await attempt(db, `${st.sql} NOT VALID`, undefined, { keep: true });
          if (!add.ok) return undefined;
          const def = (await db.query<{ d: string }>(`select pg_get_constraintdef(oid) as d from pg_constraint where conrelid = $1::regclass and conname = $2`, [table, name])).rows[0]?.d;
          const expr = def && /^CHECK \((.*)\)$/s.exec(def)?.[1];
          return expr ? `select count(*) from ${table} where not (${expr})` : undefined;
        },
        { nested: true },
      );
      sql = n;
    }
  }
  if (!sql) return {};
  const r = await attempt<{ count: string; coalesce: string }>(db, sql);
  if (!r.ok) return { sql };
  const v = r.rows[0] ? Object.values(r.rows[0])[0] : undefined;
  return { n: v == null ? undefined : Number(v), sql };
}

/** Relation names a statement's nodes mention (RangeVars, foreign key parents), as written. */
function relationNames(nodes: unknown[]): string[] {
  const names = new Set<string>();
  walkNodes(nodes, (k, v) => {
    if ((k === 'RangeVar' || k === 'relation' || k === 'table' || k === 'pktable') && v?.relname) names.add(relationRef(v));
  });
  return [...names];
}

/** Which of the names are tables that exist now (the base state), qualified as the session resolves them: one query for all. */
async function existingTables(db: Database, names: string[]): Promise<Map<string, string>> {
  const r = await db.query<{ name: string; n: string; t: string }>(
    `select x.name, n.nspname as n, c.relname as t from unnest($1::text[]) as x(name)
       join pg_class c on c.oid = to_regclass(x.name) join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')`,
    [names],
  );
  return new Map(r.rows.map((row) => [row.name, qn(row.n, row.t)]));
}

/** A statement as the parser sees it; a DO block is the static SQL in its body (dynamic EXECUTE strings are not read). */
function innerStatements(st: Statement): { kind: string; node: any }[] {
  if (st.kind !== 'DoStmt') return [{ kind: st.kind, node: st.node }];
  const out: { kind: string; node: any }[] = [];
  walkNodes(st.plpgsql, (k, v) => {
    const query = k === 'PLpgSQL_stmt_execsql' ? v?.sqlstmt?.PLpgSQL_expr?.query : undefined;
    if (typeof query !== 'string') return;
    try {
      out.push(...parseStatementsSync(query));
    } catch {
      // PL/pgSQL variables in a position SQL does not accept: not readable as SQL, so not rehearsed for its rows
    }
  });
  return out;
}

/** Statements whose work scans, rewrites or indexes the rows already there, or may fail on them. */
const ROW_WORK = new Set(['IndexStmt', 'UpdateStmt', 'DeleteStmt', 'InsertStmt', 'MergeStmt', 'ClusterStmt', 'RefreshMatViewStmt', 'ReindexStmt', 'VacuumStmt', 'CreateTableAsStmt', 'AlterDomainStmt']);
/** ALTER TABLE actions that only change the catalog, whatever the rows (anything else is taken to depend on them). */
const CATALOG_ONLY_ACTIONS = new Set([
  'AT_DropColumn', 'AT_DropConstraint', 'AT_ColumnDefault', 'AT_DropNotNull', 'AT_ChangeOwner', 'AT_SetStatistics', 'AT_SetStorage', 'AT_SetCompression',
  'AT_SetOptions', 'AT_ResetOptions', 'AT_SetRelOptions', 'AT_ResetRelOptions', 'AT_ReplicaIdentity', 'AT_ClusterOn', 'AT_DropCluster', 'AT_DropIdentity', 'AT_SetIdentity',
  'AT_EnableRowSecurity', 'AT_DisableRowSecurity', 'AT_ForceRowSecurity', 'AT_NoForceRowSecurity', 'AT_EnableTrig', 'AT_EnableAlwaysTrig', 'AT_EnableReplicaTrig',
  'AT_DisableTrig', 'AT_EnableTrigAll', 'AT_DisableTrigAll', 'AT_EnableTrigUser', 'AT_DisableTrigUser', 'AT_EnableRule', 'AT_EnableAlwaysRule', 'AT_EnableReplicaRule', 'AT_DisableRule',
  'AT_DropOf', 'AT_GenericOptions', 'AT_DetachPartitionFinalize',
]);

/**
 * A default that PostgreSQL 11+ stores in the catalog instead of writing into every row: constants
 * and casts of them, CURRENT_TIMESTAMP and its kin, now(). Anything else may be volatile: a rewrite.
 */
function storedDefault(expr: unknown): boolean {
  let ok = true;
  walkNodes(expr, (k, v) => {
    if (k === 'FuncCall' && !(v.funcname?.length === 1 && v.funcname[0]?.String?.sval === 'now')) ok = false;
    if (['SubLink', 'A_Expr', 'CoalesceExpr', 'CaseExpr', 'ColumnRef'].includes(k)) ok = false;
  });
  return ok;
}

/** ADD COLUMN without a rewrite or a scan: nullable or with a stored default, no index, check, reference, identity or domain. */
function catalogOnlyColumn(def: any, versionNum: number, domains: Set<string>): boolean {
  const type = typeInfo(def?.typeName);
  if (!type || isSerial(type) || domains.has(type.name)) return false;
  let hasDefault = false;
  let notNull = false;
  for (const c of def.constraints ?? []) {
    const con = c?.Constraint;
    if (con?.contype === 'CONSTR_NULL') continue;
    if (con?.contype === 'CONSTR_NOTNULL') notNull = true;
    else if (con?.contype === 'CONSTR_DEFAULT' && versionNum >= 110000 && !con.raw_expr?.A_Const?.isnull && storedDefault(con.raw_expr)) hasDefault = true;
    else return false;
  }
  // NOT NULL without a default fails on the first existing row.
  return !notNull || hasDefault;
}

/**
 * Whether the statement's cost or outcome depends on the rows already in the tables it names: index
 * builds, DML (backfills), rewrites, and scans that validate a constraint (which fail on violating rows).
 * Adding a nullable column, dropping or renaming, creating objects: no, whatever the table's size.
 */
export function dependsOnRows(kind: string, node: any, versionNum: number, domains: Set<string>): boolean {
  if (ROW_WORK.has(kind)) return true;
  // A partition of an existing parent with a default partition: the default partition is scanned.
  if (kind === 'CreateStmt') return !!node?.partbound;
  if (kind !== 'AlterTableStmt') return false;
  return (node?.cmds ?? []).some((c: any) => {
    const cmd = c?.AlterTableCmd;
    if (cmd?.subtype === 'AT_AddColumn') return !catalogOnlyColumn(cmd.def?.ColumnDef, versionNum, domains);
    // CHECK and FOREIGN KEY added NOT VALID skip the scan (VALIDATE CONSTRAINT does it later, and is rehearsed).
    if (cmd?.subtype === 'AT_AddConstraint') return !(cmd.def?.Constraint?.skip_validation && ['CONSTR_CHECK', 'CONSTR_FOREIGN'].includes(cmd.def.Constraint.contype));
    return !CATALOG_ONLY_ACTIONS.has(cmd?.subtype);
  });
}

/** Domain names (bare) the base has or the changed migrations create: a column of one may be checked row by row. */
async function domainNames(db: Database, stmts: Statement[]): Promise<Set<string>> {
  const out = new Set((await db.query<{ n: string }>(`select typname as n from pg_type where typtype = 'd'`)).rows.map((r) => r.n.toLowerCase()));
  for (const st of stmts) if (st.kind === 'CreateDomainStmt') out.add(String(st.node.domainname?.at(-1)?.String?.sval ?? '').toLowerCase());
  return out;
}

/** The file runs in one transaction (the runner's or its own BEGIN … COMMIT): a lock it takes is held until the file ends. */
function locksHeldToFileEnd(src: ParsedSourceWithErrors): boolean {
  const ownTx = hasOwnTransaction(src.statements);
  return ownTx || runnerWraps(src.migration, src.statements.length, ownTx);
}

/**
 * Which statements to rehearse and the tables to seed for them. A statement is rehearsed when its
 * work depends on the rows of a table that existed before the PR (tables the PR creates are empty
 * in production), or when it takes a lock that the runner's transaction holds across such work
 * later in the same file. Nothing after the last rehearsed statement needs to run.
 */
async function planRehearsal(db: Database, sources: ParsedSourceWithErrors[], versionNum: number): Promise<{ rehearsed: Set<Statement>; tables: string[] }> {
  const domains = await domainNames(db, sources.flatMap((s) => s.statements));
  const inner = new Map(sources.flatMap((s) => s.statements).map((st) => [st, innerStatements(st)]));
  const existing = await existingTables(db, [...new Set([...inner.values()].flat().flatMap((x) => relationNames([x.node])))]);
  const tablesOf = (nodes: unknown[]) => [...new Set(relationNames(nodes).flatMap((n) => existing.get(n) ?? []))];
  // The rows that make the work are the altered or indexed table's (a new foreign key's parent is only looked up).
  const onExisting = (x: { kind: string; node: any }) => tablesOf([x.kind === 'AlterTableStmt' || x.kind === 'IndexStmt' ? { relation: x.node.relation } : x.node]).length > 0;
  const rehearsed = new Set<Statement>();
  const tables = new Set<string>();
  for (const src of sources) {
    const wraps = locksHeldToFileEnd(src);
    const named = src.statements.map((st) => tablesOf(inner.get(st)!.map((x) => x.node)));
    let last = -1;
    for (const [i, st] of src.statements.entries()) {
      if (!inner.get(st)!.some((x) => dependsOnRows(x.kind, x.node, versionNum, domains) && onExisting(x))) continue;
      rehearsed.add(st);
      last = i;
    }
    src.statements.forEach((st, i) => {
      if (wraps && i < last && named[i]!.length) rehearsed.add(st);
      if (rehearsed.has(st)) named[i]!.forEach((t) => tables.add(t));
    });
  }
  return { rehearsed, tables: [...tables].sort() };
}

export async function rehearse(input: PrepareInput): Promise<Rehearsal> {
  const { db, settings } = input;
  const n = Math.max(1, settings.rows ?? DEFAULT_ROWS);
  const shapes = new Shapes(db);
  const sources = changedUp(input.sources).filter((s) => !s.error);
  const out: Rehearsal = { rows: n, engine: db.engine, tableRows: {}, parentRows: {}, seeded: !db.rollbackOnly, notSeeded: [], notVerified: [], otherErrors: [], statements: [] };
  const versionNum = await serverVersionNum(db);
  const { rehearsed, tables } = await planRehearsal(db, sources, versionNum);
  if (!tables.length) return out;
  // Files after the last one with a rehearsed statement change nothing the rehearsal reads.
  let lastFile = sources.length - 1;
  while (lastFile > 0 && !sources[lastFile]!.statements.some((st) => rehearsed.has(st))) lastFile--;
  await rolledBack(db, async () => {
    // Seeding reads the rehearsed tables and their parents up the foreign keys: all at once, before
    // any statement of the PR runs. Integrity failures read shapes again later, as the PR left them.
    const seedShapes = new Shapes(db);
    await seedShapes.prefetch(tables);
    await fillTables(db, seedShapes, tables, n, settings.statementTimeoutMs, out);
    const locks = new LockWatch(db);
    await locks.refresh();
    // One screen for the whole rehearsal: a function with a hidden capability created in one file stays flagged in the next.
    // Before the first apply: the engine's gaps are what it lacks, not yet what that run met.
    const opts = { timeoutMs: settings.statementTimeoutMs, versionNum, timings: settings.rehearsalTimings, screen: createScreenContext(), gaps: input.gaps };
    // Files with nothing to rehearse run together, a few dozen statements a round trip: only their state matters.
    let untimed: ParsedSourceWithErrors | undefined;
    for (const src of sources.slice(0, lastFile + 1)) {
      const quiet = !src.statements.some((st) => rehearsed.has(st));
      if (untimed && (!quiet || untimed.statements.length + src.statements.length > UNTIMED_BATCH)) {
        await rehearseFile(db, shapes, untimed, rehearsed, locks, opts, out);
        untimed = undefined;
      }
      if (!quiet) await rehearseFile(db, shapes, src, rehearsed, locks, opts, out);
      else untimed = untimed ? { ...untimed, statements: [...untimed.statements, ...src.statements] } : src;
    }
    if (untimed) await rehearseFile(db, shapes, untimed, rehearsed, locks, opts, out);
  });
  return out;
}

/** Seed every table (parents first; url: read the real counts), then record the rows each holds. */
async function fillTables(db: Database, shapes: Shapes, tables: string[], n: number, timeoutMs: number, out: Rehearsal): Promise<void> {
  if (!db.rollbackOnly) {
    const seeding: Seeding = { active: new Set(), targets: new Set(tables), parentRows: out.parentRows };
    for (const t of tables) {
      if (seeding.active.has(t)) continue;
      const why = await seedTable(db, shapes, t, n, seeding, timeoutMs);
      if (why) out.notSeeded.push(`${t}: ${why}`);
    }
    await attempt(db, `analyze ${tables.join(', ')}`, undefined, { keep: true }).catch(() => undefined);
  }
  for (const t of tables) {
    const r = await attempt<{ c: string }>(db, db.rollbackOnly ? `select greatest(reltuples, 0)::bigint::text as c from pg_class where oid = $1::regclass` : `select count(*)::text as c from ${t}`, db.rollbackOnly ? [t] : undefined);
    if (r.ok) out.tableRows[t] = Number(r.rows[0]?.c ?? 0);
  }
}

/** The relation locks the rehearsal's transaction holds: what a statement takes is what is new after it. */
class LockWatch {
  private held = new Set<string>();
  /** Statements ran since the last read: their locks are not any rehearsed statement's. */
  stale = false;
  constructor(private db: Database) {}
  async refresh(): Promise<void> {
    await this.taken();
    this.stale = false;
  }
  /** Locks taken since the last read. */
  async taken(): Promise<{ relation: string; mode: string }[]> {
    const out: { relation: string; mode: string }[] = [];
    for (const l of (await this.db.query<{ nspname: string; relname: string; mode: string }>(LOCKS_SQL)).rows) {
      const key = `${l.nspname}.${l.relname}:${l.mode}`;
      if (this.held.has(key)) continue;
      this.held.add(key);
      out.push({ relation: `${q(l.nspname)}.${q(l.relname)}`, mode: modeName(l.mode) });
    }
    return out;
  }
}

/**
 * One file's statements in order: the rehearsed ones one by one, timed, with the locks they take;
 * the others in runs, only for the state they leave (and an integrity failure, should one have one).
 */
async function rehearseFile(db: Database, shapes: Shapes, src: ParsedSourceWithErrors, rehearsed: Set<Statement>, locks: LockWatch, opts: Parameters<typeof runStatements>[2], out: Rehearsal): Promise<void> {
  const wraps = locksHeldToFileEnd(src);
  // Every statement's time, rehearsed or not: locks taken in the runner's transaction are held until it commits.
  const ms: number[] = [];
  const recorded: { at: number; timing: StatementTiming }[] = [];
  for (let i = 0; i < src.statements.length; ) {
    const isRehearsed = rehearsed.has(src.statements[i]!);
    let j = i + 1;
    while (!isRehearsed && j < src.statements.length && !rehearsed.has(src.statements[j]!)) j++;
    if (isRehearsed && locks.stale && db.alive) await locks.refresh();
    const runs = await runStatements(db, { ...src, statements: src.statements.slice(i, j) }, isRehearsed ? opts : { ...opts, timings: 1, batch: true });
    for (const [k, run] of runs.entries()) {
      ms.push(run.ms);
      const st = run.stmt;
      if (run.engineGap) out.notVerified.push(`${st.file}:${st.span.line}: ${run.skipped}`);
      const failed = !run.ok && run.error ? { message: run.error.message, code: run.error.code, detail: run.error.detail } : undefined;
      if (failed && !INTEGRITY.has(failed.code ?? '')) out.otherErrors.push({ file: st.file, line: st.span.line, error: { ...failed, hint: run.error!.hint } });
      if (!isRehearsed && !(failed && INTEGRITY.has(failed.code ?? ''))) continue;
      const timing: StatementTiming = { file: st.file, migrationId: st.migrationId, line: st.span.line, endLine: st.span.endLine, kind: st.kind, ms: run.ms, heldMs: run.ms, locks: [] };
      if (run.skipped) timing.skipped = run.skipped;
      if (run.withoutConcurrently) timing.concurrently = true;
      if (failed) {
        timing.error = failed;
        if (INTEGRITY.has(failed.code ?? '')) {
          const v = await countViolations(db, shapes, st, failed);
          timing.violating = v.n;
          timing.violatingQuery = v.sql;
        }
      }
      if (isRehearsed && !run.skipped && db.alive) timing.locks = await locks.taken();
      recorded.push({ at: i + k, timing });
    }
    if (!isRehearsed) locks.stale = true;
    i = j;
  }
  for (const { at, timing } of recorded) {
    if (wraps) timing.heldMs = ms.slice(at).reduce((s, t) => s + t, 0);
    out.statements.push(timing);
  }
}

const fmtMs = (ms: number) => (ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);

/** Production sizes came with the review (--expected-rows, --stats): no hint to give them. */
function sizesGiven(settings: ProbeInput['settings']): boolean {
  return Object.keys(settings.expectedRows ?? {}).length > 0 || !!settings.statsFile || !!settings.statsUrl;
}

function expectedFor(expected: Record<string, number> | undefined, table: string): number | undefined {
  if (!expected) return undefined;
  const bare = table.split('.').pop()!.replace(/"/g, '');
  const unq = table.replace(/"/g, '');
  return expected[table] ?? expected[unq] ?? expected[bare];
}

/** Errors of the rehearsal that follow from a gap the first apply met (gaps.ts), as "not verified". */
function laterGaps(input: ProbeInput, r: Rehearsal): string[] {
  if (!r.otherErrors?.length) return [];
  return r.otherErrors.flatMap((e) => {
    const cause = engineGapCause(e.error, input.gaps, e);
    return cause ? [`${e.file}:${e.line}: not verified: ${cause}`] : [];
  });
}

export const dataVolumeProbe: Probe = {
  id: 'data-volume',
  prepare: rehearse,
  async run(input: ProbeInput): Promise<ProbeOutput> {
    const out: ProbeOutput = { result: { probe: 'data-volume', status: 'passed', summary: '' }, findings: [], objectsProbed: 0, objectsNotProbed: 0 };
    const prepared = input.prepared?.['data-volume'];
    if (!prepared) {
      out.result = { probe: 'data-volume', status: 'not-run', summary: 'not run: the rehearsal between base and changed migrations did not happen (no afterBase hook)' };
      return out;
    }
    if (prepared instanceof Error) {
      out.result = { probe: 'data-volume', status: 'not-run', summary: `not run: ${prepared.message}` };
      return out;
    }
    const r = prepared as Rehearsal;
    const tables = Object.keys(r.tableRows);
    if (!tables.length) {
      out.result = { probe: 'data-volume', status: 'not-applicable', summary: 'no changed statement does work that grows with the rows of a table that existed before it (index builds, rewrites, validating scans, backfills): nothing to rehearse on data' };
      return out;
    }
    const details: string[] = [];
    const notProbed = [...r.notSeeded, ...(r.notVerified ?? []), ...laterGaps(input, r)];
    const basis = r.seeded ? `synthetic rows on the ${r.engine} engine` : 'the real data of the url database';
    for (const t of r.statements) {
      if (t.error && INTEGRITY.has(t.error.code ?? '')) {
        // Postgres names the relation in the message ("… of relation "deals" …"); locks of a failed
        // statement may be empty, so they are only the fallback.
        const named = /relation "([^"]+)"/.exec(t.error.message)?.[1];
        const rel = tables.find((x) => x === named || x.endsWith(`.${named}`)) ?? t.locks[0]?.relation ?? tables[0]!;
        out.findings.push({
          ruleId: 'data-dependent-failure',
          severity: 'high',
          phase: 'live',
          category: 'deploy',
          file: t.file,
          line: t.line,
          column: 1,
          endLine: t.endLine,
          migrationId: t.migrationId,
          object: rel,
          title: `Fails on existing data: ${t.error.message}`,
          message: `With ${tables.map((x) => `${(r.tableRows[x] ?? 0).toLocaleString('en-US')} rows in ${x}`).join(', ')} (${basis}), this statement failed: ${t.error.message}${t.error.detail ? ` (${t.error.detail})` : ''}.${t.violating != null ? ` ${t.violating} row(s) violate it.` : ''} On an empty database it passes; on a database with such rows the deploy fails here.${r.seeded ? ' The synthetic data leaves NULL in one row of ten of every nullable column and repeats low-cardinality values, as real data tends to.' : ''}`,
          fix: {
            description: 'Clean or backfill the violating rows before adding the constraint (in an earlier migration), or add it NOT VALID and VALIDATE it after the data is fixed. Count the violating rows in production first:',
            sql: t.violatingQuery,
          },
          evidence: { error: t.error, violatingRows: t.violating, query: t.violatingQuery, tableRows: r.tableRows, basis },
        });
        details.push(`${t.file}:${t.line}: FAILS on data: ${t.error.message}${t.violating != null ? ` (${t.violating} violating rows)` : ''}`);
      }
    }
    // Timings and lock holds on touched tables, extrapolated.
    let estimates = 0;
    for (const t of r.statements) {
      if (t.skipped || t.error) continue;
      const onTouched = t.locks.filter((l) => tables.includes(l.relation));
      if (!onTouched.length) continue;
      const strongest = onTouched.sort((a, b) => lockStrength(b.mode) - lockStrength(a.mode))[0]!;
      const rows = r.tableRows[strongest.relation] ?? 0;
      // Built concurrently in production: SHARE UPDATE EXCLUSIVE, which blocks neither reads nor writes, over two scans of the table.
      let line = t.concurrently
        ? `${t.file}:${t.line} ${t.kind} CONCURRENTLY: ${fmtMs(t.ms)} at ${rows.toLocaleString('en-US')} rows of ${strongest.relation} as a plain build (the rehearsal is a transaction); in production it holds SHARE UPDATE EXCLUSIVE, which blocks neither reads nor writes, and scans the table twice`
        : `${t.file}:${t.line} ${t.kind}: ${fmtMs(t.ms)} at ${rows.toLocaleString('en-US')} rows of ${strongest.relation}, ${strongest.mode} held ${fmtMs(t.heldMs)}`;
      const expected = expectedFor(input.settings.expectedRows, strongest.relation);
      if (expected && rows > 0) {
        const f = expected / rows;
        estimates++;
        line += t.concurrently
          ? `; estimate at ${expected.toLocaleString('en-US')} rows: ~${fmtMs(t.ms * f)} for the plain build, linear from ${rows.toLocaleString('en-US')} ${basis} — an estimate, not a measurement`
          : `; estimate at ${expected.toLocaleString('en-US')} rows: ~${fmtMs(t.ms * f)} (lock ~${fmtMs(t.heldMs * f)}), linear from ${rows.toLocaleString('en-US')} ${basis} — an estimate, not a measurement`;
      }
      details.push(line);
    }
    const parents = Object.entries(r.parentRows ?? {});
    if (parents.length) details.push(`parent tables seeded only to give foreign keys values, with fewer rows: ${parents.map(([t, n]) => `${t} (${n.toLocaleString('en-US')})`).join(', ')}`);
    out.objectsProbed = tables.length - r.notSeeded.length;
    out.objectsNotProbed = r.notSeeded.length;
    const failures = out.findings.length;
    // A concurrent build's rehearsed SHARE lock is no lock production holds against writes.
    const slowest = r.statements.filter((t) => !t.skipped && !t.error && !t.concurrently).sort((a, b) => b.heldMs - a.heldMs)[0];
    out.result = {
      probe: 'data-volume',
      status: failures ? 'failed' : notProbed.length ? 'partial' : 'passed',
      summary: failures
        ? `${failures} statement(s) fail on existing data (${basis}): ${out.findings.map((f) => `${f.file}:${f.line}`).join(', ')}`
        : `rehearsed on ${tables.map((x) => `${(r.tableRows[x] ?? 0).toLocaleString('en-US')} rows of ${x}`).slice(0, 4).join(', ')}${tables.length > 4 ? ', …' : ''} (${basis}); longest lock hold ${slowest ? `${fmtMs(slowest.heldMs)} (${slowest.file}:${slowest.line})` : r.statements.some((t) => t.concurrently) ? 'none: only concurrent builds, which block no writes' : 'none'}${estimates ? '; estimates in the details' : sizesGiven(input.settings) ? '' : '; give --expected-rows table=count for estimates at production size'}`,
      details,
      notProbed,
    };
    return out;
  },
};


export type { TableShape };
