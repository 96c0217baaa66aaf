// The commands the API roles try on a table, one step each: SELECT, INSERT, UPDATE (USING: touching
// another tenant's rows), UPDATE WITH CHECK (moving one's own rows into another user's or tenant's
// ownership) and DELETE. Each step says what got through (breaches) and which errors the roles met;
// judging them is rls-judge.ts's work.
import type { PolicyInfo } from '../catalog.js';
import type { OwnershipPaths } from './policy-paths.js';
import { attempt, q, rolledBack, type Row, type TableShape } from './util.js';
import type { ExtraOverrides, Op, RoleActor, RoleError, TestUser } from './rls-roles.js';

export interface Breach {
  role: string;
  actor: string;
  operation: Op;
  rows: number;
  of: number;
  /** An UPDATE that moved rows into another user's or tenant's ownership (WITH CHECK let it through), and the column. */
  handover?: string;
}

/** A table with rows for both users, ready for the roles to act on. */
export interface TableUnderTest {
  table: string;
  shape: TableShape;
  entries: [string, PolicyInfo][];
  paths: OwnershipPaths;
  rowsA: Row[];
  rowsB: Row[];
  extra?: ExtraOverrides;
  /** The only columns a client can change to move a row, when not every column (storage: the file's path). */
  movable?: string[];
}

export type Command = 'SELECT' | 'INSERT' | 'UPDATE' | 'UPDATE WITH CHECK' | 'DELETE';
export const COMMANDS: Command[] = ['SELECT', 'INSERT', 'UPDATE', 'UPDATE WITH CHECK', 'DELETE'];

export interface CommandOutcome {
  command: Command;
  /** False when the step had nothing to try (no updatable column, no ownership column). */
  ran: boolean;
  breaches: Breach[];
  errors: RoleError[];
}

const OTHER = 'another tenant’s user';
const ANON = 'anon (no sign-in)';
const ctids = (rows: Row[]) => rows.map((r) => r.__ctid);

/** SELECT as user A, user B and anon: which of the probe's rows each sees. */
export async function selectStep(actor: RoleActor, t: TableUnderTest): Promise<CommandOutcome & { seen: { a: Set<string>; b: Set<string>; anon: Set<string> } }> {
  const all = [...ctids(t.rowsA), ...ctids(t.rowsB)];
  const errors: RoleError[] = [];
  const visible = (role: string, user?: TestUser) =>
    actor.as(role, user, async () => {
      const r = await attempt<{ c: string }>(actor.db, `select ctid::text as c from ${t.shape.name} where ctid = any($1::tid[])`, [all]);
      if (!r.ok) errors.push({ role, signedIn: !!user, op: 'SELECT', message: r.error.message, code: r.error.code, where: r.error.where });
      return new Set(r.ok ? r.rows.map((x) => x.c) : []);
    });
  const seen = { a: await visible('authenticated', actor.a), b: await visible('authenticated', actor.b), anon: await visible('anon') };
  const count = (s: Set<string>, rows: Row[]) => ctids(rows).filter((c) => s.has(c)).length;
  const breaches: Breach[] = [];
  const crossRead = count(seen.b, t.rowsA) + count(seen.a, t.rowsB);
  if (crossRead) breaches.push({ role: 'authenticated', actor: OTHER, operation: 'SELECT', rows: crossRead, of: all.length });
  const anonRead = count(seen.anon, [...t.rowsA, ...t.rowsB]);
  if (anonRead) breaches.push({ role: 'anon', actor: ANON, operation: 'SELECT', rows: anonRead, of: all.length });
  return { command: 'SELECT', ran: true, breaches, errors, seen };
}

/** INSERT of a row in user A's ownership, as user B and as anon. */
export async function insertStep(actor: RoleActor, t: TableUnderTest): Promise<CommandOutcome> {
  const errors: RoleError[] = [];
  const breaches: Breach[] = [];
  const owner = actor.a;
  const values = actor.overridesFor(t.table, owner, t.paths, t.extra);
  // A key the path fixes to A's existing row (A's personal account) would only collide: a new row keeps A's other owner columns.
  if (await actor.keyedRow(t.table, values)) for (const c of t.shape.pk) delete values[c];
  for (const [role, user] of [
    ['authenticated', actor.b],
    ['anon', undefined],
  ] as const) {
    const ok = await actor.as(role, user, async () => {
      const made = await actor.factory.insert(t.table, owner.ctx, values, { returning: false, fillFks: true, fill: t.paths.targetCols });
      if (typeof made === 'string') errors.push({ role, signedIn: !!user, op: 'INSERT', message: made, code: actor.factory.lastCode });
      return typeof made !== 'string';
    });
    if (ok) breaches.push({ role, actor: user ? OTHER : ANON, operation: 'INSERT', rows: 1, of: 1 });
  }
  return { command: 'INSERT', ran: true, breaches, errors };
}

/** A column an UPDATE can set to itself (not generated, not GENERATED ALWAYS, preferably not the key). */
function updatableColumn(shape: TableShape): string | undefined {
  const ok = (c: TableShape['columns'][number]) => !c.generated && c.identity !== 'a';
  return (shape.columns.find((c) => ok(c) && !shape.pk.includes(c.name)) ?? shape.columns.find(ok))?.name;
}

async function affected(actor: RoleActor, role: string, user: TestUser | undefined, op: Op, sql: string, target: string[], errors: RoleError[], params: unknown[] = []): Promise<number> {
  return actor.as(role, user, async () => {
    const r = await attempt(actor.db, sql, [target, ...params]);
    if (!r.ok) errors.push({ role, signedIn: !!user, op, message: r.error.message, code: r.error.code, where: r.error.where });
    return r.ok ? r.affected : 0;
  });
}

/** UPDATE (the USING side): user B on user A's rows, anon on everyone's. */
export async function updateStep(actor: RoleActor, t: TableUnderTest): Promise<CommandOutcome> {
  const col = updatableColumn(t.shape);
  const errors: RoleError[] = [];
  const breaches: Breach[] = [];
  if (!col) return { command: 'UPDATE', ran: false, breaches, errors };
  const sql = `update ${t.shape.name} set ${q(col)} = ${q(col)} where ctid = any($1::tid[])`;
  const all = [...ctids(t.rowsA), ...ctids(t.rowsB)];
  const byB = await affected(actor, 'authenticated', actor.b, 'UPDATE', sql, ctids(t.rowsA), errors);
  if (byB) breaches.push({ role: 'authenticated', actor: OTHER, operation: 'UPDATE', rows: byB, of: t.rowsA.length });
  const byAnon = await affected(actor, 'anon', undefined, 'UPDATE', sql, all, errors);
  if (byAnon) breaches.push({ role: 'anon', actor: ANON, operation: 'UPDATE', rows: byAnon, of: all.length });
  return { command: 'UPDATE', ran: true, breaches, errors };
}

/**
 * UPDATE WITH CHECK: user A moves their own rows into user B's ownership, one ownership column at a
 * time (the owner column set to B, the tenant column set to B's tenant, the storage path moved into
 * B's folder). USING lets A touch the rows; only WITH CHECK (or USING standing in for it) decides
 * where they may go, and it must refuse every such move.
 */
export async function withCheckStep(actor: RoleActor, t: TableUnderTest): Promise<CommandOutcome> {
  const errors: RoleError[] = [];
  const breaches: Breach[] = [];
  const mine = actor.overridesFor(t.table, actor.a, t.paths, t.extra);
  const theirs = actor.overridesFor(t.table, actor.b, t.paths, t.extra);
  // Where clients can change only some columns (storage: the path, never the owner the storage server
  // sets), only those can move a row; they count when the policies read them.
  const owning = t.movable ? new Set(t.movable.filter((c) => t.paths.targetCols.has(c))) : ownershipColumns(t.table, t.paths);
  const movable = [...owning].filter((c) => theirs[c] != null && theirs[c] !== mine[c] && t.shape.columns.some((x) => x.name === c && !x.generated && x.identity !== 'a'));
  if (!t.shape.rowSecurity || !t.rowsA.length || !movable.length) return { command: 'UPDATE WITH CHECK', ran: false, breaches, errors };
  for (const col of movable) {
    const type = t.shape.columns.find((x) => x.name === col)!.type;
    const sql = `update ${t.shape.name} set ${q(col)} = $2::text::${type} where ctid = any($1::tid[])`;
    // One row: two rows moved to the same value can collide on a unique key (a file path).
    const moved = await affected(actor, 'authenticated', actor.a, 'UPDATE', sql, ctids(t.rowsA.slice(0, 1)), errors, [theirs[col]]);
    if (moved) breaches.push({ role: 'authenticated', actor: 'a signed-in user', operation: 'UPDATE', rows: moved, of: 1, handover: col });
  }
  return { command: 'UPDATE WITH CHECK', ran: true, breaches, errors };
}

/** DELETE: user B on user A's rows, anon on everyone's. */
export async function deleteStep(actor: RoleActor, t: TableUnderTest): Promise<CommandOutcome> {
  const errors: RoleError[] = [];
  const breaches: Breach[] = [];
  const sql = `delete from ${t.shape.name} where ctid = any($1::tid[])`;
  const all = [...ctids(t.rowsA), ...ctids(t.rowsB)];
  const byB = await affected(actor, 'authenticated', actor.b, 'DELETE', sql, ctids(t.rowsA), errors);
  if (byB) breaches.push({ role: 'authenticated', actor: OTHER, operation: 'DELETE', rows: byB, of: t.rowsA.length });
  const byAnon = await affected(actor, 'anon', undefined, 'DELETE', sql, all, errors);
  if (byAnon) breaches.push({ role: 'anon', actor: ANON, operation: 'DELETE', rows: byAnon, of: all.length });
  return { command: 'DELETE', ran: true, breaches, errors };
}

/**
 * Columns of `table` that lead to auth.uid(): compared with it directly, or equal to a column of a
 * table that does (transitively). A link to a table the user does not own (a public category) is
 * not ownership: moving a row along it is not a handover.
 */
export function ownershipColumns(table: string, paths: OwnershipPaths): Set<string> {
  // Ownership flows from the tables compared with auth.uid() towards the target, never from the target outwards.
  const owned = new Set([...paths.uidCols.keys()].filter((t) => t !== table));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [a, b] of paths.links) {
      for (const [x, y] of [
        [a, b],
        [b, a],
      ] as const) {
        if (owned.has(y.table) && !owned.has(x.table) && x.table !== table) {
          owned.add(x.table);
          changed = true;
        }
      }
    }
  }
  const cols = new Set(paths.uidCols.get(table) ?? []);
  for (const [a, b] of paths.links) {
    if (a.table === table && b.table !== table && owned.has(b.table)) cols.add(a.col);
    if (b.table === table && a.table !== table && owned.has(a.table)) cols.add(b.col);
  }
  return cols;
}

/**
 * The owner's own request of each command in `ops`, as user A on A's rows only (INSERT: a row A
 * owns). An exception a role met on a mixed request (A's SELECT reads B's rows too) says little on
 * its own: when the owner's own request goes through, the exception refuses the others (a policy
 * that denies by raising); when it fails too, every such request fails, the owner's included.
 * Returns, per command, the error the owner met (undefined: it went through).
 */
export async function ownerRequests(actor: RoleActor, t: TableUnderTest, ops: Op[]): Promise<Map<Op, RoleError | undefined>> {
  const out = new Map<Op, RoleError | undefined>();
  const owner = actor.a;
  const mine = ctids(t.rowsA);
  const col = updatableColumn(t.shape);
  for (const op of new Set(ops)) {
    const errors: RoleError[] = [];
    if (op === 'INSERT') {
      // The owner's row as they would insert it when they have none yet: their rows of the table are
      // set aside first (rolled back after), since a key the path fixes (one row per user, their
      // personal account's membership) makes a second row a unique violation, which says nothing about the exception.
      await rolledBack(
        actor.db,
        async () => {
          await attempt(actor.db, `delete from ${t.shape.name} where ctid = any($1::tid[])`, [mine], { keep: true });
          await actor.as('authenticated', owner, async () => {
            const made = await actor.factory.insert(t.table, owner.ctx, actor.overridesFor(t.table, owner, t.paths, t.extra), { returning: false, fillFks: true, fill: t.paths.targetCols });
            if (typeof made === 'string') errors.push({ role: 'authenticated', signedIn: true, op, message: made, code: actor.factory.lastCode, where: actor.factory.lastError?.where });
          });
        },
        { nested: true },
      );
    } else {
      if (op === 'UPDATE' && !col) continue;
      const sql =
        op === 'SELECT'
          ? `select 1 from ${t.shape.name} where ctid = any($1::tid[])`
          : op === 'UPDATE'
            ? `update ${t.shape.name} set ${q(col!)} = ${q(col!)} where ctid = any($1::tid[])`
            : `delete from ${t.shape.name} where ctid = any($1::tid[])`;
      await affected(actor, 'authenticated', owner, op, sql, mine, errors);
    }
    out.set(op, errors[0]);
  }
  return out;
}
