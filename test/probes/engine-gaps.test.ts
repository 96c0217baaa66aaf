// What the review engine cannot run is its gap in every probe that re-runs migration statements
// (reapply, reversibility, the data-volume rehearsal): "not verified", the probe partial, never a
// finding against the pull request; a real failure in the same file is still reported. Each engine
// lacks a real extension the Supabase preset has no stand-in for: PGlite has no insert_username,
// PostgreSQL 15 here has no pgvector.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { review } from '../../src/review.js';
import { inlineSettings } from '../../src/analysis/inline.js';
import { findPgBinaries } from '../../src/engines/local.js';
import type { EngineId } from '../../src/types.js';
import { tempDir } from '../temp-dirs.js';
import { dataVolumeProbe } from '../../src/live/probes/data-volume.js';
import { reapplyProbe } from '../../src/live/probes/reapply.js';
import { reversibilityProbe } from '../../src/live/probes/reversibility.js';
import { markEnvironmentFailures } from '../../src/live/gaps.js';
import { engines, Harness } from './harness.js';

/** An extension the engine does not have, and a statement that needs an object of it. */
const LACKS: Record<string, { ext: string; uses: string; missing: RegExp }> = {
  pglite: { ext: 'insert_username', uses: 'CREATE TRIGGER items_user BEFORE INSERT ON public.items FOR EACH ROW EXECUTE PROCEDURE insert_username(body);', missing: /function insert_username\(\) does not exist/ },
  local: { ext: 'vector', uses: 'ALTER TABLE public.items ADD COLUMN embedding vector(3);', missing: /type "vector" does not exist/ },
};

const engineIds: EngineId[] = ['pglite', ...(findPgBinaries() ? (['local'] as const) : [])];

const ITEMS = `CREATE TABLE public.items (id int PRIMARY KEY, status text NOT NULL CHECK (status IN ('new', 'done')), body text, updated_at timestamptz);`;

describe.each(engines)('engine gaps in the probes on %s', (name, make) => {
  const { ext, uses, missing } = LACKS[name]!;
  let h: Harness;
  beforeAll(async () => {
    h = await new Harness(make()).start();
    const has = await h.db.query<{ n: number }>('select count(*)::int as n from pg_available_extensions where name = $1', [ext]);
    expect(has.rows[0]!.n, `${name} must lack ${ext} for these cases`).toBe(0);
  });
  afterAll(() => h.stop());

  it('reapply: CREATE EXTENSION of an extension the engine lacks is not verified, the probe partial; a duplicate index in the same file is still the file\'s failure', async () => {
    const gapOnly = await h.run({
      base: [ITEMS],
      changed: [`CREATE EXTENSION IF NOT EXISTS ${ext};\nCREATE INDEX IF NOT EXISTS items_body_idx ON public.items (body);`],
      probes: [reapplyProbe],
    });
    expect(gapOnly.trace.migrations.filter((m) => m.status !== 'base').map((m) => m.applied)).toEqual(['applied']);
    expect(gapOnly.findings).toEqual([]);
    expect(gapOnly.results[0]).toMatchObject({ status: 'partial', notProbed: [`0002_change.sql:1: not verified: extension "${ext}" is not available on the review engine`] });
    expect(gapOnly.results[0]!.details!.join('\n')).toMatch(/0002_change\.sql: re-applied without error, except 1 statement\(s\) the review engine could not run/);

    const control = await h.run({
      base: [ITEMS],
      changed: [`CREATE EXTENSION IF NOT EXISTS ${ext};\nCREATE INDEX items_body_idx ON public.items (body);`],
      probes: [reapplyProbe],
    });
    expect(control.findings.map((f) => [f.ruleId, f.line])).toEqual([['not-idempotent', 2]]);
    expect(control.findings[0]!.message).toMatch(/1 statement\(s\) failed \(first at line 2: relation "items_body_idx" already exists\)/);
    expect(control.findings[0]!.message).not.toMatch(new RegExp(ext));
    expect(control.results[0]!.status).toBe('failed');
    expect(control.results[0]!.notProbed).toEqual([`0002_change.sql:1: not verified: extension "${ext}" is not available on the review engine`]);
  });

  it('reversibility: a down that drops an extension the engine never had is not verified, the probe partial; a down that fails for another reason is a finding', async () => {
    const up = `CREATE EXTENSION IF NOT EXISTS ${ext};\nCREATE INDEX items_body_idx ON public.items (body);`;
    const gapOnly = await h.run({
      base: [ITEMS],
      changed: [{ sql: up, down: `DROP INDEX public.items_body_idx;\nDROP EXTENSION ${ext};` }],
      probes: [reversibilityProbe],
    });
    expect(gapOnly.findings).toEqual([]);
    expect(gapOnly.results[0]!.status).toBe('partial');
    expect(gapOnly.results[0]!.notProbed).toEqual([
      `0002_change.down.sql:2: not verified: extension "${ext}" does not exist: the "${ext}" extension is not available on the review engine`,
      `0002_change.sql:1: not verified: extension "${ext}" is not available on the review engine`,
    ]);
    expect(gapOnly.results[0]!.summary).toMatch(/up → down → up ran for 1 migration\(s\) except 2 statement\(s\) the review engine could not run, which are not verified/);
    expect(gapOnly.results[0]!.details).toContain('up again: same catalog as the first up');

    const control = await h.run({
      base: [ITEMS],
      changed: [{ sql: up, down: `DROP EXTENSION ${ext};\nDROP INDEX public.items_body_index;` }],
      probes: [reversibilityProbe],
    });
    expect(control.findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([['down-migration-failed', '0002_change.down.sql', 2]]);
    expect(control.findings[0]!.message).toMatch(/index "items_body_index" does not exist/);
    expect(control.results[0]!.status).toBe('failed');
  });

  it("reversibility: a down that drops a platform extension the first apply stood in for (pg_cron) is not verified; what the stand-in leaves behind is not judged", async () => {
    const r = await h.run({
      base: [ITEMS],
      changed: [{ sql: `CREATE EXTENSION IF NOT EXISTS pg_cron;\nCREATE INDEX items_body_idx ON public.items (body);`, down: `DROP INDEX public.items_body_idx;\nDROP EXTENSION pg_cron;` }],
      probes: [reversibilityProbe],
    });
    // The harness's reset does not remove the stand-in's schema.
    await h.db.exec('drop schema if exists cron cascade');
    expect(r.trace.standIns).toEqual([{ extension: 'pg_cron', schema: 'pg_catalog', schemas: ['cron'], file: '0002_change.sql', line: 1, differs: 'jobs are recorded in cron.job and never run' }]);
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.status).toBe('partial');
    expect(r.results[0]!.notProbed).toEqual([
      '0002_change.down.sql:2: not verified: extension "pg_cron" does not exist: the "pg_cron" extension is not available on the review engine',
      `0002_change.sql:1: not verified: extension "pg_cron" is not available on the review engine (the first apply used pgreview's stand-in for it)`,
    ]);
    expect(r.results[0]!.details!.join('\n')).toMatch(/after down: \d+ difference\(s\) from the base, not judged: 1 statement\(s\) the review engine could not run were not verified \(schema cron left behind/);
  });

  it('first apply: COMMENT ON EXTENSION of a stood-in platform extension fails only on the review engine: could not verify, not the pull request\'s failure', async () => {
    const r = await h.run({
      base: [ITEMS],
      changed: [`CREATE EXTENSION IF NOT EXISTS pg_cron;\nCOMMENT ON EXTENSION pg_cron IS 'jobs';`, `CREATE TABLE public.other (id int);\nCOMMENT ON EXTENSION plpgsql_missing IS 'x';`],
      probes: [],
    });
    await h.db.exec('drop schema if exists cron cascade');
    markEnvironmentFailures(r.trace, r.input.sources);
    const [cron, control] = r.trace.migrations.filter((m) => m.status !== 'base');
    expect(cron!.error?.message).toBe('extension "pg_cron" does not exist');
    expect(cron!.couldNotVerify).toBe('the "pg_cron" extension is a pgreview stand-in on the review engine, not a real extension, so extension "pg_cron" does not exist here');
    // An extension no stand-in or gap explains is the migration's own failure.
    expect(control!.error?.message).toBe('extension "plpgsql_missing" does not exist');
    expect(control!.couldNotVerify).toBeUndefined();
  });

  it('data-volume: what the rehearsal cannot run for the engine (the extension, an object of it) is not verified and the probe partial; a failure on the data is still a finding', async () => {
    const gapOnly = await h.run({
      base: [ITEMS],
      changed: [`CREATE EXTENSION IF NOT EXISTS ${ext};\n${uses}\nCREATE INDEX items_body_idx ON public.items (body);`],
      settings: { rows: 100 },
      probes: [dataVolumeProbe],
    });
    // The first apply stopped at the same object of the missing extension (the review calls that "could not verify").
    expect(gapOnly.trace.migrations.find((m) => m.status !== 'base')!.error?.message).toMatch(missing);
    expect(gapOnly.findings).toEqual([]);
    const res = gapOnly.results[0]!;
    expect(res.status, res.summary).toBe('partial');
    expect(res.notProbed![0]).toBe(`0002_change.sql:1: not verified: extension "${ext}" is not available on the review engine`);
    expect(res.notProbed![1]).toMatch(new RegExp(`^0002_change\\.sql:2: not verified: ${missing.source}: the "${ext}" extension is not available on the review engine$`));
    expect(res.notProbed).toHaveLength(2);
    expect(res.summary).toMatch(/rehearsed on 100 rows of public\.items/);

    const control = await h.run({
      base: [ITEMS],
      changed: [`CREATE EXTENSION IF NOT EXISTS ${ext};\nCREATE UNIQUE INDEX items_status_key ON public.items (status);`],
      settings: { rows: 100 },
      probes: [dataVolumeProbe],
    });
    expect(control.findings.map((f) => [f.ruleId, f.line])).toEqual([['data-dependent-failure', 2]]);
    expect(control.results[0]!.status).toBe('failed');
    expect(control.results[0]!.notProbed).toEqual([`0002_change.sql:1: not verified: extension "${ext}" is not available on the review engine`]);
  });

  it('data-volume: a statement on a table the engine could not build in the base history (a PostGIS column) is not verified, decided after the first apply', async () => {
    const r = await h.run({
      base: [ITEMS, `CREATE EXTENSION IF NOT EXISTS postgis;\nCREATE TABLE public.places (id int PRIMARY KEY, name text, g geometry);`],
      changed: [`CREATE INDEX places_name_idx ON public.places (name);\nCREATE INDEX items_body_idx ON public.items (body);`],
      settings: { rows: 100 },
      probes: [dataVolumeProbe],
    });
    expect(r.trace.gaps.map((g) => [g.file, g.line])).toEqual([
      ['0002_base.sql', 1],
      ['0002_base.sql', 2],
    ]);
    expect(r.findings).toEqual([]);
    const res = r.results[0]!;
    expect(res.status, res.summary).toBe('partial');
    expect(res.notProbed).toEqual([expect.stringMatching(/^0003_change\.sql:1: not verified: relation "public\.places" does not exist: "public\.places" comes from 0002_base\.sql:2, which the review engine could not run/)]);
    expect(res.summary).toMatch(/rehearsed on 100 rows of public\.items/);
  });
});

// The whole review, as a user runs it: a pull request whose only trouble is the engine's is not failed.

describe.each(engineIds)('engine gaps in the review on %s', (engine) => {
  it('a migration that creates an extension the engine lacks, with a reversible down: probes partial, verdict not fail', async () => {
    const { ext } = LACKS[engine]!;
    const dir = tempDir('pgreview-engine-gaps-');
    const files: Record<string, string> = {
      '000001_items.up.sql': ITEMS,
      '000001_items.down.sql': 'DROP TABLE public.items;',
      '000002_body_index.up.sql': `CREATE EXTENSION IF NOT EXISTS ${ext};\nCREATE INDEX IF NOT EXISTS items_body_idx ON public.items (body);`,
      '000002_body_index.down.sql': `DROP INDEX public.items_body_idx;\nDROP EXTENSION ${ext};`,
    };
    for (const [f, sql] of Object.entries(files)) writeFileSync(path.join(dir, f), sql);
    const report = await review(inlineSettings({ dir, repoRoot: dir, engine, changed: ['000002_body_index.up.sql', '000002_body_index.down.sql'], rows: 100, statementTimeoutMs: 10_000, totalTimeoutMs: 120_000 }));
    const byProbe = Object.fromEntries(report.probes.map((p) => [p.probe, p]));
    for (const p of ['reapply', 'reversibility', 'data-volume']) {
      expect(byProbe[p]?.status, `${p}: ${byProbe[p]?.summary}`).toBe('partial');
      expect(byProbe[p]!.notProbed!.join('\n')).toMatch(new RegExp(`not verified: extension "${ext}"`));
    }
    const PROBE_RULES = ['not-idempotent', 'down-migration-failed', 'down-migration-incomplete', 'data-dependent-failure'];
    expect(report.findings.filter((f) => PROBE_RULES.includes(f.ruleId))).toEqual([]);
    expect(report.verdict).not.toBe('fail');
  });
});
