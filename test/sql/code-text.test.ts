// codeWithoutCommentsOrStrings decides which PL/pgSQL bodies the capability screen parses: a
// comment or string it wrongly finds would hide code from the screen. Checked against the real
// scanner on hostile spellings and on random mixes of them.
import { beforeAll, describe, expect, it } from 'vitest';
import * as pg17 from '../../src/sql/pg17.js';
import { codeWithoutCommentsOrStrings } from '../../src/sql/text.js';

beforeAll(() => pg17.loadModule());

/** The scanner's tokens that are code (not comments, not string, bit or Unicode literals), as text. */
function codeTokens(text: string): string[] | undefined {
  let tokens;
  try {
    tokens = pg17.scanSync(text).tokens;
  } catch {
    return undefined;
  }
  const literal = (t: { tokenName: string; text: string }) => t.tokenName === 'SCONST' || (t.tokenName === 'UNKNOWN' && t.text.endsWith("'"));
  return tokens.filter((t) => t.tokenName !== 'SQL_COMMENT' && t.tokenName !== 'C_COMMENT' && !literal(t)).map((t) => t.text);
}

/** Mostly whole tokens, so that most mixes scan; a few openers and closers to pair up across fragments. */
const FRAGMENTS = [
  'copy', 'e', 'E', 'x', 'U&', 'N', 'B', 'a$b', 'v$q$', 'v$q$', '$q$', '$$', '$1', '1', '1.5', '0x1F', '.', ';', '+', '-', '*', '/', ':=',
  "'", "''", "'a'", "e'\\''", "E'\\\\'", "'\\'", '\\', '"', '""', '"co--py"', '"a$q$"', '--', '/*', '*/', '/* a /* b */ c */', '-- c\n',
  '\n', "'\n'", "E'a'\n'b\\''", "'a'\n-- c\n'b'", "$q$ x $q$", "$$ '-- $$", "'$q$'", 'pg_read_file', '(', ')',
];

describe('codeWithoutCommentsOrStrings', () => {
  it.each([
    ["a -- copy\nb", 'a  \nb'],
    ['a /* x /* y */ copy */ b', 'a   b'],
    ["x := 'copy'; y", "x := ''; y"],
    // E'…' takes backslash escapes, and so does a literal continuing it after a newline.
    ["x := E'it\\'s copy'; z", "x := E''; z"],
    ["x := E'a'\n'b\\''; PERFORM pg_read_file('/x');", "x := E''; PERFORM pg_read_file('');"],
    // `$` inside an identifier does not open a dollar quote.
    ["v$x$ := 1; PERFORM pg_read_file('x'); z$x$ := 2;", "v$x$ := 1; PERFORM pg_read_file(''); z$x$ := 2;"],
    // E'…' continued after a `--` comment and a newline: the continuation takes backslash escapes too.
    ["E'a' -- c\n'\\' ' x", "E'' x"],
    ['"co--py" x', '"co--py" x'],
    ['+--x\ny', '+ \ny'],
    ['a*/*c*/b', 'a* b'],
  ])('%j → %j', (text, code) => expect(codeWithoutCommentsOrStrings(text)).toBe(code));

  it('gives up where a guess could hide code', () => {
    // A backslash in a plain literal: with standard_conforming_strings off it escapes the quote (`xe'a\'` is the identifier xe and a literal).
    for (const text of ["'open", '/* open', '"open', '$q$ open', "1$q$ x $q$", '$1$q$ x $q$', "1e'x'", '$ x', "xe'a\\' pg_read_file", "'\\' x"]) expect(codeWithoutCommentsOrStrings(text), text).toBeUndefined();
  });

  // No clock here (speed lives in the benchmarks): a quadratic scan of these 200,000-character
  // inputs would run for minutes and fail on the test's own time limit instead.
  it('stays linear on hostile input', () => {
    expect(codeWithoutCommentsOrStrings('a$'.repeat(200_000) + " 'x'")).toBe('a$'.repeat(200_000) + " ''");
    expect(codeWithoutCommentsOrStrings("E'x'\n" + ' '.repeat(200_000) + 'y')).toBe("E''\n" + ' '.repeat(200_000) + 'y');
    expect(codeWithoutCommentsOrStrings("E'x'\n" + ' \n'.repeat(100_000) + "'z'")).toBe("E''");
  });

  it('keeps the code tokens the scanner finds, on random mixes of tricky fragments', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), (seed >>> 12) % n);
    let compared = 0;
    for (let round = 0; round < 30000; round++) {
      const parts: string[] = [];
      for (let k = 1 + random(7); k > 0; k--) parts.push(FRAGMENTS[random(FRAGMENTS.length)]!, ['', ' ', '\n'][random(3)]!);
      const text = parts.join('');
      const code = codeWithoutCommentsOrStrings(text);
      const expected = codeTokens(text);
      if (code === undefined || expected === undefined) continue;
      expect(codeTokens(code), text).toEqual(expected);
      compared++;
    }
    expect(compared).toBeGreaterThan(5000);
  });
});
