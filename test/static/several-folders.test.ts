// `pgreview review a b`: a monorepo's migration folders reviewed in one run, as the action's
// `migrations` input does: each folder is its own review (own layout, model and --changed files),
// and the outputs hold every report the way the action writes them.
import { spawnSync } from 'node:child_process';
import { mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp-dirs.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');
const work = realpathSync(tempDir('pgreview-several-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Two services of one repository, each with its own history.
for (const [service, table] of [
  ['api', 'orders'],
  ['billing', 'invoices'],
] as const) {
  mkdirSync(path.join(work, service, 'migrations'), { recursive: true });
  writeFileSync(path.join(work, service, 'migrations/0001_init.sql'), `create table public.${table} (id bigint primary key, note text);\n`);
  writeFileSync(path.join(work, service, 'migrations/0002_index.sql'), `create index ${table}_note on public.${table} (note);\n`);
}

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [TSX, path.join(ROOT, 'src/cli.ts'), 'review', ...args, '--engine', 'none'], { cwd: work, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Finding = { ruleId: string; file: string; object?: string };
const withoutTimings = (report: Record<string, unknown>) => ({ ...report, timings: undefined });

describe('several folders in one run', () => {
  it('JSON is one report per folder, each the same as that folder reviewed alone; --changed files go to their folder', () => {
    const both = cli(['api', 'billing', '--format', 'json', '--changed', 'api/migrations/0002_index.sql', '--changed', 'billing/migrations/0002_index.sql']);
    expect(both.stderr).toBe('');
    const reports = JSON.parse(both.stdout);
    expect(reports).toHaveLength(2);
    // Written a report at a time, the bytes are still those of one JSON.stringify with 2-space indentation.
    expect(both.stdout).toBe(`${JSON.stringify(reports, null, 2)}\n`);
    const api = JSON.parse(cli(['api', '--format', 'json', '--changed', 'api/migrations/0002_index.sql']).stdout);
    expect(withoutTimings(reports[0])).toEqual(withoutTimings(api));
    const objects = reports.map((r: { findings: Finding[] }) => r.findings.filter((f) => f.ruleId === 'require-concurrent-index-creation').map((f) => f.object));
    expect(objects).toEqual([['public.orders_note'], ['public.invoices_note']]);
    // The exit code is the worst folder's: require-concurrent-index-creation reaches --fail-on high in both.
    expect(cli(['api', 'billing', '--format', 'json', '--fail-on', 'high']).status).toBe(1);
  }, 130_000);

  it('SARIF has one run per folder; a --changed file under neither folder is a usage error', () => {
    const out = cli(['api', 'billing', '--format', 'sarif']).stdout;
    const sarif = JSON.parse(out);
    expect(out).toBe(`${JSON.stringify(sarif, null, 2)}\n`);
    expect(sarif.runs).toHaveLength(2);
    expect(sarif.runs.map((r: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }) => new Set(r.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri.split('/')[0])))).toEqual([new Set(['api']), new Set(['billing'])]);
    const outside = cli(['api', 'billing', '--changed', 'elsewhere/0001.sql']);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('--changed elsewhere/0001.sql is outside the reviewed folders');
  }, 130_000);
});
