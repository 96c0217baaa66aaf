// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));

// src/live/catalog.ts
var USER_NS = `n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and n.nspname not like 'pg_temp_%' and n.nspname not like 'pg_toast_temp_%'`;
var NOT_EXT = (classid, oid) => `not exists (select 1 from pg_depend d where d.classid = '${classid}'::regclass and d.objid = ${oid} and d.deptype = 'e')`;
var RELATIONS = `c.relkind in ('r', 'p', 'v', 'm', 'S', 'f') and ${USER_NS} and ${NOT_EXT("pg_class", "c.oid")}`;
var RELKIND = {
  r: "table",
  p: "partitioned table",
  v: "view",
  m: "materialized view",
  S: "sequence",
  f: "foreign table"
};
var q = (name) => /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
var qn = (...parts) => parts.map(q).join(".");
function emptyCatalog() {
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
    defs: { oids: {}, tableColumns: {}, partitioning: {}, views: {}, functions: {}, sequences: {}, types: {}, comments: {}, acls: {}, defaultAcls: {} }
  };
}
var PRINT_SETTINGS = [
  "search_path",
  "quote_all_identifiers",
  "DateStyle",
  "IntervalStyle",
  "TimeZone",
  "extra_float_digits",
  "standard_conforming_strings",
  "bytea_output",
  "lc_monetary",
  "lc_numeric",
  "lc_time"
];
function printSettingsSql(skip = []) {
  return PRINT_SETTINGS.filter((s) => !skip.includes(s)).map((s) => `current_setting('${s}')`).join(", ");
}
var MARK_SQL = `case when txid_current_if_assigned() is null then concat_ws('|', txid_snapshot_xmax(txid_current_snapshot()), md5(concat_ws('|', current_schemas(true)::text, ${printSettingsSql(["search_path"])}))) end`;
var MARKS = /* @__PURE__ */ new WeakMap();
async function catalogUnchangedSince(db, snap, opts = {}) {
  const mark = MARKS.get(snap);
  if (!mark) return false;
  const r = await db.query(`select ${MARK_SQL} as mark`, void 0, opts).catch(() => void 0);
  return r?.rows[0]?.mark === mark;
}
async function snapshotCatalog(db, opts = {}) {
  const { defs = true, oneTrip = true, ...call } = opts;
  const snap = emptyCatalog();
  let mark = null;
  const stages = [
    async (run) => {
      const [v] = await run(`select current_setting('server_version_num') as n, ${MARK_SQL} as mark`);
      snap.serverVersionNum = Number(v.n);
      mark = v.mark;
    },
    ...OBJECT_STAGES.map((stage) => (run) => stage(run, snap)),
    ...defs ? DEF_STAGES.map((stage) => (run) => stage(run, snap.defs)) : []
  ];
  if (oneTrip) await inOneTrip(db, stages, call);
  else for (const stage of stages) await stage(async (sql) => (await db.query(sql, void 0, call)).rows);
  if (mark) MARKS.set(snap, mark);
  return snap;
}
async function inOneTrip(db, stages, call) {
  const asked = [];
  const run = (sql) => new Promise((answer) => asked.push({ sql, answer }));
  const applied = stages.map((stage) => stage(run));
  if (asked.length !== stages.length) throw new Error("a catalog stage must read exactly one query");
  const results = await db.exec(asked.map((a) => a.sql).join(";\n"), call);
  if (results.length !== asked.length) throw new Error(`the catalog read returned ${results.length} results for ${asked.length} queries`);
  for (const [i, a] of asked.entries()) {
    a.answer(results[i].rows);
    await applied[i];
  }
}
async function refreshStatistics(db, snap, opts = {}) {
  const rows = (await db.query(
    `select c.oid::int as oid, c.reltuples::float8 as reltuples, c.relfilenode::int as relfilenode
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where ${RELATIONS}`,
    void 0,
    opts
  )).rows;
  const byOid = new Map(rows.map((r) => [r.oid, r]));
  const relations = Object.entries(snap.relations);
  if (relations.length !== byOid.size || relations.some(([, r]) => !byOid.has(r.oid))) return void 0;
  const out = structuredClone(snap);
  for (const r of Object.values(out.relations)) {
    const now = byOid.get(r.oid);
    r.estimatedRows = Number(now.reltuples);
    r.relfilenode = now.relfilenode;
  }
  return out;
}
async function readSchemas(run, snap) {
  for (const r of await run(
    `select n.nspname, pg_get_userbyid(n.nspowner) as owner from pg_namespace n where ${USER_NS} and ${NOT_EXT("pg_namespace", "n.oid")}`
  )) {
    snap.schemas[q(r.nspname)] = { owner: r.owner };
  }
}
async function readRelations(run, snap) {
  const rels = await run(`
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
    const reloptions = r.reloptions ?? [];
    const si = reloptions.find((o) => o.startsWith("security_invoker="));
    snap.relations[name] = {
      oid: r.oid,
      kind: RELKIND[r.relkind] ?? "table",
      owner: r.owner,
      rowSecurity: r.relrowsecurity,
      forceRowSecurity: r.relforcerowsecurity,
      securityInvoker: r.relkind === "v" ? /=(true|on|1|yes)$/i.test(si ?? "") : void 0,
      reloptions,
      estimatedRows: Number(r.reltuples),
      relfilenode: r.relfilenode
    };
    const byRole = {};
    for (const g of r.grants) {
      const [role, priv] = g.split("=");
      (byRole[role] ??= []).push(priv);
    }
    for (const [role, privs] of Object.entries(byRole)) snap.grants[`${name}:${role}`] = [...new Set(privs)].sort();
  }
}
async function readColumns(run, snap) {
  for (const r of await run(`
    select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull,
           pg_get_expr(d.adbin, d.adrelid) as def, a.attidentity::text as identity, a.attgenerated::text as generated
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
      left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
     where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p', 'v', 'm', 'f') and ${USER_NS} and ${NOT_EXT("pg_class", "c.oid")}`)) {
    snap.columns[qn(r.nspname, r.relname, r.attname)] = {
      type: r.type,
      notNull: r.attnotnull,
      default: r.generated ? void 0 : r.def ?? void 0,
      identity: r.identity || void 0,
      generated: r.generated ? r.def : void 0
    };
  }
}
async function readConstraints(run, snap) {
  for (const r of await run(`
    select n.nspname, c.relname, k.conname, k.contype::text as contype, pg_get_constraintdef(k.oid) as def, k.convalidated
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
     where ${USER_NS} and k.contype <> 'n'`)) {
    snap.constraints[qn(r.nspname, r.relname, r.conname)] = {
      table: qn(r.nspname, r.relname),
      type: r.contype,
      definition: r.def,
      validated: r.convalidated
    };
  }
}
async function readIndexes(run, snap) {
  for (const r of await run(`
    select n.nspname, ic.relname as index, t.relname as table, pg_get_indexdef(i.indexrelid) as def, i.indisvalid, i.indisunique, i.indisprimary
      from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class t on t.oid = i.indrelid
      join pg_namespace n on n.oid = ic.relnamespace
     where ${USER_NS} and ${NOT_EXT("pg_class", "t.oid")}`)) {
    snap.indexes[qn(r.nspname, r.index)] = {
      table: qn(r.nspname, r.table),
      definition: r.def,
      valid: r.indisvalid,
      unique: r.indisunique,
      primary: r.indisprimary
    };
  }
}
async function readPolicies(run, snap) {
  for (const r of await run(`
    select schemaname, tablename, policyname, permissive, roles::text[] as roles, cmd, qual, with_check
      from pg_policies`)) {
    snap.policies[qn(r.schemaname, r.tablename, r.policyname)] = {
      table: qn(r.schemaname, r.tablename),
      permissive: r.permissive === "PERMISSIVE",
      roles: r.roles,
      cmd: r.cmd,
      qual: r.qual ?? void 0,
      withCheck: r.with_check ?? void 0
    };
  }
}
async function readTriggers(run, snap) {
  for (const r of await run(`
    select n.nspname, c.relname, t.tgname, pg_get_triggerdef(t.oid) as def, t.tgenabled::text as enabled,
           pn.nspname || '.' || p.proname as func
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
      join pg_proc p on p.oid = t.tgfoid join pg_namespace pn on pn.oid = p.pronamespace
     where not t.tgisinternal and ${USER_NS}`)) {
    snap.triggers[qn(r.nspname, r.relname, r.tgname)] = {
      table: qn(r.nspname, r.relname),
      definition: r.def,
      enabled: r.enabled,
      function: r.func
    };
  }
}
async function readFunctions(run, snap) {
  for (const r of await run(`
    select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) as args, p.prokind::text as prokind,
           l.lanname, p.prosecdef, coalesce(p.proconfig, '{}') as config, p.proacl::text[] as acl,
           pg_get_userbyid(p.proowner) as owner, pg_get_function_result(p.oid) as returns, p.provolatile::text as vol,
           md5(coalesce(p.prosrc, '') || coalesce(p.probin, '')) as hash,
           array(select r.rolname::text from pg_roles r where r.rolname in ('anon', 'authenticated', 'anonymous', 'service_role')
                  and has_function_privilege(r.oid, p.oid, 'EXECUTE') order by 1) as exec_roles,
           (p.proacl is null or exists (select 1 from aclexplode(p.proacl) a where a.grantee = 0 and a.privilege_type = 'EXECUTE')) as exec_public
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_language l on l.oid = p.prolang
     where ${USER_NS} and ${NOT_EXT("pg_proc", "p.oid")}`)) {
    const config = r.config ?? [];
    const sp = config.find((c) => c.startsWith("search_path="));
    snap.functions[`${qn(r.nspname, r.proname)}(${r.args})`] = {
      kind: { f: "function", p: "procedure", a: "aggregate", w: "window" }[r.prokind] ?? "function",
      language: r.lanname,
      securityDefiner: r.prosecdef,
      config,
      searchPath: sp?.slice("search_path=".length),
      acl: r.acl ?? void 0,
      owner: r.owner,
      returns: r.returns ?? "",
      volatility: r.vol,
      bodyHash: r.hash,
      executableBy: [...r.exec_public ? ["PUBLIC"] : [], ...r.exec_roles ?? []]
    };
  }
}
async function readExtensions(run, snap) {
  for (const r of await run(`
    select e.extname, n.nspname, e.extversion from pg_extension e join pg_namespace n on n.oid = e.extnamespace`)) {
    snap.extensions[r.extname] = { schema: r.nspname, version: r.extversion };
  }
}
async function readEnums(run, snap) {
  for (const r of await run(`
    select n.nspname, t.typname, array_agg(e.enumlabel::text order by e.enumsortorder) as labels
      from pg_type t join pg_namespace n on n.oid = t.typnamespace join pg_enum e on e.enumtypid = t.oid
     where ${USER_NS} and ${NOT_EXT("pg_type", "t.oid")}
     group by n.nspname, t.typname`)) {
    snap.enums[qn(r.nspname, r.typname)] = r.labels;
  }
}
var DESCRIPTION = (oid, catalog, subid = "0") => `(select ds.description from pg_description ds where ds.objoid = ${oid} and ds.classoid = '${catalog}'::regclass and ds.objsubid = ${subid})`;
var ACL_LIST = (acl, kind, owner) => `coalesce(array(
    select coalesce(r.rolname, 'PUBLIC') || '=' || a.privilege_type || case when a.is_grantable then '*' else '' end
      from aclexplode(coalesce(${acl}, acldefault(${kind}, ${owner}))) a left join pg_roles r on r.oid = a.grantee order by 1), '{}')`;
async function readDefaultAcls(run, d) {
  for (const r of await run(`
    select pg_get_userbyid(a.defaclrole) as role, coalesce(n.nspname, '') as schema, a.defaclobjtype::text as objtype,
           ${ACL_LIST("a.defaclacl", "'r'", "a.defaclrole")} as acl
      from pg_default_acl a left join pg_namespace n on n.oid = a.defaclnamespace`)) {
    d.defaultAcls[`${r.role}|${r.schema}|${r.objtype}`] = r.acl;
  }
}
async function readSchemaDefs(run, d) {
  for (const r of await run(`
    select n.nspname, n.oid::int as oid, ${ACL_LIST("n.nspacl", "'n'", "n.nspowner")} as acl, ${DESCRIPTION("n.oid", "pg_namespace")} as comment
      from pg_namespace n where ${USER_NS} and ${NOT_EXT("pg_namespace", "n.oid")}`)) {
    d.oids[`schema ${q(r.nspname)}`] = String(r.oid);
    d.acls[`schema ${q(r.nspname)}`] = r.acl;
    if (r.comment != null) d.comments[`schema ${q(r.nspname)}`] = r.comment;
  }
}
async function readRelationDefs(run, d) {
  for (const r of await run(`
    select n.nspname, c.relname, c.oid::int as oid, c.relkind::text as relkind,
           ${ACL_LIST("c.relacl", `case when c.relkind = 'S' then 's'::"char" else 'r'::"char" end`, "c.relowner")} as acl,
           ${DESCRIPTION("c.oid", "pg_class")} as comment,
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
    if (r.partkey || r.parent) d.partitioning[name] = { key: r.partkey ?? void 0, parent: r.parent ? qn(...r.parent.split(/\.(.*)/s).slice(0, 2)) : void 0, bound: r.bound ?? void 0 };
    if (r.viewdef != null) {
      const deps = (r.deps ?? []).map((x) => {
        const [k, ...parts] = x.split("");
        return k === "f" ? `fn:${parts[0]}` : qn(...parts);
      });
      d.views[name] = { definition: r.viewdef, columns: [], dependsOn: [...new Set(deps)] };
    }
  }
}
async function readColumnDefs(run, d) {
  for (const r of await run(`
    select n.nspname, c.relname, a.attname, a.attnum::int as attnum, c.oid::int as reloid,
           case when a.attcollation <> t.typcollation then (select cn.nspname || '.' || co.collname from pg_collation co join pg_namespace cn on cn.oid = co.collnamespace where co.oid = a.attcollation) end as collation,
           ${DESCRIPTION("c.oid", "pg_class", "a.attnum")} as comment
      from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace join pg_type t on t.oid = a.atttypid
     where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p', 'v', 'm', 'f') and ${USER_NS} and ${NOT_EXT("pg_class", "c.oid")}
     order by c.oid, a.attnum`)) {
    const table = qn(r.nspname, r.relname);
    const col = `${table}.${q(r.attname)}`;
    d.oids[`column ${col}`] = `${r.reloid}.${r.attnum}`;
    (d.tableColumns[table] ??= []).push(r.collation ? { name: r.attname, collation: r.collation } : { name: r.attname });
    if (d.views[table]) d.views[table].columns.push(r.attname);
    if (r.comment != null) d.comments[`column ${col}`] = r.comment;
  }
}
async function readConstraintDefs(run, d) {
  for (const r of await run(`
    select n.nspname, c.relname, k.conname, k.oid::int as oid, ${DESCRIPTION("k.oid", "pg_constraint")} as comment
      from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
     where ${USER_NS} and k.contype <> 'n'`)) {
    const name = qn(r.nspname, r.relname, r.conname);
    d.oids[`constraint ${name}`] = String(r.oid);
    if (r.comment != null) d.comments[`constraint ${name}`] = r.comment;
  }
}
async function readIndexDefs(run, d) {
  for (const r of await run(`
    select n.nspname, ic.relname, ic.oid::int as oid, ${DESCRIPTION("ic.oid", "pg_class")} as comment
      from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_namespace n on n.oid = ic.relnamespace
     where ${USER_NS} and ${NOT_EXT("pg_class", "i.indrelid")}`)) {
    d.oids[`index ${qn(r.nspname, r.relname)}`] = String(r.oid);
    if (r.comment != null) d.comments[`index ${qn(r.nspname, r.relname)}`] = r.comment;
  }
}
async function readTriggerComments(run, d) {
  for (const r of await run(`
    select n.nspname, c.relname, t.tgname, ${DESCRIPTION("t.oid", "pg_trigger")} as comment
      from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
     where not t.tgisinternal and ${USER_NS} and ${DESCRIPTION("t.oid", "pg_trigger")} is not null`)) {
    d.comments[`trigger ${qn(r.nspname, r.relname, r.tgname)}`] = r.comment;
  }
}
async function readPolicyComments(run, d) {
  for (const r of await run(`
    select n.nspname, c.relname, p.polname, ${DESCRIPTION("p.oid", "pg_policy")} as comment
      from pg_policy p join pg_class c on c.oid = p.polrelid join pg_namespace n on n.oid = c.relnamespace
     where ${DESCRIPTION("p.oid", "pg_policy")} is not null`)) {
    d.comments[`policy ${qn(r.nspname, r.relname, r.polname)}`] = r.comment;
  }
}
async function readFunctionDefs(run, d) {
  for (const r of await run(`
    select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) as args, p.oid::int as oid,
           case when p.prokind in ('f', 'p', 'w') then pg_get_functiondef(p.oid) end as def,
           ${ACL_LIST("p.proacl", "'f'", "p.proowner")} as acl, ${DESCRIPTION("p.oid", "pg_proc")} as comment
      from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where ${USER_NS} and ${NOT_EXT("pg_proc", "p.oid")}`)) {
    const sig = `${qn(r.nspname, r.proname)}(${r.args})`;
    d.oids[`function ${sig}`] = String(r.oid);
    if (r.def != null) d.functions[sig] = r.def;
    d.acls[`function ${sig}`] = r.acl;
    if (r.comment != null) d.comments[`function ${sig}`] = r.comment;
  }
}
async function readSequenceDefs(run, d) {
  for (const r of await run(`
    select n.nspname, c.relname, format_type(s.seqtypid, null) as type, s.seqstart::text as start, s.seqincrement::text as inc,
           s.seqmin::text as min, s.seqmax::text as max, s.seqcache::text as cache, s.seqcycle as cycle,
           (select tn.nspname || '.' || tc.relname || '.' || a.attname from pg_depend dp join pg_class tc on tc.oid = dp.refobjid
              join pg_namespace tn on tn.oid = tc.relnamespace join pg_attribute a on a.attrelid = tc.oid and a.attnum = dp.refobjsubid
             where dp.classid = 'pg_class'::regclass and dp.objid = c.oid and dp.refclassid = 'pg_class'::regclass and dp.deptype in ('a', 'i') limit 1) as owned_by,
           exists (select 1 from pg_depend dp where dp.classid = 'pg_class'::regclass and dp.objid = c.oid and dp.deptype = 'i') as identity
      from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
     where ${USER_NS} and ${NOT_EXT("pg_class", "c.oid")}`)) {
    const owned = r.owned_by ? r.owned_by.split(".") : void 0;
    d.sequences[qn(r.nspname, r.relname)] = {
      type: r.type,
      start: r.start,
      increment: r.inc,
      min: r.min,
      max: r.max,
      cache: r.cache,
      cycle: r.cycle,
      ownedBy: owned ? qn(owned[0], owned[1], owned.slice(2).join(".")) : void 0,
      identity: r.identity || void 0
    };
  }
}
async function readTypeDefs(run, d) {
  for (const r of await run(`
    select n.nspname, t.typname, t.typtype::text as typtype, t.oid::int as oid, ${DESCRIPTION("t.oid", "pg_type")} as comment,
           ${ACL_LIST("t.typacl", "'T'", "t.typowner")} as acl,
           case when t.typtype = 'd' then 'AS ' || format_type(t.typbasetype, t.typtypmod)
                  || coalesce(' COLLATE ' || (select quote_ident(co.collname) from pg_collation co where co.oid = t.typcollation and t.typcollation <> (select bt.typcollation from pg_type bt where bt.oid = t.typbasetype)), '')
                  || coalesce(' DEFAULT ' || t.typdefault, '') || case when t.typnotnull then ' NOT NULL' else '' end
                  || coalesce((select string_agg(' CONSTRAINT ' || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid), '' order by k.conname) from pg_constraint k where k.contypid = t.oid), '')
                when t.typtype = 'c' then 'AS (' || (select string_agg(quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod), ', ' order by a.attnum) from pg_attribute a where a.attrelid = t.typrelid and a.attnum > 0 and not a.attisdropped) || ')'
           end as def
      from pg_type t join pg_namespace n on n.oid = t.typnamespace
     where ${USER_NS} and ${NOT_EXT("pg_type", "t.oid")}
       and (t.typtype in ('d', 'e') or (t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c'))`)) {
    const name = qn(r.nspname, r.typname);
    d.oids[`type ${name}`] = String(r.oid);
    d.acls[`type ${name}`] = r.acl;
    if (r.comment != null) d.comments[`type ${name}`] = r.comment;
    if (r.typtype !== "e") d.types[name] = { kind: r.typtype === "d" ? "domain" : "composite", definition: r.def };
  }
}
var OBJECT_STAGES = [
  readSchemas,
  readRelations,
  readColumns,
  readConstraints,
  readIndexes,
  readPolicies,
  readTriggers,
  readFunctions,
  readExtensions,
  readEnums
];
var DEF_STAGES = [
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
  readTypeDefs
];
var KIND_OF_REL = {
  table: "table",
  "partitioned table": "table",
  view: "view",
  "materialized view": "view",
  sequence: "sequence",
  "foreign table": "table"
};
function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function changedFields(a, b, ignore = []) {
  const out = [];
  for (const k of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (ignore.includes(k)) continue;
    if (!same(a[k], b[k])) out.push(String(k));
  }
  return out;
}
function diffCatalog(before, after) {
  const out = { created: [], altered: [], dropped: [], source: "live" };
  const push = (list, kind, name, detail) => list.push(detail ? { kind, name, detail } : { kind, name });
  const createdRels = new Set(Object.keys(after.relations).filter((k) => !(k in before.relations)));
  const droppedRels = new Set(Object.keys(before.relations).filter((k) => !(k in after.relations)));
  const tableOf = (col) => col.slice(0, col.lastIndexOf("."));
  function diff(kind, a, b, opts = {}) {
    const kindOf = (v) => typeof kind === "function" ? kind(v) : kind;
    for (const name of Object.keys(b).sort()) {
      const v = b[name];
      if (!(name in a)) {
        if (!opts.skip?.(name, v, "created")) push(out.created, kindOf(v), name, opts.describe?.(v));
      } else {
        const fields = changedFields(a[name], v, opts.ignore);
        if (fields.length) push(out.altered, kindOf(v), name, fields.join(", "));
      }
    }
    for (const name of Object.keys(a).sort()) {
      const v = a[name];
      if (!(name in b) && !opts.skip?.(name, v, "dropped")) push(out.dropped, kindOf(v), name, opts.describe?.(v));
    }
  }
  diff("schema", before.schemas, after.schemas);
  diff("extension", before.extensions, after.extensions, { describe: (v) => `schema ${v.schema}, version ${v.version}` });
  diff((v) => KIND_OF_REL[v.kind], before.relations, after.relations, {
    // relfilenode changes are rewrites (reported per statement), reltuples is statistics
    ignore: ["oid", "relfilenode", "estimatedRows", "rowSecurity", "forceRowSecurity"],
    describe: (v) => v.kind
  });
  diff("column", before.columns, after.columns, {
    skip: (name, _v, side) => side === "created" ? createdRels.has(tableOf(name)) : droppedRels.has(tableOf(name)),
    describe: (v) => v.type
  });
  diff("constraint", before.constraints, after.constraints, {
    skip: (_n, v, side) => side === "dropped" && droppedRels.has(v.table),
    describe: (v) => v.definition
  });
  diff("index", before.indexes, after.indexes, {
    skip: (_n, v, side) => side === "dropped" && droppedRels.has(v.table),
    describe: (v) => v.valid ? v.definition : `INVALID: ${v.definition}`
  });
  diff("policy", before.policies, after.policies, {
    skip: (_n, v, side) => side === "dropped" && droppedRels.has(v.table),
    describe: (v) => `${v.permissive ? "permissive" : "restrictive"} ${v.cmd} to ${v.roles.join(", ")}`
  });
  diff("trigger", before.triggers, after.triggers, {
    skip: (_n, v, side) => side === "dropped" && droppedRels.has(v.table),
    describe: (v) => v.definition
  });
  diff("function", before.functions, after.functions, {
    describe: (v) => [v.language, v.securityDefiner ? "SECURITY DEFINER" : "", v.searchPath ? `search_path=${v.searchPath}` : ""].filter(Boolean).join(" ")
  });
  diff("type", before.enums, after.enums, { describe: (v) => `enum (${v.join(", ")})` });
  const rls = (s) => Object.fromEntries(
    Object.entries(s.relations).filter(([, r]) => r.rowSecurity).map(([k, r]) => [k, { force: r.forceRowSecurity }])
  );
  diff("rls", rls(before), rls(after), {
    skip: (name, _v, side) => side === "dropped" && droppedRels.has(name),
    describe: (v) => v.force ? "enabled, forced" : "enabled"
  });
  diff("grant", before.grants, after.grants, {
    skip: (name, _v, side) => side === "dropped" && droppedRels.has(name.slice(0, name.lastIndexOf(":"))),
    describe: (v) => v.join(", ")
  });
  return out;
}

export {
  USER_NS,
  NOT_EXT,
  qn,
  emptyCatalog,
  printSettingsSql,
  catalogUnchangedSince,
  snapshotCatalog,
  refreshStatistics,
  diffCatalog
};
