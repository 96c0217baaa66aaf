// The action keeps the database after the base history in the Actions cache: the bundled action
// (dist/) run as GitHub runs it, against a real HTTP server speaking the cache service's protocol.
// A second run on a fresh runner restores the base from it; a missing or failing service is a log
// line and the review goes on.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { FakeGitHub } from './fake-github.js';
import { FakeActionsCache } from './fake-cache.js';
import { committedBundle, makeRepo, pullPayload, runAction, type Repo } from './harness.js';
import { tempDir } from '../temp-dirs.js';

const BASE = {
  'supabase/migrations/20240101000000_init.sql': 'create table public.orders (id bigint primary key, status text not null);\n',
  'supabase/migrations/20240102000000_more.sql': 'alter table public.orders add column placed_at timestamptz;\n',
};
const HEAD = { 'supabase/migrations/20240201000000_orders_index.sql': 'create index orders_status_idx on public.orders (status);\n' };
const FILES = [{ filename: 'supabase/migrations/20240201000000_orders_index.sql', status: 'added' }];

let bundle: string;
const runnerTemp = () => tempDir('pgreview-runner-temp-');
const stops: (() => Promise<void>)[] = [];
beforeAll(() => {
  bundle = committedBundle();
});
afterEach(async () => {
  for (const s of stops.splice(0)) await s();
});

/** Every run of a test shares RUNNER_TEMP (its path is part of the Actions cache version, as on a real runner). */
async function review(repo: Repo, env: Record<string, string>) {
  const gh = await new FakeGitHub({ owner: 'acme', repo: 'shop', pulls: { 7: pullPayload(7, repo) }, files: { 7: FILES } }).start();
  stops.push(() => gh.stop());
  const r = await runAction({ bundle, repo, api: gh.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: { engine: 'pglite', comment: 'false' }, env: { PGREVIEW_CACHE_MIN_BASE_MS: '0', ...env }, timeoutMs: 240_000 });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
  const reading = { verdict: report.verdict, findings: report.findings.map((f: any) => [f.ruleId, f.file, f.line, f.object]), baseHistory: report.baseHistory };
  return { r, report, reading };
}

describe('base cache in the action', () => {
  it('saves the base after a review and restores it on the next runner; the review is the same', async () => {
    const cache = await new FakeActionsCache().start();
    stops.push(() => cache.stop());
    const repo = makeRepo(BASE, HEAD);
    const env = { ...cache.env(), RUNNER_TEMP: runnerTemp() };
    const cold = await review(repo, env);
    expect(cache.keys(), cold.r.stdout).toHaveLength(1);
    expect(cache.keys()[0]).toMatch(/^pgreview-base-pglite-supabase-[0-9a-f]{40}$/);
    expect(cold.r.stdout).toContain(`base history saved to the Actions cache as ${cache.keys()[0]}`);
    // A new runner: nothing in RUNNER_TEMP, only the Actions cache has the entry.
    rmSync(path.join(env.RUNNER_TEMP, 'pgreview-base-cache'), { recursive: true, force: true });
    const warm = await review(repo, env);
    const key = cache.keys()[0]!.replace(/^pgreview-base-/, '');
    expect(warm.report.engine.notes.some((n: string) => n.startsWith(`base history restored from cache ${key} (the Actions cache; 2 base migration(s) not executed again`))).toBe(true);
    expect(warm.reading).toEqual(cold.reading);
    expect(warm.report.migrations.find((m: any) => m.file.endsWith('20240201000000_orders_index.sql'))?.applied).toBe('applied');
    expect(cache.keys()).toHaveLength(1); // a hit writes nothing new
  }, 600_000);

  it('a failing cache service, or none at all, is a log line: the base is replayed and the review goes on', async () => {
    const broken = await new FakeActionsCache({ failing: true }).start();
    stops.push(() => broken.stop());
    const repo = makeRepo(BASE, HEAD);
    const failing = await review(repo, { ...broken.env(), RUNNER_TEMP: runnerTemp() });
    expect(broken.requests.length).toBeGreaterThan(0);
    expect(failing.r.stdout).toMatch(/::warning::Failed to restore: .*500/);
    expect(failing.r.stdout).toMatch(/base history not in the Actions cache \(no entry pgreview-base-pglite-supabase-[0-9a-f]+, or the service did not answer\); it is replayed/);
    expect(failing.r.stdout).toMatch(/Failed to save: .*500/);
    expect(failing.r.stdout).toContain('the base history was not saved to the Actions cache (see the warning above)');
    expect(failing.report.baseHistory).toMatchObject({ status: 'complete', total: 2, applied: 2 });
    const absent = await review(repo, { RUNNER_TEMP: runnerTemp() });
    expect(absent.r.stdout).toContain('the Actions cache service is not available here; the base history is replayed');
    expect(absent.reading).toEqual(failing.reading);
  }, 600_000);
});
