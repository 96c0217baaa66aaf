// Rules of the "locking" group; rules/index.ts concatenates the groups.
import type { Rule } from '../src/analysis/rules.js';
import requireConcurrentIndexDeletion from './require-concurrent-index-deletion.js';
import constraintMissingNotValid from './constraint-missing-not-valid.js';
import addingForeignKeyConstraint from './adding-foreign-key-constraint.js';
import validateInSameTransaction from './validate-in-same-transaction.js';
import changingColumnType from './changing-column-type.js';
import addingFieldWithDefault from './adding-field-with-default.js';
import addingRequiredField from './adding-required-field.js';
import settingNotNullField from './setting-not-null-field.js';
import disallowedUniqueConstraint from './disallowed-unique-constraint.js';
import addingPrimaryKeyConstraint from './adding-primary-key-constraint.js';
import concurrentlyInTransaction from './concurrently-in-transaction.js';
import requireLockTimeout from './require-lock-timeout.js';
import enumValueInSameTransaction from './enum-value-in-same-transaction.js';
import reindexWithoutConcurrently from './reindex-without-concurrently.js';
import detachPartitionWithoutConcurrently from './detach-partition-without-concurrently.js';
import banVacuumFullOrCluster from './ban-vacuum-full-or-cluster.js';
import refreshMatviewWithoutConcurrently from './refresh-matview-without-concurrently.js';
import lockTableExplicit from './lock-table-explicit.js';

export const lockingRules: Rule[] = [
  requireConcurrentIndexDeletion,
  constraintMissingNotValid,
  addingForeignKeyConstraint,
  validateInSameTransaction,
  changingColumnType,
  addingFieldWithDefault,
  addingRequiredField,
  settingNotNullField,
  disallowedUniqueConstraint,
  addingPrimaryKeyConstraint,
  concurrentlyInTransaction,
  requireLockTimeout,
  enumValueInSameTransaction,
  reindexWithoutConcurrently,
  detachPartitionWithoutConcurrently,
  banVacuumFullOrCluster,
  refreshMatviewWithoutConcurrently,
  lockTableExplicit,
];
