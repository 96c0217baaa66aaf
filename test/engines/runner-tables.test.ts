// Issue 11, point 3: the runner's own history table exists before the migrations run, as each tool
// creates it, with the base history's versions in it; a migration that reads it applies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgliteEngine } from '../../src/engines/pglite.js';
import { presetPrepare } from '../../src/live/presets.js';
import { applyTraced } from '../../src/live/trace.js';
import { runnerSetup } from '../../src/migrations/runner.js';
import type { LayoutId } from '../../src/types.js';
import { parsed } from './helpers.js';

const LAYOUTS: [LayoutId, string, string][] = [
  ['diesel', '__diesel_schema_migrations', `delete from __diesel_schema_migrations where version = '20240101000000'`],
  ['golang-migrate', 'schema_migrations', `update schema_migrations set dirty = false`],
  ['dbmate', 'schema_migrations', `select version from schema_migrations`],
  ['prisma', '_prisma_migrations', `select migration_name from _prisma_migrations`],
  ['flyway', 'flyway_schema_history', `select version from flyway_schema_history where success`],
  ['postgres-migrations', 'migrations', `select name from migrations`],
  ['drizzle', 'drizzle.__drizzle_migrations', `select hash from drizzle.__drizzle_migrations`],
  ['popx', 'schema_migration', `select version from schema_migration`],
];

describe('runner history tables (pglite, plain preset, as the migration role)', () => {
  let engine: PgliteEngine;
  let db: Awaited<ReturnType<PgliteEngine['start']>>;
  beforeAll(async () => {
    engine = new PgliteEngine({ prepare: presetPrepare('plain') });
    db = await engine.start();
  });
  afterAll(async () => engine.stop());

  for (const [layout, table, read] of LAYOUTS) {
    it(`${layout}: ${table} exists with the base versions, and a migration can use it`, async () => {
      const note = layout === 'golang-migrate' ? 'golang-migrate does not wrap migrations' : layout;
      const base = await parsed('20240101000000', 'create table public.a (id int);', { status: 'base' });
      base.migration.transactionNote = note;
      const changed = await parsed('20240102000000', `${read};`);
      changed.migration.transactionNote = note;
      const setup = runnerSetup(layout, [base.migration, changed.migration]);
      expect(setup?.table).toBe(table);
      const r = await applyTraced(db, [base, changed], { statementTimeoutMs: 30_000, totalTimeoutMs: 120_000, runnerSetup: setup });
      expect(r.gaps).toEqual([]);
      expect(r.migrations.map((m) => m.applied)).toEqual(['applied', 'applied']);
      const rows = await db.query<{ n: number }>(`select count(*)::int as n from ${table}`);
      expect(rows.rows[0]!.n).toBe(layout === 'diesel' ? 0 : 1);
      // The next layout starts from the same empty database.
      await db.exec(`drop table ${table}; drop table public.a; drop schema if exists drizzle;`);
    });
  }

  it('a layout without a known runner table gets none', () => {
    expect(runnerSetup('plain', [])).toBeUndefined();
  });
});
