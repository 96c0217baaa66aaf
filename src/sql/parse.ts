import * as pg17 from './pg17.js';
import type { TreeStatement } from './libpg-wasm.js';
import type { Ignore, Migration, ParseError, ParsedSource, SqlSource, Statement } from '../types.js';
import { SourceMap, skipTrivia, trimEnd } from './text.js';
import { NEWER_GRAMMAR, grammar18Loaded, loadGrammar18, parseWith18, pg18Construct } from './pg18.js';

interface Chunk {
  kind: string;
  node: any;
  start: number;
  end: number;
  locate: (byteLocation: number) => { line: number; column: number };
}

/**
 * Load the WASM modules once, PostgreSQL 17's (parse, scan, PL/pgSQL) and 18's; the sync parse
 * functions work only after this resolves. A review loads 18's only when it needs it: see
 * parseMigrationsLoadingGrammar18 (analysis/static.ts).
 */
export function loadParser(): Promise<void> {
  return Promise.all([pg17.loadModule(), loadGrammar18()]).then(() => undefined);
}

/**
 * Load PostgreSQL 17's module only. Until 18's is loaded too, a source with a statement 17 refuses
 * is marked (needsGrammar18) instead of being tried with 18's grammar.
 */
export function loadGrammar17(): Promise<void> {
  return pg17.loadModule();
}

/** Sources parsed while 18's module was not loaded in which 17's grammar refused a statement. */
const awaitingGrammar18 = new WeakSet<ParsedSourceWithErrors>();

/** Whether 17's grammar refused a statement of this source and 18's was not loaded to try it. */
export function needsGrammar18(source: ParsedSourceWithErrors): boolean {
  return awaitingGrammar18.has(source);
}

/**
 * The statements of `sql` (kind → node) with PostgreSQL 17's grammar, or 18's where 17 refuses
 * (in 17's tree shape); throws 17's error when neither accepts it. For callers that only need the
 * statements' meaning, such as the url engine's guard. loadParser() must have resolved.
 */
export function parseStatementsSync(sql: string): { kind: string; node: any }[] {
  let stmts;
  try {
    stmts = pg17.statementsOf(pg17.parseSync(sql));
  } catch (e) {
    stmts = parseWith18(sql);
    if (!stmts) throw e;
  }
  return stmts.map((s) => ({ kind: s.kind, node: s.node }));
}

const IGNORE_RE = /pgreview-ignore(-file)?\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::\s*(.*?))?\s*(?:\*\/)?\s*$/;

interface Comment {
  start: number; // char offset
  text: string;
}

/** All comments in the text, via the real Postgres scanner (knows strings and dollar quotes). */
function scanComments(text: string, map: SourceMap): Comment[] {
  // Comments are only read for ignore directives: without one in the text, skip the scanner (it
  // round-trips every token through protobuf and was a third of the parse time on large folders).
  if (!text.includes('pgreview-ignore')) return [];
  try {
    const scanned = pg17.scanSync(text);
    const out: Comment[] = [];
    for (const t of scanned.tokens as any[]) {
      if (t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT') {
        out.push({ start: map.byteToChar(t.start), text: t.text });
      }
    }
    return out;
  } catch {
    return [];
  }
}

function parseIgnore(comment: Comment, map: SourceMap): Ignore[] | undefined {
  if (!comment.text.includes('pgreview-ignore')) return undefined;
  const body = comment.text.replace(/^--\s*|^\/\*\s*/, '');
  const m = IGNORE_RE.exec(body);
  if (!m) return undefined;
  const line = map.position(comment.start).line;
  return m[2]!.split(/\s*,\s*/).map((ruleId) => ({
    ruleId,
    reason: (m[3] ?? '').trim(),
    line,
    scope: m[1] ? ('file' as const) : ('statement' as const),
    used: false,
  }));
}

const TEMPLATE_RE = /\{\{[\s\S]*?\}\}/;

function looksBinary(text: string): boolean {
  return text.includes('\u0000');
}

/** Whether the statement has a PL/pgSQL body: CREATE FUNCTION/PROCEDURE (language plpgsql) or a DO block. */
function hasPlpgsqlBody(kind: string, node: any): boolean {
  if (kind === 'CreateFunctionStmt') {
    const lang = (node.options ?? []).find((o: any) => o.DefElem?.defname === 'language')?.DefElem?.arg?.String?.sval;
    return !!lang && lang.toLowerCase() === 'plpgsql';
  }
  if (kind === 'DoStmt') {
    const lang = (node.args ?? []).find((o: any) => o.DefElem?.defname === 'language')?.DefElem?.arg?.String?.sval;
    return !lang || lang.toLowerCase() === 'plpgsql';
  }
  return false;
}

/**
 * The PL/pgSQL trees of the function or DO block in `sql` (the parser wants the statement's
 * semicolon); undefined when it does not parse.
 */
export function parsePlpgsql(sql: string): any | undefined {
  try {
    return pg17.parsePlPgSQLSync(sql.trimEnd().endsWith(';') ? sql : sql + ';');
  } catch {
    return undefined;
  }
}

/**
 * `statement.plpgsql`, the PL/pgSQL tree of its body, parsed when first read (by screening and the
 * data-volume probe's DO blocks): the functions of base migrations, which only feed the schema
 * model, are never parsed.
 */
function definePlpgsql(statement: Statement, sql: string): void {
  let tree: any;
  let parsed = false;
  Object.defineProperty(statement, 'plpgsql', {
    enumerable: true,
    get() {
      if (!parsed) (tree = parsePlpgsql(sql)), (parsed = true);
      return tree;
    },
  });
}

/** Statements of one chunk of text (char offsets in the file), with spans and a byte-location mapper. */
function chunksOf(
  stmts: TreeStatement[],
  text: string,
  chunkStart: number,
  chunk: string,
  map: SourceMap,
): Chunk[] {
  const chunkMap = chunk === text ? map : new SourceMap(chunk);
  // AST node locations are UTF-8 byte offsets into the chunk: map them to file positions. One
  // mapper per chunk (a whole file is one chunk), shared by its statements.
  const locate = (byteLocation: number) => map.position(chunkStart + chunkMap.byteToChar(byteLocation));
  return stmts.map((s) => {
    const startChar = chunkMap.byteToChar(s.location);
    const endChar = s.length != null ? chunkMap.byteToChar(s.location + s.length) : chunk.length;
    return { kind: s.kind, node: s.node, start: chunkStart + startChar, end: chunkStart + endChar, locate };
  });
}

/**
 * Statement and error details for one chunk of text parsed at `chunkStart` (char offset). With
 * `newer`, text PostgreSQL 17 rejects is tried with 18's grammar, and what needs 18 is returned.
 */
function parseChunk(
  text: string,
  chunkStart: number,
  chunkEnd: number,
  map: SourceMap,
  newer = false,
): { stmts: Chunk[]; error?: { message: string; at: number }; needs?: { construct: string; at: number }; untried18?: boolean } {
  const chunk = text.slice(chunkStart, chunkEnd);
  try {
    return { stmts: chunksOf(pg17.statementsOf(pg17.parseSync(chunk)), text, chunkStart, chunk, map) };
  } catch (e: any) {
    const cursor: number = e?.sqlDetails?.cursorPosition ?? 0;
    const message = String(e?.message ?? e);
    if (newer && !grammar18Loaded()) return { stmts: [], error: { message, at: chunkStart + Math.max(0, cursor) }, untried18: true };
    const with18 = newer ? parseWith18(chunk) : undefined;
    if (with18?.length) {
      const near = /at or near "([^"]*)"/.exec(message)?.[1];
      const construct = with18.map((s) => pg18Construct(s.node, near)).join(', ');
      return { stmts: chunksOf(with18, text, chunkStart, chunk, map), needs: { construct, at: chunkStart + Math.max(0, cursor) } };
    }
    return { stmts: [], error: { message, at: chunkStart + Math.max(0, cursor) } };
  }
}

/**
 * Split on top-level semicolons with the Postgres scanner, so that after a syntax error the other
 * statements of the file are still reviewed.
 */
function splitStatements(text: string, map: SourceMap): [number, number][] {
  try {
    const tokens = pg17.scanSync(text).tokens as any[];
    const out: [number, number][] = [];
    let start = 0;
    for (const t of tokens) {
      if (t.text === ';') {
        const end = map.byteToChar(t.end);
        out.push([start, end]);
        start = end;
      }
    }
    if (skipTrivia(text, start) < text.length) out.push([start, text.length]);
    return out;
  } catch {
    return [[0, text.length]];
  }
}

export interface ParseOptions {
  migration: Migration;
  direction: 'up' | 'down';
}

export interface ParsedSourceWithErrors extends ParsedSource {
  /** Every syntax error found (one per failing statement), the first is also `error`. */
  errors: ParseError[];
  /** Ignores that lack a reason: reported, never honoured. */
  invalidIgnores: Ignore[];
  /** Statements PostgreSQL 17's parser rejects and 18's accepts: parsed, and what needs 18 is named. */
  newerSyntax: NewerSyntax[];
}

export interface NewerSyntax {
  /** The PostgreSQL major whose grammar accepts it. */
  major: number;
  /** What needs that version, e.g. "a VIRTUAL generated column". */
  construct: string;
  line: number;
  column: number;
}

/** Parse one SQL source into statements with exact spans, PL/pgSQL bodies and ignore comments. */
export function parseSource(source: SqlSource, opts: ParseOptions): ParsedSourceWithErrors {
  // A BOM is replaced by a space: same length in characters, so offsets stay true to the file.
  const text = source.text.charCodeAt(0) === 0xfeff ? ' ' + source.text.slice(1) : source.text;
  const map = new SourceMap(text, source.startLine);
  const result: ParsedSourceWithErrors = {
    source,
    migration: opts.migration,
    direction: opts.direction,
    statements: [],
    fileIgnores: [],
    errors: [],
    invalidIgnores: [],
    newerSyntax: [],
  };
  const fail = (error: ParseError) => {
    result.errors.push(error);
    result.error ??= error;
  };

  if (looksBinary(text)) {
    const at = map.position(text.indexOf('\u0000'));
    fail({ message: 'the file contains NUL bytes: it is binary, not SQL', line: at.line, column: at.column, reason: 'binary' });
    return result;
  }

  // Empty and comment-only files are valid (Postgres runs them as no-ops); the parser would refuse them.
  if (skipTrivia(text, 0) >= text.length) {
    collectTrailingIgnores(scanComments(text, map), 0, map, result);
    return result;
  }

  let chunks: Chunk[] = [];
  const whole = parseChunk(text, 0, text.length, map);
  if (!whole.error) {
    chunks = whole.stmts;
  } else if (TEMPLATE_RE.test(text)) {
    const idx = text.search(TEMPLATE_RE);
    const at = map.position(idx);
    const snippet = TEMPLATE_RE.exec(text)![0].slice(0, 60);
    fail({
      message: `this file is a template, not SQL (${snippet}): the migration tool renders it before running, so pgreview cannot review it as written`,
      line: at.line,
      column: at.column,
      reason: 'template',
    });
    return result;
  } else {
    // Re-parse statement by statement so one bad statement does not hide the rest of the file.
    for (const [s, e] of splitStatements(text, map)) {
      const part = parseChunk(text, s, e, map, true);
      if (part.untried18) awaitingGrammar18.add(result);
      if (part.needs) {
        const at = map.position(Math.min(part.needs.at, text.length));
        result.newerSyntax.push({ major: NEWER_GRAMMAR, construct: part.needs.construct, line: at.line, column: at.column });
      }
      if (part.error) {
        const at = map.position(Math.min(part.error.at, text.length));
        fail({ message: part.error.message, line: at.line, column: at.column, reason: 'syntax' });
      } else chunks.push(...part.stmts);
    }
  }

  const comments = scanComments(text, map);
  let commentIdx = 0;
  let prevEnd = 0;
  for (const c of chunks) {
    const start = skipTrivia(text, Math.max(c.start, prevEnd), c.end);
    const end = trimEnd(text, start, c.end);
    const sql = text.slice(start, end);
    const from = map.position(start);
    const to = map.position(Math.max(start, end - 1));
    const ignores: Ignore[] = [];
    // Comments between the previous statement's end and this one's end belong to this statement.
    const previous = result.statements[result.statements.length - 1];
    while (commentIdx < comments.length && comments[commentIdx]!.start < c.end) {
      const comment = comments[commentIdx]!;
      const parsed = parseIgnore(comment, map);
      // A comment on the line where the previous statement ends belongs to that statement.
      const target =
        previous && comment.start < start && map.position(comment.start).line === previous.span.endLine ? previous.ignores : ignores;
      for (const ig of parsed ?? []) {
        if (!ig.reason) result.invalidIgnores.push(ig);
        else if (ig.scope === 'file') result.fileIgnores.push(ig);
        else target.push(ig);
      }
      commentIdx++;
    }
    const statement: Statement = {
      index: result.statements.length,
      file: source.file,
      migrationId: opts.migration.id,
      direction: opts.direction,
      kind: c.kind,
      node: c.node,
      sql,
      span: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1, start, end },
      plpgsql: undefined,
      ignores,
    };
    if (hasPlpgsqlBody(c.kind, c.node)) definePlpgsql(statement, sql);
    Object.defineProperty(statement, 'locate', { value: c.locate, enumerable: false });
    result.statements.push(statement);
    prevEnd = c.end;
  }
  collectTrailingIgnores(comments.slice(commentIdx), prevEnd, map, result);
  return result;
}

/** Comments after the last statement: file-level ignores, or a same-line ignore for the last statement. */
function collectTrailingIgnores(comments: Comment[], lastEnd: number, map: SourceMap, result: ParsedSourceWithErrors): void {
  const last = result.statements[result.statements.length - 1];
  for (const comment of comments) {
    for (const ig of parseIgnore(comment, map) ?? []) {
      if (!ig.reason) result.invalidIgnores.push(ig);
      else if (ig.scope === 'file') result.fileIgnores.push(ig);
      else if (last && comment.start >= lastEnd && map.position(comment.start).line === last.span.endLine) last.ignores.push(ig);
      else result.invalidIgnores.push(ig); // a statement ignore with no statement after it suppresses nothing
    }
  }
}

/**
 * Which grammar read the migrations, for the engine notes: 17's for everything, and 18's for the
 * statements only it accepts (named with file, line and construct; at most five listed).
 */
export function grammarNote(sources: { source: { file: string }; newerSyntax?: NewerSyntax[] }[]): string {
  const newer = sources.flatMap((s) => (s.newerSyntax ?? []).map((n) => `${s.source.file}:${n.line} (${n.construct})`));
  const base = `SQL parsed with PostgreSQL 17's grammar (libpg-query 17)`;
  if (!newer.length) return base;
  const listed = newer.slice(0, 5).join(', ') + (newer.length > 5 ? `, and ${newer.length - 5} more` : '');
  return `${base}; ${newer.length} statement(s) only PostgreSQL ${NEWER_GRAMMAR}'s grammar accepts were parsed with it (libpg-query ${NEWER_GRAMMAR}): ${listed}`;
}
