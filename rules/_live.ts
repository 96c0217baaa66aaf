// Rules of the "live" group (phase 'live': they read the catalog before/after and the trace);
// rules/index.ts concatenates the groups.
import type { Rule } from '../src/analysis/rules.js';
import migrationFailed from './migration-failed.js';
import lockOnExistingTable from './lock-on-existing-table.js';
import tableRewrite from './table-rewrite.js';
import invalidIndex from './invalid-index.js';
import liveRlsDisabledInExposedSchema from './live-rls-disabled-in-exposed-schema.js';
import credentialColumnsExposed from './credential-columns-exposed.js';
import securityDefinerFunctionExecutable from './security-definer-function-executable.js';
import duplicateIndex from './duplicate-index.js';
import extensionInPublic from './extension-in-public.js';
import vectorIndexOperatorMismatch from './vector-index-operator-mismatch.js';
import vectorColumnNotIndexable from './vector-column-not-indexable.js';
import schemaDrift from './schema-drift.js';

export const liveRules: Rule[] = [
  migrationFailed,
  lockOnExistingTable,
  tableRewrite,
  invalidIndex,
  liveRlsDisabledInExposedSchema,
  credentialColumnsExposed,
  securityDefinerFunctionExecutable,
  duplicateIndex,
  extensionInPublic,
  vectorIndexOperatorMismatch,
  vectorColumnNotIndexable,
  schemaDrift,
];
