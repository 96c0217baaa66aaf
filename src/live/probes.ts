// Probes act on the ephemeral database after the PR's migrations ran: they prove or refute claims
// ("tenant isolation holds", "safe to re-run", "rollback works") instead of asserting them.
// Each probe returns its result and findings; what it could not probe is said, and lowers confidence.

import { SEVERITY_RANK, type Finding, type ProbeResult, type Severity } from '../types.js';
import type { PrepareInput, Probe, ProbeInput } from './probes/types.js';
import { rlsIsolationProbe } from './probes/rls-isolation.js';
import { triggerProbe } from './probes/trigger.js';
import { reapplyProbe } from './probes/reapply.js';
import { reversibilityProbe } from './probes/reversibility.js';
import { dataVolumeProbe } from './probes/data-volume.js';

export type { PrepareInput, Probe, ProbeInput, ProbeOutput } from './probes/types.js';

/** Registered probes, in the order they run (each leaves the database as it found it). */
export const probes: Probe[] = [rlsIsolationProbe, triggerProbe, reapplyProbe, reversibilityProbe, dataVolumeProbe];

/** Run every probe's prepare step; failures are kept and reported by the probe's run(). */
export async function prepareProbes(input: PrepareInput, list: Probe[] = probes): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const probe of list) {
    if (!probe.prepare || !input.db.alive) continue;
    const started = performance.now();
    try {
      out[probe.id] = await probe.prepare(input);
      input.settings.onProgress?.(`probe ${probe.id}: prepared before the pull request's migrations in ${Math.round(performance.now() - started)} ms`);
    } catch (e) {
      out[probe.id] = new Error(`prepare failed: ${(e as Error).message}`);
    }
  }
  return out;
}

export async function runProbes(input: ProbeInput, list: Probe[] = probes): Promise<{ results: ProbeResult[]; findings: Omit<Finding, 'fingerprint'>[]; objectsProbed: number; objectsNotProbed: number }> {
  const out = { results: [] as ProbeResult[], findings: [] as Omit<Finding, 'fingerprint'>[], objectsProbed: 0, objectsNotProbed: 0 };
  for (const probe of list) {
    if (!input.db.alive) {
      out.results.push({ probe: probe.id, status: 'not-run', summary: 'not run: the engine stopped' });
      continue;
    }
    const started = performance.now();
    try {
      const r = await probe.run(input);
      input.settings.onProgress?.(`probe ${probe.id}: ${r.result.status} in ${Math.round(performance.now() - started)} ms`);
      const kept = r.findings.filter((f) => input.settings.rules[f.ruleId] !== 'off');
      const worst = worstSeverity(kept.map((f) => (input.settings.rules[f.ruleId] as Severity | undefined) ?? f.severity));
      // A probe that reports a problem has failed, whatever its own status says ("passed", or
      // "partial" because it could not reach everything: the problem it did find comes first).
      const status = kept.length ? 'failed' : r.result.status;
      out.results.push(worst ? { ...r.result, status, severity: worst } : r.result);
      out.findings.push(...kept);
      out.objectsProbed += r.objectsProbed;
      out.objectsNotProbed += r.objectsNotProbed;
    } catch (e) {
      out.results.push({ probe: probe.id, status: 'not-run', summary: `not run: ${(e as Error).message}` });
    }
  }
  return out;
}

function worstSeverity(list: Severity[]): Severity | undefined {
  return list.reduce<Severity | undefined>((w, s) => (w === undefined || SEVERITY_RANK[s] > SEVERITY_RANK[w] ? s : w), undefined);
}
