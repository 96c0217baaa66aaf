import { defineRule, type StaticContext } from '../src/analysis/rules.js';
import type { Statement } from '../src/types.js';
import { funcCallOf, strings, typeInfo } from '../src/analysis/ast.js';
import { mayNameAny } from '../src/sql/text.js';
import { extensionByName } from '../src/analysis/extension-objects.js';

// Which extension a name needs, from the one table (src/analysis/extension-objects.ts). Generic
// names (pgjwt's sign, pgcrypto's encrypt) are left out: a call by that name does not say it is the extension's.
const FUNCS = extensionByName('functions');
const SCHEMA_FUNCS = extensionByName('schemas');
const TYPES = extensionByName('types');
const METHODS = extensionByName('methods');
const OPCLASSES = extensionByName('opclasses');

/** Extensions Supabase projects have enabled from the start. */
const SUPABASE_DEFAULT = new Set(['uuid-ossp', 'pgcrypto', 'pg_graphql', 'pg_stat_statements', 'supabase_vault', 'pgjwt', 'plpgsql']);

const SKIP = new Set(['DropStmt', 'CommentStmt', 'CreateExtensionStmt', 'AlterExtensionStmt', 'GrantStmt', 'AlterOwnerStmt', 'AlterObjectSchemaStmt', 'DoStmt']);

/** CREATE EXTENSION written anywhere earlier in the history, including inside DO blocks and functions. */
function createdInText(ctx: StaticContext, stmt: Statement, ext: string): boolean {
  const esc = ext.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const re = new RegExp(`create\\s+extension\\s+(?:if\\s+not\\s+exists\\s+)?"?${esc}"?(?![\\w-])`, 'i');
  for (const m of ctx.set.migrations) {
    if (m.history !== ctx.migration.history) continue;
    if (m === ctx.migration) return re.test(ctx.source.source.text.slice(0, stmt.span.start));
    if (re.test(m.up.text)) return true;
  }
  return false;
}

/**
 * Whether the statement's text could name anything this rule looks for: every name it matches
 * (functions, the cron and net schemas, types, operator classes, all ending in `_ops`, index
 * methods) is an identifier of the statement, so it is in the text in some case, or spelled with
 * Unicode escapes (`U&"…"`). Without any of them the rule has nothing to find, and the statement
 * need not be walked for it: most statements name none, and this rule was the one that had every
 * statement walked. Names are compared as the rule lower-cases them (JavaScript's toLowerCase).
 */
const mayNameAnyOf = mayNameAny([...FUNCS.keys(), ...TYPES.keys(), ...METHODS.keys(), '_ops'], [...SCHEMA_FUNCS.keys()]);
function mayName(sql: string, pgVersion: number): boolean {
  return mayNameAnyOf(sql) || (pgVersion < 13 && /gen_random_uuid/i.test(sql));
}

/** Where a type name (TypeName wrappers, column and argument types) or an index operator class sits. */
const TYPE_AND_OPCLASS_NODES = ['TypeName', 'typeName', 'argType', 'returnType', 'IndexElem'];

export default defineRule({
  id: 'extension-not-created',
  phase: 'static',
  severity: 'high',
  category: 'deploy',
  title: 'Uses an extension that is never created',
  // Every statement: any of them may call an extension's function or use its type.
  statements: 'every',
  nodes: ['FuncCall', ...TYPE_AND_OPCLASS_NODES],
  check(stmt, ctx) {
    if (SKIP.has(stmt.kind)) return;
    if (!mayName(stmt.sql, ctx.settings.pgVersion)) return;
    // Built only when a candidate shows up: building them for every statement was quadratic in history length.
    let funcs: Set<string> | undefined;
    let types: Set<string> | undefined;
    const userFuncs = { has: (n: string) => (funcs ??= new Set([...ctx.model.functions.keys()].map((k) => k.split('.').pop()!))).has(n) };
    const userTypes = { has: (n: string) => (types ??= new Set([...ctx.model.enums.keys()].map((k) => k.split('.').pop()!))).has(n) };
    const uses = new Map<string, { what: string; location?: number }>();
    const note = (ext: string, what: string, location?: number) => {
      if (!uses.has(ext)) uses.set(ext, { what, location });
    };
    for (const { node } of ctx.nodes(['FuncCall'])) {
      const f = funcCallOf(node);
      if (!f) continue;
      const bySchema = f.schema ? SCHEMA_FUNCS.get(f.schema) : undefined;
      if (bySchema) {
        note(bySchema, `${f.schema}.${f.name}()`, f.node.location);
        continue;
      }
      if (f.schema === 'pg_catalog') continue;
      let ext = FUNCS.get(f.name);
      if (!ext && f.name === 'gen_random_uuid' && ctx.settings.pgVersion < 13) ext = 'pgcrypto';
      if (ext && !userFuncs.has(f.name)) note(ext, `${f.name}()`, f.node.location);
    }
    for (const { kind, node: value } of ctx.nodes(TYPE_AND_OPCLASS_NODES)) {
      if (kind === 'IndexElem') {
        for (const o of strings(value.opclass)) {
          const ext = OPCLASSES.get(o.toLowerCase());
          if (ext) note(ext, `operator class ${o}`);
        }
      } else if (Array.isArray(value.names)) {
        const t = typeInfo(value);
        const ext = t ? TYPES.get(t.name) : undefined;
        if (ext && !userTypes.has(t!.name) && !strings(value.names).includes('pg_catalog')) note(ext, `type ${t!.name}`, value.location);
      }
    }
    if (stmt.kind === 'IndexStmt') {
      const m = String(stmt.node.accessMethod ?? '').toLowerCase();
      const ext = METHODS.get(m);
      if (ext) note(ext, `index method ${m}`);
    }
    if (uses.size === 0) return;
    const later = ctx.statements.slice(ctx.statements.indexOf(stmt) + 1);
    for (const [ext, use] of uses) {
      if (ctx.model.extensions.has(ext)) continue;
      if (createdInText(ctx, stmt, ext)) continue;
      if (ctx.supabase && SUPABASE_DEFAULT.has(ext)) continue;
      const createdLater = later.some((s) => s.kind === 'CreateExtensionStmt' && s.node.extname === ext);
      const quoted = /^[a-z_][a-z0-9_]*$/.test(ext) ? ext : `"${ext}"`;
      ctx.report({
        stmt,
        location: use.location,
        object: ext,
        message: createdLater
          ? `This uses ${use.what} from the ${ext} extension, but CREATE EXTENSION ${quoted} only runs later in this file: on a fresh database this statement fails (${use.what.startsWith('type') ? 'type does not exist' : 'function does not exist'}).`
          : `This uses ${use.what} from the ${ext} extension, and no migration up to here runs CREATE EXTENSION ${quoted}: it works only on databases where someone enabled the extension by hand, and fails on a fresh one (CI, a new environment, a teammate's local reset).`,
        fix: {
          description: createdLater ? 'Move CREATE EXTENSION before the first use.' : `Create the extension in a migration before its first use${ctx.supabase ? ' (Supabase keeps extensions in the extensions schema)' : ''}.`,
          sql: `CREATE EXTENSION IF NOT EXISTS ${quoted}${ctx.supabase ? ' WITH SCHEMA extensions' : ''};`,
        },
      });
    }
  },
});
