import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, parseSource } from '../../src/sql/parse.js';
import type { Migration } from '../../src/types.js';

const migration = { id: 'm' } as Migration;
const parse = (text: string, startLine = 1) => parseSource({ file: 'm.sql', text, startLine, startByte: 0 }, { migration, direction: 'up' });

beforeAll(loadParser);

describe('statement spans', () => {
  it('skips leading comments and reports 1-based line/column', () => {
    const r = parse('-- header\n\n  /* block */ CREATE TABLE a (id int);\nSELECT 1;');
    expect(r.statements.map((s) => [s.kind, s.span.line, s.span.column, s.sql])).toEqual([
      ['CreateStmt', 3, 15, 'CREATE TABLE a (id int)'],
      ['SelectStmt', 4, 1, 'SELECT 1'],
    ]);
  });

  it('is exact with CRLF line endings', () => {
    const r = parse('SELECT 1;\r\n\r\nCREATE TABLE b (\r\n  id int\r\n);\r\n');
    expect(r.statements[1]!.span).toMatchObject({ line: 3, column: 1, endLine: 5 });
    expect(r.statements[1]!.sql).toBe('CREATE TABLE b (\r\n  id int\r\n)');
  });

  it('is exact after a BOM', () => {
    const r = parse('\uFEFFCREATE TABLE c (id int);\nSELECT 2;');
    expect(r.statements.map((s) => [s.span.line, s.span.column])).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect(r.statements[0]!.sql).toBe('CREATE TABLE c (id int)');
  });

  it('maps UTF-8 byte offsets to characters with multi-byte identifiers', () => {
    const r = parse('CREATE TABLE "café_ñ" ("名前" text);\nCREATE TABLE "😀" (x int);\nSELECT 3;');
    expect(r.statements.map((s) => s.sql)).toEqual(['CREATE TABLE "café_ñ" ("名前" text)', 'CREATE TABLE "😀" (x int)', 'SELECT 3']);
    expect(r.statements[2]!.span.line).toBe(3);
  });

  it('keeps dollar-quoted bodies and nested comments inside one statement', () => {
    const sql = `/* outer /* inner; */ still comment; */
CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$
BEGIN
  -- a semicolon; inside
  RETURN 1;
END;
$body$;
SELECT 4;`;
    const r = parse(sql);
    expect(r.statements.map((s) => [s.kind, s.span.line, s.span.endLine])).toEqual([
      ['CreateFunctionStmt', 2, 7],
      ['SelectStmt', 8, 8],
    ]);
  });

  it('offsets lines for sections that start mid-file (dbmate)', () => {
    const r = parse('CREATE TABLE d (id int);', 12);
    expect(r.statements[0]!.span.line).toBe(12);
  });

  it('locates AST nodes inside a statement', () => {
    const r = parse('SELECT 1;\nCREATE TABLE e (\n  id int,\n  ref int REFERENCES x(id)\n);');
    const stmt = r.statements[1]!;
    const fk = stmt.node.tableElts[1].ColumnDef.constraints[0].Constraint;
    expect(stmt.locate!(fk.location)).toEqual({ line: 4, column: 11 });
  });

  it('accepts a last statement without a semicolon and drizzle breakpoints', () => {
    const r = parse('CREATE TABLE f (id int);--> statement-breakpoint\nCREATE INDEX i ON f (id)');
    expect(r.statements.map((s) => s.sql)).toEqual(['CREATE TABLE f (id int)', 'CREATE INDEX i ON f (id)']);
  });

  it('treats empty and comment-only files as no statements, not errors', () => {
    expect(parse('').errors).toEqual([]);
    expect(parse('-- nothing here\n/* really */\n').statements).toEqual([]);
  });
});

describe('PL/pgSQL bodies', () => {
  it('parses function bodies and DO blocks', () => {
    const r = parse(`CREATE FUNCTION g() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
DO $$ BEGIN PERFORM pg_sleep(0); END $$;
CREATE FUNCTION h() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;`);
    expect(r.statements[0]!.plpgsql?.plpgsql_funcs?.length).toBe(1);
    expect(JSON.stringify(r.statements[1]!.plpgsql)).toContain('pg_sleep');
    expect(r.statements[2]!.plpgsql).toBeUndefined();
  });
});

describe('errors', () => {
  it('reports the line and column of a syntax error and keeps the other statements', () => {
    const r = parse('CREATE TABLE g (id int);\nSELECT FROM WHERE;\nCREATE TABLE h (id int);');
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 2, column: 13, reason: 'syntax' });
    expect(r.errors[0]!.message).toMatch(/syntax error at or near "WHERE"/);
    expect(r.statements.map((s) => s.sql)).toEqual(['CREATE TABLE g (id int)', 'CREATE TABLE h (id int)']);
  });

  it('counts error columns in characters after multi-byte text', () => {
    const r = parse("SELECT 'ééé' FROM WHERE;");
    expect(r.errors[0]).toMatchObject({ line: 1, column: 19 });
  });

  it('recognises Go templates as not SQL', () => {
    const r = parse('CREATE TABLE {{ index .Options "Namespace" }}.jobs (id int);');
    expect(r.errors[0]!.reason).toBe('template');
    expect(r.errors[0]!.message).toMatch(/template/);
  });

  it('refuses binary content with a clear reason', () => {
    const r = parse('CREATE TABLE x (id int);\u0000\u0001');
    expect(r.errors[0]!.reason).toBe('binary');
  });

  it('reports an unterminated dollar quote', () => {
    const r = parse('CREATE FUNCTION k() RETURNS int LANGUAGE sql AS $$ SELECT 1;');
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors[0]!.message).toMatch(/unterminated dollar-quoted string/);
  });
});

describe('ignore comments', () => {
  it('attaches statement ignores from the line above and the same line', () => {
    const r = parse(`-- pgreview-ignore rule-a: table is tiny
CREATE INDEX i1 ON t (a);
CREATE INDEX i2 ON t (b); -- pgreview-ignore rule-b, rule-c: maintenance window
SELECT 1;`);
    expect(r.statements[0]!.ignores.map((i) => [i.ruleId, i.reason])).toEqual([['rule-a', 'table is tiny']]);
    expect(r.statements[1]!.ignores.map((i) => i.ruleId)).toEqual(['rule-b', 'rule-c']);
    expect(r.statements[2]!.ignores).toEqual([]);
  });

  it('collects file ignores and refuses ignores without a reason', () => {
    const r = parse(`-- pgreview-ignore-file rule-x: generated by the ORM
-- pgreview-ignore rule-y
SELECT 1;`);
    expect(r.fileIgnores.map((i) => i.ruleId)).toEqual(['rule-x']);
    expect(r.invalidIgnores.map((i) => i.ruleId)).toEqual(['rule-y']);
    expect(r.statements[0]!.ignores).toEqual([]);
  });

  it('does not mistake ignore text inside a string for a comment', () => {
    const r = parse(`SELECT '-- pgreview-ignore rule-z: nope';`);
    expect(r.statements[0]!.ignores).toEqual([]);
  });
});
