// The catalog delta of one step (a file re-applied, a rollback run), read at the cost of the change
// rather than of the schema. A full snapshot of a large schema costs 100–200 ms; a probe that runs
// 200 files and snapshots before and after each spent most of a review doing it. Here one cheap
// query says whether this session wrote to any catalog a snapshot reads (PostgreSQL counts every
// insert, update and delete of the current transaction per table, attempted ones included), or
// changed something that changes how definitions print (search_path and the like); the catalog is
// read again only then.
import type { ObjectChanges } from '../types.js';
import type { CallOptions, Database } from '../engines/database.js';
import { catalogUnchangedSince, diffCatalog, printSettingsSql, snapshotCatalog, type CatalogSnapshot } from './catalog.js';

/**
 * The catalogs a snapshot's objects are read from or printed with (names of types, operators,
 * collations, languages, access methods, text search configurations; extension membership in
 * pg_depend; role names, attributes and memberships behind owners, grants and has_function_privilege).
 */
const WATCHED = [
  'pg_namespace',
  'pg_class',
  'pg_attribute',
  'pg_attrdef',
  'pg_constraint',
  'pg_index',
  'pg_inherits',
  'pg_policy',
  'pg_trigger',
  'pg_proc',
  'pg_type',
  'pg_enum',
  'pg_extension',
  'pg_depend',
  'pg_language',
  'pg_collation',
  'pg_operator',
  'pg_opclass',
  'pg_opfamily',
  'pg_am',
  'pg_ts_config',
  'pg_ts_dict',
  'pg_authid',
  'pg_auth_members',
];

const PRINTS_SQL = `md5(concat_ws('|', current_user, session_user, ${printSettingsSql()}))`;

const WRITES = (t: string) => `pg_stat_get_xact_tuples_inserted('${t}'::regclass) + pg_stat_get_xact_tuples_updated('${t}'::regclass) + pg_stat_get_xact_tuples_deleted('${t}'::regclass)`;

/**
 * Writes of this transaction to the watched catalogs, and what printing depends on ("$user" in
 * search_path is the current role). The counters start again with each transaction: its start time
 * is part of the state, so steps in different transactions never look alike. Without track_counts the
 * counters stay at zero: no state, every step is read in full.
 */
const STATE_SQL = `select current_setting('track_counts') = 'on' as counted,
  concat_ws(',', now(), ${WATCHED.map(WRITES).join(', ')}) as writes,
  ${PRINTS_SQL} as prints`;

/**
 * What definitions print with in this session (current and session user, search_path and the other
 * PRINT_SETTINGS), as a hash: two snapshots of the same catalog read under the same value print alike.
 */
export async function printState(db: Database, opts: CallOptions = {}): Promise<string> {
  return (await db.query<{ prints: string }>(`select ${PRINTS_SQL} as prints`, undefined, opts)).rows[0]!.prints;
}

interface State {
  writes: string;
  prints: string;
}

/**
 * Follows the catalog across steps: `next()` returns what changed since the previous call (or since
 * `start`), exactly what diffCatalog of a snapshot before and after would say. Changes are those of
 * this session (the probes' own database is not shared); `catalog` keeps reltuples as of the last
 * snapshot (statistics are updated in place, and diffCatalog ignores them).
 */
export class CatalogDelta {
  /** Steps read from a full snapshot, steps the cheap check showed unchanged, starts from a snapshot already read (for tests and benches). */
  readonly counts = { snapshots: 0, unchanged: 0, reused: 0 };
  private constructor(
    private readonly db: Database,
    private readonly opts: CallOptions,
    private current: CatalogSnapshot,
    private state: State | undefined,
  ) {}

  /**
   * Snapshot the catalog once (without the rollback's definitions) and note where it stands; or
   * start from `from`, a snapshot read earlier (the trace's after the changed migrations), when
   * nothing has changed since it was read (catalogUnchangedSince).
   */
  static async start(db: Database, opts: CallOptions = {}, from?: CatalogSnapshot): Promise<CatalogDelta> {
    const reuse = !!from && (await catalogUnchangedSince(db, from, opts));
    const current = reuse ? from : await snapshotCatalog(db, { ...opts, defs: false });
    const delta = new CatalogDelta(db, opts, current, undefined);
    if (reuse) delta.counts.reused++;
    delta.state = await delta.readState();
    return delta;
  }

  /** The catalog as of the last step (what diffCatalog compares; `defs` only when it started from a full snapshot). */
  get catalog(): CatalogSnapshot {
    return this.current;
  }

  /** What changed since the last call. */
  async next(): Promise<ObjectChanges> {
    const before = this.current;
    if (await this.unchanged()) {
      this.counts.unchanged++;
      return { created: [], altered: [], dropped: [], source: 'live' };
    }
    this.current = await snapshotCatalog(this.db, { ...this.opts, defs: false });
    this.counts.snapshots++;
    return diffCatalog(before, this.current);
  }

  /** True only when nothing a snapshot reads can have changed; any doubt says false. */
  private async unchanged(): Promise<boolean> {
    const was = this.state;
    const now = (this.state = await this.readState());
    return !!was && !!now && was.writes === now.writes && was.prints === now.prints;
  }

  private async readState(): Promise<State | undefined> {
    const r = await this.db.query<{ counted: boolean; writes: string; prints: string }>(STATE_SQL, undefined, this.opts).catch(() => undefined);
    const row = r?.rows[0];
    return row?.counted ? { writes: row.writes, prints: row.prints } : undefined;
  }
}
