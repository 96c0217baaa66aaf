// Bad input through the whole static pipeline (plan → parse → static rules → assess → render): every
// bad file gets a clear finding or message, nothing throws, and every other file is still reviewed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/config.js';
import { review } from '../../src/review.js';
import { planMigrations, MAX_FILE_BYTES } from '../../src/migrations/index.js';
import { renderMarkdown } from '../../src/report/render/markdown.js';
import { renderText } from '../../src/report/render/text.js';
import { renderJson } from '../../src/report/render/json.js';
import type { Finding, Report } from '../../src/types.js';
import { tempDir } from '../temp-dirs.js';

const FIFTY_MB = 50 * 1024 * 1024;
const MANY = 100_000;

let root: string;
let outside: string;
const dir = () => path.join(root, 'migrations');
const rel = (name: string) => `migrations/${name}`;

/** 100,000 statements of the kinds migrations hold, cycling through tables, indexes, data and columns. */
function manyStatements(n: number): string {
  const lines: string[] = ['CREATE TABLE IF NOT EXISTS big (id bigint PRIMARY KEY, name text);'];
  for (let i = 1; i < n; i++) {
    const k = i % 5;
    const j = Math.floor(i / 5);
    lines.push(
      k === 0
        ? `CREATE TABLE IF NOT EXISTS t${j} (id bigint PRIMARY KEY, name text);`
        : k === 1
          ? `CREATE INDEX IF NOT EXISTS t${j}_name ON t${j} (name);`
          : k === 2
            ? `INSERT INTO big (id, name) VALUES (${i}, 'row ${i}');`
            : k === 3
              ? `ALTER TABLE big ADD COLUMN IF NOT EXISTS c${j} int;`
              : `UPDATE big SET name = 'x' WHERE id = ${i};`,
    );
  }
  return lines.join('\n') + '\n';
}

const FILES: Record<string, string | Buffer> = {
  '0001_base_ok.sql': 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);\n',
  '0002_empty.sql': '',
  '0003_whitespace.sql': '  \n\t\n',
  '0004_binary.sql': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  '0005_latin1.sql': Buffer.concat([Buffer.from("INSERT INTO accounts (id, email) VALUES (1, 'caf"), Buffer.from([0xe9]), Buffer.from("@example.com');\n")]),
  '0006_unterminated_dollar.sql': 'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN 1;\nEND;\n',
  '0007_unterminated_comment.sql': 'SELECT 1;\n/* this comment never ends\nCREATE TABLE x (id int);\n',
  '0008_unterminated_quote.sql': "INSERT INTO accounts (id, email) VALUES (2, 'no end);\n",
  '0009_nul_in_sql.sql': Buffer.from('CREATE TABLE nul_t (id int);\n\u0000\nSELECT 1;\n', 'utf8'),
  '0010_add users table.sql': 'CREATE TABLE users_with_space (id bigint PRIMARY KEY);\n',
  '0011_café_ünïcødé_日本.sql': 'CREATE TABLE "tbl_ünïcødé" (id bigint PRIMARY KEY);\n',
  '0012_index_existing.sql': 'CREATE INDEX accounts_email_idx ON accounts (email);\n',
  '0014_bom_crlf.sql': '\ufeffCREATE TABLE crlf_t (id bigint PRIMARY KEY);\r\nALTER TABLE crlf_t ADD COLUMN note text;\r\n',
  '0015_many.sql': manyStatements(MANY),
  '0017_tail_ok.sql': 'ALTER TABLE accounts ADD COLUMN status text NOT NULL;\n',
};

let report: Report;
let reviewMs: number;
const byFile = (file: string): Finding[] => report.findings.filter((f) => f.file === rel(file));

beforeAll(async () => {
  root = tempDir('pgreview-bad-');
  outside = tempDir('pgreview-outside-');
  fs.mkdirSync(dir());
  for (const [name, content] of Object.entries(FILES)) fs.writeFileSync(path.join(dir(), name), content);
  fs.writeFileSync(path.join(outside, 'secret.sql'), "SELECT 'TOP-SECRET-TOKEN';\n");
  fs.symlinkSync(path.join(outside, 'secret.sql'), path.join(dir(), '0013_link_outside.sql'));
  // 50 MB of real SQL text (not sparse): it must be refused before it is read.
  const fd = fs.openSync(path.join(dir(), '0016_huge.sql'), 'w');
  const chunk = Buffer.from("INSERT INTO accounts (id, email) VALUES (1, 'x@example.com');\n".repeat(16384));
  for (let written = 0; written < FIFTY_MB; written += chunk.length) fs.writeSync(fd, chunk);
  fs.ftruncateSync(fd, FIFTY_MB);
  fs.closeSync(fd);

  const t0 = performance.now();
  report = await review(defaultSettings({ dir: dir(), repoRoot: root, engine: 'none', changed: Object.keys(FILES).slice(1).map(rel).concat(rel('0013_link_outside.sql'), rel('0016_huge.sql')) }));
  reviewMs = performance.now() - t0;
  console.log(`[bad-input] whole folder (${MANY} statements in one file, a 50 MB file, ${Object.keys(FILES).length + 2} files): review ${Math.round(reviewMs)} ms, timings ${JSON.stringify(report.timings)}`);
}, 120_000);

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(outside, { recursive: true, force: true });
});

describe('bad input through the static pipeline', () => {
  it('produces a report in every format, with every migration listed', () => {
    expect(report.verdict).toBeDefined();
    expect(report.migrations.map((m) => m.file)).toHaveLength(16);
    const md = renderMarkdown(report);
    expect(md).toMatch(/pgreview/i);
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(renderText(report, { color: false }).length).toBeGreaterThan(0);
    expect(() => JSON.parse(renderJson(report))).not.toThrow();
    // No rule crashed on any of it.
    expect(report.findings.filter((f) => f.title.includes('could not check'))).toEqual([]);
  });

  it('empty and whitespace-only files: a low finding each', () => {
    for (const f of ['0002_empty.sql', '0003_whitespace.sql']) {
      expect(byFile(f).map((x) => [x.ruleId, x.severity]), f).toEqual([['unreadable-migration', 'low']]);
    }
  });

  it('binary, invalid UTF-8 and NUL bytes: unreadable-migration with the reason and line', () => {
    expect(byFile('0004_binary.sql')).toEqual([expect.objectContaining({ ruleId: 'unreadable-migration', severity: 'high', message: expect.stringMatching(/NUL bytes/) })]);
    expect(byFile('0005_latin1.sql')).toEqual([expect.objectContaining({ ruleId: 'unreadable-migration', message: expect.stringMatching(/not valid UTF-8/) })]);
    expect(byFile('0009_nul_in_sql.sql')).toEqual([expect.objectContaining({ ruleId: 'unreadable-migration', line: 2, message: expect.stringMatching(/NUL/) })]);
  });

  it('unterminated dollar quote, comment and string: a syntax-error finding naming the problem', () => {
    for (const [f, re] of [
      ['0006_unterminated_dollar.sql', /unterminated dollar-quoted string/],
      ['0007_unterminated_comment.sql', /unterminated \/\* comment/],
      ['0008_unterminated_quote.sql', /unterminated quoted string/],
    ] as const) {
      const found = byFile(f);
      expect(found.map((x) => x.ruleId), f).toContain('syntax-error');
      expect(found.find((x) => x.ruleId === 'syntax-error')!.message, f).toMatch(re);
    }
    // Each points at where the unterminated token starts.
    expect(byFile('0006_unterminated_dollar.sql').find((x) => x.ruleId === 'syntax-error')!.line).toBe(1);
    expect(byFile('0007_unterminated_comment.sql').find((x) => x.ruleId === 'syntax-error')!.line).toBe(2);
  });

  it('a symlink pointing outside the repository is not followed and its content never appears', () => {
    expect(byFile('0013_link_outside.sql')).toEqual([expect.objectContaining({ ruleId: 'unreadable-migration', message: expect.stringMatching(/outside the repository/) })]);
    for (const out of [renderMarkdown(report), renderJson(report), renderText(report, { color: false })]) expect(out).not.toContain('TOP-SECRET-TOKEN');
  });

  it('the 50 MB file is refused as too large, not parsed', () => {
    expect(FIFTY_MB).toBeGreaterThan(MAX_FILE_BYTES);
    expect(byFile('0016_huge.sql')).toEqual([expect.objectContaining({ ruleId: 'unreadable-migration', message: expect.stringMatching(/50\.0 MB, over the 20 MB limit: not read/) })]);
    expect(report.migrations.find((m) => m.file === rel('0016_huge.sql'))!.statements).toBe(0);
  });

  it('paths with spaces and non-ASCII names are reviewed, and the file name survives into the report', () => {
    expect(report.migrations.find((m) => m.file === rel('0010_add users table.sql'))!.statements).toBe(1);
    expect(report.migrations.find((m) => m.file === rel('0011_café_ünïcødé_日本.sql'))!.statements).toBe(1);
    expect(report.objects.created.map((o) => o.name)).toEqual(expect.arrayContaining(['public.users_with_space', 'public.tbl_ünïcødé']));
  });

  it('every other file is still reviewed: real findings around the bad files', () => {
    expect(byFile('0012_index_existing.sql').map((f) => f.ruleId)).toContain('require-concurrent-index-creation');
    expect(byFile('0017_tail_ok.sql').map((f) => f.ruleId)).toContain('adding-required-field');
    expect(report.migrations.find((m) => m.file === rel('0014_bom_crlf.sql'))!.statements).toBe(2);
  });

  it(`the ${MANY.toLocaleString('en')}-statement file is parsed completely and in reasonable time`, () => {
    expect(report.migrations.find((m) => m.file === rel('0015_many.sql'))!.statements).toBe(MANY);
    expect(byFile('0015_many.sql').filter((f) => f.ruleId === 'syntax-error')).toEqual([]);
    // Measured ~5 s on a 2-core runner; quadratic rules made it minutes.
    expect(reviewMs).toBeLessThan(60_000);
  });
});

describe('the 50 MB file is never loaded', () => {
  it('plans without reading it: no text, little memory', async () => {
    const d = tempDir('pgreview-huge-');
    try {
      fs.writeFileSync(path.join(d, '0001_ok.sql'), 'SELECT 1;\n');
      const fd = fs.openSync(path.join(d, '0002_huge.sql'), 'w');
      const chunk = Buffer.alloc(1024 * 1024, 'SELECT 1;\n');
      for (let i = 0; i < 50; i++) fs.writeSync(fd, chunk);
      fs.closeSync(fd);
      global.gc?.();
      const before = process.memoryUsage();
      const t0 = performance.now();
      const set = await planMigrations(defaultSettings({ dir: d, engine: 'none' }));
      const r = await review(defaultSettings({ dir: d, engine: 'none' }));
      const ms = performance.now() - t0;
      const after = process.memoryUsage();
      const grew = (after.heapUsed + after.external - before.heapUsed - before.external) / 1024 / 1024;
      console.log(`[bad-input] 50 MB file: plan + review ${Math.round(ms)} ms, heap+external grew ${grew.toFixed(1)} MB`);
      const huge = set.migrations.find((m) => m.path.endsWith('0002_huge.sql'))!;
      expect(huge.up.text).toBe('');
      expect(huge.readProblems).toEqual([expect.objectContaining({ reason: 'too-large' })]);
      expect(r.findings.filter((f) => f.ruleId === 'unreadable-migration')).toHaveLength(1);
      // Reading it would take 50 MB as a Buffer plus ~100 MB as a string.
      expect(grew).toBeLessThan(40);
      expect(ms).toBeLessThan(5_000);
    } finally {
      fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
