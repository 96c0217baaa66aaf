// Bundled by scripts/bundle.mjs (esbuild). Do not edit; run `npm run build`.
import { createRequire as __pgreviewCreateRequire } from 'node:module';
import { fileURLToPath as __pgreviewFileURLToPath } from 'node:url';
const require = __pgreviewCreateRequire(import.meta.url);
const __pgreviewAsset = (p) => __pgreviewFileURLToPath(new URL(p, import.meta.url));

// src/sql/transaction.ts
function transactionControl(kind, node) {
  if (kind !== "TransactionStmt") return void 0;
  switch (node?.kind) {
    case "TRANS_STMT_BEGIN":
    case "TRANS_STMT_START":
      return "begin";
    case "TRANS_STMT_COMMIT":
      return node.chain ? "other" : "commit";
    case "TRANS_STMT_ROLLBACK":
      return node.chain ? "other" : "rollback";
    case "TRANS_STMT_SAVEPOINT":
      return "savepoint";
    case "TRANS_STMT_RELEASE":
      return "release";
    case "TRANS_STMT_ROLLBACK_TO":
      return "rollback-to";
    case "TRANS_STMT_PREPARE":
    case "TRANS_STMT_COMMIT_PREPARED":
    case "TRANS_STMT_ROLLBACK_PREPARED":
      return "prepare";
    default:
      return "other";
  }
}
function cannotRunInTransaction(kind, node, serverVersionNum = 17e4) {
  switch (kind) {
    case "IndexStmt":
      return node?.concurrent ? "CREATE INDEX CONCURRENTLY cannot run inside a transaction block" : void 0;
    case "DropStmt":
      return node?.concurrent ? "DROP INDEX CONCURRENTLY cannot run inside a transaction block" : void 0;
    case "ReindexStmt":
      if ((node?.params ?? []).some((p) => p?.DefElem?.defname === "concurrently")) return "REINDEX CONCURRENTLY cannot run inside a transaction block";
      return node?.kind === "REINDEX_OBJECT_SYSTEM" || node?.kind === "REINDEX_OBJECT_DATABASE" ? "REINDEX SYSTEM/DATABASE cannot run inside a transaction block" : void 0;
    case "VacuumStmt":
      return node?.is_vacuumcmd ? "VACUUM cannot run inside a transaction block" : void 0;
    case "DoStmt": {
      const body = (node?.args ?? []).map((a) => a?.DefElem).find((d) => d?.defname === "as")?.arg?.String?.sval ?? "";
      const code = String(body).replace(/--[^\n]*/g, " ").replace(/\/\*[\s\S]*?\*\//g, " ");
      return /(^|[;\s])(COMMIT|ROLLBACK)\s*(AND\s+(NO\s+)?CHAIN\s*)?;/i.test(code) ? "a DO block that runs COMMIT or ROLLBACK cannot run inside a transaction block" : void 0;
    }
    case "CreatedbStmt":
    case "DropdbStmt":
      return "CREATE/DROP DATABASE cannot run inside a transaction block";
    case "CreateTableSpaceStmt":
    case "DropTableSpaceStmt":
      return "CREATE/DROP TABLESPACE cannot run inside a transaction block";
    case "AlterSystemStmt":
      return "ALTER SYSTEM cannot run inside a transaction block";
    case "ClusterStmt":
      return node?.relation ? void 0 : "CLUSTER without a table cannot run inside a transaction block";
    case "AlterEnumStmt":
      return node?.newVal && serverVersionNum < 12e4 ? "ALTER TYPE ... ADD VALUE cannot run inside a transaction block before PostgreSQL 12" : void 0;
    case "AlterTableStmt":
      return (node?.cmds ?? []).some((c) => c?.AlterTableCmd?.def?.PartitionCmd?.concurrent) ? "DETACH PARTITION CONCURRENTLY cannot run inside a transaction block" : void 0;
    case "CreateSubscriptionStmt":
    case "DropSubscriptionStmt":
      return "subscriptions that create or drop replication slots cannot run inside a transaction block";
    default:
      return void 0;
  }
}

export {
  transactionControl,
  cannotRunInTransaction
};
