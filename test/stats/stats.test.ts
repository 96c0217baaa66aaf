// Production-aware review against a real PostgreSQL playing production: a throw-away local cluster
// filled to known sizes. `pgreview stats` reads it (as the CLI, and as a read-only role), the review
// runs with the stats on the local engine, and the estimates are compared with the times the same
// statements take on that "production" server (inside a rolled-back transaction: test code only).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalEngine, findPgBinaries } from '../../src/engines/local.js';
import type { Database } from '../../src/engines/database.js';
import { PgDatabase } from '../../src/engines/pg-database.js';
import { collectStats, collectStatsFromUrl } from '../../src/stats/collect.js';
import { stableJson, type StatsFile } from '../../src/stats/format.js';
import { parseStats } from '../../src/stats/load.js';
import { DEFAULT_US_PER_ROW, severityForRows } from '../../src/stats/estimate.js';
import { review } from '../../src/review.js';
import { defaultSettings } from '../../src/config.js';
import type { Finding, Report } from '../../src/types.js';
import { QueryTimeoutError } from '../../src/engines/database.js';
import { inlineSet } from '../../src/analysis/inline.js';
import { parseMigrations } from '../../src/analysis/static.js';
import { loadParser } from '../../src/sql/parse.js';
import { runStatements } from '../../src/live/probes/util.js';
import { tempDir } from '../temp-dirs.js';

const bins = findPgBinaries();
const root = path.join(import.meta.dirname, '../..');

const EVENTS = 300_000;
const LOOKUP = 250;
const CANARY = 'zz-row-data-canary-41';

const BASE_SQL = `CREATE TABLE public.events (id bigint PRIMARY KEY, n int NOT NULL, note text);
CREATE TABLE public.lookup (id bigint PRIMARY KEY, n int NOT NULL, note text);
`;
// One statement per line: the line is how estimates and measurements are matched.
const CHANGE = [
  'CREATE INDEX events_n_idx ON public.events (n);',
  'ALTER TABLE public.events ALTER COLUMN n TYPE bigint;',
  'ALTER TABLE public.events ADD CONSTRAINT events_n_positive CHECK (n > 0);',
  'CREATE INDEX lookup_n_idx ON public.lookup (n);',
];
const LINE = { index: 1, rewrite: 2, validate: 3, lookupIndex: 4 };

describe.skipIf(!bins)('production statistics on a real PostgreSQL', () => {
  const prod = new LocalEngine();
  let admin: Database;
  let work: string;
  let readerUrl: string;
  let statsPath: string;
  let stats: StatsFile;
  let report: Report;

  beforeAll(async () => {
    admin = await prod.start();
    await admin.exec(`${BASE_SQL}
      INSERT INTO public.events SELECT g, g, 'note_' || g FROM generate_series(1, ${EVENTS}) g;
      INSERT INTO public.lookup SELECT g, g, CASE WHEN g = 7 THEN '${CANARY}' ELSE 'note_' || g END FROM generate_series(1, ${LOOKUP}) g;
      ANALYZE public.events, public.lookup;
      -- the hand-made change production has and the history does not
      ALTER TABLE public.events ADD COLUMN hand_added text;
      -- LOGIN and nothing else: catalogs and statistics views need no grant (docs/stats-json.md)
      CREATE ROLE stats_reader LOGIN;
      SELECT pg_stat_force_next_flush();`);
    readerUrl = `postgresql://stats_reader@/postgres?host=${encodeURIComponent(prod.socketDir)}&port=${prod.port}`;
    work = tempDir('pgreview-stats-test-');
    mkdirSync(path.join(work, 'migrations'));
    writeFileSync(path.join(work, 'migrations/0001_base.sql'), BASE_SQL);
    writeFileSync(path.join(work, 'migrations/0002_change.sql'), CHANGE.join('\n') + '\n');
    statsPath = path.join(work, 'stats.json');
  }, 120_000);

  afterAll(async () => {
    await prod.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('pgreview stats (the CLI) writes versioned, sorted statistics with no row data, as a read-only role', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli.ts'), 'stats', '--output', statsPath], {
      cwd: root, // where tsx resolves
      env: { ...process.env, PGREVIEW_STATS_URL: readerUrl },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('warning');
    expect(r.stderr + r.stdout).not.toContain(prod.socketDir);
    const text = readFileSync(statsPath, 'utf8');
    stats = parseStats(text, 'stats.json');
    expect(stats.version).toBe(1);
    expect(stats.session).toMatchObject({ role: 'stats_reader', readOnly: true, statementTimeout: '5s', lockTimeout: '1s' });
    expect(stats.writeAccess).toEqual([]);
    expect(stats.server.versionNum).toBeGreaterThanOrEqual(150000);
    expect(Object.keys(stats.settings).sort()).toEqual(expect.arrayContaining(['lock_timeout', 'statement_timeout', 'max_wal_size', 'maintenance_work_mem']));
    // role defaults, not the collector's own SET LOCAL limits
    expect(stats.settings.statement_timeout).toEqual({ value: '0', unit: 'ms' });

    const events = stats.relations['public.events']!;
    expect(events.reltuples).toBe(EVENTS);
    expect(stats.relations['public.lookup']!.reltuples).toBe(LOOKUP);
    expect(events.liveTuples).toBe(EVENTS);
    expect(events.inserted).toBe(EVENTS);
    expect(events.relpages).toBeGreaterThan(1000);
    expect(events.totalBytes).toBe(events.tableBytes + events.toastBytes + events.indexBytes);
    expect(stats.indexes['public.events_pkey']).toMatchObject({ table: 'public.events' });
    expect(stats.catalog.columns['public.events.hand_added']).toMatchObject({ type: 'text', notNull: false });
    expect(stats.catalog.relations['public.events']).not.toHaveProperty('oid');

    expect(text).not.toContain(CANARY);
    expect(text).not.toContain('note_1');
    expect(text).toBe(stableJson(JSON.parse(text)));
  });

  it('collects the same text twice (a committed file diffs cleanly) and warns when the role can write', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const a = stableJson(await collectStatsFromUrl(readerUrl, { now }));
    const b = stableJson(await collectStatsFromUrl(readerUrl, { now }));
    expect(a).toBe(b);
    const asSuperuser = await collectStatsFromUrl(prod.url(), { now });
    expect(asSuperuser.writeAccess).toContain('superuser');
    expect(asSuperuser.writeAccess.some((w) => w.includes('public.events'))).toBe(true);
  });

  it('collects in a read-only transaction: a write in it fails', async () => {
    const db = await PgDatabase.connect({ engine: 'url', config: { connectionString: prod.url() } });
    try {
      await collectStats(db);
      await expect(db.query('create table public.should_not_exist (id int)')).rejects.toThrow(/read-only transaction/);
    } finally {
      await db.query('rollback').catch(() => undefined);
      await db.close();
    }
  });

  it('never shows the URL or its password when collection fails', async () => {
    const url = `postgresql://stats_reader:hunter2-secret@/nope?host=${encodeURIComponent(prod.socketDir)}&port=${prod.port}`;
    const err = await collectStatsFromUrl(url).catch((e: Error) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(/could not connect|reading statistics failed/);
    expect((err as Error).message).not.toContain('hunter2-secret');
    expect((err as Error).message).not.toContain(prod.socketDir);
  });

  // An accuracy check of timings on a shared machine: retried, so that one noisy neighbour (vitest
  // runs other files in parallel) does not fail CI; a wrong calibration fails all three runs.
  it('reviews with --stats: real sizes, estimates within 2× of production, severity by size, drift', { retry: 2, timeout: 240_000 }, async () => {
    expect(stats, 'stats collected by the first test').toBeDefined();
    // Production is timed before and after the review, so that both see the same (shared) machine.
    const before = await timeOnProduction(admin, 5);
    report = await review(
      defaultSettings({ dir: path.join(work, 'migrations'), repoRoot: work, engine: 'local', layout: 'plain', changed: ['migrations/0002_change.sql'], statsFile: statsPath }),
    );
    const after = await timeOnProduction(admin, 5);
    const measured: Record<number, number> = {};
    for (const line of Object.keys(before).map(Number)) measured[line] = median([...before[line]!, ...after[line]!]);
    const at = (line: number, ruleId: string) => report.findings.find((f) => f.line === line && f.ruleId === ruleId);

    const cases: [string, Finding | undefined, number][] = [
      ['index build', at(LINE.index, 'require-concurrent-index-creation'), measured[LINE.index]!],
      ['rewrite', at(LINE.rewrite, 'changing-column-type'), measured[LINE.rewrite]!],
      ['constraint validation', at(LINE.validate, 'constraint-missing-not-valid'), measured[LINE.validate]!],
    ];
    for (const [what, f, ms] of cases) {
      expect(f, `${what}: finding`).toBeDefined();
      const p = f!.evidence!.production as any;
      expect(p.relation).toBe('public.events');
      expect(p.rows).toBe(EVENTS);
      expect(p.estimate.calibrated, `${what}: ${p.estimate.basis}`).toBe(true);
      const ratio = p.estimate.ms / ms;
      console.log(`${what}: estimated ${p.estimate.ms} ms, measured ${ms.toFixed(1)} ms on production (ratio ${ratio.toFixed(2)}); ${p.estimate.basis}`);
      expect(ratio, `${what}: estimate ${p.estimate.ms} ms vs measured ${ms.toFixed(1)} ms`).toBeGreaterThan(0.5);
      expect(ratio).toBeLessThan(2);
      expect(f!.message).toContain('In production public.events has ~300,000 rows');
      expect(f!.message).toContain(statsPath.split(path.sep).pop()!);
    }
    // A blocking index build: high on 300,000 rows, info on 250.
    expect(at(LINE.index, 'require-concurrent-index-creation')!.severity).toBe('high');
    const lookupIndex = at(LINE.lookupIndex, 'require-concurrent-index-creation')!;
    expect(lookupIndex.severity).toBe('info');
    expect((lookupIndex.evidence!.production as any).severity).toMatchObject({ bySize: 'info', ruleDefault: 'high' });

    const drift = report.findings.filter((f) => f.ruleId === 'schema-drift');
    expect(drift.map((f) => f.object)).toEqual(['public.events']);
    expect(drift[0]!.message).toContain('column hand_added (text) exists in production but no migration creates it');
    expect(drift[0]!.severity).toBe('medium'); // the PR changes public.events
    expect(report.probes.find((p) => p.probe === 'production-stats')).toMatchObject({ status: 'passed' });
    expect(JSON.stringify(report)).not.toContain(prod.socketDir);
  });

  it('without the engine: default rates, severity by size up to critical at 50M rows; without stats: unchanged', async () => {
    expect(stats).toBeDefined();
    const big = JSON.parse(readFileSync(statsPath, 'utf8'));
    big.relations['public.events'].reltuples = 50_000_000;
    const bigPath = path.join(work, 'stats-50m.json');
    writeFileSync(bigPath, stableJson(big));
    const settings = { dir: path.join(work, 'migrations'), repoRoot: work, engine: 'none' as const, layout: 'plain' as const, changed: ['migrations/0002_change.sql'] };
    const withStats = await review(defaultSettings({ ...settings, statsFile: bigPath }));
    const index = withStats.findings.find((f) => f.line === LINE.index && f.ruleId === 'require-concurrent-index-creation')!;
    expect(index.severity).toBe('critical');
    const est = (index.evidence!.production as any).estimate;
    expect(est.calibrated).toBe(false);
    expect(est.basis).toContain('default rate');
    expect(est.basis).toContain('live stage did not run');
    expect(est.ms).toBe(Math.round((DEFAULT_US_PER_ROW['index-build'] * 50_000_000) / 1000));

    const without = await review(defaultSettings(settings));
    expect(without.findings.some((f) => f.evidence?.production)).toBe(false);
    expect(without.findings.find((f) => f.line === LINE.index && f.ruleId === 'require-concurrent-index-creation')!.severity).toBe('high');
    expect(without.probes.some((p) => p.probe === 'production-stats')).toBe(false);
    expect([severityForRows(LOOKUP), severityForRows(EVENTS), severityForRows(50_000_000)]).toEqual(['info', 'high', 'critical']);
  }, 120_000);

  it('stats-url: collected at the start of the review, never named in the report; an unreachable one only costs the figures', async () => {
    const settings = { dir: path.join(work, 'migrations'), repoRoot: work, engine: 'none' as const, layout: 'plain' as const, changed: ['migrations/0002_change.sql'] };
    const viaUrl = await review(defaultSettings({ ...settings, statsUrl: readerUrl }));
    const index = viaUrl.findings.find((f) => f.line === LINE.index && f.ruleId === 'require-concurrent-index-creation')!;
    expect((index.evidence!.production as any).rows).toBe(EVENTS);
    expect((index.evidence!.production as any).source).toMatch(/^the stats URL, read at /);
    expect(JSON.stringify(viaUrl)).not.toContain(prod.socketDir);

    const bad = `postgresql://stats_reader:hunter2-secret@/nope?host=${encodeURIComponent(prod.socketDir)}&port=${prod.port}`;
    const unreachable = await review(defaultSettings({ ...settings, statsUrl: bad }));
    expect(unreachable.findings.some((f) => f.evidence?.production)).toBe(false);
    expect(unreachable.probes.find((p) => p.probe === 'production-stats')).toMatchObject({ status: 'not-run' });
    expect(JSON.stringify(unreachable)).not.toContain('hunter2-secret');
    expect(JSON.stringify(unreachable)).not.toContain(prod.socketDir);
  }, 60_000);

  it('rehearsal timings: a statement that hits the time limit in a timed trial is not run again', async () => {
    await loadParser();
    const set = inlineSet({ changed: ["UPDATE public.lookup SET n = n WHERE nextval('public.timing_calls') > 0 AND pg_sleep(2) IS NOT NULL;"] });
    const [src] = parseMigrations(set).filter((x) => x.direction === 'up');
    await admin.exec('CREATE SEQUENCE public.timing_calls');
    try {
      await admin.query('begin');
      const [run] = await runStatements(admin, src!, { timeoutMs: 300, versionNum: stats.server.versionNum, timings: 5 });
      await admin.query('rollback');
      expect(run!.ok).toBe(false);
      expect(run!.error).toBeInstanceOf(QueryTimeoutError);
      // sequences do not roll back: one start of the statement, not two (or five)
      expect((await admin.query<{ n: string }>(`select last_value::text as n from public.timing_calls`)).rows[0]!.n).toBe('1');
    } finally {
      await admin.query('rollback').catch(() => undefined);
      await admin.exec('DROP SEQUENCE public.timing_calls');
    }
  }, 60_000);

  it('rehearsal timings: a first run of a second or more is kept, not repeated; a shorter one is repeated for the median', async () => {
    await loadParser();
    // One nextval per run of the statement (the subquery stops at its first row): the sequence counts the runs.
    const once = (sleep: number) =>
      `UPDATE public.lookup SET n = n WHERE ctid = (SELECT ctid FROM public.lookup WHERE nextval('public.timing_calls') > 0 AND pg_sleep(${sleep}) IS NOT NULL LIMIT 1);`;
    const runs = async (sleep: number) => {
      const [src] = parseMigrations(inlineSet({ changed: [once(sleep)] })).filter((x) => x.direction === 'up');
      await admin.exec('CREATE SEQUENCE public.timing_calls');
      try {
        await admin.query('begin');
        const [run] = await runStatements(admin, src!, { timeoutMs: 30_000, versionNum: stats.server.versionNum, timings: 3 });
        await admin.query('rollback');
        expect(run!.ok).toBe(true);
        return Number((await admin.query<{ n: string }>(`select last_value::text as n from public.timing_calls`)).rows[0]!.n);
      } finally {
        await admin.query('rollback').catch(() => undefined);
        await admin.exec('DROP SEQUENCE public.timing_calls');
      }
    };
    expect(await runs(1.1)).toBe(1);
    expect(await runs(0)).toBe(3);
}, 60_000);
});

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * Times of each changed statement on production, by line, run in order inside a rolled-back
 * transaction. The machine is shared and one run can be several times slower than the next: the
 * test compares medians (the rehearsal keeps the median of its runs too).
 */
async function timeOnProduction(db: Database, n: number): Promise<Record<number, number[]>> {
  const runs: Record<number, number[]> = {};
  for (let r = 0; r < n; r++) {
    await db.query('begin');
    try {
      for (const [i, sql] of CHANGE.entries()) {
        const t0 = performance.now();
        await db.query(sql);
        (runs[i + 1] ??= []).push(performance.now() - t0);
      }
    } finally {
      await db.query('rollback');
    }
  }
  return runs;
}
