// Rules of the "locking" group; rules/index.ts concatenates the groups.
import type { Rule } from '../src/engine/rules.js';

export const lockingRules: Rule[] = [];
