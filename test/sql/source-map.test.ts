// SourceMap.byteToChar keeps only the text's non-ASCII characters; it must answer what a table of
// every byte (the JS offset of the character that byte belongs to) answers, for any text.
import { describe, expect, it } from 'vitest';
import { SourceMap } from '../../src/sql/text.js';

/** The byte → character table, built the plain way: one entry per UTF-8 byte, and one past the end. */
function byteTable(text: string): number[] {
  const table: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    const n = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let k = 0; k < n; k++) table.push(i);
    if (code >= 0x10000) i++;
  }
  table.push(text.length);
  return table;
}

function expectSameAsTable(text: string): void {
  const map = new SourceMap(text);
  const table = byteTable(text);
  expect(map.byteLength).toBe(table.length - 1);
  const got = table.map((_, b) => map.byteToChar(b));
  expect(got).toEqual(table);
  // Out of range: clamped to the ends, as before.
  if (map.byteLength !== text.length) {
    expect(map.byteToChar(-5)).toBe(0);
    expect(map.byteToChar(map.byteLength + 10)).toBe(text.length);
  }
}

describe('SourceMap.byteToChar', () => {
  it.each([
    ['ASCII', 'SELECT 1;\nSELECT 2;'],
    ['empty', ''],
    ['two-byte characters', "COMMENT ON TABLE t IS 'café — ÿ';"],
    ['a non-ASCII character first and last', 'é SELECT 1 →'],
    ['three-byte characters in a row', '→→→ x ≈√ 漢字'],
    ['surrogate pairs (4 bytes, 2 units)', "SELECT '😀', '𝔘x🐘';"],
    ['lone surrogates (3 bytes each, as Buffer.byteLength counts them)', 'a\ud800b\udc00c\udbff'],
    ['a high surrogate before a pair', '\ud800😀'],
    ['only non-ASCII', 'ÿ😀→é'],
  ])('%s', (_name, text) => expectSameAsTable(text));

  it('random texts', () => {
    const pieces = ['a', 'SELECT ', '\n', 'é', '→', '😀', '\ud800', '\udc00', 'ÿ', '漢', '\u0080', '\u07ff', '\u0800', '\uffff'];
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 400; i++) expectSameAsTable(Array.from({ length: rnd(30) }, () => pieces[rnd(pieces.length)]).join(''));
  });

  it('a mapper used twice gives the same answers (its search state is not shared)', () => {
    const a = new SourceMap('é→x');
    const b = new SourceMap('xx😀');
    expect([a.byteToChar(3), b.byteToChar(2), a.byteToChar(5), b.byteToChar(6)]).toEqual([1, 2, 2, 4]);
  });
});
