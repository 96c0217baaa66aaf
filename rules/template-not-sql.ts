import { defineRule } from '../src/analysis/rules.js';

export default defineRule({
  id: 'template-not-sql',
  phase: 'static',
  severity: 'info',
  category: 'deploy',
  title: 'Migration is a template, not SQL',
  directions: ['up', 'down'],
  finish(ctx) {
    for (const src of ctx.sources) {
      if (src.migration.status === 'base') continue;
      const err = src.errors.find((e) => e.reason === 'template');
      if (!err) continue;
      ctx.report({
        at: { file: src.source.file, line: err.line, column: err.column, migrationId: src.migration.id },
        object: src.source.file,
        message:
          `This ${src.direction} migration contains template placeholders (line ${err.line}), so it is not SQL until the migration tool renders it. ` +
          'pgreview cannot parse it as written and did not review any of its statements: nothing in this file was checked for locks, data loss or security.',
        fix: {
          description:
            'Review the rendered SQL instead: render the template for production values and run pgreview on the output, or keep environment-specific values out of migrations (for example with a setting read by current_setting()).',
        },
      });
    }
  },
});
