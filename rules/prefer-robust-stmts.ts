import { defineRule, type StaticContext } from '../src/analysis/rules.js';
import { listName, rangeVarName, strings } from '../src/analysis/ast.js';
import type { Statement } from '../src/types.js';
import { isAtomic, isChange } from './_changes-util.js';

interface Problem {
  what: string;
  object?: string;
  fix: string;
  sql?: string;
  location?: number;
}

export default defineRule({
  id: 'prefer-robust-stmts',
  phase: 'static',
  severity: 'low',
  category: 'deploy',
  title: 'Statement fails when a half-applied migration is retried',
  // Every statement: whether a retry is safe depends on every change the file made before it.
  statements: 'every',
  check(stmt, ctx) {
    // In a transaction a failure undoes everything: the retry starts clean.
    if (ctx.tx.inTransaction || isAtomic(ctx.migration, ctx.statements)) return;
    const changes = changesOf(ctx.statements);
    const concurrent = stmt.kind === 'IndexStmt' && !!stmt.node.concurrent;
    // If the last change fails it left nothing behind (a failed CONCURRENTLY build excepted: it leaves an INVALID index).
    if (changes.length < 2 && !concurrent) return;
    if (changes[changes.length - 1] === stmt && !concurrent) return;
    const p = problem(stmt, ctx);
    if (!p) return;
    ctx.report({
      stmt,
      location: p.location,
      object: p.object,
      message: `${p.what}. This migration does not run in a transaction, so when a later statement fails, this one stays applied, and the retry fails here.`,
      fix: { description: p.fix, sql: p.sql },
    });
  },
});

// Per source, computed once: filtering every statement list for every statement made 100,000-statement files quadratic.
const changesCache = new WeakMap<Statement[], Statement[]>();
function changesOf(stmts: Statement[]): Statement[] {
  let c = changesCache.get(stmts);
  if (!c) changesCache.set(stmts, (c = stmts.filter(isChange)));
  return c;
}

const DROP_KEYWORD: Record<string, string> = {
  OBJECT_MATVIEW: 'MATERIALIZED VIEW',
  OBJECT_FOREIGN_TABLE: 'FOREIGN TABLE',
  OBJECT_ACCESS_METHOD: 'ACCESS METHOD',
  OBJECT_EVENT_TRIGGER: 'EVENT TRIGGER',
  OBJECT_TSCONFIGURATION: 'TEXT SEARCH CONFIGURATION',
};

const insert = (sql: string, re: RegExp, text: string) => (re.test(sql) ? sql.replace(re, (m) => `${m}${text}`) + ';' : undefined);

function problem(stmt: Statement, ctx: StaticContext): Problem | undefined {
  const n = stmt.node;
  const sql = stmt.sql;
  let earlierList: Statement[] | undefined;
  const earlier = () => (earlierList ??= ctx.statements.filter((s) => s.index < stmt.index));
  const droppedFirst = (type: string, name: string | undefined) =>
    !!name &&
    earlier().some(
      (s) =>
        s.kind === 'DropStmt' &&
        s.node.removeType === type &&
        s.node.missing_ok &&
        (s.node.objects ?? []).some((o: any) => {
          const parts = strings(o?.List?.items ?? (o?.String ? [o] : []));
          return parts[parts.length - 1] === name;
        }),
    );
  switch (stmt.kind) {
    case 'CreateStmt':
      if (n.if_not_exists || n.relation?.relpersistence === 't') return undefined;
      return { object: rangeVarName(n.relation)?.qualified, what: `CREATE TABLE ${rangeVarName(n.relation)?.qualified} has no IF NOT EXISTS`, fix: 'Add IF NOT EXISTS.', sql: insert(sql, /^\s*create\s+(unlogged\s+)?table\s+/i, 'IF NOT EXISTS ') };
    case 'IndexStmt': {
      if (n.if_not_exists) return undefined;
      const name: string | undefined = n.idxname;
      const object = name ? `${rangeVarName(n.relation)?.schema ?? 'public'}.${name}` : rangeVarName(n.relation)?.qualified;
      if (!name) {
        return {
          object,
          what: 'The index has no name, so a retry builds a second, identical index under a new name',
          fix: 'Name the index and create it with IF NOT EXISTS.',
        };
      }
      if (n.concurrent) {
        if (droppedFirst('OBJECT_INDEX', name)) return undefined;
        return {
          object,
          what: `CREATE INDEX CONCURRENTLY ${name} has no IF NOT EXISTS, and a failed concurrent build leaves an INVALID index named ${name} behind`,
          fix: 'Drop a leftover invalid index first, then build it again (IF NOT EXISTS alone would keep the invalid one).',
          sql: `DROP INDEX CONCURRENTLY IF EXISTS ${name};\n${sql};`,
        };
      }
      return { object, what: `CREATE INDEX ${name} has no IF NOT EXISTS`, fix: 'Add IF NOT EXISTS.', sql: insert(sql, /^\s*create\s+(unique\s+)?index\s+/i, 'IF NOT EXISTS ') };
    }
    case 'CreateSchemaStmt':
      if (n.if_not_exists) return undefined;
      return { object: n.schemaname, what: `CREATE SCHEMA ${n.schemaname} has no IF NOT EXISTS`, fix: 'Add IF NOT EXISTS.', sql: insert(sql, /^\s*create\s+schema\s+/i, 'IF NOT EXISTS ') };
    case 'CreateSeqStmt':
      if (n.if_not_exists) return undefined;
      return { object: rangeVarName(n.sequence)?.qualified, what: `CREATE SEQUENCE ${rangeVarName(n.sequence)?.qualified} has no IF NOT EXISTS`, fix: 'Add IF NOT EXISTS.', sql: insert(sql, /^\s*create\s+(temp\s+|temporary\s+|unlogged\s+)?sequence\s+/i, 'IF NOT EXISTS ') };
    case 'CreateExtensionStmt':
      if (n.if_not_exists) return undefined;
      return { object: n.extname, what: `CREATE EXTENSION ${n.extname} has no IF NOT EXISTS`, fix: 'Add IF NOT EXISTS.', sql: insert(sql, /^\s*create\s+extension\s+/i, 'IF NOT EXISTS ') };
    case 'CreateFunctionStmt':
      if (n.replace) return undefined;
      return { object: listName(n.funcname)?.qualified, what: `CREATE ${n.is_procedure ? 'PROCEDURE' : 'FUNCTION'} ${listName(n.funcname)?.qualified} has no OR REPLACE`, fix: 'Use CREATE OR REPLACE.', sql: insert(sql, /^\s*create\s+/i, 'OR REPLACE ') };
    case 'ViewStmt':
      if (n.replace) return undefined;
      return { object: rangeVarName(n.view)?.qualified, what: `CREATE VIEW ${rangeVarName(n.view)?.qualified} has no OR REPLACE`, fix: 'Use CREATE OR REPLACE VIEW.', sql: insert(sql, /^\s*create\s+/i, 'OR REPLACE ') };
    case 'CreateTrigStmt': {
      if (n.replace || droppedFirst('OBJECT_TRIGGER', n.trigname)) return undefined;
      const table = rangeVarName(n.relation)?.qualified;
      return ctx.settings.pgVersion >= 14
        ? { object: `${table}.${n.trigname}`, what: `CREATE TRIGGER ${n.trigname} has no OR REPLACE`, fix: 'Use CREATE OR REPLACE TRIGGER (PostgreSQL 14+).', sql: insert(sql, /^\s*create\s+/i, 'OR REPLACE ') }
        : { object: `${table}.${n.trigname}`, what: `CREATE TRIGGER ${n.trigname} fails if the trigger exists`, fix: 'Drop it first with IF EXISTS.', sql: `DROP TRIGGER IF EXISTS ${n.trigname} ON ${table};\n${sql};` };
    }
    case 'CreatePolicyStmt': {
      if (droppedFirst('OBJECT_POLICY', n.policy_name)) return undefined;
      const table = rangeVarName(n.table)?.qualified;
      return { object: `${table}.${n.policy_name}`, what: `CREATE POLICY "${n.policy_name}" fails if the policy exists (there is no IF NOT EXISTS)`, fix: 'Drop it first with IF EXISTS.', sql: `DROP POLICY IF EXISTS "${n.policy_name}" ON ${table};\n${sql};` };
    }
    case 'DropStmt': {
      if (n.missing_ok) return undefined;
      const kind = DROP_KEYWORD[n.removeType] ?? String(n.removeType ?? '').replace(/^OBJECT_/, '').replace(/_/g, ' ');
      const re = new RegExp(`^\\s*drop\\s+${kind.split(' ').join('\\s+')}\\s+(concurrently\\s+)?`, 'i');
      const first = n.objects?.[0];
      const dropped = first?.List ? strings(first.List.items).join('.') : (first?.String?.sval ?? (first?.TypeName ? strings(first.TypeName.names).join('.') : first?.ObjectWithArgs ? strings(first.ObjectWithArgs.objname).join('.') : undefined));
      return { object: dropped, what: `DROP ${kind}${dropped ? ' ' + dropped : ''} has no IF EXISTS`, fix: 'Add IF EXISTS.', sql: insert(sql, re, 'IF EXISTS ') };
    }
    case 'AlterTableStmt': {
      const table = rangeVarName(n.relation)?.qualified;
      for (const c of n.cmds ?? []) {
        const cmd = c?.AlterTableCmd;
        if (!cmd) continue;
        if (cmd.subtype === 'AT_AddColumn' && !cmd.missing_ok) {
          const col = cmd.def?.ColumnDef;
          return {
            object: `${table}.${col?.colname}`,
            what: `ADD COLUMN ${col?.colname} on ${table} has no IF NOT EXISTS`,
            fix: 'Write ADD COLUMN IF NOT EXISTS.',
            sql: /\badd\s+column\s+(?!if\b)/i.test(sql) ? sql.replace(/\badd\s+column\s+(?!if\b)/gi, 'ADD COLUMN IF NOT EXISTS ') + ';' : undefined,
            location: col?.location,
          };
        }
        if (cmd.subtype === 'AT_DropColumn' && !cmd.missing_ok) {
          return {
            object: `${table}.${cmd.name}`,
            what: `DROP COLUMN ${cmd.name} on ${table} has no IF EXISTS`,
            fix: 'Write DROP COLUMN IF EXISTS.',
            sql: /\bdrop\s+column\s+(?!if\b)/i.test(sql) ? sql.replace(/\bdrop\s+column\s+(?!if\b)/gi, 'DROP COLUMN IF EXISTS ') + ';' : undefined,
          };
        }
        if (cmd.subtype === 'AT_DropConstraint' && !cmd.missing_ok) {
          return {
            object: `${table}.${cmd.name}`,
            what: `DROP CONSTRAINT ${cmd.name} on ${table} has no IF EXISTS`,
            fix: 'Write DROP CONSTRAINT IF EXISTS.',
            sql: sql.replace(/\bdrop\s+constraint\s+(?!if\b)/gi, 'DROP CONSTRAINT IF EXISTS ') + ';',
          };
        }
        if (cmd.subtype === 'AT_AddConstraint') {
          const con = cmd.def?.Constraint;
          const name: string | undefined = con?.conname;
          if (!name) continue;
          const dropped = earlier().some(
            (s) =>
              s.kind === 'AlterTableStmt' &&
              (s.node.cmds ?? []).some((x: any) => x?.AlterTableCmd?.subtype === 'AT_DropConstraint' && x.AlterTableCmd.missing_ok && x.AlterTableCmd.name === name),
          );
          if (dropped) continue;
          return {
            object: `${table}.${name}`,
            what: `ADD CONSTRAINT ${name} on ${table} fails if the constraint exists (there is no IF NOT EXISTS)`,
            fix: 'Drop it first with IF EXISTS in the statement before.',
            sql: `ALTER TABLE ${table} DROP CONSTRAINT IF EXISTS ${name};\n${sql};`,
            location: con?.location,
          };
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}
