// The plan stage: Settings → MigrationSet. Finds the layout, orders and pairs the files, reads
// them safely, and decides which migrations the PR adds or modifies.
//
// Folders holding several independent histories (supabase/storage's tenant/ multitenant/
// vector_store/, trigger.dev's database/ and run-ops-database/) are all planned, each as its own
// history (Migration.history, MigrationSet.histories), with a 'multiple-histories' warning: each is
// a separate database, so the live stage must start each from an empty database. Point `dir` at one
// folder to review only it. One exception: a folder named init/ or init-scripts/ next to exactly
// one other migration folder runs first in the same database (supabase/postgres's migrate.sh).

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LayoutId, Migration, MigrationSet, MigrationStatus, Settings } from '../types.js';
import { splitDbmate } from './dbmate.js';
import { buildHistory, detect, exists, list, rel, relativePosix, type Ctx, type Detection, type Draft, type Entry } from './discover.js';
import { errorText, GitRepo, type GitChange } from './git.js';

export { MAX_FILE_BYTES } from './read.js';
export { TX, transactionFor, flywayVersionCompare } from './layouts.js';
export { globToRegExp } from './glob.js';

const SKIP_DIRS = new Set(['node_modules', '.git', 'vendor', 'dist', 'build', 'target']);
const INIT_RE = /^init([-_]?scripts?)?$/i;
const MAX_DEPTH = 5;

interface Part {
  dirAbs: string;
  entries: Entry[];
  det: Detection;
}

interface History {
  /** Path relative to settings.dir ('' for the folder itself). */
  name: string;
  parts: Part[];
}

function holdsMigrations(ctx: Ctx, entries: Entry[], dirAbs: string): boolean {
  return (
    entries.some((e) => !e.dir && /\.sql$/i.test(e.name)) ||
    entries.some((e) => e.dir && (exists(ctx, path.join(e.abs, 'migration.sql')) || exists(ctx, path.join(e.abs, 'up.sql')))) ||
    exists(ctx, path.join(dirAbs, 'meta', '_journal.json'))
  );
}

function detectIn(ctx: Ctx, dirAbs: string, entries: Entry[]): Detection | undefined {
  if (ctx.settings.layout && !holdsMigrations(ctx, entries, dirAbs)) return undefined;
  return detect(ctx, dirAbs, entries, ctx.settings.layout);
}

/** Folders below `root` that hold migrations themselves; does not descend into them. */
function findHistories(ctx: Ctx, root: string): Part[] {
  const found: Part[] = [];
  const walk = (dirAbs: string, depth: number) => {
    for (const e of list(ctx, dirAbs)) {
      if (!e.dir || e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
      const entries = list(ctx, e.abs);
      const det = detectIn(ctx, e.abs, entries);
      if (det) found.push({ dirAbs: e.abs, entries, det });
      // A folder of loose .sql files (seed.sql, schema.sql) may sit above the real migrations folder.
      if ((!det || det.key === 'plain') && depth < MAX_DEPTH) walk(e.abs, depth + 1);
    }
  };
  walk(root, 1);
  return found.filter((p) => p.det.key !== 'plain' || !found.some((q) => q !== p && q.dirAbs.startsWith(p.dirAbs + path.sep)));
}

/** Group found folders into histories, merging an init-scripts folder with its single sibling. */
function groupHistories(ctx: Ctx, root: string, parts: Part[]): History[] {
  const byParent = new Map<string, Part[]>();
  for (const p of parts) {
    const parent = path.dirname(p.dirAbs);
    const siblings = byParent.get(parent);
    if (siblings) siblings.push(p);
    else byParent.set(parent, [p]);
  }
  const out: History[] = [];
  for (const [parent, ps] of byParent) {
    const init = ps.filter((p) => INIT_RE.test(path.basename(p.dirAbs)));
    if (ps.length === 2 && init.length === 1) {
      const other = ps.find((p) => p !== init[0])!;
      out.push({ name: relativePosix(root, parent), parts: [init[0]!, other] });
    } else for (const p of ps) out.push({ name: relativePosix(root, p.dirAbs), parts: [p] });
  }
  void ctx;
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function normalizeRel(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
}

const REWRITE =
  'already exists on the base branch and this change edits what it runs: databases where it already ran will not run it again, so the edit never reaches them (and fresh databases diverge from existing ones). Add a new migration instead.';

/** Does the up part of a migration differ from the base version? Section-aware for dbmate. */
function upChanged(ctx: Ctx, d: Draft, baseBlob: Buffer): boolean {
  if (d.dbmate) {
    const base = splitDbmate(d.upFile, baseBlob.toString('utf8'), false).up.text;
    return base !== d.migration.up.text;
  }
  let current: Buffer;
  try {
    current = fs.readFileSync(path.join(ctx.repoRoot, d.upFile));
  } catch {
    return true;
  }
  return !current.equals(baseBlob);
}

export async function planMigrations(settings: Settings): Promise<MigrationSet> {
  const dir = path.resolve(settings.dir);
  const repoRoot = path.resolve(settings.repoRoot || settings.dir);
  const ctx: Ctx = {
    settings: { ...settings, exclude: settings.exclude ?? [] },
    repoRoot,
    reads: new Map(),
    skipped: [],
    warnings: [],
    lists: new Map(),
    exists: new Map(),
    lstats: new Map(),
  };
  const { histories, layout, layoutReason } = findLayout(ctx, settings, dir);
  const { drafts, historyInfo } = draftHistories(ctx, dir, histories);

  // Stage 3: base vs changed.
  let changedSource: MigrationSet['changedSource'] = 'all';
  let status: Map<Draft, MigrationStatus> | undefined;
  if (settings.changed) {
    changedSource = 'flag';
    status = statusFromFlag(ctx, settings.changed, settings.base, drafts);
  } else if (settings.base) {
    status = statusFromGit(ctx, settings.base, dir, drafts);
    if (status) changedSource = 'git';
  }

  const migrations: Migration[] = drafts.map((d) => ({ ...d.migration, status: status?.get(d) ?? 'added' }) as Migration);
  const set: MigrationSet = {
    root: rel(ctx, dir) || '.',
    layout,
    layoutReason,
    migrations,
    skipped: ctx.skipped,
    changedSource,
    warnings: ctx.warnings,
  };
  if (historyInfo.length) set.histories = historyInfo;
  return set;
}

/** A migration whose up file changed after it ran somewhere: the databases where it ran keep the old version. */
function warnRewrite(ctx: Ctx, d: Draft, base: string): void {
  ctx.warnings.push({ path: d.upFile, kind: 'history-rewrite', message: `${d.upFile} ${REWRITE.replace('the base branch', base)}` });
}

/** Stage 1: the layout, and the histories (independent databases) the folder holds. */
function findLayout(ctx: Ctx, settings: Settings, dir: string): { histories: History[]; layout: LayoutId; layoutReason: string } {
  let histories: History[];
  let layout: LayoutId;
  let layoutReason: string;
  const rootEntries = list(ctx, dir);
  let rootDet = fs.existsSync(dir) ? detectIn(ctx, dir, rootEntries) : undefined;
  if (rootDet?.key === 'plain' && !settings.layout && rootEntries.some((e) => e.dir)) {
    // Loose .sql files next to real migration folders (repo root with schema.sql): prefer the folders.
    // (Listings are cached per folder, so walking twice records no skipped entry twice.)
    if (findHistories(ctx, dir).some((p) => p.det.key !== 'plain')) rootDet = undefined;
  }
  if (rootDet) {
    histories = [{ name: '', parts: [{ dirAbs: dir, entries: rootEntries, det: rootDet }] }];
    layout = rootDet.layout;
    layoutReason = rootDet.reason;
  } else {
    histories = fs.existsSync(dir) ? groupHistories(ctx, dir, findHistories(ctx, dir)) : [];
    for (const e of rootEntries) if (!e.dir) ctx.skipped.push({ path: rel(ctx, e.abs), reason: 'not a migration: the migrations are in sub-folders' });
    if (histories.length === 0) {
      layout = settings.layout ?? 'plain';
      layoutReason = fs.existsSync(dir) ? `no migration files found in ${rel(ctx, dir) || '.'}` : `folder ${rel(ctx, dir) || dir} does not exist`;
    } else {
      const main = (h: History) => h.parts[h.parts.length - 1]!.det;
      layout = main(histories[0]!).layout;
      const describe = (h: History) =>
        h.parts.length > 1
          ? `${h.name || '.'}/ (${h.parts.map((p) => relativePosix(dir, p.dirAbs) + '/').join(' then ')}; ${main(h).reason})`
          : `${h.name}/ (${main(h).reason})`;
      if (histories.length === 1) {
        const h = histories[0]!;
        layoutReason = h.parts.length > 1 ? `${main(h).reason}; ${h.parts.map((p) => relativePosix(dir, p.dirAbs) + '/').join(' runs before ')}` : `migrations are in ${h.name}/: ${main(h).reason}`;
        histories = [{ ...h, name: '' }];
      } else {
        layoutReason = `found ${histories.length} independent migration histories: ${histories.map(describe).join('; ')}`;
        ctx.warnings.push({
          path: rel(ctx, dir) || '.',
          kind: 'multiple-histories',
          message: `${rel(ctx, dir) || 'this folder'} holds ${histories.length} independent migration histories (${histories
            .map((h) => h.name + '/')
            .join(', ')}): each is reviewed as its own database, from empty. Set the migrations path to one of them to review only that one.`,
        });
      }
    }
  }
  return { histories, layout, layoutReason };
}

/** Stage 2: every migration of every history, in the tool's order (status comes later). */
function draftHistories(ctx: Ctx, dir: string, histories: History[]): { drafts: Draft[]; historyInfo: NonNullable<MigrationSet['histories']> } {
  const drafts: Draft[] = [];
  const historyInfo: NonNullable<MigrationSet['histories']> = [];
  const multi = histories.length > 1;
  for (const h of histories) {
    let count = 0;
    for (const p of h.parts) {
      const sub = relativePosix(dir, p.dirAbs);
      const idPrefix = sub ? sub + '/' : '';
      const ds = buildHistory(ctx, p.det, p.dirAbs, p.entries, idPrefix, multi ? h.name : undefined);
      count += ds.length;
      drafts.push(...ds);
    }
    if (multi) historyInfo.push({ name: h.name, dir: rel(ctx, path.join(dir, h.name)), layout: h.parts[h.parts.length - 1]!.det.layout, migrations: count });
  }
  return { drafts, historyInfo };
}

/** Stage 3 with --changed: the named files (or folders) are the change; with --base, unchanged content is base. */
function statusFromFlag(ctx: Ctx, changedFiles: string[], base: string | undefined, drafts: Draft[]): Map<Draft, MigrationStatus> {
  const status = new Map<Draft, MigrationStatus>();
  const repoRoot = ctx.repoRoot;
  const changed = new Set(changedFiles.map(normalizeRel));
  const changedDirs = [...changed].map((c) => `${c.replace(/\/+$/, '')}/`);
  let repo: GitRepo | undefined;
  let mb: string | undefined;
  if (base) {
    try {
      repo = new GitRepo(repoRoot);
      mb = repo.mergeBase(base);
    } catch (e) {
      repo = undefined;
      ctx.warnings.push({ path: '.', kind: 'git', message: `could not find the merge base with ${base} (${errorText(e)}): changed files are treated as added` });
    }
  }
  for (const d of drafts) {
    // A --changed entry names a migration's file or its folder (Prisma, Diesel and popx keep one folder per migration).
    const touched = d.files.filter((f) => changed.has(f) || changedDirs.some((dir) => f.startsWith(dir)));
    if (touched.length === 0) {
      status.set(d, 'base');
      continue;
    }
    if (!repo || !mb) {
      status.set(d, 'added');
      continue;
    }
    const baseUp = repo.show(mb, d.upFile);
    if (!baseUp) {
      status.set(d, 'added');
      continue;
    }
    const differs = touched.some((f) => {
      const b = repo!.show(mb!, f);
      if (!b) return true;
      try {
        return !fs.readFileSync(path.join(repoRoot, f)).equals(b);
      } catch {
        return true;
      }
    });
    status.set(d, differs ? 'modified' : 'base');
    if (differs && !d.migration.repeatable && upChanged(ctx, d, baseUp)) warnRewrite(ctx, d, base!);
  }
  return status;
}

/**
 * Stage 3 with --base alone: files git says differ from the merge base are the change; renames and
 * deletions are warned about. Undefined when git cannot tell (then every migration counts as added).
 */
function statusFromGit(ctx: Ctx, base: string, dir: string, drafts: Draft[]): Map<Draft, MigrationStatus> | undefined {
  const status = new Map<Draft, MigrationStatus>();
  try {
    const repo = new GitRepo(ctx.repoRoot);
    const mb = repo.mergeBase(base);
    const changes = repo.changes(mb, dir);
    const claimed = new Set<string>();
    for (const d of drafts) {
      const touched: [string, GitChange][] = d.files.filter((f) => changes.has(f)).map((f) => [f, changes.get(f)!]);
      d.files.forEach((f) => claimed.add(f));
      if (touched.length === 0) {
        status.set(d, 'base');
        continue;
      }
      const up = changes.get(d.upFile);
      if (up?.status === 'A' || up?.status === 'R') {
        status.set(d, 'added');
        if (up.status === 'R' && up.from) {
          claimed.add(up.from);
          ctx.warnings.push({
            path: d.upFile,
            kind: 'renamed',
            message: `${d.upFile} was renamed from ${up.from}, which exists on ${base}: tools that track applied migrations by version or name will run it again where it already ran, or report the old one as missing.`,
          });
        }
        continue;
      }
      status.set(d, 'modified');
      if (up?.status === 'M' && !d.migration.repeatable) {
        const baseUp = repo.show(mb, d.upFile);
        if (baseUp && upChanged(ctx, d, baseUp)) warnRewrite(ctx, d, base);
      }
    }
    for (const [p, c] of changes) {
      if (c.status !== 'D' || claimed.has(p) || !/\.sql$/i.test(p) || /(^|[._/])down(\.sql$|[._])/i.test(p)) continue;
      ctx.warnings.push({
        path: p,
        kind: 'deleted',
        message: `${p} exists on ${base} and is deleted here: databases where it ran keep its changes, new databases will not get them.`,
      });
    }
    return status;
  } catch (e) {
    ctx.warnings.push({ path: '.', kind: 'git', message: `could not diff against ${base} (${errorText(e)}): reviewing every migration as added` });
    return undefined;
  }
}
