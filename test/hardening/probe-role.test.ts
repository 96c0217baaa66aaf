// The roles PR code runs as — the probe role, the migration role, the API roles of each preset —
// reach no superuser, no CREATEROLE (the migration role: only from PostgreSQL 16 on) and none of
// pg_execute_server_program, pg_read_server_files, pg_write_server_files, pg_signal_backend, on the
// engines' real servers (PGlite: PostgreSQL 17, local: the installed PostgreSQL).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Engine } from '../../src/engines/database.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import { findPgBinaries, LocalEngine } from '../../src/engines/local.js';
import { presetPrepare } from '../../src/live/presets.js';
import { outsideReach, PROBE_ROLE, probeRoleSql, ProbeSession } from '../../src/live/probe-role.js';
import { MIGRATOR_ROLE } from '../../src/live/trace.js';
import type { PresetId } from '../../src/types.js';
import { tempDir } from '../temp-dirs.js';

const API_ROLES: Record<PresetId, string[]> = { supabase: ['anon', 'authenticated', 'service_role'], neon: ['authenticated', 'anonymous'], plain: [] };
const engines: [string, (preset: PresetId) => Engine][] = [
  ['pglite', (p) => new PgliteEngine({ prepare: { key: `test-${p}`, sql: `${presetPrepare(p).sql}\n${probeRoleSql(MIGRATOR_ROLE)}` } })],
];
if (findPgBinaries()) engines.push(['local', (p) => new LocalEngine({ prepare: { key: p, sql: `${presetPrepare(p).sql}\n${probeRoleSql(MIGRATOR_ROLE)}` } })]);

describe.each(engines)('role containment on %s', (_name, make) => {
  describe.each(['supabase', 'neon', 'plain'] as PresetId[])('preset %s', (preset) => {
    let engine: Engine;
    let db: Database;
    let session: ProbeSession;
    let version = 0;
    beforeAll(async () => {
      engine = make(preset);
      db = await engine.start();
      session = await ProbeSession.open(engine, db, MIGRATOR_ROLE);
      version = Number((await db.query<{ n: string }>(`select current_setting('server_version_num') as n`)).rows[0]!.n);
    }, 120_000);
    afterAll(async () => {
      await session?.close();
      await engine?.stop();
    });

    it('the probe, migration and API roles reach nothing outside the database', async () => {
      expect(session.usable).toBe(true);
      expect(session.role).toBe(PROBE_ROLE);
      expect(await outsideReach(db, PROBE_ROLE)).toEqual([]);
      expect(await outsideReach(db, MIGRATOR_ROLE, { allowCreateRole: version >= 160000 })).toEqual([]);
      for (const role of API_ROLES[preset]) expect(await outsideReach(db, role), role).toEqual([]);
    });

    it('the check is not vacuous: a membership in a file role or a CREATEROLE role is named', async () => {
      await db.exec(`begin; create role pgreview_test_reach nologin; grant pg_read_server_files to pgreview_test_reach;
        create role pgreview_test_cr nologin createrole; grant pgreview_test_cr to pgreview_test_reach;`);
      try {
        expect(await outsideReach(db, 'pgreview_test_reach')).toEqual([
          'pgreview_test_reach can become pgreview_test_cr, which has CREATEROLE',
          'pgreview_test_reach is a member of pg_read_server_files',
        ]);
      } finally {
        await db.query('rollback');
      }
    });

    it('as the probe role, PR-style SQL cannot switch to the superuser or run a program', async () => {
      const attempts = ["copy (select 1) to program 'true'", "select pg_read_file('/etc/hostname')", 'set role postgres', `set role ${MIGRATOR_ROLE}`];
      // PGlite's session authorization can be switched back by name (its limit, detected by the session guard).
      if (engine.connectAs) attempts.push('set session authorization postgres');
      const outcomes = await session.run(db, async (p) => {
        const out: string[] = [];
        for (const sql of attempts) {
          await p.query('begin');
          out.push(await p.query(sql).then(() => `ran: ${sql}`, (e: Error) => `refused: ${e.message}`));
          await p.query('rollback');
        }
        return out;
      });
      for (const o of outcomes) {
        // SET ROLE to the migration role stays possible before 16 (where it has no CREATEROLE).
        if (o === `ran: set role ${MIGRATOR_ROLE}` && version < 160000) continue;
        expect(o).toMatch(/^refused: (permission denied|must be superuser)/);
      }
    });

    it.runIf(_name === 'pglite')('PGlite: a switch of the session user by PR code is caught after that call and undone', async () => {
      // What PGlite cannot refuse (its session may switch back by name): the guard must see it after
      // the very call that did it — a query, an exec, a failing call — and put the probe role back.
      await db.exec(`create function pgreview_test_escape() returns text language plpgsql as $$
        begin execute 'set session authorization postgres'; return session_user; end $$;
        grant execute on function pgreview_test_escape() to public;`);
      const before = session.escapes.length;
      try {
        const users = await session.run(db, async (p) => {
          const seen: string[] = [];
          const who = async () => (await p.query<{ s: string }>('select session_user::text as s')).rows[0]!.s;
          seen.push(await who());
          await p.query('select pgreview_test_escape()');
          seen.push(await who());
          await p.exec('select pgreview_test_escape(); select 1');
          seen.push(await who());
          await p.exec(`do $$ begin perform pgreview_test_escape(); raise exception 'after the switch'; end $$`).catch(() => undefined);
          seen.push(await who());
          return seen;
        });
        expect(users).toEqual([PROBE_ROLE, PROBE_ROLE, PROBE_ROLE, PROBE_ROLE]);
        const caught = session.escapes.slice(before);
        // The failing DO block's switch is rolled back with it: the two calls that succeeded are named.
        expect(caught.length).toBe(2);
        for (const e of caught) expect(e).toMatch(/session became postgres instead of pgreview_prober/);
        // Unpinned after run(): the session is the superuser's again and no check follows its calls.
        expect((await db.query<{ s: string }>('select session_user::text as s')).rows[0]!.s).toBe('postgres');
        await db.query('select pgreview_test_escape()');
        expect(session.escapes.length).toBe(before + 2);
      } finally {
        await db.exec('drop function pgreview_test_escape()');
      }
    });
  });
});

describe('role containment in a review (PGlite, PostgreSQL 17)', () => {
  it('reports an API role the PR lets reach CREATEROLE, and leaves what the base migrations did to the engine notes', async () => {
    const { review } = await import('../../src/review.js');
    const { inlineSettings } = await import('../../src/analysis/inline.js');
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const dir = tempDir('pgreview-reach-');
    try {
      writeFileSync(path.join(dir, '20240101000000_base.sql'), 'CREATE ROLE base_cr NOLOGIN CREATEROLE;\nGRANT base_cr TO authenticated;\n');
      writeFileSync(path.join(dir, '20240102000000_pr.sql'), 'CREATE ROLE pr_cr NOLOGIN CREATEROLE;\nGRANT pr_cr TO anon;\nCREATE TABLE public.x (id int PRIMARY KEY);\n');
      const report = await review(inlineSettings({ dir, repoRoot: dir, engine: 'pglite', preset: 'supabase', changed: ['20240102000000_pr.sql'] }));
      const reach = report.findings.filter((f) => f.ruleId === 'untrusted-capability' && f.title.startsWith('Role '));
      expect(reach.map((f) => [f.object, f.severity, f.file])).toEqual([['anon', 'high', '20240102000000_pr.sql']]);
      expect(reach[0]!.message).toContain('anon can become pr_cr, which has CREATEROLE');
      expect(report.engine!.limits.join('\n')).toContain('already after the base migrations: authenticated can become base_cr, which has CREATEROLE');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
