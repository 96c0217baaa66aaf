// A model of the schema built by reading every migration in order (base and changed). Rules ask it
// what existed before a statement: a lock on a table created earlier in the same PR is harmless,
// an index that already covers a foreign key makes a finding wrong. Only DDL that changes what the
// rules ask about is tracked; anything else is left alone.

import type { Statement } from '../types.js';
import { chooseConstraintName, defaultConstraintName, columnNameAddition } from './constraint-names.js';
import {
  defElem,
  defElemString,
  listName,
  rangeVarName,
  roleNames,
  strings,
  typeInfo,
  type TypeInfo,
} from './ast.js';

export interface Origin {
  /** 'base' = before the PR; 'pr' = created by a reviewed (changed) migration. */
  phase: 'base' | 'pr';
  migrationId: string;
  /** Review unit (the PR, or the single migration when every file is under review). */
  unit: string;
  statement: Statement;
}

export interface ColumnInfo {
  name: string;
  type?: TypeInfo;
  notNull: boolean;
  hasDefault: boolean;
  origin: Origin;
}

export interface IndexInfo {
  name?: string;
  table: string;
  columns: string[];
  unique: boolean;
  method: string;
  partial: boolean;
  origin: Origin;
}

export interface ForeignKeyInfo {
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  name?: string;
  origin: Origin;
  /** The constraint node's byte location, for precise lines. */
  location?: number;
}

export interface PolicyInfo {
  name: string;
  table: string;
  cmd: string;
  roles: string[];
  permissive: boolean;
  qual?: any;
  withCheck?: any;
  origin: Origin;
}

export interface CheckInfo {
  name?: string;
  /** The CHECK expression (raw parse tree). */
  expr: any;
  /** False while added NOT VALID and not yet validated. */
  validated: boolean;
  origin: Origin;
}

export interface TableInfo {
  qualified: string;
  schema: string;
  name: string;
  kind: 'table' | 'view' | 'materialized-view';
  origin: Origin;
  columns: Map<string, ColumnInfo>;
  primaryKey?: string[];
  rls: boolean;
  rlsOrigin?: Origin;
  policies: PolicyInfo[];
  indexes: IndexInfo[];
  foreignKeys: ForeignKeyInfo[];
  /** Rows written by the migrations themselves after creation (INSERT/COPY): the table is not empty. */
  seeded: boolean;
  partitioned: boolean;
  /** CHECK constraints (table- and column-level), when any were seen. */
  checks?: CheckInfo[];
  /** Names the table had before ALTER TABLE … RENAME: its constraint indexes keep names built on them. */
  formerNames?: string[];
  /**
   * The API privileges (select, insert, update, delete) the migrations revoked from each role on this
   * table, as a REVOKE or a default privilege revoked before its CREATE, and did not grant again.
   */
  apiRevoked?: Map<string, Set<string>>;
  /** API privileges the migrations granted to PUBLIC on this table (and did not revoke from PUBLIC): every role holds them. */
  publicGranted?: Set<string>;
  /**
   * The names of the table's constraints, unnamed ones as Postgres names them: an unnamed constraint
   * added later is numbered past them (`…_check1`), which a fix naming it must know.
   */
  constraintNames?: Set<string>;
}

/** A domain the migrations create: what ADD COLUMN of it must check in every existing row. */
export interface DomainInfo {
  /** The type the domain is over (a TypeName node). */
  baseType: any;
  /** Its CHECK constraints, `VALUE` standing for the value. */
  checks: { name?: string; expr: any }[];
  notNull: boolean;
  /** The domain's DEFAULT expression: what a column of it holds in existing rows when it has none of its own. */
  default?: any;
  /** False once a constraint the model cannot name was dropped: what remains is unknown. */
  known: boolean;
  origin: Origin;
}

export interface FunctionInfo {
  qualified: string;
  securityDefiner: boolean;
  searchPath?: string;
  language?: string;
  origin: Origin;
}

/**
 * A Map that counts the changes to its keys (set, delete, clear): a reader can keep something
 * derived from the keys and rebuild it only when `version` moved.
 */
export class VersionedMap<K, V> extends Map<K, V> {
  version = 0;
  override set(key: K, value: V): this {
    this.version++;
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    this.version++;
    return super.delete(key);
  }
  override clear(): void {
    this.version++;
    super.clear();
  }
}

export class SchemaModel {
  readonly tables = new Map<string, TableInfo>();
  /** Versioned: text-column-matches-enum keeps the list of names for each version. */
  readonly enums = new VersionedMap<string, { values: string[]; origin: Origin }>();
  readonly domains = new Map<string, DomainInfo>();
  readonly extensions = new Map<string, { schema?: string; origin: Origin }>();
  readonly functions = new Map<string, FunctionInfo>();
  readonly schemas = new Set<string>(['public']);
  /** Where each schema was first created by a migration (public and schemas made elsewhere have none). */
  readonly schemaOrigins = new Map<string, Origin>();
  /** index name (qualified by schema) → table */
  readonly indexOwner = new Map<string, string>();
  /** Indexes and tables the migrations dropped (and did not create again): `IF EXISTS` on them does nothing. */
  readonly droppedIndexes = new Set<string>();
  readonly droppedTables = new Set<string>();
  /**
   * Default privileges the migrations declared (ALTER DEFAULT PRIVILEGES … GRANT): key
   * `<schema or *>|<tables|functions|sequences>`, value role → privileges ('all' for ALL).
   */
  readonly defaultGrants = new Map<string, Map<string, Set<string>>>();
  /** ALTER DEFAULT PRIVILEGES IN SCHEMA … REVOKE of API privileges on tables (for the migration role itself): schema → role → privileges. */
  readonly defaultRevoked = new Map<string, Map<string, Set<string>>>();
  /** Roles the migrations made members of another role (GRANT r TO x): they hold what r is granted, unseen here. */
  readonly rolesGivenRoles = new Set<string>();

  /**
   * Why the statement does nothing where it runs, or undefined: `IF NOT EXISTS` of an object the
   * model holds, `IF EXISTS` of one the migrations dropped. Unknown objects are never a no-op (the
   * model does not see what was created outside the migrations).
   */
  noOp(stmt: Statement): string | undefined {
    const n = stmt.node;
    switch (stmt.kind) {
      case 'CreateStmt': {
        const q = rangeVarName(n.relation);
        return n.if_not_exists && q && this.tables.has(q.qualified) ? `${q.qualified} already exists, so CREATE TABLE IF NOT EXISTS does nothing` : undefined;
      }
      case 'IndexStmt': {
        const q = rangeVarName(n.relation);
        const name = n.idxname && q ? `${q.schema}.${n.idxname}` : undefined;
        return n.if_not_exists && name && this.indexOwner.has(name) ? `index ${name} already exists, so CREATE INDEX IF NOT EXISTS does nothing` : undefined;
      }
      case 'AlterTableStmt': {
        // ADD COLUMN IF NOT EXISTS of columns the table already has, and nothing else.
        const t = this.table(rangeVarName(n.relation)?.qualified);
        const cmds = (n.cmds ?? []).map((c: any) => c?.AlterTableCmd);
        const present = t && cmds.length && cmds.every((c: any) => c?.subtype === 'AT_AddColumn' && c.missing_ok && t.columns.has(c.def?.ColumnDef?.colname));
        return present ? `${t!.qualified} already has ${cmds.map((c: any) => c.def.ColumnDef.colname).join(', ')}, so ADD COLUMN IF NOT EXISTS does nothing` : undefined;
      }
      case 'DropStmt': {
        if (!n.missing_ok || !(n.objects ?? []).length) return undefined;
        const names = (n.objects ?? []).map((obj: any) => listName(obj.List?.items ?? (obj.String ? [obj] : undefined))?.qualified);
        if (n.removeType === 'OBJECT_INDEX' && names.every((q: string | undefined) => q && this.droppedIndexes.has(q) && !this.indexOwner.has(q))) {
          return `${names.join(', ')} ${names.length === 1 ? 'was' : 'were'} already dropped earlier, so DROP INDEX IF EXISTS does nothing`;
        }
        if (n.removeType === 'OBJECT_TABLE' && names.every((q: string | undefined) => q && this.droppedTables.has(q) && !this.tables.has(q))) {
          return `${names.join(', ')} ${names.length === 1 ? 'was' : 'were'} already dropped earlier, so DROP TABLE IF EXISTS does nothing`;
        }
        return undefined;
      }
      default:
        return undefined;
    }
  }

  table(qualified: string | undefined): TableInfo | undefined {
    return qualified ? this.tables.get(qualified) : undefined;
  }

  /** Apply a statement's effect. Called after rules have seen the statement. */
  apply(stmt: Statement, origin: Origin): void {
    const n = stmt.node;
    switch (stmt.kind) {
      case 'CreateStmt':
        return this.createTable(n, origin);
      case 'CreateTableAsStmt': {
        const q = rangeVarName(n.into?.rel);
        if (q) this.addTable(q.schema, q.name, n.objtype === 'OBJECT_MATVIEW' ? 'materialized-view' : 'table', origin);
        return;
      }
      case 'ViewStmt': {
        const q = rangeVarName(n.view);
        if (q) this.addTable(q.schema, q.name, 'view', origin);
        return;
      }
      case 'AlterTableStmt':
        return this.alterTable(n, origin);
      case 'IndexStmt':
        return this.createIndex(n, origin);
      case 'DropStmt':
        return this.drop(n);
      case 'RenameStmt':
        return this.rename(n);
      case 'CreatePolicyStmt': {
        const t = this.table(rangeVarName(n.table)?.qualified);
        if (!t) return;
        t.policies.push({
          name: n.policy_name,
          table: t.qualified,
          cmd: (n.cmd_name ?? 'all').toLowerCase(),
          roles: roleNames(n.roles),
          // libpg-query omits false booleans: AS RESTRICTIVE shows up as a missing `permissive`.
          permissive: n.permissive === true,
          qual: n.qual,
          withCheck: n.with_check,
          origin,
        });
        return;
      }
      case 'CreateDomainStmt':
      case 'AlterDomainStmt':
        return this.domain(stmt.kind, n, origin);
      case 'CreateEnumStmt': {
        const q = listName(n.typeName);
        if (q) this.enums.set(q.qualified, { values: strings(n.vals), origin });
        return;
      }
      case 'AlterEnumStmt': {
        const q = listName(n.typeName);
        const e = q && this.enums.get(q.qualified);
        if (e && n.newVal && !n.oldVal) e.values.push(n.newVal);
        return;
      }
      case 'CreateExtensionStmt':
        this.extensions.set(n.extname, { schema: defElemString(defElem(n.options, 'schema')), origin });
        return;
      case 'AlterDefaultPrivilegesStmt':
        this.revokeDefaultPrivileges(n);
        return this.declareDefaultPrivileges(n);
      case 'GrantStmt':
        return this.grantOnTables(n);
      case 'GrantRoleStmt':
        // A role given to another inherits what that role may do: its grants are out of the model's sight.
        if (n.is_grant) for (const r of roleNames(n.grantee_roles)) this.rolesGivenRoles.add(r);
        return;
      case 'CreateSchemaStmt':
        if (n.schemaname) {
          this.schemas.add(n.schemaname);
          if (!this.schemaOrigins.has(n.schemaname)) this.schemaOrigins.set(n.schemaname, origin);
        }
        return;
      case 'CreateFunctionStmt': {
        const q = listName(n.funcname);
        if (!q) return;
        const security = defElem(n.options, 'security');
        const set = (n.options ?? [])
          .map((o: any) => o?.DefElem)
          .filter((d: any) => d?.defname === 'set')
          .map((d: any) => d.arg?.VariableSetStmt)
          .find((v: any) => v?.name === 'search_path');
        this.functions.set(q.qualified, {
          qualified: q.qualified,
          securityDefiner: security?.arg?.Boolean?.boolval === true,
          searchPath: set ? strings((set.args ?? []).map((a: any) => ({ String: { sval: a?.A_Const?.sval?.sval ?? '' } }))).join(',') : undefined,
          language: defElemString(defElem(n.options, 'language'))?.toLowerCase(),
          origin,
        });
        return;
      }
      case 'InsertStmt':
      case 'CopyStmt': {
        const t = this.table(rangeVarName(n.relation)?.qualified);
        if (t) t.seeded = true;
        return;
      }
      default:
        return;
    }
  }

  private addTable(schema: string, name: string, kind: TableInfo['kind'], origin: Origin): TableInfo {
    const qualified = `${schema}.${name}`;
    const existing = this.tables.get(qualified);
    // CREATE TABLE IF NOT EXISTS on an existing table changes nothing: keep the original origin.
    if (existing) return existing;
    const t: TableInfo = {
      qualified,
      schema,
      name,
      kind,
      origin,
      columns: new Map(),
      rls: false,
      policies: [],
      indexes: [],
      foreignKeys: [],
      seeded: false,
      partitioned: false,
    };
    const revoked = [this.defaultRevoked.get(schema)].filter((m) => m !== undefined);
    if (revoked.length) t.apiRevoked = new Map(revoked.flatMap((m) => [...m]).map(([role, privs]) => [role, new Set(privs)]));
    this.tables.set(qualified, t);
    return t;
  }

  private createTable(n: any, origin: Origin): void {
    const q = rangeVarName(n.relation);
    if (!q) return;
    if (this.tables.has(q.qualified)) return;
    const t = this.addTable(q.schema, q.name, 'table', origin);
    t.partitioned = !!n.partspec;
    for (const elt of n.tableElts ?? []) {
      if (elt.ColumnDef) this.addColumn(t, elt.ColumnDef, origin);
      else if (elt.Constraint) this.addConstraint(t, elt.Constraint, origin);
    }
    // Inherit partition-parent columns and keys loosely: partitions share the parent's shape.
    const parent = n.inhRelations?.[0]?.RangeVar ? this.table(rangeVarName(n.inhRelations[0].RangeVar)?.qualified) : undefined;
    if (parent) for (const [k, v] of parent.columns) if (!t.columns.has(k)) t.columns.set(k, v);
  }

  private addColumn(t: TableInfo, col: any, origin: Origin): void {
    if (!col?.colname) return;
    // The column's constraints read in place (columnConstraints' two arrays per column were garbage),
    // first for the three questions, then for what they add: this runs for every column of every
    // migration, mostly before V8 optimises it.
    const list: any[] = col.constraints ?? [];
    const type = typeInfo(col.typeName);
    let primary = false;
    let notNull = false;
    let hasDefault = false;
    for (let i = 0; i < list.length; i++) {
      const contype = list[i]?.Constraint?.contype;
      if (contype === 'CONSTR_PRIMARY') primary = notNull = true;
      else if (contype === 'CONSTR_NOTNULL') notNull = true;
      else if (contype === 'CONSTR_DEFAULT' || contype === 'CONSTR_IDENTITY' || contype === 'CONSTR_GENERATED') hasDefault = true;
    }
    t.columns.set(col.colname, { name: col.colname, type, notNull, hasDefault, origin });
    for (let i = 0; i < list.length; i++) {
      const c = list[i]?.Constraint;
      if (!c) continue;
      if (c.contype === 'CONSTR_CHECK') (t.checks ??= []).push({ name: c.conname, expr: c.raw_expr, validated: true, origin });
      if (NAMED_CONSTRAINTS.has(c.contype)) nameConstraint(t, c, [col.colname]);
      if (c.contype === 'CONSTR_PRIMARY') t.primaryKey = [col.colname];
      if (c.contype === 'CONSTR_UNIQUE')
        t.indexes.push({ table: t.qualified, columns: [col.colname], unique: true, method: 'btree', partial: false, origin, name: c.conname });
      if (c.contype === 'CONSTR_FOREIGN') {
        const ref = rangeVarName(c.pktable);
        if (ref)
          t.foreignKeys.push({
            table: t.qualified,
            columns: [col.colname],
            refTable: ref.qualified,
            refColumns: strings(c.pk_attrs),
            name: c.conname,
            origin,
            location: c.location,
          });
      }
    }
    if (primary)
      t.indexes.push({ table: t.qualified, columns: [col.colname], unique: true, method: 'btree', partial: false, origin });
  }

  private addConstraint(t: TableInfo, c: any, origin: Origin): void {
    const keys = strings(c.keys);
    if (NAMED_CONSTRAINTS.has(c.contype)) nameConstraint(t, c, c.contype === 'CONSTR_FOREIGN' ? strings(c.fk_attrs) : keys);
    switch (c.contype) {
      case 'CONSTR_PRIMARY':
        t.primaryKey = keys;
        t.indexes.push({ table: t.qualified, columns: keys, unique: true, method: 'btree', partial: false, origin, name: this.constraintIndexName(t, c, keys) });
        this.ownIndex(`${t.schema}.${this.constraintIndexName(t, c, keys)}`, t.qualified);
        for (const k of keys) {
          const col = t.columns.get(k);
          if (col) col.notNull = true;
        }
        return;
      case 'CONSTR_UNIQUE':
        t.indexes.push({ table: t.qualified, columns: keys, unique: true, method: 'btree', partial: false, origin, name: this.constraintIndexName(t, c, keys) });
        this.ownIndex(`${t.schema}.${this.constraintIndexName(t, c, keys)}`, t.qualified);
        return;
      case 'CONSTR_EXCLUSION':
        return;
      case 'CONSTR_CHECK':
        (t.checks ??= []).push({ name: c.conname, expr: c.raw_expr, validated: !c.skip_validation, origin });
        return;
      case 'CONSTR_FOREIGN': {
        const ref = rangeVarName(c.pktable);
        if (ref)
          t.foreignKeys.push({
            table: t.qualified,
            columns: strings(c.fk_attrs),
            refTable: ref.qualified,
            refColumns: strings(c.pk_attrs),
            name: c.conname,
            origin,
            location: c.location,
          });
        return;
      }
      default:
        return;
    }
  }

  private alterTable(n: any, origin: Origin): void {
    const t = this.table(rangeVarName(n.relation)?.qualified);
    if (!t) return;
    for (const cmdNode of n.cmds ?? []) {
      const cmd = cmdNode.AlterTableCmd;
      if (!cmd) continue;
      switch (cmd.subtype) {
        case 'AT_AddColumn':
          if (cmd.def?.ColumnDef && !t.columns.has(cmd.def.ColumnDef.colname)) this.addColumn(t, cmd.def.ColumnDef, origin);
          break;
        case 'AT_DropColumn':
          t.columns.delete(cmd.name);
          t.indexes = t.indexes.filter((i) => !i.columns.includes(cmd.name));
          t.foreignKeys = t.foreignKeys.filter((f) => !f.columns.includes(cmd.name));
          break;
        case 'AT_AlterColumnType': {
          const col = t.columns.get(cmd.name);
          if (col) col.type = typeInfo(cmd.def?.ColumnDef?.typeName) ?? col.type;
          break;
        }
        case 'AT_SetNotNull': {
          const col = t.columns.get(cmd.name);
          if (col) col.notNull = true;
          break;
        }
        case 'AT_DropNotNull': {
          const col = t.columns.get(cmd.name);
          if (col) col.notNull = false;
          break;
        }
        case 'AT_ColumnDefault': {
          const col = t.columns.get(cmd.name);
          if (col) col.hasDefault = !!cmd.def;
          break;
        }
        case 'AT_AddConstraint':
          if (cmd.def?.Constraint) this.addConstraint(t, cmd.def.Constraint, origin);
          break;
        case 'AT_ValidateConstraint':
          for (const ch of t.checks ?? []) if (ch.name === cmd.name) ch.validated = true;
          break;
        case 'AT_DropConstraint': {
          t.constraintNames?.delete(cmd.name);
          if (t.checks) t.checks = t.checks.filter((ch) => ch.name !== cmd.name);
          // A PRIMARY KEY or UNIQUE constraint takes its index with it.
          const index = `${t.schema}.${cmd.name}`;
          if (this.indexOwner.get(index) === t.qualified) {
            t.indexes = t.indexes.filter((i) => i.name !== cmd.name);
            if (t.primaryKey && !t.indexes.some((i) => i.unique && i.columns.join() === t.primaryKey!.join())) t.primaryKey = undefined;
            this.indexOwner.delete(index);
            this.droppedIndexes.add(index);
          }
          break;
        }
        case 'AT_EnableRowSecurity':
          t.rls = true;
          t.rlsOrigin ??= origin;
          break;
        case 'AT_DisableRowSecurity':
          t.rls = false;
          break;
        default:
          break;
      }
    }
  }

  private createIndex(n: any, origin: Origin): void {
    const q = rangeVarName(n.relation);
    const t = this.table(q?.qualified);
    const columns = (n.indexParams ?? []).map((p: any) => p?.IndexElem?.name ?? '(expression)');
    const info: IndexInfo = {
      name: n.idxname,
      table: q?.qualified ?? '',
      columns,
      unique: !!n.unique,
      method: n.accessMethod ?? 'btree',
      partial: !!n.whereClause,
      origin,
    };
    if (t) t.indexes.push(info);
    if (n.idxname && q) this.ownIndex(`${q.schema}.${n.idxname}`, q.qualified);
  }

  /** ALTER DEFAULT PRIVILEGES … GRANT (the statement's node): recorded in defaultGrants. */
  declareDefaultPrivileges(n: any): void {
    const a = n.action;
    const kind = defaultPrivilegeKind(a?.objtype);
    if (!a?.is_grant || !kind) return;
    const schemas = strings(defElem(n.options, 'schemas')?.arg?.List?.items);
    const privs: string[] = (a.privileges ?? []).map((p: any) => String(p?.AccessPriv?.priv_name ?? '').toLowerCase());
    for (const schema of schemas.length ? schemas : ['*']) {
      const key = `${schema}|${kind}`;
      const byRole = this.defaultGrants.get(key) ?? new Map<string, Set<string>>();
      this.defaultGrants.set(key, byRole);
      for (const role of roleNames(a.grantees)) {
        const set = byRole.get(role) ?? new Set<string>();
        byRole.set(role, set);
        for (const p of privs.length ? privs : ['all']) set.add(p);
      }
    }
  }

  /** GRANT / REVOKE on tables: what each role can still do through the API (TableInfo.apiRevoked). */
  private grantOnTables(n: any): void {
    if (n.objtype !== 'OBJECT_TABLE') return;
    const tables =
      n.targtype === 'ACL_TARGET_ALL_IN_SCHEMA'
        ? [...this.tables.values()].filter((t) => strings(n.objects).includes(t.schema))
        : (n.objects ?? []).map((o: any) => this.table(rangeVarName(o?.RangeVar)?.qualified)).filter((t: TableInfo | undefined) => t !== undefined);
    const privs = apiPrivileges(n.privileges, !n.is_grant);
    for (const t of tables as TableInfo[]) {
      for (const role of roleNames(n.grantees)) {
        if (role === 'public') {
          // PUBLIC's privileges are its own: revoking from a role leaves them, revoking from PUBLIC leaves the role's.
          t.publicGranted ??= new Set();
          for (const p of privs) n.is_grant ? t.publicGranted.add(p) : t.publicGranted.delete(p);
        } else if (n.is_grant) {
          for (const p of privs) t.apiRevoked?.get(role)?.delete(p);
        } else {
          t.apiRevoked ??= new Map();
          const set = t.apiRevoked.get(role) ?? new Set<string>();
          t.apiRevoked.set(role, set);
          for (const p of privs) set.add(p);
        }
      }
    }
  }

  /** ALTER DEFAULT PRIVILEGES … REVOKE / GRANT on tables, for tables the migration role creates later (no FOR ROLE). */
  private revokeDefaultPrivileges(n: any): void {
    const a = n.action;
    if (a?.objtype !== 'OBJECT_TABLE' || defElem(n.options, 'roles')) return;
    // A global REVOKE (no IN SCHEMA) leaves the per-schema defaults a platform grants (Supabase's in public).
    const schemas = strings(defElem(n.options, 'schemas')?.arg?.List?.items);
    const privs = apiPrivileges(a.privileges, !a.is_grant);
    for (const schema of schemas) {
      const byRole = this.defaultRevoked.get(schema) ?? new Map<string, Set<string>>();
      this.defaultRevoked.set(schema, byRole);
      for (const role of roleNames(a.grantees)) {
        const set = byRole.get(role) ?? new Set<string>();
        byRole.set(role, set);
        for (const p of privs) a.is_grant ? set.delete(p) : set.add(p);
      }
    }
  }

  private ownIndex(index: string, table: string): void {
    this.indexOwner.set(index, table);
    this.droppedIndexes.delete(index);
  }

  /** The index a PRIMARY KEY or UNIQUE constraint creates, named the way PostgreSQL names it when unnamed. */
  private constraintIndexName(t: TableInfo, c: any, keys: string[]): string {
    return c.conname ?? (c.contype === 'CONSTR_PRIMARY' ? `${t.name}_pkey` : `${t.name}_${keys.join('_')}_key`);
  }

  /** CREATE DOMAIN, and ALTER DOMAIN's constraint changes. */
  private domain(kind: string, n: any, origin: Origin): void {
    if (kind === 'CreateDomainStmt') {
      const q = listName(n.domainname);
      if (!q) return;
      const cons: any[] = (n.constraints ?? []).map((c: any) => c?.Constraint).filter(Boolean);
      const checks = cons.filter((c) => c.contype === 'CONSTR_CHECK').map((c) => ({ name: c.conname, expr: c.raw_expr }));
      const notNull = cons.some((c) => c.contype === 'CONSTR_NOTNULL');
      this.domains.set(q.qualified, { baseType: n.typeName, checks, notNull, default: cons.find((c) => c.contype === 'CONSTR_DEFAULT')?.raw_expr, known: true, origin });
      return;
    }
    const d = this.domains.get(listName(n.typeName)?.qualified ?? '');
    if (!d) return;
    const con = n.def?.Constraint;
    if (n.subtype === 'T') d.default = n.def ?? undefined;
    else if (n.subtype === 'C' && con?.contype === 'CONSTR_CHECK') d.checks.push({ name: con.conname, expr: con.raw_expr });
    else if (n.subtype === 'C' && con?.contype === 'CONSTR_NOTNULL') d.notNull = true;
    else if (n.subtype === 'O') d.notNull = true;
    else if (n.subtype === 'N') d.notNull = false;
    else if (n.subtype === 'X') {
      const at = d.checks.findIndex((c) => c.name === n.name);
      if (at >= 0) d.checks.splice(at, 1);
      else d.known = false;
    }
  }

  private drop(n: any): void {
    for (const obj of n.objects ?? []) {
      if (n.removeType === 'OBJECT_SCHEMA') {
        const schema = obj.String?.sval;
        if (schema) this.dropSchema(schema);
        continue;
      }
      // DROP TYPE names its types as TypeName nodes; the others as lists of strings.
      const q = listName(obj.TypeName?.names ?? obj.List?.items ?? (obj.String ? [obj] : undefined));
      if (!q) continue;
      if (RELATION_OBJECTS.has(n.removeType)) {
        if (this.tables.delete(q.qualified)) this.droppedTables.add(q.qualified);
        // forEach rather than for-of over the entries: that made an [index, owner] array for every
        // index of the model on every dropped table (megabytes of garbage on a long history).
        this.indexOwner.forEach((owner, index) => {
          if (owner !== q.qualified) return;
          this.indexOwner.delete(index);
          this.droppedIndexes.add(index);
        });
      } else if (n.removeType === 'OBJECT_INDEX') {
        const owner = this.table(this.indexOwner.get(q.qualified));
        if (owner) owner.indexes = owner.indexes.filter((i) => i.name !== q.name);
        if (this.indexOwner.delete(q.qualified)) this.droppedIndexes.add(q.qualified);
      } else if (n.removeType === 'OBJECT_TYPE') {
        this.enums.delete(q.qualified);
      } else if (n.removeType === 'OBJECT_DOMAIN') {
        this.domains.delete(q.qualified);
      } else if (n.removeType === 'OBJECT_EXTENSION') {
        this.extensions.delete(q.name);
      } else if (n.removeType === 'OBJECT_POLICY') {
        // DROP POLICY name ON table: objects = [table..., name]
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
  private dropSchema(schema: string): void {
    const inSchema = (qualified: string) => qualified.startsWith(`${schema}.`);
    for (const key of [...this.tables.keys()]) if (inSchema(key) && this.tables.delete(key)) this.droppedTables.add(key);
    for (const key of [...this.enums.keys()]) if (inSchema(key)) this.enums.delete(key);
    for (const key of [...this.functions.keys()]) if (inSchema(key)) this.functions.delete(key);
    for (const key of [...this.indexOwner.keys()]) if (inSchema(key) && this.indexOwner.delete(key)) this.droppedIndexes.add(key);
    for (const [name, ext] of [...this.extensions]) if (ext.schema === schema) this.extensions.delete(name);
    this.schemas.delete(schema);
    this.schemaOrigins.delete(schema);
  }

  private rename(n: any): void {
    if (n.renameType === 'OBJECT_TABLE' || n.renameType === 'OBJECT_VIEW') {
      const q = rangeVarName(n.relation);
      const t = this.table(q?.qualified);
      if (!t || !q) return;
      const before = t.qualified;
      this.tables.delete(t.qualified);
      (t.formerNames ??= []).push(t.name);
      t.name = n.newname;
      t.qualified = `${q.schema}.${n.newname}`;
      this.tables.set(t.qualified, t);
      // Indexes keep their names and follow the table.
      this.indexOwner.forEach((owner, index) => {
        if (owner === before) this.indexOwner.set(index, t.qualified);
      });
      for (const i of t.indexes) if (i.table === before) i.table = t.qualified;
    } else if (n.renameType === 'OBJECT_TABCONSTRAINT') {
      const names = this.table(rangeVarName(n.relation)?.qualified)?.constraintNames;
      if (names?.delete(n.subname)) names.add(n.newname);
    } else if (n.renameType === 'OBJECT_COLUMN') {
      const t = this.table(rangeVarName(n.relation)?.qualified);
      const col = t?.columns.get(n.subname);
      if (t && col) {
        t.columns.delete(n.subname);
        col.name = n.newname;
        t.columns.set(n.newname, col);
      }
    }
  }
}

/** Constraint kinds whose names the model keeps (constraintNames). */
const NAMED_CONSTRAINTS = new Set(['CONSTR_CHECK', 'CONSTR_FOREIGN', 'CONSTR_PRIMARY', 'CONSTR_UNIQUE', 'CONSTR_EXCLUSION']);

/**
 * Records the name a CHECK, key or exclusion constraint has on `t`: its own, or the one Postgres gives
 * it (`columns`: a key's or foreign key's columns). An unnamed exclusion constraint is left out: its
 * name comes from expressions the model does not read.
 */
function nameConstraint(t: TableInfo, c: any, columns: string[]): void {
  const names = (t.constraintNames ??= new Set());
  const taken = (name: string) => names.has(name);
  if (c.conname) names.add(c.conname);
  else if (c.contype === 'CONSTR_CHECK' || c.contype === 'CONSTR_FOREIGN') names.add(defaultConstraintName(t.name, c, columns, taken));
  else if (c.contype === 'CONSTR_PRIMARY') names.add(chooseConstraintName(t.name, undefined, 'pkey', taken));
  else if (c.contype === 'CONSTR_UNIQUE' && columns.length) names.add(chooseConstraintName(t.name, columnNameAddition(columns), 'key', taken));
}

/** The DROP object types whose objects are relations (kept in `tables`). */
const RELATION_OBJECTS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_FOREIGN_TABLE']);

/** The object class an ALTER DEFAULT PRIVILEGES or GRANT names, as default privileges group them. */
export function defaultPrivilegeKind(objtype: string | undefined): 'tables' | 'functions' | 'sequences' | undefined {
  if (objtype === 'OBJECT_TABLE') return 'tables';
  if (objtype === 'OBJECT_SEQUENCE') return 'sequences';
  if (objtype === 'OBJECT_FUNCTION' || objtype === 'OBJECT_PROCEDURE' || objtype === 'OBJECT_ROUTINE') return 'functions';
  return undefined;
}

/**
 * The privileges the API uses on a table, among those a GRANT or REVOKE names (none named: ALL). A
 * REVOKE of a privilege on some columns leaves the table-wide privilege in place: not counted.
 */
const API_PRIVILEGES = ['select', 'insert', 'update', 'delete'];
function apiPrivileges(privileges: any[] | undefined, revoke = false): string[] {
  if (!privileges?.length) return API_PRIVILEGES;
  return privileges
    .filter((p: any) => !(revoke && p?.AccessPriv?.cols?.length))
    .map((p: any) => String(p?.AccessPriv?.priv_name ?? 'all').toLowerCase())
    .flatMap((p) => (p === 'all' ? API_PRIVILEGES : API_PRIVILEGES.includes(p) ? [p] : []));
}
