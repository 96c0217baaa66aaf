// Offsets: libpg-query reports statement and token positions in UTF-8 bytes, error cursors in
// characters. Findings need 1-based line/column in the original file, so every position goes
// through one SourceMap built per source text.

export class SourceMap {
  readonly text: string;
  private readonly lineStarts: number[];
  /** byteToChar[i] = JS string offset of byte i; null when the text is pure ASCII (identity). */
  private readonly byteToCharTable: Uint32Array | null;
  readonly byteLength: number;

  constructor(text: string, private readonly firstLine = 1) {
    this.text = text;
    this.lineStarts = [0];
    // Native searches, not a JS loop over every character: every source of a review is mapped.
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) this.lineStarts.push(nl + 1);
    // Every non-ASCII character takes more UTF-8 bytes than UTF-16 units (2 or 3 for 1, 4 for a
    // surrogate pair), so equal lengths mean pure ASCII: one native count instead of a regex scan.
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes === text.length) {
      this.byteToCharTable = null;
      this.byteLength = text.length;
    } else {
      const table = new Uint32Array(bytes + 1);
      let b = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.codePointAt(i)!;
        const n = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
        for (let k = 0; k < n; k++) table[b + k] = i;
        b += n;
        if (code >= 0x10000) i++; // surrogate pair: two JS chars, one code point
      }
      table[b] = text.length;
      this.byteToCharTable = table;
      this.byteLength = bytes;
    }
  }

  byteToChar(byte: number): number {
    if (!this.byteToCharTable) return Math.min(byte, this.text.length);
    return this.byteToCharTable[Math.min(Math.max(byte, 0), this.byteLength)]!;
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
