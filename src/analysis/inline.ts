// Review SQL given as strings, without a folder: rule doc examples, tests, and quick checks.
// Base snippets play the base branch's history; changed snippets are the PR.

import type { LayoutId, Migration, MigrationSet, Settings } from '../types.js';
import { parseMigrationsLoadingGrammar18, runStatic, type StaticResult } from './static.js';
import { transactionFor } from '../migrations/layouts.js';
import type { Rule } from './rules.js';

export interface InlineMigration {
  sql: string;
  /** File name; defaults to a numbered name. */
  file?: string;
  down?: string;
  /** Whether the runner wraps it in a transaction (default false: psql -f style). */
  transactional?: boolean;
  status?: Migration['status'];
}

export interface InlineReview {
  base?: (string | InlineMigration)[];
  changed: (string | InlineMigration)[];
  settings?: Partial<Settings>;
  layout?: LayoutId;
}

export function inlineSettings(partial: Partial<Settings> = {}): Settings {
  return {
    dir: '/inline',
    repoRoot: '/inline',
    engine: 'none',
    failOn: 'critical',
    format: 'text',
    pgVersion: 17,
    rules: {},
    exclude: [],
    statementTimeoutMs: 30_000,
    totalTimeoutMs: 600_000,
    docsBase: 'https://github.com/pgreview/pgreview/blob/main/rules/',
    ...partial,
    pgVersionSet: partial.pgVersionSet ?? partial.pgVersion !== undefined,
  };
}

export function inlineSet(review: InlineReview): MigrationSet {
  const migrations: Migration[] = [];
  const add = (item: string | InlineMigration, status: Migration['status']) => {
    const m = typeof item === 'string' ? { sql: item } : item;
    const n = migrations.length + 1;
    const file = m.file ?? `${String(n).padStart(4, '0')}_${status === 'base' ? 'base' : 'change'}.sql`;
    const baseEntry = migrations.find((x) => x.path === file && x.status === 'base');
    const finalStatus = m.status ?? (status !== 'base' && baseEntry ? 'modified' : status);
    if (baseEntry && finalStatus === 'modified') migrations.splice(migrations.indexOf(baseEntry), 1);
    migrations.push({
      id: file.replace(/\.sql$/, ''),
      version: String(n),
      name: file,
      path: file,
      up: { file, text: m.sql, startLine: 1, startByte: 0 },
      down: m.down != null ? { file: file.replace(/\.sql$/, '.down.sql'), text: m.down, startLine: 1, startByte: 0 } : undefined,
      // With a layout and no explicit choice, the file runs the way that tool runs it (layouts.ts).
      ...(m.transactional === undefined && review.layout
        ? (({ transactional, mode, note }) => ({ transactional, transactionMode: mode, transactionNote: note }))(transactionFor(review.layout, m.sql))
        : { transactional: m.transactional ?? false, transactionNote: m.transactional ? 'wrapped by the runner' : 'not wrapped (psql -f style)' }),
      status: finalStatus,
    });
  };
  for (const b of review.base ?? []) add(b, 'base');
  for (const c of review.changed) add(c, 'added');
  return {
    root: '/inline',
    layout: review.layout ?? 'plain',
    layoutReason: 'inline SQL',
    migrations,
    skipped: [],
    changedSource: 'flag',
    warnings: [],
  };
}

export async function reviewInline(review: InlineReview, rules: Rule[]): Promise<StaticResult> {
  const set = inlineSet(review);
  return runStatic(inlineSettings(review.settings), set, rules, await parseMigrationsLoadingGrammar18(set));
}
