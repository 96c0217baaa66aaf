// Issue 15, point 2: the database after the base history is built once and cached. A review that
// starts from the cache must say what a review that replayed the history says (same findings, verdict,
// base-history summary and engine limits), and it must really have started from the cache.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { defaultSettings } from '../../src/config.js';
import { review } from '../../src/review.js';
import { DEFAULT_REMOTE_CACHE_MIN_BASE_MS, minBaseMsToCache } from '../../src/live/review.js';
import { findPgBinaries } from '../../src/engines/local.js';
import { detectContainerRuntime, nodeSupportsDocker } from '../../src/engines/docker.js';
import type { Report, Settings } from '../../src/types.js';
import type { CatalogSnapshot } from '../../src/live/catalog.js';
import { deserialize, serialize } from 'node:v8';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

const tmp = (prefix: string) => {
  const d = mkdtempSync(path.join(os.tmpdir(), prefix));
  roots.push(d);
  return d;
};

/** A Supabase history with a gap (postgis), a stand-in (pg_net), a runner table, and a PR with findings. */
function project(): string {
  const root = tmp('pgreview-basecache-');
  const dir = path.join(root, 'supabase', 'migrations');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(root, 'supabase', 'config.toml'), 'project_id = "t"\n');
  const files: Record<string, string> = {
    '20240101000000_base.sql': `create extension if not exists pg_net with schema extensions;
create extension if not exists postgis with schema extensions;
create table public.accounts (id bigint generated always as identity primary key, email text not null, tenant uuid not null);
create table public.shapes (id bigint primary key, area extensions.geometry(Polygon, 4326));
alter table public.accounts enable row level security;
create policy "own tenant" on public.accounts for select to authenticated using (tenant = auth.uid());
`,
    '20240102000000_more.sql': `insert into public.accounts (email, tenant) select 'u' || g || '@example.com', gen_random_uuid() from generate_series(1, 50) g;
create index accounts_email on public.accounts (email);
`,
    '20240103000000_pr.sql': `alter table public.accounts add column plan text not null default 'free';
create index accounts_tenant on public.accounts (tenant);
create policy "everyone" on public.accounts for select using (true);
alter table public.shapes add column label text;
`,
  };
  for (const [name, sql] of Object.entries(files)) writeFileSync(path.join(dir, name), sql);
  return root;
}

/** Durations differ between any two runs (ms, s, min; "1,234 ms"). */
const untimed = (s: string | undefined) => s?.replace(/\d[\d,]*(\.\d+)? ?(ms|s|min)\b/g, 'N $2');

/** What a user reads: findings, verdict, the base history, what the engine could not do. */
function reading(r: Report) {
  return {
    verdict: r.verdict,
    findings: r.findings.map((f) => [f.ruleId, f.severity, f.file, f.line, f.object, untimed(f.message)]),
    migrations: r.migrations.map((m) => [m.file, m.applied, m.couldNotVerify ?? '', m.trace?.map((t) => [t.line, t.kind, !!t.error, t.skipped ?? '', t.locks.length])]),
    baseHistory: r.baseHistory,
    limits: r.engine?.limits.map(untimed),
    probes: r.probes.map((p) => [p.probe, p.status, untimed(p.summary)]),
  };
}

const runtime = await detectContainerRuntime();
const engines: [string, Settings['engine'], boolean][] = [
  ['pglite', 'pglite', true],
  ['local', 'local', !!findPgBinaries()],
  ['docker', 'docker', runtime.available && nodeSupportsDocker(process.versions.node)],
];

describe.each(engines)('base cache on %s', (_name, engine, available) => {
  it.skipIf(!available)('a warm review says what a cold one says, and did not replay the base', async () => {
    const root = project();
    const cacheDir = tmp('pgreview-basecache-dir-');
    const settings = (baseCache: Settings['baseCache']) =>
      // minBaseMs 0: this small history replays in well under the default threshold.
      defaultSettings({ dir: root, engine, format: 'json', changed: ['supabase/migrations/20240103000000_pr.sql'], totalTimeoutMs: 240_000, baseCache: baseCache && { minBaseMs: 0, ...baseCache } });

    const uncached = await review(settings(undefined));
    const cold = await review(settings({ dir: cacheDir }));
    const entries = readdirSync(cacheDir).filter((n) => !n.startsWith('.'));
    expect(entries).toHaveLength(1);
    const key = entries[0]!;
    expect(cold.engine!.notes).toContain(`base history saved to cache ${key}`);
    const warm = await review(settings({ dir: cacheDir }));
    expect(warm.engine!.notes!.some((n) => n.startsWith(`base history restored from cache ${key} (the cache folder; 2 base migration(s) not executed again`))).toBe(true);
    // Like with like: the restore (engine start included) against a fresh engine's start plus the replay.
    expect(warm.engine!.notes!.some((n) => /, in \d+ ms, engine start included, instead of \d+ ms to start a fresh engine and replay them\)$/.test(n))).toBe(true);

    // The review reads the same cold, warm and without the cache; and it is not an empty one.
    expect(reading(cold)).toEqual(reading(uncached));
    expect(reading(warm)).toEqual(reading(cold));
    expect(warm.objects).toEqual(cold.objects);
    expect(warm.rollback).toEqual(cold.rollback);
    expect(warm.baseHistory).toMatchObject({ status: 'partial', total: 2 });
    expect(warm.baseHistory!.gaps.length).toBeGreaterThan(0);
    expect(warm.findings.length).toBeGreaterThan(0);

    // The base results come from the entry, not from a replay: a mark put into the stored record shows up.
    const recordFile = path.join(cacheDir, key, 'record.json');
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    record.superuser.push('MARK: read from the cache entry');
    writeFileSync(recordFile, JSON.stringify(record));
    const marked = await review(settings({ dir: cacheDir }));
    expect(marked.engine!.limits).toContain('MARK: read from the cache entry');

    // So does the catalog before the changed migrations (its statistics read again): a function put
    // into the stored snapshot is one the PR seems to have dropped.
    const beforeFile = path.join(cacheDir, key, 'before.v8');
    const stored = readFileSync(beforeFile);
    const before = deserialize(stored) as CatalogSnapshot;
    before.functions['public.pgreview_mark()'] = { kind: 'function', language: 'sql', securityDefiner: false, config: [], owner: 'postgres', returns: 'void', volatility: 'v', bodyHash: 'mark', executableBy: [] };
    writeFileSync(beforeFile, serialize(before));
    const markedBefore = await review(settings({ dir: cacheDir }));
    expect(markedBefore.objects.dropped).toContainEqual(expect.objectContaining({ kind: 'function', name: 'public.pgreview_mark()' }));
    expect(warm.objects.dropped.some((o) => o.name === 'public.pgreview_mark()')).toBe(false);
    writeFileSync(beforeFile, stored);

    // A state that does not start (a damaged entry) is replayed, said, and replaced by a good one.
    const stateDir = path.join(cacheDir, key, 'state');
    for (const f of readdirSync(stateDir)) writeFileSync(path.join(stateDir, f), 'not a data directory');
    const progress: string[] = [];
    const repaired = await review({ ...settings({ dir: cacheDir }), onProgress: (l) => progress.push(l) });
    expect(progress.some((l) => l.startsWith('the cached base could not be started from'))).toBe(true);
    expect(repaired.engine!.notes).toContain(`base history saved to cache ${key}`);
    expect(reading(repaired)).toEqual(reading(cold));
  }, 600_000);
});

describe('what is worth caching (PGlite)', () => {
  const review1 = (root: string, baseCache: Settings['baseCache'], progress: string[]) =>
    review({ ...defaultSettings({ dir: root, engine: 'pglite', format: 'json', changed: ['supabase/migrations/20240103000000_pr.sql'], totalTimeoutMs: 240_000, baseCache }), onProgress: (l) => progress.push(l) });
  const saved = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => !n.startsWith('.')) : []);

  it('a cache folder on this machine keeps a short history; an entry that travels (the Actions cache) does not, and says why; a history without base migrations is never an entry', async () => {
    const env = process.env.PGREVIEW_CACHE_MIN_BASE_MS;
    delete process.env.PGREVIEW_CACHE_MIN_BASE_MS;
    try {
      const root = project();
      const local = tmp('pgreview-worth-local-');
      const here: string[] = [];
      const r = await review1(root, { dir: local }, here);
      expect(saved(local)).toHaveLength(1);
      expect(r.engine!.notes!.some((n) => n.startsWith('base history saved to cache'))).toBe(true);

      // The threshold an entry that travels must pass, and what happens below it: with a threshold no
      // replay reaches, so that the outcome does not depend on how busy the machine is.
      const uploaded: string[] = [];
      const remote = { restore: async () => false, saved: (key: string) => void uploaded.push(key) };
      expect(minBaseMsToCache(defaultSettings({ baseCache: { dir: local, remote } }))).toBe(DEFAULT_REMOTE_CACHE_MIN_BASE_MS);
      expect(minBaseMsToCache(defaultSettings({ baseCache: { dir: local } }))).toBe(0);
      const remoteDir = tmp('pgreview-worth-remote-');
      const away: string[] = [];
      await review1(root, { dir: remoteDir, remote, minBaseMs: 3_600_000 }, away);
      expect(saved(remoteDir)).toEqual([]);
      expect(uploaded).toEqual([]);
      expect(away.some((l) => /^the base history was not cached: its replay took \d+ ms, less than saving and restoring it costs$/.test(l))).toBe(true);

      // Only the PR's migration: nothing to replay, nothing to keep, nothing said about it.
      const lone = tmp('pgreview-worth-lone-');
      mkdirSync(path.join(lone, 'supabase', 'migrations'), { recursive: true });
      writeFileSync(path.join(lone, 'supabase', 'config.toml'), 'project_id = "t"\n');
      writeFileSync(path.join(lone, 'supabase', 'migrations', '20240103000000_pr.sql'), 'create table public.t (id int primary key);\n');
      const loneDir = tmp('pgreview-worth-lone-cache-');
      const quiet: string[] = [];
      await review1(lone, { dir: loneDir }, quiet);
      expect(saved(loneDir)).toEqual([]);
      expect(quiet.some((l) => l.startsWith('the base history'))).toBe(false);
    } finally {
      if (env !== undefined) process.env.PGREVIEW_CACHE_MIN_BASE_MS = env;
    }
  }, 600_000);
});

describe('base cache from the CLI', () => {
  const cli = path.resolve(import.meta.dirname, '../../src/cli.ts');
  const run = (root: string, env: Record<string, string>, extra: string[]) => {
    const out = path.join(root, `r-${Math.random().toString(36).slice(2)}.json`);
    try {
      execFileSync(process.execPath, ['--import', 'tsx', cli, 'review', root, '--changed', 'supabase/migrations/20240103000000_pr.sql', '--engine', 'pglite', '--format', 'json', '--output', out, ...extra], {
        cwd: path.resolve(import.meta.dirname, '../..'),
        // No PGREVIEW_CACHE_MIN_BASE_MS: a cache folder on this machine caches even this small history by default.
        env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'PGREVIEW_CACHE_MIN_BASE_MS')), ...env },
        stdio: 'pipe',
        timeout: 240_000,
      });
    } catch (e) {
      if ((e as { status?: number }).status !== 1) throw e; // 1 is the verdict
    }
    return JSON.parse(readFileSync(out, 'utf8')) as Report;
  };

  it('keeps the cache in $XDG_CACHE_HOME/pgreview by default; --cache-dir moves it, --no-cache neither reads nor writes it', () => {
    const root = project();
    const xdg = tmp('pgreview-xdg-');
    const first = run(root, { XDG_CACHE_HOME: xdg }, []);
    const entries = readdirSync(path.join(xdg, 'pgreview')).filter((n) => !n.startsWith('.'));
    expect(entries).toHaveLength(1);
    expect(first.engine!.notes).toContain(`base history saved to cache ${entries[0]}`);
    const second = run(root, { XDG_CACHE_HOME: xdg }, []);
    expect(second.engine!.notes!.some((n) => n.startsWith(`base history restored from cache ${entries[0]}`))).toBe(true);
    const off = run(root, { XDG_CACHE_HOME: xdg }, ['--no-cache']);
    expect(off.engine!.notes!.some((n) => n.startsWith('base history'))).toBe(false);
    const elsewhere = tmp('pgreview-cache-dir-');
    run(root, { XDG_CACHE_HOME: xdg }, ['--cache-dir', elsewhere]);
    expect(readdirSync(elsewhere).filter((n) => !n.startsWith('.'))).toEqual(entries);
    expect(reading(off)).toEqual(reading(second));
    // A base that replays faster than PGREVIEW_CACHE_MIN_BASE_MS is not worth an archive: not saved.
    const quick = tmp('pgreview-cache-quick-');
    const fast = run(root, { XDG_CACHE_HOME: quick, PGREVIEW_CACHE_MIN_BASE_MS: String(3_600_000) }, []);
    expect(existsSync(path.join(quick, 'pgreview')) ? readdirSync(path.join(quick, 'pgreview')).filter((n) => !n.startsWith('.')) : []).toEqual([]);
    expect(fast.engine!.notes!.some((n) => n.startsWith('base history'))).toBe(false);
    expect(reading(fast)).toEqual(reading(second));
  }, 600_000);
});
