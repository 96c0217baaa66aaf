import { defineRule } from '../src/analysis/rules.js';

// Raised by the reversibility probe (src/live/probes/reversibility.ts), which acts on the live database; this
// module registers the id, default severity and doc, so severity overrides and links work. The probe
// tests (test/probes/) run the examples in down-migration-failed.md.
export default defineRule({
  id: 'down-migration-failed',
  phase: 'live',
  severity: 'high',
  category: 'deploy',
  title: 'Down migration fails, or up fails after it',
  check() {
    // findings come from the reversibility probe
  },
});
