// A statement that does nothing where it runs gets no finding (issue 12, point 5): the schema model
// decides statically; an object the model never saw is not assumed absent or present.
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { reviewInline } from '../../src/analysis/inline.js';

const review = async (base: string[], changed: string) => (await reviewInline({ base, changed: [changed] }, rules)).findings;

describe('no findings on no-ops', () => {
  it('CREATE TABLE IF NOT EXISTS of an existing table gets no integer/identity advice', async () => {
    const base = ['CREATE TABLE public.accounts (id serial PRIMARY KEY, name varchar(40), created timestamp);'];
    const sql = 'CREATE TABLE IF NOT EXISTS public.accounts (id serial PRIMARY KEY, name varchar(40), created timestamp);';
    expect((await review(base, sql)).map((f) => f.ruleId)).toEqual([]);
    // The same statement on a table that does not exist yet is judged as usual.
    expect((await review([], sql)).map((f) => f.ruleId)).toContain('prefer-identity');
  });

  it('DROP INDEX IF EXISTS of an index dropped with its constraint gets no lock finding', async () => {
    const base = ['CREATE TABLE public.deals (id bigint PRIMARY KEY, ref text, CONSTRAINT deals_ref_key UNIQUE (ref));'];
    const changed = 'ALTER TABLE public.deals DROP CONSTRAINT deals_ref_key;\nDROP INDEX IF EXISTS public.deals_ref_key;';
    const f = await review(base, changed);
    expect(f.filter((x) => x.line === 2).map((x) => x.ruleId)).toEqual([]);
    // Without the DROP CONSTRAINT the index is there, and dropping it without CONCURRENTLY is a finding.
    const live = await review(['CREATE TABLE public.deals (id bigint PRIMARY KEY, ref text);', 'CREATE INDEX deals_ref_idx ON public.deals (ref);'], 'DROP INDEX IF EXISTS public.deals_ref_idx;');
    expect(live.map((x) => x.ruleId)).toContain('require-concurrent-index-deletion');
  });

  it('CREATE INDEX IF NOT EXISTS of an existing index, ADD COLUMN IF NOT EXISTS of an existing column: nothing', async () => {
    const base = ['CREATE TABLE public.t (id bigint PRIMARY KEY, a int);', 'CREATE INDEX t_a_idx ON public.t (a);'];
    expect((await review(base, 'CREATE INDEX IF NOT EXISTS t_a_idx ON public.t (a);')).map((f) => f.ruleId)).toEqual([]);
    expect((await review(base, 'ALTER TABLE public.t ADD COLUMN IF NOT EXISTS a int NOT NULL;')).map((f) => f.ruleId)).toEqual([]);
  });

  it('an object the model never saw is not a no-op', async () => {
    // The table may exist in production (created outside the migrations): the index build is judged.
    expect((await review([], 'DROP INDEX IF EXISTS public.some_idx;')).map((f) => f.ruleId)).toContain('require-concurrent-index-deletion');
  });
});
