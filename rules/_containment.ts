// Rules of the "containment" group (issue 7, live half): what the client-enforced limits stopped.
// rules/index.ts concatenates the groups.
import type { Rule } from '../src/engine/rules.js';
import statementTimeout from './statement-timeout.js';

export const containmentRules: Rule[] = [statementTimeout];
