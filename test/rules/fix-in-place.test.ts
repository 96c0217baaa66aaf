// A fix that rewrites one subcommand of an ALTER TABLE keeps the others: applied in place of the
// statement, it must run. The known case: "DROP CONSTRAINT c, ADD CONSTRAINT c CHECK …" whose fix
// dropped the DROP, so applying it said "constraint c already exists".
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { reviewInline } from '../../src/analysis/inline.js';
import { rules } from '../../rules/index.js';

const BASE = 'CREATE TABLE public.orders (id int PRIMARY KEY, qty int, CONSTRAINT orders_qty_check CHECK (qty > 0));\nCREATE TABLE public.customers (id int PRIMARY KEY);';

async function applies(sql: string): Promise<void> {
  const db = new PGlite();
  try {
    await db.exec(BASE);
    await db.exec(sql);
  } finally {
    await db.close();
  }
}

describe('fixes applied in place of their statement', () => {
  it('CHECK without NOT VALID: the fix keeps the sibling DROP CONSTRAINT and applies', async () => {
    const change = 'ALTER TABLE public.orders DROP CONSTRAINT orders_qty_check, ADD CONSTRAINT orders_qty_check CHECK (qty >= 0);';
    const r = await reviewInline({ base: [BASE], changed: [change] }, rules);
    const f = r.findings.find((x) => x.ruleId === 'constraint-missing-not-valid');
    expect(f?.fix?.sql).toMatch(/DROP CONSTRAINT orders_qty_check,\s*ADD CONSTRAINT orders_qty_check CHECK \(qty >= 0\) NOT VALID/);
    await applies(f!.fix!.sql!);
  });

  it('a foreign key added with other columns: the fix keeps the other ADD COLUMNs', async () => {
    const change = 'ALTER TABLE public.orders ADD COLUMN note text, ADD COLUMN customer_id int DEFAULT 1 REFERENCES public.customers (id), ADD COLUMN due date;';
    const r = await reviewInline({ base: [BASE], changed: [change] }, rules);
    const f = r.findings.find((x) => x.ruleId === 'adding-foreign-key-constraint');
    expect(f?.fix?.sql).toMatch(/ADD COLUMN note text/);
    expect(f?.fix?.sql).toMatch(/ADD COLUMN due date/);
    await applies(`${f!.fix!.sql!}\nINSERT INTO public.customers VALUES (1);\nINSERT INTO public.orders (id, qty, note, due) VALUES (1, 1, 'n', now());`);
  });
});
