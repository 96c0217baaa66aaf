import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { ident, relSql } from './_locking-util.js';

export default defineRule({
  id: 'refresh-matview-without-concurrently',
  phase: 'static',
  severity: 'medium',
  category: 'locking',
  title: 'REFRESH MATERIALIZED VIEW without CONCURRENTLY',
  statements: ['RefreshMatViewStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'RefreshMatViewStmt' || stmt.node.concurrent || stmt.node.skipData) return;
    const mv = rangeVarName(stmt.node.relation);
    if (!mv || !ctx.isExisting(mv)) return;
    const info = ctx.table(mv);
    // CONCURRENTLY needs a unique index on plain columns, without WHERE, covering all rows.
    const usable = info?.indexes.some((i) => i.unique && !i.partial && i.columns.length > 0 && !i.columns.includes('(expression)'));
    const mvSql = relSql(mv, stmt.node.relation);
    const refresh = `REFRESH MATERIALIZED VIEW CONCURRENTLY ${mvSql};`;
    const needIndex = info && !usable;
    ctx.report({
      stmt,
      object: mv.qualified,
      message:
        `REFRESH MATERIALIZED VIEW re-runs the view's query and replaces its contents under an ACCESS EXCLUSIVE lock on ${mv.qualified}: ` +
        `every query reading the view waits until the refresh finishes, which is as long as the underlying query takes.`,
      fix: {
        description:
          'Refresh CONCURRENTLY: readers keep seeing the old contents until the new ones are swapped in (it takes an EXCLUSIVE lock, which allows reads). It needs a UNIQUE index on the materialized view that uses only column names and has no WHERE clause' +
          (needIndex ? ', which pgreview does not see on this view: create one first' : info ? '' : ' (pgreview cannot see whether this view has one)') +
          ', and the view must already be populated. CONCURRENTLY is slower and may run inside a transaction.',
        sql: needIndex
          ? `-- first, in its own migration outside a transaction:\n-- CREATE UNIQUE INDEX CONCURRENTLY ${ident(`${mv.name}_key`)} ON ${mvSql} (<columns that identify a row>);\n${refresh}`
          : refresh,
      },
      evidence: { lock: 'ACCESS EXCLUSIVE', uniqueIndex: info ? !!usable : 'unknown' },
    });
  },
});
