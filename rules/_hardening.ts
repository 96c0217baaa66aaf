// Rules of the "hardening" group (issue 7); rules/index.ts concatenates the groups.
import type { Rule } from '../src/analysis/rules.js';
import untrustedCapability from './untrusted-capability.js';

export const hardeningRules: Rule[] = [untrustedCapability];
