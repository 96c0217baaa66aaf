import { defineRule } from '../src/analysis/rules.js';
import { lockStrength } from '../src/sql/locks.js';
import { runnerWraps } from '../src/migrations/runner.js';
import { transactionControl } from '../src/sql/transaction.js';
import { changedStatements, plural, type TracedStatement } from './_live-util.js';

// Modes that block writes (SHARE and up) on a table that already existed: what readers of the
// per-migration lock table look for. ACCESS EXCLUSIVE and EXCLUSIVE also block (most) reads.
const STRONG = ['SHARE', 'SHARE ROW EXCLUSIVE', 'EXCLUSIVE', 'ACCESS EXCLUSIVE'];
const HEAVY = new Set(['UpdateStmt', 'DeleteStmt', 'InsertStmt', 'IndexStmt', 'VacuumStmt', 'ClusterStmt', 'RefreshMatViewStmt', 'CopyStmt', 'DoStmt', 'CallStmt', 'SelectStmt']);

export default defineRule({
  id: 'lock-on-existing-table',
  phase: 'live',
  severity: 'medium',
  category: 'locking',
  title: 'Strong locks on tables that already existed',
  check(ctx) {
    const byMigration = new Map<string, TracedStatement[]>();
    for (const t of changedStatements(ctx)) byMigration.set(t.migration.id, [...(byMigration.get(t.migration.id) ?? []), t]);
    for (const [, traced] of byMigration) {
      const m = traced[0]!.migration;
      // Which statements ran inside a transaction that outlives them (the runner's, or the file's BEGIN).
      const src = ctx.sources.find((s) => s.migration.id === m.id && s.direction === 'up');
      const ownTx = traced.some((x) => ['begin', 'commit', 'rollback'].includes(transactionControl(x.trace.kind, x.stmt?.node) ?? ''));
      const wrapped = src ? runnerWraps(src.migration, traced.length, ownTx) : m.transactional;
      let open = false;
      const inTx = traced.map((x) => {
        const c = transactionControl(x.trace.kind, x.stmt?.node);
        if (c === 'begin') open = true;
        else if (c === 'commit' || c === 'rollback') open = false;
        return wrapped || open;
      });
      const rows: { relation: string; mode: string; heldMs: number; statementLine: number; heldAcross: number[]; t: TracedStatement }[] = [];
      for (const t of traced) {
        for (const l of t.trace.locks) {
          if (!l.preexisting || (l.relkind !== 'table' && l.relkind !== 'materialized view') || !STRONG.includes(l.mode)) continue;
          if (!(l.relation in ctx.before.relations)) continue;
          const prev = rows.find((r) => r.relation === l.relation);
          if (prev && lockStrength(prev.mode) >= lockStrength(l.mode)) continue;
          // Later statements that ran while the lock was held: the lock lasts until the transaction ends.
          const heldAcross: number[] = [];
          const heldMs = l.heldMs ?? 0;
          if (inTx[t.index]) {
            for (const later of traced.slice(t.index + 1)) {
              const c = transactionControl(later.trace.kind, later.stmt?.node);
              if (c === 'commit' || c === 'rollback' || later.trace.skipped || later.trace.error) break;
              if (HEAVY.has(later.trace.kind) || later.trace.durationMs >= 1000) heldAcross.push(later.trace.line);
            }
          }
          const row = { relation: l.relation, mode: l.mode, heldMs, statementLine: t.trace.line, heldAcross, t };
          if (prev) rows.splice(rows.indexOf(prev), 1, row);
          else rows.push(row);
        }
      }
      if (!rows.length) continue;
      rows.sort((a, b) => lockStrength(b.mode) - lockStrength(a.mode) || a.statementLine - b.statementLine);
      const across = rows.filter((r) => r.heldAcross.length && (r.mode === 'ACCESS EXCLUSIVE' || r.mode === 'EXCLUSIVE'));
      const top = across[0] ?? rows[0]!;
      const list = rows.map((r) => `${r.relation} ${r.mode} (line ${r.statementLine}, held ${r.heldMs} ms)`).join('; ');
      const blocks = (mode: string) => (mode === 'ACCESS EXCLUSIVE' ? 'reads and writes' : mode === 'EXCLUSIVE' ? 'writes and most reads' : 'writes');
      ctx.report({
        ...(top.t.stmt ? { stmt: top.t.stmt } : { at: { file: m.file, line: top.statementLine, column: 1, migrationId: m.id } }),
        // The tables, not the file: the one held across later work, or every table locked.
        object: across.length ? top.relation : [...new Set(rows.map((r) => r.relation))].join(', '),
        severity: across.length ? 'medium' : 'info',
        title: across.length ? 'Strong lock on an existing table held across later statements' : 'Strong locks on tables that already existed',
        message: across.length
          ? `${top.relation} is locked ${top.mode} at line ${top.statementLine} and the lock is held until the transaction commits, across ${plural(top.heldAcross.length, 'later statement')} that ${top.heldAcross.length === 1 ? 'does' : 'do'} real work (line${top.heldAcross.length === 1 ? '' : 's'} ${top.heldAcross.join(', ')}): on production data every query on ${top.relation} (${blocks(top.mode)}) waits for all of it. Locks taken on existing tables in this migration: ${list}.`
          : `This migration takes ${plural(rows.length, 'strong lock')} on tables that existed before it: ${list}. Each blocks ${blocks(rows[0]!.mode)} on its table while held, and waits behind any running query first; the hold times here were measured on the review engine's empty tables.`,
        fix: across.length
          ? { description: 'Commit the DDL on its own (short transaction, with SET lock_timeout), and do the backfill or index build in separate migrations or batches that do not hold the table lock.' }
          : { description: "Set a short lock_timeout before the DDL so it fails fast instead of queueing every query behind it, and retry." },
        evidence: {
          locks: rows.map((r) => ({ relation: r.relation, mode: r.mode, heldMs: r.heldMs, statementLine: r.statementLine, ...(r.heldAcross.length ? { heldAcrossLines: r.heldAcross } : {}) })),
        },
      });
    }
  },
});
