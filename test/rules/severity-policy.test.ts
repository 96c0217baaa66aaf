// docs/severity.md is the severity policy; this keeps it true. The table must list every rule with
// its real default, every severity the rule's code can give (with when), and agree with the rule's doc.
// The conditions themselves run as doc examples marked `severity=…` (test/rules, test/live-rules, test/probes).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { SEVERITIES } from '../../src/types.js';

const root = join(import.meta.dirname, '../..');
const policy = readFileSync(join(root, 'docs/severity.md'), 'utf8');
const WORD = new RegExp(`\\b(${SEVERITIES.join('|')})\\b`, 'g');

/** Rows of the one table in docs/severity.md: rule id, default, and the severities named in "when". */
const rows = new Map(
  policy
    .split('\n')
    .map((l) => /^\|\s*`([a-z0-9-]+)`\s*\|\s*(\w+)\s*\|(.*)\|\s*$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => [m[1]!, { default: m[2]!, others: new Set([...m[3]!.matchAll(new RegExp(`\\b(${SEVERITIES.join('|')}):`, 'g'))].map((x) => x[1]!)) }]),
);

describe('docs/severity.md', () => {
  it('has one table, with one row per registered rule', () => {
    expect(policy.match(/^\| --- \|/gm)).toHaveLength(1);
    expect([...rows.keys()].sort()).toEqual(rules.map((r) => r.id).sort());
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: default and every severity its code gives are in the table', (id, rule) => {
    const row = rows.get(id)!;
    expect(row.default, 'default severity').toBe(rule.severity);
    const listed = new Set([row.default, ...row.others]);
    // Severity literals on the module's severity lines (defaults, overrides, ternaries).
    const code = readFileSync(join(root, 'rules', `${id}.ts`), 'utf8');
    const given = new Set(code.split('\n').filter((l) => /severity/i.test(l)).flatMap((l) => [...l.matchAll(/'(critical|high|medium|low|info)'/g)].map((m) => m[1]!)));
    for (const s of given) expect(listed.has(s), `${id} can give ${s}: docs/severity.md must say when`).toBe(true);
  });

  it.each(rules.map((r) => [r.id] as const))("%s: the rule's own doc names the same severities", (id) => {
    const doc = readFileSync(join(root, 'rules', `${id}.md`), 'utf8');
    const line = /^\*\*Severity:\*\*(.*?)(·|$)/m.exec(doc)?.[1] ?? '';
    const row = rows.get(id)!;
    expect(new Set(line.match(WORD)), `rules/${id}.md Severity line`).toEqual(new Set([row.default, ...row.others]));
  });

  it('probe severities: the severities the probes give are in the table', () => {
    // Probes raise their rules' findings from src/live/probes/*: each `ruleId: 'x'` block's literal severities.
    for (const file of readdirSync(join(root, 'src/live/probes')).filter((f) => f.endsWith('.ts'))) {
      const code = readFileSync(join(root, 'src/live/probes', file), 'utf8');
      for (const block of code.split(/ruleId: /).slice(1)) {
        const id = /^'([a-z0-9-]+)'/.exec(block)?.[1];
        if (!id || !rows.has(id)) continue;
        const sev = /severity: ([^,\n]+)/.exec(block)?.[1] ?? '';
        const row = rows.get(id)!;
        for (const m of sev.matchAll(/'(critical|high|medium|low|info)'/g)) expect([row.default, ...row.others], `${file} gives ${id} ${m[1]}`).toContain(m[1]);
      }
    }
  });
});

describe('probe states weigh what their findings weigh', () => {
  it('a probe that failed on a low finding does not read "fail HIGH" under a Pass', async () => {
    const { assess } = await import('../../src/report/assess.js');
    const { finding, input, probe } = await import('../report/fixtures.js');
    const low = finding({ ruleId: 'not-idempotent', severity: 'low', category: 'deploy', object: 'db/migrations/1_x.up.sql', title: 'cannot be applied twice' });
    const r = assess(input({ findings: [low], probes: [probe({ probe: 'reapply', status: 'failed', severity: 'low', summary: '1 of 1 changed migration(s) are not idempotent' })] }));
    expect(r.verdict).toBe('pass');
    expect(r.decisionMatrix.find((d) => d.item === 'Probes')).toMatchObject({ status: 'warn', priority: 'low' });
    const high = assess(input({ probes: [probe({ probe: 'trigger', status: 'failed', severity: 'critical' })] }));
    expect(high.decisionMatrix.find((d) => d.item === 'Probes')).toMatchObject({ status: 'fail', priority: 'critical' });
  });
});
