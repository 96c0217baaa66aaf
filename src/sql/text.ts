// Offsets: libpg-query reports statement and token positions in UTF-8 bytes, error cursors in
// characters. Findings need 1-based line/column in the original file, so every position goes
// through one SourceMap built per source text.

export class SourceMap {
  readonly text: string;
  private readonly lineStarts: number[];
  /** The characters above U+007F, in order (null when the text is pure ASCII: bytes are characters). */
  private readonly wide: WideCharacters | null;
  readonly byteLength: number;

  constructor(text: string, private readonly firstLine = 1) {
    this.text = text;
    this.lineStarts = [0];
    // Native searches, not a JS loop over every character: every source of a review is mapped.
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) this.lineStarts.push(nl + 1);
    // Every non-ASCII character takes more UTF-8 bytes than UTF-16 units (2 or 3 for 1, 4 for a
    // surrogate pair), so equal lengths mean pure ASCII: one native count instead of a regex scan.
    this.byteLength = Buffer.byteLength(text, 'utf8');
    this.wide = this.byteLength === text.length ? null : wideCharacters(text);
  }

  /** The JS string offset of a UTF-8 byte offset (a byte inside a character maps to that character). */
  byteToChar(byte: number): number {
    const wide = this.wide;
    if (!wide) return Math.min(byte, this.text.length);
    const b = Math.min(Math.max(byte, 0), this.byteLength);
    // The last wide character starting at or before b; between wide characters bytes are characters.
    const { firstByte, charAt } = wide;
    let lo = 0;
    let hi = firstByte.length - 1;
    if (hi < 0 || firstByte[0]! > b) return b;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (firstByte[mid]! <= b) lo = mid;
      else hi = mid - 1;
    }
    const after = firstByte[lo]! + wide.bytes[lo]!;
    return b < after ? charAt[lo]! : charAt[lo]! + wide.units[lo]! + (b - after);
  }

  /** 1-based line and column (in characters) of a JS string offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + this.firstLine, column: offset - this.lineStarts[lo]! + 1 };
  }

  /** The line (1-based, in file numbering) of a byte offset; AST nodes carry byte locations. */
  lineOfByte(byte: number): number {
    return this.position(this.byteToChar(byte)).line;
  }
}

/** Each character above U+007F: its first UTF-8 byte, its JS offset, its bytes and UTF-16 units. */
interface WideCharacters {
  firstByte: number[];
  charAt: number[];
  bytes: number[];
  units: number[];
}

const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * Found by a native search, so a file of ASCII with a few "—" in its comments costs a few steps, not
 * one per character. A lone surrogate counts 3 bytes, as Buffer.byteLength (U+FFFD) counts it.
 */
function wideCharacters(text: string): WideCharacters {
  const out: WideCharacters = { firstByte: [], charAt: [], bytes: [], units: [] };
  let extra = 0; // bytes beyond one per UTF-16 unit so far
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m; m = NON_ASCII.exec(text)) {
    const i = m.index;
    const code = text.codePointAt(i)!;
    const bytes = code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    const units = code < 0x10000 ? 1 : 2;
    out.firstByte.push(i + extra);
    out.charAt.push(i);
    out.bytes.push(bytes);
    out.units.push(units);
    extra += bytes - units;
    if (units === 2) NON_ASCII.lastIndex = i + 2; // the pair's second unit is part of this character
  }
  return out;
}

/**
 * Skip whitespace and comments (`--` to end of line, nested `/* *\/`) from `pos`.
 * Used to find where a statement really starts: libpg-query's ranges include leading comments.
 */
export function skipTrivia(text: string, pos: number, end = text.length): number {
  let i = pos;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xfeff) {
      i++;
    } else if (c === 45 && text.charCodeAt(i + 1) === 45) {
      const nl = text.indexOf('\n', i);
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

/** Trim trailing whitespace backwards from `end`. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/**
 * A test of whether a statement's text may name one of `names` (identifiers, or parts of them, as
 * rules compare them after lower-casing), which a rule can run before walking the tree: a name is in
 * the text in some case, or spelled with Unicode escapes (`U&"…"`, which always pass). `words` are
 * matched as whole words. The Kelvin sign lower-cases to an ASCII k, which a case-insensitive match
 * does not equate: a text holding one is lower-cased first.
 */
export function mayNameAny(names: string[], words: string[] = []): (text: string) => boolean {
  const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const parts = [...names.map(escape), 'u&', ...(words.length ? [`\\b(?:${words.map(escape).join('|')})\\b`] : [])];
  const pattern = new RegExp(parts.join('|'), 'i');
  return (text) => pattern.test(text.includes('\u212a') ? text.toLowerCase() : text);
}

/**
 * `text` with each comment replaced by a space and each string literal by `''`, split as
 * PostgreSQL's scanner splits it: what is left is the code — keywords, identifiers (quoted ones kept
 * whole), operators — in order, and no two tokens are joined. Undefined when the split is not
 * certain, since a wrong guess could hide code: an unterminated comment, string or quoted
 * identifier; a `$` or quote right after a number or parameter (where the scanner reads a dollar
 * quote or an error); a backslash in a plain literal (PL/pgSQL compiles a body with the session's or
 * the function's standard_conforming_strings, and with it off `\'` does not end the literal).
 */
export function codeWithoutCommentsOrStrings(text: string): string | undefined {
  const out: string[] = [];
  let from = 0; // start of the code not yet copied to out
  let floor = 0; // end of the last literal or quoted identifier: no identifier reaches back past it
  // The last `$` read inside an identifier or parameter, and where that run starts: a later `$` or
  // quote in the same run starts there too, without reading the run again (a$a$a$… stays linear).
  let runAt = -1;
  let runFrom = -1;
  const skip = (at: number, end: number, replacement: string) => {
    out.push(text.slice(from, at), replacement);
    from = floor = end;
  };
  // Only these start something other than code; a native search jumps to the next one.
  const special = /[$'"]|--|\/\*/g;
  for (let m = special.exec(text); m; m = special.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    let end: number;
    if (c === 36 /* $ */ || c === 39 /* ' */) {
      // The identifier characters right before: `$` continues an identifier (a$b), starts a
      // parameter ($1) or a dollar quote after anything else; E'…' takes backslash escapes.
      let k = i;
      while (k > floor && isIdentifierChar(text.charCodeAt(k - 1))) {
        if (k - 1 === runAt) {
          k = runFrom;
          break;
        }
        k--;
      }
      const first = k < i ? text.charCodeAt(k) : -1;
      const number = first === 36 || (first >= 48 && first <= 57);
      if (number) return undefined;
      if (c === 36) {
        const next = text.charCodeAt(i + 1);
        if (first >= 0 || (next >= 48 && next <= 57)) {
          // inside an identifier, or $1: a parameter, whose digits follow
          runAt = i;
          runFrom = first >= 0 ? k : i;
          continue;
        }
        DOLLAR_DELIMITER.lastIndex = i;
        const tag = DOLLAR_DELIMITER.exec(text)?.[0];
        if (tag === undefined) return undefined; // a lone `$`: not worth a guess
        const close = text.indexOf(tag, i + tag.length);
        if (close < 0) return undefined;
        end = close + tag.length;
      } else {
        // E'…' (a lone e or E opening the token); every other string ('…', N'…', B'…', X'…', U&'…')
        // ends at a quote not doubled.
        end = stringEnd(text, i, k === i - 1 && (first | 32) === 101);
        if (end < 0) return undefined;
      }
      skip(i, end, "''");
    } else if (c === 34 /* " */) {
      end = i + 1;
      for (;;) {
        const q = text.indexOf('"', end);
        if (q < 0) return undefined;
        end = q + 1;
        if (text.charCodeAt(end) !== 34) break;
        end++;
      }
      floor = end; // kept: a quoted identifier is code
    } else if (c === 45 /* - */) {
      // `--` starts a comment anywhere outside literals, even inside an operator (`+--`).
      LINE_END.lastIndex = i + 2;
      end = LINE_END.exec(text)?.index ?? text.length;
      skip(i, end, ' ');
    } else {
      // /* … */, nested.
      COMMENT_MARK.lastIndex = i + 2;
      for (let depth = 1; depth > 0; ) {
        const mark = COMMENT_MARK.exec(text);
        if (!mark) return undefined;
        depth += mark[0] === '/*' ? 1 : -1;
      }
      end = COMMENT_MARK.lastIndex;
      skip(i, end, ' ');
    }
    special.lastIndex = end;
  }
  out.push(text.slice(from));
  return out.join('');
}
/** `$tag$` or `$$`: a tag starts like an identifier and has no `$`. Sticky: matched at lastIndex only. */
const DOLLAR_DELIMITER = /\$(?:[A-Za-z_\u0080-\uffff][A-Za-z_0-9\u0080-\uffff]*)?\$/y;

/** Letters, digits, `_`, `$` and every non-ASCII character (the scanner's identifier bytes). */
function isIdentifierChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c >= 0x80;
}

/**
 * Where the string literal opening at `open` ends (after its closing quote), or -1 when it does not
 * or when that is not certain (a backslash in a plain literal). A literal continues in the next one
 * when only whitespace with a newline (and `--` comments) is between them: for E'…' that matters,
 * the continuation takes backslash escapes too.
 */
function stringEnd(text: string, open: number, escapes: boolean): number {
  const stop = escapes ? ESCAPED_STRING_MARK : STRING_MARK;
  stop.lastIndex = open + 1;
  for (;;) {
    const mark = stop.exec(text);
    if (!mark) return -1;
    // A backslash in a plain literal escapes the quote after it when standard_conforming_strings is
    // off, which a migration or the function's SET can make so: where the literal ends is not certain.
    if (mark[0] === '\\') return -1;
    if (mark[0].length === 2) continue; // '' or a backslash and the character it escapes
    const end = stop.lastIndex;
    STRING_CONTINUES.lastIndex = end;
    if (!escapes || !STRING_CONTINUES.test(text)) return end;
    stop.lastIndex = STRING_CONTINUES.lastIndex;
  }
}

/** In a literal: a quote, doubled or not; with escapes also a backslash and what it escapes. */
const STRING_MARK = /''?|\\/g;
const ESCAPED_STRING_MARK = /''?|\\[\s\S]/g;
/** The end of a `--` comment. */
const LINE_END = /[\n\r]/g;
/** What opens or closes a nested block comment. */
const COMMENT_MARK = /\/\*|\*\//g;

/**
 * What joins two literals into one (scan.l's quotecontinue): horizontal space or a `--` comment
 * (scan.l's horiz_whitespace holds comments: `E'a' -- c` then a newline and `'b'` is one literal,
 * which PostgreSQL 15 and 17 read so although libpg-query's scanner rejects it), a newline, then
 * spaces, newlines or `--` comments, then a quote.
 */
// One character or one comment per repetition: no nested quantifier to backtrack through on a long
// run of spaces. A comment runs to the end of its line, so at most one precedes the first newline.
const STRING_CONTINUES = /[ \t\f]*(?:--[^\n\r]*)?[\n\r](?:[ \t\n\r\f\v]|--[^\n\r]*[\n\r])*'/y;
