import { defineRule } from '../src/analysis/rules.js';

// Raised by the reversibility probe (src/live/probes/reversibility.ts), which acts on the live database; this
// module registers the id, default severity and doc, so severity overrides and links work. The probe
// tests (test/probes/) run the examples in down-migration-incomplete.md.
export default defineRule({
  id: 'down-migration-incomplete',
  phase: 'live',
  severity: 'medium',
  category: 'deploy',
  title: 'Down migration does not restore the schema',
  check() {
    // findings come from the reversibility probe
  },
});
