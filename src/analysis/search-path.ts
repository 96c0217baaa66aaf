// Names as the migration's session resolves them. A migration that sets search_path (`SET search_path = app;`, pg_dump's set_config) creates its
// unqualified objects in the path's first schema and finds unqualified names along the path. Every
// rule and the schema model read names through rangeVarName/listName, which default to public: a
// table created in `app` would be judged as `public.<name>` (on Supabase, an exposed table without
// RLS: a false critical). So, while such a path is in effect, the unqualified names of each statement
// are qualified in its parse tree, as Postgres resolves them, before anything reads it.
//
// Temporary tables live in the session's pg_temp schema, which Postgres searches first for
// relations: a `CREATE TEMP TABLE staging` and every unqualified `staging` after it in the file are
// pg_temp.staging (judged as public.staging, a scratch table was "exposed without RLS").
//
// The path lasts to the end of the file (or to COMMIT/ROLLBACK for SET LOCAL): each file starts from
// the default, as it does when the tool applies it in a new session. A runner that keeps one
// session for several files carries a session-level path into the next file; pgreview does not
// assume that.
import type { Statement } from '../types.js';
import type { SchemaModel } from './schema-model.js';
import { listName, strings, walk } from './ast.js';

/** The search_path in effect for one file's statements: undefined while it is the default. */
export class SearchPath {
  private schemas: string[] | undefined;
  private local = false;
  /** Temporary tables this file created: unqualified, their names find them before any schema. */
  private readonly temp = new Set<string>();
  /** Those created ON COMMIT DROP: gone at the next COMMIT or ROLLBACK. */
  private readonly dropAtCommit = new Set<string>();

  /** Follow a statement that may set or reset the path; qualify the unqualified names of any other. */
  step(stmt: Statement, model: SchemaModel): void {
    const set = pathSet(stmt);
    if (set) {
      this.schemas = set.schemas;
      this.local = set.local;
      return;
    }
    if (stmt.kind === 'TransactionStmt' && ENDS_TRANSACTION.has(stmt.node?.kind)) {
      if (this.local) this.schemas = undefined;
      for (const name of this.dropAtCommit) this.temp.delete(name);
      this.dropAtCommit.clear();
    }
    const created = createdRelation(stmt);
    if (created?.relpersistence === 't' && !created.schemaname) {
      created.schemaname = 'pg_temp';
      this.temp.add(created.relname);
      const onCommit = stmt.node?.oncommit ?? stmt.node?.into?.onCommit ?? stmt.node?.intoClause?.onCommit;
      if (onCommit === 'ONCOMMIT_DROP') this.dropAtCommit.add(created.relname);
    }
    if (this.schemas) qualifyNames(stmt, this.schemas, model, this.temp);
    else if (this.temp.size) qualifyTemp(stmt, this.temp);
    // A dropped temporary table no longer hides a table of the same name.
    for (const items of droppedRelationNames(stmt)) if (items.length === 2 && items[0]?.String?.sval === 'pg_temp') this.temp.delete(items[1]?.String?.sval);
  }
}

/**
 * What ends the transaction, undoing SET LOCAL and dropping ON COMMIT DROP tables: COMMIT and
 * ROLLBACK (with AND CHAIN too, which starts the next one), PREPARE TRANSACTION. Not ROLLBACK TO
 * SAVEPOINT, which keeps the transaction and what it made before the savepoint.
 */
const ENDS_TRANSACTION = new Set(['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_PREPARE']);

/** The name lists (String nodes) a DROP TABLE / VIEW / MATERIALIZED VIEW / FOREIGN TABLE names. */
function droppedRelationNames(stmt: Statement): any[][] {
  if (stmt.kind !== 'DropStmt' || !DROPPED_RELATION_KINDS.has(stmt.node.removeType)) return [];
  return (stmt.node.objects ?? []).map((obj: any) => obj?.List?.items).filter(Array.isArray);
}

/** The relation a CREATE TABLE / VIEW / SEQUENCE / TYPE / TABLE AS / SELECT INTO makes. */
function createdRelation(stmt: Statement): any {
  return CREATED_RELATION[stmt.kind]?.(stmt.node);
}

/** The path a top-level SET / RESET / set_config of search_path leaves; undefined for any other statement. */
function pathSet(stmt: Statement): { schemas: string[] | undefined; local: boolean } | undefined {
  const n = stmt.node;
  if (stmt.kind === 'VariableSetStmt') {
    if (n?.kind === 'VAR_RESET_ALL') return { schemas: undefined, local: false };
    if (String(n?.name ?? '').toLowerCase() !== 'search_path') return undefined;
    if (n.kind !== 'VAR_SET_VALUE') return { schemas: undefined, local: !!n.is_local };
    // Each argument is one schema name (a quoted 'a, b' is one schema called "a, b").
    return { schemas: (n.args ?? []).map((a: any) => a?.A_Const?.sval?.sval).filter((s: unknown) => typeof s === 'string'), local: !!n.is_local };
  }
  if (stmt.kind === 'SelectStmt' && !n?.fromClause && n?.targetList?.length === 1) {
    const call = n.targetList[0]?.ResTarget?.val?.FuncCall;
    const fn = strings(call?.funcname);
    const [name, value, isLocal] = (call?.args ?? []).map((a: any) => a?.A_Const);
    if (fn[fn.length - 1] !== 'set_config' || (fn.length === 2 && fn[0] !== 'pg_catalog')) return undefined;
    if (name?.sval?.sval?.toLowerCase() !== 'search_path' || typeof value?.sval?.sval !== 'string') return undefined;
    return { schemas: splitPathList(value.sval.sval), local: isLocal?.boolval?.boolval === true };
  }
  return undefined;
}

/** A search_path value as set_config takes it: comma-separated, each name folded unless double-quoted. */
export function splitPathList(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)/g)) {
    if (m.index >= text.length && !m[0]) break;
    const name = m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.toLowerCase();
    if (name) out.push(name);
  }
  return out;
}

/** Where an unqualified CREATE puts its object: the first schema named, "$user" and the implicit ones aside. */
function creationSchema(schemas: string[]): string | undefined {
  return schemas.find((s) => s !== '$user' && s !== 'pg_temp' && s !== 'pg_catalog' && !s.startsWith('pg_temp_'));
}

/**
 * The schema an unqualified reference resolves to: the first schema of the path where the model
 * holds the object. An object the model does not know (made outside the migrations, or builtin)
 * keeps its default when public is on the path; otherwise it is looked for in the creation schema.
 */
function lookupSchema(schemas: string[], has: (qualified: string) => boolean, name: string): string | undefined {
  for (const s of schemas) if (has(`${s}.${name}`)) return s;
  return schemas.includes('public') ? undefined : creationSchema(schemas);
}

const CREATED_RELATION: Record<string, (n: any) => any> = {
  CreateStmt: (n) => n.relation,
  ViewStmt: (n) => n.view,
  CreateTableAsStmt: (n) => n.into?.rel,
  CreateSeqStmt: (n) => n.sequence,
  CompositeTypeStmt: (n) => n.typevar,
  CreateForeignTableStmt: (n) => n.base?.relation,
  SelectStmt: (n) => n.intoClause?.rel,
};

const DROPPED_RELATION_KINDS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);

/** Qualify, in place, the unqualified relation, function, type and index names of one statement. */
function qualifyNames(stmt: Statement, schemas: string[], model: SchemaModel, temp: Set<string>): void {
  const creation = creationSchema(schemas);
  const n = stmt.node;
  const created = createdRelation(stmt);
  if (created && !created.schemaname && creation) created.schemaname = creation;
  if (stmt.kind === 'CreateFunctionStmt' && creation) qualifyList(n.funcname, creation);
  if (stmt.kind === 'CreateEnumStmt' && creation) qualifyList(n.typeName, creation);
  if (stmt.kind === 'CreateDomainStmt' && creation) qualifyList(n.domainname, creation);
  if (stmt.kind === 'AlterEnumStmt' || stmt.kind === 'AlterDomainStmt') {
    const list = n.typeName;
    const only = list?.length === 1 ? list[0]?.String?.sval : undefined;
    const schema = typeof only === 'string' ? schemas.find((s) => model.enums.has(`${s}.${only}`) || model.domains.has(`${s}.${only}`)) : undefined;
    if (schema) qualifyList(list, schema);
  }
  if (stmt.kind === 'DropStmt') qualifyDropped(n, schemas, model, temp);
  // WITH names are not relations: an unqualified name a CTE defines is left as it is.
  const cteNames = cteNamesOf(n);
  const hasRelation = (q: string) => model.tables.has(q);
  walk(n, (key, value) => {
    if (typeof value.relname === 'string') {
      if (value.schemaname || value === created || cteNames.has(value.relname)) return;
      const schema = temp.has(value.relname) ? 'pg_temp' : lookupSchema(schemas, hasRelation, value.relname);
      if (schema) value.schemaname = schema;
    } else if (key === 'ObjectWithArgs' || (key === 'funcname' && stmt.kind === 'CreateTrigStmt')) {
      const list = key === 'ObjectWithArgs' ? value.objname : value;
      const only = list?.length === 1 ? list[0]?.String?.sval : undefined;
      if (typeof only !== 'string') return;
      const schema = schemas.find((s) => model.functions.has(`${s}.${only}`));
      if (schema) qualifyList(list, schema);
    } else if (key === 'TypeName' || key === 'typeName') {
      const names = value?.names;
      const only = names?.length === 1 ? names[0]?.String?.sval : undefined;
      // Only the migrations' own types: a builtin type (text, int4) is found in pg_catalog first.
      const schema = typeof only === 'string' ? schemas.find((s) => model.enums.has(`${s}.${only}`) || model.domains.has(`${s}.${only}`)) : undefined;
      if (schema) qualifyList(names, schema);
    }
  });
}

/** With the default path, only the file's temporary tables change where a name resolves. */
function qualifyTemp(stmt: Statement, temp: Set<string>): void {
  const created = createdRelation(stmt);
  const cteNames = cteNamesOf(stmt.node);
  walk(stmt.node, (_key, value) => {
    if (typeof value.relname === 'string' && !value.schemaname && value !== created && temp.has(value.relname) && !cteNames.has(value.relname)) value.schemaname = 'pg_temp';
  });
  for (const items of droppedRelationNames(stmt)) if (items.length === 1 && temp.has(items[0]?.String?.sval)) qualifyList(items, 'pg_temp');
}

/** Names a WITH clause anywhere in the statement defines. */
function cteNamesOf(node: any): Set<string> {
  const names = new Set<string>();
  walk(node, (key, value) => {
    if (key === 'CommonTableExpr' && typeof value.ctename === 'string') names.add(value.ctename);
  });
  return names;
}

/** DROP TABLE / VIEW / INDEX / TYPE of an unqualified name: the object the path finds. */
function qualifyDropped(n: any, schemas: string[], model: SchemaModel, temp: Set<string>): void {
  const has = DROPPED_RELATION_KINDS.has(n.removeType)
    ? (q: string) => model.tables.has(q)
    : n.removeType === 'OBJECT_INDEX'
      ? (q: string) => model.indexOwner.has(q)
      : n.removeType === 'OBJECT_TYPE'
        ? (q: string) => model.enums.has(q)
        : n.removeType === 'OBJECT_DOMAIN'
          ? (q: string) => model.domains.has(q)
          : undefined;
  if (!has) return;
  for (const obj of n.objects ?? []) {
    const items = obj?.List?.items;
    const q = listName(items);
    if (!items || items.length !== 1 || !q) continue;
    const schema = DROPPED_RELATION_KINDS.has(n.removeType) && temp.has(q.name) ? 'pg_temp' : lookupSchema(schemas, has, q.name);
    if (schema) qualifyList(items, schema);
  }
}

/** Put `schema` in front of a one-part name list (String nodes), in place. */
function qualifyList(list: any[] | undefined, schema: string): void {
  if (Array.isArray(list) && list.length === 1 && typeof list[0]?.String?.sval === 'string') list.unshift({ String: { sval: schema } });
}
