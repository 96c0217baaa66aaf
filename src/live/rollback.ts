// A generated rollback for the changed migrations as a whole, and its proof. The script is derived
// from the catalog delta (trace.before → trace.after): drop what the PR created, restore what it
// altered, recreate what it dropped from the base catalog's own definitions. The proof applies it on
// the review engine as the migration role, in the transaction the user's tool would use, and compares
// the catalog with the base: `verified` only when nothing differs.
import type { Finding, ObjectChanges, ParsedSource, RollbackReport, Settings, StatementTrace } from '../types.js';
import type { Database, Engine } from '../engines/database.js';
import { DbError } from '../engines/database.js';
import { cannotRunInTransaction, transactionControl } from '../sql/transaction.js';
import { type CatalogSnapshot, diffCatalog, snapshotCatalog } from './catalog.js';
import { runnerWraps, SUPERUSER_EXTENSIONS, type TraceResult } from './trace.js';
import { splitName } from '../analysis/names-object.js';

const q = (name: string) => (/^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`);
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

const last = (name: string) => q(splitName(name).pop()!);
// Keywords that cannot stand as a bare column, constraint or other name (reserved, and type/function-name ones).
const KEYWORDS = new Set(
  ('all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create current_catalog current_date ' +
    'current_role current_time current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign from ' +
    'grant group having in initially intersect into lateral leading limit localtime localtimestamp not null offset on only or order placing ' +
    'primary references returning select session_user some symmetric system_user table then to trailing true union unique user using variadic ' +
    'when where window with authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull join left like ' +
    'natural notnull outer overlaps right similar tablesample verbose').split(' '),
);
/** An identifier as SQL, where it stands alone (not after a dot): keywords quoted too. */
const qi = (name: string) => (/^[a-z_][a-z0-9_$]*$/.test(name) && !KEYWORDS.has(name) ? name : `"${name.replace(/"/g, '""')}"`);
const lastI = (name: string) => qi(splitName(name).pop()!);
/** Parent of a child key (table of a column, policy, trigger, constraint). */
const parentOf = (name: string) => {
  const parts = splitName(name);
  return parts.slice(0, -1).map(q).join('.');
};

export interface RollbackInput {
  before: CatalogSnapshot;
  after: CatalogSnapshot;
  /** The changed migrations' up sources, in order, and their traces (data-changing statements become caveats). */
  changed: { source: ParsedSource; trace?: StatementTrace[] }[];
  /** Whether the user's tool runs the changed migrations in transactions: the script gets one too. */
  transactional: boolean;
  /** The role the script will run as (objects it creates are owned by it; others get OWNER TO). */
  role: string;
}

export interface GeneratedRollback {
  sql: string;
  caveats: string[];
  /** Steps to take before deploying the PR, so that what it destroys can be restored. */
  backups: string[];
  /** Statements of the script (no BEGIN/COMMIT), for the proof. */
  statements: string[];
}

type Rel = CatalogSnapshot['relations'][string];

/**
 * Rename A-side names to B-side names where the object is the same (same oid): the rest of the
 * generator then compares like with like. Returns the renamed snapshot and the renames to emit.
 */
function alignRenames(B: CatalogSnapshot, A: CatalogSnapshot): { A2: CatalogSnapshot; renames: string[]; words: [RegExp, string][] } {
  const renames: string[] = [];
  const words: [RegExp, string][] = [];
  const A2 = alignChildRenames(B, alignRelationRenames(B, A, renames, words), renames, words);
  return { A2, renames, words };
}

/** Names by oid for one kind of defs.oids key ("relation ", "column ", …). */
function byOid(s: CatalogSnapshot, prefix: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const [k, v] of Object.entries(s.defs.oids)) if (k.startsWith(prefix)) m.set(v, k.slice(prefix.length));
  return m;
}

/** Relations renamed or moved: the after side under base names, children ("table.child") included. */
function alignRelationRenames(B: CatalogSnapshot, A: CatalogSnapshot, renames: string[], words: [RegExp, string][]): CatalogSnapshot {
  const relMap = new Map<string, string>(); // A name → B name
  const bRel = byOid(B, 'relation ');
  for (const [oid, aName] of byOid(A, 'relation ')) {
    const bName = bRel.get(oid);
    if (bName && bName !== aName && !(aName in B.relations && bName in A.relations)) relMap.set(aName, bName);
  }
  for (const [aName, bName] of relMap) {
    const rel = A.relations[aName]!;
    const kw = relKeyword(rel);
    const [as, an] = splitName(aName);
    const [bs, bn] = splitName(bName);
    if (an !== bn) renames.push(`ALTER ${kw} ${aName} RENAME TO ${qi(bn!)}`);
    if (as !== bs) renames.push(`ALTER ${kw} ${q(as!)}.${q(bn!)} SET SCHEMA ${qi(bs!)}`);
    words.push([new RegExp(`(?<![\\w$".])${escapeRe(aName)}(?![\\w$"])`, 'g'), bName]);
    if (an !== bn) words.push([new RegExp(`(?<![\\w$".])${escapeRe(q(an!))}(?![\\w$"])`, 'g'), q(bn!)]);
  }
  // Nothing renamed (the usual case): the after side as it is, not a copy of every map of the schema.
  if (!relMap.size) return A;
  const relName = (n: string) => relMap.get(n) ?? n;
  // Children keyed "table.child": rename their table part.
  const reKey = (k: string) => {
    const p = parentOf(k);
    return relMap.has(p) ? `${relMap.get(p)}.${last(k)}` : k;
  };
  return {
    ...A,
    relations: mapKeys(A.relations, relName),
    columns: mapKeys(A.columns, reKey),
    constraints: mapObj(mapKeys(A.constraints, reKey), (v) => ({ ...v, table: relName(v.table) })),
    indexes: mapObj(A.indexes, (v) => ({ ...v, table: relName(v.table) })),
    policies: mapObj(mapKeys(A.policies, reKey), (v) => ({ ...v, table: relName(v.table) })),
    triggers: mapObj(mapKeys(A.triggers, reKey), (v) => ({ ...v, table: relName(v.table) })),
    grants: mapKeys(A.grants, (k) => {
      const i = k.lastIndexOf(':');
      return `${relName(k.slice(0, i))}${k.slice(i)}`;
    }),
    defs: {
      ...A.defs,
      oids: mapKeys(A.defs.oids, (k) => renameDefKey(k, relName, reKey)),
      tableColumns: mapKeys(A.defs.tableColumns, relName),
      partitioning: mapKeys(A.defs.partitioning, relName),
      views: mapObj(mapKeys(A.defs.views, relName), (v) => ({ ...v, dependsOn: v.dependsOn.map(relName) })),
      sequences: mapObj(mapKeys(A.defs.sequences, relName), (v) => ({ ...v, ownedBy: v.ownedBy ? reKey(v.ownedBy) : undefined })),
      comments: mapKeys(A.defs.comments, (k) => renameDefKey(k, relName, reKey)),
      acls: mapKeys(A.defs.acls, (k) => renameDefKey(k, relName, reKey)),
    },
  };
}

/** Columns, indexes, constraints, functions and types renamed in place: the after side under base names. */
function alignChildRenames(B: CatalogSnapshot, A2: CatalogSnapshot, renames: string[], words: [RegExp, string][]): CatalogSnapshot {
  // Columns: same table oid and attnum under another name.
  const colMap = new Map<string, string>();
  const bCol = byOid(B, 'column ');
  for (const [oid, aName] of byOid(A2, 'column ')) {
    const bName = bCol.get(oid);
    if (bName && bName !== aName && !(aName in B.columns) && !(bName in A2.columns)) colMap.set(aName, bName);
  }
  for (const [aName, bName] of colMap) {
    renames.push(`ALTER TABLE ${parentOf(aName)} RENAME COLUMN ${lastI(aName)} TO ${lastI(bName)}`);
    words.push([new RegExp(`(?<![\\w$".])${escapeRe(lastI(aName))}(?![\\w$"])`, 'g'), lastI(bName)]);
  }
  // Indexes and constraints renamed in place (ALTER INDEX/ALTER TABLE RENAME CONSTRAINT).
  const idxMap = new Map<string, string>();
  const bIdx = byOid(B, 'index ');
  for (const [oid, aName] of byOid(A2, 'index ')) {
    const bName = bIdx.get(oid);
    if (bName && bName !== aName && !(aName in B.indexes) && !(bName in A2.indexes)) idxMap.set(aName, bName);
  }
  const conMap = new Map<string, string>();
  const bCon = byOid(B, 'constraint ');
  for (const [oid, aName] of byOid(A2, 'constraint ')) {
    const bName = bCon.get(oid);
    if (bName && bName !== aName && !(aName in B.constraints) && !(bName in A2.constraints)) conMap.set(aName, bName);
  }
  for (const [aName, bName] of conMap) {
    renames.push(`ALTER TABLE ${parentOf(aName)} RENAME CONSTRAINT ${lastI(aName)} TO ${lastI(bName)}`);
    // The constraint's index follows the rename.
    const schema = q(splitName(aName)[0]!);
    idxMap.delete(`${schema}.${last(aName)}`);
  }
  for (const [aName, bName] of idxMap) renames.push(`ALTER INDEX ${aName} RENAME TO ${lastI(bName)}`);
  const fnMap = new Map<string, string>();
  const bFn = byOid(B, 'function ');
  for (const [oid, aName] of byOid(A2, 'function ')) {
    const bName = bFn.get(oid);
    if (bName && bName !== aName && !(aName in B.functions) && !(bName in A2.functions)) fnMap.set(aName, bName);
  }
  for (const [aName, bName] of fnMap) {
    const bq = bName.slice(0, bName.indexOf('('));
    const aq = aName.slice(0, aName.indexOf('('));
    const [as, an] = splitName(aq);
    const [bs, bn] = splitName(bq);
    const kw = A2.functions[aName]!.kind === 'procedure' ? 'PROCEDURE' : A2.functions[aName]!.kind === 'aggregate' ? 'AGGREGATE' : 'FUNCTION';
    if (an !== bn) renames.push(`ALTER ${kw} ${aName} RENAME TO ${qi(bn!)}`);
    if (as !== bs) renames.push(`ALTER ${kw} ${q(as!)}.${q(bn!)}${aName.slice(aName.indexOf('('))} SET SCHEMA ${qi(bs!)}`);
  }
  const typMap = new Map<string, string>();
  const bTyp = byOid(B, 'type ');
  for (const [oid, aName] of byOid(A2, 'type ')) {
    const bName = bTyp.get(oid);
    if (bName && bName !== aName && !(`type ${aName}` in B.defs.oids) && !(`type ${bName}` in A2.defs.oids)) typMap.set(aName, bName);
  }
  for (const [aName, bName] of typMap) {
    const [as, an] = splitName(aName);
    const [bs, bn] = splitName(bName);
    if (an !== bn) renames.push(`ALTER TYPE ${aName} RENAME TO ${qi(bn!)}`);
    if (as !== bs) renames.push(`ALTER TYPE ${q(as!)}.${q(bn!)} SET SCHEMA ${qi(bs!)}`);
    words.push([new RegExp(`(?<![\\w$".])${escapeRe(aName)}(?![\\w$"])`, 'g'), bName]);
  }
  if (!colMap.size && !idxMap.size && !conMap.size && !fnMap.size && !typMap.size) return A2;
  const colKey = (k: string) => colMap.get(k) ?? k;
  const fnKey = (k: string) => fnMap.get(k) ?? k;
  const typKey = (k: string) => typMap.get(k) ?? k;
  return {
    ...A2,
    columns: mapKeys(A2.columns, colKey),
    indexes: mapKeys(A2.indexes, (k) => idxMap.get(k) ?? k),
    constraints: mapKeys(A2.constraints, (k) => conMap.get(k) ?? k),
    functions: mapKeys(A2.functions, fnKey),
    enums: mapKeys(A2.enums, typKey),
    defs: {
      ...A2.defs,
      oids: mapKeys(A2.defs.oids, (k) => prefixed(k, { column: colKey, function: fnKey, type: typKey, index: (x) => idxMap.get(x) ?? x, constraint: (x) => conMap.get(x) ?? x })),
      tableColumns: mapObj(A2.defs.tableColumns, (cols, table) => cols.map((c) => ({ ...c, name: splitName(colKey(`${table}.${q(c.name)}`)).pop()! }))),
      functions: mapKeys(A2.defs.functions, fnKey),
      types: mapKeys(A2.defs.types, typKey),
      comments: mapKeys(A2.defs.comments, (k) => prefixed(k, { column: colKey, function: fnKey, type: typKey, index: (x) => idxMap.get(x) ?? x, constraint: (x) => conMap.get(x) ?? x })),
      acls: mapKeys(A2.defs.acls, (k) => prefixed(k, { function: fnKey, type: typKey })),
      sequences: mapObj(A2.defs.sequences, (v) => ({ ...v, ownedBy: v.ownedBy ? colKey(v.ownedBy) : undefined })),
    },
  };
}

function renameDefKey(k: string, relName: (n: string) => string, reKey: (n: string) => string): string {
  const sp = k.indexOf(' ');
  const kind = k.slice(0, sp);
  const name = k.slice(sp + 1);
  if (kind === 'relation') return `${kind} ${relName(name)}`;
  if (kind === 'column' || kind === 'constraint' || kind === 'trigger' || kind === 'policy') return `${kind} ${reKey(name)}`;
  return k;
}

function prefixed(k: string, fns: Record<string, (n: string) => string>): string {
  const sp = k.indexOf(' ');
  const f = fns[k.slice(0, sp)];
  return f ? `${k.slice(0, sp)} ${f(k.slice(sp + 1))}` : k;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function mapKeys<T>(o: Record<string, T>, f: (k: string) => string): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(o)) out[f(k)] = v;
  return out;
}
function mapObj<T, U>(o: Record<string, T>, f: (v: T, k: string) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [k, v] of Object.entries(o)) out[k] = f(v, k);
  return out;
}

function relKeyword(rel: Rel): string {
  return rel.kind === 'view' ? 'VIEW' : rel.kind === 'materialized view' ? 'MATERIALIZED VIEW' : rel.kind === 'sequence' ? 'SEQUENCE' : rel.kind === 'foreign table' ? 'FOREIGN TABLE' : 'TABLE';
}

function fnKeyword(kind: string): string {
  return kind === 'procedure' ? 'PROCEDURE' : kind === 'aggregate' ? 'AGGREGATE' : 'FUNCTION';
}

const isView = (r?: Rel) => r?.kind === 'view' || r?.kind === 'materialized view';

/** The generation under way: both catalogs (after with the PR's renames undone), and the script so far. */
interface Generation {
  input: RollbackInput;
  B: CatalogSnapshot;
  A: CatalogSnapshot;
  renames: string[];
  /** Text of the after side with the renames undone, to compare with the base. */
  norm: (s: string | undefined) => string | undefined;
  emit: (sql: string, note?: string) => void;
  caveat: (sql: string | undefined, note: string) => void;
  out: { sql: string; note?: string }[];
  caveats: string[];
  backups: string[];
}

/** What the PR changed, as the stages of the script need it. */
interface Plan {
  createdRels: Set<string>;
  droppedRels: Set<string>;
  tableGone: (t: string) => boolean;
  survives: (t: string) => boolean;
  tableSurvives: (t: string) => boolean;
  columnChanges: string[];
  enumRebuilds: string[];
  enumCols: Map<string, string[]>;
  typeChanged: Set<string>;
  droppedCols: string[];
  createdCols: string[];
  createdFns: string[];
  droppedFns: string[];
  alteredFns: string[];
  replacedFns: Set<string>;
  /** Views dropped (and recreated from the base when they existed), views replaced in place. */
  vdrop: Set<string>;
  vreplace: Set<string>;
  recreateViews: Set<string>;
  /** Functions that use a dropped view's row type: they go and come back with it. */
  fnsViaViews: Set<string>;
}

/** What stage 1 dropped because it stands on changed objects. */
interface DroppedDependents {
  policiesOut: string[];
  triggersOut: string[];
  consOut: string[];
  idxOut: string[];
  /** ' CONCURRENTLY' outside a transaction. */
  concurrently: string;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const created = <T>(b: Record<string, T>, a: Record<string, T>) => Object.keys(a).filter((k) => !(k in b));
const dropped = <T>(b: Record<string, T>, a: Record<string, T>) => Object.keys(b).filter((k) => !(k in a));
const relOid = (s: CatalogSnapshot, n: string) => Number(s.defs.oids[`relation ${n}`] ?? 0);
const oidOf = (s: CatalogSnapshot, key: string) => Number(s.defs.oids[key] ?? 0);
const fnDef = (s: CatalogSnapshot, k: string) => s.defs.functions[k];
const isEnumType = (s: CatalogSnapshot, type: string) => Object.keys(s.enums).some((e) => typeIs(type.replace(/\[\]$/, ''), e));
const viewColumnsType = (s: CatalogSnapshot, v: string) => (s.defs.views[v]?.columns ?? []).map((c) => `${c} ${s.columns[`${v}.${q(c)}`]?.type}`);
const backupName = (...parts: string[]) => `pgreview_backup.${q(parts.map((p) => splitName(p).join('_')).join('__').slice(0, 63))}`;
const primaryKeyColumns = (B: CatalogSnapshot, t: string) => {
  const pk = Object.values(B.constraints).find((c) => c.table === t && c.type === 'p');
  return pk ? /PRIMARY KEY \((.*)\)/.exec(pk.definition)?.[1] : undefined;
};
/** Whether an index backs a primary key, unique or exclusion constraint (it goes and comes with it). */
const conIndex = (s: CatalogSnapshot, idx: string) => constraintIndexNames(s).has(`${splitName(idx)[0]}\u0000${last(idx)}`);
// Schema and name of every index a constraint owns, once per snapshot: asking for each index by
// scanning every constraint was quadratic (seconds on a schema of hundreds of tables).
const constraintIndexes = new WeakMap<CatalogSnapshot['constraints'], Set<string>>();
function constraintIndexNames(s: CatalogSnapshot): Set<string> {
  let names = constraintIndexes.get(s.constraints);
  if (!names) {
    names = new Set(Object.entries(s.constraints).filter(([, c]) => ['p', 'u', 'x'].includes(c.type)).map(([k, c]) => `${splitName(c.table)[0]}\u0000${last(k)}`));
    constraintIndexes.set(s.constraints, names);
  }
  return names;
}

/** Generate the rollback script for the catalog delta before → after. */
export function generateRollback(input: RollbackInput): GeneratedRollback {
  const g = startGeneration(input);
  const p = planChanges(g);
  addBackups(g, p);
  const deps = dropDependents(g, p); // 1
  const seqOut = dropCreatedColumnsAndTables(g, p); // 2
  for (const r of g.renames) g.emit(r); // 3. renames back
  const back = recreateDropped(g, p); // 4
  restoreAltered(g, p); // 5
  const tables = recreateTablesAndColumns(g, p, deps, back); // 6
  dropCreatedObjects(g, p, seqOut); // 7
  recreateViewsTriggersPolicies(g, p, deps, tables); // 8
  const recreated = (kind: string, name: string) => wasRecreated(g, p, deps, back.seqIn, tables, kind, name);
  restoreComments(g, recreated);
  restorePrivileges(g, recreated);
  return renderScript(g);
}

function startGeneration(input: RollbackInput): Generation {
  const B = input.before;
  const { A2: A, renames, words } = alignRenames(B, input.after);
  const norm = (s: string | undefined) => {
    if (s == null) return s;
    let out = s;
    for (const [re, to] of words) out = out.replace(re, to);
    return out;
  };
  const caveats: string[] = [];
  const backups: string[] = [];
  const out: { sql: string; note?: string }[] = [];
  const emit = (sql: string, note?: string) => out.push({ sql, note });
  const caveat = (sql: string | undefined, note: string) => {
    caveats.push(note);
    if (sql) emit(sql, note);
    else out.push({ sql: '', note });
  };
  return { input, B, A, renames, norm, emit, caveat, out, caveats, backups };
}

function planChanges(g: Generation): Plan {
  const relations = planRelations(g);
  const functions = planFunctions(g);
  return { ...relations, ...functions, ...planViews(g, relations, functions) };
}

/** Relations created, dropped or replaced; columns changed; enums rebuilt. */
function planRelations(g: Generation) {
  const { A, B } = g;
  const createdRels = new Set(created(B.relations, A.relations));
  const droppedRels = new Set(dropped(B.relations, A.relations));
  // Same name, another object (dropped and created again, or replaced): undone as drop + recreate.
  for (const n of Object.keys(B.relations)) {
    if (n in A.relations && (A.relations[n]!.kind !== B.relations[n]!.kind || (B.relations[n]!.kind !== 'view' && B.relations[n]!.kind !== 'materialized view' && relOid(A, n) !== relOid(B, n) && relOid(A, n) && relOid(B, n)))) {
      createdRels.add(n);
      droppedRels.add(n);
    }
  }
  const tableGone = (t: string) => droppedRels.has(t) || createdRels.has(t);
  const survives = (t: string) => t in A.relations && t in B.relations && !tableGone(t);
  const tableSurvives = (t: string) => survives(t) && !isView(B.relations[t]) && !isView(A.relations[t]);

  const columnChanges = Object.keys(B.columns).filter((c) => c in A.columns && tableSurvives(parentOf(c)) && !sameJson(B.columns[c], A.columns[c]));
  // Enums whose values the PR added or removed come back by rebuilding the type (Postgres cannot drop a value).
  const enumRebuilds = Object.keys(B.enums).filter((t) => t in A.enums && !sameJson(B.enums[t], A.enums[t]) && A.enums[t]!.length !== B.enums[t]!.length);
  const enumCols = new Map(enumRebuilds.map((t) => [t, Object.keys(A.columns).filter((c) => tableSurvives(parentOf(c)) && typeIs(A.columns[c]!.type.replace(/\[\]$/, ''), t))]));
  const typeChanged = new Set([
    ...columnChanges.filter((c) => B.columns[c]!.type !== A.columns[c]!.type || B.columns[c]!.generated !== A.columns[c]!.generated).map(parentOf),
    ...[...enumCols.values()].flat().map(parentOf),
  ]);
  const droppedCols = dropped(B.columns, A.columns).filter((c) => tableSurvives(parentOf(c)));
  const createdCols = created(B.columns, A.columns).filter((c) => tableSurvives(parentOf(c)));
  return { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols };
}

/** Functions to drop (created) or replace with DROP + CREATE (return type or kind changed). */
function planFunctions(g: Generation) {
  const { A, B, norm } = g;
  const createdFns = created(B.functions, A.functions);
  const droppedFns = dropped(B.functions, A.functions);
  const alteredFns = Object.keys(B.functions).filter((k) => k in A.functions && (B.functions[k]!.bodyHash !== A.functions[k]!.bodyHash || fnDef(B, k) !== norm(fnDef(A, k)) || !sameJson({ ...B.functions[k], acl: 0, owner: 0, executableBy: 0 }, { ...A.functions[k], acl: 0, owner: 0, executableBy: 0 })));
  const replacedFns = new Set(alteredFns.filter((k) => B.functions[k]!.returns !== A.functions[k]!.returns || B.functions[k]!.kind !== A.functions[k]!.kind || paramNames(fnDef(B, k)) !== paramNames(fnDef(A, k))));
  return { createdFns, droppedFns, alteredFns, replacedFns };
}

function planViews(g: Generation, r: ReturnType<typeof planRelations>, f: ReturnType<typeof planFunctions>) {
  const { A, B, norm } = g;
  const { createdRels, droppedRels, createdCols, enumCols, columnChanges } = r;
  const { replacedFns, createdFns } = f;
  const fnByOid = new Map(Object.entries(A.defs.oids).filter(([k]) => k.startsWith('function ')).map(([k, v]) => [`fn:${v}`, k.slice('function '.length)]));
  // Views: drop every one that is created, altered, or stands on something that is changed or
  // replaced (their definitions block it); recreate the base ones afterwards from pg_get_viewdef.
  const viewChanged = (n: string) =>
    isView(B.relations[n]) && isView(A.relations[n]) && (B.defs.views[n]?.definition !== norm(A.defs.views[n]?.definition) || !sameJson(B.defs.views[n]?.columns, A.defs.views[n]?.columns) || B.relations[n]!.kind !== A.relations[n]!.kind);
  // CREATE OR REPLACE VIEW can go back in place when the base view keeps the current columns first.
  const replaceable = (n: string) => {
    if (B.relations[n]?.kind !== 'view' || A.relations[n]?.kind !== 'view') return false;
    const a = viewColumnsType(A, n);
    const b = viewColumnsType(B, n);
    return a.every((c, i) => b[i] === c);
  };
  // What a view's current query may not keep using: columns and relations the rollback removes or retypes.
  const blockedCols = new Set([...createdCols, ...[...enumCols.values()].flat(), ...columnChanges.filter((c) => B.columns[c]!.type !== A.columns[c]!.type || B.columns[c]!.generated !== A.columns[c]!.generated)]);
  const vdrop = new Set<string>();
  const vreplace = new Set<string>();
  const fnDeps = (v: string) => (A.defs.views[v]?.dependsOn ?? []).map((d) => fnByOid.get(d) ?? d);
  const standsOnChange = (v: string) => fnDeps(v).some((d) => vdrop.has(d) || createdRels.has(d) || blockedCols.has(d) || replacedFns.has(d) || createdFns.includes(d));
  for (const n of Object.keys(A.relations)) if (isView(A.relations[n]) && createdRels.has(n)) vdrop.add(n);
  for (const n of Object.keys(A.relations)) if (isView(A.relations[n]) && viewChanged(n)) (replaceable(n) && !standsOnChange(n) ? vreplace : vdrop).add(n);
  for (let grew = true; grew; ) {
    grew = false;
    for (const n of Object.keys(A.defs.views)) {
      if (vdrop.has(n)) continue;
      if (standsOnChange(n)) {
        vdrop.add(n);
        vreplace.delete(n);
        grew = true;
      }
    }
  }
  const recreateViews = new Set([...[...vdrop].filter((n) => isView(B.relations[n])), ...[...droppedRels].filter((n) => isView(B.relations[n]))]);
  // Functions that take or return a dropped view's row type block DROP VIEW: they go and come back with it.
  const usesRowType = (sig: string, returns: string, v: string) => {
    const names = [v, lastI(v), last(v)];
    const parts = [returns.replace(/^SETOF /, ''), ...(sig.slice(sig.indexOf('(') + 1, -1).split(', ').map((a) => a.split(' ').pop() ?? ''))];
    return parts.some((p) => names.includes(p.replace(/\[\]$/, '')));
  };
  const fnsViaViews = new Set(
    Object.keys(A.functions).filter((k) => k in B.functions && !replacedFns.has(k) && [...vdrop].some((v) => usesRowType(k, A.functions[k]!.returns, v))),
  );
  return { vdrop, vreplace, recreateViews, fnsViaViews };
}

/** Backups to take before deploying, and caveats for the data the PR changes. */
function addBackups(g: Generation, p: Plan): void {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const pkCols = (t: string) => primaryKeyColumns(B, t);
  const backupSchema = 'CREATE SCHEMA IF NOT EXISTS pgreview_backup;';
  for (const t of [...droppedRels].filter((t) => !createdRels.has(t) || B.relations[t]!.kind === 'table')) {
    const r = B.relations[t]!;
    if (r.kind !== 'table' && r.kind !== 'partitioned table') continue;
    if (backups.length === 0) backups.push(backupSchema);
    backups.push(`CREATE TABLE ${backupName(t)} AS TABLE ${t};`);
  }
  for (const c of droppedCols) {
    if (backups.length === 0) backups.push(backupSchema);
    const t = parentOf(c);
    const pk = pkCols(t);
    backups.push(pk ? `CREATE TABLE ${backupName(t, lastI(c))} AS SELECT ${pk}, ${lastI(c)} FROM ${t};` : `CREATE TABLE ${backupName(t)} AS TABLE ${t};`);
  }
  const dataStatements: string[] = [];
  for (const { source, trace } of input.changed) {
    source.statements.forEach((st, i) => {
      const t = trace?.[i];
      if (t?.error || t?.skipped) return;
      const n = st.node ?? {};
      const rel = n.relation ?? (n.relations?.[0]?.RangeVar);
      const table = rel?.relname ? `${rel.schemaname ? q(rel.schemaname) + '.' : ''}${q(rel.relname)}` : undefined;
      const where = `${source.source.file}:${st.span.line}`;
      if (st.kind === 'UpdateStmt' || st.kind === 'DeleteStmt' || st.kind === 'TruncateStmt') {
        const verb = st.kind === 'UpdateStmt' ? 'UPDATE' : st.kind === 'DeleteStmt' ? 'DELETE' : 'TRUNCATE';
        dataStatements.push(`${verb} at ${where}${t?.rowsAffected != null && st.kind !== 'TruncateStmt' ? ` (${t.rowsAffected} row(s) on the review database)` : ''} changes data that the rollback does not restore${table ? `: restore ${table} from the backup` : ''}`);
        if (table && !backups.some((b) => b.includes(` ${table};`))) {
          if (backups.length === 0) backups.push(backupSchema);
          backups.push(`CREATE TABLE ${backupName(table)} AS TABLE ${table};`);
        }
      } else if (st.kind === 'InsertStmt' && table) {
        dataStatements.push(`INSERT at ${where} adds rows to ${table} that the rollback does not delete (unless it drops the table)`);
      }
    });
  }
  for (const d of dataStatements) caveats.push(d);
}

/** 1. Drop what stands on changed objects: views, policies, triggers, constraints, indexes. */
function dropDependents(g: Generation, p: Plan): DroppedDependents {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const viewsToDrop = [...vdrop].filter((n) => n in A.relations).sort((a, b) => relOid(A, b) - relOid(A, a));
  const plainViews = viewsToDrop.filter((n) => A.relations[n]!.kind === 'view');
  const matViews = viewsToDrop.filter((n) => A.relations[n]!.kind === 'materialized view');
  for (const k of fnsViaViews) emit(`DROP ${fnKeyword(A.functions[k]!.kind)} IF EXISTS ${k}`);
  if (matViews.length) emit(`DROP MATERIALIZED VIEW IF EXISTS ${matViews.join(', ')}`);
  if (plainViews.length) emit(`DROP VIEW IF EXISTS ${plainViews.join(', ')}`);
  const gone = (t: string) => tableGone(t) || vdrop.has(t);

  const policyChanged = (k: string) => !sameJson({ ...B.policies[k], qual: B.policies[k]!.qual, withCheck: B.policies[k]!.withCheck }, { ...A.policies[k], qual: norm(A.policies[k]!.qual), withCheck: norm(A.policies[k]!.withCheck) });
  const policiesOut = Object.keys(A.policies).filter((k) => !gone(A.policies[k]!.table) && (!(k in B.policies) || policyChanged(k) || typeChanged.has(A.policies[k]!.table)));
  for (const k of policiesOut) emit(`DROP POLICY IF EXISTS ${lastI(k)} ON ${A.policies[k]!.table}`);
  const triggerChanged = (k: string) => B.triggers[k]!.definition !== norm(A.triggers[k]!.definition) || replacedFns.has(B.triggers[k]!.function);
  const triggersOut = Object.keys(A.triggers).filter((k) => !gone(A.triggers[k]!.table) && (!(k in B.triggers) || triggerChanged(k)));
  for (const k of triggersOut) emit(`DROP TRIGGER IF EXISTS ${lastI(k)} ON ${A.triggers[k]!.table}`);
  const conChanged = (k: string) => B.constraints[k]!.definition !== norm(A.constraints[k]!.definition) || B.constraints[k]!.validated !== A.constraints[k]!.validated || B.constraints[k]!.type !== A.constraints[k]!.type;
  const consOut = Object.keys(A.constraints)
    .filter((k) => !gone(A.constraints[k]!.table) && (!(k in B.constraints) || conChanged(k) || (typeChanged.has(A.constraints[k]!.table) && A.constraints[k]!.type === 'f')))
    .sort((a, b) => Number(A.constraints[b]!.type === 'f') - Number(A.constraints[a]!.type === 'f'));
  // FKs of surviving tables that reference a table or constraint being dropped go first as well.
  for (const k of consOut) emit(`ALTER TABLE ${A.constraints[k]!.table} DROP CONSTRAINT IF EXISTS ${lastI(k)}`);
  const idxChanged = (k: string) => B.indexes[k]!.definition !== norm(A.indexes[k]!.definition);
  const idxOut = Object.keys(A.indexes).filter((k) => !gone(A.indexes[k]!.table) && !conIndex(A, k) && (!(k in B.indexes) || (idxChanged(k) && !conIndex(B, k))));
  // Outside a transaction (the tool ran the PR that way, e.g. for CONCURRENTLY), indexes of live tables go without blocking writes.
  const concurrently = input.transactional ? '' : ' CONCURRENTLY';
  for (const k of idxOut) emit(`DROP INDEX${concurrently} IF EXISTS ${k}`);
  return { policiesOut, triggersOut, consOut, idxOut, concurrently };
}

/** 2. Drop created columns and tables; returns the created sequences to drop later. */
function dropCreatedColumnsAndTables(g: Generation, p: Plan): string[] {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  // Generated columns first (they use the others), then newest first.
  const attnum = (c: string) => Number((A.defs.oids[`column ${c}`] ?? '0.0').split('.')[1]);
  const colsOut = [...createdCols].sort((a, b) => Number(!!A.columns[b]!.generated) - Number(!!A.columns[a]!.generated) || attnum(b) - attnum(a));
  for (const c of colsOut) emit(`ALTER TABLE ${parentOf(c)} DROP COLUMN IF EXISTS ${lastI(c)}`, undefined);
  const tablesOut = [...createdRels].filter((n) => n in A.relations && !isView(A.relations[n]) && A.relations[n]!.kind !== 'sequence').sort((a, b) => relOid(A, b) - relOid(A, a));
  const foreignOut = tablesOut.filter((n) => A.relations[n]!.kind === 'foreign table');
  if (foreignOut.length) emit(`DROP FOREIGN TABLE IF EXISTS ${foreignOut.join(', ')}`);
  const plainOut = tablesOut.filter((n) => A.relations[n]!.kind !== 'foreign table');
  if (plainOut.length) emit(`DROP TABLE IF EXISTS ${plainOut.join(', ')}`);
  const ownedByGone = (seq: string) => {
    const o = A.defs.sequences[seq]?.ownedBy;
    return o ? !(o in B.columns) || tableGone(parentOf(o)) : false;
  };
  const seqOut = [...createdRels].filter((n) => A.relations[n]?.kind === 'sequence' && !A.defs.sequences[n]?.identity && !ownedByGone(n));
  return seqOut;
}

/** 4. Recreate dropped extensions, schemas, types, sequences, functions. */
function recreateDropped(g: Generation, p: Plan) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const fnCreate = (k: string) => createFunction(g, k);
  for (const e of dropped(B.extensions, A.extensions)) {
    const x = B.extensions[e]!;
    emit(`CREATE EXTENSION IF NOT EXISTS ${q(e)} WITH SCHEMA ${q(x.schema)} VERSION ${lit(x.version)}`);
  }
  for (const e of Object.keys(B.extensions).filter((e) => e in A.extensions)) {
    const b = B.extensions[e]!;
    const a = A.extensions[e]!;
    if (a.schema !== b.schema) emit(`ALTER EXTENSION ${q(e)} SET SCHEMA ${qi(b.schema)}`);
    if (a.version !== b.version) caveat(`ALTER EXTENSION ${q(e)} UPDATE TO ${lit(b.version)}`, `extension ${e} was updated from ${b.version} to ${a.version}; going back needs a downgrade script the extension may not ship`);
  }
  for (const s of dropped(B.schemas, A.schemas)) {
    emit(`CREATE SCHEMA IF NOT EXISTS ${s}`);
    if (B.schemas[s]!.owner !== input.role) emit(`ALTER SCHEMA ${s} OWNER TO ${qi(B.schemas[s]!.owner)}`);
  }
  for (const s of Object.keys(B.schemas).filter((s) => s in A.schemas && A.schemas[s]!.owner !== B.schemas[s]!.owner)) emit(`ALTER SCHEMA ${s} OWNER TO ${qi(B.schemas[s]!.owner)}`);
  const needsBodiesOff = droppedFns.length > 0 || alteredFns.length > 0 || fnsViaViews.size > 0;
  if (needsBodiesOff) out.unshift({ sql: input.transactional ? 'SET LOCAL check_function_bodies = off' : 'SET check_function_bodies = off' });
  // Types, domains and functions come back in their base creation order (oids), so each finds what it uses.
  const inOrder: { oid: number; run: () => void }[] = [];
  for (const t of dropped(B.enums, A.enums)) inOrder.push({ oid: oidOf(B, `type ${t}`), run: () => emit(`CREATE TYPE ${t} AS ENUM (${B.enums[t]!.map(lit).join(', ')})`) });
  for (const t of Object.keys(B.enums).filter((t) => t in A.enums && !sameJson(B.enums[t], A.enums[t]))) {
    const b = B.enums[t]!;
    const a = A.enums[t]!;
    if (a.length === b.length) {
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) emit(`ALTER TYPE ${t} RENAME VALUE ${lit(a[i]!)} TO ${lit(b[i]!)}`);
    }
  }
  const droppedTypes = dropped(B.defs.types, A.defs.types);
  for (const t of droppedTypes) inOrder.push({ oid: oidOf(B, `type ${t}`), run: () => emit(`CREATE ${B.defs.types[t]!.kind === 'domain' ? 'DOMAIN' : 'TYPE'} ${t} ${B.defs.types[t]!.definition}`) });
  for (const t of Object.keys(B.defs.types).filter((t) => t in A.defs.types && B.defs.types[t]!.definition !== norm(A.defs.types[t]!.definition))) {
    caveat(undefined, `${B.defs.types[t]!.kind} ${t} was changed (${A.defs.types[t]!.definition} instead of ${B.defs.types[t]!.definition}); the rollback does not rebuild it`);
  }
  const seqIn = [...droppedRels].filter((n) => B.relations[n]?.kind === 'sequence' && !B.defs.sequences[n]?.identity);
  for (const n of seqIn) {
    const s = B.defs.sequences[n];
    emit(s ? `CREATE SEQUENCE ${n} AS ${s.type} INCREMENT BY ${s.increment} MINVALUE ${s.min} MAXVALUE ${s.max} START WITH ${s.start} CACHE ${s.cache}${s.cycle ? ' CYCLE' : ' NO CYCLE'}` : `CREATE SEQUENCE ${n}`);
    caveat(undefined, `sequence ${n} is recreated at its start value: set it past the highest value in use (setval) before writing to its table`);
  }
  for (const n of Object.keys(B.defs.sequences).filter((n) => n in A.defs.sequences && !tableGone(n) && !B.defs.sequences[n]!.identity)) {
    const b = B.defs.sequences[n]!;
    const a = A.defs.sequences[n]!;
    const parts: string[] = [];
    if (a.type !== b.type) parts.push(`AS ${b.type}`);
    if (a.increment !== b.increment) parts.push(`INCREMENT BY ${b.increment}`);
    if (a.min !== b.min) parts.push(`MINVALUE ${b.min}`);
    if (a.max !== b.max) parts.push(`MAXVALUE ${b.max}`);
    if (a.start !== b.start) parts.push(`START WITH ${b.start}`);
    if (a.cache !== b.cache) parts.push(`CACHE ${b.cache}`);
    if (a.cycle !== b.cycle) parts.push(b.cycle ? 'CYCLE' : 'NO CYCLE');
    if (parts.length) emit(`ALTER SEQUENCE ${n} ${parts.join(' ')}`);
  }
  // Functions whose signature or result names a table the rollback recreates wait for that table.
  const dropTablesIn = [...droppedRels].filter((n) => !isView(B.relations[n]) && B.relations[n]!.kind !== 'sequence');
  const needsTable = (k: string) => dropTablesIn.some((t) => `${k} ${B.functions[k]!.returns}`.includes(splitName(t).pop()!));
  for (const k of replacedFns) emit(`DROP ${fnKeyword(A.functions[k]!.kind)} IF EXISTS ${k}`);
  const fnsNow = [...droppedFns, ...alteredFns].filter((k) => !needsTable(k) && !fnsViaViews.has(k));
  const fnsLater = [...droppedFns, ...alteredFns].filter((k) => needsTable(k) && !fnsViaViews.has(k));
  for (const k of fnsNow) inOrder.push({ oid: oidOf(B, `function ${k}`), run: () => fnCreate(k) });
  for (const o of inOrder.sort((a, b) => a.oid - b.oid)) o.run();
  return { seqIn, fnsLater, dropTablesIn };
}

/** A base function or procedure again, from pg_get_functiondef (aggregates have none: a caveat). */
function createFunction(g: Generation, k: string): void {
  const def = fnDef(g.B, k);
  if (!def) {
    g.caveat(undefined, `${g.B.functions[k]!.kind} ${k} has no definition pg_get_functiondef can give (aggregate): recreate it by hand`);
    return;
  }
  g.emit(def.trimEnd());
}

/** 5. Restore altered relations, columns, enums and function owners. */
function restoreAltered(g: Generation, p: Plan): void {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  for (const n of Object.keys(B.relations).filter((n) => survives(n) && !vdrop.has(n))) {
    const b = B.relations[n]!;
    const a = A.relations[n]!;
    const kw = relKeyword(b);
    if (!sameJson(a.reloptions, b.reloptions)) {
      const keyOf = (o: string) => o.slice(0, o.indexOf('='));
      const reset = a.reloptions.filter((o) => !b.reloptions.some((x) => keyOf(x) === keyOf(o))).map(keyOf);
      if (reset.length) emit(`ALTER ${kw} ${n} RESET (${reset.join(', ')})`);
      const set = b.reloptions.filter((o) => !a.reloptions.includes(o));
      if (set.length) emit(`ALTER ${kw} ${n} SET (${set.join(', ')})`);
    }
    if (a.rowSecurity !== b.rowSecurity) emit(`ALTER TABLE ${n} ${b.rowSecurity ? 'ENABLE' : 'DISABLE'} ROW LEVEL SECURITY`);
    if (a.forceRowSecurity !== b.forceRowSecurity) emit(`ALTER TABLE ${n} ${b.forceRowSecurity ? 'FORCE' : 'NO FORCE'} ROW LEVEL SECURITY`);
    if (a.owner !== b.owner) emit(`ALTER ${kw} ${n} OWNER TO ${qi(b.owner)}`);
  }
  for (const c of columnChanges) {
    const t = parentOf(c);
    const col = lastI(c);
    const b = B.columns[c]!;
    const a = A.columns[c]!;
    if (a.generated !== b.generated) {
      if (a.generated && b.generated && B.serverVersionNum >= 170000) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} SET EXPRESSION AS (${b.generated})`);
      else if (a.generated && !b.generated) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP EXPRESSION`);
      else caveat(undefined, `column ${c}: its generation expression changed (${a.generated ?? 'none'} instead of ${b.generated ?? 'none'}); the rollback cannot restore it in place`);
    }
    if (a.identity && a.identity !== b.identity && !b.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP IDENTITY IF EXISTS`);
    if (a.default != null && a.default !== b.default && !a.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} DROP DEFAULT`);
    if (a.type !== b.type) {
      const collation = B.defs.tableColumns[t]?.find((x) => x.name === splitName(c).pop())?.collation;
      caveat(
        `ALTER TABLE ${t} ALTER COLUMN ${col} TYPE ${b.type}${collation ? ` COLLATE ${collation}` : ''} USING ${col}${isEnumType(B, b.type) || isEnumType(A, a.type) ? `::text${b.type.endsWith('[]') ? '[]' : ''}` : ''}::${b.type}`,
        `column ${c}: type goes back from ${a.type} to ${b.type}; values written after the deploy that do not fit ${b.type} make this fail, and converted values may not round-trip exactly`,
      );
    }
    if (b.default != null && a.default !== b.default && !b.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} SET DEFAULT ${b.default}`);
    if (b.identity && a.identity !== b.identity) {
      const how = b.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT';
      if (a.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} SET GENERATED ${how}`);
      else caveat(`ALTER TABLE ${t} ALTER COLUMN ${col} ADD GENERATED ${how} AS IDENTITY`, `column ${c}: its identity is recreated with a new sequence that starts at 1; set it past the highest value in use`);
    }
    if (a.notNull !== b.notNull) emit(`ALTER TABLE ${t} ALTER COLUMN ${col} ${b.notNull ? 'SET' : 'DROP'} NOT NULL`);
  }
  for (const t of enumRebuilds) {
    const b = B.enums[t]!;
    const a = A.enums[t]!;
    const added = a.filter((l) => !b.includes(l));
    const removed = b.filter((l) => !a.includes(l));
    const [schema, name] = splitName(t);
    const tmp = `${q(schema!)}.${q(`${name}_pgreview_rollback`.slice(0, 63))}`;
    caveat(
      `CREATE TYPE ${tmp} AS ENUM (${b.map(lit).join(', ')})`,
      added.length
        ? `enum ${t}: value(s) ${added.map((l) => `'${l}'`).join(', ')} added by the PR are removed by rebuilding the type (Postgres has no ALTER TYPE ... DROP VALUE); rows that use them make the rollback fail: change them first`
        : `enum ${t}: value(s) ${removed.map((l) => `'${l}'`).join(', ')} removed by the PR come back by rebuilding the type`,
    );
    const cols = enumCols.get(t) ?? [];
    for (const c of cols) if (A.columns[c]!.default != null) emit(`ALTER TABLE ${parentOf(c)} ALTER COLUMN ${lastI(c)} DROP DEFAULT`);
    for (const c of cols) {
      const arr = A.columns[c]!.type.endsWith('[]') ? '[]' : '';
      emit(`ALTER TABLE ${parentOf(c)} ALTER COLUMN ${lastI(c)} TYPE ${tmp}${arr} USING ${lastI(c)}::text${arr}::${tmp}${arr}`);
    }
    emit(`DROP TYPE ${t}`);
    emit(`ALTER TYPE ${tmp} RENAME TO ${qi(name!)}`);
    for (const c of cols) if (B.columns[c]?.default != null) emit(`ALTER TABLE ${parentOf(c)} ALTER COLUMN ${lastI(c)} SET DEFAULT ${B.columns[c]!.default}`);
  }
  for (const k of alteredFns.filter((k) => !replacedFns.has(k) && B.functions[k]!.owner !== A.functions[k]!.owner)) emit(`ALTER ${fnKeyword(B.functions[k]!.kind)} ${k} OWNER TO ${qi(B.functions[k]!.owner)}`);
  for (const k of Object.keys(B.functions).filter((k) => k in A.functions && !alteredFns.includes(k) && B.functions[k]!.owner !== A.functions[k]!.owner)) emit(`ALTER ${fnKeyword(B.functions[k]!.kind)} ${k} OWNER TO ${qi(B.functions[k]!.owner)}`);
}

/** 6. Recreate dropped tables and columns, then their constraints and indexes. */
function recreateTablesAndColumns(g: Generation, p: Plan, deps: DroppedDependents, back: ReturnType<typeof recreateDropped>) {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const fnCreate = (k: string) => createFunction(g, k);
  const pkCols = (t: string) => primaryKeyColumns(B, t);
  const columnDef = (c: string, collation: string | undefined, forAdd = false) => columnDefinition(B, c, collation, forAdd);
  const { consOut, idxOut, concurrently } = deps;
  const { seqIn, fnsLater, dropTablesIn } = back;
  const tablesIn = dropTablesIn.sort((a, b) => relOid(B, a) - relOid(B, b));
  for (const t of tablesIn) {
    const r = B.relations[t]!;
    const part = B.defs.partitioning[t];
    if (r.kind === 'foreign table') {
      caveat(undefined, `foreign table ${t} was dropped; the rollback does not recreate foreign tables (server options are not in the catalog snapshot)`);
      continue;
    }
    if (part?.parent && part.bound) {
      emit(`CREATE TABLE ${t} PARTITION OF ${part.parent} ${part.bound}${part.key ? ` PARTITION BY ${part.key}` : ''}`);
    } else {
      const cols = (B.defs.tableColumns[t] ?? []).map((c) => columnDef(`${t}.${q(c.name)}`, c.collation));
      emit(`CREATE TABLE ${t} (\n  ${cols.join(',\n  ')}\n)${part?.key ? ` PARTITION BY ${part.key}` : ''}${r.reloptions.length ? ` WITH (${r.reloptions.join(', ')})` : ''}`);
    }
    if (r.owner !== input.role) emit(`ALTER TABLE ${t} OWNER TO ${qi(r.owner)}`);
    if (r.rowSecurity) emit(`ALTER TABLE ${t} ENABLE ROW LEVEL SECURITY`);
    if (r.forceRowSecurity) emit(`ALTER TABLE ${t} FORCE ROW LEVEL SECURITY`);
    if (r.kind === 'table' || r.kind === 'partitioned table') {
      caveat(`-- INSERT INTO ${t} SELECT * FROM ${backupName(t)}`, `table ${t} was dropped by the PR: the rollback recreates it empty; its rows come back only from the backup taken before deploying`);
    }
  }
  for (const c of droppedCols) {
    const t = parentOf(c);
    const col = B.columns[c]!;
    const def = columnDef(c, B.defs.tableColumns[t]?.find((x) => x.name === splitName(c).pop())?.collation, true);
    emit(`ALTER TABLE ${t} ADD COLUMN ${def}`);
    const pk = pkCols(t);
    caveat(
      pk ? `-- UPDATE ${t} AS t SET ${lastI(c)} = b.${lastI(c)} FROM ${backupName(t, lastI(c))} AS b WHERE ${pk.split(', ').map((k) => `t.${k} = b.${k}`).join(' AND ')}` : undefined,
      `column ${c} was dropped by the PR: the rollback recreates it${col.default ? ' with its default' : ' empty'}; its values come back only from the backup taken before deploying`,
    );
    if (col.notNull && !col.identity) emit(`ALTER TABLE ${t} ALTER COLUMN ${lastI(c)} SET NOT NULL`, 'fails on rows without a value: restore the column from the backup first');
  }
  for (const s of Object.keys(B.defs.sequences).filter((s) => B.defs.sequences[s]!.ownedBy && !B.defs.sequences[s]!.identity)) {
    const o = B.defs.sequences[s]!.ownedBy!;
    if (seqIn.includes(s) || A.defs.sequences[s]?.ownedBy !== o) emit(`ALTER SEQUENCE ${s} OWNED BY ${o}`);
  }
  for (const s of Object.keys(B.defs.sequences).filter((s) => !B.defs.sequences[s]!.ownedBy && A.defs.sequences[s]?.ownedBy && !tableGone(s))) emit(`ALTER SEQUENCE ${s} OWNED BY NONE`);
  for (const k of fnsLater) fnCreate(k);
  const recreatedTable = (t: string) => tablesIn.includes(t) || recreateViews.has(t);
  const consIn = Object.keys(B.constraints).filter((k) => {
    const c = B.constraints[k]!;
    if (B.defs.partitioning[c.table]?.parent && recreatedTable(c.table)) return false; // inherited from the parent
    return recreatedTable(c.table) || !(k in A.constraints) || consOut.includes(k);
  });
  const conSql = (k: string) => `ALTER TABLE ${B.constraints[k]!.table} ADD CONSTRAINT ${lastI(k)} ${B.constraints[k]!.definition}`;
  for (const k of consIn.filter((k) => B.constraints[k]!.type !== 'f')) emit(conSql(k));
  const idxIn = Object.keys(B.indexes).filter((k) => !conIndex(B, k) && !(B.defs.partitioning[B.indexes[k]!.table]?.parent && recreatedTable(B.indexes[k]!.table)) && (recreatedTable(B.indexes[k]!.table) ? !isView(B.relations[B.indexes[k]!.table]) : !(k in A.indexes) || idxOut.includes(k)));
  for (const k of idxIn) emit(recreatedTable(B.indexes[k]!.table) || !concurrently ? B.indexes[k]!.definition : B.indexes[k]!.definition.replace(/^CREATE (UNIQUE )?INDEX /, `CREATE $1INDEX${concurrently} `));
  for (const k of consIn.filter((k) => B.constraints[k]!.type === 'f')) emit(conSql(k));
  return { tablesIn, consIn, idxIn, recreatedTable };
}

/** 7. Drop created functions, types, sequences, extensions, schemas. */
function dropCreatedObjects(g: Generation, p: Plan, seqOut: string[]): void {
  const { B, A, emit } = g;
  const { createdFns } = p;
  // Newest first (oids): whatever uses an object was created after it.
  const createdSchemas = new Set(created(B.schemas, A.schemas));
  const inCreatedSchema = (n: string) => createdSchemas.has(q(splitName(n)[0]!));
  const outOrder: { oid: number; sql: string }[] = [];
  for (const n of seqOut) outOrder.push({ oid: relOid(A, n), sql: `DROP SEQUENCE IF EXISTS ${n}` });
  for (const k of createdFns) outOrder.push({ oid: oidOf(A, `function ${k}`), sql: `DROP ${fnKeyword(A.functions[k]!.kind)} IF EXISTS ${k}` });
  for (const t of created(B.enums, A.enums).filter((t) => !inCreatedSchema(t))) outOrder.push({ oid: oidOf(A, `type ${t}`), sql: `DROP TYPE IF EXISTS ${t}` });
  for (const t of created(B.defs.types, A.defs.types).filter((t) => !inCreatedSchema(t))) outOrder.push({ oid: oidOf(A, `type ${t}`), sql: `DROP ${A.defs.types[t]!.kind === 'domain' ? 'DOMAIN' : 'TYPE'} IF EXISTS ${t}` });
  for (const o of outOrder.sort((a, b) => b.oid - a.oid)) emit(o.sql);
  for (const e of created(B.extensions, A.extensions)) emit(`DROP EXTENSION IF EXISTS ${q(e)}`);
  for (const s of createdSchemas) emit(`DROP SCHEMA IF EXISTS ${s} CASCADE`, 'the schema did not exist before the PR: everything in it goes with it');
}

/** 8. Recreate views, then triggers and policies. */
function recreateViewsTriggersPolicies(g: Generation, p: Plan, deps: DroppedDependents, tables: ReturnType<typeof recreateTablesAndColumns>): void {
  const { input, B, A, norm, emit, caveat, out, caveats, backups } = g;
  const { createdRels, droppedRels, tableGone, survives, tableSurvives, columnChanges, enumRebuilds, enumCols, typeChanged, droppedCols, createdCols, createdFns, droppedFns, alteredFns, replacedFns, vdrop, vreplace, recreateViews, fnsViaViews } = p;
  const fnCreate = (k: string) => createFunction(g, k);
  const { triggersOut, policiesOut } = deps;
  const { recreatedTable } = tables;
  for (const v of [...recreateViews, ...vreplace].sort((a, b) => relOid(B, a) - relOid(B, b))) {
    const r = B.relations[v]!;
    if (vreplace.has(v)) {
      emit(`CREATE OR REPLACE VIEW ${v} AS\n${B.defs.views[v]!.definition.trim().replace(/;$/, '')}`);
      continue;
    }
    const def = B.defs.views[v]?.definition;
    if (!def) {
      caveat(undefined, `view ${v}: no definition was read; recreate it by hand`);
      continue;
    }
    const opts = r.reloptions.length ? ` WITH (${r.reloptions.join(', ')})` : '';
    emit(`CREATE ${r.kind === 'materialized view' ? 'MATERIALIZED VIEW' : 'VIEW'} ${v}${opts} AS\n${def.trim().replace(/;$/, '')}`);
    if (r.owner !== input.role) emit(`ALTER ${relKeyword(r)} ${v} OWNER TO ${qi(r.owner)}`);
    for (const k of Object.keys(B.indexes).filter((k) => B.indexes[k]!.table === v)) emit(B.indexes[k]!.definition);
  }
  for (const k of fnsViaViews) fnCreate(k);
  for (const k of Object.keys(B.triggers).filter((k) => recreatedTable(B.triggers[k]!.table) || !(k in A.triggers) || triggersOut.includes(k))) {
    emit(B.triggers[k]!.definition);
    const en = B.triggers[k]!.enabled;
    if (en !== 'O') emit(`ALTER TABLE ${B.triggers[k]!.table} ${en === 'D' ? 'DISABLE' : en === 'R' ? 'ENABLE REPLICA' : 'ENABLE ALWAYS'} TRIGGER ${lastI(k)}`);
  }
  for (const k of Object.keys(B.triggers).filter((k) => k in A.triggers && !triggersOut.includes(k) && !recreatedTable(B.triggers[k]!.table) && A.triggers[k]!.enabled !== B.triggers[k]!.enabled)) {
    const en = B.triggers[k]!.enabled;
    emit(`ALTER TABLE ${B.triggers[k]!.table} ${en === 'D' ? 'DISABLE' : en === 'R' ? 'ENABLE REPLICA' : en === 'A' ? 'ENABLE ALWAYS' : 'ENABLE'} TRIGGER ${lastI(k)}`);
  }
  for (const k of Object.keys(B.policies).filter((k) => recreatedTable(B.policies[k]!.table) || !(k in A.policies) || policiesOut.includes(k))) {
    const p = B.policies[k]!;
    const roles = p.roles.map((r) => (r === 'public' ? 'PUBLIC' : qi(r))).join(', ');
    emit(`CREATE POLICY ${lastI(k)} ON ${p.table} AS ${p.permissive ? 'PERMISSIVE' : 'RESTRICTIVE'} FOR ${p.cmd} TO ${roles}${p.qual != null ? ` USING (${p.qual})` : ''}${p.withCheck != null ? ` WITH CHECK (${p.withCheck})` : ''}`);
  }
}

/** Whether the script creates the object anew (it then starts from default comments and privileges). */
function wasRecreated(g: Generation, p: Plan, deps: DroppedDependents, seqIn: string[], tables: ReturnType<typeof recreateTablesAndColumns>, kind: string, name: string): boolean {
  const { A, B } = g;
  const { droppedCols, droppedFns, replacedFns, fnsViaViews } = p;
  const { triggersOut, policiesOut } = deps;
  const { consIn, idxIn, recreatedTable } = tables;
  if (kind === 'relation') return recreatedTable(name) || seqIn.includes(name);
  if (kind === 'column') return recreatedTable(parentOf(name)) || droppedCols.includes(name);
  if (kind === 'function') return droppedFns.includes(name) || replacedFns.has(name) || fnsViaViews.has(name);
  if (kind === 'schema') return !(name in A.schemas);
  if (kind === 'type') return !(`type ${name}` in A.defs.oids);
  if (kind === 'constraint') return consIn.includes(name);
  if (kind === 'index') return idxIn.includes(name) || recreatedTable(B.indexes[name]?.table ?? '');
  if (kind === 'trigger') return recreatedTable(B.triggers[name]?.table ?? '') || !(name in A.triggers) || triggersOut.includes(name);
  if (kind === 'policy') return recreatedTable(B.policies[name]?.table ?? '') || !(name in A.policies) || policiesOut.includes(name);
  return false;
}

function restoreComments(g: Generation, recreated: (kind: string, name: string) => boolean): void {
  const { A, B, emit } = g;
  const commentTarget = (kind: string, name: string): string | undefined => {
    if (kind === 'relation') return B.relations[name] ? `${relKeyword(B.relations[name]!)} ${name}` : undefined;
    if (kind === 'column') return `COLUMN ${name}`;
    if (kind === 'function') return B.functions[name] ? `${fnKeyword(B.functions[name]!.kind)} ${name}` : undefined;
    if (kind === 'schema') return `SCHEMA ${name}`;
    if (kind === 'type') return `${B.defs.types[name]?.kind === 'domain' ? 'DOMAIN' : 'TYPE'} ${name}`;
    if (kind === 'constraint') return B.constraints[name] ? `CONSTRAINT ${lastI(name)} ON ${B.constraints[name]!.table}` : undefined;
    if (kind === 'index') return `INDEX ${name}`;
    if (kind === 'trigger') return B.triggers[name] ? `TRIGGER ${lastI(name)} ON ${B.triggers[name]!.table}` : undefined;
    if (kind === 'policy') return B.policies[name] ? `POLICY ${lastI(name)} ON ${B.policies[name]!.table}` : undefined;
    return undefined;
  };
  const exists = (s: CatalogSnapshot, key: string) => key in s.defs.oids || key.startsWith('trigger ') || key.startsWith('policy ');
  for (const key of new Set([...Object.keys(B.defs.comments), ...Object.keys(A.defs.comments)])) {
    const sp = key.indexOf(' ');
    const kind = key.slice(0, sp);
    const name = key.slice(sp + 1);
    if (!exists(B, key) || (kind === 'trigger' && !(name in B.triggers)) || (kind === 'policy' && !(name in B.policies))) continue;
    const want = B.defs.comments[key];
    const have = recreated(kind, name) ? undefined : A.defs.comments[key];
    if (want === have) continue;
    const target = commentTarget(kind, name);
    if (target) emit(`COMMENT ON ${target} IS ${want == null ? 'NULL' : lit(want)}`);
  }
}

/** Privileges: revoke what the PR granted, grant what it revoked; recreated objects start from the defaults. */
function restorePrivileges(g: Generation, recreated: (kind: string, name: string) => boolean): void {
  const { input, A, B, emit } = g;
  for (const key of Object.keys(B.defs.acls)) {
    const sp = key.indexOf(' ');
    const kind = key.slice(0, sp);
    const name = key.slice(sp + 1);
    const on = aclTarget(kind, name, B);
    if (!on) continue;
    const owner = kind === 'relation' ? B.relations[name]?.owner : kind === 'function' ? B.functions[name]?.owner : kind === 'schema' ? B.schemas[name]?.owner : undefined;
    const want = new Set(B.defs.acls[key]);
    const have = new Set(recreated(kind, name) ? defaultAcl(kind, name, B, input.role, owner) : (A.defs.acls[key] ?? []));
    if (!recreated(kind, name) && !(key in A.defs.acls)) continue;
    const byGrantee = (set: Set<string>) => {
      const m = new Map<string, Set<string>>();
      for (const e of set) {
        const i = e.lastIndexOf('=');
        const g = e.slice(0, i);
        (m.get(g) ?? m.set(g, new Set()).get(g)!).add(e.slice(i + 1));
      }
      return m;
    };
    const w = byGrantee(want);
    const h = byGrantee(have);
    for (const g of new Set([...w.keys(), ...h.keys()])) {
      const wp = w.get(g) ?? new Set();
      const hp = h.get(g) ?? new Set();
      const bare = (p: string) => p.replace(/\*$/, '');
      const revoke = [...hp].filter((p) => !wp.has(p)).map(bare).filter((p) => ![...wp].some((x) => bare(x) === p));
      const revokeOption = [...hp].filter((p) => p.endsWith('*') && wp.has(bare(p)));
      const grant = [...wp].filter((p) => !hp.has(p));
      const who = g === 'PUBLIC' ? 'PUBLIC' : qi(g);
      if (revoke.length) emit(`REVOKE ${revoke.join(', ')} ON ${on} FROM ${who}`);
      if (revokeOption.length) emit(`REVOKE GRANT OPTION FOR ${revokeOption.map(bare).join(', ')} ON ${on} FROM ${who}`);
      const plain = grant.filter((p) => !p.endsWith('*'));
      const withOpt = grant.filter((p) => p.endsWith('*')).map(bare);
      if (plain.length) emit(`GRANT ${plain.join(', ')} ON ${on} TO ${who}`);
      if (withOpt.length) emit(`GRANT ${withOpt.join(', ')} ON ${on} TO ${who} WITH GRANT OPTION`);
    }
  }
}

function renderScript(g: Generation): GeneratedRollback {
  const { input, out, caveats, backups } = g;
  const statements = out.filter((o) => o.sql && !o.sql.startsWith('--')).map((o) => o.sql);
  const body = out.map((o) => {
    const note = o.note ? `-- NOTE: ${o.note}\n` : '';
    if (!o.sql) return note.trimEnd();
    return `${note}${o.sql.startsWith('--') ? o.sql : /\$[A-Za-z_]*\$/.test(o.sql) || o.sql.endsWith(';') ? `${o.sql}${o.sql.endsWith(';') ? '' : ';'}` : `${o.sql};`}`;
  });
  const header = [
    '-- Rollback generated by pgreview from the catalog before and after the changed migrations.',
    '-- It undoes them as a whole, newest dependency first. Review it like any migration.',
    ...(backups.length ? ['--', '-- Before deploying the PR, keep what it destroys (run these first, and keep the copies until the deploy is final):', ...backups.map((b) => `--   ${b}`)] : []),
    ...(caveats.length ? ['--', '-- Not undone exactly:', ...caveats.map((c) => `--   * ${c}`)] : []),
  ];
  const sql = statements.length || caveats.length
    ? [...header, '', ...(input.transactional ? ['BEGIN;', ''] : []), ...body, ...(input.transactional ? ['', 'COMMIT;'] : []), ''].join('\n')
    : `${header[0]}\n-- The changed migrations left the catalog as it was: there is nothing to roll back.\n`;
  return { sql, caveats, backups, statements };
}

function columnDefinition(B: CatalogSnapshot, c: string, collation: string | undefined, forAdd = false): string {
  const col = B.columns[c]!;
  const parts = [lastI(c), col.type];
  if (collation) parts.push(`COLLATE ${collation}`);
  if (col.generated) parts.push(`GENERATED ALWAYS AS (${col.generated}) STORED`);
  else if (col.identity) parts.push(`GENERATED ${col.identity === 'a' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`);
  else if (col.default != null) parts.push(`DEFAULT ${col.default}`);
  if (col.notNull && !forAdd && !col.identity) parts.push('NOT NULL');
  return parts.join(' ');
}

/** Whether format_type's text names this type (qualified, or bare when its schema is on the search path). */
function typeIs(formatted: string, name: string): boolean {
  return formatted === name || formatted === last(name);
}

/** Parameter names of a function definition's signature (OR REPLACE cannot rename them). */
function paramNames(def: string | undefined): string {
  if (!def) return '';
  const m = /^CREATE OR REPLACE (?:FUNCTION|PROCEDURE) [^(]*\(([^)]*)\)/.exec(def);
  return (m?.[1] ?? '')
    .split(',')
    .map((p) => p.trim().split(/\s+/)[0] ?? '')
    .join(',');
}

function aclTarget(kind: string, name: string, B: CatalogSnapshot): string | undefined {
  if (kind === 'relation') {
    const r = B.relations[name];
    return r ? `${r.kind === 'sequence' ? 'SEQUENCE' : 'TABLE'} ${name}` : undefined;
  }
  if (kind === 'function') return B.functions[name] ? `${B.functions[name]!.kind === 'procedure' ? 'PROCEDURE' : 'FUNCTION'} ${name}` : undefined;
  if (kind === 'schema') return `SCHEMA ${name}`;
  if (kind === 'type') return `TYPE ${name}`;
  return undefined;
}

/**
 * The privileges a recreated object starts with: acldefault for its owner, or the creator's global
 * default privileges instead, plus the creator's defaults for the schema (ALTER DEFAULT PRIVILEGES).
 */
function defaultAcl(kind: string, name: string, B: CatalogSnapshot, creator: string, owner?: string): string[] {
  const r = B.relations[name];
  const objtype = kind === 'relation' ? (r?.kind === 'sequence' ? 'S' : 'r') : kind === 'function' ? 'f' : kind === 'type' ? 'T' : kind === 'schema' ? 'n' : '';
  const schema = kind === 'schema' ? '' : splitName(name.replace(/\(.*$/s, ''))[0]!;
  const global = B.defs.defaultAcls[`${creator}|${''}|${objtype}`];
  const inSchema = kind === 'schema' ? [] : (B.defs.defaultAcls[`${creator}|${schema}|${objtype}`] ?? []);
  const base = global ?? builtinAcl(kind, name, B, creator);
  // Ownership moves the owner's own entries along with it.
  const moved = owner && owner !== creator ? base.map((e) => (e.startsWith(`${creator}=`) ? `${owner}${e.slice(creator.length)}` : e)) : base;
  return [...new Set([...moved, ...inSchema])];
}

/** What acldefault gives a new object of this kind (the owner's full rights; PUBLIC's for functions and types). */
function builtinAcl(kind: string, name: string, B: CatalogSnapshot, owner?: string): string[] {
  const o = owner ?? '';
  const r = B.relations[name];
  if (kind === 'relation') {
    if (r?.kind === 'sequence') return ['SELECT', 'UPDATE', 'USAGE'].map((p) => `${o}=${p}`);
    const privs = ['DELETE', 'INSERT', 'REFERENCES', 'SELECT', 'TRIGGER', 'TRUNCATE', 'UPDATE', ...(B.serverVersionNum >= 170000 ? ['MAINTAIN'] : [])];
    return privs.map((p) => `${o}=${p}`);
  }
  if (kind === 'function') return [`${o}=EXECUTE`, 'PUBLIC=EXECUTE'];
  if (kind === 'schema') return [`${o}=CREATE`, `${o}=USAGE`];
  if (kind === 'type') return [`${o}=USAGE`, 'PUBLIC=USAGE'];
  return [];
}

/**
 * Every difference between two catalogs that a rollback must remove: the live delta (diffCatalog)
 * and the definitions it does not compare (view text, domains, sequences, comments, full privileges).
 */
export function catalogDifferences(base: CatalogSnapshot, now: CatalogSnapshot): string[] {
  const d: ObjectChanges = diffCatalog(base, now);
  const out = [
    ...d.created.map((o) => `${o.kind} ${o.name} is left over${o.detail ? ` (${o.detail})` : ''}`),
    ...d.dropped.map((o) => `${o.kind} ${o.name} is missing${o.detail ? ` (${o.detail})` : ''}`),
    ...d.altered.map((o) => `${o.kind} ${o.name} differs${o.detail ? ` (${o.detail})` : ''}`),
  ];
  const cmp = <T>(label: string, a: Record<string, T>, b: Record<string, T>, only?: (k: string) => boolean) => {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (only && !only(k)) continue;
      if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(`${label} ${k}: ${k in b ? (k in a ? 'differs' : 'is left over') : 'is missing'}`);
    }
  };
  const both = (k: string) => k in base.relations && k in now.relations;
  cmp('view definition of', base.defs.views, now.defs.views, both);
  cmp('definition of', base.defs.types, now.defs.types);
  cmp('sequence', base.defs.sequences, now.defs.sequences, both);
  cmp('comment on', base.defs.comments, now.defs.comments);
  cmp('privileges on', base.defs.acls, now.defs.acls, (k) => k in base.defs.acls && k in now.defs.acls);
  return out;
}

/**
 * The trace's stand-in for a platform that lets its owner role manage extensions that need a
 * superuser here: allow-listed ones go through the presets' pgreview_admin functions (trace.ts
 * planStatements does the same for CREATE EXTENSION).
 */
function asMigrationRoleRuns(sql: string): string {
  let m = /^DROP EXTENSION IF EXISTS ("?)([\w$-]+)\1$/.exec(sql);
  if (m && SUPERUSER_EXTENSIONS.includes(m[2]!)) return `select pgreview_admin.drop_extension(${lit(m[2]!)})`;
  m = /^CREATE EXTENSION IF NOT EXISTS ("?)([\w$-]+)\1 WITH SCHEMA (\S+) VERSION '([^']*)'$/.exec(sql);
  if (m && SUPERUSER_EXTENSIONS.includes(m[2]!)) return `select pgreview_admin.create_extension(${lit(m[2]!)}, ${lit(splitName(m[3]!)[0]!)}, ${lit(m[4]!)}, true)`;
  return sql;
}

/** How the proof reaches the migration role: the trace's own mechanism (TraceOptions.runAs). */
export interface ProofSession {
  /** Connection the migrations ran on as the role (local, docker); absent: SET SESSION AUTHORIZATION on `main` (PGlite). */
  db?: Database;
  role: string;
}

/**
 * Apply the generated script after the PR on the review database, as the migration role, in the
 * transaction discipline of the user's tool, then compare the catalog with the base.
 */
export async function proveRollback(
  main: Database,
  gen: GeneratedRollback,
  base: CatalogSnapshot,
  opts: { session: ProofSession; transactional: boolean; timeoutMs: number; engine: string },
): Promise<Pick<RollbackReport, 'verified' | 'differences' | 'proof' | 'error'>> {
  const role = opts.session.role;
  const x = opts.session.db ?? main;
  const sessionAuth = !!role && !opts.session.db;
  const rollbackOnly = main.rollbackOnly;
  const t = { timeoutMs: opts.timeoutMs };
  // Back by name afterwards, as the trace does: RESET SESSION AUTHORIZATION does nothing on PGlite.
  const sessionUser = sessionAuth ? (await main.query<{ su: string }>('select session_user::text as su', undefined, t)).rows[0]!.su : '';
  if (sessionAuth) await main.query(`set session authorization ${q(role)}`, undefined, t);
  let error: string | undefined;
  const how = rollbackOnly ? 'in a savepoint (url engine: everything is rolled back)' : opts.transactional ? 'in one transaction' : 'statement by statement, outside a transaction';
  try {
    const wrap = rollbackOnly || opts.transactional;
    const sp = 'pgreview_rollback_proof';
    if (wrap) await x.query(rollbackOnly ? `savepoint ${sp}` : 'begin', undefined, t);
    try {
      for (const s of gen.statements) {
        try {
          const sql = s.startsWith('SET LOCAL') && !wrap ? s.replace('SET LOCAL', 'SET') : s;
          await x.exec(role ? asMigrationRoleRuns(sql) : sql, t);
        } catch (e) {
          const d = DbError.from(e);
          throw new DbError(`${d.message} — at: ${s.split('\n')[0]!.slice(0, 160)}`, { code: d.code });
        }
      }
      if (wrap && !rollbackOnly) await x.query('commit', undefined, t);
    } catch (e) {
      if (wrap && x.alive) await x.exec(rollbackOnly ? `rollback to savepoint ${sp}` : 'rollback', t).catch(() => undefined);
      throw e;
    }
    const now = await snapshotCatalog(x, { timeoutMs: Math.max(opts.timeoutMs, 60_000) });
    const differences = catalogDifferences(base, now);
    if (rollbackOnly) await x.exec(`rollback to savepoint ${sp}; release savepoint ${sp}`, t).catch(() => undefined);
    return {
      verified: differences.length === 0,
      differences,
      proof: `applied after the PR on ${opts.engine} as ${role || 'the superuser'}, ${how}; ${differences.length ? `the catalog then differed from the base in ${differences.length} place(s)` : 'the catalog then matched the base'}`,
    };
  } catch (e) {
    error = (e as Error).message;
    return { verified: false, differences: [`the rollback failed: ${error}`], error, proof: `applied after the PR on ${opts.engine} as ${role || 'the superuser'}, ${how}; it failed` };
  } finally {
    if (sessionAuth && main.alive) await main.query(`set session authorization ${qi(sessionUser)}`, undefined, t).catch(() => undefined);
  }
}

/** The live stage's rollback for one history: generate from the trace's catalogs, then prove it. */
export async function rollbackFor(input: {
  settings: Settings;
  db: Database;
  engine: Engine;
  trace: TraceResult;
  /** This history's up sources (base and changed). */
  up: ParsedSource[];
}): Promise<RollbackReport> {
  const { trace, db } = input;
  const changed = input.up.filter((s) => s.migration.status !== 'base');
  const notProven = (why: string, gen?: GeneratedRollback): RollbackReport => ({
    sql: gen?.sql ?? '',
    verified: false,
    caveats: gen?.caveats ?? [],
    differences: [],
    backups: gen?.backups ?? [],
    proof: `not proven: ${why}`,
  });
  if (!trace.before || !trace.after) return notProven(trace.stopped ?? 'the catalog could not be read before and after the changed migrations');
  const failed = trace.migrations.filter((m) => m.status !== 'base' && m.applied === 'failed');
  const transactional = changed.every((p) => {
    const ownTx = p.statements.some((st) => ['begin', 'commit', 'rollback'].includes(transactionControl(st.kind, st.node) ?? ''));
    return runnerWraps(p.migration, p.statements.length, ownTx) && !p.statements.some((st) => cannotRunInTransaction(st.kind, st.node, trace.before!.serverVersionNum));
  });
  const role = trace.role;
  const gen = generateRollback({
    before: trace.before,
    after: trace.after,
    changed: changed.map((source) => ({ source, trace: trace.migrations.find((m) => m.file === source.source.file && m.trace)?.trace })),
    transactional,
    role: role || 'postgres',
  });
  if (failed.length) return notProven(`${failed.map((m) => m.file).join(', ')} did not apply on the review engine, so the rollback undoes only what did`, gen);
  if (!db.alive) return notProven('the engine stopped before the rollback could be applied', gen);
  // The same way the trace reached the migration role: its own login where the engine has several
  // connections, SET SESSION AUTHORIZATION on PGlite.
  const own = role && input.engine.connectAs && !db.rollbackOnly ? await input.engine.connectAs(role).catch(() => undefined) : undefined;
  try {
    const proven = await proveRollback(db, gen, trace.before, {
      session: { role, db: own },
      transactional,
      timeoutMs: input.settings.statementTimeoutMs,
      engine: input.engine.describe().id,
    });
    return { sql: gen.sql, caveats: gen.caveats, backups: gen.backups, ...proven };
  } finally {
    await own?.close().catch(() => undefined);
  }
}

/** One report for several histories (databases): scripts one after the other, verified only if all are. */
export function mergeRollbacks(list: { history: string; report: RollbackReport }[]): RollbackReport | undefined {
  if (list.length === 0) return undefined;
  if (list.length === 1) return list[0]!.report;
  const label = (h: string) => (h ? `database ${h}` : 'default database');
  return {
    sql: list.map((r) => `-- ==== ${label(r.history)} ====\n${r.report.sql}`).join('\n'),
    verified: list.every((r) => r.report.verified),
    caveats: list.flatMap((r) => r.report.caveats.map((c) => `${label(r.history)}: ${c}`)),
    differences: list.flatMap((r) => r.report.differences.map((d) => `${label(r.history)}: ${d}`)),
    backups: list.flatMap((r) => r.report.backups),
    proof: list.map((r) => `${label(r.history)}: ${r.report.proof}`).join('; '),
    error: list.find((r) => r.report.error)?.report.error,
  };
}

/** Next to a finding that a written down migration is incomplete: the generated rollback, when it was proven. */
export function offerRollback(findings: Finding[], rollback: RollbackReport, files: Set<string>): void {
  for (const f of findings) {
    if (f.ruleId !== 'down-migration-incomplete' || !files.has(f.file)) continue;
    const what = rollback.verified ? 'a rollback that pgreview generated and verified on the review engine' : 'a rollback that pgreview generated (not verified: see its differences)';
    f.fix = { ...(f.fix ?? { description: '' }), description: `${f.fix?.description ? `${f.fix.description} ` : ''}Or start from ${what}: it is in the Rollback section of this review and in the JSON report (rollback.sql).` };
    f.evidence = { ...f.evidence, generatedRollback: { verified: rollback.verified, sql: rollback.sql } };
  }
}

/** The rollback file handed to the user (CLI --rollback-output, action output rollback-path): the script, headed by what the proof found. */
export function rollbackFileText(report: { rollback?: RollbackReport; engine?: { id: string } | null }): string {
  const r = report.rollback;
  if (!r) return '-- pgreview generated no rollback: the changed migrations were not applied on a review engine (static review, or nothing changed).\n';
  const status = r.verified
    ? `-- Verified: ${r.proof}.`
    : `-- NOT verified: ${r.proof}.${r.differences.length ? `\n-- Still different after it:\n${r.differences.slice(0, 20).map((d) => `--   ${d}`).join('\n')}` : ''}`;
  return `${status}\n${r.sql}`;
}
