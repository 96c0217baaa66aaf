// Behaviour of the security group's rules that the doc examples cannot express: severities chosen
// from context, the objects and lines findings point at, and the SQL of the fixes.
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { inlineSet, inlineSettings, reviewInline, type InlineMigration } from '../../src/analysis/inline.js';
import { runStatic } from '../../src/analysis/static.js';
import { loadParser } from '../../src/sql/parse.js';
import type { Settings } from '../../src/types.js';

beforeAll(loadParser);

async function run(ruleId: string, changed: string | InlineMigration, base: string[] = [], settings: Partial<Settings> = {}) {
  const r = await reviewInline({ base, changed: [changed], settings }, rules);
  expect(r.findings.filter((f) => f.title.includes('could not check'))).toEqual([]);
  return r.findings.filter((f) => f.ruleId === ruleId);
}

const supabase: Partial<Settings> = { preset: 'supabase' };
const table = `CREATE TABLE public.t (id bigint PRIMARY KEY, owner uuid NOT NULL);
ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;`;

describe('policy-auth-uid-per-row', () => {
  it('rewrites every direct call in the fix and names the policy', async () => {
    const [f] = await run(
      'policy-auth-uid-per-row',
      `CREATE POLICY p ON public.t FOR UPDATE TO authenticated USING (owner = auth.uid()) WITH CHECK (owner = auth.uid() AND (select auth.jwt()) IS NOT NULL);`,
      [table],
      supabase,
    );
    expect(f!.object).toBe('public.t.p');
    expect(f!.fix!.sql).toContain('USING (owner = (select auth.uid()))');
    expect(f!.fix!.sql).toContain('WITH CHECK (owner = (select auth.uid()) AND (select auth.jwt()) IS NOT NULL)');
  });
  it('is low when only current_setting() is called per row', async () => {
    const [f] = await run('policy-auth-uid-per-row', `CREATE POLICY p ON public.t USING (owner = current_setting('app.user_id')::uuid);`, [table]);
    expect(f!.severity).toBe('low');
  });
  it('ignores calls already inside a sub-select', async () => {
    expect(await run('policy-auth-uid-per-row', `CREATE POLICY p ON public.t USING (owner IN (SELECT auth.uid()));`, [table], supabase)).toHaveLength(0);
  });
});

describe('policy-always-true-without-role', () => {
  it('grades by command and role', async () => {
    const sev = async (sql: string) => (await run('policy-always-true-without-role', sql, [table], supabase))[0]?.severity;
    expect(await sev(`CREATE POLICY p ON public.t FOR DELETE USING (true);`)).toBe('critical');
    expect(await sev(`CREATE POLICY p ON public.t FOR ALL TO authenticated USING (true);`)).toBe('high');
    expect(await sev(`CREATE POLICY p ON public.t FOR INSERT WITH CHECK (true);`)).toBe('high');
    expect(await sev(`CREATE POLICY p ON public.t FOR SELECT USING (true);`)).toBe('high');
    expect(await sev(`CREATE POLICY p ON public.t FOR SELECT TO authenticated USING (true);`)).toBe('medium');
    expect(await sev(`CREATE POLICY p ON public.t FOR SELECT TO anon USING (true);`)).toBeUndefined();
    expect(await sev(`CREATE POLICY p ON public.t AS RESTRICTIVE FOR DELETE USING (true);`)).toBeUndefined();
  });
  it('stays silent outside exposed schemas', async () => {
    expect(await run('policy-always-true-without-role', `CREATE POLICY p ON public.t FOR DELETE USING (true);`, [table], { exposedSchemas: [] })).toHaveLength(0);
  });
  it('says when the table was already open this way before the pull request', async () => {
    const policy = `CREATE POLICY "delete any" ON public.t FOR DELETE USING (true);`;
    const openBase = [`${table}\nCREATE POLICY "old delete" ON public.t FOR ALL USING (true);`];
    const [kept] = await run('policy-always-true-without-role', policy, openBase, supabase);
    expect(kept!.message).toContain('Before this pull request public.t was already open this way (policy "old delete", from migration 0001_base, already let every row through)');
    const rlsOff = [`CREATE TABLE public.t (id bigint PRIMARY KEY, owner uuid NOT NULL);`];
    const [off] = await run('policy-always-true-without-role', policy, rlsOff, supabase);
    expect(off!.message).toContain('row level security was off');
    // A table whose base policies filter by owner was not open: nothing of the kind is said.
    const closed = [`${table}\nCREATE POLICY own ON public.t FOR ALL USING (owner = (select auth.uid()));`];
    const [opened] = await run('policy-always-true-without-role', policy, closed, supabase);
    expect(opened!.message).not.toContain('already open');
    // RLS enabled by the same pull request before the policy: the table was open before (RLS off), and
    // stays open; the PR keeps the exposure, so it is high, not critical (postgres-new's
    // enable_rls_deployment_providers ran in production so).
    const [enabled] = await run('policy-always-true-without-role', `ALTER TABLE public.t ENABLE ROW LEVEL SECURITY;\n${policy}`, rlsOff, supabase);
    expect(enabled!.message).toContain('row level security was off');
    expect(enabled!.severity).toBe('high');
    // A table the PR creates was never open before: the PR opens it, critical.
    const [created] = await run('policy-always-true-without-role', `CREATE TABLE public.n (id bigint PRIMARY KEY);\nALTER TABLE public.n ENABLE ROW LEVEL SECURITY;\nCREATE POLICY "delete any" ON public.n FOR DELETE USING (true);`, [], supabase);
    expect(created!.severity).toBe('critical');
    expect(created!.message).not.toContain('already open');
    expect(kept!.severity).toBe('high');
    expect(opened!.severity).toBe('critical');
  });
});

describe('rls-disabled', () => {
  const base = [`${table}\nCREATE POLICY p ON public.t FOR SELECT TO authenticated USING (owner = (select auth.uid()));`];
  it('reports the unprotected gap when disabled and re-enabled outside a transaction', async () => {
    const [f] = await run('rls-disabled', `ALTER TABLE public.t DISABLE ROW LEVEL SECURITY;\nUPDATE public.t SET owner = owner;\nALTER TABLE public.t ENABLE ROW LEVEL SECURITY;`, base, supabase);
    expect(f!.severity).toBe('high');
    expect(f!.message).toMatch(/between the two statements/);
  });
  it('is high, not critical, outside Supabase', async () => {
    const [f] = await run('rls-disabled', `ALTER TABLE public.t DISABLE ROW LEVEL SECURITY;`, base, { preset: 'neon' });
    expect(f!.severity).toBe('high');
  });
});

describe('policy-without-rls / rls-enabled-no-policy', () => {
  it('trusts RLS enabled by dynamic SQL', async () => {
    const sql = `CREATE TABLE public.a (id bigint PRIMARY KEY);
CREATE POLICY p ON public.a FOR SELECT TO authenticated USING (true);
DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP
  EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', r.tablename); END LOOP; END $$;`;
    expect(await run('policy-without-rls', sql, [], supabase)).toHaveLength(0);
  });
  it('reports a table whose RLS the review turns on without policies, at the ENABLE statement', async () => {
    const [f] = await run('rls-enabled-no-policy', `CREATE TABLE public.a (id bigint PRIMARY KEY);\n\nALTER TABLE public.a ENABLE ROW LEVEL SECURITY;`, [], supabase);
    expect(f!.line).toBe(3);
    expect(f!.object).toBe('public.a');
  });
});

describe('fk-without-index', () => {
  it('points at the constraint and builds the index concurrently on an existing table', async () => {
    const [f] = await run(
      'fk-without-index',
      `ALTER TABLE public.orders\n  ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES public.customers (id);`,
      [`CREATE TABLE public.customers (id bigint PRIMARY KEY);\nCREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint);`],
    );
    expect(f!.line).toBe(2);
    expect(f!.object).toBe('public.orders.customer_id');
    expect(f!.fix!.sql).toBe('CREATE INDEX CONCURRENTLY orders_customer_id_idx ON public.orders (customer_id);');
  });
  it('accepts an index created by a later migration of the review, and not a partial one', async () => {
    const base = [`CREATE TABLE public.customers (id bigint PRIMARY KEY);`];
    const create = `CREATE TABLE public.orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES public.customers (id));`;
    const r1 = await reviewInline({ base, changed: [create, `CREATE INDEX ON public.orders (customer_id, id);`] }, rules);
    expect(r1.findings.filter((f) => f.ruleId === 'fk-without-index')).toHaveLength(0);
    const r2 = await reviewInline({ base, changed: [create, `CREATE INDEX ON public.orders (customer_id) WHERE customer_id IS NOT NULL;`] }, rules);
    expect(r2.findings.filter((f) => f.ruleId === 'fk-without-index')).toHaveLength(1);
  });
});

describe('extension-not-created', () => {
  it('says so when CREATE EXTENSION comes later in the same file', async () => {
    const [f] = await run('extension-not-created', `CREATE TABLE public.d (id bigint PRIMARY KEY, e vector(3));\nCREATE EXTENSION vector;`);
    expect(f!.object).toBe('vector');
    expect(f!.message).toMatch(/only runs later in this file/);
  });
  it('accepts an extension created inside a DO block earlier in the history', async () => {
    const base = [`DO $$ BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; END $$;`];
    expect(await run('extension-not-created', `CREATE INDEX CONCURRENTLY t_name_trgm ON public.t USING gin (name gin_trgm_ops);`, base)).toHaveLength(0);
  });
  it('knows gen_random_uuid() needs pgcrypto before PostgreSQL 13', async () => {
    expect(await run('extension-not-created', `CREATE TABLE public.k (id uuid PRIMARY KEY DEFAULT gen_random_uuid());`, [], { pgVersion: 12 })).toHaveLength(1);
    expect(await run('extension-not-created', `CREATE TABLE public.k (id uuid PRIMARY KEY DEFAULT gen_random_uuid());`)).toHaveLength(0);
  });
});

describe('security-definer-view', () => {
  const base = [table];
  it('is silent before PostgreSQL 15, where security_invoker does not exist', async () => {
    expect(await run('security-definer-view', `CREATE VIEW public.v AS SELECT id FROM public.t;`, base, { ...supabase, pgVersion: 14 })).toHaveLength(0);
  });
  it('accepts ALTER VIEW … SET (security_invoker) later in the file', async () => {
    expect(await run('security-definer-view', `CREATE VIEW public.v AS SELECT id FROM public.t;\nALTER VIEW public.v SET (security_invoker = on);`, base, supabase)).toHaveLength(0);
  });
});

describe('grant-write-to-anon', () => {
  it('reports TRUNCATE even on a table under RLS', async () => {
    const [f] = await run('grant-write-to-anon', `GRANT TRUNCATE ON public.t TO authenticated;`, [table], supabase);
    expect(f!.message).toMatch(/not subject to row level security/);
  });
  it('reports EXECUTE on a SECURITY DEFINER function to anon', async () => {
    const base = [`CREATE FUNCTION public.wipe() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = '' AS 'DELETE FROM public.t';`];
    const [f] = await run('grant-write-to-anon', `GRANT EXECUTE ON FUNCTION public.wipe() TO anon;`, [table, ...base], supabase);
    expect(f!.object).toBe('public.wipe');
  });
});

describe('backfill-with-ddl', () => {
  const base = [`CREATE TABLE public.o (id bigint PRIMARY KEY, cents bigint);`];
  const body = `ALTER TABLE public.o ADD COLUMN amount numeric;\nUPDATE public.o SET amount = cents / 100.0;`;
  it('fires inside an explicit BEGIN … COMMIT', async () => {
    expect(await run('backfill-with-ddl', `BEGIN;\n${body}\nCOMMIT;`, base)).toHaveLength(1);
  });
  it('is silent when every statement commits on its own', async () => {
    expect(await run('backfill-with-ddl', body, base)).toHaveLength(0);
  });
  it('reports once per transaction', async () => {
    expect(await run('backfill-with-ddl', { sql: `${body}\nUPDATE public.o SET cents = 0 WHERE cents IS NULL;`, transactional: true }, base)).toHaveLength(1);
  });
  it('names each table it copies once, however often the query reads it', async () => {
    const withCompanies = [...base, `CREATE TABLE public.c (id bigint PRIMARY KEY);`];
    const copy = `ALTER TABLE public.o ADD COLUMN region text;\nINSERT INTO public.o (id) SELECT c.id FROM public.c c JOIN public.c c2 ON c2.id = c.id JOIN public.o o ON o.id = c.id;`;
    const [f] = await run('backfill-with-ddl', `BEGIN;\n${copy}\nCOMMIT;`, withCompanies);
    expect(f!.message).toMatch(/copies rows of public\.o, public\.c inside/);
  });
});

describe('destructive-with-backfill', () => {
  it('catches INSERT … SELECT followed by DROP TABLE', async () => {
    const [f] = await run(
      'destructive-with-backfill',
      `CREATE TABLE public.new_notes (id bigint PRIMARY KEY, body text);\nINSERT INTO public.new_notes SELECT id, body FROM public.notes;\nDROP TABLE public.notes;`,
      [`CREATE TABLE public.notes (id bigint PRIMARY KEY, body text);`],
    );
    expect(f!.object).toBe('public.notes');
    expect(f!.line).toBe(3);
  });
});

describe('no-primary-key / hnsw-parameters', () => {
  it('is low when a unique key on NOT NULL columns exists', async () => {
    const [f] = await run('no-primary-key', `CREATE TABLE public.m (user_id uuid NOT NULL, group_id uuid NOT NULL, UNIQUE (user_id, group_id));`);
    expect(f!.severity).toBe('low');
    expect(f!.fix!.sql).toBe('ALTER TABLE public.m ADD PRIMARY KEY (user_id, group_id);');
  });
  it('reports legal but very large HNSW parameters at low severity', async () => {
    const [f] = await run('hnsw-parameters', `CREATE INDEX CONCURRENTLY ON public.i USING hnsw (e vector_l2_ops) WITH (m = 96, ef_construction = 800);`, [
      `CREATE EXTENSION vector; CREATE TABLE public.i (id bigint PRIMARY KEY, e vector(3));`,
    ]);
    expect(f!.severity).toBe('low');
  });
});

describe('several projects in one folder', () => {
  it('decides Supabase exposure per history, not for the whole folder', async () => {
    await loadParser();
    const set = inlineSet({
      changed: [
        { sql: 'CREATE TABLE public.notes (id bigint PRIMARY KEY, owner uuid);\nCREATE POLICY p ON public.notes USING (owner = (select auth.uid()));', file: 'app/0001_notes.sql' },
        { sql: 'CREATE TABLE public.jobs (id bigint PRIMARY KEY);', file: 'worker/0001_jobs.sql' },
      ],
    });
    set.migrations[0]!.history = 'app';
    set.migrations[1]!.history = 'worker';
    const result = runStatic(inlineSettings(), set, rules);
    const rls = result.findings.filter((f) => f.ruleId === 'rls-not-enabled').map((f) => f.object);
    // the app uses auth.uid(): its public schema is exposed; the worker's database is not Supabase
    expect(rls).toEqual(['public.notes']);
  });
});

describe('a later ALTER FUNCTION … SET search_path in the same file', () => {
  const definer = (name: string) => `CREATE OR REPLACE FUNCTION public.${name}() RETURNS void LANGUAGE sql SECURITY DEFINER AS 'SELECT 1';`;
  const pin = (name: string) => `ALTER FUNCTION public.${name}() SET search_path = '';`;
  it('pins the function it names, after it only', async () => {
    expect(await run('security-definer-search-path', [definer('f'), pin('f')].join('\n'))).toHaveLength(0);
    // Another function's ALTER, an ALTER that resets, or one before a later CREATE OR REPLACE pins nothing.
    const found = await run('security-definer-search-path', [definer('f'), pin('g'), `ALTER FUNCTION public.f() RESET search_path;`, definer('h'), pin('h'), definer('h')].join('\n'));
    expect(found.map((f) => [f.object, f.line])).toEqual([
      ['public.f', 1],
      ['public.h', 6],
    ]);
  });
});
