import { defineRule, type StaticContext } from '../src/analysis/rules.js';
import { listName, rangeVarName, strings, walk, type QualifiedName } from '../src/analysis/ast.js';
import type { Statement } from '../src/types.js';
import { nonTxAdvice, reviewState, sameTxBefore, txHow } from './_locking-util.js';

interface Pending {
  label: string;
  type: QualifiedName;
  source: object;
  allPending: boolean;
  file: string;
  line: number;
}

const ENDS = new Set(['TRANS_STMT_COMMIT', 'TRANS_STMT_ROLLBACK', 'TRANS_STMT_COMMIT_PREPARED', 'TRANS_STMT_ROLLBACK_PREPARED', 'TRANS_STMT_PREPARE']);

function typeMatches(typeName: any, t: QualifiedName): boolean {
  const q = listName(typeName?.names);
  if (!q) return false;
  return q.name === t.name && (!typeName.names || strings(typeName.names).length < 2 || q.schema === t.schema);
}

/** Where a statement uses `label` as a value of enum type `t`; undefined when it does not. */
function usage(stmt: Statement, p: Pending, ctx: StaticContext): number | undefined {
  if (stmt.kind === 'DoStmt') {
    // The block runs now: any quoted occurrence of the label in its body counts.
    return stmt.sql.includes(`'${p.label.replace(/'/g, "''")}'`) ? -1 : undefined;
  }
  if (stmt.kind === 'CreateFunctionStmt' || stmt.kind === 'AlterEnumStmt' || stmt.kind === 'CommentStmt') return undefined;
  const literals: { loc: number; cast: boolean }[] = [];
  const tables = new Set<string>();
  let enumColumnDefault = false;
  walk(stmt.node, (key, value) => {
    if (key === 'TypeCast' && value.arg?.A_Const?.sval?.sval === p.label && typeMatches(value.typeName, p.type)) literals.push({ loc: value.location ?? -1, cast: true });
    else if (key === 'A_Const' && value.sval?.sval === p.label) literals.push({ loc: value.location ?? -1, cast: false });
    else if ((key === 'RangeVar' || key === 'relation') && typeof value.relname === 'string') {
      const q = rangeVarName(value);
      if (q) tables.add(q.qualified);
    } else if (key === 'ColumnDef' && typeMatches(value.typeName, p.type)) {
      for (const c of value.constraints ?? []) if (c?.Constraint?.contype === 'CONSTR_DEFAULT' && c.Constraint.raw_expr?.A_Const?.sval?.sval === p.label) enumColumnDefault = true;
    }
  });
  if (!literals.length) return undefined;
  const cast = literals.find((l) => l.cast);
  if (cast) return cast.loc;
  if (enumColumnDefault) return literals[0]!.loc;
  // A bare literal counts when the statement touches a table with a column of this enum type, or
  // when the model knows no such table (it cannot tell, and the label is distinctive enough).
  const usesEnum = (qualified: string) => [...(ctx.table(qualified)?.columns.values() ?? [])].some((c) => c.type?.name === p.type.name.toLowerCase() || c.type?.name === p.type.name);
  if ([...tables].some(usesEnum)) return literals[0]!.loc;
  const anyTable = [...ctx.model.tables.keys()].some(usesEnum);
  return anyTable ? undefined : literals[0]!.loc;
}

const noPending = (): Pending[] => [];

export default defineRule({
  id: 'enum-value-in-same-transaction',
  phase: 'static',
  severity: 'critical',
  category: 'deploy',
  title: 'New enum value used in the transaction that adds it',
  // Every statement: a label added earlier may be used by any statement after it, and COMMIT ends the wait.
  statements: 'every',
  check(stmt, ctx) {
    const pending = reviewState(ctx, 'enum-value-in-same-transaction', noPending);
    const allPending = ctx.migration.transactionMode === 'all-pending';
    // Sources are checked one after the other: a label added in an earlier source can only be used
    // by a later migration of an all-pending runner. The others can never match again; kept, they were
    // copied and looked at for every later statement of the history.
    for (let i = pending.length - 1; i >= 0; i--) if (pending[i]!.source !== ctx.source && !pending[i]!.allPending) pending.splice(i, 1);

    // 1. Uses of labels added earlier in the same transaction (nearly always none: not even an iterator then).
    if (pending.length) for (const p of [...pending]) {
      const same = p.source === ctx.source || (p.allPending && allPending);
      if (!same) continue;
      const loc = usage(stmt, p, ctx);
      if (loc === undefined) continue;
      pending.splice(pending.indexOf(p), 1);
      const typeName = p.type.schema === 'public' ? p.type.name : p.type.qualified;
      ctx.report({
        stmt,
        location: loc >= 0 ? loc : undefined,
        object: `${p.type.qualified}.${p.label}`,
        message:
          `'${p.label}' is added to enum ${typeName} by ALTER TYPE … ADD VALUE (${p.file}:${p.line}) in the same transaction that uses it here. ` +
          `A new enum value cannot be used until the transaction that added it commits: the deploy fails with 'unsafe use of new value "${p.label}" of enum type ${p.type.name}'.`,
        fix: {
          description:
            'Commit the new value before using it: keep ALTER TYPE … ADD VALUE in its own migration and move the statements that use the value to a later migration.' +
            (p.allPending && p.source !== ctx.source ? ' This runner applies all pending migrations in one transaction, so the two must also be deployed separately.' : ''),
        },
        evidence: { label: p.label, type: p.type.qualified },
      });
    }
    if (stmt.kind === 'TransactionStmt' && ENDS.has(stmt.node.kind) && pending.length) {
      for (const p of [...pending]) if (p.source === ctx.source) pending.splice(pending.indexOf(p), 1);
    }

    // 2. The ADD VALUE itself.
    if (stmt.kind !== 'AlterEnumStmt' || !stmt.node.newVal || stmt.node.oldVal) return;
    const how = txHow(ctx);
    if (!how) return;
    const type = listName(stmt.node.typeName);
    if (!type) return;
    // Values added to a type created earlier in the same transaction are usable at once.
    const origin = ctx.model.enums.get(type.qualified)?.origin;
    if (origin && (sameTxBefore(ctx, stmt).includes(origin.statement) || (allPending && origin.phase === 'pr' && origin.migrationId !== ctx.migration.id))) return;
    if (ctx.settings.pgVersion < 12) {
      ctx.report({
        stmt,
        object: `${type.qualified}.${stmt.node.newVal}`,
        message:
          `Before PostgreSQL 12 (the target is ${ctx.settings.pgVersion}), ALTER TYPE … ADD VALUE cannot run inside a transaction block, and this migration runs in one` +
          ` (${how === 'explicit' ? 'BEGIN … COMMIT in the file' : how === 'implicit' ? 'a multi-statement file sent as one query' : 'wrapped by the runner'}): the deploy fails with "ALTER TYPE ... ADD cannot run inside a transaction block".`,
        fix: { description: 'Give each ADD VALUE a migration of its own, outside a transaction. ' + nonTxAdvice(ctx, how) },
      });
      return;
    }
    pending.push({ label: stmt.node.newVal, type, source: ctx.source, allPending, file: stmt.file, line: stmt.span.line });
  },
});
