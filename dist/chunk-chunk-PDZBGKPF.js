// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  require_node_crypto
} from "./chunk-chunk-FDHQXZNQ.js";
import {
  MAX_IDENTIFIER_BYTES,
  columnRefs,
  defElem,
  defElemString,
  displayName,
  displayNamesIn,
  funcCalls,
  listName,
  rangeVarName,
  roleNames,
  strings,
  typeInfo,
  walk
} from "./chunk-chunk-PZGBN77R.js";
import {
  loadGrammar17,
  loadParser,
  mayNameAny,
  needsGrammar18,
  parseSource
} from "./chunk-chunk-6M6MGMG4.js";
import {
  __toESM
} from "./chunk-chunk-GH6JA5JI.js";

// src/types.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var SEVERITY_RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };

// src/analysis/static.ts
var import_node_crypto = __toESM(require_node_crypto(), 1);

// src/analysis/constraint-names.ts
function clipBytes(s, bytes) {
  const buf = Buffer.from(s, "utf8");
  if (buf.length <= bytes) return s;
  let n = bytes;
  while (n > 0 && (buf[n] & 192) === 128) n--;
  return buf.subarray(0, n).toString("utf8");
}
function makeObjectName(name1, name2, label) {
  const whole = name2 === void 0 ? `${name1}_${label}` : `${name1}_${name2}_${label}`;
  if (Buffer.byteLength(whole) <= MAX_IDENTIFIER_BYTES) return whole;
  let n1 = Buffer.byteLength(name1);
  let n2 = name2 === void 0 ? 0 : Buffer.byteLength(name2);
  const overhead = (name2 === void 0 ? 0 : 1) + Buffer.byteLength(label) + 1;
  const avail = MAX_IDENTIFIER_BYTES - overhead;
  while (n1 + n2 > avail) {
    if (n1 > n2) n1--;
    else n2--;
  }
  const a = clipBytes(name1, n1);
  return name2 === void 0 ? `${a}_${label}` : `${a}_${clipBytes(name2, n2)}_${label}`;
}
function chooseConstraintName(name1, name2, label, taken) {
  let name = makeObjectName(name1, name2, label);
  for (let pass = 1; taken(name); pass++) name = makeObjectName(name1, name2, `${label}${pass}`);
  return name;
}
function checkNameColumn(expr) {
  const cols = new Set(columnRefs(expr).map((r) => r[r.length - 1]).filter(Boolean));
  return cols.size === 1 ? [...cols][0] : void 0;
}
function columnNameAddition(columns) {
  let out = "";
  for (const c of columns) {
    out = out ? `${out}_${c}` : c;
    if (Buffer.byteLength(out) > MAX_IDENTIFIER_BYTES) break;
  }
  return out;
}
function defaultConstraintName(table, con, columns, taken) {
  return con.contype === "CONSTR_FOREIGN" ? chooseConstraintName(table, columnNameAddition(columns), "fkey", taken) : chooseConstraintName(table, checkNameColumn(con.raw_expr), "check", taken);
}

// src/analysis/schema-model.ts
var VersionedMap = class extends Map {
  version = 0;
  set(key, value) {
    this.version++;
    return super.set(key, value);
  }
  delete(key) {
    this.version++;
    return super.delete(key);
  }
  clear() {
    this.version++;
    super.clear();
  }
};
var SchemaModel = class {
  tables = /* @__PURE__ */ new Map();
  /** Versioned: text-column-matches-enum keeps the list of names for each version. */
  enums = new VersionedMap();
  domains = /* @__PURE__ */ new Map();
  extensions = /* @__PURE__ */ new Map();
  functions = /* @__PURE__ */ new Map();
  schemas = /* @__PURE__ */ new Set(["public"]);
  /** Where each schema was first created by a migration (public and schemas made elsewhere have none). */
  schemaOrigins = /* @__PURE__ */ new Map();
  /** index name (qualified by schema) → table */
  indexOwner = /* @__PURE__ */ new Map();
  /** Indexes and tables the migrations dropped (and did not create again): `IF EXISTS` on them does nothing. */
  droppedIndexes = /* @__PURE__ */ new Set();
  droppedTables = /* @__PURE__ */ new Set();
  /**
   * Default privileges the migrations declared (ALTER DEFAULT PRIVILEGES … GRANT): key
   * `<schema or *>|<tables|functions|sequences>`, value role → privileges ('all' for ALL).
   */
  defaultGrants = /* @__PURE__ */ new Map();
  /** ALTER DEFAULT PRIVILEGES IN SCHEMA … REVOKE of API privileges on tables (for the migration role itself): schema → role → privileges. */
  defaultRevoked = /* @__PURE__ */ new Map();
  /** Roles the migrations made members of another role (GRANT r TO x): they hold what r is granted, unseen here. */
  rolesGivenRoles = /* @__PURE__ */ new Set();
  /**
   * Why the statement does nothing where it runs, or undefined: `IF NOT EXISTS` of an object the
   * model holds, `IF EXISTS` of one the migrations dropped. Unknown objects are never a no-op (the
   * model does not see what was created outside the migrations).
   */
  noOp(stmt) {
    const n = stmt.node;
    switch (stmt.kind) {
      case "CreateStmt": {
        const q = rangeVarName(n.relation);
        return n.if_not_exists && q && this.tables.has(q.qualified) ? `${q.qualified} already exists, so CREATE TABLE IF NOT EXISTS does nothing` : void 0;
      }
      case "IndexStmt": {
        const q = rangeVarName(n.relation);
        const name = n.idxname && q ? `${q.schema}.${n.idxname}` : void 0;
        return n.if_not_exists && name && this.indexOwner.has(name) ? `index ${name} already exists, so CREATE INDEX IF NOT EXISTS does nothing` : void 0;
      }
      case "AlterTableStmt": {
        const t = this.table(rangeVarName(n.relation)?.qualified);
        const cmds = (n.cmds ?? []).map((c) => c?.AlterTableCmd);
        const present = t && cmds.length && cmds.every((c) => c?.subtype === "AT_AddColumn" && c.missing_ok && t.columns.has(c.def?.ColumnDef?.colname));
        return present ? `${t.qualified} already has ${cmds.map((c) => c.def.ColumnDef.colname).join(", ")}, so ADD COLUMN IF NOT EXISTS does nothing` : void 0;
      }
      case "DropStmt": {
        if (!n.missing_ok || !(n.objects ?? []).length) return void 0;
        const names = (n.objects ?? []).map((obj) => listName(obj.List?.items ?? (obj.String ? [obj] : void 0))?.qualified);
        if (n.removeType === "OBJECT_INDEX" && names.every((q) => q && this.droppedIndexes.has(q) && !this.indexOwner.has(q))) {
          return `${names.join(", ")} ${names.length === 1 ? "was" : "were"} already dropped earlier, so DROP INDEX IF EXISTS does nothing`;
        }
        if (n.removeType === "OBJECT_TABLE" && names.every((q) => q && this.droppedTables.has(q) && !this.tables.has(q))) {
          return `${names.join(", ")} ${names.length === 1 ? "was" : "were"} already dropped earlier, so DROP TABLE IF EXISTS does nothing`;
        }
        return void 0;
      }
      default:
        return void 0;
    }
  }
  table(qualified) {
    return qualified ? this.tables.get(qualified) : void 0;
  }
  /** Apply a statement's effect. Called after rules have seen the statement. */
  apply(stmt, origin) {
    const n = stmt.node;
    switch (stmt.kind) {
      case "CreateStmt":
        return this.createTable(n, origin);
      case "CreateTableAsStmt": {
        const q = rangeVarName(n.into?.rel);
        if (q) this.addTable(q.schema, q.name, n.objtype === "OBJECT_MATVIEW" ? "materialized-view" : "table", origin);
        return;
      }
      case "ViewStmt": {
        const q = rangeVarName(n.view);
        if (q) this.addTable(q.schema, q.name, "view", origin);
        return;
      }
      case "AlterTableStmt":
        return this.alterTable(n, origin);
      case "IndexStmt":
        return this.createIndex(n, origin);
      case "DropStmt":
        return this.drop(n);
      case "RenameStmt":
        return this.rename(n);
      case "CreatePolicyStmt": {
        const t = this.table(rangeVarName(n.table)?.qualified);
        if (!t) return;
        t.policies.push({
          name: n.policy_name,
          table: t.qualified,
          cmd: (n.cmd_name ?? "all").toLowerCase(),
          roles: roleNames(n.roles),
          // libpg-query omits false booleans: AS RESTRICTIVE shows up as a missing `permissive`.
          permissive: n.permissive === true,
          qual: n.qual,
          withCheck: n.with_check,
          origin
        });
        return;
      }
      case "CreateDomainStmt":
      case "AlterDomainStmt":
        return this.domain(stmt.kind, n, origin);
      case "CreateEnumStmt": {
        const q = listName(n.typeName);
        if (q) this.enums.set(q.qualified, { values: strings(n.vals), origin });
        return;
      }
      case "AlterEnumStmt": {
        const q = listName(n.typeName);
        const e = q && this.enums.get(q.qualified);
        if (e && n.newVal && !n.oldVal) e.values.push(n.newVal);
        return;
      }
      case "CreateExtensionStmt":
        this.extensions.set(n.extname, { schema: defElemString(defElem(n.options, "schema")), origin });
        return;
      case "AlterDefaultPrivilegesStmt":
        this.revokeDefaultPrivileges(n);
        return this.declareDefaultPrivileges(n);
      case "GrantStmt":
        return this.grantOnTables(n);
      case "GrantRoleStmt":
        if (n.is_grant) for (const r of roleNames(n.grantee_roles)) this.rolesGivenRoles.add(r);
        return;
      case "CreateSchemaStmt":
        if (n.schemaname) {
          this.schemas.add(n.schemaname);
          if (!this.schemaOrigins.has(n.schemaname)) this.schemaOrigins.set(n.schemaname, origin);
        }
        return;
      case "CreateFunctionStmt": {
        const q = listName(n.funcname);
        if (!q) return;
        const security = defElem(n.options, "security");
        const set = (n.options ?? []).map((o) => o?.DefElem).filter((d) => d?.defname === "set").map((d) => d.arg?.VariableSetStmt).find((v) => v?.name === "search_path");
        this.functions.set(q.qualified, {
          qualified: q.qualified,
          securityDefiner: security?.arg?.Boolean?.boolval === true,
          searchPath: set ? strings((set.args ?? []).map((a) => ({ String: { sval: a?.A_Const?.sval?.sval ?? "" } }))).join(",") : void 0,
          language: defElemString(defElem(n.options, "language"))?.toLowerCase(),
          origin
        });
        return;
      }
      case "InsertStmt":
      case "CopyStmt": {
        const t = this.table(rangeVarName(n.relation)?.qualified);
        if (t) t.seeded = true;
        return;
      }
      default:
        return;
    }
  }
  addTable(schema, name, kind, origin) {
    const qualified = `${schema}.${name}`;
    const existing = this.tables.get(qualified);
    if (existing) return existing;
    const t = {
      qualified,
      schema,
      name,
      kind,
      origin,
      columns: /* @__PURE__ */ new Map(),
      rls: false,
      policies: [],
      indexes: [],
      foreignKeys: [],
      seeded: false,
      partitioned: false
    };
    const revoked = [this.defaultRevoked.get(schema)].filter((m) => m !== void 0);
    if (revoked.length) t.apiRevoked = new Map(revoked.flatMap((m) => [...m]).map(([role, privs]) => [role, new Set(privs)]));
    this.tables.set(qualified, t);
    return t;
  }
  createTable(n, origin) {
    const q = rangeVarName(n.relation);
    if (!q) return;
    if (this.tables.has(q.qualified)) return;
    const t = this.addTable(q.schema, q.name, "table", origin);
    t.partitioned = !!n.partspec;
    for (const elt of n.tableElts ?? []) {
      if (elt.ColumnDef) this.addColumn(t, elt.ColumnDef, origin);
      else if (elt.Constraint) this.addConstraint(t, elt.Constraint, origin);
    }
    const parent = n.inhRelations?.[0]?.RangeVar ? this.table(rangeVarName(n.inhRelations[0].RangeVar)?.qualified) : void 0;
    if (parent) {
      for (const [k, v] of parent.columns) if (!t.columns.has(k)) t.columns.set(k, v);
    }
  }
  addColumn(t, col, origin) {
    if (!col?.colname) return;
    const list = col.constraints ?? [];
    const type = typeInfo(col.typeName);
    let primary = false;
    let notNull = false;
    let hasDefault = false;
    for (let i = 0; i < list.length; i++) {
      const contype = list[i]?.Constraint?.contype;
      if (contype === "CONSTR_PRIMARY") primary = notNull = true;
      else if (contype === "CONSTR_NOTNULL") notNull = true;
      else if (contype === "CONSTR_DEFAULT" || contype === "CONSTR_IDENTITY" || contype === "CONSTR_GENERATED") hasDefault = true;
    }
    t.columns.set(col.colname, { name: col.colname, type, notNull, hasDefault, origin });
    for (let i = 0; i < list.length; i++) {
      const c = list[i]?.Constraint;
      if (!c) continue;
      if (c.contype === "CONSTR_CHECK") (t.checks ??= []).push({ name: c.conname, expr: c.raw_expr, validated: true, origin });
      if (NAMED_CONSTRAINTS.has(c.contype)) nameConstraint(t, c, [col.colname]);
      if (c.contype === "CONSTR_PRIMARY") t.primaryKey = [col.colname];
      if (c.contype === "CONSTR_UNIQUE")
        t.indexes.push({ table: t.qualified, columns: [col.colname], unique: true, method: "btree", partial: false, origin, name: c.conname });
      if (c.contype === "CONSTR_FOREIGN") {
        const ref = rangeVarName(c.pktable);
        if (ref)
          t.foreignKeys.push({
            table: t.qualified,
            columns: [col.colname],
            refTable: ref.qualified,
            refColumns: strings(c.pk_attrs),
            name: c.conname,
            origin,
            location: c.location
          });
      }
    }
    if (primary)
      t.indexes.push({ table: t.qualified, columns: [col.colname], unique: true, method: "btree", partial: false, origin });
  }
  addConstraint(t, c, origin) {
    const keys = strings(c.keys);
    if (NAMED_CONSTRAINTS.has(c.contype)) nameConstraint(t, c, c.contype === "CONSTR_FOREIGN" ? strings(c.fk_attrs) : keys);
    switch (c.contype) {
      case "CONSTR_PRIMARY":
        t.primaryKey = keys;
        t.indexes.push({ table: t.qualified, columns: keys, unique: true, method: "btree", partial: false, origin, name: this.constraintIndexName(t, c, keys) });
        this.ownIndex(`${t.schema}.${this.constraintIndexName(t, c, keys)}`, t.qualified);
        for (const k of keys) {
          const col = t.columns.get(k);
          if (col) col.notNull = true;
        }
        return;
      case "CONSTR_UNIQUE":
        t.indexes.push({ table: t.qualified, columns: keys, unique: true, method: "btree", partial: false, origin, name: this.constraintIndexName(t, c, keys) });
        this.ownIndex(`${t.schema}.${this.constraintIndexName(t, c, keys)}`, t.qualified);
        return;
      case "CONSTR_EXCLUSION":
        return;
      case "CONSTR_CHECK":
        (t.checks ??= []).push({ name: c.conname, expr: c.raw_expr, validated: !c.skip_validation, origin });
        return;
      case "CONSTR_FOREIGN": {
        const ref = rangeVarName(c.pktable);
        if (ref)
          t.foreignKeys.push({
            table: t.qualified,
            columns: strings(c.fk_attrs),
            refTable: ref.qualified,
            refColumns: strings(c.pk_attrs),
            name: c.conname,
            origin,
            location: c.location
          });
        return;
      }
      default:
        return;
    }
  }
  alterTable(n, origin) {
    const t = this.table(rangeVarName(n.relation)?.qualified);
    if (!t) return;
    for (const cmdNode of n.cmds ?? []) {
      const cmd = cmdNode.AlterTableCmd;
      if (!cmd) continue;
      switch (cmd.subtype) {
        case "AT_AddColumn":
          if (cmd.def?.ColumnDef && !t.columns.has(cmd.def.ColumnDef.colname)) this.addColumn(t, cmd.def.ColumnDef, origin);
          break;
        case "AT_DropColumn":
          t.columns.delete(cmd.name);
          t.indexes = t.indexes.filter((i) => !i.columns.includes(cmd.name));
          t.foreignKeys = t.foreignKeys.filter((f) => !f.columns.includes(cmd.name));
          break;
        case "AT_AlterColumnType": {
          const col = t.columns.get(cmd.name);
          if (col) col.type = typeInfo(cmd.def?.ColumnDef?.typeName) ?? col.type;
          break;
        }
        case "AT_SetNotNull": {
          const col = t.columns.get(cmd.name);
          if (col) col.notNull = true;
          break;
        }
        case "AT_DropNotNull": {
          const col = t.columns.get(cmd.name);
          if (col) col.notNull = false;
          break;
        }
        case "AT_ColumnDefault": {
          const col = t.columns.get(cmd.name);
          if (col) col.hasDefault = !!cmd.def;
          break;
        }
        case "AT_AddConstraint":
          if (cmd.def?.Constraint) this.addConstraint(t, cmd.def.Constraint, origin);
          break;
        case "AT_ValidateConstraint":
          for (const ch of t.checks ?? []) if (ch.name === cmd.name) ch.validated = true;
          break;
        case "AT_DropConstraint": {
          t.constraintNames?.delete(cmd.name);
          if (t.checks) t.checks = t.checks.filter((ch) => ch.name !== cmd.name);
          const index = `${t.schema}.${cmd.name}`;
          if (this.indexOwner.get(index) === t.qualified) {
            t.indexes = t.indexes.filter((i) => i.name !== cmd.name);
            if (t.primaryKey && !t.indexes.some((i) => i.unique && i.columns.join() === t.primaryKey.join())) t.primaryKey = void 0;
            this.indexOwner.delete(index);
            this.droppedIndexes.add(index);
          }
          break;
        }
        case "AT_EnableRowSecurity":
          t.rls = true;
          t.rlsOrigin ??= origin;
          break;
        case "AT_DisableRowSecurity":
          t.rls = false;
          break;
        default:
          break;
      }
    }
  }
  createIndex(n, origin) {
    const q = rangeVarName(n.relation);
    const t = this.table(q?.qualified);
    const columns = (n.indexParams ?? []).map((p) => p?.IndexElem?.name ?? "(expression)");
    const info = {
      name: n.idxname,
      table: q?.qualified ?? "",
      columns,
      unique: !!n.unique,
      method: n.accessMethod ?? "btree",
      partial: !!n.whereClause,
      origin
    };
    if (t) t.indexes.push(info);
    if (n.idxname && q) this.ownIndex(`${q.schema}.${n.idxname}`, q.qualified);
  }
  /** ALTER DEFAULT PRIVILEGES … GRANT (the statement's node): recorded in defaultGrants. */
  declareDefaultPrivileges(n) {
    const a = n.action;
    const kind = defaultPrivilegeKind(a?.objtype);
    if (!a?.is_grant || !kind) return;
    const schemas = strings(defElem(n.options, "schemas")?.arg?.List?.items);
    const privs = (a.privileges ?? []).map((p) => String(p?.AccessPriv?.priv_name ?? "").toLowerCase());
    for (const schema of schemas.length ? schemas : ["*"]) {
      const key = `${schema}|${kind}`;
      const byRole = this.defaultGrants.get(key) ?? /* @__PURE__ */ new Map();
      this.defaultGrants.set(key, byRole);
      for (const role of roleNames(a.grantees)) {
        const set = byRole.get(role) ?? /* @__PURE__ */ new Set();
        byRole.set(role, set);
        for (const p of privs.length ? privs : ["all"]) set.add(p);
      }
    }
  }
  /** GRANT / REVOKE on tables: what each role can still do through the API (TableInfo.apiRevoked). */
  grantOnTables(n) {
    if (n.objtype !== "OBJECT_TABLE") return;
    const tables = n.targtype === "ACL_TARGET_ALL_IN_SCHEMA" ? [...this.tables.values()].filter((t) => strings(n.objects).includes(t.schema)) : (n.objects ?? []).map((o) => this.table(rangeVarName(o?.RangeVar)?.qualified)).filter((t) => t !== void 0);
    const privs = apiPrivileges(n.privileges, !n.is_grant);
    for (const t of tables) {
      for (const role of roleNames(n.grantees)) {
        if (role === "public") {
          t.publicGranted ??= /* @__PURE__ */ new Set();
          for (const p of privs) n.is_grant ? t.publicGranted.add(p) : t.publicGranted.delete(p);
        } else if (n.is_grant) {
          for (const p of privs) t.apiRevoked?.get(role)?.delete(p);
        } else {
          t.apiRevoked ??= /* @__PURE__ */ new Map();
          const set = t.apiRevoked.get(role) ?? /* @__PURE__ */ new Set();
          t.apiRevoked.set(role, set);
          for (const p of privs) set.add(p);
        }
      }
    }
  }
  /** ALTER DEFAULT PRIVILEGES … REVOKE / GRANT on tables, for tables the migration role creates later (no FOR ROLE). */
  revokeDefaultPrivileges(n) {
    const a = n.action;
    if (a?.objtype !== "OBJECT_TABLE" || defElem(n.options, "roles")) return;
    const schemas = strings(defElem(n.options, "schemas")?.arg?.List?.items);
    const privs = apiPrivileges(a.privileges, !a.is_grant);
    for (const schema of schemas) {
      const byRole = this.defaultRevoked.get(schema) ?? /* @__PURE__ */ new Map();
      this.defaultRevoked.set(schema, byRole);
      for (const role of roleNames(a.grantees)) {
        const set = byRole.get(role) ?? /* @__PURE__ */ new Set();
        byRole.set(role, set);
        for (const p of privs) a.is_grant ? set.delete(p) : set.add(p);
      }
    }
  }
  ownIndex(index, table) {
    this.indexOwner.set(index, table);
    this.droppedIndexes.delete(index);
  }
  /** The index a PRIMARY KEY or UNIQUE constraint creates, named the way PostgreSQL names it when unnamed. */
  constraintIndexName(t, c, keys) {
    return c.conname ?? (c.contype === "CONSTR_PRIMARY" ? `${t.name}_pkey` : `${t.name}_${keys.join("_")}_key`);
  }
  /** CREATE DOMAIN, and ALTER DOMAIN's constraint changes. */
  domain(kind, n, origin) {
    if (kind === "CreateDomainStmt") {
      const q = listName(n.domainname);
      if (!q) return;
      const cons = (n.constraints ?? []).map((c) => c?.Constraint).filter(Boolean);
      const checks = cons.filter((c) => c.contype === "CONSTR_CHECK").map((c) => ({ name: c.conname, expr: c.raw_expr }));
      const notNull = cons.some((c) => c.contype === "CONSTR_NOTNULL");
      this.domains.set(q.qualified, { baseType: n.typeName, checks, notNull, default: cons.find((c) => c.contype === "CONSTR_DEFAULT")?.raw_expr, known: true, origin });
      return;
    }
    const d = this.domains.get(listName(n.typeName)?.qualified ?? "");
    if (!d) return;
    const con = n.def?.Constraint;
    if (n.subtype === "T") d.default = n.def ?? void 0;
    else if (n.subtype === "C" && con?.contype === "CONSTR_CHECK") d.checks.push({ name: con.conname, expr: con.raw_expr });
    else if (n.subtype === "C" && con?.contype === "CONSTR_NOTNULL") d.notNull = true;
    else if (n.subtype === "O") d.notNull = true;
    else if (n.subtype === "N") d.notNull = false;
    else if (n.subtype === "X") {
      const at = d.checks.findIndex((c) => c.name === n.name);
      if (at >= 0) d.checks.splice(at, 1);
      else d.known = false;
    }
  }
  drop(n) {
    for (const obj of n.objects ?? []) {
      if (n.removeType === "OBJECT_SCHEMA") {
        const schema = obj.String?.sval;
        if (schema) this.dropSchema(schema);
        continue;
      }
      const q = listName(obj.TypeName?.names ?? obj.List?.items ?? (obj.String ? [obj] : void 0));
      if (!q) continue;
      if (RELATION_OBJECTS.has(n.removeType)) {
        if (this.tables.delete(q.qualified)) this.droppedTables.add(q.qualified);
        this.indexOwner.forEach((owner, index) => {
          if (owner !== q.qualified) return;
          this.indexOwner.delete(index);
          this.droppedIndexes.add(index);
        });
      } else if (n.removeType === "OBJECT_INDEX") {
        const owner = this.table(this.indexOwner.get(q.qualified));
        if (owner) owner.indexes = owner.indexes.filter((i) => i.name !== q.name);
        if (this.indexOwner.delete(q.qualified)) this.droppedIndexes.add(q.qualified);
      } else if (n.removeType === "OBJECT_TYPE") {
        this.enums.delete(q.qualified);
      } else if (n.removeType === "OBJECT_DOMAIN") {
        this.domains.delete(q.qualified);
      } else if (n.removeType === "OBJECT_EXTENSION") {
        this.extensions.delete(q.name);
      } else if (n.removeType === "OBJECT_POLICY") {
        const items = strings(obj.List?.items);
        const policy = items.pop();
        const table = this.table(listName(items.map((s) => ({ String: { sval: s } })))?.qualified);
        if (table) table.policies = table.policies.filter((p) => p.name !== policy);
      }
    }
  }
  /**
   * DROP SCHEMA: without CASCADE it only succeeds on an empty schema, with CASCADE it takes every
   * object in it along; either way nothing of the schema is left, so a later CREATE is new again.
   */
  dropSchema(schema) {
    const inSchema = (qualified) => qualified.startsWith(`${schema}.`);
    for (const key of [...this.tables.keys()]) if (inSchema(key) && this.tables.delete(key)) this.droppedTables.add(key);
    for (const key of [...this.enums.keys()]) if (inSchema(key)) this.enums.delete(key);
    for (const key of [...this.functions.keys()]) if (inSchema(key)) this.functions.delete(key);
    for (const key of [...this.indexOwner.keys()]) if (inSchema(key) && this.indexOwner.delete(key)) this.droppedIndexes.add(key);
    for (const [name, ext] of [...this.extensions]) if (ext.schema === schema) this.extensions.delete(name);
    this.schemas.delete(schema);
    this.schemaOrigins.delete(schema);
  }
  rename(n) {
    if (n.renameType === "OBJECT_TABLE" || n.renameType === "OBJECT_VIEW") {
      const q = rangeVarName(n.relation);
      const t = this.table(q?.qualified);
      if (!t || !q) return;
      const before = t.qualified;
      this.tables.delete(t.qualified);
      (t.formerNames ??= []).push(t.name);
      t.name = n.newname;
      t.qualified = `${q.schema}.${n.newname}`;
      this.tables.set(t.qualified, t);
      this.indexOwner.forEach((owner, index) => {
        if (owner === before) this.indexOwner.set(index, t.qualified);
      });
      for (const i of t.indexes) if (i.table === before) i.table = t.qualified;
    } else if (n.renameType === "OBJECT_TABCONSTRAINT") {
      const names = this.table(rangeVarName(n.relation)?.qualified)?.constraintNames;
      if (names?.delete(n.subname)) names.add(n.newname);
    } else if (n.renameType === "OBJECT_COLUMN") {
      const t = this.table(rangeVarName(n.relation)?.qualified);
      const col = t?.columns.get(n.subname);
      if (t && col) {
        t.columns.delete(n.subname);
        col.name = n.newname;
        t.columns.set(n.newname, col);
      }
    }
  }
};
var NAMED_CONSTRAINTS = /* @__PURE__ */ new Set(["CONSTR_CHECK", "CONSTR_FOREIGN", "CONSTR_PRIMARY", "CONSTR_UNIQUE", "CONSTR_EXCLUSION"]);
function nameConstraint(t, c, columns) {
  const names = t.constraintNames ??= /* @__PURE__ */ new Set();
  const taken = (name) => names.has(name);
  if (c.conname) names.add(c.conname);
  else if (c.contype === "CONSTR_CHECK" || c.contype === "CONSTR_FOREIGN") names.add(defaultConstraintName(t.name, c, columns, taken));
  else if (c.contype === "CONSTR_PRIMARY") names.add(chooseConstraintName(t.name, void 0, "pkey", taken));
  else if (c.contype === "CONSTR_UNIQUE" && columns.length) names.add(chooseConstraintName(t.name, columnNameAddition(columns), "key", taken));
}
var RELATION_OBJECTS = /* @__PURE__ */ new Set(["OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_FOREIGN_TABLE"]);
function defaultPrivilegeKind(objtype) {
  if (objtype === "OBJECT_TABLE") return "tables";
  if (objtype === "OBJECT_SEQUENCE") return "sequences";
  if (objtype === "OBJECT_FUNCTION" || objtype === "OBJECT_PROCEDURE" || objtype === "OBJECT_ROUTINE") return "functions";
  return void 0;
}
var API_PRIVILEGES = ["select", "insert", "update", "delete"];
function apiPrivileges(privileges, revoke = false) {
  if (!privileges?.length) return API_PRIVILEGES;
  return privileges.filter((p) => !(revoke && p?.AccessPriv?.cols?.length)).map((p) => String(p?.AccessPriv?.priv_name ?? "all").toLowerCase()).flatMap((p) => p === "all" ? API_PRIVILEGES : API_PRIVILEGES.includes(p) ? [p] : []);
}

// src/migrations/atomicity.ts
function runnerWraps(m) {
  if (!m.transactional) return false;
  return m.transactionMode === void 0 || m.transactionMode === "per-migration" || m.transactionMode === "all-pending";
}
var INERT = /* @__PURE__ */ new Set(["VariableSetStmt", "VariableShowStmt", "TransactionStmt", "ExplainStmt", "CheckPointStmt", "ListenStmt", "UnlistenStmt", "NotifyStmt", "DiscardStmt", "LoadStmt"]);
function isChange(s) {
  if (INERT.has(s.kind)) return false;
  if (s.kind === "SelectStmt") return !!s.node.intoClause;
  return true;
}
function isAtomic(m, statements) {
  if (m.transactional) return true;
  if (m.transactionMode === "implicit") return statements.length > 1;
  return false;
}
function partialApply(m, statements) {
  const end = earlyEnd(m, statements);
  if (end) {
    return {
      end,
      possible: true,
      why: `the file's ${end.node.kind === "TRANS_STMT_ROLLBACK" ? "ROLLBACK" : "COMMIT"} at line ${end.span.line} ends the transaction around it early (${m.transactionNote}), so what follows is not in that transaction: a failure there leaves what ran before it applied`
    };
  }
  if (runnerWraps(m)) {
    return {
      possible: false,
      why: m.transactionMode === "all-pending" ? `the runner applies every pending migration in one transaction — ${m.transactionNote}` : `the runner wraps the file in one transaction — ${m.transactionNote}`
    };
  }
  if (m.transactional) return { possible: false, why: "the file wraps its statements in its own BEGIN … COMMIT" };
  const changes = statements.filter(isChange).length;
  if (changes <= 1) return { possible: false, why: "the file holds a single statement, which applies completely or not at all" };
  if (m.transactionMode === "implicit") return { possible: false, why: `the runner sends the file as one query string, which PostgreSQL runs as one implicit transaction — ${m.transactionNote}` };
  return { possible: true, why: `nothing wraps the file in a transaction — ${m.transactionNote} — so a failure leaves the statements before it applied` };
}
function earlyEnd(m, statements) {
  if (!m.transactional) return void 0;
  const i = statements.findIndex((s) => s.kind === "TransactionStmt" && (s.node.kind === "TRANS_STMT_COMMIT" || s.node.kind === "TRANS_STMT_ROLLBACK"));
  return i >= 0 && statements.slice(i + 1).some(isChange) ? statements[i] : void 0;
}
function failureEffect(m, statements, at) {
  const p = partialApply(m, statements);
  if (p.end && at.index < p.end.index) return `and nothing of the file stays applied: the transaction around it is still open there, and is rolled back`;
  if (!p.possible) return `and nothing of the file stays applied: ${p.why}`;
  const before = statements.filter((s) => s.index < at.index && isChange(s)).length;
  if (!before) return `at its first change, so nothing stays applied; the ones after it do not run (${m.transactionNote})`;
  return `with the ${before} statement${before === 1 ? "" : "s"} before it already applied, leaving the migration half-applied: ${p.why}`;
}

// src/analysis/search-path.ts
var SearchPath = class {
  schemas;
  local = false;
  /** Temporary tables this file created: unqualified, their names find them before any schema. */
  temp = /* @__PURE__ */ new Set();
  /** Those created ON COMMIT DROP: gone at the next COMMIT or ROLLBACK. */
  dropAtCommit = /* @__PURE__ */ new Set();
  /** Follow a statement that may set or reset the path; qualify the unqualified names of any other. */
  step(stmt, model) {
    const set = pathSet(stmt);
    if (set) {
      this.schemas = set.schemas;
      this.local = set.local;
      return;
    }
    if (stmt.kind === "TransactionStmt" && ENDS_TRANSACTION.has(stmt.node?.kind)) {
      if (this.local) this.schemas = void 0;
      for (const name of this.dropAtCommit) this.temp.delete(name);
      this.dropAtCommit.clear();
    }
    const created = createdRelation(stmt);
    if (created?.relpersistence === "t" && !created.schemaname) {
      created.schemaname = "pg_temp";
      this.temp.add(created.relname);
      const onCommit = stmt.node?.oncommit ?? stmt.node?.into?.onCommit ?? stmt.node?.intoClause?.onCommit;
      if (onCommit === "ONCOMMIT_DROP") this.dropAtCommit.add(created.relname);
    }
    if (this.schemas) qualifyNames(stmt, this.schemas, model, this.temp);
    else if (this.temp.size) qualifyTemp(stmt, this.temp);
    for (const items of droppedRelationNames(stmt)) if (items.length === 2 && items[0]?.String?.sval === "pg_temp") this.temp.delete(items[1]?.String?.sval);
  }
};
var ENDS_TRANSACTION = /* @__PURE__ */ new Set(["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_PREPARE"]);
function droppedRelationNames(stmt) {
  if (stmt.kind !== "DropStmt" || !DROPPED_RELATION_KINDS.has(stmt.node.removeType)) return [];
  return (stmt.node.objects ?? []).map((obj) => obj?.List?.items).filter(Array.isArray);
}
function createdRelation(stmt) {
  return CREATED_RELATION[stmt.kind]?.(stmt.node);
}
function pathSet(stmt) {
  const n = stmt.node;
  if (stmt.kind === "VariableSetStmt") {
    if (n?.kind === "VAR_RESET_ALL") return { schemas: void 0, local: false };
    if (String(n?.name ?? "").toLowerCase() !== "search_path") return void 0;
    if (n.kind !== "VAR_SET_VALUE") return { schemas: void 0, local: !!n.is_local };
    return { schemas: (n.args ?? []).map((a) => a?.A_Const?.sval?.sval).filter((s) => typeof s === "string"), local: !!n.is_local };
  }
  if (stmt.kind === "SelectStmt" && !n?.fromClause && n?.targetList?.length === 1) {
    const call = n.targetList[0]?.ResTarget?.val?.FuncCall;
    const fn = strings(call?.funcname);
    const [name, value, isLocal] = (call?.args ?? []).map((a) => a?.A_Const);
    if (fn[fn.length - 1] !== "set_config" || fn.length === 2 && fn[0] !== "pg_catalog") return void 0;
    if (name?.sval?.sval?.toLowerCase() !== "search_path" || typeof value?.sval?.sval !== "string") return void 0;
    return { schemas: splitPathList(value.sval.sval), local: isLocal?.boolval?.boolval === true };
  }
  return void 0;
}
function splitPathList(text) {
  const out = [];
  for (const m of text.matchAll(/\s*(?:"((?:[^"]|"")*)"|([^,]*?))\s*(?:,|$)/g)) {
    if (m.index >= text.length && !m[0]) break;
    const name = m[1] !== void 0 ? m[1].replace(/""/g, '"') : m[2].toLowerCase();
    if (name) out.push(name);
  }
  return out;
}
function creationSchema(schemas) {
  return schemas.find((s) => s !== "$user" && s !== "pg_temp" && s !== "pg_catalog" && !s.startsWith("pg_temp_"));
}
function lookupSchema(schemas, has, name) {
  for (const s of schemas) if (has(`${s}.${name}`)) return s;
  return schemas.includes("public") ? void 0 : creationSchema(schemas);
}
var CREATED_RELATION = {
  CreateStmt: (n) => n.relation,
  ViewStmt: (n) => n.view,
  CreateTableAsStmt: (n) => n.into?.rel,
  CreateSeqStmt: (n) => n.sequence,
  CompositeTypeStmt: (n) => n.typevar,
  CreateForeignTableStmt: (n) => n.base?.relation,
  SelectStmt: (n) => n.intoClause?.rel
};
var DROPPED_RELATION_KINDS = /* @__PURE__ */ new Set(["OBJECT_TABLE", "OBJECT_VIEW", "OBJECT_MATVIEW", "OBJECT_FOREIGN_TABLE"]);
function qualifyNames(stmt, schemas, model, temp) {
  const creation = creationSchema(schemas);
  const n = stmt.node;
  const created = createdRelation(stmt);
  if (created && !created.schemaname && creation) created.schemaname = creation;
  if (stmt.kind === "CreateFunctionStmt" && creation) qualifyList(n.funcname, creation);
  if (stmt.kind === "CreateEnumStmt" && creation) qualifyList(n.typeName, creation);
  if (stmt.kind === "CreateDomainStmt" && creation) qualifyList(n.domainname, creation);
  if (stmt.kind === "AlterEnumStmt" || stmt.kind === "AlterDomainStmt") {
    const list = n.typeName;
    const only = list?.length === 1 ? list[0]?.String?.sval : void 0;
    const schema = typeof only === "string" ? schemas.find((s) => model.enums.has(`${s}.${only}`) || model.domains.has(`${s}.${only}`)) : void 0;
    if (schema) qualifyList(list, schema);
  }
  if (stmt.kind === "DropStmt") qualifyDropped(n, schemas, model, temp);
  const cteNames = cteNamesOf(n);
  const hasRelation = (q) => model.tables.has(q);
  walk(n, (key, value) => {
    if (typeof value.relname === "string") {
      if (value.schemaname || value === created || cteNames.has(value.relname)) return;
      const schema = temp.has(value.relname) ? "pg_temp" : lookupSchema(schemas, hasRelation, value.relname);
      if (schema) value.schemaname = schema;
    } else if (key === "ObjectWithArgs" || key === "funcname" && stmt.kind === "CreateTrigStmt") {
      const list = key === "ObjectWithArgs" ? value.objname : value;
      const only = list?.length === 1 ? list[0]?.String?.sval : void 0;
      if (typeof only !== "string") return;
      const schema = schemas.find((s) => model.functions.has(`${s}.${only}`));
      if (schema) qualifyList(list, schema);
    } else if (key === "TypeName" || key === "typeName") {
      const names = value?.names;
      const only = names?.length === 1 ? names[0]?.String?.sval : void 0;
      const schema = typeof only === "string" ? schemas.find((s) => model.enums.has(`${s}.${only}`) || model.domains.has(`${s}.${only}`)) : void 0;
      if (schema) qualifyList(names, schema);
    }
  });
}
function qualifyTemp(stmt, temp) {
  const created = createdRelation(stmt);
  const cteNames = cteNamesOf(stmt.node);
  walk(stmt.node, (_key, value) => {
    if (typeof value.relname === "string" && !value.schemaname && value !== created && temp.has(value.relname) && !cteNames.has(value.relname)) value.schemaname = "pg_temp";
  });
  for (const items of droppedRelationNames(stmt)) if (items.length === 1 && temp.has(items[0]?.String?.sval)) qualifyList(items, "pg_temp");
}
function cteNamesOf(node) {
  const names = /* @__PURE__ */ new Set();
  walk(node, (key, value) => {
    if (key === "CommonTableExpr" && typeof value.ctename === "string") names.add(value.ctename);
  });
  return names;
}
function qualifyDropped(n, schemas, model, temp) {
  const has = DROPPED_RELATION_KINDS.has(n.removeType) ? (q) => model.tables.has(q) : n.removeType === "OBJECT_INDEX" ? (q) => model.indexOwner.has(q) : n.removeType === "OBJECT_TYPE" ? (q) => model.enums.has(q) : n.removeType === "OBJECT_DOMAIN" ? (q) => model.domains.has(q) : void 0;
  if (!has) return;
  for (const obj of n.objects ?? []) {
    const items = obj?.List?.items;
    const q = listName(items);
    if (!items || items.length !== 1 || !q) continue;
    const schema = DROPPED_RELATION_KINDS.has(n.removeType) && temp.has(q.name) ? "pg_temp" : lookupSchema(schemas, has, q.name);
    if (schema) qualifyList(items, schema);
  }
}
function qualifyList(list, schema) {
  if (Array.isArray(list) && list.length === 1 && typeof list[0]?.String?.sval === "string") list.unshift({ String: { sval: schema } });
}

// src/analysis/static.ts
function parseMigrations(set) {
  const out = [];
  for (const m of set.migrations) {
    out.push(parseSource(m.up, { migration: m, direction: "up" }));
    if (m.down) out.push(parseSource(m.down, { migration: m, direction: "down" }));
  }
  return out;
}
async function parseMigrationsLoadingGrammar18(set) {
  await loadGrammar17();
  const sources = parseMigrations(set);
  if (!sources.some(needsGrammar18)) return sources;
  await loadParser();
  return sources.map((s) => needsGrammar18(s) ? parseSource(s.source, { migration: s.migration, direction: s.direction }) : s);
}
var AUTH_FUNCS = /* @__PURE__ */ new Set(["uid", "jwt", "role", "email"]);
function usesSupabase(settings, set, sources) {
  if (settings.preset) return settings.preset === "supabase";
  if (set.layout === "supabase") return true;
  for (const src of sources) {
    for (const s of src.statements) {
      if (!s.sql.includes("auth.")) continue;
      if (funcCalls(s.node).some((f) => f.schema === "auth" && AUTH_FUNCS.has(f.name))) return true;
      if (/\bauth\.users\b/i.test(s.sql)) return true;
    }
  }
  return false;
}
function exposedSchemasFor(settings, supabase) {
  if (settings.exposedSchemas) return settings.exposedSchemas;
  if (supabase || settings.preset === "neon") return ["public"];
  return [];
}
var lastSql;
var lastNormalizedSql = "";
function fingerprint(f, stmtSql) {
  if (stmtSql !== lastSql) {
    lastSql = stmtSql;
    lastNormalizedSql = (stmtSql ?? "").replace(/\s+/g, " ").trim().toLowerCase();
  }
  return sha256Hex(`${f.ruleId ?? ""}\0${f.file ?? ""}\0${f.object ?? ""}\0${lastNormalizedSql}`).slice(0, 20);
}
var oneShotHash = import_node_crypto.default.hash;
function sha256Hex(data) {
  return oneShotHash ? oneShotHash("sha256", data, "hex") : import_node_crypto.default.createHash("sha256").update(data).digest("hex");
}
function runStatic(settings, set, rules, sources = parseMigrations(set)) {
  const staticRules = rules.filter((r) => r.phase === "static" && settings.rules[r.id] !== "off");
  const platforms = platformsOf(settings, set, sources);
  const raw = [];
  const { models, reviewed, noOps } = checkStatements(settings, set, sources, staticRules, platforms.of, raw);
  finishRules(settings, set, sources, staticRules, platforms.of, models, reviewed, raw);
  const { findings, suppressed } = applyIgnores(settings, raw, sources);
  findings.push(...ignoreFindings(sources, set, staticRules, rules, settings));
  findings.sort(compareFindings);
  return { findings, suppressed, sources, models, reviewed, noOps, exposedSchemas: platforms.exposed, supabase: platforms.supabase };
}
function platformsOf(settings, set, sources) {
  const platformOf = /* @__PURE__ */ new Map();
  for (const key of new Set(set.migrations.map((m) => m.history ?? ""))) {
    const layout = set.histories?.find((h) => h.name === key)?.layout ?? set.layout;
    const own = sources.filter((src) => (src.migration.history ?? "") === key);
    const isSupabase = usesSupabase(settings, { ...set, layout }, own);
    platformOf.set(key, { supabase: isSupabase, exposedSchemas: new Set(exposedSchemasFor(settings, isSupabase)) });
  }
  return {
    of: (history) => platformOf.get(history ?? "") ?? { supabase: false, exposedSchemas: /* @__PURE__ */ new Set() },
    supabase: [...platformOf.values()].some((p) => p.supabase),
    exposed: [...new Set([...platformOf.values()].flatMap((p) => [...p.exposedSchemas]))]
  };
}
var Dispatch = class _Dispatch {
  constructor(rules) {
    this.rules = rules;
    this.nodeKinds = new Set(rules.flatMap((r) => r.nodes ?? []));
  }
  rules;
  byKind = /* @__PURE__ */ new Map();
  /** Node kinds any rule reads with ctx.nodes(): collected in one walk per statement. */
  nodeKinds;
  static of(rules, direction) {
    return new _Dispatch(rules.filter((rule) => rule.check && (rule.directions ?? ["up"]).includes(direction)));
  }
  rulesFor(kind) {
    let found = this.byKind.get(kind);
    if (!found) {
      found = this.rules.filter((r) => !r.statements || r.statements === "every" || r.statements.includes(kind));
      this.byKind.set(kind, found);
    }
    return found;
  }
};
var NO_HITS = Object.freeze([]);
function collectNodes(stmt, kinds) {
  const hits = [];
  const byKind = /* @__PURE__ */ new Map();
  const relations = [];
  walk(stmt.node, (key, value) => {
    if (kinds.has(key)) {
      const hit = { kind: key, node: value };
      hits.push(hit);
      let group = byKind.get(key);
      if (!group) byKind.set(key, group = []);
      group.push(hit);
    }
    if (isRelation(value)) relations.push(value);
  });
  if (!walkedRelations.has(stmt)) walkedRelations.set(stmt, relations);
  return { hits, byKind, byKinds: /* @__PURE__ */ new Map() };
}
function nodesOf(found, kinds) {
  if (kinds.length === 1) return found.byKind.get(kinds[0]) ?? NO_HITS;
  let hits = found.byKinds.get(kinds);
  if (!hits) found.byKinds.set(kinds, hits = found.hits.filter((h) => kinds.includes(h.kind)));
  return hits;
}
function checkStatements(settings, set, sources, staticRules, platform, raw) {
  const models = /* @__PURE__ */ new Map();
  const modelFor = (m) => {
    const key = m.history ?? "";
    let found = models.get(key);
    if (!found) models.set(key, found = new SchemaModel());
    return found;
  };
  const reviewed = [];
  const noOps = [];
  const unitOf = (m) => m.status === "base" ? "base" : set.changedSource === "all" ? `migration:${m.id}` : "pr";
  const dispatch = { up: Dispatch.of(staticRules, "up"), down: Dispatch.of(staticRules, "down") };
  const byMigration = /* @__PURE__ */ new Map();
  for (const src of sources) {
    const list = byMigration.get(src.migration.id) ?? [];
    list.push(src);
    byMigration.set(src.migration.id, list);
  }
  for (const migration of set.migrations) {
    const unit = unitOf(migration);
    const model = modelFor(migration);
    for (const source of byMigration.get(migration.id) ?? []) {
      const review = migration.status !== "base";
      const run = review ? sourceRun(settings, set, migration, source, model, unit, platform, raw) : void 0;
      walkSource(source, migration, model, unit, run, review ? dispatch[source.direction] : void 0, raw, reviewed, noOps);
    }
  }
  if (models.size === 0) modelFor({ history: void 0 });
  return { models, reviewed, noOps };
}
function sourceRun(settings, set, migration, source, model, unit, platform, raw) {
  const resolve = (name) => typeof name === "string" ? model.table(name.includes(".") ? name : `public.${name}`) : model.table(name?.qualified);
  const wrapped = isAtomic(migration, source.statements);
  const tx = { wrapped, explicit: false, inTransaction: wrapped, lockTimeout: false, statementTimeout: false };
  const running = { rule: void 0 };
  const unread = source.errors.length ? unreadText(source) : void 0;
  const unreadNamed = /* @__PURE__ */ new Map();
  const unreadNames = (name) => {
    let named = unreadNamed.get(name);
    if (named === void 0) unreadNamed.set(name, named = mayNameAny([name])(unread));
    return named;
  };
  let currentStmt;
  let found;
  let nodeKinds = /* @__PURE__ */ new Set();
  const ctx = {
    settings,
    set,
    migration,
    source,
    model,
    tx,
    statements: source.statements,
    ...platform(migration.history),
    table: resolve,
    // Unknown tables (history not in the folder) are assumed to exist: the safe assumption. Unless
    // the part of this file the parser rejected names it: that text may be what creates it.
    isExisting: (name) => {
      const t = resolve(name);
      if (t) return t.origin.unit !== unit;
      return unread === void 0 || name === void 0 || !unreadNames(typeof name === "string" ? name.slice(name.lastIndexOf(".") + 1) : name.name);
    },
    isNew: (name) => {
      const t = resolve(name);
      return !!t && t.origin.unit === unit;
    },
    nodes: (kinds) => {
      found ??= collectNodes(currentStmt, nodeKinds);
      return nodesOf(found, kinds);
    },
    report: (input) => {
      raw.push({ stmt: input.stmt, source, finding: toFinding(running.rule, input, "static", migration.id) });
    }
  };
  const at = (stmt, dispatch) => {
    currentStmt = stmt;
    found = void 0;
    nodeKinds = dispatch.nodeKinds;
  };
  return { ctx, running, at };
}
function unreadText(source) {
  const text = source.source.text;
  let out = "";
  let at = 0;
  for (const s of source.statements) {
    if (s.span.start > at) out += text.slice(at, s.span.start);
    at = Math.max(at, s.span.end);
  }
  return out + text.slice(at);
}
function walkSource(source, migration, model, unit, run, dispatch, raw, reviewed, noOps) {
  const review = !!run;
  const tx = run?.ctx.tx;
  const statements = source.statements;
  const searchPath = new SearchPath();
  for (let s = 0; s < statements.length; s++) {
    const stmt = statements[s];
    searchPath.step(stmt, model);
    const noOp = source.direction === "up" ? model.noOp(stmt) : void 0;
    if (noOp) {
      if (review) noOps.push({ stmt, reason: noOp });
      updateTx(tx, stmt);
      continue;
    }
    if (run && dispatch) {
      if (source.direction === "up") reviewed.push({ stmt, migration });
      const rules = dispatch.rulesFor(stmt.kind);
      const { ctx, running } = run;
      run.at(stmt, dispatch);
      for (let r = 0; r < rules.length; r++) {
        const rule = rules[r];
        running.rule = rule;
        try {
          rule.check(stmt, ctx);
        } catch (e) {
          raw.push({ stmt, source, finding: internalError(rule.id, stmt, e) });
        }
      }
    }
    updateTx(tx, stmt);
    if (source.direction === "up") {
      const origin = { phase: review ? "pr" : "base", migrationId: migration.id, unit, statement: stmt };
      model.apply(stmt, origin);
    }
  }
}
function finishRules(settings, set, sources, staticRules, platform, models, reviewed, raw) {
  for (const [history, model] of models) {
    const historySources = sources.filter((s) => (s.migration.history ?? "") === history);
    const migrations = set.migrations.filter((m) => (m.history ?? "") === history);
    const historyReviewed = reviewed.filter((r) => (r.migration.history ?? "") === history);
    for (const rule of staticRules) {
      if (!rule.finish) continue;
      try {
        rule.finish({
          settings,
          set,
          model,
          reviewed: historyReviewed,
          ...platform(history),
          sources: historySources,
          migrations,
          createdInReview: (t) => t.origin.phase === "pr",
          report: (input) => raw.push({ stmt: input.stmt, finding: toFinding(rule, input, "static", void 0) })
        });
      } catch (e) {
        const anyStmt = reviewed[0]?.stmt;
        if (anyStmt) raw.push({ stmt: anyStmt, finding: internalError(rule.id, anyStmt, e) });
      }
    }
  }
}
function applyIgnores(settings, raw, sources) {
  const findings = [];
  const suppressed = [];
  const seen = /* @__PURE__ */ new Map();
  for (const { finding, stmt } of raw) {
    const full = finalizeFinding(settings, finding, stmt?.sql, seen, stmt && tablesToDisplay(stmt));
    const ignore = findIgnore(full, stmt, sources);
    if (ignore) {
      ignore.used = true;
      suppressed.push({ ...full, reason: ignore.reason });
    } else findings.push(full);
  }
  return { findings, suppressed };
}
function toFinding(rule, input, phase, migrationId) {
  const stmt = input.stmt;
  const pos = input.location != null && stmt?.locate ? stmt.locate(input.location) : void 0;
  const at = input.at ?? (stmt ? void 0 : { file: "", line: 1, column: 1 });
  return {
    ruleId: rule.id,
    severity: input.severity ?? rule.severity,
    phase,
    category: rule.category,
    file: stmt?.file ?? at.file,
    line: pos?.line ?? input.line ?? stmt?.span.line ?? at.line,
    column: pos?.column ?? (input.line != null ? 1 : void 0) ?? stmt?.span.column ?? at.column,
    endLine: pos ? pos.line : input.line ?? stmt?.span.endLine ?? at.line,
    endColumn: pos ? void 0 : stmt?.span.endColumn,
    object: input.object,
    title: input.title ?? rule.title,
    message: input.message,
    fix: input.fix,
    evidence: input.evidence,
    migrationId: migrationId ?? stmt?.migrationId ?? at?.migrationId
  };
}
function finalizeFinding(settings, finding, stmtSql, seen, tables) {
  let fp = fingerprint(finding, stmtSql);
  const n = seen.get(fp) ?? 0;
  seen.set(fp, n + 1);
  if (n > 0) fp = `${fp}-${n}`;
  const out = { ...finding };
  if (tables) for (const t of tables) out.title = displayNamesIn(out.title, t), out.message = displayNamesIn(out.message, t);
  const raw = finding.object;
  const object = raw === void 0 ? void 0 : displayName(raw);
  if (object !== void 0 && object !== raw) {
    out.object = object;
    out.title = displayNamesIn(out.title, raw);
    out.message = displayNamesIn(out.message, raw);
  }
  const override = settings.rules[finding.ruleId];
  if (override && override !== "off") out.severity = override;
  out.fingerprint = fp;
  return out;
}
var localeOrder = new Intl.Collator().compare;
function compareFindings(a, b) {
  return SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || localeOrder(a.file, b.file) || a.line - b.line || localeOrder(a.ruleId, b.ruleId);
}
function internalError(ruleId, stmt, e) {
  return {
    ruleId,
    severity: "info",
    phase: "static",
    category: "deploy",
    file: stmt.file,
    line: stmt.span.line,
    column: stmt.span.column,
    endLine: stmt.span.endLine,
    title: `Rule ${ruleId} could not check this statement`,
    message: `pgreview hit an internal error in rule ${ruleId}: ${e?.message ?? e}. The statement was not checked by this rule; please report it.`,
    migrationId: stmt.migrationId
  };
}
function updateTx(tx, stmt) {
  if (!tx) return;
  const n = stmt.node;
  if (stmt.kind === "TransactionStmt") {
    if (n.kind === "TRANS_STMT_BEGIN" || n.kind === "TRANS_STMT_START") tx.explicit = true;
    if (["TRANS_STMT_COMMIT", "TRANS_STMT_ROLLBACK", "TRANS_STMT_COMMIT_PREPARED", "TRANS_STMT_ROLLBACK_PREPARED"].includes(n.kind)) {
      tx.explicit = false;
    }
  } else if (stmt.kind === "VariableSetStmt") {
    const disabled = n.kind === "VAR_RESET" || n.kind === "VAR_SET_DEFAULT" || isZero(n.args);
    if (n.name === "lock_timeout") tx.lockTimeout = !disabled;
    if (n.name === "statement_timeout") tx.statementTimeout = !disabled;
  }
  tx.inTransaction = tx.wrapped || tx.explicit;
}
function isZero(args) {
  const a = args?.[0]?.A_Const;
  if (!a) return false;
  if (a.ival) return (a.ival.ival ?? 0) === 0;
  if (a.sval) return /^0\s*(ms|s|min)?$/i.test(a.sval.sval ?? "");
  return false;
}
function findIgnore(f, stmt, sources) {
  const match = (i) => i.ruleId === f.ruleId;
  const onStmt = stmt?.ignores.find(match);
  if (onStmt) return onStmt;
  for (const src of withFileIgnores(sources)) if (src.source.file === f.file) {
    const fileIgnore = src.fileIgnores.find(match);
    if (fileIgnore) return fileIgnore;
  }
  return void 0;
}
var fileIgnoreSources = /* @__PURE__ */ new WeakMap();
function withFileIgnores(sources) {
  let found = fileIgnoreSources.get(sources);
  if (!found) fileIgnoreSources.set(sources, found = sources.filter((s) => s.fileIgnores.length > 0));
  return found;
}
function ignoreFindings(sources, set, rules, allRules, settings) {
  const out = [];
  const reviewedIds = new Set(set.migrations.filter((m) => m.status !== "base").map((m) => m.id));
  const known = new Set(allRules.map((r) => r.id));
  const judged = new Set(rules.map((r) => r.id));
  const add = (ruleId, severity, title, file, ig, message) => {
    const override = settings.rules[ruleId];
    if (override === "off") return;
    const rule = rules.find((r) => r.id === ruleId);
    const base = {
      ruleId,
      severity: override ?? rule?.severity ?? severity,
      phase: "static",
      category: rule?.category ?? "style",
      file,
      line: ig.line,
      column: 1,
      endLine: ig.line,
      title: rule?.title ?? title,
      message,
      object: ig.ruleId
    };
    out.push({ ...base, fingerprint: fingerprint(base, `${ig.scope}:${ig.ruleId}:${ig.reason}`) });
  };
  for (const src of sources) {
    if (!reviewedIds.has(src.migration.id)) continue;
    for (const ig of src.invalidIgnores) {
      if (!ig.reason)
        add("ignore-without-reason", "low", "Ignore comment without a reason", src.source.file, ig, `\`pgreview-ignore ${ig.ruleId}\` has no reason, so it is not honoured. Write why the finding does not apply: \`-- pgreview-ignore ${ig.ruleId}: <reason>\`.`);
      else
        add("unused-ignore", "low", "Ignore comment suppresses nothing", src.source.file, ig, `\`pgreview-ignore ${ig.ruleId}\` is not followed by a statement it could apply to.`);
    }
    const all = [...src.fileIgnores, ...src.statements.flatMap((s) => s.ignores)];
    for (const ig of all) {
      if (ig.used || !ig.reason) continue;
      if (known.has(ig.ruleId) && !judged.has(ig.ruleId)) continue;
      const why = known.has(ig.ruleId) ? `rule ${ig.ruleId} raised nothing here, so the ignore is stale: remove it` : `there is no rule named ${ig.ruleId}: check the spelling`;
      add("unused-ignore", "low", "Ignore comment suppresses nothing", src.source.file, ig, `\`pgreview-ignore${ig.scope === "file" ? "-file" : ""} ${ig.ruleId}\`: ${why}.`);
    }
  }
  return out;
}
var walkedRelations = /* @__PURE__ */ new WeakMap();
function isRelation(value) {
  return typeof value.relname === "string";
}
function relationsOf(stmt) {
  const walked = walkedRelations.get(stmt);
  if (walked) return walked;
  const found = [];
  walk(stmt.node, (_key, value) => {
    if (isRelation(value)) found.push(value);
  });
  return found;
}
var MAY_NAME_DISPLAYED_TABLE = /["\u0080-\uffff]/;
var displayedTables = /* @__PURE__ */ new WeakMap();
function tablesToDisplay(stmt) {
  let names = displayedTables.get(stmt);
  if (names) return names;
  names = /* @__PURE__ */ new Set();
  if (MAY_NAME_DISPLAYED_TABLE.test(stmt.sql)) for (const value of relationsOf(stmt)) {
    const q = rangeVarName(value);
    if (q && displayName(q.qualified) !== q.qualified) names.add(q.qualified);
  }
  displayedTables.set(stmt, names);
  return names;
}

// src/live/outcome.ts
function notRun(reason, engine = null) {
  return { ran: false, skippedReason: reason, engine, migrations: [], findings: [], suppressed: [], probes: [], statementsExecuted: 0, objectsProbed: 0, objectsNotProbed: 0, calibrations: [] };
}

// src/analysis/policy-intent.ts
var OPEN_WORDS = /(?<![a-z0-9])(public|publicly|everyone|everybody|anyone|anybody|anon|anonymous|world|all[ _-]users|all[ _-]authenticated|any[ _-]authenticated|(?:any|all|every)[ _-](?:signed|logged)[ _-]?in)(?![a-z0-9])/i;
var NEGATION = /(?<![a-z0-9])(no|not|never|deny|denies|block|blocks|forbid|forbids|prevent|prevents|disallow|disallows|restrict|restricts)(?![a-z0-9])/i;
var INTENT = { test: (name) => OPEN_WORDS.test(name) && !NEGATION.test(name) };

export {
  SEVERITIES,
  SEVERITY_RANK,
  makeObjectName,
  columnNameAddition,
  defaultConstraintName,
  SchemaModel,
  defaultPrivilegeKind,
  runnerWraps,
  isChange,
  isAtomic,
  partialApply,
  failureEffect,
  parseMigrationsLoadingGrammar18,
  runStatic,
  toFinding,
  finalizeFinding,
  localeOrder,
  compareFindings,
  findIgnore,
  INTENT,
  notRun
};
