// What the PR creates, alters and drops, read from its SQL. The live engine replaces this with the
// catalog delta when it runs; without it (engine none, or a failed apply) this is the inventory.

import type { ObjectChanges, ObjectRef, Statement } from '../types.js';
import { listName, rangeVarName, strings, typeInfo } from './ast.js';

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

export function staticObjectChanges(statements: { stmt: Statement; migration: { id: string } }[]): ObjectChanges {
  const created: ObjectRef[] = [];
  const altered: ObjectRef[] = [];
  const dropped: ObjectRef[] = [];
  for (const { stmt, migration } of statements) {
    const n = stmt.node;
    const at = (ref: Omit<ObjectRef, 'migrationId'>): ObjectRef => ({ ...ref, migrationId: migration.id });
    switch (stmt.kind) {
      case 'CreateStmt': {
        const q = rangeVarName(n.relation);
        if (!q) break;
        const cols = (n.tableElts ?? []).filter((e: any) => e.ColumnDef).length;
        created.push(at({ kind: 'table', name: q.qualified, detail: `${cols} column${cols === 1 ? '' : 's'}` }));
        break;
      }
      case 'ViewStmt': {
        const q = rangeVarName(n.view);
        if (q) created.push(at({ kind: 'view', name: q.qualified }));
        break;
      }
      case 'CreateTableAsStmt': {
        const q = rangeVarName(n.into?.rel);
        if (q) created.push(at({ kind: n.objtype === 'OBJECT_MATVIEW' ? 'view' : 'table', name: q.qualified, detail: n.objtype === 'OBJECT_MATVIEW' ? 'materialized view' : undefined }));
        break;
      }
      case 'IndexStmt': {
        const q = rangeVarName(n.relation);
        if (!q) break;
        const cols = (n.indexParams ?? []).map((p: any) => p?.IndexElem?.name ?? 'expr').join(', ');
        created.push(
          at({
            kind: 'index',
            name: `${q.schema}.${n.idxname ?? `${q.name}_idx`}`,
            detail: `${n.unique ? 'unique ' : ''}${n.accessMethod ?? 'btree'} on ${q.qualified} (${cols})${n.concurrent ? ', concurrently' : ''}`,
          }),
        );
        break;
      }
      case 'CreatePolicyStmt': {
        const q = rangeVarName(n.table);
        if (q) created.push(at({ kind: 'policy', name: `${q.qualified}.${n.policy_name}`, detail: `${(n.cmd_name ?? 'all').toUpperCase()} ${n.permissive === true ? 'permissive' : 'restrictive'}` }));
        break;
      }
      case 'CreateFunctionStmt': {
        const q = listName(n.funcname);
        if (q) created.push(at({ kind: 'function', name: q.qualified, detail: n.is_procedure ? 'procedure' : undefined }));
        break;
      }
      case 'CreateTrigStmt': {
        const q = rangeVarName(n.relation);
        if (q) created.push(at({ kind: 'trigger', name: `${q.qualified}.${n.trigname}`, detail: `executes ${strings(n.funcname).join('.')}` }));
        break;
      }
      case 'CreateEnumStmt': {
        const q = listName(n.typeName);
        if (q) created.push(at({ kind: 'type', name: q.qualified, detail: `enum (${strings(n.vals).join(', ')})` }));
        break;
      }
      case 'CompositeTypeStmt':
      case 'CreateDomainStmt': {
        const q = stmt.kind === 'CreateDomainStmt' ? listName(n.domainname) : rangeVarName(n.typevar);
        if (q) created.push(at({ kind: 'type', name: q.qualified }));
        break;
      }
      case 'CreateExtensionStmt':
        created.push(at({ kind: 'extension', name: n.extname }));
        break;
      case 'CreateSchemaStmt':
        if (n.schemaname) created.push(at({ kind: 'schema', name: n.schemaname }));
        break;
      case 'CreateSeqStmt': {
        const q = rangeVarName(n.sequence);
        if (q) created.push(at({ kind: 'sequence', name: q.qualified }));
        break;
      }
      case 'CreateRoleStmt':
        created.push(at({ kind: 'role', name: n.role }));
        break;
      case 'AlterEnumStmt': {
        const q = listName(n.typeName);
        if (q) altered.push(at({ kind: 'type', name: q.qualified, detail: n.newVal ? `add value '${n.newVal}'` : `rename value '${n.oldVal}'` }));
        break;
      }
      case 'AlterTableStmt': {
        const q = rangeVarName(n.relation);
        if (!q) break;
        for (const c of n.cmds ?? []) {
          const cmd = c.AlterTableCmd;
          if (!cmd) continue;
          switch (cmd.subtype) {
            case 'AT_AddColumn': {
              const col = cmd.def?.ColumnDef;
              if (col) created.push(at({ kind: 'column', name: `${q.qualified}.${col.colname}`, detail: typeInfo(col.typeName)?.display }));
              break;
            }
            case 'AT_DropColumn':
              dropped.push(at({ kind: 'column', name: `${q.qualified}.${cmd.name}` }));
              break;
            case 'AT_EnableRowSecurity':
            case 'AT_ForceRowSecurity':
              altered.push(at({ kind: 'rls', name: q.qualified, detail: cmd.subtype === 'AT_ForceRowSecurity' ? 'RLS forced' : 'RLS enabled' }));
              break;
            case 'AT_DisableRowSecurity':
              altered.push(at({ kind: 'rls', name: q.qualified, detail: 'RLS disabled' }));
              break;
            case 'AT_AddConstraint': {
              const con = cmd.def?.Constraint;
              created.push(at({ kind: 'constraint', name: `${q.qualified}.${con?.conname ?? (con?.contype ?? 'constraint').replace('CONSTR_', '').toLowerCase()}`, detail: con?.skip_validation ? 'NOT VALID' : undefined }));
              break;
            }
            case 'AT_DropConstraint':
              dropped.push(at({ kind: 'constraint', name: `${q.qualified}.${cmd.name}` }));
              break;
            default:
              altered.push(at({ kind: cmd.name ? 'column' : 'table', name: cmd.name ? `${q.qualified}.${cmd.name}` : q.qualified, detail: describeSubtype(cmd.subtype) }));
          }
        }
        break;
      }
      case 'RenameStmt': {
        const q = rangeVarName(n.relation);
        const what = n.renameType === 'OBJECT_COLUMN' ? 'column' : 'table';
        if (q) altered.push(at({ kind: what, name: what === 'column' ? `${q.qualified}.${n.subname}` : q.qualified, detail: `renamed to ${n.newname}` }));
        break;
      }
      case 'DropStmt': {
        const kind = DROP_KINDS[n.removeType];
        if (!kind) break;
        for (const obj of n.objects ?? []) {
          const parts = strings(obj.List?.items ?? (obj.String ? [obj] : obj.ObjectWithArgs?.objname ?? []));
          if (parts.length) dropped.push(at({ kind, name: parts.join('.'), detail: n.behavior === 'DROP_CASCADE' ? 'CASCADE' : undefined }));
        }
        break;
      }
      case 'GrantStmt': {
        const privs = (n.privileges ?? []).map((p: any) => p?.AccessPriv?.priv_name?.toUpperCase()).filter(Boolean);
        const grantees = (n.grantees ?? []).map((g: any) => g?.RoleSpec?.rolename ?? 'PUBLIC');
        const targets = (n.objects ?? []).map((o: any) => rangeVarName(o.RangeVar)?.qualified ?? strings(o.List?.items ?? (o.String ? [o] : [])).join('.')).filter(Boolean);
        for (const t of targets)
          (n.is_grant ? created : dropped).push(at({ kind: 'grant', name: t, detail: `${privs.length ? privs.join(', ') : 'ALL'} ${n.is_grant ? 'to' : 'from'} ${grantees.join(', ')}` }));
        break;
      }
      default:
        break;
    }
  }
  return { created, altered, dropped, source: 'static' };
}

function describeSubtype(subtype: string): string {
  return subtype.replace(/^AT_/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
