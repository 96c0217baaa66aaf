// Catalog snapshots and their delta: what the PR's migrations created, altered and dropped, read
// from the real catalog. Objects that belong to extensions are left out (they are the extension).
import type { ObjectChanges, ObjectKind, ObjectRef } from '../types.js';
import type { CallOptions, Database } from '../engines/database.js';

export type RelKind = 'table' | 'partitioned table' | 'view' | 'materialized view' | 'sequence' | 'foreign table';

export interface RelationInfo {
  oid: number;
  kind: RelKind;
  owner: string;
  rowSecurity: boolean;
  forceRowSecurity: boolean;
  /** Views: reloption security_invoker (PG15+). */
  securityInvoker?: boolean;
  reloptions: string[];
  /** pg_class.reltuples (-1 = never analyzed). */
  estimatedRows: number;
  relfilenode: number;
}

export interface ColumnInfo {
  type: string;
  notNull: boolean;
  default?: string;
  identity?: string;
  generated?: string;
}

export interface ConstraintInfo {
  table: string;
  type: 'p' | 'u' | 'f' | 'c' | 'x' | 't' | 'n' | string;
  definition: string;
  validated: boolean;
}

export interface IndexInfo {
  table: string;
  definition: string;
  valid: boolean;
  unique: boolean;
  primary: boolean;
}

export interface PolicyInfo {
  table: string;
  permissive: boolean;
  roles: string[];
  cmd: string;
  qual?: string;
  withCheck?: string;
}

export interface TriggerInfo {
  table: string;
  definition: string;
  enabled: string;
  function: string;
}

export interface FunctionInfo {
  kind: 'function' | 'procedure' | 'aggregate' | 'window';
  language: string;
  securityDefiner: boolean;
  /** proconfig, e.g. ["search_path=public"]. */
  config: string[];
  /** search_path from proconfig, when set. */
  searchPath?: string;
  acl?: string[];
  owner: string;
  returns: string;
  volatility: 'i' | 's' | 'v' | string;
  bodyHash: string;
  /** Roles that may execute it (PUBLIC when the default ACL applies). */
  executableBy: string[];
}

export interface CatalogSnapshot {
  serverVersionNum: number;
  schemas: Record<string, { owner: string }>;
  relations: Record<string, RelationInfo>;
  columns: Record<string, ColumnInfo>;
  constraints: Record<string, ConstraintInfo>;
  indexes: Record<string, IndexInfo>;
  policies: Record<string, PolicyInfo>;
  triggers: Record<string, TriggerInfo>;
  functions: Record<string, FunctionInfo>;
  /** Table privileges of the API-facing roles and PUBLIC: "schema.table:role" → sorted privileges. */
  grants: Record<string, string[]>;
  extensions: Record<string, { schema: string; version: string }>;
  /** Enums: labels in order. */
  enums: Record<string, string[]>;
  /** Definitions a generated rollback recreates objects from, and compares (src/live/rollback.ts). */
  defs: CatalogDefs;
}

/**
 * What the catalog's own definition functions say about each object, for recreating it exactly and
 * for proving that a rollback restored it. Not part of diffCatalog (which reports what a PR changed).
 */
export interface CatalogDefs {
  /** Object identity (oid) by name: relations, columns ("table.column" → "tableoid.attnum"), constraints, indexes, functions, types, schemas. Renames keep it. */
  oids: Record<string, string>;
  /** Columns of each table in attnum order, with collation when not the type's default. */
  tableColumns: Record<string, { name: string; collation?: string }[]>;
  /** Partitioned tables: partition key (pg_get_partkeydef); partitions: parent and bound. */
  partitioning: Record<string, { key?: string; parent?: string; bound?: string }>;
  /** Views and materialized views: pg_get_viewdef, and the relations and functions they depend on. */
  views: Record<string, { definition: string; columns: string[]; dependsOn: string[] }>;
  /** Functions and procedures: pg_get_functiondef (aggregates have none). */
  functions: Record<string, string>;
  /** Sequences: parameters and the column that owns them (serial), or identity. */
  sequences: Record<string, { type: string; start: string; increment: string; min: string; max: string; cache: string; cycle: boolean; ownedBy?: string; identity?: boolean }>;
  /** Domains and composite types (enums are CatalogSnapshot.enums). */
  types: Record<string, { kind: 'domain' | 'composite'; definition: string }>;
  /** Comments: "kind name" → text, for relations, columns, functions, schemas, types, constraints, triggers, policies, indexes. */
  comments: Record<string, string>;
  /** Full privileges (all grantees): "kind name" → sorted "grantee=privilege[*]" (acldefault where none were set). */
  acls: Record<string, string[]>;
  /** ALTER DEFAULT PRIVILEGES: "role|schema|objtype" (schema '' = everywhere) → "grantee=privilege[*]": what a recreated object gets. */
  defaultAcls: Record<string, string[]>;
}

/** Roles whose table privileges are tracked (Supabase and Neon API roles, and PUBLIC). */
export const API_ROLES = ['anon', 'authenticated', 'anonymous', 'PUBLIC'];

/** SQL condition: the namespace `n` is a user schema (shared with the stats collector). */
export const USER_NS = `n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and n.nspname not like 'pg_temp_%' and n.nspname not like 'pg_toast_temp_%'`;
/** SQL condition: the object does not belong to an extension. */
export const NOT_EXT = (classid: string, oid: string) =>
  `not exists (select 1 from pg_depend d where d.classid = '${classid}'::regclass and d.objid = ${oid} and d.deptype = 'e')`;

/** The relations a snapshot holds (tables, views, sequences… of user schemas, not of extensions); refreshStatistics must read exactly these to match it. */
const RELATIONS = `c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and ${USER_NS} and ${NOT_EXT('pg_class', 'c.oid')}`;

const RELKIND: Record<string, RelKind> = {
  r: 'table',
  p: 'partitioned table',
  v: 'view',
  m: 'materialized view',
  S: 'sequence',
  f: 'foreign table',
};

export const q = (name: string) => (/^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`);
export const qn = (...parts: string[]) => parts.map(q).join('.');

/** A catalog with nothing in it: the start of a snapshot, and the stand-in when none could be read. */
export function emptyCatalog(): CatalogSnapshot {
  return {
    serverVersionNum: 0,
    schemas: {},
    relations: {},
    columns: {},
    constraints: {},
    indexes: {},
    policies: {},
    triggers: {},
    functions: {},
    grants: {},
    extensions: {},
    enums: {},
    defs: { oids: {}, tableColumns: {}, partitioning: {}, views: {}, functions: {}, sequences: {}, types: {}, comments: {}, acls: {}, defaultAcls: {} },
  };
}

type Run = <R>(sql: string) => Promise<R[]>;

export interface SnapshotOptions extends CallOptions {
  /** Read CatalogSnapshot.defs too (default true). diffCatalog does not compare them: a delta needs none. */
  defs?: boolean;
  /** Send every stage's query in one round trip (default true); false: one query each (tests compare the two). */
  oneTrip?: boolean;
}

/** Settings that change how pg_get_*def, format_type and pg_get_expr print (qualification, literals). */
export const PRINT_SETTINGS = [
  'search_path',
  'quote_all_identifiers',
  'DateStyle',
  'IntervalStyle',
  'TimeZone',
  'extra_float_digits',
  'standard_conforming_strings',
  'bytea_output',
  'lc_monetary',
  'lc_numeric',
  'lc_time',
];

/** The current values of PRINT_SETTINGS (but `skip`) as SQL arguments, for hashing with md5(concat_ws(…)). */
export function printSettingsSql(skip: string[] = []): string {
  return PRINT_SETTINGS.filter((s) => !skip.includes(s))
    .map((s) => `current_setting('${s}')`)
    .join(', ');
}

/**
 * Where the database stood when a snapshot was read, for reading it again only when something may
 * have changed (catalogUnchangedSince): the next transaction id (it moves when any transaction that
 * wrote anything ends, committed or rolled back) and what definitions print with. Names print
 * qualified or not by the schemas in the effective search path (current_schemas: "$user" resolved,
 * schemas the role may not use left out), not by who reads them. NULL when this transaction has
 * written: its own changes are invisible to the next-id test.
 */
const MARK_SQL = `case when txid_current_if_assigned() is null then concat_ws('|', txid_snapshot_xmax(txid_current_snapshot()), md5(concat_ws('|', current_schemas(true)::text, ${printSettingsSql(['search_path'])}))) end`;

/** The mark of each snapshot read by snapshotCatalog (not a field: snapshots are compared and stored as they are). */
const MARKS = new WeakMap<CatalogSnapshot, string>();

/**
 * True when `snap` (read by snapshotCatalog) is still what a snapshot read now on `db` would hold,
 * statistics (reltuples, updated in place) aside: no transaction that wrote has ended since it was
 * read, this one has written nothing, and definitions print alike. Any doubt says false.
 */
export async function catalogUnchangedSince(db: Database, snap: CatalogSnapshot, opts: CallOptions = {}): Promise<boolean> {
  const mark = MARKS.get(snap);
  if (!mark) return false;
  const r = await db.query<{ mark: string | null }>(`select ${MARK_SQL} as mark`, undefined, opts).catch(() => undefined);
  return r?.rows[0]?.mark === mark;
}

/** The catalog as it stands: what diffCatalog compares, then (unless `defs: false`) the definitions a rollback needs. */
export async function snapshotCatalog(db: Database, opts: SnapshotOptions = {}): Promise<CatalogSnapshot> {
  const { defs = true, oneTrip = true, ...call } = opts;
  const snap = emptyCatalog();
  let mark: string | null = null;
  const stages: ((run: Run) => Promise<void>)[] = [
    async (run) => {
      const [v] = await run<{ n: string; mark: string | null }>(`select current_setting('server_version_num') as n, ${MARK_SQL} as mark`);
      snap.serverVersionNum = Number(v!.n);
      mark = v!.mark;
    },
    ...OBJECT_STAGES.map((stage) => (run: Run) => stage(run, snap)),
    ...(defs ? DEF_STAGES.map((stage) => (run: Run) => stage(run, snap.defs)) : []),
  ];
  if (oneTrip) await inOneTrip(db, stages, call);
  else for (const stage of stages) await stage(async <R>(sql: string) => (await db.query<R>(sql, undefined, call)).rows);
  if (mark) MARKS.set(snap, mark);
  return snap;
}

/**
 * Stages that each read one query, sent together in one round trip (a snapshot is some twenty
 * queries: on PGlite each is a message to the worker and back), then applied in order, each after
 * the one before it (column definitions read what the relation definitions found).
 */
async function inOneTrip(db: Database, stages: ((run: Run) => Promise<void>)[], call: CallOptions): Promise<void> {
  const asked: { sql: string; answer: (rows: unknown[]) => void }[] = [];
  const run: Run = <R>(sql: string) => new Promise<R[]>((answer) => asked.push({ sql, answer: answer as (rows: unknown[]) => void }));
  const applied = stages.map((stage) => stage(run));
  if (asked.length !== stages.length) throw new Error('a catalog stage must read exactly one query');
  const results = await db.exec(asked.map((a) => a.sql).join(';\n'), call);
  if (results.length !== asked.length) throw new Error(`the catalog read returned ${results.length} results for ${asked.length} queries`);
  for (const [i, a] of asked.entries()) {
    a.answer(results[i]!.rows);
    await applied[i];
  }
}

/**
 * A snapshot taken earlier of this same catalog (a cached base's, restored byte for byte) brought up
 * to date: only what changes without a catalog write, the statistics (ANALYZE updates reltuples in
 * place, even in a transaction that rolls back) and the storage of each relation, is read again.
 * Undefined when the relations are not exactly those of the snapshot: the caller reads it in full.
 */
export async function refreshStatistics(db: Database, snap: CatalogSnapshot, opts: CallOptions = {}): Promise<CatalogSnapshot | undefined> {
  const rows = (
    await db.query<{ oid: number; reltuples: number; relfilenode: number }>(
      `select c.oid::int as oid, c.reltuples::float8 as reltuples, c.relfilenode::int as relfilenode
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where ${RELATIONS}`,
      undefined,
      opts,
    )
  ).rows;
  const byOid = new Map(rows.map((r) => [r.oid, r]));
  const relations = Object.entries(snap.relations);
  if (relations.length !== byOid.size || relations.some(([, r]) => !byOid.has(r.oid))) return undefined;
  const out = structuredClone(snap);
  for (const r of Object.values(out.relations)) {
    const now = byOid.get(r.oid)!;
    r.estimatedRows = Number(now.reltuples);
    r.relfilenode = now.relfilenode;
  }
  return out;
}

/** Schemas and their owners. */
async function readSchemas(run: Run, snap: CatalogSnapshot): Promise<void> {
  for (const r of await run<{ nspname: string; owner: string }>(
    `select n.nspname, pg_get_userbyid(n.nspowner) as owner from pg_namespace n where ${USER_NS} and ${NOT_EXT('pg_namespace', 'n.oid')}`,
  )) {
    snap.schemas[q(r.nspname)] = { owner: r.owner };
  }
}

/** Relations, and the table privileges of the API roles. */
async function readRelations(run: Run, snap: CatalogSnapshot): Promise<void> {
  const rels = await run<any>(`
    select c.oid::int as oid, n.nspname, c.relname, c.relkind::text as relkind, pg_get_userbyid(c.relowner) as owner,
           c.relrowsecurity, c.relforcerowsecurity, coalesce(c.reloptions, '{}') as reloptions,
           c.reltuples::float8 as reltuples, c.relfilenode::int as relfilenode,
           coalesce((select array_agg(coalesce(r.rolname, 'PUBLIC') || '=' || a.privilege_type order by 1)
                     from aclexplode(c.relacl) a left join pg_roles r on r.oid = a.grantee
                     where a.grantee = 0 or r.rolname in ('anon', 'authenticated', 'anonymous')), '{}') as grants
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where ${RELATIONS}`);
  for (const r of rels) {
    const name = qn(r.nspname, r.relname);
    const reloptions: string[] = r.reloptions ?? [];
    const si = reloptions.find((o) => o.startsWith('security_invoker='));
    snap.relations[name] = {
      oid: r.oid,
      kind: RELKIND[r.relkind] ?? 'table',
      owner: r.owner,
      rowSecurity: r.relrowsecurity,
      forceRowSecurity: r.relforcerowsecurity,
      securityInvoker: r.relkind === 'v' ? /=(true|on|1|yes)$/i.test(si ?? '') : undefined,
      reloptions,
      estimatedRows: Number(r.reltuples),
      relfilenode: r.relfilenode,
    };
    const byRole: Record<string, string[]> = {};
    for (const g of r.grants as string[]) {
      const [role, priv] = g.split('=') as [string, string];
      (byRole[role] ??= []).push(priv);
    }
    for (const [role, privs] of Object.entries(byRole)) snap.grants[`${name}:${role}`] = [...new Set(privs)].sort();
  }
}

/** Columns of tables, views and foreign tables. */
async function readColumns(run: Run, snap: CatalogSnapshot): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull,
           pg_get_expr(d.adbin, d.adrelid) as def, a.attidentity::text as identity, a.attgenerated::text as generated
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
     where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p', 'v', 'm', 'f') and ${USER_NS} and ${NOT_EXT('pg_class', 'c.oid')}`)) {
    snap.columns[qn(r.nspname, r.relname, r.attname)] = {
      type: r.type,
      notNull: r.attnotnull,
      default: r.generated ? undefined : (r.def ?? undefined),
      identity: r.identity || undefined,
      generated: r.generated ? r.def : undefined,
    };
  }
}

/** Table constraints (NOT NULL ones are columns). */
async function readConstraints(run: Run, snap: CatalogSnapshot): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, c.relname, k.conname, k.contype::text as contype, pg_get_constraintdef(k.oid) as def, k.convalidated
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
     where ${USER_NS} and k.contype <> 'n'`)) {
    snap.constraints[qn(r.nspname, r.relname, r.conname)] = {
      table: qn(r.nspname, r.relname),
      type: r.contype,
      definition: r.def,
      validated: r.convalidated,
    };
  }
}

/** Indexes, by index name. */
async function readIndexes(run: Run, snap: CatalogSnapshot): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, ic.relname as index, t.relname as table, pg_get_indexdef(i.indexrelid) as def, i.indisvalid, i.indisunique, i.indisprimary
      from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
      join pg_namespace n on n.oid = ic.relnamespace
     where ${USER_NS} and ${NOT_EXT('pg_class', 't.oid')}`)) {
    snap.indexes[qn(r.nspname, r.index)] = {
      table: qn(r.nspname, r.table),
      definition: r.def,
      valid: r.indisvalid,
      unique: r.indisunique,
      primary: r.indisprimary,
    };
  }
}

/** Row-level security policies. */
async function readPolicies(run: Run, snap: CatalogSnapshot): Promise<void> {
  for (const r of await run<any>(`
    select schemaname, tablename, policyname, permissive, roles::text[] as roles, cmd, qual, with_check
      from pg_policies`)) {
    snap.policies[qn(r.schemaname, r.tablename, r.policyname)] = {
      table: qn(r.schemaname, r.tablename),
      permissive: r.permissive === 'PERMISSIVE',
      roles: r.roles,
      cmd: r.cmd,
      qual: r.qual ?? undefined,
      withCheck: r.with_check ?? undefined,
    };
  }
}

/** User triggers (internal ones, such as those behind foreign keys, are left out). */
async function readTriggers(run: Run, snap: CatalogSnapshot): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid) as def, t.tgenabled::text as enabled,
           pn.nspname || '.' || p.proname as func
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      join pg_proc p on p.oid = t.tgfoid join pg_namespace pn on pn.oid = p.pronamespace
     where not t.tgisinternal and ${USER_NS}`)) {
    snap.triggers[qn(r.nspname, r.relname, r.tgname)] = {
      table: qn(r.nspname, r.relname),
      definition: r.def,
      enabled: r.enabled,
      function: r.func,
    };
  }
}

/** Functions, procedures and aggregates, by signature. */
async function readFunctions(run: Run, snap: CatalogSnapshot): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) as args, p.prokind::text as prokind,
           l.lanname, p.prosecdef, coalesce(p.proconfig, '{}') as config, p.proacl::text[] as acl,
           pg_get_userbyid(p.proowner) as owner, pg_get_function_result(p.oid) as returns, p.provolatile::text as vol,
           md5(coalesce(p.prosrc, '') || coalesce(p.probin, '')) as hash,
           array(select r.rolname::text from pg_roles r where r.rolname in ('anon', 'authenticated', 'anonymous', 'service_role')
                  and has_function_privilege(r.oid, p.oid, 'EXECUTE') order by 1) as exec_roles,
           (p.proacl is null or exists (select 1 from aclexplode(p.proacl) a where a.grantee = 0 and a.privilege_type = 'EXECUTE')) as exec_public
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
     where ${USER_NS} and ${NOT_EXT('pg_proc', 'p.oid')}`)) {
    const config: string[] = r.config ?? [];
    const sp = config.find((c) => c.startsWith('search_path='));
    snap.functions[`${qn(r.nspname, r.proname)}(${r.args})`] = {
      kind: ({ f: 'function', p: 'procedure', a: 'aggregate', w: 'window' } as const)[r.prokind as 'f'] ?? 'function',
      language: r.lanname,
      securityDefiner: r.prosecdef,
      config,
      searchPath: sp?.slice('search_path='.length),
      acl: r.acl ?? undefined,
      owner: r.owner,
      returns: r.returns ?? '',
      volatility: r.vol,
      bodyHash: r.hash,
      executableBy: [...(r.exec_public ? ['PUBLIC'] : []), ...(r.exec_roles ?? [])],
    };
  }
}

/** Extensions. */
async function readExtensions(run: Run, snap: CatalogSnapshot): Promise<void> {
  for (const r of await run<any>(`
    select e.extname, n.nspname, e.extversion from pg_extension e join pg_namespace n on n.oid = e.extnamespace`)) {
    snap.extensions[r.extname] = { schema: r.nspname, version: r.extversion };
  }
}

/** Enums and their labels in order. */
async function readEnums(run: Run, snap: CatalogSnapshot): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, t.typname, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
      from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_enum e on e.enumtypid = t.oid
     where ${USER_NS} and ${NOT_EXT('pg_type', 't.oid')}
     group by n.nspname, t.typname`)) {
    snap.enums[qn(r.nspname, r.typname)] = r.labels;
  }
}

/**
 * obj_description / col_description as a subquery on pg_description's unique index: the functions are
 * SQL run through the executor once per row, which was half the time of reading the indexes,
 * constraints and types of a large schema (same rows, NULL where there is no comment).
 */
const DESCRIPTION = (oid: string, catalog: string, subid = '0') =>
  `(select ds.description from pg_description ds where ds.objoid = ${oid} and ds.classoid = '${catalog}'::regclass and ds.objsubid = ${subid})`;

/** Privileges as "grantee=privilege" (+"*" when grantable), sorted; the grantor is left out. */
const ACL_LIST = (acl: string, kind: string, owner: string) => `coalesce(array(
    select coalesce(r.rolname, 'PUBLIC') || '=' || a.privilege_type || case when a.is_grantable then '*' else '' end
      from aclexplode(coalesce(${acl}, acldefault(${kind}, ${owner}))) a left join pg_roles r on r.oid = a.grantee order by 1), '{}')`;

/** ALTER DEFAULT PRIVILEGES. */
async function readDefaultAcls(run: Run, d: CatalogDefs): Promise<void> {
  for (const r of await run<any>(`
    select pg_get_userbyid(a.defaclrole) as role, coalesce(n.nspname, '') as schema, a.defaclobjtype::text as objtype,
           ${ACL_LIST('a.defaclacl', "'r'", 'a.defaclrole')} as acl
      from pg_default_acl a left join pg_namespace n on n.oid = a.defaclnamespace`)) {
    d.defaultAcls[`${r.role}|${r.schema}|${r.objtype}`] = r.acl;
  }
}

/** Schemas: identity, privileges, comment. */
async function readSchemaDefs(run: Run, d: CatalogDefs): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, n.oid::int as oid, ${ACL_LIST('n.nspacl', "'n'", 'n.nspowner')} as acl, ${DESCRIPTION('n.oid', 'pg_namespace')} as comment
      from pg_namespace n where ${USER_NS} and ${NOT_EXT('pg_namespace', 'n.oid')}`)) {
    d.oids[`schema ${q(r.nspname)}`] = String(r.oid);
    d.acls[`schema ${q(r.nspname)}`] = r.acl;
    if (r.comment != null) d.comments[`schema ${q(r.nspname)}`] = r.comment;
  }
}

/** Relations: identity, privileges, comment, partitioning, view queries and what they depend on. */
async function readRelationDefs(run: Run, d: CatalogDefs): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, c.relname, c.oid::int as oid, c.relkind::text as relkind,
           ${ACL_LIST('c.relacl', "case when c.relkind = 'S' then 's'::\"char\" else 'r'::\"char\" end", 'c.relowner')} as acl,
           ${DESCRIPTION('c.oid', 'pg_class')} as comment,
           case when c.relkind = 'p' then pg_get_partkeydef(c.oid) end as partkey,
           case when c.relispartition then (select pn.nspname || '.' || pc.relname from pg_inherits i join pg_class pc on pc.oid = i.inhparent join pg_namespace pn on pn.oid = pc.relnamespace where i.inhrelid = c.oid limit 1) end as parent,
           case when c.relispartition then pg_get_expr(c.relpartbound, c.oid) end as bound,
           case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid, true) end as viewdef,
           case when c.relkind in ('v', 'm') then array(
             select distinct case when dp.refclassid = 'pg_proc'::regclass then 'f' || chr(1) || dp.refobjid::text
                    else 'r' || chr(1) || dn.nspname || chr(1) || dc.relname
                         || coalesce(chr(1) || (select a.attname from pg_attribute a where a.attrelid = dc.oid and a.attnum = dp.refobjsubid and dp.refobjsubid > 0), '') end
               from pg_rewrite rw join pg_depend dp on dp.classid = 'pg_rewrite'::regclass and dp.objid = rw.oid
               left join pg_class dc on dc.oid = dp.refobjid and dp.refclassid = 'pg_class'::regclass
               left join pg_namespace dn on dn.oid = dc.relnamespace
              where rw.ev_class = c.oid and (dp.refclassid = 'pg_proc'::regclass or (dc.oid is not null and dc.oid <> c.oid))) end as deps
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where ${RELATIONS}`)) {
    const name = qn(r.nspname, r.relname);
    d.oids[`relation ${name}`] = String(r.oid);
    d.acls[`relation ${name}`] = r.acl;
    if (r.comment != null) d.comments[`relation ${name}`] = r.comment;
    if (r.partkey || r.parent) d.partitioning[name] = { key: r.partkey ?? undefined, parent: r.parent ? qn(...(r.parent as string).split(/\.(.*)/s).slice(0, 2)) : undefined, bound: r.bound ?? undefined };
    if (r.viewdef != null) {
      // Relations, their columns (rel.col) and functions (fn:oid) the view's query uses.
      const deps = (r.deps ?? []).map((x: string) => {
        const [k, ...parts] = x.split('\u0001');
        return k === 'f' ? `fn:${parts[0]}` : qn(...parts);
      });
      d.views[name] = { definition: r.viewdef, columns: [], dependsOn: [...new Set<string>(deps)] };
    }
  }
}

/** Columns: identity, order, collation, comment (and the columns of views, read just before). */
async function readColumnDefs(run: Run, d: CatalogDefs): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, c.relname, a.attname, a.attnum::int as attnum, c.oid::int as reloid,
           case when a.attcollation <> t.typcollation then (select cn.nspname || '.' || co.collname from pg_collation co join pg_namespace cn on cn.oid = co.collnamespace where co.oid = a.attcollation) end as collation,
           ${DESCRIPTION('c.oid', 'pg_class', 'a.attnum')} as comment
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace join pg_type t on t.oid = a.atttypid
     where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p', 'v', 'm', 'f') and ${USER_NS} and ${NOT_EXT('pg_class', 'c.oid')}
     order by c.oid, a.attnum`)) {
    const table = qn(r.nspname, r.relname);
    const col = `${table}.${q(r.attname)}`;
    d.oids[`column ${col}`] = `${r.reloid}.${r.attnum}`;
    (d.tableColumns[table] ??= []).push(r.collation ? { name: r.attname, collation: r.collation } : { name: r.attname });
    if (d.views[table]) d.views[table].columns.push(r.attname);
    if (r.comment != null) d.comments[`column ${col}`] = r.comment;
  }
}

/** Constraints: identity and comment. */
async function readConstraintDefs(run: Run, d: CatalogDefs): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, c.relname, k.conname, k.oid::int as oid, ${DESCRIPTION('k.oid', 'pg_constraint')} as comment
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
     where ${USER_NS} and k.contype <> 'n'`)) {
    const name = qn(r.nspname, r.relname, r.conname);
    d.oids[`constraint ${name}`] = String(r.oid);
    if (r.comment != null) d.comments[`constraint ${name}`] = r.comment;
  }
}

/** Indexes: identity and comment. */
async function readIndexDefs(run: Run, d: CatalogDefs): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, ic.relname, ic.oid::int as oid, ${DESCRIPTION('ic.oid', 'pg_class')} as comment
      from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_namespace n on n.oid = ic.relnamespace
     where ${USER_NS} and ${NOT_EXT('pg_class', 'i.indrelid')}`)) {
    d.oids[`index ${qn(r.nspname, r.relname)}`] = String(r.oid);
    if (r.comment != null) d.comments[`index ${qn(r.nspname, r.relname)}`] = r.comment;
  }
}

/** Comments on triggers. */
async function readTriggerComments(run: Run, d: CatalogDefs): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, c.relname, t.tgname, ${DESCRIPTION('t.oid', 'pg_trigger')} as comment
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
     where not t.tgisinternal and ${USER_NS} and ${DESCRIPTION('t.oid', 'pg_trigger')} is not null`)) {
    d.comments[`trigger ${qn(r.nspname, r.relname, r.tgname)}`] = r.comment;
  }
}

/** Comments on policies. */
async function readPolicyComments(run: Run, d: CatalogDefs): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, c.relname, p.polname, ${DESCRIPTION('p.oid', 'pg_policy')} as comment
      from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
     where ${DESCRIPTION('p.oid', 'pg_policy')} is not null`)) {
    d.comments[`policy ${qn(r.nspname, r.relname, r.polname)}`] = r.comment;
  }
}

/** Functions: identity, definition, privileges, comment. */
async function readFunctionDefs(run: Run, d: CatalogDefs): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) as args, p.oid::int as oid,
           case when p.prokind in ('f', 'p', 'w') then pg_get_functiondef(p.oid) end as def,
           ${ACL_LIST('p.proacl', "'f'", 'p.proowner')} as acl, ${DESCRIPTION('p.oid', 'pg_proc')} as comment
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where ${USER_NS} and ${NOT_EXT('pg_proc', 'p.oid')}`)) {
    const sig = `${qn(r.nspname, r.proname)}(${r.args})`;
    d.oids[`function ${sig}`] = String(r.oid);
    if (r.def != null) d.functions[sig] = r.def;
    d.acls[`function ${sig}`] = r.acl;
    if (r.comment != null) d.comments[`function ${sig}`] = r.comment;
  }
}

/** Sequences: parameters and the column or identity that owns them. */
async function readSequenceDefs(run: Run, d: CatalogDefs): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, c.relname, format_type(s.seqtypid, null) as type, s.seqstart::text as start, s.seqincrement::text as inc,
           s.seqmin::text as min, s.seqmax::text as max, s.seqcache::text as cache, s.seqcycle as cycle,
           (select tn.nspname || '.' || tc.relname || '.' || a.attname from pg_depend dp join pg_class tc on tc.oid = dp.refobjid
              join pg_namespace tn on tn.oid = tc.relnamespace join pg_attribute a on a.attrelid = tc.oid and a.attnum = dp.refobjsubid
             where dp.classid = 'pg_class'::regclass and dp.objid = c.oid and dp.refclassid = 'pg_class'::regclass and dp.deptype in ('a', 'i') limit 1) as owned_by,
           exists (select 1 from pg_depend dp where dp.classid = 'pg_class'::regclass and dp.objid = c.oid and dp.deptype = 'i') as identity
      from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
     where ${USER_NS} and ${NOT_EXT('pg_class', 'c.oid')}`)) {
    const owned = r.owned_by ? (r.owned_by as string).split('.') : undefined;
    d.sequences[qn(r.nspname, r.relname)] = {
      type: r.type,
      start: r.start,
      increment: r.inc,
      min: r.min,
      max: r.max,
      cache: r.cache,
      cycle: r.cycle,
      ownedBy: owned ? qn(owned[0]!, owned[1]!, owned.slice(2).join('.')) : undefined,
      identity: r.identity || undefined,
    };
  }
}

/** Domains, composite types and enums: identity, privileges, comment, definition. */
async function readTypeDefs(run: Run, d: CatalogDefs): Promise<void> {
  for (const r of await run<any>(`
    select n.nspname, t.typname, t.typtype::text as typtype, t.oid::int as oid, ${DESCRIPTION('t.oid', 'pg_type')} as comment,
           ${ACL_LIST('t.typacl', "'T'", 't.typowner')} as acl,
           case when t.typtype = 'd' then 'AS ' || format_type(t.typbasetype, t.typtypmod)
                  || coalesce(' COLLATE ' || (select quote_ident(co.collname) from pg_collation co where co.oid = t.typcollation and t.typcollation <> (select bt.typcollation from pg_type bt where bt.oid = t.typbasetype)), '')
                  || coalesce(' DEFAULT ' || t.typdefault, '') || case when t.typnotnull then ' NOT NULL' else '' end
                  || coalesce((select string_agg(' CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid), '' order by k.conname) from pg_constraint k where k.contypid = t.oid), '')
                when t.typtype = 'c' then 'AS (' || (select string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' order by a.attnum) from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped) || ')'
           end as def
      from pg_type t join pg_namespace n on n.oid = t.typnamespace
     where ${USER_NS} and ${NOT_EXT('pg_type', 't.oid')}
       and (t.typtype in ('d', 'e') or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c'))`)) {
    const name = qn(r.nspname, r.typname);
    d.oids[`type ${name}`] = String(r.oid);
    d.acls[`type ${name}`] = r.acl;
    if (r.comment != null) d.comments[`type ${name}`] = r.comment;
    if (r.typtype !== 'e') d.types[name] = { kind: r.typtype === 'd' ? 'domain' : 'composite', definition: r.def };
  }
}

/** What diffCatalog compares, stage by stage. */
const OBJECT_STAGES: ((run: Run, snap: CatalogSnapshot) => Promise<void>)[] = [
  readSchemas,
  readRelations,
  readColumns,
  readConstraints,
  readIndexes,
  readPolicies,
  readTriggers,
  readFunctions,
  readExtensions,
  readEnums,
];

/** CatalogSnapshot.defs, stage by stage; columns come after relations (view columns). */
const DEF_STAGES: ((run: Run, d: CatalogDefs) => Promise<void>)[] = [
  readDefaultAcls,
  readSchemaDefs,
  readRelationDefs,
  readColumnDefs,
  readConstraintDefs,
  readIndexDefs,
  readTriggerComments,
  readPolicyComments,
  readFunctionDefs,
  readSequenceDefs,
  readTypeDefs,
];

const KIND_OF_REL: Record<RelKind, ObjectKind> = {
  table: 'table',
  'partitioned table': 'table',
  view: 'view',
  'materialized view': 'view',
  sequence: 'sequence',
  'foreign table': 'table',
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function changedFields<T extends object>(a: T, b: T, ignore: (keyof T)[] = []): string[] {
  const out: string[] = [];
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof T>) {
    if (ignore.includes(k)) continue;
    if (!same(a[k], b[k])) out.push(String(k));
  }
  return out;
}

/**
 * What changed between two snapshots. Children of created or dropped tables (columns) are folded
 * into the table; indexes, constraints, policies and triggers are listed since live checks look at them.
 */
export function diffCatalog(before: CatalogSnapshot, after: CatalogSnapshot): ObjectChanges {
  const out: ObjectChanges = { created: [], altered: [], dropped: [], source: 'live' };
  const push = (list: ObjectRef[], kind: ObjectKind, name: string, detail?: string) => list.push(detail ? { kind, name, detail } : { kind, name });

  const createdRels = new Set(Object.keys(after.relations).filter((k) => !(k in before.relations)));
  const droppedRels = new Set(Object.keys(before.relations).filter((k) => !(k in after.relations)));
  const tableOf = (col: string) => col.slice(0, col.lastIndexOf('.'));

  function diff<T extends object>(
    kind: ObjectKind | ((v: T) => ObjectKind),
    a: Record<string, T>,
    b: Record<string, T>,
    opts: { skip?: (name: string, v: T, side: 'created' | 'dropped') => boolean; describe?: (v: T) => string | undefined; ignore?: (keyof T)[] } = {},
  ) {
    const kindOf = (v: T) => (typeof kind === 'function' ? kind(v) : kind);
    // By name: the snapshots keep the catalog's physical order, which differs between a replayed and a restored base.
    for (const name of Object.keys(b).sort()) {
      const v = b[name]!;
      if (!(name in a)) {
        if (!opts.skip?.(name, v, 'created')) push(out.created, kindOf(v), name, opts.describe?.(v));
      } else {
        const fields = changedFields(a[name]!, v, opts.ignore);
        if (fields.length) push(out.altered, kindOf(v), name, fields.join(', '));
      }
    }
    for (const name of Object.keys(a).sort()) {
      const v = a[name]!;
      if (!(name in b) && !opts.skip?.(name, v, 'dropped')) push(out.dropped, kindOf(v), name, opts.describe?.(v));
    }
  }

  diff('schema', before.schemas, after.schemas);
  diff('extension', before.extensions, after.extensions, { describe: (v) => `schema ${v.schema}, version ${v.version}` });
  diff((v: RelationInfo) => KIND_OF_REL[v.kind], before.relations, after.relations, {
    // relfilenode changes are rewrites (reported per statement), reltuples is statistics
    ignore: ['oid', 'relfilenode', 'estimatedRows', 'rowSecurity', 'forceRowSecurity'],
    describe: (v) => v.kind,
  });
  diff('column', before.columns, after.columns, {
    skip: (name, _v, side) => (side === 'created' ? createdRels.has(tableOf(name)) : droppedRels.has(tableOf(name))),
    describe: (v) => v.type,
  });
  diff('constraint', before.constraints, after.constraints, {
    skip: (_n, v, side) => side === 'dropped' && droppedRels.has(v.table),
    describe: (v) => v.definition,
  });
  diff('index', before.indexes, after.indexes, {
    skip: (_n, v, side) => side === 'dropped' && droppedRels.has(v.table),
    describe: (v) => (v.valid ? v.definition : `INVALID: ${v.definition}`),
  });
  diff('policy', before.policies, after.policies, {
    skip: (_n, v, side) => side === 'dropped' && droppedRels.has(v.table),
    describe: (v) => `${v.permissive ? 'permissive' : 'restrictive'} ${v.cmd} to ${v.roles.join(', ')}`,
  });
  diff('trigger', before.triggers, after.triggers, {
    skip: (_n, v, side) => side === 'dropped' && droppedRels.has(v.table),
    describe: (v) => v.definition,
  });
  diff('function', before.functions, after.functions, {
    describe: (v) => [v.language, v.securityDefiner ? 'SECURITY DEFINER' : '', v.searchPath ? `search_path=${v.searchPath}` : ''].filter(Boolean).join(' '),
  });
  diff('type', before.enums, after.enums, { describe: (v) => `enum (${v.join(', ')})` });

  // RLS as objects: enabling is "created", disabling "dropped", forcing "altered".
  const rls = (s: CatalogSnapshot) =>
    Object.fromEntries(
      Object.entries(s.relations)
        .filter(([, r]) => r.rowSecurity)
        .map(([k, r]) => [k, { force: r.forceRowSecurity }]),
    );
  diff('rls', rls(before), rls(after), {
    skip: (name, _v, side) => side === 'dropped' && droppedRels.has(name),
    describe: (v) => (v.force ? 'enabled, forced' : 'enabled'),
  });

  diff('grant', before.grants, after.grants, {
    skip: (name, _v, side) => side === 'dropped' && droppedRels.has(name.slice(0, name.lastIndexOf(':'))),
    describe: (v) => v.join(', '),
  });
  return out;
}
