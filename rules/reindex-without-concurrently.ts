import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { hasOption, ident, indexTable, nonTxAdvice, relSql, txHow } from './_locking-util.js';

const KINDS: Record<string, string> = {
  REINDEX_OBJECT_INDEX: 'INDEX',
  REINDEX_OBJECT_TABLE: 'TABLE',
  REINDEX_OBJECT_SCHEMA: 'SCHEMA',
  REINDEX_OBJECT_DATABASE: 'DATABASE',
};

export default defineRule({
  id: 'reindex-without-concurrently',
  phase: 'static',
  severity: 'high',
  category: 'locking',
  title: 'REINDEX without CONCURRENTLY',
  statements: ['ReindexStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'ReindexStmt' || ctx.settings.pgVersion < 12) return;
    const n = stmt.node;
    const kind = KINDS[n.kind];
    if (!kind || hasOption(n.params, 'concurrently')) return;
    let target: string;
    let object: string | undefined;
    let tables: string;
    if (kind === 'TABLE' || kind === 'INDEX') {
      const rel = rangeVarName(n.relation);
      if (!rel) return;
      const table = kind === 'TABLE' ? rel.qualified : indexTable(ctx, rel);
      if (table && !ctx.isExisting(table)) return;
      target = relSql(rel, n.relation);
      object = rel.qualified;
      tables = table ?? 'the table';
    } else {
      target = n.name ? ident(n.name) : '';
      object = n.name;
      tables = kind === 'SCHEMA' ? `every table in schema ${n.name}` : 'every table in the database';
    }
    const verbose = hasOption(n.params, 'verbose') ? '(VERBOSE) ' : '';
    const how = txHow(ctx);
    ctx.report({
      stmt,
      object,
      message:
        `REINDEX ${kind} rebuilds the indexes of ${tables} one by one, holding a SHARE lock on the table (writes wait) and an ACCESS EXCLUSIVE lock on the index being rebuilt. ` +
        `The planner locks every index of a table for any query on it, so in practice reads of the table block too, for as long as each rebuild takes.`,
      fix: {
        description:
          'Use REINDEX … CONCURRENTLY (PostgreSQL 12+): it builds a replacement index without blocking reads or writes and swaps it in with a brief lock. It cannot run inside a transaction block, and it cannot rebuild system catalogs or exclusion-constraint indexes.' +
          (how ? ' ' + nonTxAdvice(ctx, how) : ''),
        sql: `REINDEX ${verbose}${kind} CONCURRENTLY${target ? ' ' + target : ''};`,
      },
      evidence: { lock: 'SHARE + ACCESS EXCLUSIVE (index)' },
    });
  },
});
