// Rows planted for one test user in a set of tables (along each table's ownership path), and which of
// them a role can read directly: what a view or a function then shows beyond that is what it leaks.
import type { ProbeInput } from './types.js';
import { ownershipPaths } from './policy-paths.js';
import { attempt, type Row } from './util.js';
import { emptyPaths, type RoleActor, type TestUser } from './rls-roles.js';

export interface PlantedRow {
  table: string;
  row: Row;
}

/** Rows of `user` in each of `tables` (and the rows their ownership paths needed). Tables that refused are named. */
export async function plantRows(actor: RoleActor, user: TestUser, tables: string[], input: ProbeInput): Promise<{ planted: PlantedRow[]; failed: string[] }> {
  const planted: PlantedRow[] = [];
  const failed: string[] = [];
  for (const table of tables) {
    const shape = await actor.shapes.get(table);
    if (!shape) continue;
    const policies = Object.values(input.trace.after!.policies).filter((p) => p.table === table);
    const paths = shape.rowSecurity ? await ownershipPaths(table, policies, actor.shapes) : emptyPaths();
    const made = await actor.ownRows(table, user, paths);
    if (typeof made === 'string') failed.push(`${table}: ${made}`);
    else planted.push(...made.map((row) => ({ table, row })));
  }
  for (const [table, row] of user.ctx.rows) if (row.__ctid && !planted.some((p) => p.table === table && p.row.__ctid === row.__ctid)) planted.push({ table, row });
  return { planted, failed };
}

/** The planted rows `role` (signed in as `as`, or anon) can read straight from their tables. */
export async function directlyVisible(actor: RoleActor, role: string, as: TestUser | undefined, planted: PlantedRow[]): Promise<Set<PlantedRow>> {
  const seen = new Set<PlantedRow>();
  const byTable = new Map<string, PlantedRow[]>();
  for (const p of planted) byTable.set(p.table, [...(byTable.get(p.table) ?? []), p]);
  await actor.as(role, as, async () => {
    for (const [table, rows] of byTable) {
      const shape = await actor.shapes.get(table);
      if (!shape) continue;
      const r = await attempt<{ c: string }>(actor.db, `select ctid::text as c from ${shape.name} where ctid = any($1::tid[])`, [rows.map((x) => x.row.__ctid)]);
      if (r.ok) for (const p of rows) if (r.rows.some((x) => x.c === p.row.__ctid)) seen.add(p);
    }
  });
  return seen;
}

/** RLS-enabled tables among a view's dependencies (relations or their columns, `schema.table.column`) or the probe's tables. */
export function rlsTables(names: string[], input: ProbeInput): string[] {
  const rels = input.trace.after!.relations;
  const relation = (n: string) => (n.match(/"(?:[^"]|"")*"|[^.]+/g) ?? [n]).slice(0, 2).join('.');
  return [...new Set(names.filter((n) => !n.startsWith('fn:')).map(relation))].filter((n) => (rels[n]?.kind === 'table' || rels[n]?.kind === 'partitioned table') && rels[n]!.rowSecurity);
}
