import { defineRule } from '../src/analysis/rules.js';

// Raised by the trigger probe (src/live/probes/trigger.ts), which acts on the live database; this
// module registers the id, default severity and doc, so severity overrides and links work. The probe
// tests (test/probes/) run the examples in trigger-failed.md.
export default defineRule({
  id: 'trigger-failed',
  phase: 'live',
  severity: 'high',
  category: 'integrity',
  title: 'Trigger fails or has no effect when it fires',
  check() {
    // findings come from the trigger probe
  },
});
