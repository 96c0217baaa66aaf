import { defineRule } from '../src/analysis/rules.js';

// Raised by the reapply probe (src/live/probes/reapply.ts), which acts on the live database; this
// module registers the id, default severity and doc, so severity overrides and links work. The probe
// tests (test/probes/) run the examples in not-idempotent.md.
export default defineRule({
  id: 'not-idempotent',
  phase: 'live',
  severity: 'medium',
  category: 'deploy',
  title: 'Migration cannot be applied twice',
  check() {
    // findings come from the reapply probe
  },
});
