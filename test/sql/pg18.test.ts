// PostgreSQL 18 syntax: parsed (17's grammar first, 18's for what 17 rejects), named, and judged
// against the project's target version, never reported as a syntax error.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadParser, parseSource } from '../../src/sql/parse.js';
import { reviewInline } from '../../src/analysis/inline.js';
import { rules } from '../../rules/index.js';
import type { Migration, Settings } from '../../src/types.js';

const migration = { id: 'm' } as Migration;
const parse = (text: string) => parseSource({ file: 'm.sql', text, startLine: 1, startByte: 0 }, { migration, direction: 'up' });

beforeAll(loadParser);

describe('PostgreSQL 18 grammar', () => {
  it.each([
    ['ALTER TABLE t ADD CONSTRAINT c NOT NULL col;', 'a named NOT NULL constraint'],
    ['CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL);', 'a VIRTUAL generated column'],
    ['CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2));', 'a VIRTUAL generated column'],
    ['UPDATE t SET a = 1 RETURNING WITH (OLD AS o, NEW AS n) o.a, n.a;', 'RETURNING WITH (OLD/NEW AS …)'],
    ['ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT ENFORCED;', 'a NOT ENFORCED constraint'],
    ['ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES u (a) NOT ENFORCED;', 'a NOT ENFORCED constraint'],
    ['CREATE TABLE r (id int, valid_at tstzrange, PRIMARY KEY (id, valid_at WITHOUT OVERLAPS));', 'WITHOUT OVERLAPS'],
    ['ALTER TABLE r ADD CONSTRAINT fk FOREIGN KEY (id, PERIOD valid_at) REFERENCES p (id, PERIOD valid_at);', 'PERIOD in a foreign key'],
    ['ALTER TABLE t ALTER CONSTRAINT c NOT ENFORCED;', 'ALTER CONSTRAINT … [NOT] ENFORCED'],
  ])('%s parses and names %s', (sql, construct) => {
    const r = parse(`SELECT 1;\n${sql}\nSELECT 2;`);
    expect(r.errors).toEqual([]);
    expect(r.statements.map((s) => s.span.line)).toEqual([1, 2, 3]);
    expect(r.newerSyntax).toHaveLength(1);
    expect(r.newerSyntax[0]!.major).toBe(18);
    expect(r.newerSyntax[0]!.line).toBe(2);
    expect(r.newerSyntax[0]!.construct).toContain(construct);
  });

  it('keeps the PostgreSQL 17 tree where 17 parses, and records nothing', () => {
    const r = parse('UPDATE t SET a = 1 RETURNING a;');
    expect(r.newerSyntax).toEqual([]);
    expect(r.statements[0]!.node.returningList).toHaveLength(1);
  });

  it("brings 18's RETURNING clause to 17's shape for the rules", () => {
    const r = parse('SELECT 1 FROM x WHERE (;\nDELETE FROM t RETURNING WITH (OLD AS o) o.id;');
    expect(r.errors).toHaveLength(1); // the first statement is broken in every grammar
    const del = r.statements.find((s) => s.kind === 'DeleteStmt')!;
    expect(del.node.returningList).toHaveLength(1);
    expect(del.node.returningClause).toBeUndefined();
  });

  it('still reports what no grammar accepts as a syntax error', () => {
    const r = parse('ALTER TABLE t ADD CONSTRAINT c NOT NULL col;\nALTER TABLE t ADD COLUMN ,;');
    expect(r.newerSyntax).toHaveLength(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ line: 2, reason: 'syntax' });
  });
});

describe('needs-newer-postgres against the target version', () => {
  const up = 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\nALTER TABLE accounts ADD CONSTRAINT accounts_email_not_null NOT NULL email;';
  const review = (settings: Partial<Settings>, sql = up, downSql?: string) =>
    reviewInline({ changed: [{ sql, down: downSql, file: '0001_accounts.sql' }], settings }, rules).then((r) => ({
      newer: r.findings.filter((f) => f.ruleId === 'needs-newer-postgres'),
      syntax: r.findings.filter((f) => f.ruleId === 'syntax-error'),
    }));

  it('accepts PostgreSQL 18 syntax when production runs 18', async () => {
    const r = await review({ pgVersion: 18 });
    expect(r).toEqual({ newer: [], syntax: [] });
  });

  it('is a deploy failure when pgVersion says production runs 17', async () => {
    const r = await review({ pgVersion: 17 });
    expect(r.syntax).toEqual([]);
    expect(r.newer.map((f) => [f.severity, f.line])).toEqual([['critical', 2]]);
    expect(r.newer[0]!.message).toContain('a named NOT NULL constraint (ADD CONSTRAINT … NOT NULL column), which needs PostgreSQL 18; production runs PostgreSQL 17');
  });

  it('asks, without failing the review, when pgVersion is not set', async () => {
    const r = await review({});
    expect(r.syntax).toEqual([]);
    expect(r.newer.map((f) => f.severity)).toEqual(['medium']);
    expect(r.newer[0]!.message).toContain('set pgVersion: 18');
  });

  it('a down file with PostgreSQL 18 syntax is low with the default target, high when production is 17', async () => {
    const downWith18 = 'ALTER TABLE accounts ADD CONSTRAINT accounts_id_not_null NOT NULL id;';
    const unset = await review({}, 'CREATE TABLE accounts (id bigint);', downWith18);
    expect(unset.newer.map((f) => f.severity)).toEqual(['low']);
    const stated = await review({ pgVersion: 16 }, 'CREATE TABLE accounts (id bigint);', downWith18);
    expect(stated.newer.map((f) => f.severity)).toEqual(['high']);
    expect(stated.syntax).toEqual([]);
  });

  it('reviews the PostgreSQL 18 statement like any other: a VIRTUAL generated column rewrites nothing', async () => {
    const base = 'CREATE TABLE orders (id bigint PRIMARY KEY, net numeric, tax numeric);';
    const add = (kind: string) =>
      reviewInline({ base: [base], changed: [`ALTER TABLE orders ADD COLUMN gross numeric GENERATED ALWAYS AS (net + tax) ${kind};`], settings: { pgVersion: 18 } }, rules);
    const stored = await add('STORED');
    const virtual = await add('VIRTUAL');
    expect(stored.findings.map((f) => f.ruleId)).toContain('adding-field-with-default');
    expect(virtual.findings.map((f) => f.ruleId)).not.toContain('adding-field-with-default');
    expect(virtual.findings.map((f) => f.ruleId)).not.toContain('syntax-error');
  });
});

describe('fixes for PostgreSQL 18 statements', () => {
  it('never prints a fix that drops what 18 added (17 deparses a temporal foreign key without PERIOD)', async () => {
    const base = 'CREATE TABLE rooms (id int, valid_at tstzrange, PRIMARY KEY (id, valid_at WITHOUT OVERLAPS));\nCREATE TABLE bookings (room_id int, valid_at tstzrange);';
    const r = await reviewInline(
      { base: [base], changed: ['ALTER TABLE bookings ADD CONSTRAINT bookings_room_fk FOREIGN KEY (room_id, PERIOD valid_at) REFERENCES rooms (id, PERIOD valid_at);'], settings: { pgVersion: 18 } },
      rules,
    );
    const fk = r.findings.find((f) => f.ruleId === 'adding-foreign-key-constraint');
    expect(fk, 'the foreign key still gets its lock finding').toBeDefined();
    // No fix SQL at all: the 17 deparser would print the key without PERIOD.
    expect(fk!.fix?.sql).toBeUndefined();
  });
});
