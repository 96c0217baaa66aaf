import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { qname } from './_changes-util.js';

export default defineRule({
  id: 'ban-truncate-cascade',
  phase: 'static',
  severity: 'high',
  category: 'data-loss',
  title: 'TRUNCATE … CASCADE empties every referencing table',
  statements: ['TruncateStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'TruncateStmt') return;
    const targets = (stmt.node.relations ?? []).map((r: any) => rangeVarName(r?.RangeVar)).filter(Boolean) as { schema: string; name: string; qualified: string }[];
    if (!targets.length) return;
    const cascade = stmt.node.behavior === 'DROP_CASCADE';
    const names = targets.map((t) => t.qualified);
    if (cascade) {
      // Every table whose foreign keys reach the truncated ones, transitively: CASCADE empties them all.
      const reached = new Set(names);
      const extra: string[] = [];
      for (let grew = true; grew; ) {
        grew = false;
        for (const t of ctx.model.tables.values()) {
          if (reached.has(t.qualified)) continue;
          if (t.foreignKeys.some((f) => reached.has(f.refTable))) {
            reached.add(t.qualified);
            extra.push(t.qualified);
            grew = true;
          }
        }
      }
      const existingHit = [...names, ...extra].filter((n) => ctx.isExisting(n));
      if (!existingHit.length) return;
      ctx.report({
        stmt,
        object: names.join(', '),
        message:
          `TRUNCATE … CASCADE also empties every table that has a foreign key to ${names.join(', ')}, and the tables referencing those, without listing them` +
          (extra.length ? `: pgreview knows of ${extra.join(', ')}` : ' (pgreview knows of none, but any added outside these migrations are emptied too)') +
          `. Every row is gone with no undo short of a backup restore, and each of those tables is locked ACCESS EXCLUSIVE until the transaction ends.`,
        fix: {
          description: 'Name every table you mean to empty and drop CASCADE: without it Postgres refuses to truncate a table that other tables reference, instead of silently emptying them.',
          sql: `TRUNCATE ${[...targets.map((t) => qname(t)), ...extra.map((q) => qname({ schema: q.slice(0, q.indexOf('.')), name: q.slice(q.indexOf('.') + 1) }))].join(', ')};`,
        },
      });
      return;
    }
    // Plain TRUNCATE: data loss too, but limited to the tables it names.
    const existing = targets.filter((t) => ctx.isExisting(t) && !(ctx.table(t)?.kind && ctx.table(t)!.kind !== 'table'));
    if (!existing.length) return;
    ctx.report({
      stmt,
      object: existing.map((t) => t.qualified).join(', '),
      severity: 'medium',
      title: 'TRUNCATE empties an existing table',
      message:
        `TRUNCATE deletes every row of ${existing.map((t) => t.qualified).join(', ')} in every environment the migration reaches, production included, with no undo short of a backup restore. ` +
        `It also takes an ACCESS EXCLUSIVE lock, so it waits behind running queries and blocks all reads and writes queued after it until the transaction ends.`,
      fix: {
        description:
          'If the rows must go, make it explicit and reviewable: a DELETE with a WHERE clause for the rows you mean, or a one-off operational step instead of a migration. If the table is a cache or staging table that is empty by design, suppress with a reason.',
      },
    });
  },
});
