import { defineRule } from '../src/analysis/rules.js';
import { rangeVarName } from '../src/analysis/ast.js';
import { colType, columnSites, ident, qname, COLUMN_SITE_STATEMENTS } from './_changes-util.js';

export default defineRule({
  id: 'ban-char-field',
  phase: 'static',
  severity: 'low',
  category: 'style',
  title: 'char(n) column',
  statements: COLUMN_SITE_STATEMENTS,
  check(stmt, ctx) {
    for (const site of columnSites(stmt)) {
      const type = colType(site.def);
      // bpchar is char(n)/character(n); the quoted one-byte "char" type is something else.
      if (!type || type.name !== 'bpchar') continue;
      const table = rangeVarName(site.table);
      if (!table) continue;
      const n = type.mods[0] ?? 1;
      const object = `${table.qualified}.${site.name}`;
      const col = ident(site.name);
      ctx.report({
        stmt,
        location: site.location,
        object,
        message:
          `${object} is char(${n}): values are blank-padded to ${n} characters when stored and returned to the client, but the padding is ignored in comparisons and stripped by casts to text and concatenation, so 'ab' = 'ab  ' is true while the application reads 'ab  '. ` +
          `Postgres's manual advises against it: it is no faster than text or varchar and usually the slowest of the three because of the padding; the length limit is its only effect.`,
        fix: (() => {
          const check = `CHECK (char_length(${col}) ${n > 1 ? `<= ${n}` : '= 1'})`;
          const t = qname(table);
          // char(36) almost always holds a UUID in text form.
          const type = n === 36 ? 'uuid' : 'text';
          const extra = n === 36 ? '' : ` ${check}`;
          const sql =
            site.via === 'create'
              ? `${col} ${type}${extra}`
              : site.via === 'add'
                ? `ALTER TABLE ${t} ADD COLUMN ${col} ${type}${extra};`
                : `ALTER TABLE ${t} ALTER COLUMN ${col} TYPE ${type}${n === 36 ? ` USING ${col}::uuid` : ''};`;
          return {
            description:
              n === 36
                ? 'A 36-character column almost always holds a UUID: use the uuid type (16 bytes, validated, indexed as a value).'
                : `Use text, with a CHECK constraint if the length is a real rule${n === 1 ? ' (or boolean, or an enum, for a one-letter flag)' : ''}.`,
            sql,
          };
        })(),
      });
    }
  },
});
