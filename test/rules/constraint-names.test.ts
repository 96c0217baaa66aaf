// The fixes that re-add a constraint NOT VALID and then VALIDATE it must name the constraint Postgres
// would have named: the statement as written and its fix are each run on a real database, and the
// constraint names they leave in pg_constraint must be the same (and the VALIDATE must find its
// constraint). Long names are cut to 63 bytes, and unnamed constraints are numbered past the names
// the schema already has.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewInline } from '../../src/analysis/inline.js';
import { makeObjectName } from '../../src/analysis/constraint-names.js';
import { rules } from '../../rules/index.js';

const LONG = 'order_line_items_with_a_remarkably_long_descriptive_table_name'; // 62 bytes
const COL = 'quantity_requested_by_the_customer_at_checkout'; // 46 bytes
const E = 'é'.repeat(31); // 62 bytes

interface Case {
  name: string;
  base: string;
  sql: string;
  rule: string;
  /** The names Postgres gives the statement's unnamed constraints (measured below, stated here to read). */
  expected: string[];
}

const cases: Case[] = [
  {
    name: 'a CHECK on a long table and column: both cut, the longer first, the suffix kept',
    base: `CREATE TABLE ${LONG} (id bigint PRIMARY KEY, ${COL} int);`,
    sql: `ALTER TABLE ${LONG} ADD CHECK (${COL} > 0);`,
    rule: 'constraint-missing-not-valid',
    expected: ['order_line_items_with_a_rema_quantity_requested_by_the_cu_check'],
  },
  {
    name: 'a CHECK when the table already has <t>_<c>_check (unnamed, from CREATE TABLE)',
    base: 'CREATE TABLE orders (id bigint PRIMARY KEY, qty int CHECK (qty > 0));',
    sql: 'ALTER TABLE orders ADD CHECK (qty < 1000);',
    rule: 'constraint-missing-not-valid',
    expected: ['orders_qty_check1'],
  },
  {
    name: 'a CHECK on a long table that already has the cut name: check1 cuts one byte more',
    base: `CREATE TABLE ${LONG} (id bigint PRIMARY KEY, ${COL} int CHECK (${COL} > 0));`,
    sql: `ALTER TABLE ${LONG} ADD CHECK (${COL} < 1000);`,
    rule: 'constraint-missing-not-valid',
    expected: ['order_line_items_with_a_rema_quantity_requested_by_the_c_check1'],
  },
  {
    name: "a CHECK whose name another table's constraint already has (Postgres asks the whole schema)",
    base: 'CREATE TABLE a_b (c int CHECK (c > 0));\nCREATE TABLE a (id bigint PRIMARY KEY, b_c int);',
    sql: 'ALTER TABLE a ADD CHECK (b_c > 0);',
    rule: 'constraint-missing-not-valid',
    expected: ['a_b_c_check1'],
  },
  {
    name: 'a CHECK re-added after its unnamed predecessor is dropped by the name Postgres gave it',
    base: 'CREATE TABLE orders (id bigint PRIMARY KEY, qty int CHECK (qty > 0));\nALTER TABLE orders DROP CONSTRAINT orders_qty_check;',
    sql: 'ALTER TABLE orders ADD CHECK (qty > 1);',
    rule: 'constraint-missing-not-valid',
    expected: ['orders_qty_check'],
  },
  {
    name: 'a CHECK dropped and re-added in the same statement',
    base: 'CREATE TABLE orders (id bigint PRIMARY KEY, qty int CHECK (qty > 0));',
    sql: 'ALTER TABLE orders DROP CONSTRAINT orders_qty_check, ADD CHECK (qty > 1);',
    rule: 'constraint-missing-not-valid',
    expected: ['orders_qty_check'],
  },
  {
    name: 'a CHECK on multibyte names: cut at a character boundary',
    base: `CREATE TABLE "${E}" (id bigint PRIMARY KEY, "${E}" int);`,
    sql: `ALTER TABLE "${E}" ADD CHECK ("${E}" > 0);`,
    rule: 'constraint-missing-not-valid',
    expected: [`${'é'.repeat(14)}_${'é'.repeat(14)}_check`],
  },
  {
    name: 'a CHECK added with its column, next to one the table has',
    base: 'CREATE TABLE orders (id bigint PRIMARY KEY, qty int, CHECK (qty > 0), CONSTRAINT orders_note_check CHECK (id > 0));',
    sql: 'ALTER TABLE orders ADD COLUMN note text CHECK (length(note) < 100);',
    rule: 'constraint-missing-not-valid',
    expected: ['orders_note_check1'],
  },
  {
    name: 'a foreign key on a long table and column',
    base: `CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE ${LONG} (id bigint PRIMARY KEY, ${COL} bigint);`,
    sql: `ALTER TABLE ${LONG} ADD FOREIGN KEY (${COL}) REFERENCES customers (id);`,
    rule: 'adding-foreign-key-constraint',
    expected: ['order_line_items_with_a_remar_quantity_requested_by_the_cu_fkey'],
  },
  {
    name: 'a foreign key when a constraint already has <t>_<c>_fkey',
    base: 'CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, CONSTRAINT orders_customer_id_fkey CHECK (customer_id > 0));',
    sql: 'ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id);',
    rule: 'adding-foreign-key-constraint',
    expected: ['orders_customer_id_fkey1'],
  },
  {
    name: 'a foreign key dropped and re-added with another ON DELETE (the common migration)',
    base: 'CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));',
    sql: 'ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey, ADD FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE;',
    rule: 'adding-foreign-key-constraint',
    expected: ['orders_customer_id_fkey'],
  },
  {
    name: "a column's key and check added after the backfill (adding-field-with-default), next to taken names",
    base: 'CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, CONSTRAINT orders_n_check CHECK (id > 0), CONSTRAINT orders_n_fkey CHECK (id < 1000000));',
    sql: 'ALTER TABLE orders ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY REFERENCES customers (id) CHECK (n > 0);',
    rule: 'adding-field-with-default',
    expected: ['orders_n_check1', 'orders_n_fkey1'],
  },
];

describe('constraint names in fix SQL are the names Postgres gives', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite();
  });
  afterAll(() => db.close());

  /** The constraint names `sql` adds to the public schema after `base`, on a database left as it was. */
  const added = async (base: string, sql: string) => {
    const names = async () => (await db.query<{ oid: number; n: string }>(`select oid, conname as n from pg_constraint where connamespace = 'public'::regnamespace`)).rows;
    await db.exec(`BEGIN;\n${base}`);
    try {
      const before = new Set((await names()).map((r) => r.oid));
      await db.exec(sql);
      return (await names()).filter((r) => !before.has(r.oid)).map((r) => r.n).sort();
    } finally {
      await db.exec('ROLLBACK;');
    }
  };

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(await added(c.base, c.sql)).toEqual(expect.arrayContaining(c.expected));
    const found = (await reviewInline({ base: [c.base], changed: [c.sql] }, rules)).findings.filter((f) => f.ruleId === c.rule);
    expect(found).toHaveLength(1);
    const fix = found[0]!.fix!.sql!;
    for (const name of c.expected) expect(fix).toContain(`VALIDATE CONSTRAINT ${/^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name}"`};`);
    // The fix, run in place of the statement (its backfill done as an UPDATE), leaves the same names,
    // and each VALIDATE finds its constraint.
    const statements = fix.split('\n').map((line) => (line.startsWith('-- backfill') ? 'UPDATE orders SET n = id;' : line)).filter((line) => !line.startsWith('--'));
    expect(await added(c.base, statements.join('\n').replace(/CONCURRENTLY /g, ''))).toEqual(await added(c.base, c.sql));
  });

  it('makeObjectName cuts as Postgres does, without a second part too', () => {
    expect(makeObjectName('x'.repeat(70), undefined, 'pkey')).toBe(`${'x'.repeat(58)}_pkey`);
    expect(Buffer.byteLength(makeObjectName(LONG, COL, 'check12'))).toBe(63);
  });
});
