// The static review over every real migration folder in ../shared/corpus: every file Postgres
// accepts parses, nothing crashes, and no lock-class finding lands on a table that the same file
// (or the same PR) created earlier: such a table is empty and nobody else holds it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as pgQuery from 'libpg-query';
import { review } from '../../src/review.js';
import { defaultSettings } from '../../src/config.js';
import { planMigrations } from '../../src/migrations/index.js';
import type { Finding, Report } from '../../src/types.js';
import { CORPUS, HAVE_CORPUS, INVALID_UPSTREAM, corpusFolders } from './corpus.js';

const LOCK_CATEGORIES = new Set<Finding['category']>(['locking', 'rewrite']);

interface Created {
  table: string;
  /** 1-based line where the statement starts (its leading comments included). */
  line: number;
}

/**
 * CREATE TABLE statements of a file, found independently of pgreview's own parse: libpg-query over
 * the raw text, byte offsets turned into lines. Files that do not parse as a whole yield nothing.
 */
const createdCache = new Map<string, Created[]>();
function createdTables(abs: string): Created[] {
  const hit = createdCache.get(abs);
  if (hit) return hit;
  const bytes = readFileSync(abs);
  const out: Created[] = [];
  try {
    const tree = pgQuery.parseSync(bytes.toString('utf8'));
    for (const s of tree.stmts ?? []) {
      const create = s.stmt?.CreateStmt;
      if (!create?.relation?.relname) continue;
      let loc = s.stmt_location ?? 0;
      // Leading whitespace and comments belong to the statement's range: start at its first keyword.
      const text = bytes.subarray(loc).toString('utf8');
      const m = /^(?:\s+|--[^\n]*\n?|\/\*[\s\S]*?\*\/)*/.exec(text);
      loc += Buffer.byteLength(m?.[0] ?? '');
      const line = bytes.subarray(0, loc).toString('utf8').split('\n').length;
      out.push({ table: `${create.relation.schemaname ?? 'public'}.${create.relation.relname}`, line });
    }
  } catch {
    // not valid SQL as a whole (dbmate sections still parse: both are plain SQL)
  }
  createdCache.set(abs, out);
  return out;
}

/** Does a finding's object name this table (the table itself, or one of its columns/constraints)? */
function isAbout(f: Finding, table: string): boolean {
  const o = (f.object ?? '').replace(/"/g, '');
  return o === table || o.startsWith(`${table}.`);
}

function repoFile(folder: string, file: string): string {
  return path.join(CORPUS, folder, file);
}

const folders = corpusFolders();
const reports = new Map<string, Report>();

describe.skipIf(!HAVE_CORPUS)('corpus: static review of every folder', () => {
  beforeAll(async () => {
    await pgQuery.loadModule();
    for (const folder of folders) {
      reports.set(folder, await review(defaultSettings({ dir: path.join(CORPUS, folder), engine: 'none', format: 'json' })));
    }
  }, 240_000);

  it('finds the corpus folders', () => {
    expect(folders.length).toBeGreaterThanOrEqual(9);
  });

  describe.each(folders)('%s', (folder) => {
    it('parses every file Postgres accepts: the only syntax errors are the invalid upstream files', () => {
      const r = reports.get(folder)!;
      const syntax = r.findings.filter((f) => f.ruleId === 'syntax-error').map((f) => f.file);
      expect([...new Set(syntax)].sort()).toEqual([...(INVALID_UPSTREAM[folder] ?? [])].sort());
      // No rule crashed on real SQL (internal errors surface as info findings titled "could not check").
      expect(r.findings.filter((f) => /could not check/.test(f.title)).map((f) => `${f.ruleId} ${f.file}:${f.line}`)).toEqual([]);
      // Every migration was reviewed.
      expect(r.summary.changed).toBe(r.summary.migrations);
    });

    it('raises no lock-class finding on a table created earlier in the same file', () => {
      const r = reports.get(folder)!;
      const bad: string[] = [];
      for (const f of r.findings) {
        if (!LOCK_CATEGORIES.has(f.category) || !f.object) continue;
        for (const c of createdTables(repoFile(folder, f.file))) {
          if (c.line <= f.line && isAbout(f, c.table)) bad.push(`${f.ruleId} on ${f.object} at ${f.file}:${f.line} (created at line ${c.line})`);
        }
      }
      expect(bad).toEqual([]);
    });
  });

  it('raises no lock-class finding on a table created earlier in the same PR (consecutive migrations changed together)', async () => {
    // Windows of consecutive migrations in the histories where tables are created and then altered.
    const cases: { folder: string; from: number; size: number }[] = [
      { folder: 'triggerdotdev__trigger.dev', from: 0, size: 40 },
      { folder: 'triggerdotdev__trigger.dev', from: 300, size: 40 },
      { folder: 'rust-lang__crates.io', from: 0, size: 40 },
      { folder: 'harness__gitness', from: 0, size: 30 },
      { folder: 'authelia__authelia', from: 0, size: 10 },
      { folder: 'mckaywrigley__chatbot-ui', from: 0, size: 25 },
      { folder: 'supabase__storage', from: 0, size: 30 },
    ].filter((c) => folders.includes(c.folder));
    let lockFindings = 0;
    for (const c of cases) {
      const dir = path.join(CORPUS, c.folder);
      const set = await planMigrations(defaultSettings({ dir, engine: 'none' }));
      // One history only: a window never spans two databases.
      const history = set.migrations[c.from]?.history;
      const window = set.migrations.slice(c.from, c.from + c.size).filter((m) => m.history === history);
      const changed = window.flatMap((m) => [m.up.file, ...(m.down ? [m.down.file] : [])]);
      const r = await review(defaultSettings({ dir, engine: 'none', format: 'json', changed }));
      expect(r.summary.changed).toBe(window.length);
      // Tables created anywhere in the window's up files, with the position of their creation.
      const order = new Map(window.map((m, i) => [m.up.file, i]));
      const created: { table: string; file: string; idx: number; line: number }[] = [];
      for (const m of window) for (const t of createdTables(repoFile(c.folder, m.up.file))) created.push({ ...t, file: m.up.file, idx: order.get(m.up.file)! });
      const bad: string[] = [];
      for (const f of r.findings) {
        if (!LOCK_CATEGORIES.has(f.category) || !f.object) continue;
        lockFindings++;
        const idx = order.get(f.file);
        if (idx === undefined) continue; // a down file: reverts run on their own, not with the PR's ups
        for (const t of created) {
          const earlier = t.idx < idx || (t.idx === idx && t.line <= f.line);
          if (earlier && isAbout(f, t.table)) bad.push(`${c.folder}: ${f.ruleId} on ${f.object} at ${f.file}:${f.line} (created in ${t.file}:${t.line})`);
        }
      }
      expect(bad).toEqual([]);
    }
    // The check is not vacuous: the windows do hold lock findings on pre-existing tables.
    expect(lockFindings).toBeGreaterThan(0);
  }, 120_000);
});
