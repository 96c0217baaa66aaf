// Every example in every rule doc runs: a bad example raises its rule exactly once, a good one never.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { probeRules } from '../../rules/_probes.js';
import { liveRules } from '../../rules/_live.js';
import { parseRuleDoc, txOf, type DocExample } from '../../src/analysis/rule-docs.js';
import { reviewInline } from '../../src/analysis/inline.js';
import { loadParser } from '../../src/sql/parse.js';
import type { LayoutId, PresetId, Settings } from '../../src/types.js';

const dir = join(import.meta.dirname, '../../rules');
const cases: { id: string; example: DocExample; base: DocExample[]; n: number }[] = [];
// Live rules' examples need a database: their own tests run them (probe findings: test/probes/).
const live = new Set([...rules, ...probeRules].filter((r) => r.phase === 'live').map((r) => r.id));
for (const f of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
  const doc = parseRuleDoc(readFileSync(join(dir, f), 'utf8'));
  if (live.has(doc.id)) continue;
  // Live rules' examples run on a real engine in test/live-rules/doc-examples.test.ts.
  if (rules.find((r) => r.id === doc.id)?.phase === 'live' || liveRules.some((r) => r.id === doc.id)) continue;
  const base = doc.examples.filter((e) => e.role === 'base');
  doc.examples.filter((e) => e.role !== 'base').forEach((example, n) => cases.push({ id: doc.id, example, base, n: n + 1 }));
}

function settingsFor(e: DocExample): Partial<Settings> {
  const s: Partial<Settings> = {};
  if (e.options.preset) s.preset = e.options.preset as PresetId;
  if (e.options.pg) s.pgVersion = Number(e.options.pg);
  if (e.options.exposed) s.exposedSchemas = e.options.exposed.split(',');
  return s;
}

beforeAll(loadParser);

describe('rule doc examples', () => {
  it('found examples', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases.map((c) => [`${c.id} ${c.example.role} #${c.n} (line ${c.example.line})`, c] as const))('%s', async (_name, c) => {
    const e = c.example;
    const result = await reviewInline(
      {
        base: c.base.map((b) => ({ sql: b.sql, file: b.options.file, transactional: txOf(b.options, e.options.layout) })),
        changed: [{ sql: e.sql, down: e.down, file: e.options.file, transactional: txOf(e.options, e.options.layout) }],
        settings: settingsFor(e),
        layout: e.options.layout as LayoutId | undefined,
      },
      rules,
    );
    const hits = result.findings.filter((f) => f.ruleId === c.id);
    const internal = result.findings.filter((f) => f.title.startsWith('Rule ') && f.title.includes('could not check'));
    expect(internal, 'a rule crashed on this example').toEqual([]);
    if (e.role === 'bad') expect(hits.map((h) => h.message), `bad example must raise ${c.id} once`).toHaveLength(1);
    else expect(hits.map((h) => h.message), `good example must not raise ${c.id}`).toHaveLength(0);
    if (e.role === 'bad' && e.options.severity) expect(hits[0]?.severity, `severity of ${c.id} (docs/severity.md)`).toBe(e.options.severity);
    // The exact object the finding names (issue 12 point 7: precise objects), where the doc states it.
    if (e.role === 'bad' && e.options.object) expect(hits[0]?.object, `object of ${c.id}`).toBe(e.options.object);
  });
});
