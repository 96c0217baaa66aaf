// What a statement means for transactions: whether it controls one, and whether Postgres refuses
// to run it inside a transaction block. Works on libpg-query nodes (Statement.kind / .node).

export type TxControl = 'begin' | 'commit' | 'rollback' | 'savepoint' | 'release' | 'rollback-to' | 'prepare' | 'other';

export function transactionControl(kind: string, node: any): TxControl | undefined {
  if (kind !== 'TransactionStmt') return undefined;
  switch (node?.kind) {
    case 'TRANS_STMT_BEGIN':
    case 'TRANS_STMT_START':
      return 'begin';
    case 'TRANS_STMT_COMMIT':
      return node.chain ? 'other' : 'commit';
    case 'TRANS_STMT_ROLLBACK':
      return node.chain ? 'other' : 'rollback';
    case 'TRANS_STMT_SAVEPOINT':
      return 'savepoint';
    case 'TRANS_STMT_RELEASE':
      return 'release';
    case 'TRANS_STMT_ROLLBACK_TO':
      return 'rollback-to';
    case 'TRANS_STMT_PREPARE':
    case 'TRANS_STMT_COMMIT_PREPARED':
    case 'TRANS_STMT_ROLLBACK_PREPARED':
      return 'prepare';
    default:
      return 'other';
  }
}

/** Why Postgres refuses this statement inside a transaction block, or undefined when it accepts it. */
export function cannotRunInTransaction(kind: string, node: any, serverVersionNum = 170000): string | undefined {
  switch (kind) {
    case 'IndexStmt':
      return node?.concurrent ? 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block' : undefined;
    case 'DropStmt':
      return node?.concurrent ? 'DROP INDEX CONCURRENTLY cannot run inside a transaction block' : undefined;
    case 'ReindexStmt':
      if ((node?.params ?? []).some((p: any) => p?.DefElem?.defname === 'concurrently')) return 'REINDEX CONCURRENTLY cannot run inside a transaction block';
      return node?.kind === 'REINDEX_OBJECT_SYSTEM' || node?.kind === 'REINDEX_OBJECT_DATABASE' ? 'REINDEX SYSTEM/DATABASE cannot run inside a transaction block' : undefined;
    case 'VacuumStmt':
      return node?.is_vacuumcmd ? 'VACUUM cannot run inside a transaction block' : undefined;
    case 'DoStmt': {
      // Transaction control inside DO (PostgreSQL 11+) works only when the DO is not in a transaction block.
      const body = (node?.args ?? []).map((a: any) => a?.DefElem).find((d: any) => d?.defname === 'as')?.arg?.String?.sval ?? '';
      const code = String(body).replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
      return /(^|[;\s])(COMMIT|ROLLBACK)\s*(AND\s+(NO\s+)?CHAIN\s*)?;/i.test(code) ? 'a DO block that runs COMMIT or ROLLBACK cannot run inside a transaction block' : undefined;
    }
    case 'CreatedbStmt':
    case 'DropdbStmt':
      return 'CREATE/DROP DATABASE cannot run inside a transaction block';
    case 'CreateTableSpaceStmt':
    case 'DropTableSpaceStmt':
      return 'CREATE/DROP TABLESPACE cannot run inside a transaction block';
    case 'AlterSystemStmt':
      return 'ALTER SYSTEM cannot run inside a transaction block';
    case 'ClusterStmt':
      return node?.relation ? undefined : 'CLUSTER without a table cannot run inside a transaction block';
    case 'AlterEnumStmt':
      // ADD VALUE is allowed in a transaction block since PostgreSQL 12.
      return node?.newVal && serverVersionNum < 120000 ? 'ALTER TYPE ... ADD VALUE cannot run inside a transaction block before PostgreSQL 12' : undefined;
    case 'AlterTableStmt':
      return (node?.cmds ?? []).some((c: any) => c?.AlterTableCmd?.def?.PartitionCmd?.concurrent)
        ? 'DETACH PARTITION CONCURRENTLY cannot run inside a transaction block'
        : undefined;
    case 'CreateSubscriptionStmt':
    case 'DropSubscriptionStmt':
      return 'subscriptions that create or drop replication slots cannot run inside a transaction block';
    default:
      return undefined;
  }
}
