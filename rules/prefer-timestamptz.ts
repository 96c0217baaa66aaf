import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { colType, columnSites, ident, qname, COLUMN_SITE_STATEMENTS } from './_changes-util.js';
import { alterSql, inPlaceOf } from './_locking-util.js';
import type { Statement } from '../src/types.js';

export default defineRule({
  id: 'prefer-timestamptz',
  phase: 'static',
  severity: 'medium',
  category: 'integrity',
  title: 'timestamp without time zone',
  statements: COLUMN_SITE_STATEMENTS,
  check(stmt, ctx) {
    for (const site of columnSites(stmt)) {
      const type = colType(site.def);
      if (!type || type.name !== 'timestamp') continue;
      const table = rangeVarName(site.table);
      if (!table) continue;
      const object = `${table.qualified}.${site.name}`;
      const col = ident(site.name);
      const precision = type.mods.length ? `(${type.mods[0]})` : '';
      const prisma = ctx.set.layout === 'prisma';
      ctx.report({
        stmt,
        location: site.location,
        object,
        // Prisma writes DateTime as UTC itself, so the column is consistent as long as only Prisma writes it.
        severity: prisma ? 'low' : undefined,
        message:
          `${object} is timestamp${precision} without time zone: it stores a wall-clock reading and forgets which zone it was in. ` +
          `now() and CURRENT_TIMESTAMP are converted to the session's TimeZone setting when stored, so rows written by sessions or servers with different settings are silently inconsistent, and local times repeat for an hour when daylight saving ends. ` +
          `timestamptz stores an absolute instant (UTC inside) in the same 8 bytes and converts on output.` +
          (prisma ? ' Prisma maps DateTime to timestamp(3) and always writes UTC, so this bites when anything else (SQL, triggers, other services) writes or reads the column.' : ''),
        fix: {
          description: prisma
            ? 'Annotate the field with @db.Timestamptz(3) in schema.prisma and regenerate the migration.'
            : 'Use timestamptz (timestamp with time zone).',
          sql:
            site.via === 'create'
              ? // A statement, not a column fragment: fix SQL applies as written (on the new, empty table it is instant).
                `-- or declare it as ${col} timestamptz${precision} in the CREATE TABLE\nALTER TABLE ${qname(table)} ALTER COLUMN ${col} TYPE timestamptz${precision};`
              : site.via === 'add'
                ? (addInPlace(stmt, site.def) ?? `ALTER TABLE ${qname(table)} ADD COLUMN ${col} timestamptz${precision};`)
                : `ALTER TABLE ${qname(table)} ALTER COLUMN ${col} TYPE timestamptz${precision};`,
        },
      });
    }
  },
});

/** The same ALTER TABLE with this ADD COLUMN as timestamptz: the sibling subcommands stay, so it applies in place. */
function addInPlace(stmt: Statement, def: any): string | undefined {
  const cmd = (stmt.node.cmds ?? []).map((c: any) => c?.AlterTableCmd).find((c: any) => c?.def?.ColumnDef === def);
  if (!cmd) return undefined;
  const typeName = { ...def.typeName, names: [{ String: { sval: 'pg_catalog' } }, { String: { sval: 'timestamptz' } }] };
  return alterSql(stmt, inPlaceOf(stmt, cmd, [{ AlterTableCmd: { ...cmd, def: { ColumnDef: { ...def, typeName } } } }]));
}
