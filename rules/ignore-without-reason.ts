import { defineRule } from '../src/analysis/rules.js';

// Reported by the runner (src/analysis/static.ts, ignoreFindings) while it parses ignore comments;
// severity, category and title come from here.
export default defineRule({
  id: 'ignore-without-reason',
  phase: 'static',
  severity: 'low',
  category: 'style',
  title: 'Ignore comment without a reason',
});
