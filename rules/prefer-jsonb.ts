import { ident } from './_locking-util.js';
import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName, typeInfo } from '../src/analysis/ast.js';

export default defineRule({
  id: 'prefer-jsonb',
  phase: 'static',
  severity: 'low',
  category: 'style',
  title: 'json column: prefer jsonb',
  statements: ['CreateStmt', 'AlterTableStmt'],
  check(stmt, ctx) {
    const cols: { name: string; typeName: any; table?: string; hasDefault?: boolean }[] = [];
    const hasDefault = (d: any) => (d?.constraints ?? []).some((x: any) => x?.Constraint?.contype === 'CONSTR_DEFAULT');
    if (stmt.kind === 'CreateStmt') {
      const t = rangeVarName(stmt.node.relation)?.qualified;
      for (const e of stmt.node.tableElts ?? []) if (e.ColumnDef) cols.push({ name: e.ColumnDef.colname, typeName: e.ColumnDef.typeName, table: t, hasDefault: hasDefault(e.ColumnDef) });
    } else if (stmt.kind === 'AlterTableStmt') {
      const t = rangeVarName(stmt.node.relation)?.qualified;
      for (const c of stmt.node.cmds ?? []) {
        const cmd = c?.AlterTableCmd;
        if (cmd?.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef) cols.push({ name: cmd.def.ColumnDef.colname, typeName: cmd.def.ColumnDef.typeName, table: t, hasDefault: hasDefault(cmd.def.ColumnDef) });
        if (cmd?.subtype === 'AT_AlterColumnType' && cmd.def?.ColumnDef) cols.push({ name: cmd.name, typeName: cmd.def.ColumnDef.typeName, table: t });
      }
    } else return;
    for (const c of cols) {
      const t = typeInfo(c.typeName);
      if (!t || t.name !== 'json' || (t.schema && t.schema !== 'pg_catalog')) continue;
      ctx.report({
        stmt,
        location: c.typeName?.location,
        object: `${c.table ?? 'unknown'}.${c.name}`,
        message: `${c.name} is json, which stores the text as written and re-parses it on every access: it cannot be indexed with GIN, has no equality operator (so DISTINCT, GROUP BY and UNION on it fail), and keeps duplicate keys. jsonb is what the containment operators, GIN indexes and Supabase's filters expect.`,
        fix: {
          description: 'Use jsonb, unless you must keep the exact text, key order or duplicate keys of the input.',
          // A statement that applies after this one (a json default would need recasting: then only the hint).
          sql:
            c.hasDefault || !c.table || t.array
              ? `-- in the column definition: ${c.name} jsonb${t.array ? '[]' : ''}`
              : `-- or declare it as ${c.name} jsonb in the column definition\nALTER TABLE ${c.table} ALTER COLUMN ${ident(c.name)} TYPE jsonb USING ${ident(c.name)}::jsonb;`,
        },
      });
    }
  },
});
