// Finding ids raised by the probes (src/live/probes/), registered for docs, links and severity
// overrides; rules/index.ts concatenates the groups.
import type { Rule } from '../src/analysis/rules.js';
import rlsIsolationBreach from './rls-isolation-breach.js';
import triggerFailed from './trigger-failed.js';
import notIdempotent from './not-idempotent.js';
import downMigrationIncomplete from './down-migration-incomplete.js';
import downMigrationFailed from './down-migration-failed.js';
import dataDependentFailure from './data-dependent-failure.js';
import roleRequestFailed from './role-request-failed.js';
import viewBypassesRls from './view-bypasses-rls.js';
import definerFunctionCrossesTenants from './definer-function-crosses-tenants.js';

export const probeRules: Rule[] = [rlsIsolationBreach, triggerFailed, notIdempotent, downMigrationIncomplete, downMigrationFailed, dataDependentFailure, roleRequestFailed, viewBypassesRls, definerFunctionCrossesTenants];
