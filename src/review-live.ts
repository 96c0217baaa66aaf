// The live stage as review() sees it: start an engine, prepare the preset, apply base then changed
// migrations traced, diff the catalog, run live rules and probes. Returns what it proved and what it
// could not, so that confidence can say so.

import type { EngineInfo, Finding, MigrationReport, MigrationSet, ObjectChanges, ProbeResult, Settings } from './types.js';
import type { ParsedSourceWithErrors } from './sql/parse.js';
import type { StaticResult } from './engine/static.js';
import type { Rule } from './engine/rules.js';

export interface LiveInput {
  settings: Settings;
  set: MigrationSet;
  sources: ParsedSourceWithErrors[];
  staticResult: StaticResult;
  rules: Rule[];
}

export interface LiveOutcome {
  ran: boolean;
  skippedReason?: string;
  engine: EngineInfo | null;
  migrations: MigrationReport[];
  findings: Finding[];
  objects?: ObjectChanges;
  probes: ProbeResult[];
  statementsExecuted: number;
  objectsProbed: number;
  objectsNotProbed: number;
}

export async function runLive(input: LiveInput): Promise<LiveOutcome> {
  const notRun = (reason: string): LiveOutcome => ({
    ran: false,
    skippedReason: reason,
    engine: null,
    migrations: [],
    findings: [],
    probes: [],
    statementsExecuted: 0,
    objectsProbed: 0,
    objectsNotProbed: 0,
  });
  if (input.settings.engine === 'none') return notRun('static review only (--engine none)');
  if (!input.set.migrations.some((m) => m.status !== 'base')) return notRun('no changed migrations');
  return notRun('the live engine is not wired into review() yet');
}
