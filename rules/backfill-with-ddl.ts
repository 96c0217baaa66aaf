import { defineRule, type StaticContext } from '../src/analysis/rules.js';
import type { Statement } from '../src/types.js';
import { listName, rangeVarName, strings, type QualifiedName } from '../src/analysis/ast.js';
import { dmlTarget, relationsRead } from './_security-util.js';

/** Statements that run in the same transaction as `stmt`, or undefined when it runs in none. */
export function transactionBlock(stmt: Statement, ctx: StaticContext): Statement[] | undefined {
  const all = ctx.statements;
  const i = all.indexOf(stmt);
  const isBegin = (s: Statement) => s.kind === 'TransactionStmt' && ['TRANS_STMT_BEGIN', 'TRANS_STMT_START'].includes(s.node.kind);
  const isEnd = (s: Statement) =>
    s.kind === 'TransactionStmt' && ['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_COMMIT_PREPARED', 'TRANS_STMT_ROLLBACK_PREPARED'].includes(s.node.kind);
  if (ctx.tx.explicit) {
    let start = i;
    while (start > 0 && !isBegin(all[start - 1]!)) start--;
    let end = i;
    while (end < all.length - 1 && !isEnd(all[end + 1]!)) end++;
    return all.slice(start, end + 1);
  }
  if (ctx.tx.wrapped || ctx.migration.transactionMode === 'implicit') return all;
  return undefined;
}

/** A WHERE that pins one or a few rows by key: a data fix, not a backfill. */
function pinsRows(where: any, pk: string[] | undefined): boolean {
  const keys = new Set(pk?.length ? pk : ['id']);
  const isKey = (e: any) => {
    const f = strings(e?.ColumnRef?.fields);
    return f.length > 0 && keys.has(f[f.length - 1]!);
  };
  const isConst = (e: any) => !!e?.A_Const || !!e?.TypeCast?.arg?.A_Const || !!e?.ParamRef;
  const e = where?.A_Expr;
  if (e && e.name?.[0]?.String?.sval === '=' && ((isKey(e.lexpr) && isConst(e.rexpr)) || (isKey(e.rexpr) && isConst(e.lexpr)))) return true;
  if (e && e.kind === 'AEXPR_IN' && isKey(e.lexpr) && (e.rexpr?.List?.items ?? []).every(isConst)) return true;
  const b = where?.BoolExpr;
  if (b?.boolop === 'AND_EXPR') return (b.args ?? []).some((a: any) => pinsRows(a, pk));
  return false;
}

/** The existing tables a data-changing statement rewrites or copies, or undefined when it is not a backfill. */
export function backfillTables(s: Statement, ctx: StaticContext): QualifiedName[] | undefined {
  const target = dmlTarget(s);
  if (!target) return undefined;
  if (s.kind === 'UpdateStmt' || s.kind === 'DeleteStmt') {
    if (!ctx.isExisting(target)) return undefined;
    if (pinsRows(s.node.whereClause, ctx.table(target)?.primaryKey)) return undefined;
    return [target];
  }
  // INSERT … SELECT … FROM: copies rows; INSERT … VALUES (seed rows) is not a backfill.
  const sel = s.node.selectStmt?.SelectStmt;
  if (!sel || sel.valuesLists || !(sel.fromClause?.length || sel.larg || sel.withClause)) return undefined;
  // Each table once, however often the query names it (a self-join, the target read back).
  const seen = new Set<string>();
  const touched = [target, ...relationsRead(s)].filter((q) => ctx.isExisting(q) && !seen.has(q.qualified) && !!seen.add(q.qualified));
  return touched.length ? touched : undefined;
}

/** Schema changes that take a lasting lock on an existing table. */
export function ddlTable(s: Statement, ctx: StaticContext): QualifiedName | undefined {
  const n = s.node;
  let q: QualifiedName | undefined;
  switch (s.kind) {
    case 'AlterTableStmt':
      if (n.objtype !== 'OBJECT_TABLE') return undefined;
      q = rangeVarName(n.relation);
      break;
    case 'IndexStmt':
      if (n.concurrent) return undefined;
      q = rangeVarName(n.relation);
      break;
    case 'RenameStmt':
      if (!['OBJECT_TABLE', 'OBJECT_COLUMN', 'OBJECT_TABCONSTRAINT'].includes(n.renameType)) return undefined;
      q = rangeVarName(n.relation);
      break;
    case 'CreateTrigStmt':
      q = rangeVarName(n.relation);
      break;
    case 'DropStmt':
      if (n.removeType !== 'OBJECT_TABLE') return undefined;
      q = listName(n.objects?.[0]?.List?.items);
      break;
    default:
      return undefined;
  }
  return q && ctx.isExisting(q) ? q : undefined;
}

export default defineRule({
  id: 'backfill-with-ddl',
  phase: 'static',
  severity: 'medium',
  category: 'locking',
  title: 'Data backfill in the same transaction as schema changes',
  statements: ['InsertStmt', 'UpdateStmt', 'DeleteStmt'],
  check(stmt, ctx) {
    const tables = backfillTables(stmt, ctx);
    if (!tables) return;
    const block = transactionBlock(stmt, ctx);
    if (!block) return;
    const before = block.slice(0, block.indexOf(stmt));
    const ddl = before.map((s) => ({ s, q: ddlTable(s, ctx) })).filter((d) => d.q);
    if (ddl.length === 0) return;
    // Once per transaction: only the first backfill after the first schema change reports.
    const firstDdlAt = block.indexOf(ddl[0]!.s);
    const earlierBackfill = block.slice(firstDdlAt + 1, block.indexOf(stmt)).some((s) => backfillTables(s, ctx));
    if (earlierBackfill) return;
    const locked = [...new Set(ddl.map((d) => d.q!.qualified))];
    const verb = stmt.kind === 'UpdateStmt' ? 'rewrites' : stmt.kind === 'DeleteStmt' ? 'deletes' : 'copies';
    ctx.report({
      stmt,
      object: tables[0]!.qualified,
      message: `This ${stmt.kind.replace('Stmt', '').toUpperCase()} ${verb} rows of ${[...new Set(tables.map((t) => t.qualified))].join(', ')} inside the same transaction as the schema change${locked.length > 1 ? 's' : ''} above on ${locked.join(', ')}: the locks those took (ACCESS EXCLUSIVE for most ALTER TABLE forms) are held until COMMIT, so ${locked.join(', ')} stay${locked.length > 1 ? '' : 's'} blocked for reads and writes for as long as the data change runs, and a failure near the end rolls back both.`,
      fix: {
        description:
          'Split it: ship the schema change in one migration, run the backfill in its own migration (or a script) in batches that each commit, then add constraints that depend on it in a third step.',
        sql: `-- migration 1: the schema change only\n-- migration 2 (or a script), in batches:\n-- UPDATE ${tables[0]!.qualified} SET … WHERE id IN (SELECT id FROM ${tables[0]!.qualified} WHERE … LIMIT 5000);`,
      },
    });
  },
});
