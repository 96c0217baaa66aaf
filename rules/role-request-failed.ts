import { defineRule } from '../src/analysis/rules.js';

// Raised by the rls-isolation probe (src/live/probes/rls-isolation.ts) when a request it makes as an
// API role fails with an error rather than being allowed or refused by the policies; this module
// registers the id, default severity and doc. The probe doc test runs the examples in the .md.
export default defineRule({
  id: 'role-request-failed',
  phase: 'live',
  severity: 'critical',
  category: 'security',
  title: 'Requests of an API role fail with an error',
  check() {
    // findings come from the rls-isolation probe
  },
});
