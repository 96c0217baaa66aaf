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
