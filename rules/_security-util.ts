// Helpers shared by the "security" group's rules (not a rule: the registry skips files starting with _).
import type { Statement } from '../src/types.js';
import type { FinishContext, ReportInput, StaticContext } from '../src/analysis/rules.js';
import { reviewState } from './_locking-util.js';
import { parseStatementsSync } from '../src/sql/parse.js';
import { defaultPrivilegeKind, SchemaModel, type TableInfo } from '../src/analysis/schema-model.js';
import { defElem, defElemString, listName, rangeVarName, roleNames, strings, typeInfo, walk, type QualifiedName } from '../src/analysis/ast.js';
import { extensionsByAnyName } from '../src/analysis/extension-objects.js';
import { plpgsqlExprSql, walkPlpgsqlQueries } from '../src/analysis/embedded-sql.js';
import { createdTargets } from '../src/analysis/objects.js';

/** Schemas Supabase (and PostgREST setups) manage themselves: lints skip them, like splinter does. */
export const SYSTEM_SCHEMAS = new Set([
  'auth',
  'cron',
  'extensions',
  'graphql',
  'graphql_public',
  'information_schema',
  'net',
  'pgmq',
  'pgsodium',
  'pgsodium_masks',
  'pgbouncer',
  'pg_catalog',
  'pgtle',
  'realtime',
  'storage',
  'supabase_functions',
  'supabase_migrations',
  'vault',
]);

/** Roles that bypass row level security on Supabase (and the usual superuser). */
export const BYPASS_RLS_ROLES = new Set(['service_role', 'postgres', 'supabase_admin', 'supabase_auth_admin', 'supabase_storage_admin']);

/** Every relation (RangeVar) a node reads or writes, qualified with the default schema. */
export function rangeVars(node: any): (QualifiedName & { location?: number })[] {
  const out: (QualifiedName & { location?: number })[] = [];
  walk(node, (key, value) => {
    if (key === 'RangeVar') {
      const q = rangeVarName(value);
      if (q) out.push({ ...q, location: value.location });
    }
  });
  return out;
}

/** Names of CTEs defined in a node (a RangeVar with that name and no schema is the CTE, not a table). */
export function cteNames(node: any): Set<string> {
  const out = new Set<string>();
  walk(node, (key, value) => {
    if (key === 'CommonTableExpr' && typeof value.ctename === 'string') out.add(value.ctename);
  });
  return out;
}

/** Tables a statement reads (not the one it writes), without CTE names. */
export function relationsRead(stmt: Statement): QualifiedName[] {
  const n = stmt.node;
  const ctes = cteNames(n);
  let parts: any[] = [];
  switch (stmt.kind) {
    case 'InsertStmt':
      parts = [n.selectStmt];
      break;
    case 'UpdateStmt':
      parts = [n.fromClause, n.targetList, n.whereClause];
      break;
    case 'DeleteStmt':
      parts = [n.usingClause, n.whereClause];
      break;
    case 'CreateTableAsStmt':
      parts = [n.query];
      break;
    case 'SelectStmt':
      parts = [n];
      break;
    default:
      return [];
  }
  return parts.flatMap((p) => rangeVars(p)).filter((q) => !(ctes.has(q.name) && q.schema === 'public'));
}

/** The table an INSERT/UPDATE/DELETE writes. */
export function dmlTarget(stmt: Statement): QualifiedName | undefined {
  if (stmt.kind === 'InsertStmt' || stmt.kind === 'UpdateStmt' || stmt.kind === 'DeleteStmt') return rangeVarName(stmt.node.relation);
  return undefined;
}

/**
 * SELECT on <name> revoked from both anon and authenticated by the statements, in order, and not
 * granted back to them or to PUBLIC. A REVOKE … FROM PUBLIC does not count: the API roles hold their
 * own grants (Supabase's default privileges), which it leaves in place.
 */
export function revokedFromApi(statements: Statement[], qualified: string): boolean {
  const canSelect = new Map<string, boolean>();
  for (const s of statements) {
    if (s.kind !== 'GrantStmt' || s.node.objtype !== 'OBJECT_TABLE') continue;
    const objects = (s.node.objects ?? []).map((o: any) => rangeVarName(o.RangeVar)?.qualified);
    if (!objects.includes(qualified)) continue;
    // A REVOKE on some columns leaves the table-wide SELECT in place.
    const named = (s.node.privileges ?? []).filter((p: any) => s.node.is_grant || !p?.AccessPriv?.cols?.length);
    if (s.node.privileges?.length && !named.length) continue;
    const privs: string[] = named.map((p: any) => String(p?.AccessPriv?.priv_name ?? 'all').toLowerCase());
    if (privs.length && !privs.some((p) => p === 'all' || p === 'select')) continue;
    for (const r of roleNames(s.node.grantees)) {
      if (!s.node.is_grant && r !== 'public') canSelect.set(r, false);
      else if (s.node.is_grant) for (const role of r === 'public' ? ['anon', 'authenticated'] : [r]) canSelect.set(role, true);
    }
  }
  return canSelect.get('anon') === false && canSelect.get('authenticated') === false;
}

/**
 * The roles an HTTP API serves requests as, when the platform says: Supabase's anon and authenticated,
 * Neon's Data API's authenticated and anonymous. Undefined elsewhere (a self-hosted API's roles are
 * its own configuration).
 */
export function apiRoles(ctx: { supabase: boolean; settings: { preset?: string } }): string[] | undefined {
  if (ctx.supabase) return ['anon', 'authenticated'];
  if (ctx.settings.preset === 'neon') return ['authenticated', 'anonymous'];
  return undefined;
}

/** Every API role lost SELECT, INSERT, UPDATE and DELETE on the table (TableInfo.apiRevoked): no request reaches its rows today. */
export function unreachableThroughApi(table: TableInfo, ctx: { supabase: boolean; settings: { preset?: string }; model: SchemaModel }): string[] | undefined {
  const roles = apiRoles(ctx);
  const revoked = table.apiRevoked;
  if (!roles || !revoked || table.publicGranted?.size) return undefined;
  // An API role made a member of another role holds that role's grants, which the model does not follow.
  if (roles.some((r) => ctx.model.rolesGivenRoles.has(r))) return undefined;
  return roles.every((r) => ['select', 'insert', 'update', 'delete'].every((p) => revoked.get(r)?.has(p))) ? roles : undefined;
}

/** A reloption/DefElem boolean that is on: true, on, yes, 1. */
export function optionOn(d: any): boolean {
  if (!d) return false;
  if (d.arg === undefined) return true; // WITH (security_invoker) alone means true
  const v = (defElemString(d) ?? '').toLowerCase();
  return ['true', 'on', 'yes', '1', 't'].includes(v);
}

/** Numeric value of an option such as m = 16 or m = '16'. */
export function optionNumber(d: any): number | undefined {
  const a = d?.arg;
  if (!a) return undefined;
  if (a.Integer) return a.Integer.ival ?? 0;
  if (a.Float) return Number(a.Float.fval);
  if (a.String) {
    const n = Number(a.String.sval);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** Name of the function an ALTER FUNCTION / GRANT ON FUNCTION targets. */
export function objectWithArgsName(owa: any): QualifiedName | undefined {
  return listName(owa?.objname);
}

/** search_path value set by a CREATE/ALTER FUNCTION option list, or undefined when not set. */
export function searchPathOption(options: any[] | undefined): string[] | undefined {
  for (const o of options ?? []) {
    const d = o?.DefElem;
    const v = d?.defname === 'set' ? d.arg?.VariableSetStmt : undefined;
    if (v?.name !== 'search_path') continue;
    if (v.kind === 'VAR_RESET' || v.kind === 'VAR_RESET_ALL') return undefined;
    if (v.kind === 'VAR_SET_CURRENT') return ['<current>'];
    return (v.args ?? []).map((a: any) => String(a?.A_Const?.sval?.sval ?? '').trim().toLowerCase());
  }
  return undefined;
}

/** SQL literal for a name in generated SQL: quote when it is not a plain lower-case identifier. */
export function ident(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

export function qident(q: { schema: string; name: string }): string {
  return `${ident(q.schema)}.${ident(q.name)}`;
}

export { strings };

/** `schema.name(argtypes)` of a CREATE FUNCTION, for ALTER FUNCTION in fixes. */
export function functionSignature(n: any): string {
  const q = listName(n.funcname);
  const args = (n.parameters ?? [])
    .map((p: any) => p?.FunctionParameter)
    .filter((p: any) => p && !['FUNC_PARAM_OUT', 'FUNC_PARAM_TABLE'].includes(p.mode))
    .map((p: any) => {
      const t = typeInfo(p.argType);
      return t ? `${t.schema ? `${t.schema}.` : ''}${t.display}` : 'unknown';
    });
  return `${q ? qident(q) : 'unknown'}(${args.join(', ')})`;
}

/**
 * The names a function body leaves unqualified that are the migrations' own tables, views, functions
 * or enums in a schema on the default search_path (public; Supabase's extensions too): with
 * `search_path = ''` the body no longer finds them ("relation … does not exist" on every call), so a
 * fix must keep their schemas on the path (or qualify them first). Read from the parsed body: the
 * relations, function calls and type names of a SQL body, of each query of a PL/pgSQL one (and of a
 * constant EXECUTE string), and its variables' types; a text that does not parse is read word by word.
 */
export function unqualifiedBodyNames(stmt: Statement, model: SchemaModel, supabase: boolean, later: { has(name: string): boolean } = new Set<string>()): { names: string[]; schemas: string[] } {
  const n = stmt.node;
  const body = defElem(n.options, 'as')?.arg?.List?.items?.[0]?.String?.sval;
  const onPath = supabase ? ['public', 'extensions'] : ['public'];
  const found = { names: [] as string[], schemas: [] as string[] };
  if (typeof body !== 'string') return found;
  const lang = defElemString(defElem(n.options, 'language'))?.toLowerCase();
  if (lang !== 'sql' && lang !== 'plpgsql') return found;
  // Each name the body uses, looked up where the path would find it (not the whole model per function).
  const schemasOf = (name: string) =>
    onPath.filter((schema) => {
      const key = `${schema}.${name}`;
      return model.tables.has(key) || model.functions.has(key) || model.enums.has(key) || later.has(key) || extensionSchemas(name, model, supabase).includes(schema);
    });
  // Most bodies name nothing of the migrations' own: then their trees need not be parsed.
  const onPathHas = (name: string) => {
    for (const schema of onPath) {
      const key = `${schema}.${name}`;
      if (model.tables.has(key) || model.functions.has(key) || model.enums.has(key) || later.has(key)) return true;
    }
    return EXTENSIONS_BY_NAME.has(name) && schemasOf(name).length > 0;
  };
  if (!mayNameKnown(body, [...(n.parameters ?? []).map((p: any) => p?.FunctionParameter?.argType), n.returnType], onPathHas)) return found;
  const named = new Set<string>();
  if (lang === 'sql') namesInSql(body, 0, named);
  else namesInPlpgsql(stmt.plpgsql, named);
  for (const name of named) {
    const schemas = schemasOf(name);
    if (!schemas.length) continue;
    found.names.push(name);
    for (const s of schemas) if (!found.schemas.includes(s)) found.schemas.push(s);
  }
  found.schemas.sort((a, b) => onPath.indexOf(a) - onPath.indexOf(b));
  return found;
}

/**
 * The schemas where the usual extensions that define `name` live: extensions' functions and types are
 * not in the model (a migration's CREATE EXTENSION says where; Supabase's own set is in its extensions
 * schema, where a migration's CREATE EXTENSION IF NOT EXISTS of one is a no-op).
 */
function extensionSchemas(name: string, model: SchemaModel, supabase: boolean): string[] {
  const out: string[] = [];
  for (const ext of EXTENSIONS_BY_NAME.get(name) ?? []) {
    const made = model.extensions.get(ext);
    const schema = supabase && SUPABASE_EXTENSIONS.has(ext) ? 'extensions' : made ? (made.schema ?? 'public') : undefined;
    if (schema) out.push(schema);
  }
  return out;
}

/** The extensions that define each name a body may use without a schema (src/analysis/extension-objects.ts). */
const EXTENSIONS_BY_NAME = extensionsByAnyName();
/** Extensions every Supabase project has in its extensions schema (supabase/postgres's initial schema). */
const SUPABASE_EXTENSIONS = new Set(['uuid-ossp', 'pgcrypto', 'pgjwt']);

/**
 * Whether a function may name something `known` accepts, as namesInSql and namesInPlpgsql would read
 * it from its body (as the tree holds it, unescaped) and, for PL/pgSQL, from the types of its
 * parameters (which its tree holds as variables). Every name they return is an identifier there,
 * unquoted (the parser folds ASCII to lower case) or quoted. Only ASCII text without quoted
 * identifiers is read word by word (a `"` in a string could pair with one of an identifier, and a
 * non-ASCII letter folds differently in JavaScript); any other body may name anything. A word is a
 * maximal run of identifier characters, as the scanner reads an identifier ($ included). PL/pgSQL's
 * own variables (FOUND, TG_OP…) have qualified types (pg_catalog.*), which those readers skip; the
 * names of its CASE variables (__Case__Variable_N__) are taken to be no table's.
 */
function mayNameKnown(body: string, types: any[], known: (name: string) => boolean): boolean {
  if (NOT_PLAIN_WORDS.test(body)) return true;
  const seen = new Set<string>();
  IDENTIFIER_WORD.lastIndex = 0;
  for (let m = IDENTIFIER_WORD.exec(body); m; m = IDENTIFIER_WORD.exec(body)) {
    // Right after a dot a word is a qualified name's part (or a field), never a name the readers return.
    if (body.charCodeAt(m.index - 1) === DOT) continue;
    const word = m[0].toLowerCase();
    if (seen.has(word)) continue;
    seen.add(word);
    if (known(word)) return true;
  }
  // A type's name parts as the parser keeps them (a quoted one keeps its case), whole and split at dots.
  for (const t of types)
    for (const part of strings(t?.TypeName?.names ?? t?.names))
      for (const word of [part, ...part.split('.')]) if (known(word) || known(word.toLowerCase())) return true;
  return false;
}
const NOT_PLAIN_WORDS = /["\u0080-\uffff]/;
const IDENTIFIER_WORD = /[A-Za-z_][\w$]*/g;
const DOT = 46;

/** Unqualified relations (not CTEs), function calls and type names of SQL text; `mode` as PL/pgSQL's parseMode (2: an expression, 3+: an assignment). */
function namesInSql(text: string, mode: number, out: Set<string>, wordsIfUnparsed = true): void {
  const sql = plpgsqlExprSql(text, mode);
  let stmts: { node: any }[];
  try {
    stmts = parseStatementsSync(sql);
  } catch {
    // PL/pgSQL accepts fragments the SQL grammar does not: every bare word then counts.
    if (!wordsIfUnparsed) return;
    for (const m of text.matchAll(/"((?:[^"]|"")+)"|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/g)) {
      const before = text.slice(0, m.index).trimEnd();
      if (!before.endsWith('.') && !text.slice(m.index + m[0].length).trimStart().startsWith('.')) out.add(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[0].toLowerCase());
    }
    return;
  }
  for (const { node } of stmts) {
    const ctes = cteNames(node);
    walk(node, (key, value) => {
      // INSERT/UPDATE/DELETE/MERGE keep their target as `relation`, without the RangeVar wrapper.
      if ((key === 'RangeVar' || key === 'relation') && typeof value.relname === 'string' && !value.schemaname && !ctes.has(value.relname)) out.add(value.relname);
      else if (key === 'FuncCall' || key === 'TypeName') {
        const parts = strings(key === 'FuncCall' ? value.funcname : value.names);
        if (parts.length === 1) out.add(parts[0]!);
      }
    });
  }
}

/** The names of every query of a PL/pgSQL tree, of a constant EXECUTE string, and of its variables' types. */
function namesInPlpgsql(tree: any, out: Set<string>): void {
  walkPlpgsqlQueries(
    tree,
    // A constant string's query runs with the same path; read only when it parses.
    (text, mode, constant) => namesInSql(text, mode, out, !constant),
    (key, value) => {
      if (key !== 'PLpgSQL_type' || typeof value.typname !== 'string') return;
      // `app_role`, `orders%ROWTYPE`, or `orders.id%TYPE` (a column of a table the path resolves).
      const column = /%TYPE$/i.test(value.typname);
      const parts: string[] = value.typname.replace(/%(ROW)?TYPE$/i, '').match(/"(?:[^"]|"")*"|[^.]+/g) ?? [];
      const name = parts.length === (column ? 2 : 1) ? parts[0]! : undefined;
      if (name) out.add(name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name.toLowerCase());
    },
  );
}

/**
 * The SQL that pins a function's search_path without breaking it: empty when its body names nothing
 * of the migrations' own unqualified, else the schemas those names live in with pg_temp last (public
 * is safe there from PostgreSQL 15 on, and on Supabase, where only the owner may create in it); none
 * where public is still open to every role. `note` says why the path is not empty, for the fix's text.
 */
export function pinSearchPath(stmt: Statement, kind: 'function' | 'procedure', ctx: { model: SchemaModel; supabase: boolean; settings: { pgVersion: number }; statements: Statement[] }): { sql?: string; note?: string } {
  const alter = `ALTER ${kind.toUpperCase()} ${functionSignature(stmt.node)} SET search_path`;
  const { names, schemas } = unqualifiedBodyNames(stmt, ctx.model, ctx.supabase, createdLater(stmt, ctx.statements));
  if (!names.length) return { sql: `${alter} = '';` };
  const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? ', …' : '');
  const breaks = `Its body names ${shown} without a schema, so an empty search_path alone would make every call fail ("does not exist") until each is qualified (${schemas[0]}.${names[0]}).`;
  if (schemas.includes('public') && ctx.settings.pgVersion < 15 && !ctx.supabase) {
    return { note: `${breaks} Pinning public instead is safe only once CREATE on it is revoked from PUBLIC (before PostgreSQL 15 every role may create there).` };
  }
  return { sql: `${alter} = ${[...schemas, 'pg_temp'].join(', ')};`, note: `${breaks} Until then, pin the schemas they live in, with pg_temp last so that no temporary object can shadow them.` };
}

/**
 * What the statements after `stmt` in its file create (schema-qualified): a PL/pgSQL body may name a
 * table made later (bodies are not checked at CREATE FUNCTION), and the model does not have it yet.
 * Answered from one index per file (each name's last creating statement) instead of a set of
 * everything after each function: a file of functions made those sets quadratic in its length.
 */
function createdLater(stmt: Statement, statements: Statement[]): { has(name: string): boolean } {
  const lastCreated = lastIndexBy(lastCreatedIn, statements, createdTargets);
  const at = positionOf(stmt, statements);
  // A statement not in the list has nothing after it (as before: the loop did not run).
  return { has: (name) => at >= 0 && (lastCreated.get(name) ?? -1) > at };
}
const lastCreatedIn = new WeakMap<Statement[], Map<string, number>>();

/** Each key's last statement in the list (by index), worked out once per list and kept in `cache`. */
function lastIndexBy(cache: WeakMap<Statement[], Map<string, number>>, statements: Statement[], keysOf: (s: Statement) => Iterable<string>): Map<string, number> {
  let last = cache.get(statements);
  if (!last) {
    last = new Map();
    for (let i = 0; i < statements.length; i++) for (const key of keysOf(statements[i]!)) last.set(key, i);
    cache.set(statements, last);
  }
  return last;
}

/** Where the statement stands in the list (its own index when the list is its file's), -1 when not in it. */
function positionOf(stmt: Statement, statements: Statement[]): number {
  return statements[stmt.index] === stmt ? stmt.index : statements.indexOf(stmt);
}

type HeldPolicyFinding = { stmt: Statement; input: ReportInput };

/**
 * A finding about what a CREATE POLICY says, held until the whole review is walked (hold, then
 * reportHeldPolicies from the rule's finish): a policy the pull request itself drops later, or
 * whose table it drops, never reaches production as written, and its findings go with it. When
 * every file is reviewed on its own (no changed files given), each was deployed on its own, and a
 * later file's DROP does not undo an earlier one's exposure: every finding is reported.
 */
export function holdPolicyFinding(ctx: StaticContext, ruleId: string, stmt: Statement, input: ReportInput): void {
  // A policy on a table the model does not know is not kept in it either: reported as it is.
  if (stmt.kind !== 'CreatePolicyStmt' || !ctx.table(rangeVarName(stmt.node.table))) return ctx.report(input);
  reviewState(ctx, `${ruleId}:held-policies`, (): HeldPolicyFinding[] => []).push({ stmt, input });
}

export function reportHeldPolicies(ctx: FinishContext, ruleId: string): void {
  const held = reviewState(ctx, `${ruleId}:held-policies`, (): HeldPolicyFinding[] => []);
  if (!held.length) return;
  // Looked up by the statement that made each policy, on every table: a table renamed later keeps its policies.
  const standing = new Set<Statement>();
  if (ctx.set.changedSource !== 'all') for (const t of ctx.model.tables.values()) for (const p of t.policies) standing.add(p.origin.statement);
  for (const h of held) if (ctx.set.changedSource === 'all' || standing.has(h.stmt)) ctx.report(h.input);
}

/** A later `ALTER FUNCTION <name> SET search_path …` in the same file. */
export function laterSearchPath(statements: Statement[], from: Statement, qualified: string): boolean {
  // Answered from one index per file (each function's last such ALTER): a scan of the rest of the
  // file for every function was quadratic in files of functions.
  const lastPinned = lastIndexBy(lastPinnedIn, statements, pinnedFunction);
  // A statement not in the list has every statement after it (as before: the scan read them all).
  return (lastPinned.get(qualified) ?? -1) > positionOf(from, statements);
}
const lastPinnedIn = new WeakMap<Statement[], Map<string, number>>();

/** The function an `ALTER FUNCTION … SET search_path` pins, as the one key of the statement (none for any other). */
function pinnedFunction(s: Statement): string[] {
  if (s.kind !== 'AlterFunctionStmt' || searchPathOption(s.node.actions) === undefined) return [];
  const name = listName(s.node.func?.objname)?.qualified;
  return name === undefined ? [] : [name];
}

/**
 * A DO block or function body in the history that runs matching DDL through dynamic SQL, either
 * naming the table or building the statement (EXECUTE format(…)/||): the static model cannot see
 * its effect, so a rule depending on that effect stays silent.
 */
export function dynamicDdlMayTouch(sources: { statements: Statement[] }[], ddl: RegExp, table: { schema: string; name: string }): boolean {
  for (const src of sources) {
    for (const s of src.statements) {
      if (s.kind !== 'DoStmt' && s.kind !== 'CreateFunctionStmt') continue;
      if (!ddl.test(s.sql)) continue;
      const lower = s.sql.toLowerCase();
      if (lower.includes(table.name.toLowerCase())) return true;
      if (/\bexecute\b/.test(lower) && /(format\s*\(|\|\|)/.test(lower)) return true;
    }
  }
  return false;
}

/** Columns that usually hold the owning user's id, most specific first. */
const OWNER_COLUMNS = ['user_id', 'owner_id', 'profile_id', 'created_by', 'author_id'];

/**
 * An example policy that applies as written: on the table's owner column when it has one (and the
 * platform has auth.uid()); otherwise commented out, so the fix SQL never names a column that is not there.
 */
export function examplePolicy(table: string, columns: string[], supabase: boolean): string {
  const owner = OWNER_COLUMNS.find((c) => columns.includes(c));
  const policy = `CREATE POLICY "owner can read" ON ${table}\n  FOR SELECT TO authenticated\n  USING (${owner ?? '<owner column>'} = (select auth.uid()));`;
  if (owner && supabase) return `-- then, for example:\n${policy}`;
  return `-- then policies for the access you intend, for example:\n${policy.replace(/^/gm, '-- ')}`;
}

/**
 * Supabase's default privileges (presets/supabase.sql, as on the platform): every table, function
 * and sequence created in public is granted ALL to these roles. `supabase db diff` writes them out as
 * GRANT ALL … TO anon, authenticated, service_role (and postgres).
 */
export const SUPABASE_DEFAULT_GRANTEES = ['anon', 'authenticated', 'service_role', 'postgres'];
/**
 * Neon's default privileges, as every Neon database's dump shows them: `ALTER DEFAULT PRIVILEGES FOR
 * ROLE cloud_admin IN SCHEMA public GRANT ALL ON TABLES (and SEQUENCES) TO neon_superuser WITH GRANT
 * OPTION`. The role exists only on Neon, and the roles created in the Neon Console are its members.
 */
export const NEON_DEFAULT_GRANTEE = 'neon_superuser';

/**
 * The GRANT gives nothing beyond the platform's default privileges: Supabase's (public schema),
 * PostgreSQL's own (EXECUTE on functions to PUBLIC, which Neon keeps too: its API roles get nothing
 * by default), both only in the GRANT ALL form a schema diff writes; and default privileges the
 * migrations declare (ALTER DEFAULT PRIVILEGES, earlier or anywhere in this file, as a dump writes
 * them last). Such a grant changes nothing on the
 * platform; what protects the object is row level security or the function's own checks.
 */
export function isPlatformDefaultGrant(stmt: Statement, ctx: { model: SchemaModel; statements: Statement[]; supabase: boolean }): boolean {
  const n = stmt.node;
  if (stmt.kind !== 'GrantStmt' || !n.is_grant) return false;
  const kind = defaultPrivilegeKind(n.objtype);
  if (!kind) return false;
  // Only Neon's defaults carry the grant option.
  if (n.grant_option && !roleNames(n.grantees).every((r) => r === NEON_DEFAULT_GRANTEE)) return false;
  let schemas: string[];
  if (n.targtype === 'ACL_TARGET_ALL_IN_SCHEMA') schemas = strings(n.objects);
  else if (n.targtype === 'ACL_TARGET_OBJECT') {
    schemas = (n.objects ?? []).map((o: any) => (kind === 'functions' ? objectWithArgsName(o.ObjectWithArgs)?.schema : rangeVarName(o.RangeVar)?.schema) ?? '');
  } else return false;
  if (!schemas.length || schemas.some((x) => !x)) return false;
  const privs: string[] = (n.privileges ?? []).map((p: any) => String(p?.AccessPriv?.priv_name ?? '').toLowerCase());
  const declared = declaredInFile(ctx.statements);
  const allowed = (schema: string, role: string): Set<string> => {
    const out = new Set<string>();
    // The platform's defaults count only in the form a schema diff writes them (GRANT ALL): a grant
    // that names privileges (INSERT, TRUNCATE, EXECUTE) is a choice, and is judged as one.
    if (!privs.length) {
      if (ctx.supabase && schema === 'public' && SUPABASE_DEFAULT_GRANTEES.includes(role)) out.add('all');
      if (role === NEON_DEFAULT_GRANTEE && schema === 'public' && (kind === 'tables' || kind === 'sequences')) out.add('all');
      if (kind === 'functions' && role === 'public') out.add('all');
    }
    for (const model of [ctx.model, declared])
      for (const key of [`${schema}|${kind}`, `*|${kind}`]) for (const p of model.defaultGrants.get(key)?.get(role) ?? []) out.add(p);
    return out;
  };
  const every = kind === 'functions' ? ['execute'] : kind === 'sequences' ? ['usage', 'select', 'update'] : ['all'];
  const roles = roleNames(n.grantees);
  if (!roles.length) return false;
  return schemas.every((schema) =>
    roles.every((role) => {
      const a = allowed(schema, role);
      if (a.has('all')) return true;
      return (privs.length ? privs : every).every((p) => a.has(p));
    }),
  );
}

/** Default privileges declared anywhere in a file (a dump lists them after the objects and grants), once per file. */
const declaredCache = new WeakMap<Statement[], SchemaModel>();
function declaredInFile(statements: Statement[]): SchemaModel {
  let m = declaredCache.get(statements);
  if (m) return m;
  m = new SchemaModel();
  for (const s of statements) if (s.kind === 'AlterDefaultPrivilegesStmt') m.declareDefaultPrivileges(s.node);
  declaredCache.set(statements, m);
  return m;
}
