// vector-index-operator-mismatch counts a distance operator as a use of a table's column only when
// the query's tree says so: the column reference resolved through its FROM clause (aliases, schema,
// the catalog's columns for a bare name), inside SQL and PL/pgSQL bodies; never a mention of the
// table in a comment, a string or another clause. Run as review() runs live rules (doc-examples.test.ts):
// base migration, then the PR's, traced on PGlite with pgvector, then runLiveRules.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { liveRules } from '../../rules/_live.js';
import { inlineSet, inlineSettings } from '../../src/analysis/inline.js';
import { parseMigrations, runStatic } from '../../src/analysis/static.js';
import { loadParser } from '../../src/sql/parse.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import type { Database } from '../../src/engines/database.js';
import { presetPrepare } from '../../src/live/presets.js';
import { applyTraced } from '../../src/live/trace.js';
import { runLiveRules } from '../../src/live/review.js';
import type { LiveRule } from '../../src/analysis/rules.js';
import type { Finding } from '../../src/types.js';

const RULE = 'vector-index-operator-mismatch';
const live = liveRules.filter((r): r is LiveRule => r.phase === 'live' && r.id !== 'schema-drift');

// Two tables with an `embedding` column each: docs' index serves cosine (<=>), chunks' only L2 (<->).
const BASE = `CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE public.docs (id bigint PRIMARY KEY, body text, embedding vector(3));
CREATE TABLE public.chunks (id bigint PRIMARY KEY, doc_id bigint REFERENCES public.docs (id), embedding vector(3));
CREATE INDEX docs_embedding_idx ON public.docs USING hnsw (embedding vector_cosine_ops);
`;

/** chunks' index serves only L2 (<->). */
const L2_INDEX = 'CREATE INDEX chunks_embedding_idx ON public.chunks USING hnsw (embedding vector_l2_ops);\n';
/** A PL/pgSQL function that returns the rows of one query. */
const plpgsqlSearch = (name: string, returns: string, query: string) => `CREATE FUNCTION public.${name}(q vector(3)) RETURNS ${returns} LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN QUERY ${query};
END
$$;
`;

const engine = new PgliteEngine({ prepare: presetPrepare('plain') });
let db: Database;
let fresh = true;

beforeAll(async () => {
  await loadParser();
  db = await engine.start();
}, 120_000);
afterAll(async () => {
  await engine.stop();
});

/** The rule's findings for the PR `changed` on top of `base`, every statement applied without error. */
async function review(changed: string, base = BASE): Promise<Finding[]> {
  if (!fresh) db = await engine.restartFresh();
  fresh = false;
  const settings = inlineSettings({ engine: 'pglite', preset: 'plain' });
  const set = inlineSet({ base: [{ sql: base, file: '0001_base.sql' }], changed: [{ sql: changed, file: '0002_search.sql' }] });
  const sources = parseMigrations(set);
  const staticResult = runStatic(settings, set, rules, sources);
  const trace = await applyTraced(
    db,
    sources.filter((s) => s.direction === 'up'),
    { statementTimeoutMs: 30_000, totalTimeoutMs: 60_000 },
  );
  const errors = trace.migrations.flatMap((m) => (m.trace ?? []).filter((t) => t.error).map((t) => `${m.file}:${t.line} ${t.error!.message}`));
  expect(errors, 'every statement applies').toEqual([]);
  const out = runLiveRules({ settings, set, trace, sources, staticResult, rules: live, seen: new Map(), fallbackFile: '0002_search.sql' });
  expect(out.findings.filter((f) => f.title.includes('could not check')).map((f) => f.message)).toEqual([]);
  return out.findings.filter((f) => f.ruleId === RULE);
}

describe('vector-index-operator-mismatch: uses read from the parse tree', () => {
  it('(a) reports an L2 index searched with <=> by a SQL function', async () => {
    const found = await review(`${L2_INDEX}CREATE FUNCTION public.match_chunks(q vector(3)) RETURNS SETOF public.chunks LANGUAGE sql STABLE AS $$
  SELECT * FROM public.chunks ORDER BY embedding <=> q LIMIT 5;
$$;
`);
    expect(found.map((f) => [f.object, f.severity, f.line])).toEqual([['public.chunks.embedding', 'medium', 2]]);
    expect(found[0]!.message).toContain('searched with <=> (cosine distance) (the query at 0002_search.sql:2)');
    expect(found[0]!.fix?.sql).toBe('CREATE INDEX CONCURRENTLY ON public.chunks USING hnsw (embedding vector_cosine_ops);\nDROP INDEX CONCURRENTLY public.chunks_embedding_idx;');
  }, 120_000);

  it('(b) does not count a query of another table’s embedding that names this table only in a comment, a string and another clause', async () => {
    const found = await review(`${L2_INDEX}CREATE FUNCTION public.match_docs(q vector(3)) RETURNS SETOF public.docs LANGUAGE sql STABLE AS $$
  -- like chunks, but whole documents
  SELECT * FROM public.docs
   WHERE body <> 'chunks' AND id NOT IN (SELECT doc_id FROM public.chunks WHERE doc_id IS NOT NULL)
   ORDER BY embedding <=> q LIMIT 5;
$$;
`);
    expect(found).toEqual([]);
  }, 120_000);

  it('(c) resolves aliases: c.embedding is chunks’, not docs’', async () => {
    const sql = (alias: string) => `${L2_INDEX}CREATE FUNCTION public.match_pairs(q vector(3)) RETURNS TABLE (doc bigint, chunk bigint) LANGUAGE sql STABLE AS $$
  SELECT d.id, c.id FROM docs d JOIN chunks c ON c.doc_id = d.id ORDER BY ${alias}.embedding <=> q LIMIT 5;
$$;
`;
    expect((await review(sql('c'))).map((f) => f.object)).toEqual(['public.chunks.embedding']);
    // docs' own index serves <=>: ordering by d.embedding is no mismatch, and chunks is not searched at all.
    expect(await review(sql('d'))).toEqual([]);
  }, 120_000);

  it('(d) reads the queries of a PL/pgSQL body (RETURN QUERY)', async () => {
    const found = await review(L2_INDEX + plpgsqlSearch('match_chunks', 'SETOF public.chunks', 'SELECT c.* FROM public.chunks AS c ORDER BY q <=> c.embedding LIMIT 5'));
    expect(found.map((f) => f.object)).toEqual(['public.chunks.embedding']);
    expect(found[0]!.message).toContain('<=> (cosine distance)');
  }, 120_000);

  it('(e) does not count a bare column that two relations of the FROM clause could own', async () => {
    // n's columns come from a subquery: `embedding` may be its, so the use is not established.
    const found = await review(
      L2_INDEX +
        plpgsqlSearch('match_near', 'SETOF bigint', `SELECT c.id FROM public.chunks c, (SELECT id AS near_id, embedding FROM public.docs) n
    WHERE n.near_id = c.doc_id ORDER BY embedding <=> q LIMIT 5`),
    );
    expect(found).toEqual([]);
  }, 120_000);

  it('does not report when a query it cannot resolve may search the column with the operator the index serves', async () => {
    const found = await review(`${L2_INDEX}CREATE FUNCTION public.match_cosine(q vector(3)) RETURNS SETOF bigint LANGUAGE sql STABLE AS $$
  SELECT c.id FROM public.chunks c ORDER BY c.embedding <=> q LIMIT 5;
$$;
${plpgsqlSearch('match_l2', 'SETOF bigint', 'SELECT c.id FROM public.chunks c, (SELECT 1 AS one) s ORDER BY embedding <-> q LIMIT 5')}`);
    // match_l2's bare embedding is chunks' unless the subquery has one: the L2 search may use the index.
    expect(found).toEqual([]);
  }, 120_000);

  it('matches a cast of the column to the expression index built on that cast, and nothing else', async () => {
    const index = `CREATE INDEX chunks_half_idx ON public.chunks USING hnsw ((embedding::halfvec(3)) halfvec_l2_ops);\n`;
    const fn = (expr: string) => `CREATE FUNCTION public.match_half(q halfvec(3)) RETURNS SETOF public.chunks LANGUAGE sql STABLE AS $$
  SELECT * FROM public.chunks ORDER BY ${expr} <=> q LIMIT 5;
$$;
`;
    const cast = await review(index + fn('embedding::halfvec(3)'));
    expect(cast.map((f) => f.object)).toEqual(['public.chunks.embedding']);
    expect(cast[0]!.fix?.sql).toBe('CREATE INDEX CONCURRENTLY ON public.chunks USING hnsw (((embedding)::halfvec(3)) halfvec_cosine_ops);\nDROP INDEX CONCURRENTLY public.chunks_half_idx;');
    // The column itself is another expression than the cast: the index never served it, whatever the operator.
    const plain = fn('embedding').replace('q halfvec(3)', 'q vector(3)');
    expect(await review(index + plain)).toEqual([]);
  }, 120_000);
});
