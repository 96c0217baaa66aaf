import { defineRule, type StaticContext } from '../src/analysis/rules.js';
import type { Statement } from '../src/types.js';
import { createdInSource, isView, reviewState, strongLocks, STRONG_LOCK_STATEMENTS, type LockMode, type StrongLock } from './_locking-util.js';

const newWeakSet = () => new WeakSet<object>();
const LOCKING: ReadonlySet<string> = new Set(STRONG_LOCK_STATEMENTS);

/** lock_timeout set through set_config() (the runner's TxState only follows SET). */
function setConfigBefore(stmts: Statement[], stmt: Statement): boolean {
  // Position of the first such set_config in this source, found once per source (files can hold 100,000 statements).
  let first = setConfigAt.get(stmts);
  if (first === undefined) {
    first = stmts.findIndex((s) => s.kind === 'SelectStmt' && /set_config\s*\(\s*'lock_timeout'\s*,\s*'(?!0'|0ms'|0s')[^']+'/i.test(s.sql));
    setConfigAt.set(stmts, first);
  }
  if (first < 0) return false;
  const pos = stmts[stmt.index] === stmt ? stmt.index : stmts.indexOf(stmt);
  return pos < 0 ? true : first < pos;
}
const setConfigAt = new WeakMap<Statement[], number>();

function isLockTimeoutSet(s: Statement): boolean {
  return (s.kind === 'VariableSetStmt' && s.node.name === 'lock_timeout' && s.node.kind === 'VAR_SET_VALUE') || (s.kind === 'SelectStmt' && /set_config\s*\(\s*'lock_timeout'/i.test(s.sql));
}

/** Strong locks of a statement on tables that exist (not created in this review, not views). */
function existingLocks(stmt: Statement, ctx: StaticContext, created: ReadonlySet<string>): { table: string; mode: LockMode }[] {
  return existingOf(strongLocks(stmt, ctx), ctx, created);
}

function existingOf(locks: StrongLock[], ctx: StaticContext, created: ReadonlySet<string>): { table: string; mode: LockMode }[] {
  return locks.filter((l) => {
    const known = ctx.table(l.table);
    if (!known && created.has(l.table)) return false;
    if (isView(known)) return false;
    return ctx.isExisting(l.table);
  });
}

export default defineRule({
  id: 'require-lock-timeout',
  phase: 'static',
  severity: 'medium',
  category: 'locking',
  title: 'Strong lock taken without lock_timeout',
  // The statements that can take a strong lock; the lock_timeout that ends the list below is looked for in all of them.
  statements: STRONG_LOCK_STATEMENTS,
  check(stmt, ctx) {
    if (ctx.tx.lockTimeout || setConfigBefore(ctx.statements, stmt)) return;
    const reported = reviewState(ctx, 'require-lock-timeout', newWeakSet);
    if (reported.has(ctx.source)) return;
    // Strong locks first: they are rare, while the set of tables created in the file costs a pass over it.
    const locks = strongLocks(stmt, ctx);
    if (!locks.length) return;
    const created = createdInSource(ctx);
    const first = existingOf(locks, ctx, created);
    if (!first.length) return;
    reported.add(ctx.source);

    // Every table this migration locks strongly before a lock_timeout appears, strongest mode each.
    const tables = new Map<string, LockMode>();
    const rank = (m: LockMode) => (m === 'ACCESS EXCLUSIVE' ? 3 : m === 'EXCLUSIVE' ? 2 : 1);
    const pos = ctx.statements.indexOf(stmt);
    for (const s of ctx.statements.slice(pos < 0 ? 0 : pos)) {
      if (s !== stmt && isLockTimeoutSet(s)) break;
      if (s !== stmt && !LOCKING.has(s.kind)) continue; // no strong lock
      for (const l of s === stmt ? first : existingLocks(s, ctx, created)) {
        const prev = tables.get(l.table);
        if (!prev || rank(l.mode) > rank(prev)) tables.set(l.table, l.mode);
      }
    }
    // One pass over the tables for the message, the evidence and the severity (keys are schema.table: never __proto__).
    const listed: string[] = [];
    const evidenceTables: Record<string, LockMode> = {};
    let blocksReads = false;
    tables.forEach((m, t) => {
      listed.push(`${t} (${m})`);
      evidenceTables[t] = m;
      // Proportional to the lock (docs/severity.md): a queued ACCESS EXCLUSIVE stops reads too; the
      // weaker modes (SHARE ROW EXCLUSIVE for foreign keys and triggers, EXCLUSIVE) let SELECTs through.
      if (m === 'ACCESS EXCLUSIVE') blocksReads = true;
    });
    const list = listed.join(', ');
    const local = ctx.tx.inTransaction;
    ctx.report({
      stmt,
      object: first[0]!.table,
      severity: blocksReads ? undefined : 'low',
      message:
        `This migration takes strong locks on existing tables without a lock_timeout: ${list}. A lock request waits behind every transaction already using the table ` +
        (blocksReads
          ? `(a long query, a session idle in transaction), and while it waits every new query on the table, plain SELECTs included, queues behind it: a migration that would take milliseconds can stall the application for as long as the oldest transaction runs.`
          : `(a long query, a session idle in transaction), and while it waits every new INSERT, UPDATE and DELETE on the table queues behind it; reads go on. The stall lasts as long as the oldest transaction runs.`),
      fix: {
        description:
          `Set a short lock_timeout before the first such statement, so that the migration fails fast instead of blocking traffic, and retry it (the deploy job, or a retry loop) until it gets the lock at a quiet moment.` +
          (local ? ' SET LOCAL keeps the setting to this migration\'s transaction.' : ''),
        sql: local ? `SET LOCAL lock_timeout = '5s';` : `SET lock_timeout = '5s';`,
      },
      evidence: { tables: evidenceTables },
    });
  },
});
