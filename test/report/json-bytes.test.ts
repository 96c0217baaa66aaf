// The CLI writes JSON and SARIF from utf8BytesOf(doc) as Latin-1: those bytes must be the UTF-8 of
// JSON.stringify(doc, null, 2) for any value, or utf8BytesOf must refuse (NOT_BYTES) so the CLI
// stringifies the original.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NOT_BYTES, utf8BytesOf } from '../../src/report/render/json-bytes.js';
import { tempDir } from '../temp-dirs.js';

function bytesOfJson(value: unknown): Buffer | typeof NOT_BYTES {
  const bytes = utf8BytesOf(value);
  if (bytes === NOT_BYTES) return NOT_BYTES;
  const text = JSON.stringify(bytes, null, 2);
  // Every character is one byte: a string of UTF-8 bytes, never a character above 0xFF.
  expect(/[^\x00-\xff]/.test(text)).toBe(false);
  return Buffer.from(text, 'latin1');
}

const expected = (value: unknown) => Buffer.from(JSON.stringify(value, null, 2), 'utf8');

const awkward: [string, unknown][] = [
  ['escapes', { q: 'say "hi"\\ now', ctl: '\u0000\u0001\b\f\n\r\t\u001f', del: '\u007f\u0080\u009f' }],
  ['unicode in the BMP', { arrow: '→ — … ’ – ≈ √', latin1: 'café ÿ ×', cjk: '漢字', seps: '\u2028\u2029' }],
  ['astral characters (surrogate pairs)', { emoji: '😀 and 𝔘', only: '🐘' }],
  ['non-ASCII keys', { 'clé': 1, '→': { 'naïve': ['é'] }, plain: 'x' }],
  ['a "__proto__" key next to a non-ASCII value', JSON.parse('{"__proto__": {"a": 1}, "b": "→"}')],
  ['integer-like keys (JSON orders them first)', { b: '→', 2: 'two', a: 'é', 1: 'one', '01': 'z' }],
  ['empty arrays and objects', { a: [], o: {}, nested: [[], [{}], { x: [] }], s: '' }],
  ['nested', { a: [{ b: [{ c: { d: ['→', 1, null, true, false] } }] }] }],
  ['numbers', [0, -0, 1, -1.5, 1e21, 1e-7, 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE, NaN, Infinity, -Infinity]],
  ['undefined, functions and symbols', { u: undefined, f: () => 1, s: Symbol('x'), arr: [undefined, () => 1, Symbol('y'), '→'], keep: 'é' }],
  ['holes in an array', [, '→', , 1]], // eslint-disable-line no-sparse-arrays
  ['shared subtrees', (() => { const t = { n: '→' }; return { a: t, b: t, c: [t, t] }; })()],
  ['a top-level string', 'tête-à-tête → "quoted"'],
  ['top-level scalars', [null, true, 42]],
  ['an object whose prototype has a method', Object.assign(Object.create({ method() {} }), { a: 'é' })],
  ['a long two-byte text', { sql: 'SELECT 1; -- ✓\n'.repeat(2000) }],
];

describe('utf8BytesOf: the same bytes as JSON.stringify(x, null, 2) in UTF-8', () => {
  it.each(awkward)('%s', (_name, value) => {
    expect(bytesOfJson(value)).toEqual(expected(value));
  });

  it('shares objects and arrays that hold no non-ASCII text, and copies none of the input', () => {
    const ascii = { a: [1, 'x', { b: 'y' }] };
    const input = { ascii, mixed: { keep: ascii, s: '→' } };
    const snapshot = JSON.stringify(input);
    const out = utf8BytesOf(input) as any;
    expect(out.ascii).toBe(ascii);
    expect(out.mixed.keep).toBe(ascii);
    expect(out.mixed.s).toBe('\u00e2\u0086\u0092'); // the three UTF-8 bytes of "→"
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  it('random trees of awkward strings', () => {
    const pool = ['', 'a', '→', 'é', '😀', '"', '\\', '\n', '\u0000', '\u2028', 'x→y', 'ÿ', '\u00ff\u0100'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const str = () => Array.from({ length: rnd(4) }, () => pool[rnd(pool.length)]).join('');
    const tree = (d: number): unknown => {
      const k = rnd(d > 3 ? 3 : 6);
      if (k === 0) return str();
      if (k === 1) return rnd(1000) - 500;
      if (k === 2) return [null, true, false][rnd(3)];
      if (k === 3) return Array.from({ length: rnd(4) }, () => tree(d + 1));
      return Object.fromEntries(Array.from({ length: rnd(4) }, () => [str(), tree(d + 1)]));
    };
    for (let i = 0; i < 300; i++) {
      const value = tree(0);
      expect(bytesOfJson(value)).toEqual(expected(value));
    }
  });
});

describe('utf8BytesOf refuses what JSON.stringify treats specially (the CLI then stringifies the original)', () => {
  it.each([
    ['a lone high surrogate', { s: 'a\ud800b' }],
    ['a lone low surrogate in a key', { ['\udc00']: 1 }],
    ['a toJSON method (a Date)', { when: new Date(0), s: '→' }],
    ['a BigInt', { n: 1n }],
  ])('%s', (_name, value) => {
    expect(utf8BytesOf(value)).toBe(NOT_BYTES);
  });

  it('a cycle (JSON.stringify of the original then throws its own error)', () => {
    const a: any = { s: '→' };
    a.self = a;
    expect(utf8BytesOf(a)).toBe(NOT_BYTES);
  });
});

describe('the CLI writes JSON and SARIF with non-ASCII text byte for byte as JSON.stringify(x, null, 2) in UTF-8', () => {
  const ROOT = path.resolve(import.meta.dirname, '../..');
  const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
  const work = realpathSync(tempDir('pgreview-json-bytes-'));
  // Non-ASCII names in two folders: messages quote them, and carry the rules' own "→"/"—".
  for (const [service, table] of [['api', 'Café→Ω'], ['billing', 'naïve_😀']] as const) {
    mkdirSync(path.join(work, service), { recursive: true });
    writeFileSync(path.join(work, service, '0001_init.sql'), `-- tables — ${table}\ncreate table public."${table}" (id int primary key, note varchar(10));\n`);
    writeFileSync(path.join(work, service, '0002_index.sql'), `create index "${table}_idx" on public."${table}" (note);\n`);
  }
  const run = (args: string[], stdout: 'pipe' | number = 'pipe') =>
    spawnSync(process.execPath, [TSX, path.join(ROOT, 'src/cli.ts'), 'review', ...args, '--engine', 'none'], { cwd: work, timeout: 120_000, stdio: ['ignore', stdout, 'pipe'] });
  const expectStringifyBytes = (bytes: Buffer) => {
    expect(bytes.includes(Buffer.from('→'))).toBe(true);
    expect(bytes.equals(Buffer.from(`${JSON.stringify(JSON.parse(bytes.toString('utf8')), null, 2)}\n`, 'utf8'))).toBe(true);
  };

  it.each([
    ['one JSON report', ['api', '--format', 'json']],
    ['several JSON reports', ['api', 'billing', '--format', 'json']],
    ['one SARIF log', ['api', '--format', 'sarif']],
    ['several folders in SARIF', ['api', 'billing', '--format', 'sarif']],
  ])('%s: to a pipe, to a file as standard output, and with --output', (_name, args) => {
    const piped = run(args);
    expectStringifyBytes(piped.stdout as Buffer);
    const asFile = path.join(work, 'stdout.out');
    const fd = openSync(asFile, 'w');
    try {
      run(args, fd);
    } finally {
      closeSync(fd);
    }
    // The same bytes but for the run's timings (JSON reports carry them).
    const masked = (b: Buffer) => b.toString('latin1').replace(/"(totalMs|parseMs|staticMs|liveMs)": \d+/g, '"$1": 0');
    expectStringifyBytes(readFileSync(asFile));
    expect(masked(readFileSync(asFile))).toBe(masked(piped.stdout as Buffer));
    const output = path.join(work, 'report.out');
    run([...args, '--output', output]);
    expectStringifyBytes(readFileSync(output));
    expect(masked(readFileSync(output))).toBe(masked(piped.stdout as Buffer));
  }, 130_000);
});
