// Rules of the "security" group; rules/index.ts concatenates the groups.
import type { Rule } from '../src/analysis/rules.js';
import rlsEnabledNoPolicy from './rls-enabled-no-policy.js';
import policyWithoutRls from './policy-without-rls.js';
import rlsDisabled from './rls-disabled.js';
import policyAuthUidPerRow from './policy-auth-uid-per-row.js';
import policyAlwaysTrueWithoutRole from './policy-always-true-without-role.js';
import multiplePermissivePolicies from './multiple-permissive-policies.js';
import securityDefinerSearchPath from './security-definer-search-path.js';
import functionSearchPathMutable from './function-search-path-mutable.js';
import securityDefinerView from './security-definer-view.js';
import authUsersExposed from './auth-users-exposed.js';
import grantWriteToAnon from './grant-write-to-anon.js';
import platformDefaultGrants from './platform-default-grants.js';
import fkWithoutIndex from './fk-without-index.js';
import noPrimaryKey from './no-primary-key.js';
import preferJsonb from './prefer-jsonb.js';
import preferGenRandomUuid from './prefer-gen-random-uuid.js';
import polymorphicAssociation from './polymorphic-association.js';
import textColumnMatchesEnum from './text-column-matches-enum.js';
import ivfflatOnEmptyTable from './ivfflat-on-empty-table.js';
import hnswParameters from './hnsw-parameters.js';
import vectorDimensionChange from './vector-dimension-change.js';
import extensionNotCreated from './extension-not-created.js';
import backfillWithDdl from './backfill-with-ddl.js';
import destructiveWithBackfill from './destructive-with-backfill.js';

export const securityRules: Rule[] = [
  rlsEnabledNoPolicy,
  policyWithoutRls,
  rlsDisabled,
  policyAuthUidPerRow,
  policyAlwaysTrueWithoutRole,
  multiplePermissivePolicies,
  securityDefinerSearchPath,
  functionSearchPathMutable,
  securityDefinerView,
  authUsersExposed,
  grantWriteToAnon,
  platformDefaultGrants,
  fkWithoutIndex,
  noPrimaryKey,
  preferJsonb,
  preferGenRandomUuid,
  polymorphicAssociation,
  textColumnMatchesEnum,
  ivfflatOnEmptyTable,
  hnswParameters,
  vectorDimensionChange,
  extensionNotCreated,
  backfillWithDdl,
  destructiveWithBackfill,
];
