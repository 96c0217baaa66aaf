// Whether SQL names an object: the one test the live stage uses (the locator's last resort, the
// environment gaps, the reversibility probe). Read from the code's tokens: a name inside a comment or
// a string literal does not count, except the SQL an EXECUTE runs. Here, below the live stage, so
// that a static run (a live rule module imports gaps.ts) loads none of it.
import type { Statement } from '../types.js';
import { scanSync } from '../sql/pg17.js';

/** Split a quoted, dot-joined name from the snapshot ("public"."T".c) into its parts, unquoted. */
export function splitName(name: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    if (quoted) {
      if (ch === '"' && name[i + 1] === '"') (cur += '"'), i++;
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === '.') out.push(cur), (cur = '');
    else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A catalog name's parts, unquoted, without a function's argument list: `public."F"(a text)` → public, F. */
export function objectParts(objectName: string): string[] {
  let quoted = false;
  let end = objectName.length;
  for (let i = 0; i < objectName.length; i++) {
    if (objectName[i] === '"') quoted = !quoted;
    else if (objectName[i] === '(' && !quoted) {
      end = i;
      break;
    }
  }
  return splitName(objectName.slice(0, end));
}

/**
 * Whether the statement's code names the object: the one "names this object" test of the live
 * stage (the locator's last resort, gaps.ts, the reversibility probe). `schema.name` as `name` or
 * `schema.name` (not `other.name`); `schema.table.part` as the table with the part; a one-part name
 * (an extension, a schema, a name from an error message) as that word, however qualified. A name in
 * a comment or a string literal does not count, except the SQL an EXECUTE runs (scanCode).
 */
export function namesObject(st: Statement, objectName: string): boolean {
  return tokensName(codeTokens(st), objectParts(objectName));
}

/** namesObject for SQL text that is no one statement (a whole file that did not apply). */
export function textNamesObject(sql: string, objectName: string): boolean {
  return tokensName(scanCode(sql, 0), objectParts(objectName));
}

export function tokensName(tokens: CodeToken[], parts: string[]): boolean {
  const [schema, name] = parts.length === 1 ? [undefined, parts[0]!] : [parts[0]!, parts[1]!];
  if (!name || !mentions(tokens, name, schema)) return false;
  return parts.length < 3 || mentions(tokens, parts[parts.length - 1]!);
}

/** A token of the code; an identifier's text as Postgres reads it (unquoted, or folded to lower case). */
interface CodeToken {
  text: string;
  identifier: boolean;
}

const tokensOf = new WeakMap<Statement, CodeToken[]>();

/**
 * The statement's tokens without comments and string literals; dollar-quoted bodies (functions, DO)
 * are code and read too, and so is a string an EXECUTE runs (`EXECUTE 'create table …'`,
 * `EXECUTE format('alter table %I …', …)`): dynamic SQL is code.
 */
export function codeTokens(st: Statement): CodeToken[] {
  let tokens = tokensOf.get(st);
  if (!tokens) tokensOf.set(st, (tokens = scanCode(st.sql, 0)));
  return tokens;
}

function scanCode(sql: string, depth: number): CodeToken[] {
  const out: CodeToken[] = [];
  let scanned;
  try {
    scanned = scanSync(sql).tokens;
  } catch {
    return out; // not scannable (an unterminated body): no mention read from it
  }
  for (const t of scanned) {
    if (t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT') continue;
    if (t.tokenName === 'SCONST') {
      const body = /^\$([A-Za-z_]\w*)?\$([\s\S]*)\$\1\$$/.exec(t.text);
      if (body && depth < 3) out.push(...scanCode(body[2]!, depth + 1));
      const quoted = !body && depth < 3 && executed(out) ? /^'((?:[^']|'')*)'$/.exec(t.text) : undefined;
      if (quoted) out.push(...scanCode(quoted[1]!.replace(/''/g, "'"), depth + 1));
      continue;
    }
    const keyword = (t as { keywordKind?: number }).keywordKind;
    // IDENT, or an unreserved / column-name / type-function-name keyword (name, data, position…).
    const identifier = t.tokenName === 'IDENT' || (typeof keyword === 'number' && keyword >= 1 && keyword <= 3);
    out.push({ text: identifier ? identifierText(t.text) : t.text, identifier });
  }
  return out;
}

/** The tokens so far end in `EXECUTE` or `EXECUTE format(`: the string that follows is SQL that runs. */
function executed(tokens: CodeToken[]): boolean {
  const at = (i: number) => tokens[tokens.length - i]?.text.toLowerCase();
  return at(1) === 'execute' || (at(1) === '(' && at(2) === 'format' && at(3) === 'execute');
}

function identifierText(text: string): string {
  return text.startsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text.toLowerCase();
}

/** The tokens name `name`, unqualified or qualified by `schema` (any qualifier when schema is undefined). */
function mentions(tokens: CodeToken[], name: string, schema?: string): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.identifier || t.text !== name) continue;
    const qualifier = i >= 2 && tokens[i - 1]!.text === '.' && tokens[i - 2]!.identifier ? tokens[i - 2]!.text : undefined;
    if (schema === undefined || qualifier === undefined || qualifier === schema) return true;
  }
  return false;
}
