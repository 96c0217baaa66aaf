// The catalog delta of one step (a file re-applied, a rollback run), read at the cost of the change
// rather than of the schema. A full snapshot of a large schema costs 100–200 ms; a probe that runs
// 200 files and snapshots before and after each spent most of a review doing it. Here one cheap
// query says whether any catalog row a snapshot reads was written since the last look (its xmin is a
// newer transaction id), whether rows went away (row counts), or whether something that changes how
// definitions print moved (settings such as search_path, roles); the catalog is read again only then.
import type { ObjectChanges } from '../types.js';
import type { CallOptions, Database } from '../engines/database.js';
import { diffCatalog, snapshotCatalog, type CatalogSnapshot } from './catalog.js';

/**
 * The catalogs a snapshot's objects are read from or printed with (names of types, operators,
 * collations, languages, access methods, text search configurations; extension membership in pg_depend).
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
  'pg_auth_members',
];

/** Settings that change how pg_get_*def, format_type and pg_get_expr print (qualification, literals). */
const PRINT_SETTINGS = [
  'search_path',
  'quote_all_identifiers',
  'DateStyle',
  'IntervalStyle',
  'TimeZone',
  'extra_float_digits',
  'standard_conforming_strings',
  'bytea_output',
  'lc_monetary',
  'lc_numeric',
  'lc_time',
];

/** Transaction ids are compared as their low 32 bits; near the wrap the comparison is not trusted. */
const XID_TRUSTED_BELOW = 0xf000_0000;

const STATE_SQL = `select
  (pg_snapshot_xmax(pg_current_snapshot())::text::numeric % 4294967296)::bigint as next_xid,
  concat_ws(',', ${WATCHED.map((t) => `(select count(*) from ${t})`).join(', ')}) as counts,
  md5(concat_ws('|',
    (select string_agg(name || '=' || setting, ',' order by name) from pg_settings where name in (${PRINT_SETTINGS.map((s) => `'${s}'`).join(', ')})),
    (select string_agg(r::text, ',' order by r.oid) from pg_roles r))) as prints`;

/** The highest xmin at or after $1 among the watched catalogs' rows (0 when none). */
const WRITTEN_SQL = `select coalesce(max(x), 0)::bigint as max_xmin from (
  ${WATCHED.map((t) => `select max(xmin::text::bigint) as x from ${t} where xmin::text::bigint >= $1`).join('\n  union all ')}) w`;

interface State {
  nextXid: number;
  counts: string;
  prints: string;
}

/**
 * Follows the catalog across steps: `next()` returns what changed since the previous call (or since
 * `start`), exactly what diffCatalog of a snapshot before and after would say.
 */
export class CatalogDelta {
  /** Steps read from a full snapshot, and steps the cheap check showed unchanged (for tests and benches). */
  readonly counts = { snapshots: 0, unchanged: 0 };
  /** Transaction ids from here on are the next step's: rows with an older xmin were there before it. */
  private since = 0;

  private constructor(
    private readonly db: Database,
    private readonly opts: CallOptions,
    private current: CatalogSnapshot,
    private state: State | undefined,
  ) {}

  /** Snapshot the catalog once (without the rollback's definitions) and note where it stands. */
  static async start(db: Database, opts: CallOptions = {}): Promise<CatalogDelta> {
    const current = await snapshotCatalog(db, { ...opts, defs: false });
    const delta = new CatalogDelta(db, opts, current, undefined);
    delta.state = await delta.readState();
    delta.since = delta.state?.nextXid ?? 0;
    return delta;
  }

  /** The catalog as of the last step (objects only: `defs` is empty). */
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
    const written = await this.db
      .query<{ max_xmin: string }>(WRITTEN_SQL, [this.since], this.opts)
      .then((r) => Number(r.rows[0]?.max_xmin ?? 0))
      .catch(() => undefined);
    if (!was || !now || written === undefined) return false;
    // Released savepoints keep their transaction ids in progress, so the snapshot's xmax can stay
    // below this step's writes: the next step starts after the newest write seen.
    this.since = Math.max(now.nextXid, this.since, written + 1);
    return written === 0 && was.counts === now.counts && was.prints === now.prints;
  }

  private async readState(): Promise<State | undefined> {
    const r = await this.db.query<{ next_xid: string; counts: string; prints: string }>(STATE_SQL, undefined, this.opts).catch(() => undefined);
    const row = r?.rows[0];
    if (!row) return undefined;
    const nextXid = Number(row.next_xid);
    // Near the 32-bit wrap (or on a server without pg_current_snapshot) every step is read in full.
    if (!(nextXid > 0 && nextXid < XID_TRUSTED_BELOW)) return undefined;
    return { nextXid, counts: row.counts, prints: row.prints };
  }
}
