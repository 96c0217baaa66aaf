import { defineRule } from '../src/analysis/rules.js';

// Reported by the runner (src/analysis/static.ts, ignoreFindings), which reads severity, category and
// title from here: whether an ignore was used is only known after every other rule has run.
export default defineRule({
  id: 'unused-ignore',
  phase: 'static',
  severity: 'low',
  category: 'style',
  title: 'Ignore comment suppresses nothing',
});
