import { ident } from './_locking-util.js';
import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName, typeInfo } from '../src/analysis/ast.js';
import type { VersionedMap } from '../src/analysis/schema-model.js';

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
type EnumName = { qualified: string; name: string };

/** The model's enum keys with their unqualified names (after the last dot), in the model's order, per version of the map. */
const enumNameLists = new WeakMap<VersionedMap<string, unknown>, { version: number; names: EnumName[] }>();
function enumNames(enums: VersionedMap<string, unknown>): EnumName[] {
  const cached = enumNameLists.get(enums);
  if (cached?.version === enums.version) return cached.names;
  const names = [...enums.keys()].map((qualified) => ({ qualified, name: qualified.slice(qualified.lastIndexOf('.') + 1) }));
  enumNameLists.set(enums, { version: enums.version, names });
  return names;
}

/**
 * The model's enums whose unqualified name is `ending` (`suffix` false) or ends with it, in the
 * model's order, their values as the model holds them now. The names are listed once per change of
 * the model's enums: listing them for each statement with a text column was a hot spot on folders
 * with many enums.
 */
function enumsNamed(enums: VersionedMap<string, { values: string[] }>, ending: string, suffix: boolean): EnumEntry[] {
  const out: EnumEntry[] = [];
  const names = enumNames(enums);
  for (let i = 0; i < names.length; i++) {
    const { qualified, name } = names[i]!;
    if (suffix ? name.endsWith(ending) : name === ending) out.push({ qualified, name, values: enums.get(qualified)!.values });
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
    if (ctx.model.enums.size === 0) return; // no enum to match
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
    if (!cols.some((c) => TEXT.has(typeInfo(c.typeName)?.name ?? ''))) return;
    for (const c of cols) {
      const t = typeInfo(c.typeName);
      if (!t || t.array || !TEXT.has(t.name) || !c.table) continue;
      const col = c.name.toLowerCase();
      const exact = enumsNamed(ctx.model.enums, col, false);
      let match = exact.length === 1 ? exact[0] : undefined;
      if (!match && exact.length === 0) {
        const suffix = enumsNamed(ctx.model.enums, `_${col}`, true);
        // The table's stems only matter for a suffix match (nearly always none).
        const tableStems = suffix.length ? stems(c.table.name.toLowerCase()) : [];
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
