// Probes act on the ephemeral database after the PR's migrations ran: they prove or refute claims
// ("tenant isolation holds", "safe to re-run", "rollback works") instead of asserting them.
// Each probe returns its result and findings; what it could not probe is said, and lowers confidence.

import type { Finding, MigrationSet, PresetId, ProbeResult, Settings } from '../types.js';
import type { ParsedSourceWithErrors } from '../sql/parse.js';
import type { Database } from '../engine/database.js';
import type { StaticResult } from '../engine/static.js';
import type { TraceResult } from './trace.js';

export interface ProbeInput {
  settings: Settings;
  set: MigrationSet;
  db: Database;
  trace: TraceResult;
  sources: ParsedSourceWithErrors[];
  staticResult: StaticResult;
  preset: PresetId;
  /** History key ('' for a single database). */
  history: string;
}

export interface ProbeOutput {
  result: ProbeResult;
  findings: Omit<Finding, 'fingerprint'>[];
  objectsProbed: number;
  objectsNotProbed: number;
}

export interface Probe {
  id: string;
  run(input: ProbeInput): Promise<ProbeOutput>;
}

/** Registered probes, in the order they run (each leaves the database as it found it). */
export const probes: Probe[] = [];

export async function runProbes(input: ProbeInput): Promise<{ results: ProbeResult[]; findings: Omit<Finding, 'fingerprint'>[]; objectsProbed: number; objectsNotProbed: number }> {
  const out = { results: [] as ProbeResult[], findings: [] as Omit<Finding, 'fingerprint'>[], objectsProbed: 0, objectsNotProbed: 0 };
  for (const probe of probes) {
    if (!input.db.alive) {
      out.results.push({ probe: probe.id, status: 'not-run', summary: 'not run: the engine stopped' });
      continue;
    }
    try {
      const r = await probe.run(input);
      out.results.push(r.result);
      out.findings.push(...r.findings);
      out.objectsProbed += r.objectsProbed;
      out.objectsNotProbed += r.objectsNotProbed;
    } catch (e) {
      out.results.push({ probe: probe.id, status: 'not-run', summary: `not run: ${(e as Error).message}` });
    }
  }
  return out;
}
