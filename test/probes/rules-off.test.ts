// A rule the user turns off (`rules: { <id>: off }`) or ignores in the migration takes the probe's failure with it: the probe's
// status and summary follow the findings the review keeps, and so do the decision matrix and the
// checklist, end to end through review() on real Postgres.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { review, renderReport } from '../../src/review.js';
import { inlineSettings } from '../../src/analysis/inline.js';
import { tempDir } from '../temp-dirs.js';

const FILE = 'supabase/migrations/20250101000000_notes.sql';
// An open policy without TO: anon reads every row (rls-isolation-breach), and the static rule says so too.
const SQL = `CREATE TABLE public.notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner uuid NOT NULL, body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_open ON public.notes FOR SELECT USING (true);
`;

describe('a probe whose findings the user left out (rules: off, pgreview-ignore)', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('pgreview-rules-off-');
    mkdirSync(path.join(dir, 'supabase/migrations'), { recursive: true });
    writeFileSync(path.join(dir, FILE), SQL);
  });

  const run = (rules: Record<string, string>) => review(inlineSettings({ dir, repoRoot: dir, engine: 'pglite', changed: [FILE], rules: rules as never }));

  it('is failed while the rule is on, and neither failed nor blamed once it is off', async () => {
    const on = await run({});
    expect(on.findings.some((f) => f.ruleId === 'rls-isolation-breach' || f.evidence?.['rls-isolation-breach'])).toBe(true);
    expect(on.probes.find((p) => p.probe === 'rls-isolation')).toMatchObject({ status: 'failed', severity: 'critical' });

    const off = await run({ 'rls-isolation-breach': 'off', 'policy-always-true-without-role': 'off' });
    expect(off.findings.filter((f) => f.ruleId === 'rls-isolation-breach' || f.evidence?.['rls-isolation-breach'])).toEqual([]);
    const probe = off.probes.find((p) => p.probe === 'rls-isolation')!;
    // Not failed, and not passed either: the report would call it verified.
    expect(probe.status).toBe('partial');
    expect(probe.severity).toBeUndefined();
    // The summary does not claim what the probe saw is fine, nor that it failed: it says what was left out and why.
    expect(probe.summary).toMatch(/1 finding not reported: rls-isolation-breach is turned off in the configuration/);
    expect(probe.summary).not.toMatch(/\bisolated\b/);
    const row = off.decisionMatrix.find((r) => r.item === 'Probes');
    expect(row?.status).not.toBe('fail');
    expect(off.checklist.filter((c) => /Resolve the failed rls-isolation probe|Verified live \(rls-isolation\)/.test(c.text))).toEqual([]);
    expect(renderReport(off, 'markdown')).not.toMatch(/rls-isolation`\s*\|\s*❌/);
  });

  it('an ignore in the migration suppresses the probe finding it names, with its reason, and the probe is not failed', async () => {
    const ignored = tempDir('pgreview-ignore-probe-');
    try {
      mkdirSync(path.join(ignored, 'supabase/migrations'), { recursive: true });
      const sql = SQL.replace('USING (true);', 'USING (true); -- pgreview-ignore rls-isolation-breach, policy-always-true-without-role: notes are public by design');
      writeFileSync(path.join(ignored, FILE), sql);
      const r = await review(inlineSettings({ dir: ignored, repoRoot: ignored, engine: 'pglite', changed: [FILE] }));
      expect(r.findings.filter((f) => f.ruleId === 'rls-isolation-breach' || f.evidence?.['rls-isolation-breach'])).toEqual([]);
      expect(r.suppressed.find((f) => f.ruleId === 'rls-isolation-breach')).toMatchObject({ object: 'public.notes', reason: 'notes are public by design' });
      const probe = r.probes.find((p) => p.probe === 'rls-isolation')!;
      expect(probe).toMatchObject({ status: 'partial' });
      expect(probe.summary).toMatch(/^1 finding not reported: rls-isolation-breach is ignored in the migration/);
      expect(r.decisionMatrix.find((x) => x.item === 'Probes')?.status).not.toBe('fail');
    } finally {
      rmSync(ignored, { recursive: true, force: true });
    }
  });
});
