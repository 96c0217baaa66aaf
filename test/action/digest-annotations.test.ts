// What decides "unchanged" (no new comment) and which annotations the runner keeps.
import { describe, expect, it } from 'vitest';
import { reportDigest } from '../../src/action/run.js';
import { planAnnotations, PER_TYPE_LIMIT, RESERVED_AFTER } from '../../src/github/annotations.js';
import { assess } from '../../src/report/assess.js';
import { stickyBody } from '../../src/github/comment.js';
import { cleanScenario, finding } from '../report/fixtures.js';
import type { Severity } from '../../src/types.js';

describe('comment digest', () => {
  const base = () => cleanScenario();

  it('ignores every measured figure: timing keys and durations inside message text', () => {
    const a = base();
    const b = base();
    b.timings = { totalMs: 99_999, parseMs: 1, staticMs: 2, liveMs: 3 };
    b.migrations = b.migrations.map((m) => ({ ...m, durationMs: (m.durationMs ?? 0) + 500, trace: m.trace?.map((t) => ({ ...t, durationMs: 777 })) }));
    a.findings = [finding({ ruleId: 'statement-timeout', severity: 'high', category: 'locking', message: 'The statement ran for 1.25 s and held ACCESS EXCLUSIVE on public.orders; the lock waited 350 ms.' })];
    b.findings = [finding({ ...a.findings[0]!, message: 'The statement ran for 3.4 s and held ACCESS EXCLUSIVE on public.orders; the lock waited 12 ms.' })];
    expect(reportDigest([assess(a)])).toBe(reportDigest([assess(b)]));
  });

  it('changes when what the review says changes', () => {
    const a = base();
    const b = base();
    b.findings = [finding({ ruleId: 'require-lock-timeout', severity: 'medium', category: 'locking', object: 'public.orders' })];
    expect(reportDigest([assess(a)])).not.toBe(reportDigest([assess(b)]));
  });

  it('the posted body carries the marker once, first, even when the markdown had it', () => {
    const m = '<!-- pgreview:comment -->';
    const body = stickyBody(m, `${m}\n# one\n\n---\n\n${m}\n# two`, 'abc');
    expect(body.split(m)).toHaveLength(2);
    expect(body.startsWith(`${m}\n<!-- pgreview:digest:abc -->\n# one`)).toBe(true);
  });
});

describe('annotations within the runner limits', () => {
  const many = (severity: Severity, n: number) => Array.from({ length: n }, (_, i) => finding({ ruleId: `r-${severity}`, severity, category: 'locking', line: i + 1 }));

  it('at most 10 per level per step with room for what the step adds later, the summary first', () => {
    const findings = [...many('critical', 4), ...many('high', 20), ...many('medium', 30), ...many('low', 15), ...many('info', 15)];
    const plan = planAnnotations(findings, 'pgreview: fail (confidence 80)');
    const count = (level: string) => plan.annotations.filter((a) => a.level === level).length;
    expect(count('error')).toBe(PER_TYPE_LIMIT - RESERVED_AFTER.error);
    expect(count('warning')).toBe(PER_TYPE_LIMIT - RESERVED_AFTER.warning);
    expect(count('notice')).toBe(PER_TYPE_LIMIT); // the summary included
    expect(plan.annotations[0]).toMatchObject({ level: 'notice', title: `pgreview: ${plan.omitted} more findings` });
    expect(plan.annotations[0]!.message).toContain('pgreview: fail (confidence 80)');
    expect(plan.omitted).toBe(findings.length - (plan.annotations.length - 1));
    // Worst first: every critical is annotated.
    expect(plan.annotations.filter((a) => a.title.startsWith('pgreview critical')).length).toBe(4);
  });

  it('a job budget smaller than the step limits still keeps the summary', () => {
    const plan = planAnnotations(many('high', 30), 'headline', { budget: 3 });
    expect(plan.annotations.map((a) => a.level)).toEqual(['notice', 'error', 'error']);
    expect(plan.omitted).toBe(28);
  });

  it('everything fits: all findings plus the plain summary', () => {
    const plan = planAnnotations(many('medium', 3), 'headline');
    expect(plan.omitted).toBe(0);
    expect(plan.annotations).toHaveLength(4);
    expect(plan.annotations[0]).toMatchObject({ level: 'notice', title: 'pgreview', message: 'headline' });
  });
});
