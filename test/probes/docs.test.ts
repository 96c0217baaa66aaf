// The examples in the probe findings' docs (rules/<id>.md) run here, on real Postgres: each bad
// example raises its finding exactly once, each good one never. (The static doc test skips live rules.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeRules } from '../../rules/_probes.js';
import { parseRuleDoc, txOf } from '../../src/analysis/rule-docs.js';
import { engines, Harness } from './harness.js';
import type { LayoutId } from '../../src/types.js';

const dir = join(import.meta.dirname, '../../rules');
const cases = probeRules.flatMap((rule) => {
  const doc = parseRuleDoc(readFileSync(join(dir, `${rule.id}.md`), 'utf8'));
  const base = doc.examples.filter((e) => e.role === 'base');
  return doc.examples.filter((e) => e.role !== 'base').map((example, n) => ({ id: rule.id, example, base, name: `${rule.id} ${example.role} #${n + 1} (line ${example.line})` }));
});

describe.each(engines)('probe doc examples on %s', (_name, make) => {
  let h: Harness;
  beforeAll(async () => {
    h = await new Harness(make()).start();
  });
  afterAll(() => h.stop());

  it('found examples for every probe finding', () => {
    for (const r of probeRules) expect(cases.filter((c) => c.id === r.id && c.example.role === 'bad').length, r.id).toBeGreaterThan(0);
  });
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_n, c) => {
    const r = await h.run({
      base: c.base.map((b) => ({ sql: b.sql, transactional: txOf(b.options, c.example.options.layout) })),
      changed: [{ sql: c.example.sql, down: c.example.down, transactional: txOf(c.example.options, c.example.options.layout) }],
      settings: { rows: 200 },
      layout: c.example.options.layout as LayoutId | undefined,
    });
    expect(r.trace.migrations.filter((m) => m.applied === 'failed').map((m) => m.error?.message)).toEqual([]);
    const hits = r.findings.filter((f) => f.ruleId === c.id);
    if (c.example.role === 'bad') expect(hits.map((f) => f.message), JSON.stringify(r.results, null, 1)).toHaveLength(1);
    else expect(hits.map((f) => f.message)).toEqual([]);
    if (c.example.role === 'bad' && c.example.options.severity) expect(hits[0]?.severity, `severity of ${c.id} (docs/severity.md)`).toBe(c.example.options.severity);
  });
});
