// Severity by size scales findings whose work grows with the table. ADD COLUMN … IDENTITY REFERENCES
// is reported because Postgres does not check the rows at all: no duration to estimate, and a small
// production table does not make an unchecked key less wrong.
import { describe, expect, it } from 'vitest';
import { reviewInline } from '../../src/analysis/inline.js';
import { rules } from '../../rules/index.js';
import { applyProductionStats } from '../../src/stats/estimate.js';
import type { ProductionStats } from '../../src/stats/load.js';

const BASE = 'CREATE TABLE public.customers (id bigint PRIMARY KEY);\nCREATE TABLE public.orders (id bigint PRIMARY KEY);';
const figures = { reltuples: 50, relpages: 1, totalBytes: 16384, liveTuples: 50, deadTuples: 0, inserted: 50, updated: 0, deleted: 0 };
// Only what applyProductionStats reads: the relations' figures and where they came from.
const production = { source: 'stats.json', stats: { relations: { 'public.orders': figures, 'public.customers': figures }, indexes: {} } } as unknown as ProductionStats;

async function scaled(sql: string) {
  const found = (await reviewInline({ base: [BASE], changed: [sql] }, rules)).findings.filter((f) => f.ruleId === 'adding-foreign-key-constraint');
  applyProductionStats(found, production, [], { rules: {} }, (id) => rules.find((r) => r.id === id)?.severity);
  return found;
}

describe('severity by size and the unchecked foreign key', () => {
  it('a key validated by a scan is scaled to the table (50 rows: info); the unchecked identity key keeps its severity and gets no duration', async () => {
    const [validated] = await scaled('ALTER TABLE public.orders ADD COLUMN customer_id bigint DEFAULT 1 REFERENCES public.customers (id);');
    expect(validated!.severity).toBe('info');
    expect((validated!.evidence!.production as any).estimate.operation).toBe('validation');

    const [unchecked] = await scaled('ALTER TABLE public.orders ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY REFERENCES public.customers (id);');
    expect(unchecked!.evidence).toMatchObject({ unchecked: true });
    expect(unchecked!.severity).toBe('high');
    expect(unchecked!.evidence!.production).toBeUndefined();
    expect(unchecked!.message).not.toMatch(/Estimated duration/);
  });
});
