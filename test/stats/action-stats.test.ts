// The action's stats-file input, through the committed bundle (test/action's harness: dist/,
// a fake GitHub API over real HTTP, engine none). A stats file the repository tracks is read from the
// base commit; one that only the pull request adds is not used: a PR must not shrink its own tables.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FakeGitHub } from '../action/fake-github.js';
import { committedBundle, makeRepo, pullPayload, runAction, type Repo } from '../action/harness.js';
import { stableJson } from '../../src/stats/format.js';

const MIGRATION = 'supabase/migrations/20240201000000_orders_index.sql';
const BASE = { 'supabase/migrations/20240101000000_init.sql': 'create table public.orders (id bigint primary key, status text not null);\n' };
const HEAD = { [MIGRATION]: 'create index orders_status_idx on public.orders (status);\n' };
const STATS = '.github/pgreview/stats.json';

/** A stats file as `pgreview stats` writes it, for a production where public.orders has `rows` rows. */
function statsFor(rows: number): string {
  const catalog = Object.fromEntries(['schemas', 'relations', 'columns', 'constraints', 'indexes', 'policies', 'triggers', 'functions', 'grants', 'extensions', 'enums'].map((k) => [k, {}]));
  return stableJson({
    format: 'pgreview-stats',
    version: 1,
    tool: 'pgreview test',
    collectedAt: '2026-01-01T00:00:00.000Z',
    server: { version: '16.4', versionNum: 160004, blockSize: 8192 },
    session: { role: 'pgreview_stats', database: 'app', readOnly: true, statementTimeout: '5s', lockTimeout: '1s' },
    writeAccess: [],
    settings: {},
    relations: {
      'public.orders': { kind: 'table', reltuples: rows, relpages: 10, tableBytes: 81920, toastBytes: 0, indexBytes: 16384, totalBytes: 98304, liveTuples: rows, deadTuples: 0, inserted: rows, updated: 0, deleted: 0 },
    },
    indexes: {},
    catalog: { ...catalog, serverVersionNum: 160004 },
  });
}

let bundle: string;
let fake: FakeGitHub | undefined;

beforeAll(() => {
  bundle = committedBundle();
}, 120_000);

afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function review(repo: Repo) {
  fake = await new FakeGitHub({ owner: 'acme', repo: 'shop', pulls: { 7: pullPayload(7, repo) }, files: { 7: [{ filename: MIGRATION, status: 'added' }] } }).start();
  const r = await runAction({ bundle, repo, api: fake.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: { 'stats-file': STATS } });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
  return { r, finding: report.findings.find((x: any) => x.ruleId === 'require-concurrent-index-creation') };
}

describe('action stats-file', () => {
  it('reads a tracked stats file from the base commit, never the PR head', async () => {
    const { finding } = await review(makeRepo({ ...BASE, [STATS]: statsFor(250) }, { ...HEAD, [STATS]: statsFor(50_000_000) }));
    expect(finding.severity).toBe('info');
    expect(finding.evidence.production).toMatchObject({ relation: 'public.orders', rows: 250 });
    expect(finding.message).toMatch(new RegExp(`from ${STATS.replace(/\./g, '\\.')} \\(base commit [0-9a-f]{12}\\), collected 2026-01-01`));
  }, 120_000);

  it('does not use a stats file that only the pull request adds', async () => {
    const { r, finding } = await review(makeRepo(BASE, { ...HEAD, [STATS]: statsFor(250) }));
    expect(r.stdout).toContain('is not in the base commit (this pull request adds it)');
    expect(finding.severity).toBe('high');
    expect(finding.evidence?.production).toBeUndefined();
  }, 120_000);
});
