import { defineRule } from '../src/analysis/rules.js';

// Raised by the data-volume probe (src/live/probes/data-volume.ts), which acts on the live database; this
// module registers the id, default severity and doc, so severity overrides and links work. The probe
// tests (test/probes/) run the examples in data-dependent-failure.md.
export default defineRule({
  id: 'data-dependent-failure',
  phase: 'live',
  severity: 'high',
  category: 'deploy',
  title: 'Statement fails on existing data',
  check() {
    // findings come from the data-volume probe
  },
});
