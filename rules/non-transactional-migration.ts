import { defineRule } from '../src/analysis/rules.js';
import { cannotRunInTransaction, isAtomic, isBegin, isChange } from './_changes-util.js';

export default defineRule({
  id: 'non-transactional-migration',
  phase: 'static',
  severity: 'medium',
  category: 'deploy',
  title: 'Multi-statement migration without a transaction',
  finish(ctx) {
    for (const src of ctx.sources) {
      const m = src.migration;
      if (m.status === 'base' || src.direction !== 'up') continue;
      const statements = src.statements;
      if (isAtomic(m, statements)) continue;
      // The file manages its own transaction (or part of it): its author chose the boundaries.
      if (statements.some(isBegin)) continue;
      const changes = statements.filter(isChange);
      if (changes.length < 2) continue;
      const noTx = changes.filter((s) => cannotRunInTransaction(s, ctx.settings.pgVersion));
      // Nothing here could run in a transaction anyway: each statement stands alone.
      if (noTx.length === changes.length) continue;
      const how = m.transactionNote ? ` (${m.transactionNote.replace(/^not wrapped \((.*)\)$/, '$1')})` : '';
      const first = changes[0]!;
      ctx.report({
        stmt: first,
        object: src.source.file,
        message:
          `This migration runs outside a transaction${how}, and it has ${changes.length} statements that change the schema or data: if one fails, the ones before it stay applied. ` +
          `The database is left half-migrated, the tool usually records the migration as failed or dirty, and re-running it fails on the statements that already ran.` +
          (noTx.length
            ? ` ${noTx.length} of them cannot run inside a transaction block (e.g. CREATE INDEX CONCURRENTLY), so the file cannot simply be wrapped.`
            : ''),
        fix: noTx.length
          ? {
              description:
                'Move the statements that cannot run in a transaction (CONCURRENTLY, VACUUM, …) into their own migration, and wrap the rest in BEGIN … COMMIT; or make every statement safe to re-run (see prefer-robust-stmts).',
            }
          : {
              description: 'Wrap the file in one transaction, so a failure leaves nothing behind.',
              sql: 'BEGIN;\n-- … the statements of this migration …\nCOMMIT;',
            },
      });
    }
  },
});
