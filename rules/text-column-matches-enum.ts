import { ident } from './_locking-util.js';
import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName, typeInfo } from '../src/analysis/ast.js';

const TEXT = new Set(['text', 'varchar', 'bpchar', 'citext']);
/** Column names so generic that a suffix match says nothing unless the enum's prefix names the table. */
const GENERIC = new Set(['status', 'state', 'type', 'kind', 'role', 'level', 'category', 'priority', 'mode', 'source', 'stage', 'tier', 'visibility']);

function stems(table: string): string[] {
  const out = new Set([table]);
  if (table.endsWith('ies')) out.add(`${table.slice(0, -3)}y`);
  if (table.endsWith('es')) out.add(table.slice(0, -2));
  if (table.endsWith('s')) out.add(table.slice(0, -1));
  return [...out];
}

type EnumEntry = { qualified: string; name: string; values: string[] };

/**
 * The model's enums whose unqualified name (after the last dot) is `ending` (`within` '') or ends
 * with it (`within` '_'), in the model's order. Read from the map for each column, by comparing
 * the ends of the keys: listing every enum for each statement with a text column was a hot spot on
 * folders with many enums.
 */
function enumsNamed(enums: ReadonlyMap<string, { values: string[] }>, ending: string, within: '' | '_'): EnumEntry[] {
  const out: EnumEntry[] = [];
  const dotted = ending.includes('.');
  for (const [qualified, e] of enums) {
    if (!qualified.endsWith(ending)) continue;
    const name = qualified.slice(qualified.lastIndexOf('.') + 1);
    // A key that ends with a dot-free `ending` has it inside its name when it ends there, or when the
    // name is longer (a suffix); only then is the name worth cutting out. A dotted ending is compared as cut.
    if (dotted ? (within ? name.endsWith(ending) : name === ending) : within || name.length === ending.length)
      out.push({ qualified, name, values: e.values });
  }
  return out;
}

export default defineRule({
  id: 'text-column-matches-enum',
  phase: 'static',
  severity: 'low',
  category: 'integrity',
  title: 'Text column where a matching enum type exists',
  statements: ['CreateStmt', 'AlterTableStmt'],
  check(stmt, ctx) {
    const cols: { name: string; typeName: any; table?: { schema: string; name: string; qualified: string }; hasDefault?: boolean }[] = [];
    const hasDefault = (d: any) => (d?.constraints ?? []).some((x: any) => x?.Constraint?.contype === 'CONSTR_DEFAULT');
    if (stmt.kind === 'CreateStmt') {
      const t = rangeVarName(stmt.node.relation);
      for (const e of stmt.node.tableElts ?? []) if (e.ColumnDef) cols.push({ name: e.ColumnDef.colname, typeName: e.ColumnDef.typeName, table: t, hasDefault: hasDefault(e.ColumnDef) });
    } else if (stmt.kind === 'AlterTableStmt') {
      const t = rangeVarName(stmt.node.relation);
      for (const c of stmt.node.cmds ?? []) {
        const cmd = c?.AlterTableCmd;
        if (cmd?.subtype === 'AT_AddColumn' && cmd.def?.ColumnDef) cols.push({ name: cmd.def.ColumnDef.colname, typeName: cmd.def.ColumnDef.typeName, table: t, hasDefault: hasDefault(cmd.def.ColumnDef) });
      }
    } else return;
    if (ctx.model.enums.size === 0) return;
    if (!cols.some((c) => TEXT.has(typeInfo(c.typeName)?.name ?? ''))) return;
    for (const c of cols) {
      const t = typeInfo(c.typeName);
      if (!t || t.array || !TEXT.has(t.name) || !c.table) continue;
      const col = c.name.toLowerCase();
      const exact = enumsNamed(ctx.model.enums, col, '');
      let match = exact.length === 1 ? exact[0] : undefined;
      if (!match && exact.length === 0) {
        const suffix = enumsNamed(ctx.model.enums, `_${col}`, '_');
        const tableStems = stems(c.table.name.toLowerCase());
        const forTable = suffix.filter((e) => {
          const prefix = e.name.slice(0, -(col.length + 1));
          return tableStems.includes(prefix) || tableStems.some((s) => s.endsWith(`_${prefix}`) || s.startsWith(`${prefix}_`));
        });
        if (forTable.length === 1) match = forTable[0];
        else if (forTable.length === 0 && suffix.length === 1 && !GENERIC.has(col)) match = suffix[0];
      }
      if (!match) continue;
      const values = match.values.length ? ` (${match.values.slice(0, 6).map((v) => `'${v}'`).join(', ')}${match.values.length > 6 ? ', …' : ''})` : '';
      ctx.report({
        stmt,
        location: c.typeName?.location,
        object: `${c.table.qualified}.${c.name}`,
        message: `${c.table.qualified}.${c.name} is ${t.display}, but the enum ${match.qualified}${values} already exists for this kind of value: as free text the column accepts any spelling ('Active', 'active ', 'actve'), and queries and reports split on the variants.`,
        fix: {
          description: `Use the enum type (or add a CHECK constraint listing the allowed values).`,
          // A statement that applies after this one (a text default would need recasting: then only the hint).
          sql: c.hasDefault
            ? `-- in the column definition: ${c.name} ${match.qualified}`
            : `-- or declare it as ${c.name} ${match.qualified} in the column definition\nALTER TABLE ${c.table.qualified} ALTER COLUMN ${ident(c.name)} TYPE ${match.qualified} USING ${ident(c.name)}::${match.qualified};`,
        },
      });
    }
  },
});
