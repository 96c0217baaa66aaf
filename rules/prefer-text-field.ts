import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { colType, columnSites, ident, qname, COLUMN_SITE_STATEMENTS } from './_changes-util.js';

export default defineRule({
  id: 'prefer-text-field',
  phase: 'static',
  severity: 'low',
  category: 'style',
  title: 'varchar(n) column',
  statements: COLUMN_SITE_STATEMENTS,
  check(stmt, ctx) {
    for (const site of columnSites(stmt)) {
      const type = colType(site.def);
      if (!type || type.name !== 'varchar' || !type.mods.length) continue;
      const table = rangeVarName(site.table);
      if (!table) continue;
      const n = type.mods[0]!;
      const object = `${table.qualified}.${site.name}`;
      const col = ident(site.name);
      const t = qname(table);
      const check = `CHECK (char_length(${col}) <= ${n})`;
      ctx.report({
        stmt,
        location: site.location,
        object,
        message:
          `${object} is varchar(${n}). When the limit turns out too small, raising it is ALTER COLUMN … TYPE varchar(m): no rewrite since PostgreSQL 9.2, but an ACCESS EXCLUSIVE lock that queues every query on ${table.qualified} behind the longest running one, and lowering it rewrites the table. ` +
          `text with a CHECK constraint stores the same bytes, and its limit can be changed without blocking (add the new constraint NOT VALID, VALIDATE it, drop the old one).`,
        fix: {
          description: 'Use text, with a CHECK constraint if the length is a real rule (not a habit like 255).',
          sql:
            site.via === 'create'
              ? `${col} text ${check}`
              : site.via === 'add'
                ? `ALTER TABLE ${t} ADD COLUMN ${col} text ${check};`
                : `-- varchar → text needs no rewrite:\nALTER TABLE ${t} ALTER COLUMN ${col} TYPE text;\nALTER TABLE ${t} ADD CONSTRAINT ${ident(`${table.name}_${site.name}_length`.slice(0, 63))} ${check} NOT VALID;\nALTER TABLE ${t} VALIDATE CONSTRAINT ${ident(`${table.name}_${site.name}_length`.slice(0, 63))};`,
        },
      });
    }
  },
});
