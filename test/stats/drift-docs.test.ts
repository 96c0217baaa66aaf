// schema-drift's doc examples (rules/schema-drift.md) need a production to compare with: one PGlite
// plays production (the base blocks, then the example's ```sql production``` block, read by the real
// stats collector), another runs the review as test/live-rules does. A bad example must raise
// schema-drift exactly once, a good one never.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import schemaDrift from '../../rules/schema-drift.js';
import { parseRuleDoc } from '../../src/analysis/rule-docs.js';
import { inlineSet, inlineSettings } from '../../src/analysis/inline.js';
import { parseMigrations, runStatic } from '../../src/analysis/static.js';
import { loadParser } from '../../src/sql/parse.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import { presetPrepare } from '../../src/live/presets.js';
import { applyTraced } from '../../src/live/trace.js';
import { runLiveRules } from '../../src/live/review.js';
import { collectStats } from '../../src/stats/collect.js';
import { toProduction } from '../../src/stats/load.js';

const doc = parseRuleDoc(readFileSync(join(import.meta.dirname, '../../rules/schema-drift.md'), 'utf8'));
const base = doc.examples.filter((e) => e.role === 'base');
const examples = doc.examples.filter((e) => e.role !== 'base');

beforeAll(loadParser);

describe('schema-drift doc examples', () => {
  it('has a bad and a good example, each with its production', () => {
    expect(examples.map((e) => e.role).sort()).toEqual(['bad', 'good']);
    for (const e of examples) expect(e.production, `example at line ${e.line} has no production block`).toBeTruthy();
  });

  it.each(examples.map((e) => [`${e.role} (line ${e.line})`, e] as const))('%s', async (_name, e) => {
    const hits = await driftFindings(base.map((b) => b.sql), e.sql, e.production!);
    expect(hits.map((h) => `${h.severity}: ${h.message}`)).toHaveLength(e.role === 'bad' ? 1 : 0);
  }, 120_000);

  it('leaves out runner tables and platform schemas, and names a hand-made index exactly', async () => {
    const hits = await driftFindings(
      ['CREATE TABLE public.orders (id bigint PRIMARY KEY, status text);'],
      'ALTER TABLE public.orders ADD COLUMN note text;',
      `CREATE TABLE public.schema_migrations (version text PRIMARY KEY);
       CREATE SCHEMA vault; CREATE TABLE vault.secrets (id int);
       CREATE INDEX orders_status_by_hand ON public.orders (status);`,
    );
    expect(hits.map((h) => h.object)).toEqual(['public.orders']);
    expect(hits[0]!.message).toContain('index orders_status_by_hand (CREATE INDEX orders_status_by_hand ON public.orders USING btree (status)) exists in production but no migration creates it');
    expect(hits[0]!.severity).toBe('medium');
  }, 120_000);
});

/** Production = base + `production` SQL (read by the real collector); the review = base + `change`, traced; schema-drift's findings. */
async function driftFindings(baseSql: string[], change: string, productionSql: string) {
  const prodEngine = new PgliteEngine({ prepare: presetPrepare('plain') });
  const reviewEngine = new PgliteEngine({ prepare: presetPrepare('plain') });
  try {
    const prodDb = await prodEngine.start();
    await prodDb.exec(`${baseSql.join('\n')}\n${productionSql}`);
    const production = toProduction(await collectStats(prodDb), 'the doc example production');
    await prodDb.query('rollback');

    const db = await reviewEngine.start();
    const settings = inlineSettings({ engine: 'pglite', preset: 'plain' });
    const set = inlineSet({ base: baseSql, changed: [change] });
    const sources = parseMigrations(set);
    const st = runStatic(settings, set, rules, sources);
    const trace = await applyTraced(db, sources.filter((s) => s.direction === 'up'), { statementTimeoutMs: 30_000, totalTimeoutMs: 60_000 });
    const out = runLiveRules({ settings, set, trace, sources, staticResult: st, rules: [schemaDrift], seen: new Map(), fallbackFile: '', production });
    return out.findings.filter((f) => f.ruleId === 'schema-drift');
  } finally {
    await prodEngine.stop().catch(() => undefined);
    await reviewEngine.stop().catch(() => undefined);
  }
}
