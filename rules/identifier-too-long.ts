import * as pg17 from '../src/sql/pg17.js';
import { defineRule, type StaticContext } from '../src/analysis/rules.js';
import { MAX_IDENTIFIER_BYTES, rangeVarName, strings } from '../src/analysis/ast.js';
import type { Statement } from '../src/types.js';

interface Defined {
  name: string;
  kind: string;
  location?: number;
}

/** The statements that define names (definedNames below): the kinds this rule judges. */
const DEFINING_STATEMENTS = [
  'CreateStmt', 'ViewStmt', 'CreateTableAsStmt', 'CreateSeqStmt', 'CreateSchemaStmt', 'IndexStmt', 'CreatePolicyStmt', 'CreateTrigStmt',
  'CreateFunctionStmt', 'CreateEnumStmt', 'CreateRangeStmt', 'CreateDomainStmt', 'CompositeTypeStmt', 'RenameStmt', 'AlterTableStmt',
];

/** Column and constraint definitions, read from the runner's one walk of the statement. */
const DEFINITION_NODES = ['ColumnDef', 'Constraint'];

/** The statements whose columns and constraints definedNames reads from a walk of the whole tree. */
const NAMES_BY_WALK: ReadonlySet<string> = new Set(['CreateStmt', 'AlterTableStmt', 'CompositeTypeStmt', 'CreateDomainStmt']);

/** Names a statement defines (not the ones it merely references), with what they name. */
function definedNames(stmt: Statement, ctx: StaticContext): Defined[] {
  const n = stmt.node;
  const out: Defined[] = [];
  const add = (name: unknown, kind: string, location?: number) => {
    if (typeof name === 'string' && name) out.push({ name, kind, location });
  };
  const last = (items: any[] | undefined) => strings(items).pop();
  switch (stmt.kind) {
    case 'CreateStmt':
      add(n.relation?.relname, 'table', n.relation?.location);
      break;
    case 'ViewStmt':
      add(n.view?.relname, 'view', n.view?.location);
      break;
    case 'CreateTableAsStmt':
      add(n.into?.rel?.relname, n.objtype === 'OBJECT_MATVIEW' ? 'materialized view' : 'table', n.into?.rel?.location);
      break;
    case 'CreateSeqStmt':
      add(n.sequence?.relname, 'sequence', n.sequence?.location);
      break;
    case 'CreateSchemaStmt':
      add(n.schemaname, 'schema');
      break;
    case 'IndexStmt':
      add(n.idxname, 'index');
      break;
    case 'CreatePolicyStmt':
      add(n.policy_name, 'policy');
      break;
    case 'CreateTrigStmt':
      add(n.trigname, 'trigger');
      break;
    case 'CreateFunctionStmt':
      add(last(n.funcname), n.is_procedure ? 'procedure' : 'function');
      break;
    case 'CreateEnumStmt':
    case 'CreateRangeStmt':
      add(last(n.typeName), 'type');
      break;
    case 'CreateDomainStmt':
      add(last(n.domainname), 'domain');
      break;
    case 'CompositeTypeStmt':
      add(n.typevar?.relname, 'type', n.typevar?.location);
      break;
    case 'RenameStmt':
      add(n.newname, 'new name');
      break;
    default:
      break;
  }
  // Columns and constraints defined anywhere in the statement (CREATE TABLE, ALTER TABLE ADD …).
  if (NAMES_BY_WALK.has(stmt.kind)) {
    for (const { kind, node } of ctx.nodes(DEFINITION_NODES)) {
      if (kind === 'ColumnDef') add(node.colname, 'column', node.location);
      else add(node.conname, 'constraint', node.location);
    }
  }
  return out;
}

/** Postgres's truncate_identifier: cut at a character boundary so the name fits in 63 bytes. */
function clip(name: string): string {
  let out = '';
  let bytes = 0;
  for (const ch of name) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > MAX_IDENTIFIER_BYTES) break;
    out += ch;
    bytes += b;
  }
  return out;
}

/** Identifiers as written in the statement's text, decoded the way the scanner does, that are too long. */
function longIdentifiers(sql: string): string[] {
  let tokens: any[];
  try {
    tokens = pg17.scanSync(sql).tokens as any[];
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const t of tokens) {
    if (t.tokenName !== 'IDENT' || typeof t.text !== 'string') continue;
    const text: string = t.text;
    const name = text.startsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    if (Buffer.byteLength(name) > MAX_IDENTIFIER_BYTES) out.push(name);
  }
  return out;
}

/** Characters the scanner reads differently from mayHaveLongIdentifier: non-ASCII, `$` (dollar quotes, $n), backslash escapes. */
const NOT_PLAIN = /[^\x00-\x23\x25-\x5b\x5d-\x7f]/;
/** 64 identifier characters in a row (from a word boundary: no retry at every character of a shorter word). */
const LONG_WORD = /\b\w{64}/;
/**
 * Whether the text may hold an identifier longer than 63 bytes (what longIdentifiers finds), without
 * the scanner (a WASM call per statement): most statements define no long name, and this spares the
 * walk of their columns and constraints. Exact for texts of ASCII without comments, dollar quotes or
 * backslashes: there every quote opens a string or quoted identifier that ends at the next quote of the
 * same kind that is not doubled, and an unquoted identifier is a run of \w, 64 of them when it is
 * longer than 63 bytes. Any other text may.
 */
function mayHaveLongIdentifier(sql: string): boolean {
  if (NOT_PLAIN.test(sql) || sql.includes('--') || sql.includes('/*') || LONG_WORD.test(sql)) return true;
  let double = sql.indexOf('"');
  let single = sql.indexOf("'");
  let at = 0;
  while (double >= 0 || single >= 0) {
    const open = double < 0 ? single : single < 0 ? double : Math.min(double, single);
    const quote = open === double ? '"' : "'";
    let close = sql.indexOf(quote, open + 1);
    while (close >= 0 && sql.charCodeAt(close + 1) === quote.charCodeAt(0)) close = sql.indexOf(quote, close + 2); // doubled: part of it
    if (close < 0) return true; // not closed: read it as the scanner does
    // The quoted text with its doubled quotes: at least as long as the name.
    if (quote === '"' && close - open - 1 > MAX_IDENTIFIER_BYTES) return true;
    at = close + 1;
    if (double >= 0 && double < at) double = sql.indexOf('"', at);
    if (single >= 0 && single < at) single = sql.indexOf("'", at);
  }
  return false;
}

export default defineRule({
  id: 'identifier-too-long',
  phase: 'static',
  severity: 'medium',
  category: 'deploy',
  title: 'Identifier longer than 63 bytes is truncated',
  statements: DEFINING_STATEMENTS,
  nodes: DEFINITION_NODES,
  check(stmt, ctx) {
    // A finding needs a long identifier in the text (longIdentifiers below) and a name of nearly 63
    // bytes in the tree. Of the two tests, the cheaper one goes first: the text's for statements
    // whose names are read by walking the tree, the names' for the others (a function's long body
    // is read for nothing when its one name is short).
    const walks = NAMES_BY_WALK.has(stmt.kind);
    if (walks && !mayHaveLongIdentifier(stmt.sql)) return;
    // The parser has already truncated long names; only names of exactly 63 bytes can be truncated ones.
    const candidates = definedNames(stmt, ctx).filter((d) => Buffer.byteLength(d.name) >= MAX_IDENTIFIER_BYTES - 3 - 1);
    if (!candidates.length) return;
    if (!walks && !mayHaveLongIdentifier(stmt.sql)) return;
    const long = longIdentifiers(stmt.sql);
    if (!long.length) return;
    const done = new Set<string>();
    const table = rangeVarName(stmt.node.relation ?? stmt.node.table)?.qualified;
    for (const d of candidates) {
      const written = long.find((l) => clip(l) === d.name);
      if (!written || done.has(`${d.kind}:${d.name}`)) continue;
      done.add(`${d.kind}:${d.name}`);
      const bytes = Buffer.byteLength(written);
      const multibyte = bytes !== written.length;
      const siblings = long.filter((l) => l !== written && clip(l) === d.name);
      ctx.report({
        stmt,
        location: d.location,
        object: d.kind === 'column' || d.kind === 'constraint' || d.kind === 'policy' || d.kind === 'trigger' ? `${table ?? ''}${table ? '.' : ''}${d.name}` : d.name,
        message:
          `The ${d.kind} name "${written}" is ${bytes} bytes${multibyte ? ` (${written.length} characters: non-ASCII characters take several bytes in UTF-8)` : ''}; Postgres silently truncates identifiers to ${MAX_IDENTIFIER_BYTES} bytes and creates "${d.name}" (only a NOTICE says so). ` +
          `SQL that repeats the long name still works, because it is truncated the same way, but code that compares names as strings (information_schema or pg_catalog lookups, ORM schema diffs, migration tools checking whether the ${d.kind} exists) does not find it, and two long names that share the first ${MAX_IDENTIFIER_BYTES} bytes collide` +
          (siblings.length ? `, as "${siblings[0]}" does here` : '') +
          '.',
        fix: { description: `Choose a name of at most ${MAX_IDENTIFIER_BYTES} bytes (abbreviate its parts), and use that name everywhere the ${d.kind} is referenced.` },
      });
    }
  },
});
