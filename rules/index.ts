// The rule registry. test/rules/registry.test.ts keeps this list, the rule modules and their docs equal.
// Groups live in rules/_<group>.ts so that rules can be added side by side without touching one list.
import type { Rule } from '../src/analysis/rules.js';
import requireConcurrentIndexCreation from './require-concurrent-index-creation.js';
import rlsNotEnabled from './rls-not-enabled.js';
import syntaxError from './syntax-error.js';
import needsNewerPostgres from './needs-newer-postgres.js';
import { lockingRules } from './_locking.js';
import { changesRules } from './_changes.js';
import { securityRules } from './_security.js';
import { hardeningRules } from './_hardening.js';
import { probeRules } from './_probes.js';
import { liveRules } from './_live.js';
import { containmentRules } from './_containment.js';

export const rules: Rule[] = [requireConcurrentIndexCreation, rlsNotEnabled, syntaxError, needsNewerPostgres, ...lockingRules, ...changesRules, ...securityRules, ...hardeningRules, ...probeRules, ...liveRules, ...containmentRules];

export function ruleById(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}
