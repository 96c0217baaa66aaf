// The traced application's options and result, shared by its stages (src/live/trace/*) and re-exported
// by src/live/trace.ts, which everyone else imports.
import type { EnvironmentGap, MigrationReport, ObjectChanges, PresetId, StatementTrace } from '../../types.js';
import type { Database } from '../../engines/database.js';
import type { CatalogSnapshot } from '../catalog.js';
import type { CapabilityHit } from '../../analysis/screen.js';

export interface TraceOptions {
  statementTimeoutMs: number;
  totalTimeoutMs: number;
  /**
   * Apply base migrations first. Default true, except on a rollback-only (url) database, which is
   * expected to hold them already.
   */
  applyBase?: boolean;
  /**
   * Called once after the base migrations and before the catalog snapshot and the changed ones
   * (probes that need the base state, e.g. data volume). It must leave the database as it found it;
   * its errors are ignored here (the caller reports them).
   */
  afterBase?: (db: Database) => Promise<void>;
  /** Called after each traced statement (progress output). */
  onStatement?: (migrationId: string, trace: StatementTrace) => void;
  /**
   * Run the migrations (base and changed) as this non-superuser role, created by the preset. With
   * `db` (a connection logged in as the role: local, docker) everything the trace does goes through
   * it; without (PGlite has one connection) the trace uses SET SESSION AUTHORIZATION on the main
   * connection, and screening refuses statements that would switch it back. Ignored on rollback-only
   * (url) databases and when the role does not exist.
   */
  runAs?: {
    role: string;
    db?: Database;
    /** A new connection as the role after a time limit terminated the previous one (the server lives on). */
    reconnect?: () => Promise<Database>;
  };
  /**
   * After the engine died (PGlite: a time limit terminates its worker), a fresh main connection
   * restored to the state after the base migrations. The trace then replays the changed migrations
   * that ran before and continues after the one that was stopped.
   */
  restart?: () => Promise<Database>;
  /**
   * The catalog before the changed migrations, read on the connection they run on, when the caller
   * has a cheaper way than a full snapshot (a cached base's snapshot brought up to date). Undefined
   * or an error: the full snapshot is read.
   */
  snapshotBefore?: (conn: Database, opts: { timeoutMs: number }) => Promise<CatalogSnapshot | undefined>;
  /** Screen statements and never execute flagged ones (default true). */
  screen?: boolean;
  /**
   * The migration tool's own history table (src/migrations/runner.ts), created as the migration role
   * before the base history, as the tool does before it migrates.
   */
  runnerSetup?: { table: string; sql: string };
  /**
   * The platform preset. On 'plain' (self-hosted) a changed statement the migration role is denied
   * (42501) is retried as the superuser, as the tool would run it there; on managed platforms
   * (supabase, neon) and when unset the denial stands.
   */
  preset?: PresetId;
}

/** A statement that screening kept from running. */
export interface RefusedStatement {
  migrationId: string;
  file: string;
  line: number;
  status: MigrationReport['status'];
  hits: CapabilityHit[];
}

export interface TraceResult {
  /** One per migration, in order: base ones without per-statement trace. */
  migrations: MigrationReport[];
  /** Catalog after the base migrations and after the changed ones (undefined if the engine died). */
  before?: CatalogSnapshot;
  after?: CatalogSnapshot;
  objects: ObjectChanges;
  /** Why the run stopped early, if it did (time limit, engine died). */
  stopped?: string;
  timings: { baseMs: number; changedMs: number; snapshotMs: number };
  /** Statements screening refused (base and changed); none of them was executed. */
  refused: RefusedStatement[];
  /** What ran with superuser rights on behalf of a migration, and why (allow-listed extensions, base files, denied changed statements on a self-hosted preset). */
  superuser: string[];
  /** The role the migrations ran as ('' when they ran as the connection's superuser). */
  role: string;
  /** The platform preset the run was prepared with (what the migration role may do in production depends on it). */
  preset?: PresetId;
  /**
   * Base-history statements the engine could not run (the rest of their file applied, and the replay
   * went on): environment gaps, never faults of the pull request.
   */
  gaps: EnvironmentGap[];
  /** Platform extensions created as the preset's stand-ins, in the order they ran. */
  standIns: StandIn[];
  /** Roles the migrations use but never create, created on the review server so that they apply (external-roles.ts). */
  externalRoles?: string[];
  /** Those of them the base history named, made up before it (a cached base holds them: its record lists them). */
  baseExternalRoles?: string[];
  /** Such roles that could not be created, with why. */
  externalRolesFailed?: string[];
  /** Engine restarts after it died, and what was replayed. */
  restarts: string[];
  /** The main connection at the end (differs from the one passed in after a restart). */
  db: Database;
  /**
   * PGlite (SET SESSION AUTHORIZATION): changed migrations after which the session was no longer the
   * migration role — PR code switched it back (dynamic SQL screening cannot read). Said as findings.
   */
  escapes: string[];
  /**
   * The changed statement after which standard_conforming_strings was off, set where screening could
   * not see it: the run stopped there. Said as a finding.
   */
  stringsOff?: StringsOff;
  /** Base files that left standard_conforming_strings off; it was turned back on before the next file. Said at info. */
  baseStringsOff: StringsOff[];
}

/** Where a changed statement left standard_conforming_strings off. */
export interface StringsOff {
  file: string;
  line: number;
  migrationId: string;
}

/** What the trace does with one statement instead of sending its text as is. */
export interface Plan {
  /** Not executed, and why. */
  skip?: string;
  /** Executed as this SQL instead (an allow-listed extension created through pgreview_admin). */
  sql?: string;
  /** Recorded in TraceResult.superuser when it runs. */
  superuser?: string;
  /** Recorded in TraceResult.standIns when it runs (a platform extension the engine lacks). */
  standIn?: StandIn;
}

/** A platform extension the preset can stand in for (presets/supabase.sql: pgreview_admin.standin_extensions). */
export interface StandInDef {
  name: string;
  differs: string;
  /** The schema it goes in when CREATE EXTENSION names none. */
  default_schema: string;
  /** Schemas of its own the stand-in creates (cron, pgmq, vault). */
  schemas: string[];
}

/** A platform extension created as the preset's stand-in in place of the real one. */
export interface StandIn {
  extension: string;
  /** The schema CREATE EXTENSION put it in (its SCHEMA option, else the stand-in's default). */
  schema: string;
  /** Schemas of its own the stand-in created (cron, pgmq, vault): every object in them is the stand-in's. */
  schemas: string[];
  /** The CREATE EXTENSION it replaced. */
  file: string;
  line: number;
  /** What differs from the real extension. */
  differs: string;
}
