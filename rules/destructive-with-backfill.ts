import { defineRule } from '../src/analysis/rules.js';
import type { Statement } from '../src/types.js';
import { columnRefs, listName, rangeVarName, walk } from '../src/analysis/ast.js';
import { dmlTarget, relationsRead } from './_security-util.js';

function hasStar(node: any): boolean {
  let star = false;
  walk(node, (key) => {
    if (key === 'A_Star') star = true;
  });
  return star;
}

/** Does an earlier statement copy data out of `table` (or out of `table.column`)? */
function copiesFrom(s: Statement, table: string, column?: string): boolean {
  // Only these copy data; asked for every statement before a drop, the others need no walk.
  if (s.kind !== 'UpdateStmt' && s.kind !== 'InsertStmt' && s.kind !== 'CreateTableAsStmt') return false;
  const n = s.node;
  const target = dmlTarget(s)?.qualified;
  const reads = relationsRead(s).map((q) => q.qualified);
  let source: any;
  if (s.kind === 'UpdateStmt') {
    // UPDATE t SET new = old: copies within t; UPDATE other SET … FROM t: copies out of t.
    if (target !== table && !reads.includes(table)) return false;
    source = (n.targetList ?? []).map((t: any) => t?.ResTarget?.val);
    if (target !== table && column === undefined) return true;
  } else if (s.kind === 'InsertStmt') {
    if (!reads.includes(table) || target === table) return false;
    source = n.selectStmt;
  } else if (s.kind === 'CreateTableAsStmt') {
    if (!reads.includes(table)) return false;
    source = n.query;
  } else return false;
  if (column === undefined) return true;
  return hasStar(source) || columnRefs(source).some((f) => f[f.length - 1] === column);
}

export default defineRule({
  id: 'destructive-with-backfill',
  phase: 'static',
  severity: 'high',
  category: 'data-loss',
  title: 'Source dropped in the same migration that copies data out of it',
  statements: ['AlterTableStmt', 'DropStmt'],
  check(stmt, ctx) {
    const drops: { table: string; column?: string; location?: number }[] = [];
    if (stmt.kind === 'AlterTableStmt' && stmt.node.objtype === 'OBJECT_TABLE') {
      const t = rangeVarName(stmt.node.relation);
      if (!t || !ctx.isExisting(t)) return;
      for (const c of stmt.node.cmds ?? []) if (c?.AlterTableCmd?.subtype === 'AT_DropColumn') drops.push({ table: t.qualified, column: c.AlterTableCmd.name });
    } else if (stmt.kind === 'DropStmt' && stmt.node.removeType === 'OBJECT_TABLE') {
      for (const o of stmt.node.objects ?? []) {
        const q = listName(o?.List?.items);
        if (q && ctx.isExisting(q)) drops.push({ table: q.qualified });
      }
    } else return;
    if (drops.length === 0) return;
    const before = ctx.statements.slice(0, ctx.statements.indexOf(stmt));
    for (const d of drops) {
      const copy = before.find((s) => copiesFrom(s, d.table, d.column));
      if (!copy) continue;
      const what = d.column ? `${d.table}.${d.column}` : d.table;
      ctx.report({
        stmt,
        object: what,
        message: `Line ${copy.span.line} copies data out of ${what}, and this statement drops ${what} in the same migration: if the copy is wrong (a join that misses rows, NULLs, a truncating cast), the original data is gone the moment this deploys, and only a backup restore brings it back. Running both in one transaction does not help: the mistake commits together with the drop.`,
        fix: {
          description: `Ship the copy now and the drop in a later migration, after checking the copied data (and after the application stopped reading ${what}).`,
          sql: `-- this migration: keep ${what}; verify the copy, e.g.\n-- SELECT count(*) FROM … WHERE <new column> IS NULL AND <old column> IS NOT NULL;\n-- a later migration:\n${stmt.sql};`,
        },
      });
    }
  },
});
