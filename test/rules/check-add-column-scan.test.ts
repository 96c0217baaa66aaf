// ADD COLUMN … CHECK proves the check by reading every row under ACCESS EXCLUSIVE, like ADD
// CONSTRAINT … CHECK, even when the new column is NULL everywhere. Said on a real database: the rule
// fires exactly when the table's sequential-scan counter moves, and its fix neither scans nor is reported.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewInline } from '../../src/analysis/inline.js';
import { rules } from '../../rules/index.js';
import { seqScans } from './seq-scans.js';

const BASE = 'CREATE TABLE public.orders (id bigint PRIMARY KEY);';

describe('constraint-missing-not-valid on ADD COLUMN … CHECK', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite();
    await db.exec(`${BASE}\nINSERT INTO public.orders SELECT g FROM generate_series(1, 1000) g;`);
  });
  afterAll(() => db.close());

  const scans = (sql: string) => seqScans(db, 'orders', sql);
  const findings = async (sql: string) => (await reviewInline({ base: [BASE], changed: [sql] }, rules)).findings.filter((f) => f.ruleId === 'constraint-missing-not-valid');

  it.each([
    ['a CHECK on a column without default', 'ALTER TABLE public.orders ADD COLUMN qty int CHECK (qty > 0);', 1],
    ['a CHECK on a column with a default', 'ALTER TABLE public.orders ADD COLUMN qty int NOT NULL DEFAULT 1 CHECK (qty > 0);', 1],
    ['a column without a CHECK', 'ALTER TABLE public.orders ADD COLUMN qty int NOT NULL DEFAULT 1;', 0],
  ])('%s: a finding exactly when Postgres scans', async (_name, sql, expected) => {
    expect((await scans(sql as string)) > 0 ? 1 : 0).toBe(expected);
    expect(await findings(sql as string)).toHaveLength(expected as number);
  });

  it('the fix adds the column bare and the check NOT VALID under the name Postgres gives it; it neither scans nor is reported', async () => {
    const [f] = await findings('ALTER TABLE public.orders ADD COLUMN qty int DEFAULT 1 CHECK (qty > 0), ADD COLUMN note text;');
    expect(f!.object).toBe('public.orders.orders_qty_check');
    const [add, , validate] = f!.fix!.sql!.split('\n');
    expect(add).toBe('ALTER TABLE public.orders ADD COLUMN qty int DEFAULT 1, ADD CONSTRAINT orders_qty_check CHECK (qty > 0) NOT VALID, ADD COLUMN note text;');
    expect(validate).toBe('ALTER TABLE public.orders VALIDATE CONSTRAINT orders_qty_check;');
    expect(await scans(add!)).toBe(0);
    expect(await findings(add!)).toHaveLength(0);
    // The name is the one Postgres chooses for the column's check, so VALIDATE finds it.
    await db.exec(`BEGIN;\nALTER TABLE public.orders ADD COLUMN qty int DEFAULT 1 CHECK (qty > 0);\n`);
    const names = (await db.query<{ conname: string }>(`select conname from pg_constraint where conrelid = 'public.orders'::regclass and contype = 'c'`)).rows.map((r) => r.conname);
    await db.exec('ROLLBACK;');
    expect(names).toEqual(['orders_qty_check']);
  });

  it('a table created in the same pull request is exempt', async () => {
    const sql = 'CREATE TABLE public.items (id bigint PRIMARY KEY);\nALTER TABLE public.items ADD COLUMN qty int CHECK (qty > 0);';
    expect(await findings(sql)).toHaveLength(0);
  });
});

describe('constraint-missing-not-valid on ADD COLUMN … CHECK: which columns', () => {
  const BASE2 = 'CREATE TABLE public.versions (id bigint PRIMARY KEY, zip bytea);';
  const findings = async (sql: string) => (await reviewInline({ base: [BASE2], changed: [sql] }, rules)).findings.filter((f) => f.ruleId === 'constraint-missing-not-valid');

  it('several checked columns in one statement share one fix that leaves none of them', async () => {
    const sql = 'ALTER TABLE public.versions ADD COLUMN a bytea CONSTRAINT a_len CHECK (octet_length(a) = 32), ADD COLUMN b bytea CHECK (octet_length(b) = 32);';
    const found = await findings(sql);
    expect(found.map((f) => f.object)).toEqual(['public.versions.a_len', 'public.versions.versions_b_check']);
    expect(found[0]!.fix!.sql).toBe(found[1]!.fix!.sql);
    const [fixed] = found[0]!.fix!.sql!.split('\n');
    expect(await findings(fixed!)).toHaveLength(0);
  });

  it('ADD COLUMN IF NOT EXISTS of a column the table has adds no check: no finding', async () => {
    expect(await findings('ALTER TABLE public.versions ADD COLUMN IF NOT EXISTS zip bytea CHECK (octet_length(zip) = 32), ADD COLUMN c int;')).toHaveLength(0);
  });
});

describe('constraint-missing-not-valid on ADD COLUMN … CHECK: the names Postgres gives', () => {
  it.each([
    ['a named check next to an unnamed one: the unnamed one is <table>_<column>_check', 'ALTER TABLE public.orders ADD COLUMN qty int CONSTRAINT qty_positive CHECK (qty > 0) CHECK (qty < 100);'],
    ['two unnamed checks on one column: …_check, then …_check1', 'ALTER TABLE public.orders ADD COLUMN qty int CHECK (qty > 0) CHECK (qty < 100);'],
    ['a check that reads another column is named after the table alone', 'ALTER TABLE public.orders ADD COLUMN qty int CHECK (qty > id);'],
    ['ADD CHECK next to a column check with the same name to choose', 'ALTER TABLE public.orders ADD COLUMN qty int CHECK (qty > 0), ADD CHECK (qty < 100);'],
  ])('%s, as pg_constraint says', async (_name, sql) => {
    const db = new PGlite();
    try {
      await db.exec(`${BASE}\nINSERT INTO public.orders VALUES (1);`);
      const found = (await reviewInline({ base: [BASE], changed: [sql] }, rules)).findings.filter((f) => f.ruleId === 'constraint-missing-not-valid');
      await db.exec(sql);
      const names = (await db.query<{ conname: string }>(`select conname from pg_constraint where conrelid = 'public.orders'::regclass and contype = 'c' order by conname`)).rows.map((r) => r.conname);
      expect(found.map((f) => f.object!.slice('public.orders.'.length)).sort()).toEqual(names);
    } finally {
      await db.close();
    }
  });
});
