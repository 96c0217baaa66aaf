import { defineRule } from '../src/analysis/rules.js';
import { defElem, rangeVarName } from '../src/analysis/ast.js';
import { optionNumber } from './_security-util.js';

export default defineRule({
  id: 'hnsw-parameters',
  phase: 'static',
  severity: 'low',
  category: 'vector',
  title: 'Vector index parameters out of range or unusual',
  statements: ['IndexStmt'],
  check(stmt, ctx) {
    if (stmt.kind !== 'IndexStmt') return;
    const method = String(stmt.node.accessMethod ?? '').toLowerCase();
    if (method !== 'hnsw' && method !== 'ivfflat') return;
    const table = rangeVarName(stmt.node.relation);
    const object = table?.qualified ?? 'unknown';
    const opts = stmt.node.options;
    const errors: string[] = [];
    const notes: string[] = [];
    let fixed = '';
    if (method === 'hnsw') {
      const mOpt = defElem(opts, 'm');
      const efOpt = defElem(opts, 'ef_construction');
      const m = optionNumber(mOpt);
      const ef = optionNumber(efOpt);
      if (!mOpt && !efOpt) return;
      const mm = m ?? 16;
      const ee = ef ?? 64;
      if (m !== undefined && (m < 2 || m > 100)) errors.push(`m = ${m} is outside pgvector's allowed range 2–100`);
      if (ef !== undefined && (ef < 4 || ef > 1000)) errors.push(`ef_construction = ${ef} is outside pgvector's allowed range 4–1000`);
      if (errors.length === 0 && ee < 2 * mm) errors.push(`ef_construction (${ee}) must be at least 2 × m (${2 * mm})`);
      if (errors.length === 0) {
        if (mm > 64) notes.push(`m = ${mm} is far above the default 16: every vector stores up to ${2 * mm} neighbours on the bottom layer, so the index is several times larger and slower to build and update, for little recall gain`);
        if (ee > 512) notes.push(`ef_construction = ${ee} is far above the default 64: builds take many times longer (and hold their lock that long) for little recall gain; raise hnsw.ef_search at query time instead`);
      }
      const fm = m !== undefined && (m < 2 || m > 100) ? 16 : Math.min(mm, 64);
      const fe = Math.max(Math.min(ef !== undefined && (ef < 4 || ef > 1000) ? 64 : ee, 512), 2 * fm);
      fixed = `WITH (m = ${fm}, ef_construction = ${fe})`;
    } else {
      const listsOpt = defElem(opts, 'lists');
      const lists = optionNumber(listsOpt);
      if (lists === undefined) return;
      if (lists < 1 || lists > 32768) errors.push(`lists = ${lists} is outside pgvector's allowed range 1–32768`);
      fixed = 'WITH (lists = <rows / 1000>)';
    }
    if (errors.length === 0 && notes.length === 0) return;
    const withClause = /\bwith\s*\([^)]*\)/i;
    ctx.report({
      stmt,
      object,
      severity: errors.length ? 'high' : undefined,
      message: errors.length
        ? `${method.toUpperCase()} index on ${object}: ${errors.join('; ')}. CREATE INDEX fails with an error, so this migration cannot deploy.`
        : `${method.toUpperCase()} index on ${object}: ${notes.join('; ')}.`,
      fix: {
        description: errors.length ? 'Use values pgvector accepts.' : 'Start from the defaults (m = 16, ef_construction = 64) and tune with measurements.',
        sql: withClause.test(stmt.sql) ? `${stmt.sql.replace(withClause, fixed)};` : undefined,
      },
    });
  },
});
