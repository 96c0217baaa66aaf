import { describe, expect, it } from 'vitest';
import { assess } from '../../src/report/assess.js';
import { toSarif } from '../../src/report/render/sarif.js';
import { fewScenario } from './fixtures.js';

describe('sarif', () => {
  const r = assess(fewScenario());
  const sarif = toSarif(r, { rules: [{ id: 'rls-missing', title: 'Tables in exposed schemas need RLS', severity: 'critical', category: 'security' }] }) as any;
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 with one rule per rule id, linked to its doc', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('pgreview');
    const ids = run.tool.driver.rules.map((x: any) => x.id);
    expect(ids).toEqual([...new Set([...r.findings, ...r.suppressed].map((f) => f.ruleId))].sort());
    const rls = run.tool.driver.rules.find((x: any) => x.id === 'rls-missing');
    expect(rls.shortDescription.text).toBe('Tables in exposed schemas need RLS');
    expect(rls.helpUri).toBe('https://github.com/acme/pgreview/blob/v0.1.0/rules/rls-missing.md');
    expect(rls.properties['security-severity']).toBe('9.5');
  });

  it('maps severities to levels and keeps locations and fingerprints', () => {
    const levels = Object.fromEntries(run.results.filter((x: any) => !x.suppressions).map((x: any) => [x.properties.severity, x.level]));
    expect(levels).toEqual({ critical: 'error', high: 'error', medium: 'warning', low: 'note' });
    const first = run.results[0];
    const f = r.findings[0]!;
    expect(first.ruleId).toBe(f.ruleId);
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe(f.ruleId);
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: f.file, uriBaseId: '%SRCROOT%' },
      region: { startLine: f.line, startColumn: f.column, endLine: f.endLine },
    });
    expect(first.partialFingerprints).toEqual({ 'pgreview/v1': f.fingerprint });
  });

  it('reports suppressed findings as in-source suppressions with the reason', () => {
    const s = run.results.find((x: any) => x.suppressions);
    expect(s.suppressions).toEqual([{ kind: 'inSource', justification: 'table is created in this PR' }]);
  });
});
