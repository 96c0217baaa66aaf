import { defineRule } from '../src/analysis/rules.js';

// Raised by the rls-isolation probe (src/live/probes/rls-isolation.ts), which acts on the live database; this
// module registers the id, default severity and doc, so severity overrides and links work. The probe
// tests (test/probes/) run the examples in rls-isolation-breach.md.
export default defineRule({
  id: 'rls-isolation-breach',
  phase: 'live',
  severity: 'critical',
  category: 'security',
  title: 'Rows readable or writable by another tenant or by anon',
  confirms: ['rls-not-enabled', 'rls-disabled', 'policy-always-true-without-role', 'grant-write-to-anon', 'live-rls-disabled-in-exposed-schema'],
  check() {
    // findings come from the rls-isolation probe
  },
});
