// The rule registry. test/rules/registry.test.ts keeps this list, the rule modules and their docs equal.
import type { Rule } from '../src/engine/rules.js';
import requireConcurrentIndexCreation from './require-concurrent-index-creation.js';
import rlsNotEnabled from './rls-not-enabled.js';
import syntaxError from './syntax-error.js';

export const rules: Rule[] = [requireConcurrentIndexCreation, rlsNotEnabled, syntaxError];
