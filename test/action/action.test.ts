// The bundled action (the committed dist/index.js) run as GitHub runs it, against a fake GitHub
// REST API served over real HTTP. Engine 'none' keeps these fast: the review is static.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { FakeGitHub, type FakeOptions } from './fake-github.js';
import { dockerWorks, leakedContainers } from '../artifact/helpers.js';
import { activeCommands, committedBundle, makeRepo, pullPayload, runAction, type Repo } from './harness.js';

const MARKER = '<!-- pgreview:comment -->';
const BASE = {
  'supabase/migrations/20240101000000_init.sql': 'create table public.orders (id bigint primary key, status text not null);\n',
  'README.md': '# shop\n',
};
const HEAD = {
  'supabase/migrations/20240201000000_orders_index.sql': 'create index orders_status_idx on public.orders (status);\n',
  'README.md': '# shop, with an index\n',
};
const FILES = [
  { filename: 'README.md', status: 'modified' },
  { filename: 'supabase/migrations/20240201000000_orders_index.sql', status: 'added' },
];

let bundle: string;
let fake: FakeGitHub | undefined;

beforeAll(() => {
  bundle = committedBundle();
});

afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function serve(repo: Repo, opts: Partial<FakeOptions> = {}, fork = false): Promise<FakeGitHub> {
  fake = await new FakeGitHub({
    owner: 'acme',
    repo: 'shop',
    pulls: { 7: pullPayload(7, repo, { fork }) },
    files: { 7: FILES },
    ...opts,
  }).start();
  return fake;
}

/** Where no registry answers, testcontainers' Ryuk cannot be pulled: the caller's setting passes through. */
function ryukEnv(): Record<string, string> {
  return process.env.TESTCONTAINERS_RYUK_DISABLED ? { TESTCONTAINERS_RYUK_DISABLED: process.env.TESTCONTAINERS_RYUK_DISABLED } : {};
}

function commentRequests(f: FakeGitHub) {
  return f.writes().filter((r) => r.path.includes('/comments'));
}

describe('bundled action', () => {
  it('runs from another folder: the bundle carries its wasm assets', () => {
    expect(existsSync(`${bundle}/index.js`)).toBe(true);
    expect(existsSync(`${bundle}/pglite-worker.js`)).toBe(true);
    // PostgreSQL 17's parse, scan and PL/pgSQL all use @libpg-query/parser's module (src/sql/pg17.ts).
    expect(existsSync(`${bundle}/assets/libpg-query/wasm/libpg-query.wasm`)).toBe(false);
    expect(existsSync(`${bundle}/assets/@libpg-query/parser/wasm/libpg-query.wasm`)).toBe(true);
    expect(existsSync(`${bundle}/assets/libpg-query-18/wasm/libpg-query.wasm`)).toBe(true);
    expect(existsSync(`${bundle}/assets/@electric-sql/pglite/dist/pglite.wasm`)).toBe(true);
    expect(existsSync(`${bundle}/assets/@electric-sql/pglite/dist/vector.tar.gz`)).toBe(true);
  });

  it('pull_request: creates the comment, sets outputs, writes the summary, annotations and JSON; fails per fail-on', async () => {
    const repo = makeRepo(BASE, HEAD);
    const f = await serve(repo, { pageSize: 1 }); // one file per page: the action must follow Link headers
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { action: 'synchronize', number: 7, pull_request: pullPayload(7, repo) }, inputs: { 'fail-on': 'high' } });

    const filePages = f.requests.filter((q) => q.path.endsWith('/pulls/7/files'));
    expect(filePages.map((q) => q.query.page ?? '1')).toEqual(['1', '2']);
    const posts = commentRequests(f);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.method).toBe('POST');
    const body: string = posts[0]!.body.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body.split(MARKER)).toHaveLength(2); // the marker once
    expect(body).toContain('require-concurrent-index-creation');
    expect(f.comments[7]).toHaveLength(1);
    // The comment-path file is what a workflow_run job posts for fork PRs: byte for byte this body.
    expect(readFileSync(r.outputs['comment-path']!, 'utf8')).toBe(body);
    // The run failed (fail-on high): the GitHub API requests are shown, folded.
    expect(r.stdout).toMatch(/::group::GitHub API requests \(\d+\)/);

    expect(r.outputs.verdict).toMatch(/^(pass|pass_with_conditions|fail|inconclusive)$/);
    expect(Number(r.outputs.confidence)).toBeGreaterThanOrEqual(0);
    expect(Number(r.outputs.high)).toBeGreaterThanOrEqual(1);
    for (const s of ['critical', 'medium', 'low', 'info']) expect(r.outputs[s]).toMatch(/^\d+$/);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
    expect(report.schemaVersion).toBe(2);
    // The version the action's bundle reports is the package's (built in, not read at run time).
    expect(report.tool).toEqual({ name: 'pgreview', version: JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version });
    expect(report.findings.some((x: any) => x.ruleId === 'require-concurrent-index-creation')).toBe(true);
    expect(r.summary).toContain('require-concurrent-index-creation');
    expect(activeCommands(r.stdout).some((l) => /^::error .*file=supabase\/migrations\/20240201000000_orders_index\.sql,line=1\b/.test(l))).toBe(true);
    // fail-on: high → the step fails, so a required check blocks the merge.
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::pgreview: \d+ finding\(s\) at or above fail-on=high/);
  });

  it('workflow_dispatch: fetches the PR, updates the same comment and sets the pgreview/re-review status', async () => {
    const repo = makeRepo(BASE, HEAD, 'base'); // dispatch runs check out the default branch
    const f = await serve(repo, {
      comments: { 7: [{ id: 55, body: `${MARKER}\nan older review`, user: { login: 'github-actions[bot]', type: 'Bot' } }] },
    });
    const r = await runAction({ bundle, repo, api: f.url, event: 'workflow_dispatch', payload: { inputs: { 'pr-number': '7' } }, inputs: { 'pr-number': '7' } });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(f.requests.some((q) => q.method === 'GET' && q.path === '/repos/acme/shop/pulls/7')).toBe(true);
    const writes = commentRequests(f);
    expect(writes).toHaveLength(1);
    expect(writes[0]).toMatchObject({ method: 'PATCH', path: '/repos/acme/shop/issues/comments/55' });
    expect(f.comments[7]![0]!.body).toContain('require-concurrent-index-creation');
    expect(f.statuses).toHaveLength(1);
    expect(f.statuses[0]!.sha).toBe(repo.headSha);
    expect(f.statuses[0]!.body).toMatchObject({ context: 'pgreview/re-review', state: 'success', target_url: 'https://github.example/acme/shop/actions/runs/4242' });
  });

  it('fork PR: the 403 on commenting does not crash; summary, annotations and JSON are still there', async () => {
    const repo = makeRepo(BASE, HEAD);
    const f = await serve(repo, { readOnly: true }, true);
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo, { fork: true }) }, inputs: {} });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(commentRequests(f).map((q) => q.method)).toEqual(['POST']);
    expect(f.comments[7] ?? []).toHaveLength(0);
    expect(r.stdout).toMatch(/::warning::Commenting on #7: forbidden \(403\).*workflow_run.*fork/);
    expect(r.summary).toContain('require-concurrent-index-creation');
    expect(activeCommands(r.stdout).some((l) => /^::error .*file=supabase\/migrations\//.test(l))).toBe(true);
    expect(existsSync(r.outputs['report-path']!)).toBe(true);
  });

  it("never touches another user's comment that carries the marker; creates its own", async () => {
    const repo = makeRepo(BASE, HEAD);
    const theirs = { id: 9, body: `${MARKER}\nquoted by a human`, user: { login: 'mallory', type: 'User' } };
    const f = await serve(repo, { comments: { 7: [theirs] } });
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: {} });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(commentRequests(f).map((q) => `${q.method} ${q.path}`)).toEqual(['POST /repos/acme/shop/issues/7/comments']);
    expect(f.comments[7]![0]!.body).toBe(`${MARKER}\nquoted by a human`);
    expect(f.comments[7]).toHaveLength(2);
  });

  it('updates its own comment when the token is a user token (GET /user), and sends nothing when the body is unchanged', async () => {
    const repo = makeRepo(BASE, HEAD);
    const f = await serve(repo, {
      userLogin: 'pgreview-bot',
      comments: {
        7: [
          { id: 1, body: `${MARKER}\nby the actions bot, not this token`, user: { login: 'github-actions[bot]', type: 'Bot' } },
          { id: 2, body: `${MARKER}\nold`, user: { login: 'pgreview-bot', type: 'User' } },
        ],
      },
    });
    const first = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: {} });
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(commentRequests(f).map((q) => `${q.method} ${q.path}`)).toEqual(['PATCH /repos/acme/shop/issues/comments/2']);
    const bodyAfterFirst = f.comments[7]![1]!.body;

    const second = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: {} });
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(commentRequests(f)).toHaveLength(1); // still only the first PATCH
    expect(f.comments[7]![1]!.body).toBe(bodyAfterFirst);
    expect(second.stdout).toContain('pgreview: comment unchanged');
  });

  it('GitHub App installation token: finds its own <slug>[bot] comment through GraphQL viewer, never the Actions bot\'s', async () => {
    const repo = makeRepo(BASE, HEAD);
    const app = { slug: 'acme-reviewer' };
    const f = await serve(repo, {
      appSlug: app.slug,
      comments: {
        7: [
          { id: 1, body: `${MARKER}\nby GITHUB_TOKEN in another workflow`, user: { login: 'github-actions[bot]', type: 'Bot' }, performed_via_github_app: { slug: 'github-actions' } },
          { id: 2, body: `${MARKER}\nold`, user: { login: 'acme-reviewer[bot]', type: 'Bot' }, performed_via_github_app: app },
        ],
      },
    });
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: {} });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(f.requests.map((q) => `${q.method} ${q.path}`)).toEqual(expect.arrayContaining(['GET /user', 'POST /graphql']));
    expect(commentRequests(f).map((q) => `${q.method} ${q.path}`)).toEqual(['PATCH /repos/acme/shop/issues/comments/2']);
    expect(f.comments[7]![0]!.body).toBe(`${MARKER}\nby GITHUB_TOKEN in another workflow`);
    // GET /user's 403 is expected for this token: on a passing run it stays out of the log.
    expect(r.stdout + r.stderr).not.toMatch(/GET \/user|\b403\b/);
  });

  it('a create answered 502 after GitHub stored it is not posted twice: the comments are listed again first', async () => {
    const repo = makeRepo(BASE, HEAD);
    const f = await serve(repo, { createFaults: [{ status: 502, stored: true }] });
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: {} });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(commentRequests(f).map((q) => q.method)).toEqual(['POST']);
    expect(f.comments[7]).toHaveLength(1);
    const lists = f.requests.filter((q) => q.method === 'GET' && q.path.endsWith('/issues/7/comments'));
    expect(lists).toHaveLength(2);
    expect(r.stdout).toContain('pgreview: comment created');
  });

  it('a create that failed (502, not stored) or timed out is retried once, after re-listing', async () => {
    const repo = makeRepo(BASE, HEAD);
    const f = await serve(repo, { createFaults: [{ status: 502, stored: false }] });
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: {} });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(commentRequests(f).map((q) => q.method)).toEqual(['POST', 'POST']);
    expect(f.comments[7]).toHaveLength(1);

    // A timeout: GitHub stored the comment but the answer never came in time.
    const repo2 = makeRepo(BASE, HEAD);
    await fake!.stop();
    const g = await serve(repo2, { createFaults: [{ delayMs: 5_000, stored: true }] });
    const t = await runAction({ bundle, repo: repo2, api: g.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo2) }, inputs: {}, env: { PGREVIEW_GITHUB_WRITE_TIMEOUT_MS: '1000' } });
    expect(t.code, t.stdout + t.stderr).toBe(0);
    expect(commentRequests(g).map((q) => q.method)).toEqual(['POST']);
    expect(g.comments[7]).toHaveLength(1);
  });

  it('keeps a huge report under the 65,536-character comment limit with the verdict at the top', async () => {
    const statements = Array.from({ length: 1500 }, (_, i) => `create index orders_status_idx_${i} on public.orders (status, id);`).join('\n');
    const repo = makeRepo(BASE, { 'supabase/migrations/20240201000000_orders_index.sql': statements + '\n' });
    const f = await serve(repo);
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: {} });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const body = f.comments[7]![0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    const label = { pass: 'Pass', pass_with_conditions: 'Pass with conditions', fail: 'Fail', inconclusive: 'Inconclusive' }[r.outputs.verdict!];
    expect(body.slice(0, 2000)).toContain(`pgreview: ${label} · confidence ${r.outputs.confidence}/100`);
    expect(Number(r.outputs.high)).toBeGreaterThanOrEqual(1500);
    // Annotations stay within GitHub's per-step limits, one error slot left for a failure message,
    // and the summary notice comes first so the runner keeps it.
    const commands = activeCommands(r.stdout);
    const errors = commands.filter((l) => /^::error .*file=/.test(l));
    expect(errors).toHaveLength(9);
    for (const level of ['error', 'warning', 'notice']) expect(commands.filter((l) => l.startsWith(`::${level}`)).length).toBeLessThanOrEqual(10);
    const firstAnnotation = commands.find((l) => /^::(error|warning|notice)/.test(l));
    expect(firstAnnotation).toMatch(/^::notice title=pgreview%3A \d+ more findings::pgreview: /);
  });

  it('a PR without migrations: one-line success, nothing posted', async () => {
    const repo = makeRepo(BASE, { 'README.md': '# docs only\n' });
    const f = await serve(repo, { files: { 7: [{ filename: 'README.md', status: 'modified' }] } });
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: {} });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.summary.trim().split('\n')).toEqual(['pgreview: no migration changed in #7 (1 file checked).']);
    expect(r.outputs.verdict).toBe('pass');
    expect(f.writes()).toHaveLength(0);
  });

  it('PR-derived text cannot issue workflow commands through the log', async () => {
    const repo = makeRepo(BASE, HEAD);
    // A file name is PR-controlled and is echoed in the log; a newline in it would start a command.
    const evil = 'supabase/migrations/x\n::add-mask::x\n::set-output name=verdict::pass\n.sql';
    const f = await serve(repo, { files: { 7: [...FILES, { filename: evil, status: 'removed' }] } });
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: {} });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('\n::set-output name=verdict::pass\n'); // it was logged, inside a stop-commands section
    expect(activeCommands(r.stdout).filter((l) => l.includes('set-output') || l === '::add-mask::x')).toEqual([]);
    expect(r.outputs.verdict).not.toBe(undefined);
  });

  it('engine pglite: the bundled worker and its wasm/data assets run the migrations', async () => {
    const repo = makeRepo(BASE, HEAD);
    const f = await serve(repo);
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: { engine: 'pglite' }, timeoutMs: 240_000 });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
    expect(report.engine?.id).toBe('pglite');
    expect(report.migrations.find((m: any) => m.file.endsWith('20240201000000_orders_index.sql'))?.applied).toBe('applied');
  }, 300_000);

  it.skipIf(!dockerWorks())('engine auto (the default) runs the docker engine from dist/ and names the server version it reached', async () => {
    const repo = makeRepo(BASE, HEAD);
    const f = await serve(repo);
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: { engine: 'auto' }, env: ryukEnv(), timeoutMs: 240_000 });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
    expect(report.engine).toMatchObject({ id: 'docker', description: expect.stringMatching(/^Docker pgvector\/pgvector:pg17 \(PostgreSQL 17\.\d+\)$/) });
    expect(report.migrations.find((m: any) => m.file.endsWith('20240201000000_orders_index.sql'))?.applied).toBe('applied');
    expect(leakedContainers()).toEqual([]);
  }, 300_000);

  it('an explicitly requested engine that cannot start: one error line, exit 2, nothing posted; engine-fallback: true reviews on the next engine', async () => {
    const repo = makeRepo(BASE, HEAD);
    const f = await serve(repo);
    const inputs = { engine: 'docker', 'postgres-image': 'pgreview.invalid/no-such-image:0' };
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs, env: ryukEnv(), timeoutMs: 240_000 });
    expect(r.code, r.stdout + r.stderr).toBe(2);
    const errors = activeCommands(r.stdout).filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::pgreview could not complete the review: the docker engine could not start: .*engine-fallback/);
    expect(commentRequests(f)).toEqual([]);
    expect(r.outputs['report-path']).toBeUndefined();

    const g = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: { ...inputs, 'engine-fallback': 'true' }, env: ryukEnv(), timeoutMs: 240_000 });
    expect(g.code, g.stdout + g.stderr).toBe(0);
    const report = JSON.parse(readFileSync(g.outputs['report-path']!, 'utf8'));
    expect(report.engine.reason).toMatch(/^fell back to (local|pglite): docker could not start \(/);
    expect(report.engine.startFailures.map((x: any) => x.id)).toEqual(['docker']);
    expect(f.comments[7]![0]!.body).toContain('fell back to');
  }, 300_000);

  it('failOnInconclusive in the base config: a review that cannot build the base history fails the step', async () => {
    // The base creates public.shapes with a type no engine has; the PR indexes that table, so what it
    // does depends on a gap of the review engine: inconclusive, never blamed on the PR.
    const base = {
      ...BASE,
      'supabase/migrations/20240102000000_shapes.sql': 'create table public.shapes (id bigint primary key, g pgreview_no_such_type);\n',
      '.pgreview.yml': 'failOnInconclusive: true\n',
    };
    const head = { ...HEAD, 'supabase/migrations/20240201000000_orders_index.sql': 'create index shapes_id_idx on public.shapes (id);\n' };
    const repo = makeRepo(base, head);
    const f = await serve(repo);
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: { engine: 'pglite' }, timeoutMs: 240_000 });
    expect(r.outputs.verdict, r.stdout + r.stderr).toBe('inconclusive');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('the review is inconclusive and failOnInconclusive is set');
  }, 300_000);

  it('reads configuration from the base commit, never from the PR head', async () => {
    const repo = makeRepo(
      { ...BASE, '.pgreview.yml': 'rules:\n  require-concurrent-index-creation: medium\n' },
      { ...HEAD, '.pgreview.yml': 'rules:\n  require-concurrent-index-creation: "off"\n' },
    );
    const f = await serve(repo);
    const r = await runAction({ bundle, repo, api: f.url, event: 'pull_request', payload: { number: 7, pull_request: pullPayload(7, repo) }, inputs: {} });
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
    const hit = report.findings.find((x: any) => x.ruleId === 'require-concurrent-index-creation');
    expect(hit?.severity).toBe('medium');
  });
});
