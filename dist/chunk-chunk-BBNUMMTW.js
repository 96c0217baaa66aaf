// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));
import {
  LibpgWasm,
  loadModule,
  parsePlPgSQLSync,
  parseSync,
  scanSync
} from "./chunk-chunk-TFFQGSVB.js";

// src/sql/text.ts
var NON_ASCII = /[^\x00-\x7f]/;
var SourceMap = class {
  constructor(text, firstLine = 1) {
    this.firstLine = firstLine;
    this.text = text;
    this.lineStarts = [0];
    for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", nl + 1)) this.lineStarts.push(nl + 1);
    if (!NON_ASCII.test(text)) {
      this.byteToCharTable = null;
      this.byteLength = text.length;
    } else {
      const bytes = Buffer.byteLength(text, "utf8");
      const table = new Uint32Array(bytes + 1);
      let b = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.codePointAt(i);
        const n = code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
        for (let k = 0; k < n; k++) table[b + k] = i;
        b += n;
        if (code >= 65536) i++;
      }
      table[b] = text.length;
      this.byteToCharTable = table;
      this.byteLength = bytes;
    }
  }
  firstLine;
  text;
  lineStarts;
  /** byteToChar[i] = JS string offset of byte i; null when the text is pure ASCII (identity). */
  byteToCharTable;
  byteLength;
  byteToChar(byte) {
    if (!this.byteToCharTable) return Math.min(byte, this.text.length);
    return this.byteToCharTable[Math.min(Math.max(byte, 0), this.byteLength)];
  }
  /** 1-based line and column (in characters) of a JS string offset. */
  position(offset) {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + this.firstLine, column: offset - this.lineStarts[lo] + 1 };
  }
  /** The line (1-based, in file numbering) of a byte offset; AST nodes carry byte locations. */
  lineOfByte(byte) {
    return this.position(this.byteToChar(byte)).line;
  }
};
function skipTrivia(text, pos, end = text.length) {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 65279) {
      i++;
    } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? end : nl + 1;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      let depth = 1;
      i += 2;
      while (i < end && depth > 0) {
        if (text.charCodeAt(i) === 47 && text.charCodeAt(i + 1) === 42) {
          depth++;
          i += 2;
        } else if (text.charCodeAt(i) === 42 && text.charCodeAt(i + 1) === 47) {
          depth--;
          i += 2;
        } else i++;
      }
    } else break;
  }
  return Math.min(i, end);
}
function trimEnd(text, start, end) {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

// src/sql/pg18.ts
var NEWER_GRAMMAR = 18;
var pg18 = new LibpgWasm("the PostgreSQL 18 parser", async () => (await import("./chunk-libpg-query-2KJZB2A2.js")).default);
function loadGrammar18() {
  return pg18.load();
}
function grammar18Loaded() {
  return pg18.loaded;
}
function parseWith18(sql) {
  let tree;
  try {
    tree = pg18.parseSync(sql);
  } catch {
    return void 0;
  }
  return (tree.stmts ?? []).map((s) => {
    const [kind] = Object.keys(s.stmt);
    return { kind, node: toV17Shape(s.stmt[kind]), location: s.stmt_location ?? 0, length: s.stmt_len };
  });
}
function toV17Shape(node) {
  if (Array.isArray(node)) return node.map(toV17Shape);
  if (!node || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "returningClause" && value && typeof value === "object") {
      const clause = value;
      if (clause.exprs) out.returningList = toV17Shape(clause.exprs);
      if (clause.options?.length) out.returning_options = toV17Shape(clause.options);
    } else out[key] = toV17Shape(value);
  }
  if ((out.contype === "CONSTR_CHECK" || out.contype === "CONSTR_FOREIGN") && !out.is_enforced) out.not_enforced = true;
  return out;
}
function pg18Constructs(node) {
  const found = /* @__PURE__ */ new Set();
  const visit = (n) => {
    if (Array.isArray(n)) return n.forEach(visit);
    if (!n || typeof n !== "object") return;
    const c = n.contype ? n : void 0;
    if (c) {
      if (c.contype === "CONSTR_GENERATED" && c.generated_kind === "v") found.add("a VIRTUAL generated column");
      if (c.contype === "CONSTR_NOTNULL" && c.keys?.length) found.add("a named NOT NULL constraint (ADD CONSTRAINT … NOT NULL column)");
      if (c.contype === "CONSTR_NOTNULL" && c.is_no_inherit) found.add("NOT NULL … NO INHERIT");
      if (c.contype === "CONSTR_NOTNULL" && c.skip_validation) found.add("NOT NULL … NOT VALID");
      if (c.not_enforced) found.add("a NOT ENFORCED constraint");
      if (c.without_overlaps) found.add("WITHOUT OVERLAPS (a temporal primary key or unique constraint)");
      if (c.fk_with_period || c.pk_with_period) found.add("PERIOD in a foreign key (a temporal foreign key)");
    }
    if (n.returning_options?.length || n.returningClause?.options?.length) found.add("RETURNING WITH (OLD/NEW AS …)");
    if (n.alterEnforceability) found.add("ALTER CONSTRAINT … [NOT] ENFORCED");
    if (n.alterInheritability) found.add("ALTER CONSTRAINT … [NO] INHERIT");
    for (const v of Object.values(n)) visit(v);
  };
  visit(node);
  return [...found];
}
function pg18Construct(node, near) {
  const found = pg18Constructs(node);
  if (found.length) return found.join(", ");
  return near ? `syntax PostgreSQL 17 does not know (its parser stops at "${near}")` : "syntax PostgreSQL 17 does not know";
}

// src/sql/parse.ts
function loadParser() {
  return Promise.all([loadModule(), loadGrammar18()]).then(() => void 0);
}
function loadGrammar17() {
  return loadModule();
}
var awaitingGrammar18 = /* @__PURE__ */ new WeakSet();
function needsGrammar18(source) {
  return awaitingGrammar18.has(source);
}
function parseStatementsSync(sql) {
  try {
    return (parseSync(sql).stmts ?? []).map((s) => {
      const [kind] = Object.keys(s.stmt);
      return { kind, node: s.stmt[kind] };
    });
  } catch (e) {
    const with18 = parseWith18(sql);
    if (with18) return with18.map((s) => ({ kind: s.kind, node: s.node }));
    throw e;
  }
}
var IGNORE_RE = /pgreview-ignore(-file)?\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::\s*(.*?))?\s*(?:\*\/)?\s*$/;
function scanComments(text, map) {
  if (!text.includes("pgreview-ignore")) return [];
  try {
    const scanned = scanSync(text);
    const out = [];
    for (const t of scanned.tokens) {
      if (t.tokenName === "SQL_COMMENT" || t.tokenName === "C_COMMENT") {
        out.push({ start: map.byteToChar(t.start), text: t.text });
      }
    }
    return out;
  } catch {
    return [];
  }
}
function parseIgnore(comment, map) {
  if (!comment.text.includes("pgreview-ignore")) return void 0;
  const body = comment.text.replace(/^--\s*|^\/\*\s*/, "");
  const m = IGNORE_RE.exec(body);
  if (!m) return void 0;
  const line = map.position(comment.start).line;
  return m[2].split(/\s*,\s*/).map((ruleId) => ({
    ruleId,
    reason: (m[3] ?? "").trim(),
    line,
    scope: m[1] ? "file" : "statement",
    used: false
  }));
}
var TEMPLATE_RE = /\{\{[\s\S]*?\}\}/;
function looksBinary(text) {
  return text.includes("\0");
}
function hasPlpgsqlBody(kind, node) {
  if (kind === "CreateFunctionStmt") {
    const lang = (node.options ?? []).find((o) => o.DefElem?.defname === "language")?.DefElem?.arg?.String?.sval;
    return !!lang && lang.toLowerCase() === "plpgsql";
  }
  if (kind === "DoStmt") {
    const lang = (node.args ?? []).find((o) => o.DefElem?.defname === "language")?.DefElem?.arg?.String?.sval;
    return !lang || lang.toLowerCase() === "plpgsql";
  }
  return false;
}
function parsePlpgsql(sql) {
  try {
    return parsePlPgSQLSync(sql + ";");
  } catch {
    return void 0;
  }
}
function definePlpgsql(statement, sql) {
  let tree;
  let parsed = false;
  Object.defineProperty(statement, "plpgsql", {
    enumerable: true,
    configurable: true,
    get() {
      if (!parsed) tree = parsePlpgsql(sql), parsed = true;
      return tree;
    },
    set(value) {
      tree = value, parsed = true;
    }
  });
}
function chunksOf(stmts, text, chunkStart, chunk, map) {
  const chunkMap = chunk === text ? map : new SourceMap(chunk);
  return stmts.map((s) => {
    const startChar = chunkMap.byteToChar(s.location);
    const endChar = s.length != null ? chunkMap.byteToChar(s.location + s.length) : chunk.length;
    const locate = (byteLocation) => map.position(chunkStart + chunkMap.byteToChar(byteLocation));
    return { kind: s.kind, node: s.node, start: chunkStart + startChar, end: chunkStart + endChar, locate };
  });
}
function parseChunk(text, chunkStart, chunkEnd, map, newer = false) {
  const chunk = text.slice(chunkStart, chunkEnd);
  try {
    const tree = parseSync(chunk);
    const stmts = (tree.stmts ?? []).map((s) => {
      const [kind] = Object.keys(s.stmt);
      return { kind, node: s.stmt[kind], location: s.stmt_location ?? 0, length: s.stmt_len };
    });
    return { stmts: chunksOf(stmts, text, chunkStart, chunk, map) };
  } catch (e) {
    const cursor = e?.sqlDetails?.cursorPosition ?? 0;
    const message = String(e?.message ?? e);
    if (newer && !grammar18Loaded()) return { stmts: [], error: { message, at: chunkStart + Math.max(0, cursor) }, untried18: true };
    const with18 = newer ? parseWith18(chunk) : void 0;
    if (with18?.length) {
      const near = /at or near "([^"]*)"/.exec(message)?.[1];
      const construct = with18.map((s) => pg18Construct(s.node, near)).join(", ");
      return { stmts: chunksOf(with18, text, chunkStart, chunk, map), needs: { construct, at: chunkStart + Math.max(0, cursor) } };
    }
    return { stmts: [], error: { message, at: chunkStart + Math.max(0, cursor) } };
  }
}
function splitStatements(text, map) {
  try {
    const tokens = scanSync(text).tokens;
    const out = [];
    let start = 0;
    for (const t of tokens) {
      if (t.text === ";") {
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
function parseSource(source, opts) {
  const text = source.text.charCodeAt(0) === 65279 ? " " + source.text.slice(1) : source.text;
  const map = new SourceMap(text, source.startLine);
  const result = {
    source,
    migration: opts.migration,
    direction: opts.direction,
    statements: [],
    fileIgnores: [],
    errors: [],
    invalidIgnores: [],
    newerSyntax: []
  };
  const fail = (error) => {
    result.errors.push(error);
    result.error ??= error;
  };
  if (looksBinary(text)) {
    const at = map.position(text.indexOf("\0"));
    fail({ message: "the file contains NUL bytes: it is binary, not SQL", line: at.line, column: at.column, reason: "binary" });
    return result;
  }
  if (skipTrivia(text, 0) >= text.length) {
    collectTrailingIgnores(scanComments(text, map), 0, map, result);
    return result;
  }
  let chunks = [];
  const whole = parseChunk(text, 0, text.length, map);
  if (!whole.error) {
    chunks = whole.stmts;
  } else if (TEMPLATE_RE.test(text)) {
    const idx = text.search(TEMPLATE_RE);
    const at = map.position(idx);
    const snippet = TEMPLATE_RE.exec(text)[0].slice(0, 60);
    fail({
      message: `this file is a template, not SQL (${snippet}): the migration tool renders it before running, so pgreview cannot review it as written`,
      line: at.line,
      column: at.column,
      reason: "template"
    });
    return result;
  } else {
    for (const [s, e] of splitStatements(text, map)) {
      const part = parseChunk(text, s, e, map, true);
      if (part.untried18) awaitingGrammar18.add(result);
      if (part.needs) {
        const at = map.position(Math.min(part.needs.at, text.length));
        result.newerSyntax.push({ major: NEWER_GRAMMAR, construct: part.needs.construct, line: at.line, column: at.column });
      }
      if (part.error) {
        const at = map.position(Math.min(part.error.at, text.length));
        fail({ message: part.error.message, line: at.line, column: at.column, reason: "syntax" });
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
    const ignores = [];
    const previous = result.statements[result.statements.length - 1];
    while (commentIdx < comments.length && comments[commentIdx].start < c.end) {
      const comment = comments[commentIdx];
      const parsed = parseIgnore(comment, map);
      const target = previous && comment.start < start && map.position(comment.start).line === previous.span.endLine ? previous.ignores : ignores;
      for (const ig of parsed ?? []) {
        if (!ig.reason) result.invalidIgnores.push(ig);
        else if (ig.scope === "file") result.fileIgnores.push(ig);
        else target.push(ig);
      }
      commentIdx++;
    }
    const statement = {
      index: result.statements.length,
      file: source.file,
      migrationId: opts.migration.id,
      direction: opts.direction,
      kind: c.kind,
      node: c.node,
      sql,
      span: { line: from.line, column: from.column, endLine: to.line, endColumn: to.column + 1, start, end },
      plpgsql: void 0,
      ignores
    };
    if (hasPlpgsqlBody(c.kind, c.node)) definePlpgsql(statement, sql);
    Object.defineProperty(statement, "locate", { value: c.locate, enumerable: false });
    result.statements.push(statement);
    prevEnd = c.end;
  }
  collectTrailingIgnores(comments.slice(commentIdx), prevEnd, map, result);
  return result;
}
function collectTrailingIgnores(comments, lastEnd, map, result) {
  const last = result.statements[result.statements.length - 1];
  for (const comment of comments) {
    for (const ig of parseIgnore(comment, map) ?? []) {
      if (!ig.reason) result.invalidIgnores.push(ig);
      else if (ig.scope === "file") result.fileIgnores.push(ig);
      else if (last && comment.start >= lastEnd && map.position(comment.start).line === last.span.endLine) last.ignores.push(ig);
      else result.invalidIgnores.push(ig);
    }
  }
}
function grammarNote(sources) {
  const newer = sources.flatMap((s) => (s.newerSyntax ?? []).map((n) => `${s.source.file}:${n.line} (${n.construct})`));
  const base = `SQL parsed with PostgreSQL 17's grammar (libpg-query 17)`;
  if (!newer.length) return base;
  const listed = newer.slice(0, 5).join(", ") + (newer.length > 5 ? `, and ${newer.length - 5} more` : "");
  return `${base}; ${newer.length} statement(s) only PostgreSQL ${NEWER_GRAMMAR}'s grammar accepts were parsed with it (libpg-query ${NEWER_GRAMMAR}): ${listed}`;
}

export {
  pg18Constructs,
  loadParser,
  loadGrammar17,
  needsGrammar18,
  parseStatementsSync,
  parseSource,
  grammarNote
};
