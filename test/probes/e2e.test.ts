// End to end through review(): the seed-001 agent system. Its third migration adds "service role"
// policies with USING (true) and no TO clause on six tables; the review must name each table, the
// role and the leaked row count, and the Live verification section must show every probe.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { review, renderReport } from '../../src/review.js';
import { inlineSettings } from '../../src/analysis/inline.js';
import { findPgBinaries } from '../../src/engines/local.js';
import type { EngineId } from '../../src/types.js';

const dir = path.resolve(import.meta.dirname, '../fixtures/seeds/001-agent-system');
const m = 'supabase/migrations/';
const changed = ['20251220100000_autonomous_agent_system.sql', '20251220110000_p0_schema_fix.sql', '20251220120000_add_service_role_policies.sql'].map((f) => m + f);
const LEAKY = ['agent_autonomous_runs', 'agent_tenant_locks', 'engagement_clocks', 'agent_policy_violations', 'order_processing_queue', 'order_processing_exceptions'];

const engineIds: EngineId[] = ['pglite', ...(findPgBinaries() ? (['local'] as const) : [])];

describe.each(engineIds)('seed 001 agent system reviewed on %s', (engine) => {
  it('catches every USING (true) policy without TO, names table, role and rows, and shows each probe', async () => {
    const report = await review(inlineSettings({ dir, repoRoot: dir, engine, changed, rows: 300 }));
    expect(report.migrations.filter((x) => x.applied !== 'applied')).toEqual([]);
    // A breach is its own finding, or folded into the static finding it proves (same table), whose
    // evidence then carries it under the probe's rule id: one problem, one entry.
    const onTable = (t: string) => (f: (typeof report.findings)[number]) => f.object === `public.${t}` || !!f.object?.startsWith(`public.${t}.`);
    const breachOf = (t: string) => {
      const f = report.findings.find((x) => onTable(t)(x) && (x.ruleId === 'rls-isolation-breach' || x.evidence?.['rls-isolation-breach']));
      if (!f) return undefined;
      const evidence = (f.ruleId === 'rls-isolation-breach' ? f.evidence : f.evidence!['rls-isolation-breach']) as Record<string, any>;
      return { finding: f, evidence };
    };
    for (const t of LEAKY) {
      const b = breachOf(t);
      expect(b, t).toBeDefined();
      expect(b!.finding.severity).toBe('critical');
      expect(b!.finding.file).toBe(m + '20251220120000_add_service_role_policies.sql');
      expect(b!.evidence).toMatchObject({ role: 'anon', table: `public.${t}`, operation: 'SELECT' });
      expect(b!.evidence.rows).toBeGreaterThan(0);
      expect(b!.finding.message).toMatch(/service_role_all \(ALL, no TO clause: every role/);
      // folded, not repeated: no second critical entry for the same table
      expect(report.findings.filter((f) => onTable(t)(f) && f.severity === 'critical')).toHaveLength(1);
    }
    // the two policies that do say TO service_role are isolated
    for (const t of ['agent_hourly_reflections', 'agent_rate_limits']) expect(breachOf(t), t).toBeUndefined();
    // system_config: "deliberately no RLS" — anon can read and write it
    expect(breachOf('system_config')?.finding.message).toMatch(/anon .* could read .* rows, update/);

    const byProbe = Object.fromEntries(report.probes.map((p) => [p.probe, p]));
    expect(Object.keys(byProbe)).toEqual(['rls-isolation', 'trigger', 'reapply', 'reversibility', 'data-volume']);
    expect(byProbe['rls-isolation']!.status).toBe('failed');
    expect(byProbe['reversibility']).toMatchObject({ status: 'not-run' });
    expect(byProbe['reversibility']!.summary).toMatch(/no down migrations/);
    // No down migration: a rollback plan to write, or the generated rollback verified live instead.
    expect(report.checklist.some((c) => (/rollback plan/i.test(c.text) && !c.done) || (c.source === 'live:rollback' && report.rollback?.verified === true))).toBe(true);
    expect(report.verdict).toBe('fail');

    const md = renderReport(report, 'markdown');
    // The probes sit in the folded "Live run" section of the comment.
    const live = md.slice(md.indexOf('<details><summary>Live run'));
    expect(live).toContain('rls-isolation');
    for (const p of ['trigger', 'reapply', 'reversibility', 'data-volume']) expect(live).toContain(p);
    expect(md).toMatch(/public\.agent_tenant_locks/);
    expect(md).toMatch(/anon \(the public API key, no sign-in\) could read \d+ of \d+ rows/);
  });
});
