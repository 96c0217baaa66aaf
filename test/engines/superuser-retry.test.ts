// Issue 11 point 3: a changed statement the migration role is denied (42501) but a self-hosted tool
// runs as a superuser or the owner (ALTER TABLE … DISABLE TRIGGER ALL on a table with foreign keys,
// SET session_replication_role) applies on the plain preset, run as the superuser and said as a low
// finding at its line; on a managed platform (Supabase) it still fails, as it does there.
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { review } from '../../src/review.js';
import { inlineSettings } from '../../src/analysis/inline.js';
import { findPgBinaries } from '../../src/engines/local.js';
import type { EngineId, PresetId } from '../../src/types.js';
import { tempDir } from '../temp-dirs.js';

const FILES: Record<string, string> = {
  '0001_base.sql': `CREATE TABLE public.parent (id int PRIMARY KEY);
CREATE TABLE public.child (id int PRIMARY KEY, parent_id int NOT NULL REFERENCES public.parent (id));
INSERT INTO public.parent VALUES (1);`,
  '0002_bulk_load.sql': `ALTER TABLE public.child DISABLE TRIGGER ALL;
INSERT INTO public.child VALUES (1, 1);
ALTER TABLE public.child ENABLE TRIGGER ALL;
SET session_replication_role = replica;
INSERT INTO public.child VALUES (2, 1);
SET session_replication_role = origin;`,
};

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// Denied to the role too, but a superuser retry would hand the review over to PR code: an event
// trigger fires on the superuser's later DDL, a column default calls a PR function, a role change.
const NOT_RETRIED: Record<string, string> = {
  '0003_event_trigger.sql': `CREATE FUNCTION public.on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'ddl'; END $$;
CREATE EVENT TRIGGER pr_on_ddl ON ddl_command_end EXECUTE FUNCTION public.on_ddl();`,
  '0004_default_as_owner.sql': `CREATE FUNCTION public.stamp() RETURNS text LANGUAGE sql AS $$ SELECT current_user::text $$;
ALTER TABLE pg_catalog.pg_description ADD COLUMN stamped text DEFAULT public.stamp();`,
  '0005_role.sql': `ALTER ROLE pgreview_migrator SUPERUSER;`,
};

async function reviewWith(engine: EngineId, preset: PresetId, files = FILES, changed = ['0002_bulk_load.sql']) {
  const dir = tempDir('pgreview-superuser-');
  dirs.push(dir);
  for (const [f, sql] of Object.entries(files)) writeFileSync(path.join(dir, f), sql);
  return review(inlineSettings({ dir, repoRoot: dir, engine, preset, changed, statementTimeoutMs: 10_000, totalTimeoutMs: 120_000 }));
}

const engines: EngineId[] = ['pglite', ...(findPgBinaries() ? (['local'] as const) : [])];

describe.each(engines)('a statement the migration role is denied, on %s', (engine) => {
  it('runs as the superuser on the plain (self-hosted) preset and is reported low at its line', async () => {
    const r = await reviewWith(engine, 'plain');
    const pr = r.migrations.find((m) => m.file.endsWith('0002_bulk_load.sql'))!;
    expect(pr.applied).toBe('applied');
    const denied = pr.trace!.filter((t) => t.asSuperuser).map((t) => [t.line, t.kind]);
    expect(denied).toEqual([
      [1, 'AlterTableStmt'],
      [3, 'AlterTableStmt'],
      [4, 'VariableSetStmt'],
      [6, 'VariableSetStmt'],
    ]);
    // The INSERTs between ran as the migration role, not as the superuser.
    expect(pr.trace!.filter((t) => t.kind === 'InsertStmt').map((t) => [t.asSuperuser, t.rowsAffected, t.error])).toEqual([
      [undefined, 1, undefined],
      [undefined, 1, undefined],
    ]);
    expect(r.verdict).not.toBe('fail');
    expect(r.findings.filter((f) => f.ruleId === 'migration-failed' && f.severity === 'critical')).toEqual([]);
    const su = r.findings.filter((f) => f.ruleId === 'migration-failed' && f.severity === 'low');
    expect(su.map((f) => `${path.basename(f.file)}:${f.line}`)).toEqual(['0002_bulk_load.sql:1', '0002_bulk_load.sql:3', '0002_bulk_load.sql:4', '0002_bulk_load.sql:6']);
    expect(su[0]!.message).toMatch(
      /^ran as superuser: as pgreview_migrator it failed with .*(permission denied|must be).*; applies when your migration runner connects as a superuser or the table owner \(self-hosted\); fails on managed platforms \(Supabase, Neon\) where the migration role is not a superuser$/,
    );
    expect(r.engine!.limits.filter((l) => /0002_bulk_load\.sql:1 ran as superuser: as pgreview_migrator/.test(l))).toHaveLength(1);
  }, 180_000);

  it('still fails on the Supabase preset, as it does on the platform', async () => {
    const r = await reviewWith(engine, 'supabase');
    const pr = r.migrations.find((m) => m.file.endsWith('0002_bulk_load.sql'))!;
    expect(pr.applied).toBe('failed');
    expect(pr.error?.line).toBe(1);
    expect(pr.trace!.filter((t) => t.asSuperuser)).toEqual([]);
    expect(r.verdict).toBe('fail');
    const failed = r.findings.filter((f) => f.ruleId === 'migration-failed' && f.severity === 'critical');
    expect(failed.map((f) => `${path.basename(f.file)}:${f.line}`)).toEqual(['0002_bulk_load.sql:1']);
    expect(failed[0]!.message).toMatch(/SQLSTATE 42501/);
  }, 180_000);

  it('never retries as the superuser what would run PR code or change roles there: those still fail', async () => {
    const files = { '0001_base.sql': FILES['0001_base.sql']!, ...NOT_RETRIED };
    const r = await reviewWith(engine, 'plain', files, Object.keys(NOT_RETRIED));
    for (const f of Object.keys(NOT_RETRIED)) {
      const m = r.migrations.find((x) => x.file.endsWith(f))!;
      expect([f, m.applied]).toEqual([f, 'failed']);
      expect(m.trace!.filter((t) => t.asSuperuser)).toEqual([]);
      // denied to the role (not screened out): a retry was possible, and was not made
      expect([f, m.trace!.find((t) => t.error)?.error?.code]).toEqual([f, '42501']);
    }
    expect(r.engine!.limits.filter((l) => /ran as superuser: as/.test(l))).toEqual([]);
    expect(r.verdict).toBe('fail');
  }, 180_000);
});
