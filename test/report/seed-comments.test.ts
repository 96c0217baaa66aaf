// The comment and the fixes, over the seed fixtures (test/fixtures/seeds: the migrations the five
// human reviews in ../shared/seeds looked at). Each seed is reviewed live once (PGlite, pgvector):
// - the comment keeps its length budget and says each thing once (issue 13, points 1 and 8);
// - every fix SQL applies on the engine where its finding sits: the fixes are written into a copy of
//   the migrations (in place of the statement when the fix rewrites it, before it when it sets a
//   session setting, after it otherwise) and the copy is reviewed live again; a fix that does not
//   apply fails the migration, and the test.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyConfig, loadConfig } from '../../src/config.js';
import { review } from '../../src/review.js';
import { renderMarkdown } from '../../src/report/render/markdown.js';
import { renderText } from '../../src/report/render/text.js';
import { loadParser, parseSource } from '../../src/sql/parse.js';
import type { Finding, Migration, Report, Settings, Statement } from '../../src/types.js';
import { expectNoRepeats, visibleLines } from './comment-checks.js';
import { tempDir } from '../temp-dirs.js';

const SEEDS = path.resolve(import.meta.dirname, '../fixtures/seeds');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function seedFiles(seed: string): { dir: string; sub: string; changed: string[] } {
  const dir = path.join(SEEDS, seed);
  const sub = seed.startsWith('003') ? 'drizzle' : 'supabase/migrations';
  const files = readdirSync(path.join(dir, sub))
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => `${sub}/${f}`);
  return { dir, sub, changed: files.slice(1) };
}

async function reviewAt(dir: string, changed: string[], patch: Partial<Settings> = {}): Promise<Report> {
  return review(applyConfig({ dir, repoRoot: dir, changed, engine: 'pglite', linkBase: 'https://github.com/acme/app/blob/0123abc/', ...patch }, await loadConfig(dir)));
}

/** Statements of a piece of SQL, parsed as the review parses migrations. */
function statements(text: string, file = 'fix.sql'): Statement[] {
  const migration = { id: file, version: '1', name: file, path: file, up: { file, text, startLine: 1, startByte: 0 }, transactional: true, transactionNote: '', status: 'added' } as Migration;
  return parseSource(migration.up, { migration, direction: 'up' }).statements;
}

type Placement = 'replace' | 'before' | 'after';

/** Names a statement defines: the relation or index, and for ALTER TABLE every column and constraint it touches. */
function defines(st: Statement): string[] {
  const n = st.node ?? {};
  if (st.kind === 'AlterTableStmt') return (n.cmds ?? []).map((c: any) => c?.AlterTableCmd?.name ?? c?.AlterTableCmd?.def?.ColumnDef?.colname ?? c?.AlterTableCmd?.def?.Constraint?.conname).filter(Boolean);
  if (st.kind === 'IndexStmt') return [n.idxname ?? '', n.relation?.relname ?? ''];
  if (st.kind === 'CreateStmt') return [n.relation?.relname ?? ''];
  return [];
}

/**
 * Where a fix goes relative to the statement its finding sits on: before it when it sets a session
 * setting (lock_timeout); in its place when it is the statement rewritten (same kind, defining
 * everything the statement defines); after it otherwise (an index, a policy, ENABLE RLS…).
 */
function placement(fixSql: string, stmt: Statement): Placement {
  const first = statements(fixSql)[0];
  if (first?.kind === 'VariableSetStmt') return 'before';
  if (!first || first.kind !== stmt.kind) return 'after';
  const mine = new Set(defines(first));
  return defines(stmt).every((d) => mine.has(d)) ? 'replace' : 'after';
}

interface Edit {
  finding: Finding;
  start: number;
  end: number;
  stmt: Statement;
  sql: string;
}

/** Rounds of edits, at most one per statement per round, so that fixes on one statement do not meet. */
function planEdits(report: Report, root: string): Map<string, Edit[]>[] {
  const rounds: Map<string, Edit[]>[] = [];
  for (const f of report.findings) {
    if (!f.fix?.sql) continue;
    const text = readFileSync(path.join(root, f.file), 'utf8');
    const stmt = statements(text, f.file).find((s) => s.span.line <= f.line && f.line <= s.span.endLine);
    if (!stmt) throw new Error(`${f.ruleId}: no statement at ${f.file}:${f.line}`);
    const edit: Edit = { finding: f, start: stmt.span.start, end: stmt.span.end, stmt, sql: f.fix.sql.trim() };
    let round = rounds.find((r) => !(r.get(f.file) ?? []).some((e) => e.start === edit.start));
    if (!round) rounds.push((round = new Map()));
    round.set(f.file, [...(round.get(f.file) ?? []), edit]);
  }
  return rounds;
}

/**
 * Fixes that must run outside a transaction (the report told the user how, in fix.tool) go where the
 * advice puts them: each statement alone in its own migration file right after this one. The
 * statement they replace leaves the original file.
 */
function ownFiles(file: string, edits: Edit[]): [string, string][] {
  const files: [string, string][] = [];
  edits
    .filter((e) => e.finding.fix?.tool)
    .forEach((e, i) => statements(e.sql).forEach((st, j) => files.push([file.replace(/\.sql$/, `_zfix_${i}_${j}.sql`), `${st.sql};\n`])));
  return files;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  // From the end, so earlier offsets stay valid.
  for (const e of [...edits].sort((a, b) => b.start - a.start)) {
    const stmt = out.slice(e.start, e.end);
    const fix = e.sql.endsWith(';') ? e.sql : `${e.sql};`;
    const where = placement(e.sql, e.stmt);
    const rest = out.slice(e.end).replace(/^\s*;/, '');
    // A fix that leaves for its own file (ownFiles) takes the statement it replaces with it.
    const own = !!e.finding.fix?.tool;
    const replaced = where === 'replace' ? (own ? '' : fix) : own ? `${stmt};` : where === 'before' ? `${fix}\n${stmt};` : `${stmt};\n${fix}`;
    out = `${out.slice(0, e.start)}${replaced}${rest}`;
  }
  return out;
}

const reports = new Map<string, Report>();

describe.each(['000-customer-intel', '001-agent-system', '002-crm', '003-rag-embeddings', '004-customer-success'])('seed %s', (seed) => {
  it('comment: the verdict, then each problem once; no raw JSON; small PRs within 60 visible lines', async () => {
    await loadParser();
    const { dir, changed } = seedFiles(seed);
    const r = await reviewAt(dir, changed);
    reports.set(seed, r);
    const md = renderMarkdown(r);
    expect(md.split('\n').slice(0, 4).join('\n')).toContain(`confidence ${r.confidence}/100`);
    expectNoRepeats(md, r);
    expect(md).not.toMatch(/```json/);
    const visible = visibleLines(md).length;
    if (r.summary.statements <= 5 && r.findings.length <= 3) expect(visible).toBeLessThanOrEqual(60);
    // Larger PRs grow with their critical and high findings only: the rest fold.
    const open = r.findings.filter((f) => f.severity === 'critical' || f.severity === 'high').length;
    expect(visible).toBeLessThanOrEqual(60 + 12 * open);
    // The terminal: what to fix fits a screen per blocking finding; the trace waits for --verbose.
    const text = renderText(r);
    expect(text).not.toMatch(/^\s+L\d+ \w+Stmt/m);
    expect(text.split('\n').length).toBeLessThanOrEqual(40 + 10 * open + r.findings.length);
  });

  it('every fix SQL applies where its finding sits', async () => {
    const r = reports.get(seed);
    expect(r, 'the comment test ran first').toBeDefined();
    const { dir, changed } = seedFiles(seed);
    for (const round of planEdits(r!, dir)) {
      const copy = tempDir(`pgreview-fix-${seed}-`);
      temps.push(copy);
      cpSync(dir, copy, { recursive: true });
      const extra: string[] = [];
      for (const [file, edits] of round) {
        // In-place fixes first (offsets are the original file's), then the ones that leave for their own file.
        writeFileSync(path.join(copy, file), applyEdits(readFileSync(path.join(dir, file), 'utf8'), edits));
        for (const [f, sql] of ownFiles(file, edits)) {
          writeFileSync(path.join(copy, f), sql);
          extra.push(f);
        }
      }
      // A lone statement in its own file runs outside a transaction with a runner that sends each
      // file as one query (what the advice amounts to); the review engine models that as 'plain'.
      const fixed = await reviewAt(copy, [...changed, ...extra], extra.length ? { layout: 'plain', preset: r!.preset } : {});
      const failures = fixed.migrations.filter((m) => m.status !== 'base' && m.applied === 'failed');
      const fixes = [...round.values()].flat().map((e) => `${e.finding.ruleId} at ${e.finding.file}:${e.finding.line}`);
      expect(failures.map((m) => `${m.file}:${m.error?.line}: ${m.error?.message}`), `fixes applied: ${fixes.join('; ')}`).toEqual([]);
    }
  }, 600_000);
});
