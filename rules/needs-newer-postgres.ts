import { defineRule } from '../src/analysis/rules.js';
import { olderGrammarUses } from '../src/analysis/version-syntax.js';

// A statement only PostgreSQL 18's grammar accepts is valid SQL: whether it runs depends on the
// production server, which `pgVersion` names. Told 17 or older, it fails like a syntax error;
// left at pgreview's default, it is a question for the author, not a failure.
export default defineRule({
  id: 'needs-newer-postgres',
  phase: 'static',
  severity: 'medium',
  category: 'deploy',
  title: 'Migration needs a newer PostgreSQL than the target',
  directions: ['up', 'down'],
  finish(ctx) {
    const target = ctx.settings.pgVersion;
    for (const src of ctx.sources) {
      if (src.migration.status === 'base') continue;
      for (const use of [...(src.newerSyntax ?? []), ...(target < 17 ? olderGrammarUses(src.statements) : [])]) {
        if (target >= use.major) continue;
        const down = src.direction === 'down';
        const stated = ctx.settings.pgVersionSet === true;
        const fails = `PostgreSQL ${target} rejects it as a syntax error, so this ${src.direction} migration will fail when it runs${down ? ' (on rollback)' : ''}`;
        ctx.report({
          at: { file: src.source.file, line: use.line, column: use.column, migrationId: src.migration.id },
          object: src.source.file,
          // Told production runs an older major, it is a failure; with the default target, the author decides.
          severity: stated ? (down ? 'high' : 'critical') : down ? 'low' : 'medium',
          message: stated
            ? `Line ${use.line} uses ${use.construct}, which needs PostgreSQL ${use.major}; production runs PostgreSQL ${target} (pgVersion): ${fails}.`
            : `Line ${use.line} uses ${use.construct}, which needs PostgreSQL ${use.major}. pgreview assumes PostgreSQL ${target} when pgVersion is not set: if production runs ${target}, ${fails}; if it runs ${use.major} or later, set pgVersion: ${use.major} in .pgreview.yml.`,
        });
      }
    }
  },
});
