import { defineRule } from '../src/analysis/rules.js';

// Raised by the rls-isolation probe (src/live/probes/rls-views.ts) when rows that RLS hides from a role
// appear for it through a view; this module registers the id, default severity and doc. The probe doc
// test runs the examples in view-bypasses-rls.md.
export default defineRule({
  id: 'view-bypasses-rls',
  phase: 'live',
  severity: 'high',
  category: 'security',
  title: 'A view shows rows that row level security hides from the caller',
  confirms: ['security-definer-view'],
  check() {
    // findings come from the rls-isolation probe
  },
});
