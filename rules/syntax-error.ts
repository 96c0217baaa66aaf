import { defineRule } from '../src/analysis/rules.js';

export default defineRule({
  id: 'syntax-error',
  phase: 'static',
  severity: 'critical',
  category: 'deploy',
  title: 'Migration does not parse',
  directions: ['up', 'down'],
  finish(ctx) {
    for (const src of ctx.sources) {
      if (src.migration.status === 'base') continue;
      for (const err of src.errors) {
        if (err.reason === 'template') continue; // reported by template-not-sql
        ctx.report({
          at: { file: src.source.file, line: err.line, column: err.column, migrationId: src.migration.id },
          object: src.source.file,
          // A broken down migration only bites on rollback; a broken up migration fails the deploy.
          severity: src.direction === 'down' ? 'high' : 'critical',
          message: `Postgres's parser rejects this ${src.direction} migration at line ${err.line}, column ${err.column}: ${err.message}. It will fail when it runs${src.migration.transactional ? '' : ', after the statements before it have already been applied'}.`,
        });
      }
    }
  },
});
