// Rules of the "changes" group; rules/index.ts concatenates the groups.
import type { Rule } from '../src/analysis/rules.js';
import banDropTable from './ban-drop-table.js';
import banDropColumn from './ban-drop-column.js';
import banDropDatabase from './ban-drop-database.js';
import banDropSchemaCascade from './ban-drop-schema-cascade.js';
import renamingTable from './renaming-table.js';
import renamingColumn from './renaming-column.js';
import banTruncateCascade from './ban-truncate-cascade.js';
import banCharField from './ban-char-field.js';
import preferBigintOverInt from './prefer-bigint-over-int.js';
import preferIdentity from './prefer-identity.js';
import preferTextField from './prefer-text-field.js';
import preferTimestamptz from './prefer-timestamptz.js';
import transactionNesting from './transaction-nesting.js';
import uncommittedTransaction from './uncommitted-transaction.js';
import preferRobustStmts from './prefer-robust-stmts.js';
import nonTransactionalMigration from './non-transactional-migration.js';
import identifierTooLong from './identifier-too-long.js';
import modifiedMigration from './modified-migration.js';
import templateNotSql from './template-not-sql.js';
import unreadableMigration from './unreadable-migration.js';
import unusedIgnore from './unused-ignore.js';
import ignoreWithoutReason from './ignore-without-reason.js';

export const changesRules: Rule[] = [
  banDropTable,
  banDropColumn,
  banDropDatabase,
  banDropSchemaCascade,
  renamingTable,
  renamingColumn,
  banTruncateCascade,
  banCharField,
  preferBigintOverInt,
  preferIdentity,
  preferTextField,
  preferTimestamptz,
  transactionNesting,
  uncommittedTransaction,
  preferRobustStmts,
  nonTransactionalMigration,
  identifierTooLong,
  modifiedMigration,
  templateNotSql,
  unreadableMigration,
  unusedIgnore,
  ignoreWithoutReason,
];
