import { defineRule } from '../src/analysis/rules.js';

export default defineRule({
  id: 'ban-drop-database',
  phase: 'static',
  severity: 'critical',
  category: 'data-loss',
  title: 'DROP DATABASE in a migration',
  statements: ['DropdbStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'DropdbStmt') return;
    const db = stmt.node.dbname ?? '<database>';
    const force = (stmt.node.options ?? []).some((o: any) => o?.DefElem?.defname === 'force');
    ctx.report({
      stmt,
      object: db,
      message:
        `DROP DATABASE ${db} deletes the whole database: every schema, table and row in it, with no undo short of a backup restore. ` +
        (force
          ? 'WITH (FORCE) also terminates every session connected to it, so the running application loses its connections mid-request. '
          : 'It fails while anyone is connected, so it either breaks the deploy or, run when the application happens to be idle, silently succeeds. ') +
        `A migration that runs in every environment is the wrong place for it${ctx.migration.transactional ? '; it also cannot run inside the transaction the runner opens, so this migration fails' : ''}.`,
      fix: {
        description:
          'Remove it from the migration. Drop databases by hand, as a reviewed operational step, after a backup (pg_dump) and after revoking CONNECT so nothing still uses it.',
        sql: `REVOKE CONNECT ON DATABASE ${db} FROM PUBLIC;\n-- later, by hand, after pg_dump:\n-- DROP DATABASE ${db};`,
      },
    });
  },
});
