// Rules of the "containment" group: what the client-enforced limits stopped (issue 7), and code that
// screening cannot read before it runs (issue 17). rules/index.ts concatenates the groups.
import type { Rule } from '../src/analysis/rules.js';
import statementTimeout from './statement-timeout.js';
import dynamicSqlInFunction from './dynamic-sql-in-function.js';

export const containmentRules: Rule[] = [statementTimeout, dynamicSqlInFunction];
