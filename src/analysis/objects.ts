// What the PR creates, alters and drops, read from its SQL. The live engine replaces this with the
// catalog delta when it runs; without it (engine none, or a failed apply) this is the inventory.

import type { ObjectChanges, ObjectRef, Statement } from '../types.js';
import { DEFAULT_SCHEMA, listName, rangeVarName, strings, typeInfo } from './ast.js';

const DROP_KINDS: Record<string, ObjectRef['kind']> = {
  OBJECT_TABLE: 'table',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'view',
  OBJECT_INDEX: 'index',
  OBJECT_TYPE: 'type',
  OBJECT_DOMAIN: 'type',
  OBJECT_EXTENSION: 'extension',
  OBJECT_SCHEMA: 'schema',
  OBJECT_FUNCTION: 'function',
  OBJECT_PROCEDURE: 'function',
  OBJECT_TRIGGER: 'trigger',
  OBJECT_POLICY: 'policy',
  OBJECT_SEQUENCE: 'sequence',
};

/** Where a statement's object changes go, with the migration that makes them. */
interface Changes {
  created(ref: Omit<ObjectRef, 'migrationId'>): void;
  altered(ref: Omit<ObjectRef, 'migrationId'>): void;
  dropped(ref: Omit<ObjectRef, 'migrationId'>): void;
}

export function staticObjectChanges(statements: { stmt: Statement; migration: { id: string } }[]): ObjectChanges {
  const out: ObjectChanges = { created: [], altered: [], dropped: [], source: 'static' };
  // One set of callbacks for every statement. Each ref is a new literal made for this call: the
  // migration is set on it (its last key, as a copy with it added would have it).
  let migrationId = '';
  const into = (list: ObjectRef[]) => (ref: Omit<ObjectRef, 'migrationId'>) => {
    (ref as ObjectRef).migrationId = migrationId;
    list.push(ref as ObjectRef);
  };
  const changes: Changes = { created: into(out.created), altered: into(out.altered), dropped: into(out.dropped) };
  for (const { stmt, migration } of statements) {
    migrationId = migration.id;
    if (stmt.kind === 'AlterTableStmt') alterTableChanges(stmt.node, changes);
    else if (!createdObject(stmt, changes)) otherChanges(stmt, changes);
  }
  return out;
}

/** CREATE …: the object made. False when the statement creates nothing this inventory lists. */
function createdObject(stmt: Statement, changes: Changes): boolean {
  const n = stmt.node;
  const created = changes.created;
  switch (stmt.kind) {
    case 'CreateStmt': {
      const q = rangeVarName(n.relation);
      if (!q) break;
      const cols = (n.tableElts ?? []).filter((e: any) => e.ColumnDef).length;
      created({ kind: 'table', name: q.qualified, detail: `${cols} column${cols === 1 ? '' : 's'}` });
      break;
    }
    case 'ViewStmt': {
      const q = rangeVarName(n.view);
      if (q) created({ kind: 'view', name: q.qualified });
      break;
    }
    case 'CreateTableAsStmt': {
      const q = rangeVarName(n.into?.rel);
      if (q) created({ kind: n.objtype === 'OBJECT_MATVIEW' ? 'view' : 'table', name: q.qualified, detail: n.objtype === 'OBJECT_MATVIEW' ? 'materialized view' : undefined });
      break;
    }
    case 'IndexStmt': {
      const q = rangeVarName(n.relation);
      if (!q) break;
      const cols = (n.indexParams ?? []).map((p: any) => p?.IndexElem?.name ?? 'expr').join(', ');
      created({
        kind: 'index',
        name: `${q.schema}.${n.idxname ?? `${q.name}_idx`}`,
        detail: `${n.unique ? 'unique ' : ''}${n.accessMethod ?? 'btree'} on ${q.qualified} (${cols})${n.concurrent ? ', concurrently' : ''}`,
      });
      break;
    }
    case 'CreatePolicyStmt': {
      const q = rangeVarName(n.table);
      if (q) created({ kind: 'policy', name: `${q.qualified}.${n.policy_name}`, detail: `${(n.cmd_name ?? 'all').toUpperCase()} ${n.permissive === true ? 'permissive' : 'restrictive'}` });
      break;
    }
    case 'CreateFunctionStmt': {
      const q = listName(n.funcname);
      if (q) created({ kind: 'function', name: q.qualified, detail: n.is_procedure ? 'procedure' : undefined });
      break;
    }
    case 'CreateTrigStmt': {
      const q = rangeVarName(n.relation);
      if (q) created({ kind: 'trigger', name: `${q.qualified}.${n.trigname}`, detail: `executes ${strings(n.funcname).join('.')}` });
      break;
    }
    case 'CreateEnumStmt': {
      const q = listName(n.typeName);
      if (q) created({ kind: 'type', name: q.qualified, detail: `enum (${strings(n.vals).join(', ')})` });
      break;
    }
    case 'CompositeTypeStmt':
    case 'CreateDomainStmt': {
      const q = stmt.kind === 'CreateDomainStmt' ? listName(n.domainname) : rangeVarName(n.typevar);
      if (q) created({ kind: 'type', name: q.qualified });
      break;
    }
    case 'CreateExtensionStmt':
      created({ kind: 'extension', name: n.extname });
      break;
    case 'CreateSchemaStmt':
      if (n.schemaname) created({ kind: 'schema', name: n.schemaname });
      break;
    case 'CreateSeqStmt': {
      const q = rangeVarName(n.sequence);
      if (q) created({ kind: 'sequence', name: q.qualified });
      break;
    }
    case 'CreateRoleStmt':
      created({ kind: 'role', name: n.role });
      break;
    default:
      return false;
  }
  return true;
}

/** ALTER TABLE: one change per subcommand. */
function alterTableChanges(n: any, changes: Changes): void {
  const q = rangeVarName(n.relation);
  if (!q) return;
  for (const c of n.cmds ?? []) {
    const cmd = c.AlterTableCmd;
    if (!cmd) continue;
    switch (cmd.subtype) {
      case 'AT_AddColumn': {
        const col = cmd.def?.ColumnDef;
        if (col) changes.created({ kind: 'column', name: `${q.qualified}.${col.colname}`, detail: typeInfo(col.typeName)?.display });
        break;
      }
      case 'AT_DropColumn':
        changes.dropped({ kind: 'column', name: `${q.qualified}.${cmd.name}` });
        break;
      case 'AT_EnableRowSecurity':
      case 'AT_ForceRowSecurity':
        changes.altered({ kind: 'rls', name: q.qualified, detail: cmd.subtype === 'AT_ForceRowSecurity' ? 'RLS forced' : 'RLS enabled' });
        break;
      case 'AT_DisableRowSecurity':
        changes.altered({ kind: 'rls', name: q.qualified, detail: 'RLS disabled' });
        break;
      case 'AT_AddConstraint': {
        const con = cmd.def?.Constraint;
        changes.created({ kind: 'constraint', name: `${q.qualified}.${con?.conname ?? (con?.contype ?? 'constraint').replace('CONSTR_', '').toLowerCase()}`, detail: con?.skip_validation ? 'NOT VALID' : undefined });
        break;
      }
      case 'AT_DropConstraint':
        changes.dropped({ kind: 'constraint', name: `${q.qualified}.${cmd.name}` });
        break;
      default:
        changes.altered({ kind: cmd.name ? 'column' : 'table', name: cmd.name ? `${q.qualified}.${cmd.name}` : q.qualified, detail: describeSubtype(cmd.subtype) });
    }
  }
}

/** ALTER TYPE … ADD VALUE, renames, drops and grants. */
function otherChanges(stmt: Statement, changes: Changes): void {
  const n = stmt.node;
  switch (stmt.kind) {
    case 'AlterEnumStmt': {
      const q = listName(n.typeName);
      if (q) changes.altered({ kind: 'type', name: q.qualified, detail: n.newVal ? `add value '${n.newVal}'` : `rename value '${n.oldVal}'` });
      break;
    }
    case 'RenameStmt': {
      const q = rangeVarName(n.relation);
      const what = n.renameType === 'OBJECT_COLUMN' ? 'column' : 'table';
      if (q) changes.altered({ kind: what, name: what === 'column' ? `${q.qualified}.${n.subname}` : q.qualified, detail: `renamed to ${n.newname}` });
      break;
    }
    case 'DropStmt': {
      const kind = DROP_KINDS[n.removeType];
      if (!kind) break;
      for (const obj of n.objects ?? []) {
        const parts = strings(obj.List?.items ?? (obj.String ? [obj] : obj.ObjectWithArgs?.objname ?? []));
        if (parts.length) changes.dropped({ kind, name: parts.join('.'), detail: n.behavior === 'DROP_CASCADE' ? 'CASCADE' : undefined });
      }
      break;
    }
    case 'GrantStmt': {
      const privs = (n.privileges ?? []).map((p: any) => p?.AccessPriv?.priv_name?.toUpperCase()).filter(Boolean);
      const grantees = (n.grantees ?? []).map((g: any) => g?.RoleSpec?.rolename ?? 'PUBLIC');
      const targets = (n.objects ?? []).map((o: any) => rangeVarName(o.RangeVar)?.qualified ?? strings(o.List?.items ?? (o.String ? [o] : [])).join('.')).filter(Boolean);
      for (const t of targets)
        (n.is_grant ? changes.created : changes.dropped)({ kind: 'grant', name: t, detail: `${privs.length ? privs.join(', ') : 'ALL'} ${n.is_grant ? 'to' : 'from'} ${grantees.join(', ')}` });
      break;
    }
    default:
      break;
  }
}

function describeSubtype(subtype: string): string {
  return subtype.replace(/^AT_/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * What one statement changes, by schema-qualified name, to place a live finding on the statement
 * that changes its object (src/live/locator.ts). The inventory's walk above, plus what the inventory
 * leaves out: the table an index is on, renames' and SET SCHEMA's new names, ALTER FUNCTION, ALTER
 * POLICY, owners, grants on any object, comments. Unqualified names are in `public`, as in the model.
 */
export interface StatementTargets {
  created: string[];
  /** Altered, dropped, renamed (old and new name), moved, granted or revoked on, given a new owner. */
  altered: string[];
  /** Tables an index is built on (their columns, constraints, policies and triggers are `table.part` names above). */
  on: string[];
  commented: string[];
}

export function statementTargets(stmt: Statement): StatementTargets {
  const out: StatementTargets = { created: [], altered: [], on: [], commented: [] };
  const changes: Changes = { created: targetsInto(out.created), altered: targetsInto(out.altered), dropped: targetsInto(out.altered) };
  if (stmt.kind === 'AlterTableStmt') alterTableChanges(stmt.node, changes);
  else if (!createdObject(stmt, changes)) otherChanges(stmt, changes);
  targetsLeftOut(stmt, out);
  if (namedByPostgres(stmt)) out.created = [];
  return out;
}

/**
 * statementTargets(stmt).created alone: an index of what a file creates asks it of every statement,
 * and reading what each one alters, drops or comments on was most of that cost. (otherChanges creates
 * only grants, which targets leave out.)
 */
export function createdTargets(stmt: Statement): string[] {
  const created: string[] = [];
  if (namedByPostgres(stmt)) return created;
  const changes: Changes = { created: targetsInto(created), altered: ignoreChange, dropped: ignoreChange };
  if (stmt.kind === 'AlterTableStmt') alterTableChanges(stmt.node, changes);
  else createdObject(stmt, changes);
  return created;
}

/** An index without a name gets one from Postgres, not the inventory's `<table>_idx`: it creates no target (its table says it). */
const namedByPostgres = (stmt: Statement) => stmt.kind === 'IndexStmt' && !stmt.node.idxname;

const ignoreChange = (): void => {};

/** A change's object as a target name. Grants are read by targetsLeftOut, with their object types (the inventory lists only their targets' names). */
const targetsInto = (list: string[]) => (ref: Omit<ObjectRef, 'migrationId'>) => {
  if (ref.kind !== 'grant') list.push(qualify(ref.name.split('.'), REF_DEPTH[ref.kind] ?? 2));
};

/** How many parts a full name of each kind has: `schema.table.column`, `schema.table`, `extension`. */
const REF_DEPTH: Partial<Record<ObjectRef['kind'], number>> = { extension: 1, schema: 1, role: 1, column: 3, constraint: 3, policy: 3, trigger: 3 };
const OBJTYPE_DEPTH: Record<string, number> = {
  OBJECT_SCHEMA: 1,
  OBJECT_EXTENSION: 1,
  OBJECT_ROLE: 1,
  OBJECT_DATABASE: 1,
  OBJECT_LANGUAGE: 1,
  OBJECT_COLUMN: 3,
  OBJECT_POLICY: 3,
  OBJECT_TRIGGER: 3,
  OBJECT_TABCONSTRAINT: 3,
  OBJECT_RULE: 3,
};

function qualify(parts: string[], depth: number): string {
  return (parts.length < depth ? [DEFAULT_SCHEMA, ...parts] : parts).join('.');
}

/** The name of a statement's `object` (ObjectWithArgs, a name list, a bare string) for its object type. */
function objectName(objtype: string, obj: any): string | undefined {
  if (obj?.ObjectWithArgs) return listName(obj.ObjectWithArgs.objname)?.qualified;
  if (obj?.String) return obj.String.sval;
  const parts = strings(obj?.List?.items ?? obj?.TypeName?.names);
  return parts.length ? qualify(parts, OBJTYPE_DEPTH[objtype] ?? 2) : undefined;
}

/** The same name with its last part replaced (a rename's new name). */
const renamed = (name: string | undefined, to: string) => (name === undefined ? undefined : [...name.split('.').slice(0, -1), to].join('.'));

function targetsLeftOut(stmt: Statement, out: StatementTargets): void {
  const n = stmt.node;
  const altered = (...names: (string | undefined)[]) => {
    for (const name of names) if (name) out.altered.push(name);
  };
  switch (stmt.kind) {
    case 'IndexStmt': {
      const q = rangeVarName(n.relation);
      if (q) out.on.push(q.qualified);
      break;
    }
    case 'AlterPolicyStmt': {
      const q = rangeVarName(n.table);
      if (q) altered(`${q.qualified}.${n.policy_name}`);
      break;
    }
    case 'RenameStmt':
      renameTargets(n, altered);
      break;
    case 'AlterObjectSchemaStmt': {
      const q = rangeVarName(n.relation);
      const old = q?.qualified ?? objectName(n.objectType, n.object);
      // An extension keeps its name; other objects get the new schema.
      altered(old, n.object?.String ? undefined : q ? `${n.newschema}.${q.name}` : old && `${n.newschema}.${old.split('.').pop()}`);
      break;
    }
    case 'AlterOwnerStmt':
      altered(rangeVarName(n.relation)?.qualified ?? objectName(n.objectType, n.object));
      break;
    case 'AlterFunctionStmt':
      altered(listName(n.func?.objname)?.qualified);
      break;
    case 'AlterExtensionStmt':
      altered(n.extname);
      break;
    case 'GrantStmt':
      // ALL … IN SCHEMA names a schema, not the objects in it.
      if (n.targtype === 'ACL_TARGET_OBJECT') altered(...(n.objects ?? []).map((o: any) => rangeVarName(o.RangeVar)?.qualified ?? objectName(n.objtype, o)));
      break;
    case 'CommentStmt': {
      const name = objectName(n.objtype, n.object);
      if (name) out.commented.push(name);
      break;
    }
    default:
      break;
  }
}

function renameTargets(n: any, altered: (...names: (string | undefined)[]) => void): void {
  const q = rangeVarName(n.relation);
  if (!q) {
    const old = objectName(n.renameType, n.object);
    altered(old, n.object?.String ? n.newname : renamed(old, n.newname));
    return;
  }
  if (n.renameType === 'OBJECT_COLUMN') altered(`${q.qualified}.${n.newname}`);
  else if (n.subname) altered(`${q.qualified}.${n.subname}`, `${q.qualified}.${n.newname}`);
  else altered(`${q.schema}.${n.newname}`);
}
