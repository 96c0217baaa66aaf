// Which changed statement a live finding about an object belongs on. Read from the parsed statements
// (src/analysis/objects.ts): the statement that creates, alters or drops that object, by its
// schema-qualified name. A text mention is the last resort, and even then a name inside a string
// literal or a comment, or qualified by another schema (vault.update_secret is not
// public.update_secret), does not count.
import type { Statement } from '../types.js';
import type { ParsedSourceWithErrors } from '../sql/parse.js';
import { scanSync } from '../sql/pg17.js';
import { statementTargets, type StatementTargets } from '../analysis/objects.js';
import { splitName } from './rollback.js';

export interface StatementLocator {
  /**
   * The first changed up statement that creates the object; else that alters, drops, renames, moves
   * or grants on it; else that changes a part of it (a column, constraint, index, policy or trigger
   * of a table); else, for a part (`schema.table.column`), that creates its table; else that comments
   * on it. Undefined when no statement does: the object changed through dynamic SQL or not at all.
   */
  changing(objectName: string): Statement | undefined;
  /** `changing`, else the first changed up statement whose code names the object (see mentions). */
  statementFor(objectName: string): Statement | undefined;
}

/** One locator per history's sources: live rules and probes of a review share it. */
const locators = new WeakMap<ParsedSourceWithErrors[], StatementLocator>();

export function statementLocator(sources: ParsedSourceWithErrors[]): StatementLocator {
  let locator = locators.get(sources);
  if (!locator) locators.set(sources, (locator = newLocator(sources)));
  return locator;
}

function newLocator(sources: ParsedSourceWithErrors[]): StatementLocator {
  const changed = sources.filter((s) => s.migration.status !== 'base' && s.direction === 'up').flatMap((s) => s.statements);
  let targets: StatementTargets[] | undefined;
  const first = (test: (t: StatementTargets) => boolean): Statement | undefined => {
    targets ??= changed.map(targetsOf);
    const i = targets.findIndex(test);
    return i < 0 ? undefined : changed[i];
  };
  const changing = (objectName: string) => {
    const parts = objectParts(objectName);
    const want = parts.join('.');
    const part = (names: string[]) => names.some((n) => n.startsWith(`${want}.`));
    const parent = parts.length >= 3 ? parts.slice(0, -1).join('.') : undefined;
    return (
      first((t) => t.created.includes(want)) ??
      first((t) => t.altered.includes(want)) ??
      first((t) => t.on.includes(want) || part(t.created) || part(t.altered)) ??
      (parent === undefined ? undefined : first((t) => t.created.includes(parent))) ??
      first((t) => t.commented.includes(want) || part(t.commented))
    );
  };
  return {
    changing,
    statementFor: (objectName) => changing(objectName) ?? mentioning(changed, objectParts(objectName)),
  };
}

function targetsOf(stmt: Statement): StatementTargets {
  try {
    return statementTargets(stmt);
  } catch {
    // A node shape the walk does not know: this statement changes nothing it can name.
    return { created: [], altered: [], on: [], commented: [] };
  }
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
 * The first statement whose code names the object (namesObject); for `schema.table.part`, else the
 * first that names the table alone.
 */
function mentioning(changed: Statement[], parts: string[]): Statement | undefined {
  return changed.find((st) => tokensName(codeTokens(st), parts)) ?? (parts.length >= 3 ? changed.find((st) => tokensName(codeTokens(st), parts.slice(0, 2))) : undefined);
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

function tokensName(tokens: CodeToken[], parts: string[]): boolean {
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
function codeTokens(st: Statement): CodeToken[] {
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
