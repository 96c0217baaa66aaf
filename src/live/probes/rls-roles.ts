// Acting as the API roles: two signed-in users in two different tenants (plus anon), the rows each
// owns along the ownership path the policies describe, and a scope in which the session carries a
// role's JWT claims and runs as that role. Nothing here judges what the roles could do.
import { randomUUID } from 'node:crypto';
import type { Database } from '../../engines/database.js';
import type { OwnershipPaths } from './policy-paths.js';
import { attempt, q, rolledBack, RowFactory, Shapes, type OwnerContext, type Row } from './util.js';
import { setJwtClaims } from './scope.js';

export type Op = 'SELECT' | 'INSERT' | 'UPDATE' | 'DELETE';

/** A test user: its id (auth.uid()) and the rows it owns, by table (parents are reused). */
export interface TestUser {
  label: string;
  uid: string;
  ctx: OwnerContext;
}

/** An error a role met while the probe acted as it (never read as "no access"). */
export interface RoleError {
  role: string;
  signedIn: boolean;
  op: Op;
  message: string;
  code?: string;
  where?: string;
}

/** Values a kind of table needs beyond its ownership path (storage.objects: bucket and folder). */
export type ExtraOverrides = (u: TestUser) => Record<string, string | null>;

export class RoleActor {
  readonly shapes: Shapes;
  readonly factory: RowFactory;
  readonly users: TestUser[] = [];

  constructor(readonly db: Database) {
    this.shapes = new Shapes(db);
    this.factory = new RowFactory(db, this.shapes);
  }

  /** Users A and B, with auth.users rows where the schema has the table. Returns what went wrong. */
  async createUsers(): Promise<string[]> {
    const problems: string[] = [];
    const hasAuthUsers = !!(await this.shapes.get('auth.users'));
    for (const label of ['A', 'B']) {
      const uid = randomUUID();
      const ctx: OwnerContext = { label, rows: new Map() };
      if (hasAuthUsers) {
        const u = await this.factory.insert('auth.users', ctx, { id: uid, email: `probe-${label.toLowerCase()}-${uid.slice(0, 8)}@example.invalid` });
        if (typeof u !== 'string') ctx.rows.set('auth.users', u);
        else problems.push(`could not create auth.users row for user ${label}: ${u}`);
      }
      this.users.push({ label, uid, ctx });
    }
    return problems;
  }

  get a(): TestUser {
    return this.users[0]!;
  }
  get b(): TestUser {
    return this.users[1]!;
  }

  /** Run `fn` as `role` with the JWT claims PostgREST sets (signed in as `user`, or anon), in a savepoint rolled back after. */
  as<T>(role: string, user: TestUser | undefined, fn: () => Promise<T>): Promise<T> {
    return rolledBack(
      this.db,
      async () => {
        await setJwtClaims(this.db, { role, sub: user?.uid });
        await this.db.query(`set local role ${q(role)}`);
        return fn();
      },
      { nested: true },
    );
  }

  /** Keep the users' owned rows as they are now, to put back after a rolled-back scope. */
  saveRows(): Map<string, Row>[] {
    return this.users.map((u) => new Map(u.ctx.rows));
  }
  restoreRows(saved: Map<string, Row>[]): void {
    this.users.forEach((u, i) => (u.ctx.rows = saved[i]!));
  }

  /**
   * Rows of `table` owned by `u` (as the owner role): first the rows of the tables the policies read
   * (profiles, memberships…) for this user, then up to two rows of the table. A string says why not.
   */
  async ownRows(table: string, u: TestUser, paths: OwnershipPaths, extra?: ExtraOverrides): Promise<Row[] | string> {
    for (const ref of paths.refTables) {
      if (u.ctx.rows.has(ref) || ref === 'auth.users') continue;
      const existing = await this.existingRow(ref, u, paths);
      if (existing) {
        u.ctx.rows.set(ref, existing);
        continue;
      }
      const made = await this.factory.insert(ref, u.ctx, this.overridesFor(ref, u, paths), { fillFks: true, fill: colsOf(ref, paths) });
      if (typeof made === 'string') return `row in ${ref} for the policy's ownership path: ${made}`;
      u.ctx.rows.set(ref, made);
    }
    const rows: Row[] = [];
    const fill = await this.fillFor(table, paths);
    // The path names a row that exists (a membership reads the user's personal account, made at sign-up): it is the user's.
    const keyed = await this.keyedRow(table, this.overridesFor(table, u, paths, extra));
    if (keyed) return [keyed];
    for (let i = 0; i < 2; i++) {
      const made = await this.factory.insert(table, u.ctx, this.overridesFor(table, u, paths, extra), { fillFks: true, fill });
      if (typeof made === 'string') {
        if (i === 0) return made;
        break; // a second row can collide with a unique key: one is enough
      }
      rows.push(made);
    }
    return rows;
  }

  /**
   * Columns the policies name that a row must carry a value for: the ownership columns, and the
   * others that have no default. A column with a default the policies read (`sharing <> 'private'`,
   * `is_public`) keeps it: a new row is private or public the way the application's rows are, and
   * a generated value must not publish a row the owner never published.
   */
  private async fillFor(table: string, paths: OwnershipPaths): Promise<Set<string>> {
    const shape = await this.shapes.get(table);
    const owning = colsOf(table, paths);
    // A column the policies want NULL (`deleted_at IS NULL`) stays empty: a filled one hides the row from its owner.
    return new Set([...paths.targetCols].filter((c) => owning.has(c) || (!shape?.columns.find((x) => x.name === c)?.hasDefault && !paths.nullCols?.has(c))));
  }

  /** The existing row of `table` whose whole primary key `values` fix, if any. */
  async keyedRow(table: string, values: Record<string, string | null>): Promise<Row | undefined> {
    const pk = (await this.shapes.get(table))?.pk ?? [];
    if (!pk.length || pk.some((c) => values[c] == null)) return undefined;
    const r = await attempt<Row>(this.db, `select ctid::text as __ctid, * from ${table} where ${pk.map((c, i) => `${q(c)}::text = $${i + 1}`).join(' and ')}`, pk.map((c) => values[c]));
    if (!r.ok || !r.rows[0]) return undefined;
    return Object.fromEntries(Object.entries(r.rows[0]).map(([k, v]) => [k, v == null ? null : String(v)])) as Row;
  }

  /** A row of `ref` already keyed by the user's id (a profile a trigger on auth.users created). */
  private async existingRow(ref: string, u: TestUser, paths: OwnershipPaths): Promise<Row | undefined> {
    const uidCols = paths.uidCols.get(ref);
    if (!uidCols?.size) return undefined;
    const where = [...uidCols].map((c) => `${q(c)}::text = $1`).join(' and ');
    const existing = await attempt<Row>(this.db, `select ctid::text as __ctid, * from ${ref} where ${where} limit 1`, [u.uid]);
    if (!existing.ok || !existing.rows[0]) return undefined;
    return Object.fromEntries(Object.entries(existing.rows[0]).map(([k, v]) => [k, v == null ? null : String(v)])) as Row;
  }

  /** The values that put a row of `table` on `u`'s side of every ownership path. */
  overridesFor(table: string, u: TestUser, paths: OwnershipPaths, extra?: ExtraOverrides): Record<string, string | null> {
    const o: Record<string, string | null> = { ...(extra?.(u) ?? {}) };
    // The path the policies describe comes before a kind's default values (a storage file named by the id of the user's asset).
    const defaults = new Set(Object.keys(o));
    for (const c of paths.uidCols.get(table) ?? []) o[c] = u.uid;
    for (const [a, b] of paths.links) {
      for (const [mine, other] of [
        [a, b],
        [b, a],
      ] as const) {
        if (mine.table !== table || (mine.col in o && !defaults.has(mine.col))) continue;
        const row = other.table === table ? undefined : u.ctx.rows.get(other.table);
        const v = row?.[other.col];
        if (v != null) {
          o[mine.col] = v;
          defaults.delete(mine.col);
        }
      }
    }
    return o;
  }
}

export function colsOf(table: string, paths: OwnershipPaths): Set<string> {
  const s = new Set(paths.uidCols.get(table) ?? []);
  for (const [a, b] of paths.links) for (const c of [a, b]) if (c.table === table) s.add(c.col);
  return s;
}

export function emptyPaths(): OwnershipPaths {
  return { uidCols: new Map(), links: [], refTables: [], targetCols: new Set(), opaqueCalls: [] };
}
