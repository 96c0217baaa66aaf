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

describe('a probe with some steps whose findings were left out and others kept', () => {
  // notes leaks to anon through SELECT (rls-isolation-breach); forget_secret lets anyone delete user A's secret (definer-function-crosses-tenants).
  const sql = `${SQL}CREATE TABLE public.secrets (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner uuid NOT NULL DEFAULT auth.uid(), body text NOT NULL);
ALTER TABLE public.secrets ENABLE ROW LEVEL SECURITY;
CREATE POLICY secrets_own ON public.secrets FOR ALL TO authenticated USING (owner = (select auth.uid())) WITH CHECK (owner = (select auth.uid()));
CREATE FUNCTION public.forget_secret(p_secret_id bigint) RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$ DELETE FROM public.secrets WHERE id = p_secret_id $$;
`;
  let dir: string;
  beforeAll(() => {
    dir = tempDir('pgreview-steps-off-');
    mkdirSync(path.join(dir, 'supabase/migrations'), { recursive: true });
    writeFileSync(path.join(dir, FILE), sql);
  });
  const run = (rules: Record<string, string>) => review(inlineSettings({ dir, repoRoot: dir, engine: 'pglite', changed: [FILE], rules: rules as never }));
  const stepsOf = (r: Awaited<ReturnType<typeof run>>) => Object.fromEntries((r.probes.find((p) => p.probe === 'rls-isolation')?.steps ?? []).map((s) => [s.step, s.status]));

  it('only the step whose own findings were turned off stops being failed', async () => {
    const on = await run({});
    // Live findings confirm the static ones on the same object (evidence keyed by the live rule).
    const live = (id: string) => on.findings.some((f) => f.ruleId === id || f.evidence?.[id]);
    expect([live('rls-isolation-breach'), live('definer-function-crosses-tenants')]).toEqual([true, true]);
    expect(stepsOf(on)).toMatchObject({ SELECT: 'failed', functions: 'failed' });

    const off = await run({ 'definer-function-crosses-tenants': 'off' });
    const probe = off.probes.find((p) => p.probe === 'rls-isolation')!;
    expect(probe.status).toBe('failed');
    expect(stepsOf(off)).toMatchObject({ SELECT: 'failed', functions: 'partial' });
    expect(probe.steps!.find((s) => s.step === 'functions')!.summary).toMatch(/^not reported \(definer-function-crosses-tenants left out\): /);

    const breachOff = await run({ 'rls-isolation-breach': 'off', 'policy-always-true-without-role': 'off' });
    expect(stepsOf(breachOff)).toMatchObject({ SELECT: 'partial', functions: 'failed' });
  });
});
