// Capability screening: before anything executes a migration's SQL, find what a migration has no
// business doing during a review — shelling out on the server (COPY … PROGRAM), reading or writing
// server files, untrusted or native-code languages, ALTER SYSTEM, LOAD, network connections (dblink,
// foreign servers). The check looks inside: PL/pgSQL bodies of functions and DO blocks (every
// embedded query, and EXECUTE of literal strings, recursively), SQL-language bodies, and calls to
// functions created earlier whose bodies were flagged.
//
// The static rule `untrusted-capability` reports what this finds; the live runner calls the same
// function and refuses to execute a statement with a `refuse: true` capability.
//
// Screening is defence in depth, not the boundary: dynamic SQL built at run time (base64, format()
// with variables) cannot be read before it runs. Such statements get a low-severity `dynamic-sql`
// capability with `refuse: false`; containment at run time (non-superuser role, engine without a
// shell, scrubbed environment, time limits) is what protects against them.

import * as pg17 from '../sql/pg17.js';
import { parsePlpgsql } from '../sql/parse.js';
import { codeWithoutCommentsOrStrings } from '../sql/text.js';
import type { Statement } from '../types.js';
import { strings, walk } from './ast.js';
import { plpgsqlExprSql } from './embedded-sql.js';

export type CapabilityId =
  | 'shell-command'
  | 'server-file-access'
  | 'untrusted-language'
  | 'native-code'
  | 'server-configuration'
  | 'network-connection'
  | 'privileged-role'
  | 'session-authorization'
  | 'dynamic-sql';

export interface CapabilityHit {
  /** What the statement would be able to do, e.g. 'shell-command'. */
  capability: CapabilityId;
  /** Human text: what exactly, and where (inside a DO block, a function body, a literal EXECUTE…). */
  detail: string;
  /** 'critical' for the capabilities themselves; 'low' for dynamic SQL that could not be screened. */
  severity: 'critical' | 'low';
  /** Never execute this statement. false only for dynamic-sql: run it only where execution is contained. */
  refuse: boolean;
  /** Byte offset in the statement's source of the node that triggered it (top-level nodes only). */
  location?: number;
}

/** Carries what earlier statements created: functions whose bodies were flagged, so calls to them are flagged too. */
export interface ScreenContext {
  /** Lower-case unqualified function name → why its body is flagged. */
  functions: Map<string, CapabilityHit[]>;
  /** Lower-case unqualified function names whose bodies run dynamic SQL that could not be screened. */
  dynamicFunctions: Set<string>;
  /**
   * A statement turned standard_conforming_strings off (SET, set_config, a function's or role's SET):
   * later bodies may be compiled with backslashes escaping quotes, which the parser (always on) does
   * not read, so code can sit where the parser sees a string. Bodies are then screened by pattern too.
   */
  backslashStrings: boolean;
}

export function createScreenContext(): ScreenContext {
  return { functions: new Map(), dynamicFunctions: new Set(), backslashStrings: false };
}

export const CAPABILITY_TEXT: Record<CapabilityId, string> = {
  'shell-command': 'runs a shell command on the database server',
  'server-file-access': "reads or writes files on the database server's filesystem",
  'untrusted-language': 'creates code in an untrusted procedural language (full OS access as the postgres user)',
  'native-code': 'loads native code (a shared library) into the database server',
  'server-configuration': 'changes the server configuration (postgresql.auto.conf)',
  'network-connection': 'opens network connections from the database server',
  'privileged-role': 'grants a role that can read/write server files or run programs',
  'session-authorization': "switches the session's authorization to act as another user (the review runs migrations as a non-superuser role)",
  'dynamic-sql': 'runs dynamic SQL that cannot be screened before it executes',
};

const FILE_FUNCS = new Set([
  'pg_read_file',
  'pg_read_binary_file',
  'pg_ls_dir',
  'pg_stat_file',
  'pg_ls_logdir',
  'pg_ls_waldir',
  'pg_ls_tmpdir',
  'pg_ls_archive_statusdir',
  'pg_ls_replslotdir',
  'pg_ls_logicalsnapdir',
  'pg_ls_logicalmapdir',
  'lo_import',
  'lo_export',
  // adminpack
  'pg_file_write',
  'pg_file_read',
  'pg_file_rename',
  'pg_file_unlink',
  'pg_file_sync',
  'pg_logdir_ls',
]);

/** C symbols behind the file functions: `CREATE FUNCTION x() … LANGUAGE internal AS 'pg_read_file_v2'` renames them. */
const FILE_SYMBOL_RE = /^(pg_read_(binary_)?file|pg_ls_|pg_stat_file|be_lo_(import|export)|lo_(import|export)|pg_file_|pg_logdir_ls)/i;

/** Functions that execute a query given as text. */
/**
 * Functions that run a query given as text, and the argument that holds it (by the call's argument
 * count): ts_rewrite(query, select) runs its second argument, its three-argument form runs nothing.
 */
const QUERY_ARGUMENT = new Map<string, (args: number) => number | undefined>([
  ['query_to_xml', () => 0],
  ['query_to_xmlschema', () => 0],
  ['query_to_xml_and_xmlschema', () => 0],
  ['ts_stat', () => 0],
  ['ts_rewrite', (n) => (n === 2 ? 1 : undefined)],
]);

const UNTRUSTED_LANGS = new Set([
  'plpython3u',
  'plpythonu',
  'plpython2u',
  'plperlu',
  'pltclu',
  'plluau',
  'plr',
  'plsh',
  'pljavau',
]);
/** Extensions whose only purpose is server file access. */
const FILE_EXTENSIONS = new Set(['adminpack', 'file_fdw']);
const PRIVILEGED_ROLES = new Set(['pg_execute_server_program', 'pg_read_server_files', 'pg_write_server_files']);
const LIBRARY_SETTINGS = new Set(['session_preload_libraries', 'local_preload_libraries', 'shared_preload_libraries', 'dynamic_library_path']);

/** Nested SQL (EXECUTE of a literal that creates a function with EXECUTE …) is followed this deep. */
const MAX_DEPTH = 6;
/** Embedded queries parsed per top-level statement, at most: bounds the work on hostile input. */
const MAX_PARSES = 500;

interface Walk {
  ctx: ScreenContext;
  hits: CapabilityHit[];
  parses: number;
}

/**
 * The capabilities a statement would use if executed, with where they hide. Pass one context per
 * review, in execution order: functions created with flagged bodies are remembered, and later calls
 * to them (SELECT f(), CALL, triggers, event triggers) are flagged too. Never throws.
 */
export function screenStatement(stmt: Pick<Statement, 'kind' | 'node'> & Partial<Pick<Statement, 'sql' | 'plpgsql'>>, context: ScreenContext = createScreenContext()): CapabilityHit[] {
  const w: Walk = { ctx: context, hits: [], parses: 0 };
  try {
    // The PL/pgSQL tree is read only for a body that could hide something (see bodyMayFlag).
    screenNode(stmt.kind, stmt.node, stmt.sql, () => stmt.plpgsql, w, 0, '', true);
  } catch (e) {
    // A screening bug must not let a statement through unscreened: refuse it and say why.
    w.hits.push({
      capability: 'dynamic-sql',
      detail: `the statement could not be screened (${(e as Error)?.message ?? e})`,
      severity: 'low',
      refuse: true,
    });
  }
  return dedupe(w.hits);
}

/** SQL text (one or more statements) screened as if executed in order; for the live runner's ad-hoc SQL and tests. */
export function screenSql(sql: string, context: ScreenContext = createScreenContext()): CapabilityHit[] {
  const w: Walk = { ctx: context, hits: [], parses: 0 };
  screenText(sql, 0, w, 0, '');
  return dedupe(w.hits);
}

function dedupe(hits: CapabilityHit[]): CapabilityHit[] {
  if (hits.length < 2) return hits; // nearly every statement: nothing to compare
  const seen = new Set<string>();
  return hits.filter((h) => {
    const k = `${h.capability}\u0000${h.detail}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function add(w: Walk, capability: CapabilityId, detail: string, where: string, location?: number): void {
  const dyn = capability === 'dynamic-sql';
  w.hits.push({
    capability,
    detail: where ? `${detail} ${where}` : detail,
    severity: dyn ? 'low' : 'critical',
    refuse: !dyn,
    location: where ? undefined : location,
  });
}

/** Parse SQL text and screen every statement in it. `mode` 0: statements; 2: an expression; 3+: an assignment. */
function screenText(text: string, mode: number, w: Walk, depth: number, where: string): void {
  if (depth > MAX_DEPTH) {
    add(w, 'dynamic-sql', 'SQL nested too deep to screen', where);
    return;
  }
  if (++w.parses > MAX_PARSES) {
    if (w.parses === MAX_PARSES + 1) add(w, 'dynamic-sql', `more than ${MAX_PARSES} embedded queries: the rest was screened by pattern only`, where);
    lexical(text, w, where);
    return;
  }
  if (!mayFlag(text, w.ctx)) return;
  const sql = plpgsqlExprSql(text, mode);
  let tree: any;
  try {
    tree = parseSql(sql);
  } catch {
    // PL/pgSQL accepts fragments the SQL grammar does not (e.g. `x := a, b` or cursor args): fall back to patterns.
    lexical(text, w, where);
    return;
  }
  for (const s of pg17.statementsOf(tree)) {
    const sub = s.length ? sliceBytes(sql, s.location, s.location + s.length) : sliceBytes(sql, s.location);
    screenNode(s.kind, s.node, sub, undefined, w, depth, where, false);
  }
}

/**
 * Keywords without which no statement screenNode flags can be written, nor any pattern lexical()
 * looks for: COPY, ALTER SYSTEM, LOAD, IMPORT FOREIGN SCHEMA, DO, and what follows CREATE in the
 * statements that matter (FUNCTION/PROCEDURE, which also change what the context remembers,
 * LANGUAGE, EXTENSION, SERVER, USER MAPPING, FOREIGN TABLE, TRIGGER). GRANT of a role matters only
 * for the roles FLAGGED_NAMES lists. A keyword is an ASCII token matched case-insensitively, never
 * part of a longer identifier, so `\b…\b` with /i finds it wherever the parser would. Not counted,
 * because no such statement can be written so: `ON CONFLICT DO NOTHING/UPDATE` (a DO block's body is
 * a string), `ON FUNCTION` (GRANT, COMMENT), `ALTER FUNCTION`, `DROP FUNCTION`, `FOREIGN KEY`.
 */
const FLAGGED_KEYWORDS = /\b(copy|load|import|system|language|procedure|extension|server|mapping|trigger)\b|(?<!\b(?:on|alter|drop)\s+)\bfunction\b|\bforeign\b(?!\s+key\b)|\bdo\b(?!\s+(?:nothing|update)\b)/i;
/**
 * Names screenCall, the SET checks and GRANT of a role flag, as substrings (an identifier longer than 63 bytes is cut,
 * so a name may be the start of a longer word); `u&` is an identifier spelled with Unicode escapes,
 * which could spell any of them. SET SESSION AUTHORIZATION is `authorization`.
 */
const FLAGGED_NAMES = /u&|authorization|pg_read_|pg_write_server_files|pg_execute_server_program|pg_ls_|pg_stat_file|lo_import|lo_export|pg_file_|pg_logdir_ls|dblink|set_config|query_to_xml|ts_stat|ts_rewrite|standard_conforming_strings|preload_libraries|dynamic_library_path/i;
/**
 * Functions the grammar calls without their name in the text (`x AT TIME ZONE y` is
 * pg_catalog.timezone(y, x), `TRIM(…)` btrim…): a flagged function of such a name could be called
 * by syntax alone. TREAT(x AS type) calls the type's name, handled by the `treat` keyword.
 */
const SYNTAX_CALLS = new Set(['timezone', 'like_escape', 'similar_to_escape', 'is_normalized', 'pg_collation_for', 'btrim', 'ltrim', 'rtrim', 'system_user', 'overlaps', 'extract', 'normalize', 'overlay', 'position', 'substring', 'xmlexists', 'json_object']);

/**
 * Whether parsing `text` could flag anything or change what the context remembers: false only when
 * the text has none of the keywords and names above and calls none of the functions the context
 * flags. Most embedded PL/pgSQL expressions (`x := y + 1`, `IF NEW.a IS NULL`) have none, and
 * parsing each of them was most of the screen's cost.
 */
function mayFlag(text: string, ctx: ScreenContext): boolean {
  return FLAGGED_KEYWORDS.test(text) || mayCall(text, ctx);
}

/** Whether a function call or SET in `text` could be flagged (screenCall, flagCall, the SET checks). */
function mayCall(text: string, ctx: ScreenContext): boolean {
  // screenCall compares lower-cased names, and the Kelvin sign lower-cases to an ASCII k, which a
  // case-insensitive match does not equate: compare the lower-cased text then.
  const t = text.includes('\u212a') ? text.toLowerCase() : text;
  if (FLAGGED_NAMES.test(t)) return true;
  if (ctx.functions.size === 0 && ctx.dynamicFunctions.size === 0) return false;
  return flaggedCalls(ctx).test(t);
}

/** The context's flagged function names as one case-insensitive pattern, rebuilt when they change. */
const flaggedCallPatterns = new WeakMap<ScreenContext, { names: string[]; pattern: RegExp }>();
function flaggedCalls(ctx: ScreenContext): RegExp {
  const cached = flaggedCallPatterns.get(ctx);
  if (cached && sameNames(cached.names, ctx)) return cached.pattern;
  const names = [...ctx.functions.keys(), ...ctx.dynamicFunctions];
  // A name the grammar can call by syntax, a non-ASCII one (lower-cased by context: final sigma), or
  // one with a double quote (written doubled, "x""y") could be called without being written as it is
  // stored: every text may call it.
  const anywhere = names.some((n) => SYNTAX_CALLS.has(n) || /[^\x00-\x7f]/.test(n) || n.includes('"'));
  const pattern = anywhere ? /(?:)/ : new RegExp(['\\btreat\\b', ...names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))].join('|'), 'i');
  flaggedCallPatterns.set(ctx, { names, pattern });
  return pattern;
}

/** Whether the context holds exactly `names`, in order (asked before every embedded query: no array built). */
function sameNames(names: string[], ctx: ScreenContext): boolean {
  if (names.length !== ctx.functions.size + ctx.dynamicFunctions.size) return false;
  let i = 0;
  for (const n of ctx.functions.keys()) if (names[i++] !== n) return false;
  for (const n of ctx.dynamicFunctions) if (names[i++] !== n) return false;
  return true;
}

/** PL/pgSQL runs a string as SQL only through EXECUTE (EXECUTE, FOR … IN EXECUTE, RETURN QUERY EXECUTE, OPEN … FOR EXECUTE). */
const EXECUTE_KEYWORD = /\bexecute\b/i;

/**
 * Whether screening a PL/pgSQL body could find anything: every query in its tree is text of the body
 * (PL/pgSQL adds only SELECT and its CASE variables), so a body with nothing mayFlag looks for and no
 * EXECUTE has nothing to find, and its tree need not be read.
 *
 * The keywords and names must be in the body's code: in a comment they are nothing, and a string
 * literal's text runs only through a statement or call whose own keyword or name is code (EXECUTE,
 * DO, CREATE FUNCTION … AS, query_to_xml(), a flagged function created earlier). Most bodies that
 * pass the first test name them only in comments and messages, and parsing their trees was most of
 * the screen's cost. (A body skipped so is not pattern-screened either when it would not have
 * parsed: the patterns could only have matched its comments and literals.)
 */
function bodyMayFlag(body: string, ctx: ScreenContext): boolean {
  if (!EXECUTE_KEYWORD.test(body) && !mayFlag(body, ctx)) return false;
  const code = codeWithoutCommentsOrStrings(body);
  return code === undefined || EXECUTE_KEYWORD.test(code) || mayFlag(code, ctx);
}

/** Whether a PL/pgSQL body may run a string (EXECUTE in its code, not only in comments or strings). */
function bodyMayExecute(body: string): boolean {
  if (!EXECUTE_KEYWORD.test(body)) return false;
  const code = codeWithoutCommentsOrStrings(body);
  return code === undefined || EXECUTE_KEYWORD.test(code);
}

/** A statement's PL/pgSQL tree, read when needed. */
type PlTree = (() => any) | undefined;

/**
 * pg17.parseSync, once per text: an EXECUTE's expression is parsed to fold it, screened, and read
 * again by unresolvedExecutes; a template is parsed to check its shape and then screened. The trees
 * are only read. Throws as parseSync does on text that does not parse.
 */
function parseSql(sql: string): any {
  let tree = parsedTexts.get(sql);
  if (tree === undefined) {
    if (parsedTexts.size >= 2_000) parsedTexts.clear(); // bounded across in-process reviews
    try {
      tree = pg17.parseSync(sql);
    } catch (e) {
      // A syntax error is the text's answer; anything else (the parser not loaded) is not kept.
      if (!(e instanceof pg17.SqlError)) throw e;
      tree = e;
    }
    parsedTexts.set(sql, tree);
  }
  if (tree instanceof pg17.SqlError) throw tree;
  return tree;
}
const parsedTexts = new Map<string, any>();

function sliceBytes(text: string, start: number, end?: number): string {
  // Nearly every text is one statement: the whole of it, without a round trip through UTF-8.
  if (start === 0 && end === undefined) return text;
  const buf = Buffer.from(text, 'utf8');
  return buf.subarray(start, end).toString('utf8');
}

/** Screen one statement node: its own kind, every function call in it, and the code it creates or runs. */
function screenNode(kind: string, node: any, sql: string | undefined, plTree: PlTree, w: Walk, depth: number, where: string, top: boolean): void {
  if (!node || typeof node !== 'object') return;

  switch (kind) {
    case 'CopyStmt': {
      if (node.is_program) addAt(w, where, `COPY … ${node.is_from ? 'FROM' : 'TO'} PROGRAM ${quote(node.filename)}`, 'shell-command');
      else if (typeof node.filename === 'string')
        addAt(w, where, `COPY … ${node.is_from ? 'FROM' : 'TO'} server file ${quote(node.filename)}`, 'server-file-access');
      break;
    }
    case 'AlterSystemStmt':
      addAt(w, where, `ALTER SYSTEM SET ${node.setstmt?.name ?? ''}`.trim(), 'server-configuration');
      break;
    case 'LoadStmt':
      addAt(w, where, `LOAD ${quote(node.filename)}`, 'native-code');
      break;
    case 'CreateExtensionStmt': {
      const ext = String(node.extname ?? '').toLowerCase();
      if (UNTRUSTED_LANGS.has(ext)) addAt(w, where, `CREATE EXTENSION ${ext} (untrusted language)`, 'untrusted-language');
      else if (FILE_EXTENSIONS.has(ext)) addAt(w, where, `CREATE EXTENSION ${ext}`, 'server-file-access');
      break;
    }
    case 'CreatePLangStmt':
      if (!node.pltrusted) addAt(w, where, `CREATE LANGUAGE ${node.plname ?? '<language>'} with its own handler`, 'native-code');
      break;
    case 'CreateForeignServerStmt': {
      const fdw = String(node.fdwname ?? '').toLowerCase();
      addAt(w, where, `CREATE SERVER ${node.servername ?? ''} FOREIGN DATA WRAPPER ${fdw}`, fdw === 'file_fdw' ? 'server-file-access' : 'network-connection');
      break;
    }
    case 'CreateUserMappingStmt':
      addAt(w, where, `CREATE USER MAPPING for server ${node.servername ?? ''}`, 'network-connection');
      break;
    case 'ImportForeignSchemaStmt':
      addAt(w, where, `IMPORT FOREIGN SCHEMA from server ${node.server_name ?? ''}`, 'network-connection');
      break;
    case 'CreateForeignTableStmt':
      for (const o of node.options ?? []) {
        const d = o?.DefElem;
        if (d?.defname === 'program') addAt(w, where, `foreign table reading PROGRAM ${quote(d.arg?.String?.sval)}`, 'shell-command');
        else if (d?.defname === 'filename') addAt(w, where, `foreign table reading server file ${quote(d.arg?.String?.sval)}`, 'server-file-access');
      }
      break;
    case 'GrantRoleStmt':
      if (node.is_grant !== false)
        for (const r of node.granted_roles ?? []) {
          const name = r?.AccessPriv?.priv_name;
          if (typeof name === 'string' && PRIVILEGED_ROLES.has(name.toLowerCase())) addAt(w, where, `GRANT ${name}`, 'privileged-role');
        }
      break;
    case 'UpdateStmt':
      // pg_settings' update rule calls set_config(): it can turn standard_conforming_strings off by a name built in its WHERE.
      if (String(node.relation?.relname ?? '').toLowerCase() === 'pg_settings') refuseConformingStringsOff(w, 'UPDATE pg_settings', where);
      break;
    case 'CreateFunctionStmt':
      screenFunction(node, sql, plTree, w, depth, where);
      break;
    case 'DoStmt':
      screenDo(node, sql, plTree, w, depth, where);
      break;
    case 'CreateTrigStmt':
    case 'CreateEventTrigStmt': {
      const fn = lastName(node.funcname);
      if (fn) flagCall(fn, `${kind === 'CreateTrigStmt' ? 'trigger' : 'event trigger'} ${node.trigname ?? ''} runs`.replace('  ', ' '), w, where);
      break;
    }
  }

  // Every function call and SET anywhere in the statement (column defaults, views, CTEs, BEGIN ATOMIC bodies…),
  // unless the statement's text names none that could be flagged. A function or DO block is walked
  // without reading its text: its body is one string in the tree, and the longest part of the text.
  if (sql === undefined || kind === 'CreateFunctionStmt' || kind === 'DoStmt' || mayCall(sql, w.ctx)) walkNode(node, (key, value) => {
    if (key === 'FuncCall' || key === 'funccall') screenCall(value, w, depth, where, top);
    else if (key === 'VariableSetStmt' || key === 'setstmt') {
      const name = String(value?.name ?? '').toLowerCase();
      if (setsConformingStringsOff(value)) refuseConformingStringsOff(w, `SET ${name} = ${settingValue(value.args?.[0]) ?? '…'}`, where);
      if (LIBRARY_SETTINGS.has(name)) add(w, 'native-code', `SET ${name} (loads libraries into later sessions)`, where);
      else if (name === 'session_authorization') add(w, 'session-authorization', `${value?.kind === 'VAR_RESET' ? 'RESET' : 'SET'} SESSION AUTHORIZATION`, where);
    }
  });
  if (kind === 'VariableSetStmt' && setsConformingStringsOff(node))
    refuseConformingStringsOff(w, `SET ${node.is_local ? 'LOCAL ' : ''}standard_conforming_strings = ${settingValue(node.args?.[0]) ?? '…'}`, where, top ? node.location : undefined);
  if (kind === 'VariableSetStmt' && LIBRARY_SETTINGS.has(String(node.name ?? '').toLowerCase()))
    add(w, 'native-code', `SET ${node.name} (loads libraries into later sessions)`, where);
  else if (kind === 'VariableSetStmt' && String(node.name ?? '').toLowerCase() === 'session_authorization')
    add(w, 'session-authorization', `${node.kind === 'VAR_RESET' ? 'RESET' : 'SET'} SESSION AUTHORIZATION`, where, top ? node.location : undefined);
}

/**
 * standard_conforming_strings off makes later string literals take backslash escapes, which the
 * parser (always on) does not read: code can then pass for a string in every later statement and
 * body, and in functions created before (compiled at their first call). Pattern screening cannot make
 * up for that, so the statement is refused, like any the screen cannot read; later bodies are also
 * screened by pattern (the context remembers it). pg_dump writes `= on`, which is left alone.
 */
function refuseConformingStringsOff(w: Walk, how: string, where: string, location?: number): void {
  w.ctx.backslashStrings = true;
  w.hits.push({
    capability: 'dynamic-sql',
    detail: `${how}: later string literals would take backslash escapes, which pgreview's parser does not read, so code could pass for a string${where ? ` ${where}` : ''}`,
    severity: 'low',
    refuse: true,
    location: where ? undefined : location,
  });
}

/** A SET's value as text ('off', 'false', '0'), or undefined when it is not a constant. */
function settingValue(arg: any): string | undefined {
  const c = arg?.A_Const;
  if (!c) return undefined;
  return c.sval?.sval ?? (c.ival ? String(c.ival.ival ?? 0) : undefined) ?? (c.boolval ? String(c.boolval.boolval ?? false) : undefined);
}

/** Whether a SET (VariableSetStmt: top level, a function's or role's SET) may turn standard_conforming_strings off. */
function setsConformingStringsOff(set: any): boolean {
  return set?.kind === 'VAR_SET_VALUE' && turnsOffConformingStrings(String(set.name ?? '').toLowerCase(), settingValue(set.args?.[0]));
}

/** Whether setting `name` to `value` (undefined: not known before it runs) may turn standard_conforming_strings off. */
function turnsOffConformingStrings(name: string, value: string | undefined): boolean {
  return name === 'standard_conforming_strings' && !['on', 'true', 'yes', '1'].includes(String(value ?? '').trim().toLowerCase());
}

/** A capability of the statement itself (no location: the finding points at the statement). */
function addAt(w: Walk, where: string, detail: string, capability: CapabilityId): void {
  add(w, capability, detail, where);
}

function screenCall(call: any, w: Walk, depth: number, where: string, top: boolean): void {
  const parts = strings(call?.funcname).map((s) => s.toLowerCase());
  const name = parts[parts.length - 1];
  if (!name) return;
  const loc = top ? call.location : undefined;
  const queryAt = QUERY_ARGUMENT.get(name)?.(call.args?.length ?? 0);
  if (FILE_FUNCS.has(name)) add(w, 'server-file-access', `${name}()`, where, loc);
  else if (name.startsWith('dblink') && !['dblink_build_sql_insert', 'dblink_build_sql_update', 'dblink_build_sql_delete'].includes(name))
    add(w, 'network-connection', `${name}()`, where, loc);
  else if (name === 'set_config') {
    // set_config('session_authorization', …) is SET SESSION AUTHORIZATION; a name built at run time could be it.
    const setting = foldString(call.args?.[0]);
    if (setting == null || setting.includes(MARK)) add(w, 'dynamic-sql', 'set_config() of a setting named at run time', where, loc);
    else if (setting.trim().toLowerCase() === 'session_authorization') add(w, 'session-authorization', "set_config('session_authorization', …)", where, loc);
    else if (turnsOffConformingStrings(setting.trim().toLowerCase(), foldString(call.args?.[1]))) refuseConformingStringsOff(w, "set_config('standard_conforming_strings', …)", where, loc);
  } else if (queryAt !== undefined) {
    const q = foldString(call.args?.[queryAt]);
    if (q != null && !q.includes(MARK)) screenText(q, 0, w, depth + 1, `in the query run by ${name}()${where ? ` ${where}` : ''}`);
    else add(w, 'dynamic-sql', `${name}() of a query built at run time`, where, loc);
  }
  flagCall(name, 'calls', w, where);
}

/** A call to a function created earlier whose body was flagged (`verb`: 'calls', 'trigger t runs'…). */
function flagCall(name: string, verb: string, w: Walk, where: string): void {
  const key = name.toLowerCase();
  const body = w.ctx.functions.get(key);
  if (body) {
    for (const cap of new Set(body.map((h) => h.capability))) {
      const d = body.find((h) => h.capability === cap)!.detail;
      add(w, cap, `${verb} ${key}(), created earlier in this review and flagged: ${d}`, where);
    }
  } else if (w.ctx.dynamicFunctions.has(key)) {
    add(w, 'dynamic-sql', `${verb} ${key}(), whose body runs dynamic SQL that could not be screened`, where);
  }
}

function lastName(items: any[] | undefined): string | undefined {
  const parts = strings(items);
  return parts.length ? parts[parts.length - 1]!.toLowerCase() : undefined;
}

function quote(s: unknown): string {
  const t = String(s ?? '');
  return `'${t.length > 80 ? t.slice(0, 77) + '…' : t}'`;
}

function screenFunction(node: any, sql: string | undefined, plTree: PlTree, w: Walk, depth: number, where: string): void {
  const name = lastName(node.funcname) ?? '<function>';
  const display = strings(node.funcname).join('.') || name;
  const opts: any[] = (node.options ?? []).map((o: any) => o?.DefElem).filter(Boolean);
  const lang = String(opts.find((d) => d.defname === 'language')?.arg?.String?.sval ?? (node.sql_body ? 'sql' : '')).toLowerCase();
  const as = strings(opts.find((d) => d.defname === 'as')?.arg?.List?.items);
  const before = w.hits.length;
  const inner = `in the body of ${display}()${where ? ` ${where}` : ''}`;
  // The function's own SET applies when its body is compiled: before the body is screened.
  for (const d of opts) {
    if (d.defname === 'set' && setsConformingStringsOff(d.arg?.VariableSetStmt)) w.ctx.backslashStrings = true;
  }

  if (UNTRUSTED_LANGS.has(lang)) add(w, 'untrusted-language', `function ${display}() in LANGUAGE ${lang}`, where);
  else if (lang === 'c') add(w, 'native-code', `function ${display}() in LANGUAGE C from ${quote(as[0])}`, where);
  else if (lang === 'internal' && as[0] && FILE_SYMBOL_RE.test(as[0])) add(w, 'server-file-access', `function ${display}() wraps the internal ${as[0]}`, where);
  else if (lang === 'sql' && as[0] != null) screenText(as[0], 0, w, depth + 1, inner);
  else if (lang === 'plpgsql' && (as[0] == null || w.ctx.backslashStrings || bodyMayFlag(as[0], w.ctx))) {
    const tree = plTree?.() ?? (sql ? parsePlpgsql(sql) : undefined);
    if (tree) screenPl(tree, w, depth, inner, false);
    else if (as[0] != null) lexical(as[0], w, inner, true);
    if (tree && as[0] != null && w.ctx.backslashStrings) lexical(as[0], w, inner);
  }
  if (lang === 'sql' && as[0] != null && w.ctx.backslashStrings) lexical(as[0], w, inner);
  // BEGIN ATOMIC bodies are part of the node: the caller's walk screens their calls.

  const body = w.hits.slice(before);
  const own = body.filter((h) => h.capability !== 'dynamic-sql');
  // CREATE OR REPLACE replaces the body: what the old one did no longer matters.
  if (own.length) w.ctx.functions.set(name, own);
  else w.ctx.functions.delete(name);
  if (body.some((h) => h.capability === 'dynamic-sql')) w.ctx.dynamicFunctions.add(name);
  else w.ctx.dynamicFunctions.delete(name);
  // Creating a function does not run its dynamic SQL: only a call does, and the call is flagged then.
  for (let i = w.hits.length - 1; i >= before; i--) if (w.hits[i]!.capability === 'dynamic-sql') w.hits.splice(i, 1);
}

function screenDo(node: any, sql: string | undefined, plTree: PlTree, w: Walk, depth: number, where: string): void {
  const args: any[] = (node.args ?? []).map((o: any) => o?.DefElem).filter(Boolean);
  const lang = String(args.find((d) => d.defname === 'language')?.arg?.String?.sval ?? 'plpgsql').toLowerCase();
  const body = args.find((d) => d.defname === 'as')?.arg?.String?.sval;
  const inner = `inside a DO block${where ? ` ${where}` : ''}`;
  if (UNTRUSTED_LANGS.has(lang)) return add(w, 'untrusted-language', `DO block in LANGUAGE ${lang}`, where);
  if (lang !== 'plpgsql' || (typeof body === 'string' && !w.ctx.backslashStrings && !bodyMayFlag(body, w.ctx))) return;
  const tree = plTree?.() ?? (sql ? parsePlpgsql(sql) : undefined) ?? (typeof body === 'string' ? parsePlpgsql(`DO ${dollar(body)}`) : undefined);
  if (tree) screenPl(tree, w, depth, inner, true);
  else if (typeof body === 'string') lexical(body, w, inner, true);
  if (tree && typeof body === 'string' && w.ctx.backslashStrings) lexical(body, w, inner);
}

function dollar(body: string): string {
  let tag = '$pgr$';
  for (let i = 0; body.includes(tag); i++) tag = `$pgr${i}$`;
  return `${tag}${body}${tag}`;
}

/** Where a PL/pgSQL statement keeps a dynamic query (EXECUTE, FOR … EXECUTE, RETURN QUERY EXECUTE, OPEN … FOR EXECUTE). */
const DYNAMIC_KEYS: Record<string, string> = {
  PLpgSQL_stmt_dynexecute: 'query',
  PLpgSQL_stmt_dynfors: 'query',
  PLpgSQL_stmt_return_query: 'dynquery',
  PLpgSQL_stmt_open: 'dynquery',
};

/** Every embedded query of a PL/pgSQL tree, screened; dynamic queries are read when they are literal. */
function screenPl(tree: any, w: Walk, depth: number, where: string, runsNow: boolean): void {
  const visit = (value: any, owner: string | undefined, key: string) => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, owner, key);
      return;
    }
    // for…in: the same keys in the same order as Object.keys (parsed JSON inherits none), without an array per node.
    for (const k in value) {
      const v = value[k];
      if (k === 'PLpgSQL_expr') {
        const q = typeof v?.query === 'string' ? v.query : undefined;
        if (q == null) continue;
        const dynamic = owner != null && DYNAMIC_KEYS[owner] === key;
        if (dynamic) screenDynamic(q, w, depth, where, runsNow);
        else screenText(q, typeof v.parseMode === 'number' ? v.parseMode : 0, w, depth + 1, where);
      } else if (k.startsWith('PLpgSQL_stmt_')) {
        // A scalar has no object inside to visit.
        if (v !== null && typeof v === 'object') for (const kk in v) visit(v[kk], k, kk);
      } else visit(v, owner, k);
    }
  };
  visit(tree, undefined, '');
}

/** EXECUTE <expr>: a constant string is parsed and screened; anything else is screened by its literal fragments. */
function screenDynamic(exprText: string, w: Walk, depth: number, where: string, runsNow: boolean): void {
  const inner = `in dynamic SQL (EXECUTE) ${where}`;
  let expr: any;
  try {
    expr = parseSql(`SELECT ${exprText}`).stmts?.[0]?.stmt?.SelectStmt?.targetList?.[0]?.ResTarget?.val;
  } catch {
    expr = undefined;
  }
  // The expression itself may call things: EXECUTE pg_read_file('/tmp/x.sql').
  if (expr) screenText(exprText, 2, w, depth + 1, where);
  const literal = expr ? foldString(expr) : undefined;
  if (literal != null) return screenText(literal, 0, w, depth + 1, inner);
  // format('… %I … %L …', …), quote_ident(), quote_literal(): the values vary, the statement's shape does not.
  const template = expr ? foldTemplate(expr) : undefined;
  if (template != null && shapeIsFixed(template)) return screenText(template, 0, w, depth + 1, inner);
  const before = w.hits.length;
  const fragments: string[] = [];
  if (expr) walkNode(expr, (k, v) => void (k === 'A_Const' && typeof v?.sval?.sval === 'string' && fragments.push(v.sval.sval)));
  else fragments.push(exprText);
  lexical(fragments.join(' '), w, inner);
  if (w.hits.length === before || !runsNow)
    add(w, 'dynamic-sql', `EXECUTE of a string built at run time (${short(exprText)})`, where);
}

/** Stands for a value only known at run time: as an identifier (%I) or inside a literal (%L). */
const MARK = 'pgreview_value_7f3a';

/**
 * A string with run-time values replaced by MARK, when every such value is quoted as an identifier
 * or a literal (so it cannot change the statement's structure); undefined for anything else (%s, variables).
 */
function foldTemplate(expr: any): string | undefined {
  if (!expr || typeof expr !== 'object') return undefined;
  const lit = foldString(expr);
  if (lit != null) return lit;
  if (expr.TypeCast) return foldTemplate(expr.TypeCast.arg);
  if (expr.A_Expr && expr.A_Expr.kind === 'AEXPR_OP' && strings(expr.A_Expr.name).join('.') === '||') {
    const l = foldTemplate(expr.A_Expr.lexpr);
    const r = l == null ? undefined : foldTemplate(expr.A_Expr.rexpr);
    return l != null && r != null ? l + r : undefined;
  }
  const call = expr.FuncCall;
  if (!call) return undefined;
  const name = strings(call.funcname).pop()?.toLowerCase();
  if (name === 'quote_ident') return MARK;
  if (name === 'quote_literal' || name === 'quote_nullable') return `'${MARK}'`;
  if (name === 'format') {
    const fmt = foldString(call.args?.[0]);
    if (fmt == null) return undefined;
    let ok = true;
    let next = 1;
    const args: any[] = call.args ?? [];
    const out = fmt.replace(/%(\d+\$)?(-?\d*|\*(\d+\$)?)([%sIL])/g, (m, pos: string | undefined, _w, _s, t: string) => {
      if (t === '%') return '%';
      // A constant argument is spliced in as Postgres would quote it; a run-time one becomes MARK.
      const n = pos ? parseInt(pos, 10) : next;
      next = n + 1;
      const value = /[*]/.test(m) ? undefined : foldString(args[n]);
      if (t === 'I') return value != null ? `"${value.replace(/"/g, '""')}"` : MARK;
      if (t === 'L') return value != null ? `'${value.replace(/'/g, "''")}'` : `'${MARK}'`;
      if (value != null) return value;
      ok = false; // %s of a run-time value: raw text, anything can be spliced in
      return m;
    });
    return ok ? out : undefined;
  }
  return undefined;
}

/** Keys under which a run-time identifier or literal only names a table, column, constraint or role, or is a plain value. */
const SAFE_MARK_KEYS = new Set(['relname', 'schemaname', 'colname', 'idxname', 'conname', 'policy_name', 'trigname', 'rolename', 'newname', 'subname', 'indexname', 'aliasname']);

/** The template parses, and every run-time value sits where it cannot add a capability (not a function, language, file or setting name). */
function shapeIsFixed(template: string): boolean {
  let tree: any;
  try {
    tree = parseSql(template);
  } catch {
    return false;
  }
  let fixed = true;
  const visit = (value: any, key: string, parentKey: string): void => {
    if (!fixed) return;
    if (typeof value === 'string') {
      if (!value.includes(MARK)) return;
      // String nodes: safe in column references; a literal value (A_Const) is safe; elsewhere (function names, options) not.
      if (key === 'sval' && (parentKey === 'fields' || parentKey === 'sval')) return;
      if (SAFE_MARK_KEYS.has(key)) return;
      fixed = false;
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, key, parentKey);
      return;
    }
    // Settings and function-like names must be known: SET <mark> = … or ALTER … SET <mark> could load libraries.
    if ((key === 'VariableSetStmt' || key === 'setstmt') && String(value.name ?? '').includes(MARK)) {
      fixed = false;
      return;
    }
    if (key === 'FuncCall' || key === 'funccall' || key === 'DefElem' || key === 'LoadStmt' || key === 'CreateExtensionStmt') {
      if (JSON.stringify(value).includes(MARK) && !(key === 'FuncCall' && !JSON.stringify(value.funcname ?? '').includes(MARK) && argsOnlyLiterals(value))) {
        fixed = false;
        return;
      }
    }
    for (const k of Object.keys(value)) visit(value[k], k, key === 'String' ? parentKey : key);
  };
  visit(tree, '', '');
  return fixed;
}

/** A call whose run-time values are plain arguments (not a function that runs its argument as SQL). */
function argsOnlyLiterals(call: any): boolean {
  const name = strings(call.funcname).pop()?.toLowerCase() ?? '';
  return !QUERY_ARGUMENT.has(name) && !name.startsWith('dblink');
}

function short(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 60 ? t.slice(0, 57) + '…' : t;
}

/** A string the expression always evaluates to: literals, casts of literals, and || of those. */
function foldString(expr: any): string | undefined {
  if (!expr || typeof expr !== 'object') return undefined;
  if (expr.A_Const) return typeof expr.A_Const.sval?.sval === 'string' ? expr.A_Const.sval.sval : expr.A_Const.sval ? '' : undefined;
  if (expr.TypeCast) return foldString(expr.TypeCast.arg);
  if (expr.A_Expr && expr.A_Expr.kind === 'AEXPR_OP' && strings(expr.A_Expr.name).join('.') === '||') {
    const l = foldString(expr.A_Expr.lexpr);
    const r = l == null ? undefined : foldString(expr.A_Expr.rexpr);
    return l != null && r != null ? l + r : undefined;
  }
  return undefined;
}

const LEXICAL: { re: RegExp; cap: CapabilityId; what: string }[] = [
  { re: /\bcopy\b[\s\S]*?\bprogram\b/i, cap: 'shell-command', what: 'COPY … PROGRAM' },
  { re: /\b(pg_read_file|pg_read_binary_file|pg_ls_dir|pg_stat_file|pg_ls_(log|wal|tmp|archive_status|replslot|logicalsnap|logicalmap)dir|lo_import|lo_export|pg_file_(write|read|rename|unlink|sync)|pg_logdir_ls)\b/i, cap: 'server-file-access', what: 'server file function' },
  { re: /\balter\s+system\b/i, cap: 'server-configuration', what: 'ALTER SYSTEM' },
  { re: /(^|;)\s*load\s+'/i, cap: 'native-code', what: 'LOAD' },
  { re: /\bdblink(_exec|_connect(_u)?|_send_query|_open)?\s*\(/i, cap: 'network-connection', what: 'dblink' },
  { re: /\bcreate\s+server\b/i, cap: 'network-connection', what: 'CREATE SERVER' },
  { re: /\blanguage\s+['"]?(plpython3u|plpythonu|plpython2u|plperlu|pltclu|plluau|plr|plsh|pljavau)\b/i, cap: 'untrusted-language', what: 'untrusted language' },
  { re: /\bcreate\s+(extension|language)\s+(if\s+not\s+exists\s+)?['"]?(plpython3u|plpythonu|plpython2u|plperlu|pltclu|plluau|plr|plsh|pljavau)\b/i, cap: 'untrusted-language', what: 'untrusted language' },
  { re: /\bsession[_\s]+authorization\b/i, cap: 'session-authorization', what: 'session authorization switch' },
  { re: /\bgrant\s+(pg_execute_server_program|pg_read_server_files|pg_write_server_files)\b/i, cap: 'privileged-role', what: 'privileged role grant' },
];

/** Pattern screening for text the parser cannot read (fragments of dynamic SQL, bodies that do not parse). */
function lexical(text: string, w: Walk, where: string, unparsed = false): void {
  const sample = text.length > 1_000_000 ? text.slice(0, 1_000_000) : text;
  for (const { re, cap, what } of LEXICAL) {
    const m = re.exec(sample);
    if (m) add(w, cap, `${what} (${short(m[0])})${unparsed ? ' in a body pgreview could not parse' : ''}`, where);
  }
}

/** Depth-first walk that tolerates anything; `visit` sees each object (not array) under its key, in `walk`'s order. */
function walkNode(node: any, visit: (key: string, value: any) => void): void {
  walk(node, (key, value) => void (Array.isArray(value) || visit(key, value)));
}

/** Why the capabilities matter, in a sentence or two each: shared by the static rule and the live runner's skip reasons. */
export function describeCapabilities(hits: CapabilityHit[]): { title: string; message: string; severity: 'critical' | 'low' } {
  const refused = hits.filter((h) => h.refuse);
  const caps = [...new Set(refused.map((h) => h.capability))];
  if (refused.length === 0) {
    const what = hits.map((h) => h.detail).join('; ');
    return {
      severity: 'low',
      title: 'Dynamic SQL that cannot be screened',
      message:
        `${what}. pgreview reads a migration's SQL before running it to keep shell commands, server file access and network connections out of the review, ` +
        'but SQL assembled at run time can only be known by running it. Build dynamic statements with format() and %I/%L (or quote_ident/quote_literal), which pgreview can screen, or check by hand what this block executes.',
    };
  }
  const list = caps.map((c) => CAPABILITY_TEXT[c]).join('; ');
  const details = refused.map((h) => h.detail).join('; ');
  return {
    severity: 'critical',
    title: `Migration ${CAPABILITY_TEXT[caps[0]!]}`,
    message:
      `This statement ${list} (${details}). pgreview did NOT execute it: it screens every statement before running it and refuses these capabilities. ` +
      'In production the same migration runs with the migration role\'s privileges on your database server: a migration that shells out, reads server files or the environment, loads native code or opens network connections is a supply-chain risk, because whoever can merge a migration then runs code on the database host.',
  };
}

/** An EXECUTE in a function body whose string screening cannot resolve before it runs. */
export interface UnresolvedExecute {
  /** The expression as written (shortened). */
  expr: string;
  /** 1-based line in the statement's text (the file line is span.line + line - 1), when known. */
  line?: number;
}

/**
 * The EXECUTEs of a PL/pgSQL CREATE FUNCTION/PROCEDURE whose query string is neither a constant nor a
 * format()/quote_*() template of fixed shape: the same test screening applies before running it.
 */
export function unresolvedExecutes(stmt: Pick<Statement, 'kind' | 'node' | 'sql'> & Partial<Pick<Statement, 'plpgsql'>>): UnresolvedExecute[] {
  if (stmt.kind !== 'CreateFunctionStmt') return [];
  const opts: any[] = (stmt.node?.options ?? []).map((o: any) => o?.DefElem).filter(Boolean);
  const lang = String(opts.find((d) => d.defname === 'language')?.arg?.String?.sval ?? '').toLowerCase();
  if (lang !== 'plpgsql') return [];
  const body = strings(opts.find((d) => d.defname === 'as')?.arg?.List?.items)[0];
  // Only EXECUTE runs a string: a body without it has nothing to resolve, and its tree need not be read.
  if (body != null && !bodyMayExecute(body)) return [];
  const tree = stmt.plpgsql ?? parsePlpgsql(stmt.sql);
  if (!tree) return [];
  // PL/pgSQL numbers lines from the start of the body string.
  const bodyAt = body != null ? stmt.sql.indexOf(body) : -1;
  const bodyLine = bodyAt >= 0 ? stmt.sql.slice(0, bodyAt).split('\n').length : undefined;
  const out: UnresolvedExecute[] = [];
  const visit = (value: any, owner: string | undefined, lineno: number | undefined, key: string): void => {
    if (value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], owner, lineno, key);
      return;
    }
    // for…in, as in screenPl: Object.keys's order without an array per node.
    for (const k in value) {
      const v = value[k];
      if (k === 'PLpgSQL_expr') {
        if (owner == null || DYNAMIC_KEYS[owner] !== key || typeof v?.query !== 'string') continue;
        if (!resolvable(v.query)) out.push({ expr: short(v.query), line: bodyLine != null && lineno != null ? bodyLine + lineno - 1 : undefined });
      } else if (k.startsWith('PLpgSQL_stmt_')) {
        if (v === null || typeof v !== 'object') continue; // a scalar has no object inside to visit
        const at = typeof v.lineno === 'number' ? v.lineno : lineno;
        for (const kk in v) visit(v[kk], k, at, kk);
      } else visit(v, owner, lineno, k);
    }
  };
  visit(tree, undefined, undefined, '');
  return out;
}

function resolvable(exprText: string): boolean {
  let expr: any;
  try {
    expr = parseSql(`SELECT ${exprText}`).stmts?.[0]?.stmt?.SelectStmt?.targetList?.[0]?.ResTarget?.val;
  } catch {
    return false;
  }
  if (foldString(expr) != null) return true;
  const template = foldTemplate(expr);
  return template != null && shapeIsFixed(template);
}
