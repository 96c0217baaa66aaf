import { defineRule } from '../src/analysis/rules.js';

// Raised by the rls-isolation probe (src/live/probes/rls-functions.ts) when a SECURITY DEFINER function
// the API roles may call returns or changes another user's rows; this module registers the id, default
// severity and doc. The probe doc test runs the examples in definer-function-crosses-tenants.md.
export default defineRule({
  id: 'definer-function-crosses-tenants',
  phase: 'live',
  severity: 'high',
  category: 'security',
  title: "A SECURITY DEFINER function hands another user's rows to the caller",
  confirms: ['security-definer-function-executable'],
  check() {
    // findings come from the rls-isolation probe
  },
});
