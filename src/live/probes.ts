// Probes act on the ephemeral database after the PR's migrations ran: they prove or refute claims
// ("tenant isolation holds", "safe to re-run", "rollback works") instead of asserting them.
// Each probe returns its result and findings; what it could not probe is said, and lowers confidence.

import { SEVERITY_RANK, type Finding, type ProbeResult, type Severity } from '../types.js';
import { findIgnore } from '../analysis/static.js';
import { statementAt } from './gaps.js';
import type { PrepareInput, Probe, ProbeInput, ProbeOutput } from './probes/types.js';
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

type ProbeFinding = Omit<Finding, 'fingerprint'>;

export async function runProbes(
  input: ProbeInput,
  list: Probe[] = probes,
): Promise<{ results: ProbeResult[]; findings: ProbeFinding[]; suppressed: (ProbeFinding & { reason: string })[]; objectsProbed: number; objectsNotProbed: number }> {
  const out = { results: [] as ProbeResult[], findings: [] as ProbeFinding[], suppressed: [] as (ProbeFinding & { reason: string })[], objectsProbed: 0, objectsNotProbed: 0 };
  for (const probe of list) {
    if (!input.db.alive) {
      out.results.push({ probe: probe.id, status: 'not-run', summary: 'not run: the engine stopped' });
      continue;
    }
    const started = performance.now();
    try {
      const r = await probe.run(input);
      input.settings.onProgress?.(`probe ${probe.id}: ${r.result.status} in ${Math.round(performance.now() - started)} ms`);
      // Turned off: left out; ignored in the migration (on the statement the probe places it at, else the file): set aside.
      const kept: ProbeFinding[] = [];
      const ignored: (ProbeFinding & { reason: string })[] = [];
      for (const f of r.findings) {
        if (input.settings.rules[f.ruleId] === 'off') continue;
        const ignore = findIgnore(f, statementAt(input.sources, f), input.sources);
        if (!ignore) kept.push(f);
        else {
          ignore.used = true;
          ignored.push({ ...f, reason: ignore.reason });
        }
      }
      out.results.push(keptResult(r, kept, ignored, input.settings));
      out.findings.push(...kept);
      out.suppressed.push(...ignored);
      out.objectsProbed += r.objectsProbed;
      out.objectsNotProbed += r.objectsNotProbed;
    } catch (e) {
      out.results.push({ probe: probe.id, status: 'not-run', summary: `not run: ${(e as Error).message}` });
    }
  }
  return out;
}

/**
 * The probe's result for the findings the review keeps. A probe that reports a problem has failed,
 * whatever its own status says ("passed", or "partial" because it could not reach everything: the
 * problem it did find comes first). One whose every finding is of a rule turned off in the
 * configuration, or ignored in the migration, has not failed, nor passed (the report would call it
 * verified): it is partial, and its summary, written around the failure, gives way to what was left
 * out and why. So is each failed step whose own findings were all left out.
 */
function keptResult(output: ProbeOutput, kept: ProbeFinding[], ignored: ProbeFinding[], settings: ProbeInput['settings']): ProbeResult {
  const { result, findings: all } = output;
  const dropped = all.length - kept.length;
  const leftOut = (list: ProbeFinding[]) => [...new Set(list.filter((f) => !kept.includes(f)).map((f) => f.ruleId))];
  const off = [...new Set(all.filter((f) => settings.rules[f.ruleId] === 'off').map((f) => f.ruleId))];
  const ignoredIds = [...new Set(ignored.map((f) => f.ruleId))];
  const why = [off.length ? `${off.join(', ')} ${off.length === 1 ? 'is' : 'are'} turned off in the configuration` : '', ignoredIds.length ? `${ignoredIds.join(', ')} ${ignoredIds.length === 1 ? 'is' : 'are'} ignored in the migration (pgreview-ignore)` : '']
    .filter(Boolean)
    .join('; ');
  const note = `${dropped} finding${dropped === 1 ? '' : 's'} not reported: ${why}`;
  // A failed step stays failed while one of its own findings is kept; a step that does not say which
  // findings are its own stays failed while the probe keeps any.
  const steps = dropped
    ? result.steps?.map((s) => {
        if (s.status !== 'failed') return s;
        const own = output.stepFindings?.get(s.step);
        const left = own?.length ? (own.some((f) => kept.includes(f)) ? undefined : leftOut(own)) : kept.length ? undefined : [...off, ...ignoredIds];
        return left ? { ...s, status: 'partial' as const, summary: `not reported (${left.join(', ')} left out): ${s.summary}` } : s;
      })
    : result.steps;
  if (kept.length) {
    const severity = worstSeverity(kept.map((f) => (settings.rules[f.ruleId] as Severity | undefined) ?? f.severity));
    return { ...result, status: 'failed', severity, ...(dropped ? { summary: `${result.summary}; ${note}` } : {}), ...(steps ? { steps } : {}) };
  }
  if (!dropped) return result;
  return {
    ...result,
    status: result.status === 'failed' ? 'partial' : result.status,
    summary: `${note} (what it found: ${result.summary})`,
    ...(steps ? { steps } : {}),
  };
}

function worstSeverity(list: Severity[]): Severity | undefined {
  return list.reduce<Severity | undefined>((w, s) => (w === undefined || SEVERITY_RANK[s] > SEVERITY_RANK[w] ? s : w), undefined);
}
