// ADD COLUMN … REFERENCES scans the table only when the new column has a default: without a DEFAULT
// clause the column is all NULL and Postgres marks the key valid unchecked. Said on a real database:
// the rule fires exactly when the table's sequential-scan counter moves, and its fix does not scan.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewInline } from '../../src/analysis/inline.js';
import { rules } from '../../rules/index.js';
import { seqScans } from './seq-scans.js';

const BASE = 'CREATE TABLE public.customers (id bigint PRIMARY KEY);\nCREATE TABLE public.orders (id bigint PRIMARY KEY);';

describe('adding-foreign-key-constraint on ADD COLUMN … REFERENCES', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite();
    await db.exec(`${BASE}\nINSERT INTO public.customers VALUES (1);\nINSERT INTO public.orders SELECT g FROM generate_series(1, 1000) g;`);
  });
  afterAll(() => db.close());

  const scans = (sql: string) => seqScans(db, 'orders', sql);
  const findings = async (sql: string) => (await reviewInline({ base: [BASE], changed: [sql] }, rules)).findings.filter((f) => f.ruleId === 'adding-foreign-key-constraint');

  it.each([
    ['no DEFAULT clause', 'ALTER TABLE public.orders ADD COLUMN customer_id bigint REFERENCES public.customers (id);', 0],
    ['DEFAULT NULL', 'ALTER TABLE public.orders ADD COLUMN customer_id bigint DEFAULT NULL REFERENCES public.customers (id);', 1],
    ['a non-null DEFAULT', 'ALTER TABLE public.orders ADD COLUMN customer_id bigint DEFAULT 1 REFERENCES public.customers (id);', 1],
    ['a default on another column of the statement', 'ALTER TABLE public.orders ADD COLUMN customer_id bigint REFERENCES public.customers (id), ADD COLUMN qty int DEFAULT 1;', 0],
  ])('%s: a finding exactly when Postgres scans', async (_name, sql, expected) => {
    const n = await scans(sql as string);
    expect(n > 0 ? 1 : 0).toBe(expected);
    expect(await findings(sql as string)).toHaveLength(expected as number);
  });

  it('DEFAULT NULL: the fix drops the clause, and the fixed statement neither scans nor is reported', async () => {
    const [f] = await findings('ALTER TABLE public.orders ADD COLUMN customer_id bigint DEFAULT NULL REFERENCES public.customers (id) ON DELETE CASCADE;');
    expect(f!.object).toBe('public.orders.customer_id');
    expect(f!.message).toMatch(/DEFAULT NULL/);
    expect(f!.fix!.sql).toBe('ALTER TABLE public.orders ADD COLUMN customer_id bigint REFERENCES public.customers (id) ON DELETE CASCADE;');
    expect(await scans(f!.fix!.sql!)).toBe(0);
    expect(await findings(f!.fix!.sql!)).toHaveLength(0);
  });
});
