import { defineRule } from '../src/analysis/rules.js';
import { defaultExpr, funcCalls, rangeVarName } from '../src/analysis/ast.js';
import { mayNameAny } from '../src/sql/text.js';

const mayCallIt = mayNameAny(['uuid_generate_v4']);

export default defineRule({
  id: 'prefer-gen-random-uuid',
  phase: 'static',
  severity: 'low',
  category: 'style',
  title: 'uuid_generate_v4(): prefer the built-in gen_random_uuid()',
  statements: ['CreateStmt', 'AlterTableStmt'],
  check(stmt, ctx) {
    if (ctx.settings.pgVersion < 13) return;
    // A call named uuid_generate_v4 is written in the text as such (in any case; U& escapes could spell it otherwise).
    if (!mayCallIt(stmt.sql)) return;
    const defaults: { col: string; expr: any; table?: string }[] = [];
    if (stmt.kind === 'CreateStmt') {
      const t = rangeVarName(stmt.node.relation)?.qualified;
      for (const e of stmt.node.tableElts ?? []) if (e.ColumnDef) defaults.push({ col: e.ColumnDef.colname, expr: defaultExpr(e.ColumnDef), table: t });
    } else if (stmt.kind === 'AlterTableStmt') {
      const t = rangeVarName(stmt.node.relation)?.qualified;
      for (const c of stmt.node.cmds ?? []) {
        const cmd = c?.AlterTableCmd;
        if (cmd?.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef) defaults.push({ col: cmd.def.ColumnDef.colname, expr: defaultExpr(cmd.def.ColumnDef), table: t });
        if (cmd?.subtype === 'AT_ColumnDefault' && cmd.def) defaults.push({ col: cmd.name, expr: cmd.def, table: t });
      }
    } else return;
    const hits = defaults
      .map((d) => ({ ...d, call: funcCalls(d.expr).find((f) => f.name === 'uuid_generate_v4') }))
      .filter((d) => d.call);
    if (hits.length === 0) return;
    const cols = hits.map((h) => h.col);
    const call = hits[0]!.call!;
    const written = call.schema ? `${call.schema}.uuid_generate_v4()` : 'uuid_generate_v4()';
    ctx.report({
      stmt,
      location: call.node.location,
      object: `${hits[0]!.table ?? 'unknown'}.${cols.join(',')}`,
      message: `${cols.join(', ')} default${cols.length > 1 ? '' : 's'} to ${written}, which needs the uuid-ossp extension (and, on Supabase, its extensions schema on the search_path). gen_random_uuid() is built into PostgreSQL 13 and later and produces the same random (version 4) UUIDs with no extension to install.`,
      fix: {
        description: 'Use gen_random_uuid() (or uuidv7() on PostgreSQL 18 for time-ordered keys).',
        sql: `${stmt.sql.replace(/(?:\b[\w"]+\.)?uuid_generate_v4\s*\(\s*\)/gi, 'gen_random_uuid()')};`,
      },
    });
  },
});
