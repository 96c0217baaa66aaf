// The fix that pins a function's search_path must not break the function: `search_path = ''` makes
// every unqualified name in the body fail to resolve. Checked on a real database: the suggested
// statement applies, the function still runs, and reviewing again with it raises nothing.
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { afterEach, describe, expect, it } from 'vitest';
import { reviewInline } from '../../src/analysis/inline.js';
import { rules } from '../../rules/index.js';

const BASE = `CREATE TABLE public.workspaces (id uuid PRIMARY KEY, sharing text NOT NULL);`;
// chatbot-ui's 20240129232644_add_workspace_images.sql: the body names workspaces without a schema.
const UNQUALIFIED = `CREATE FUNCTION public.non_private_workspace_exists(p_name text) RETURNS boolean LANGUAGE sql SECURITY DEFINER AS $$
    SELECT EXISTS (SELECT 1 FROM workspaces WHERE id::text = p_name AND sharing <> 'private');
$$;`;
const QUALIFIED = UNQUALIFIED.replace('FROM workspaces', 'FROM public.workspaces');

describe('security-definer-search-path and function-search-path-mutable: the pasteable fix', () => {
  let db: PGlite | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  async function call(migration: string, fix: string): Promise<string> {
    db = new PGlite();
    await db.exec(`${BASE}\nINSERT INTO public.workspaces VALUES ('00000000-0000-0000-0000-000000000001', 'public');\n${migration}\n${fix}`);
    const r = await db.query<{ ok: boolean }>(`SELECT public.non_private_workspace_exists('00000000-0000-0000-0000-000000000001') AS ok`);
    return String(r.rows[0]!.ok);
  }
  // Supabase: public is API-exposed (function-search-path-mutable looks there) and only its owner may create in it.
  const finding = async (migration: string, ruleId: string) => (await reviewInline({ base: [BASE], changed: [migration], settings: { preset: 'supabase' } }, rules)).findings.find((f) => f.ruleId === ruleId);

  it('a body with unqualified names: the fix keeps their schema with pg_temp last, the function still answers, and the finding goes', async () => {
    const f = await finding(UNQUALIFIED, 'security-definer-search-path');
    expect(f!.fix!.sql).toBe('ALTER FUNCTION public.non_private_workspace_exists(text) SET search_path = public, pg_temp;');
    expect(f!.fix!.description).toMatch(/names workspaces without a schema.*public\.workspaces/);
    expect(await call(UNQUALIFIED, f!.fix!.sql!)).toBe('true');
    expect(await finding(`${UNQUALIFIED}\n${f!.fix!.sql}`, 'security-definer-search-path')).toBeUndefined();
  });

  it('a PL/pgSQL body naming a table the same file creates after it: the fix keeps public, and the function answers', async () => {
    const migration = `CREATE FUNCTION public.count_projects() RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  RETURN (SELECT count(*) FROM projects);
END;
$$;
CREATE TABLE public.projects (id int PRIMARY KEY);`;
    const f = await finding(migration, 'security-definer-search-path');
    expect(f!.fix!.sql).toBe('ALTER FUNCTION public.count_projects() SET search_path = public, pg_temp;');
    db = new PGlite();
    await db.exec(`${migration}\nINSERT INTO public.projects VALUES (1);\n${f!.fix!.sql}`);
    expect((await db.query<{ n: number }>('SELECT public.count_projects()::int AS n')).rows[0]!.n).toBe(1);
  });

  it('what the fix used to say, an empty search_path, breaks that function on every call', async () => {
    await expect(call(UNQUALIFIED, `ALTER FUNCTION public.non_private_workspace_exists(text) SET search_path = '';`)).rejects.toThrow(/relation "workspaces" does not exist/);
  });

  it('a body that qualifies its names keeps the empty search_path, which still works', async () => {
    const f = await finding(QUALIFIED, 'security-definer-search-path');
    expect(f!.fix!.sql).toBe(`ALTER FUNCTION public.non_private_workspace_exists(text) SET search_path = '';`);
    expect(await call(QUALIFIED, f!.fix!.sql!)).toBe('true');
  });

  it('function-search-path-mutable gives the same safe fix for an invoker function', async () => {
    const invoker = UNQUALIFIED.replace(' SECURITY DEFINER', '');
    const f = await finding(invoker, 'function-search-path-mutable');
    expect(f!.fix!.sql).toBe('ALTER FUNCTION public.non_private_workspace_exists(text) SET search_path = public, pg_temp;');
    expect(await call(invoker, f!.fix!.sql!)).toBe('true');
    expect(await finding(`${invoker}\n${f!.fix!.sql}`, 'function-search-path-mutable')).toBeUndefined();
  });

  it('PL/pgSQL: the queries, a constant EXECUTE and the variables\' types are read; a column alias that shares a type\'s name is not a name to keep', async () => {
    const enumBase = `${BASE}\nCREATE TYPE public.sharing_kind AS ENUM ('private', 'public');`;
    const pl = (body: string) => `CREATE FUNCTION public.f() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$ ${body} $$;`;
    const fixOf = async (sql: string) => (await reviewInline({ base: [enumBase], changed: [sql], settings: { preset: 'supabase' } }, rules)).findings.find((f) => f.ruleId === 'security-definer-search-path')!.fix!.sql;
    const keep = 'ALTER FUNCTION public.f() SET search_path = public, pg_temp;';
    expect(await fixOf(pl(`BEGIN PERFORM 1 FROM workspaces; END`))).toBe(keep);
    expect(await fixOf(pl(`BEGIN EXECUTE 'DELETE FROM workspaces'; END`))).toBe(keep);
    expect(await fixOf(pl(`DECLARE k sharing_kind; BEGIN NULL; END`))).toBe(keep);
    expect(await fixOf(pl(`DECLARE w workspaces%ROWTYPE; BEGIN NULL; END`))).toBe(keep);
    expect(await fixOf(pl(`BEGIN PERFORM w.sharing AS sharing_kind FROM public.workspaces w; END`))).toBe(`ALTER FUNCTION public.f() SET search_path = '';`);
  });

  it('a name only a parameter, a quoted identifier or an escaped body spells is still read (bodies whose words name nothing known are not parsed)', async () => {
    const enumBase = `${BASE}\nCREATE TYPE public.sharing_kind AS ENUM ('private', 'public');\nCREATE TABLE public."Teams" (id int PRIMARY KEY);`;
    const fixOf = async (sql: string) => (await reviewInline({ base: [enumBase], changed: [sql], settings: { preset: 'supabase' } }, rules)).findings.find((f) => f.ruleId === 'security-definer-search-path')!.fix!.sql;
    const keep = (args: string) => `ALTER FUNCTION public.f(${args}) SET search_path = public, pg_temp;`;
    // The parameter's type is in the statement, not the body.
    expect(await fixOf(`CREATE FUNCTION public.f(k sharing_kind) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN NULL; END $$;`)).toBe(keep('sharing_kind'));
    expect(await fixOf(`CREATE FUNCTION public.f() RETURNS int LANGUAGE sql SECURITY DEFINER AS $$ SELECT count(*)::int FROM "Teams" $$;`)).toBe(keep(''));
    // \x77 is "w": the body as the parser reads it names workspaces, its text does not.
    expect(await fixOf(`CREATE FUNCTION public.f() RETURNS int LANGUAGE sql SECURITY DEFINER AS E'SELECT count(*)::int FROM \\x77orkspaces';`)).toBe(keep(''));
    expect(await fixOf(`CREATE FUNCTION public.f() RETURNS int LANGUAGE sql SECURITY DEFINER AS $$ SELECT 1 AS teams_count $$;`)).toBe(`ALTER FUNCTION public.f() SET search_path = '';`);
  });

  it("an extension's function the body calls without a schema (Supabase keeps pgcrypto in extensions): the fix keeps that schema, and the function still runs", async () => {
    const sql = `CREATE FUNCTION public.hash_pin(pin text) RETURNS text LANGUAGE sql SECURITY DEFINER AS $$ SELECT crypt(pin, gen_salt('bf', 4)) $$;`;
    const f = await finding(sql, 'security-definer-search-path');
    expect(f!.fix!.sql).toBe('ALTER FUNCTION public.hash_pin(text) SET search_path = extensions, pg_temp;');
    // supa-builder's `create extension if not exists "pgcrypto"` is a no-op there: it stays in extensions.
    expect((await finding(`create extension if not exists "pgcrypto";\n${sql}`, 'security-definer-search-path'))!.fix!.sql).toBe(f!.fix!.sql);
    db = new PGlite({ extensions: { pgcrypto } });
    await db.exec(`CREATE SCHEMA extensions;\nCREATE EXTENSION pgcrypto WITH SCHEMA extensions;\nSET search_path = public, extensions;\n${sql}\n${f!.fix!.sql}\nRESET search_path;`);
    const r = await db.query<{ h: string }>(`SELECT public.hash_pin('1234') AS h`);
    expect(r.rows[0]!.h).toMatch(/^\$2a\$04\$/);
    await db.exec(`ALTER FUNCTION public.hash_pin(text) SET search_path = '';`);
    await expect(db.query(`SELECT public.hash_pin('1234')`)).rejects.toThrow(/function (gen_salt|crypt)\(.*\) does not exist/);
  });
});
