// ADD COLUMN of a domain type on a table with rows, checked against a real database: a domain with a
// CHECK or NOT NULL makes Postgres rewrite the table (relfilenode) to check every existing row, with or
// without a default; a domain without constraints, or an array of one, does not. adding-field-with-default
// must say exactly that, and its fix must run without a rewrite and keep the domain's rule.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewInline } from '../../src/analysis/inline.js';
import { rules } from '../../rules/index.js';

const BASE = [
  'CREATE DOMAIN public.positive_qty AS integer CHECK (VALUE > 0);',
  'CREATE DOMAIN public.required_code AS text NOT NULL;',
  'CREATE DOMAIN public.priority AS integer DEFAULT 3 CHECK (VALUE BETWEEN 1 AND 5);',
  'CREATE DOMAIN public.plain_qty AS integer;',
  'CREATE TABLE public.orders (id bigint PRIMARY KEY, a int);',
].join('\n');

const findings = async (sql: string, base = BASE) => (await reviewInline({ base: [base], changed: [sql] }, rules)).findings.filter((f) => f.ruleId === 'adding-field-with-default');

describe('ADD COLUMN of a domain type on a table with rows', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite();
    await db.exec(`${BASE}\nINSERT INTO public.orders SELECT g, g FROM generate_series(1, 1000) g;`);
  });
  afterAll(() => db.close());

  const relfilenode = async () => (await db.query<{ n: number }>(`select relfilenode as n from pg_class where oid = 'public.orders'::regclass`)).rows[0]!.n;
  const rewrites = async (sql: string) => {
    const before = await relfilenode();
    await db.exec(`BEGIN;\n${sql}`);
    try {
      return (await relfilenode()) !== before;
    } finally {
      await db.exec('ROLLBACK;');
    }
  };

  it.each([
    ['a domain with a CHECK, no default', 'ALTER TABLE public.orders ADD COLUMN qty positive_qty;', true],
    ['a domain with a CHECK and a default', 'ALTER TABLE public.orders ADD COLUMN qty positive_qty DEFAULT 5;', true],
    ['a NOT NULL domain with a default', "ALTER TABLE public.orders ADD COLUMN code required_code DEFAULT 'x';", true],
    ['a domain without constraints', 'ALTER TABLE public.orders ADD COLUMN qty plain_qty DEFAULT 5;', false],
    ['an array of a domain with a CHECK', 'ALTER TABLE public.orders ADD COLUMN qty positive_qty[];', false],
  ])('%s: adding-field-with-default fires exactly when Postgres rewrites the table', async (_name, sql, rewritten) => {
    expect(await rewrites(sql as string)).toBe(rewritten);
    const found = await findings(sql as string);
    expect(found).toHaveLength(rewritten ? 1 : 0);
    if (rewritten) expect(found[0]!.message).toMatch(/is a domain with (CHECK|NOT NULL)/);
  });

  it.each([
    ['a CHECK domain with a default', 'ALTER TABLE public.orders ADD COLUMN qty positive_qty DEFAULT 5;', 'INSERT INTO public.orders (id, qty) VALUES (5000, 0);'],
    ['a NOT NULL domain with a default', "ALTER TABLE public.orders ADD COLUMN code required_code DEFAULT 'x';", 'INSERT INTO public.orders (id, code) VALUES (5000, NULL);'],
    ["a domain whose own DEFAULT fills the rows", 'ALTER TABLE public.orders ADD COLUMN prio priority;', 'INSERT INTO public.orders (id, prio) VALUES (5000, 9);'],
  ])('on %s the fix runs without a rewrite, fills the rows as the statement would, validates, and refuses what the domain refuses', async (_name, sql, bad) => {
    const [f] = await findings(sql);
    const fix = f!.fix!.sql!.split('\n').filter((l) => !l.startsWith('--'));
    const column = (sql.match(/ADD COLUMN (\w+)/) ?? [])[1]!;
    const values = async () => (await db.query<{ v: string | null }>(`select ${column}::text as v from public.orders where id = 1`)).rows[0]!.v;
    await db.exec(`BEGIN;\n${sql}`);
    const wanted = await values();
    await db.exec('ROLLBACK;');
    const before = await relfilenode();
    await db.exec(`BEGIN;\n${fix[0]}`);
    try {
      expect(await relfilenode()).toBe(before);
      expect(await values()).toBe(wanted);
      for (const validate of fix.slice(1)) await db.exec(validate);
      const refused = await db.exec(bad).then(
        () => '',
        (e: Error) => e.message,
      );
      expect(refused).toMatch(/violates check constraint/);
    } finally {
      await db.exec('ROLLBACK;');
    }
  });

  it('a domain whose constraint the model cannot follow (dropped by a name it does not know) is not guessed at', async () => {
    const base = `${BASE}\nALTER DOMAIN public.positive_qty DROP CONSTRAINT positive_qty_check;`;
    expect(await findings('ALTER TABLE public.orders ADD COLUMN qty positive_qty;', base)).toEqual([]);
    // A named one it follows: dropping the only CHECK leaves an unconstrained domain.
    const named = 'CREATE DOMAIN public.q AS integer CONSTRAINT q_positive CHECK (VALUE > 0);\nALTER DOMAIN public.q DROP CONSTRAINT q_positive;\nCREATE TABLE public.orders (id bigint PRIMARY KEY);';
    expect(await findings('ALTER TABLE public.orders ADD COLUMN qty q;', named)).toEqual([]);
    expect(await findings('ALTER TABLE public.orders ADD COLUMN qty q;', named.replace(/\nALTER DOMAIN.*;/, ''))).toHaveLength(1);
  });
});

describe('ALTER COLUMN TYPE to or from a domain on a table with rows', () => {
  const base = `${BASE}\nCREATE DOMAIN public.plain_big AS bigint;\nALTER TABLE public.orders ADD COLUMN p positive_qty, ADD COLUMN q plain_qty;`;
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite();
    await db.exec(`${base}\nINSERT INTO public.orders SELECT g, g, g, g FROM generate_series(1, 1000) g;`);
  });
  afterAll(() => db.close());

  it.each([
    ['integer → an unconstrained domain over integer', 'ALTER TABLE public.orders ALTER COLUMN a TYPE plain_qty;', false],
    ['integer → a domain with a CHECK over integer', 'ALTER TABLE public.orders ALTER COLUMN a TYPE positive_qty;', true],
    ['a domain with a CHECK → its base type', 'ALTER TABLE public.orders ALTER COLUMN p TYPE integer;', false],
    ['an unconstrained domain → a domain with a CHECK', 'ALTER TABLE public.orders ALTER COLUMN q TYPE positive_qty;', true],
    ['integer → an unconstrained domain over bigint', 'ALTER TABLE public.orders ALTER COLUMN a TYPE plain_big;', true],
    ['a domain with a CHECK → an unconstrained domain over the same type', 'ALTER TABLE public.orders ALTER COLUMN p TYPE plain_qty;', false],
  ])('%s: changing-column-type fires exactly when Postgres rewrites the table', async (_name, sql, rewritten) => {
    const before = (await db.query<{ n: number }>(`select relfilenode as n from pg_class where oid = 'public.orders'::regclass`)).rows[0]!.n;
    await db.exec(`BEGIN;\n${sql}`);
    const after = (await db.query<{ n: number }>(`select relfilenode as n from pg_class where oid = 'public.orders'::regclass`)).rows[0]!.n;
    await db.exec('ROLLBACK;');
    expect(after !== before).toBe(rewritten);
    const found = (await reviewInline({ base: [base], changed: [sql as string] }, rules)).findings.filter((f) => f.ruleId === 'changing-column-type');
    expect(found.map((f) => f.evidence?.rewrite)).toEqual(rewritten ? ['rewrite'] : []);
  });
});
