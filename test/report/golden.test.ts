import { describe, expect, it } from 'vitest';
import { assess } from '../../src/report/assess.js';
import { renderJson } from '../../src/report/render/json.js';
import { COMMENT_MARKER, renderMarkdown } from '../../src/report/render/markdown.js';
import { renderText } from '../../src/report/render/text.js';
import { cleanScenario, fewScenario, input, manyScenario, oversizeScenario } from './fixtures.js';
import { expectNoRepeats, visibleLines } from './comment-checks.js';

const scenarios = {
  'no-findings': () => assess(input()),
  clean: () => assess(cleanScenario()),
  few: () => assess(fewScenario()),
  many: () => assess(manyScenario()),
  oversize: () => assess(oversizeScenario()),
};

describe('golden renders', () => {
  for (const [name, build] of Object.entries(scenarios)) {
    it(`${name}: markdown and text`, async () => {
      const r = build();
      const md = renderMarkdown(r);
      expect(md.startsWith(COMMENT_MARKER)).toBe(true);
      await expect(md).toMatchFileSnapshot(`./__golden__/${name}.md`);
      const text = renderText(r);
      // The terminal has no size limit; 2,000 findings of text is a megabyte, so that one is checked, not stored.
      if (name === 'oversize') expect(text).toContain('pgreview: FAIL');
      else await expect(text).toMatchFileSnapshot(`./__golden__/${name}.txt`);
    });
  }

  it('few: the verbose terminal review', async () => {
    await expect(renderText(scenarios.few(), { verbose: true })).toMatchFileSnapshot('./__golden__/few.verbose.txt');
  });
});

describe('one problem, one place', () => {
  for (const [name, build] of Object.entries(scenarios)) {
    if (name === 'oversize') continue;
    it(`${name}: no line of the comment repeats another, and each finding's message and fix appear once`, () => {
      const r = build();
      const md = renderMarkdown(r);
      expectNoRepeats(md, r);
      // Raw JSON stays in report.json.
      expect(md).not.toMatch(/```json/);
    });
  }

  it('a small PR (≤5 statements, ≤3 findings) shows at most 60 lines outside collapsed sections', () => {
    const base = fewScenario();
    const small = assess({ ...base, findings: base.findings.slice(0, 3) });
    expect(small.summary.statements).toBeLessThanOrEqual(5);
    const md = renderMarkdown(small);
    expect(visibleLines(md).length).toBeLessThanOrEqual(60);
  });

  it('the checklist and matrices point to findings by label instead of restating them', () => {
    const r = scenarios.few();
    const md = renderMarkdown(r);
    const checklist = md.slice(md.indexOf('### Before deploying'));
    for (const f of r.findings) {
      expect(checklist).not.toContain(f.fix!.description);
      expect(checklist.split('<details')[0]).not.toContain(f.title);
    }
    expect(checklist).toMatch(/F1, F2/);
    expect(md).toMatch(/\| RLS &amp; security \| ❌ fail \| \*\*CRITICAL\*\* \| Must fix before deploy: 1 critical finding → F1 \|/);
  });

  it('the terminal review fits one screen for a small PR and keeps the trace behind --verbose', () => {
    const r = scenarios.clean();
    const short = renderText(r);
    const long = renderText(r, { verbose: true });
    expect(short.split('\n').length).toBeLessThanOrEqual(40);
    expect(short).not.toMatch(/L9 IndexStmt/);
    expect(long).toMatch(/L9 IndexStmt/);
  });
});

describe('size budget', () => {
  const r = scenarios.oversize();
  const md = renderMarkdown(r);

  it('keeps a 2,000-finding report under 60,000 characters', () => {
    expect(r.findings.length).toBe(2000);
    expect(md.length).toBeLessThanOrEqual(60_000);
  });

  it('keeps the verdict and every critical finding, and says what it dropped', () => {
    expect(md).toContain('pgreview: Fail');
    const criticals = r.findings.filter((f) => f.severity === 'critical');
    expect(criticals.length).toBeGreaterThan(20);
    for (const f of criticals) expect(md).toContain(`${f.file}:${f.line}`);
    for (const f of criticals) expect(md).toContain(f.title.replace(/_/g, '\\_'));
    expect(md).toMatch(/Trimmed to fit the comment size limit; dropped: the post-migration validation queries/);
  });

  it('drops detail progressively: a smaller budget drops more, never the verdict', () => {
    const lengths = [60_000, 30_000, 10_000].map((maxChars) => renderMarkdown(r, { maxChars }));
    for (const [i, out] of lengths.entries()) {
      expect(out.length).toBeLessThanOrEqual([60_000, 30_000, 10_000][i]!);
      expect(out).toContain('pgreview: Fail');
      expect(out).toContain(r.verdictReason.replace(/_/g, '\\_'));
      expect((out.match(/<details/g) ?? []).length).toBe((out.match(/<\/details>/g) ?? []).length);
    }
  });

  it('leaves small reports untouched', () => {
    expect(renderMarkdown(scenarios.few())).not.toContain('Trimmed');
  });

  it('json is the report', () => {
    const few = scenarios.few();
    expect(JSON.parse(renderJson(few))).toEqual(JSON.parse(JSON.stringify(few)));
  });
});
