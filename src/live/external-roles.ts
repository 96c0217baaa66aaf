// Roles belong to the server, not to the database: teams create them outside the migrations
// (Terraform, the cloud console, an init script), and migrations grant to them, write policies for
// them, hand them ownership. On the review's fresh server they did not exist, so a correct migration
// failed there (`role "reporting_ro" does not exist`) and the review failed the pull request.
//
// The roles the migrations name but never create are created on the review server before the
// migrations that name them run: NOLOGIN; USAGE and CREATE on the schemas that exist then where the
// migration role has them (a new owner of a table must be able to create in its schema; the role
// must add nothing to what the migration role may do); the migration role a member (a role that
// runs migrations must be one to hand over ownership or SET ROLE). The review says it made them up:
// their existence and privileges on the real servers are not verified.
import type { ParsedSource } from '../types.js';
import type { Database } from '../engines/database.js';
import { walk } from '../analysis/ast.js';
import { ident } from './trace/run.js';

/** Roles extension scripts create (pgsodium's), never made up. */
const EXTENSION_ROLES = new Set(['pgsodium_keyholder', 'pgsodium_keyiduser', 'pgsodium_keymaker', 'pgtle_admin']);

/** `CREATE ROLE|USER|GROUP name` anywhere in a statement's text, DO blocks and function bodies included. */
const CREATE_ROLE_TEXT = /\bcreate\s+(?:role|user(?!\s+mapping\b)|group)\s+(?:"((?:[^"]|"")+)"|([a-z_][a-z0-9_$]*))/gi;

/** Statement kinds that can name a role; only they are walked (a history is mostly tables and indexes). */
const NAMES_ROLES = new Set([
  'GrantStmt',
  'GrantRoleStmt',
  'AlterOwnerStmt',
  'AlterTableStmt',
  'CreatePolicyStmt',
  'AlterPolicyStmt',
  'AlterDefaultPrivilegesStmt',
  'CreateSchemaStmt',
  'VariableSetStmt',
  'CreateRoleStmt',
  'AlterRoleStmt',
  'AlterRoleSetStmt',
  'DropRoleStmt',
  'ReassignOwnedStmt',
  'DropOwnedStmt',
  'CreateUserMappingStmt',
  'AlterUserMappingStmt',
  'DropUserMappingStmt',
  'CreateTableSpaceStmt',
  'CreatedbStmt',
]);
/** Kinds whose text may create a role in code the parse tree does not show (DO blocks, function bodies). */
const BODIES = new Set(['DoStmt', 'CreateFunctionStmt']);

/** Role names the statements use (grantees, owners, policy roles, SET ROLE …) and those they create. */
export function rolesOf(parsed: ParsedSource[]): { named: Set<string>; created: Set<string> } {
  const named = new Set<string>();
  const created = new Set<string>();
  for (const p of parsed) {
    for (const st of p.statements) {
      if (st.kind === 'CreateRoleStmt' && typeof st.node.role === 'string') created.add(st.node.role);
      if (BODIES.has(st.kind)) for (const m of st.sql.matchAll(CREATE_ROLE_TEXT)) created.add(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.toLowerCase());
      if (!NAMES_ROLES.has(st.kind)) continue;
      if (st.kind === 'VariableSetStmt' && st.node.name === 'role') {
        const role = st.node.args?.[0]?.A_Const?.sval?.sval;
        if (typeof role === 'string' && role !== 'none') named.add(role);
      }
      walk(st.node, (key, value) => {
        if (typeof value.roletype === 'string') {
          if (value.roletype === 'ROLESPEC_CSTRING' && typeof value.rolename === 'string') named.add(value.rolename);
        } else if (key === 'granted_roles' && st.kind === 'GrantRoleStmt' && Array.isArray(value)) {
          for (const r of value) if (typeof r?.AccessPriv?.priv_name === 'string') named.add(r.AccessPriv.priv_name);
        }
      });
    }
  }
  return { named, created };
}

/**
 * Create, as the superuser on `db`, the roles `parsed` names but never creates and the server lacks.
 * Returns the roles created and, per role, why one could not be (a url database without CREATEROLE).
 */
export async function createExternalRoles(db: Database, parsed: ParsedSource[], migrator: string, timeoutMs: number): Promise<{ created: string[]; failed: string[] }> {
  const { named, created } = rolesOf(parsed);
  // pg_* names are reserved for the server's predefined roles; an extension's own roles are its
  // script's to create (made up first, CREATE EXTENSION would fail on them).
  const wanted = [...named].filter((r) => !created.has(r) && !r.startsWith('pg_') && !EXTENSION_ROLES.has(r));
  if (!wanted.length) return { created: [], failed: [] };
  const existing = new Set((await db.query<{ r: string }>('select rolname::text as r from pg_catalog.pg_roles where rolname = any($1::text[])', [wanted], { timeoutMs })).rows.map((r) => r.r));
  const missing = wanted.filter((r) => !existing.has(r)).sort();
  if (!missing.length) return { created: [], failed: [] };
  // Only what the migration role already has: it is made a member (and inherits), so the role must
  // widen nothing the pull request's SQL may do (CREATE in a platform schema, in pgreview_admin).
  const schemas = (
    await db.query<{ n: string; u: boolean; c: boolean }>(
      `select nspname::text as n, has_schema_privilege(coalesce(nullif($1, ''), current_user), oid, 'USAGE') as u, has_schema_privilege(coalesce(nullif($1, ''), current_user), oid, 'CREATE') as c
         from pg_catalog.pg_namespace where nspname !~ '^pg_' and nspname <> 'information_schema' order by 1`,
      [migrator],
      { timeoutMs },
    )
  ).rows;
  const usable = schemas.filter((s) => s.u).map((s) => ident(s.n));
  const creatable = schemas.filter((s) => s.c).map((s) => ident(s.n));
  const out = { created: [] as string[], failed: [] as string[] };
  for (const role of missing) {
    const id = ident(role);
    const grants = [
      ...(usable.length ? [`grant usage on schema ${usable.join(', ')} to ${id}`] : []),
      ...(creatable.length ? [`grant create on schema ${creatable.join(', ')} to ${id}`] : []),
      ...(migrator ? [`grant ${id} to ${ident(migrator)}`] : []),
    ];
    try {
      await db.exec([`create role ${id} nologin`, ...grants].join(';\n'), { timeoutMs });
      out.created.push(role);
    } catch (e) {
      out.failed.push(`${role} (${(e as Error).message.split('\n')[0]})`);
    }
  }
  return out;
}
