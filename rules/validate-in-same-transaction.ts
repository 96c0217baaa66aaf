import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import type { Statement } from '../src/types.js';
import { ident, relSql, reviewState, sameTxBefore } from './_locking-util.js';

interface Added {
  migrationId: string;
  mode: 'all-pending' | string | undefined;
  kind: 'CHECK' | 'FOREIGN KEY';
  ref?: string;
}

/** NOT VALID constraints added by a statement: table|name → kind. */
function notValidAdds(stmt: Statement): { key: string; kind: Added['kind']; ref?: string }[] {
  if (stmt.kind !== 'AlterTableStmt') return [];
  const table = rangeVarName(stmt.node.relation);
  if (!table) return [];
  const out: { key: string; kind: Added['kind']; ref?: string }[] = [];
  for (const c of stmt.node.cmds ?? []) {
    const cmd = c?.AlterTableCmd;
    const con = cmd?.def?.Constraint;
    if (cmd?.subtype !== 'AT_AddConstraint' || !con?.skip_validation || !con.conname) continue;
    if (con.contype !== 'CONSTR_CHECK' && con.contype !== 'CONSTR_FOREIGN') continue;
    out.push({
      key: `${table.qualified}|${con.conname}`,
      kind: con.contype === 'CONSTR_CHECK' ? 'CHECK' : 'FOREIGN KEY',
      ref: rangeVarName(con.pktable)?.qualified,
    });
  }
  return out;
}

export default defineRule({
  id: 'validate-in-same-transaction',
  phase: 'static',
  severity: 'high',
  category: 'locking',
  title: 'VALIDATE CONSTRAINT in the same transaction as its NOT VALID constraint',
  statements: ['AlterTableStmt'],
  check(stmt, ctx) {
    const seen = reviewState(ctx, 'validate-in-same-transaction', () => new Map<string, Added>());
    for (const a of notValidAdds(stmt))
      seen.set(a.key, { migrationId: ctx.migration.id, mode: ctx.migration.transactionMode, kind: a.kind, ref: a.ref });
    if (stmt.kind !== 'AlterTableStmt') return;
    const table = rangeVarName(stmt.node.relation);
    if (!table || !ctx.isExisting(table)) return;
    for (const c of stmt.node.cmds ?? []) {
      const cmd = c?.AlterTableCmd;
      if (cmd?.subtype !== 'AT_ValidateConstraint' || !cmd.name) continue;
      const key = `${table.qualified}|${cmd.name}`;
      let added: { kind: Added['kind']; ref?: string } | undefined;
      let where = '';
      for (const s of sameTxBefore(ctx, stmt)) {
        const hit = notValidAdds(s).find((a) => a.key === key);
        if (hit) {
          added = hit;
          where = ctx.tx.explicit ? 'inside the same BEGIN … COMMIT block' : 'in the same migration, which runs as one transaction';
        }
      }
      const prior = seen.get(key);
      if (!added && prior && prior.migrationId !== ctx.migration.id && prior.mode === 'all-pending' && ctx.migration.transactionMode === 'all-pending') {
        added = prior;
        where = `in migration ${prior.migrationId}, and this runner applies all pending migrations in one transaction`;
      }
      if (!added) continue;
      const locks =
        added.kind === 'CHECK'
          ? `the ACCESS EXCLUSIVE lock that ADD CONSTRAINT … CHECK took on ${table.qualified}`
          : `the SHARE ROW EXCLUSIVE locks that ADD FOREIGN KEY took on ${table.qualified}${added.ref ? ` and ${added.ref}` : ''}`;
      ctx.report({
        stmt,
        object: `${table.qualified}.${cmd.name}`,
        message:
          `${cmd.name} was added NOT VALID ${where}. Locks last until commit, so the validation scan runs while ${locks} is still held: ` +
          (added.kind === 'CHECK' ? 'every read and write of the table' : 'every write to both tables') +
          ' waits for the whole scan, exactly as if NOT VALID had not been used.',
        fix: {
          description:
            'Commit the NOT VALID constraint first and validate it in a separate transaction: move VALIDATE CONSTRAINT to the next migration (for an explicit block, after its COMMIT).',
          sql: `-- in a separate migration:\nALTER TABLE ${relSql(table, stmt.node.relation)} VALIDATE CONSTRAINT ${ident(cmd.name)};`,
        },
        evidence: { constraint: cmd.name, kind: added.kind },
      });
    }
  },
});
