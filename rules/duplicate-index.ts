import { defineRule } from '../src/analysis/rules.js';
import { placeFor, schemaOf, SYSTEM_SCHEMAS } from './_live-util.js';
import type { IndexInfo } from '../src/live/catalog.js';

/** The definition without the index's own name (and UNIQUE), as splinter's duplicate_index compares. */
function shape(idx: IndexInfo): string {
  return idx.definition.replace(/^CREATE (UNIQUE )?INDEX ("(?:[^"]|"")+"|\S+) ON /, 'INDEX ON ');
}

export default defineRule({
  id: 'duplicate-index',
  phase: 'live',
  severity: 'low',
  category: 'performance',
  title: 'Index duplicates another index on the same table',
  check(ctx) {
    const groups = new Map<string, string[]>();
    for (const [name, idx] of Object.entries(ctx.after.indexes)) {
      if (!idx.valid || SYSTEM_SCHEMAS.has(schemaOf(idx.table))) continue;
      const key = `${idx.table}\u0000${shape(idx)}`;
      groups.set(key, [...(groups.get(key) ?? []), name]);
    }
    for (const names of groups.values()) {
      if (names.length < 2) continue;
      const added = names.filter((n) => !(n in ctx.before.indexes));
      if (!added.length) continue; // old debt
      // Keep the one that enforces something (primary key, unique), else the oldest; the new ones are the duplicates.
      const keep = [...names].sort((a, b) => rank(ctx.after.indexes[b]!) - rank(ctx.after.indexes[a]!) || Number(b in ctx.before.indexes) - Number(a in ctx.before.indexes))[0]!;
      for (const dup of names.filter((n) => n !== keep)) {
        const keepIsNew = !(keep in ctx.before.indexes);
        if (!keepIsNew && !added.includes(dup)) continue;
        const about = added.includes(dup) ? dup : keep; // the index this PR added
        const other = about === dup ? keep : dup;
        const a = ctx.after.indexes[about]!;
        const o = ctx.after.indexes[other]!;
        ctx.report({
          ...placeFor(ctx, about),
          object: about,
          message: `${about} indexes the same thing as ${other}${o.primary ? ' (the primary key)' : o.unique && !a.unique ? ' (a unique index)' : ''} on ${a.table}: ${a.definition.replace(/^.* USING /, 'USING ')}. The planner needs only one of them; the other still takes disk and slows every INSERT, UPDATE and DELETE (Supabase lint duplicate_index).`,
          fix: { description: about === dup ? 'Do not create the duplicate.' : `Drop the older, weaker index now that ${about} covers it.`, sql: `DROP INDEX ${dup};` },
          evidence: { table: a.table, index: about, duplicates: other, definitions: [a.definition, o.definition] },
        });
      }
    }
  },
});

function rank(i: IndexInfo): number {
  return i.primary ? 2 : i.unique ? 1 : 0;
}
