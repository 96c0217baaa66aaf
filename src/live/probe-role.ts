// The role probes act as. Probes make the pull request's code run — triggers fire on probe rows,
// defaults, CHECK and generated expressions compute, policies call functions, down migrations and
// the re-apply run its SQL — so they never act as the superuser. pgreview_prober is created by the
// superuser before any migration runs: no SUPERUSER, CREATEROLE, CREATEDB or REPLICATION, member of
// the migration role for the owner's rights on what the migrations created (from PostgreSQL 16 without
// the right to SET ROLE to it, since the migration role has CREATEROLE there), of the API roles it
// tests RLS as, BYPASSRLS to write probe rows into tables with forced RLS, and allowed to set
// session_replication_role (the trigger probe's quiet write).
import type { Database, Engine } from '../engines/database.js';

export const PROBE_ROLE = 'pgreview_prober';

/** Predefined roles that reach outside the database (programs, server files) or other sessions. */
export const OUTSIDE_ROLES = ['pg_execute_server_program', 'pg_read_server_files', 'pg_write_server_files', 'pg_signal_backend'] as const;

/** Superuser set-up SQL, run before any migration (no object of the pull request exists yet). */
export function probeRoleSql(migrator: string): string {
  const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
  return `DO $pgreview$
DECLARE
  v int := current_setting('server_version_num')::int;
  r record;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${lit(PROBE_ROLE)}) THEN
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION BYPASSRLS INHERIT', ${lit(PROBE_ROLE)});
  END IF;
  IF v >= 150000 THEN
    EXECUTE format('GRANT SET ON PARAMETER session_replication_role TO %I', ${lit(PROBE_ROLE)});
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${lit(migrator)}) THEN
    RETURN;
  END IF;
  IF v >= 160000 THEN
    EXECUTE format('GRANT %I TO %I WITH INHERIT TRUE, SET FALSE', ${lit(migrator)}, ${lit(PROBE_ROLE)});
  ELSE
    EXECUTE format('GRANT %I TO %I', ${lit(migrator)}, ${lit(PROBE_ROLE)});
  END IF;
  -- The roles the migration role may become (API roles), unless they carry attributes of their own.
  FOR r IN
    SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
     WHERE u.rolname = ${lit(migrator)} AND NOT g.rolsuper AND NOT g.rolcreaterole AND NOT g.rolreplication
       AND g.rolname NOT LIKE 'pg\\_%'
  LOOP
    EXECUTE format('GRANT %I TO %I', r.rolname, ${lit(PROBE_ROLE)});
  END LOOP;
END
$pgreview$;`;
}

/**
 * What a role can reach that lets SQL act outside the database: SUPERUSER or CREATEROLE on a role it
 * can become (SET ROLE), or membership (direct or inherited) in one of OUTSIDE_ROLES. CREATEROLE is
 * allowed where `allowCreateRole` (the migration role from PostgreSQL 16 on, where CREATEROLE no
 * longer reaches the predefined roles). Empty when the role is contained. Pure catalog read.
 */
export async function outsideReach(db: Database, role: string, opts: { allowCreateRole?: boolean; timeoutMs?: number } = {}): Promise<string[]> {
  const r = await db.query<{ problem: string }>(
    `with v as (select current_setting('server_version_num')::int as n),
          target as (select oid from pg_catalog.pg_roles where rolname = $1),
          can_become as (
            select s.rolname, s.rolsuper, s.rolcreaterole from pg_catalog.pg_roles s, target t, v
             where pg_catalog.pg_has_role(t.oid, s.oid, case when v.n >= 160000 then 'SET' else 'MEMBER' end))
     select 'can become ' || rolname || ', a superuser' as problem from can_become where rolsuper
     union all
     select 'can become ' || rolname || ', which has CREATEROLE' from can_become where rolcreaterole and not $2
     union all
     select 'is a member of ' || p.rolname from pg_catalog.pg_roles p, target t
      where p.rolname = any($3::text[]) and pg_catalog.pg_has_role(t.oid, p.oid, 'MEMBER')
     order by 1`,
    [role, opts.allowCreateRole ?? false, [...OUTSIDE_ROLES]],
    { timeoutMs: opts.timeoutMs ?? 30_000 },
  );
  return r.rows.map((x) => `${role} ${x.problem}`);
}

/**
 * Where probes run. `local`/`docker`: a separate login as pgreview_prober, which no SQL can turn
 * back into the superuser. PGlite has one connection: SET SESSION AUTHORIZATION around each use, and
 * a check afterwards that the session is still the prober's (PR code run through dynamic SQL can
 * RESET SESSION AUTHORIZATION there: the session's authenticated user is PGlite's superuser). `url`:
 * the user's own role (pgreview creates no roles there).
 */
export class ProbeSession {
  /** What went wrong switching roles (said in the engine notes). */
  readonly notes: string[] = [];
  /** PR code switched the PGlite session away from the probe role (a finding). */
  readonly escapes: string[] = [];
  /** PR code a probe ran again left standard_conforming_strings off; it was turned back on before the next call (a finding). */
  stringsOff = false;

  private constructor(
    private readonly conn: Database | undefined,
    /** The role probes act as ('' = the connection's own: url engine, or no probe role). */
    readonly role: string,
    /** False when probes must not run at all (they would act as the superuser with PR code in reach). */
    readonly usable = true,
  ) {}

  /**
   * Create the probe role (superuser `main`, before the migrations) and log in as it where the
   * engine can. Without the role (no migration role in the preset, url engine) probes run on `main`.
   */
  static async open(engine: Engine, main: Database, migrator: string): Promise<ProbeSession> {
    if (main.rollbackOnly) return new ProbeSession(undefined, '');
    try {
      await main.exec(probeRoleSql(migrator), { timeoutMs: 30_000 });
    } catch (e) {
      const s = new ProbeSession(undefined, '', false);
      s.notes.push(`probes were not run: the probe role could not be created (${(e as Error).message})`);
      return s;
    }
    if (!engine.connectAs) return new ProbeSession(undefined, PROBE_ROLE);
    try {
      return new ProbeSession(await engine.connectAs(PROBE_ROLE), PROBE_ROLE);
    } catch (e) {
      const s = new ProbeSession(undefined, '', false);
      s.notes.push(`probes were not run: no login as ${PROBE_ROLE} (${(e as Error).message})`);
      return s;
    }
  }

  /** Run `fn` with the database probes use; `main` is the superuser connection of the moment (PGlite restarts replace it). */
  async run<T>(main: Database, fn: (db: Database) => Promise<T>): Promise<T> {
    if (this.conn) return this.noticingStringsOff(this.conn, fn);
    if (!this.role) return this.noticingStringsOff(main, fn);
    // RESET SESSION AUTHORIZATION does nothing on PGlite (its single-user backend has no reset value
    // for it): switch back to the session's user by name.
    const original = (await main.query<{ s: string }>('select session_user::text as s', undefined, { timeoutMs: 30_000 })).rows[0]!.s;
    // After every statement: is the session still the probe role's? PR code that switched it (SET
    // SESSION AUTHORIZATION through dynamic SQL) is reported and switched back, so it gets that one
    // statement — inside WASM — and not the rest of the probes. The engine checks in the same round
    // trip as each statement (PGlite's worker); without that check no probe runs.
    const escaped = (user: string) =>
      this.escapes.push(`a probe's session became ${user} instead of ${PROBE_ROLE}: code of the pull request switched it (SET SESSION AUTHORIZATION); it was switched back after that statement`);
    await main.query(`set session authorization ${PROBE_ROLE}`, undefined, { timeoutMs: 30_000 });
    try {
      const unpin = await main.pinSessionUser?.(PROBE_ROLE, escaped).catch(() => undefined);
      if (!unpin) throw new Error(`the ${main.engine} engine cannot keep the probe session's user after each statement: probes not run`);
      try {
        return await this.noticingStringsOff(main, fn);
      } finally {
        await unpin().catch(() => undefined);
      }
    } finally {
      if (main.alive) {
        await main.query(`set session authorization "${original.replace(/"/g, '""')}"`, undefined, { timeoutMs: 30_000 }).catch((e) => this.notes.push(`could not switch back from ${PROBE_ROLE}: ${(e as Error).message}`));
      }
    }
  }

  /**
   * `fn`, and whether PR code it ran again left standard_conforming_strings off (every call turns it
   * back on first, so nothing was read otherwise than it was screened): said as a finding.
   */
  private async noticingStringsOff<T>(db: Database, fn: (db: Database) => Promise<T>): Promise<T> {
    db.takeStringsOff(); // what the trace left unasked is not the probes'
    try {
      return await fn(db);
    } finally {
      if (db.takeStringsOff()) this.stringsOff = true;
    }
  }

  async close(): Promise<void> {
    await this.conn?.close().catch(() => undefined);
  }
}
