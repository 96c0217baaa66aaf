// Rules of the "security" group; rules/index.ts concatenates the groups.
import type { Rule } from '../src/engine/rules.js';

export const securityRules: Rule[] = [];
