// One table says which extension defines which name (src/analysis/extension-objects.ts). Checked
// three ways: the names are the extensions' own (read from pg_depend on a real database), both rules
// that need the table answer from it for every name, and the cases where their lists had drifted
// apart behave right on a real database.
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { hstore } from '@electric-sql/pglite/contrib/hstore';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_OBJECTS } from '../../src/analysis/extension-objects.js';
import { reviewInline } from '../../src/analysis/inline.js';
import { rules } from '../../rules/index.js';

/** Extensions PGlite ships, by the name CREATE EXTENSION takes. */
const ON_PGLITE = { vector, pgcrypto, 'uuid-ossp': uuid_ossp, pg_trgm, citext, hstore, ltree, unaccent, fuzzystrmatch };
/** Not on PGlite: moddatetime was read on PostgreSQL 15, pgjwt from its 0.2.0 script; the rest are not contrib. */
const ELSEWHERE = ['pgjwt', 'moddatetime', 'postgis', 'pg_cron', 'pg_net'];

const entries = Object.entries(EXTENSION_OBJECTS);
const pairs = (kind: 'functions' | 'generic' | 'types' | 'opclasses' | 'methods' | 'schemas') => entries.flatMap(([ext, o]) => (o[kind] ?? []).map((name) => [ext, name] as const));

describe('the extension table names what the extensions define', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite({ extensions: ON_PGLITE });
    for (const ext of Object.keys(ON_PGLITE)) await db.exec(`CREATE EXTENSION "${ext}";`);
  });
  afterAll(() => db.close());

  it('every extension of the table is checked here or said to be checked elsewhere', () => {
    expect(Object.keys(EXTENSION_OBJECTS).sort()).toEqual([...Object.keys(ON_PGLITE), ...ELSEWHERE].sort());
  });

  it.each(Object.keys(ON_PGLITE))('%s: every function, type, operator class and index method listed is a member of the extension', async (ext) => {
    const members = async (catalog: string, column: string) =>
      (
        await db.query<{ n: string }>(
          `select o.${column} as n from pg_depend d join ${catalog} o on o.oid = d.objid join pg_extension x on x.oid = d.refobjid where d.classid = '${catalog}'::regclass and d.deptype = 'e' and x.extname = $1`,
          [ext],
        )
      ).rows.map((r) => r.n);
    const o = EXTENSION_OBJECTS[ext]!;
    const procs = new Set(await members('pg_proc', 'proname'));
    for (const f of [...(o.functions ?? []), ...(o.generic ?? [])]) expect(procs, `${ext}.${f}`).toContain(f);
    expect(await members('pg_type', 'typname')).toEqual(expect.arrayContaining([...(o.types ?? [])]));
    expect(await members('pg_opclass', 'opcname')).toEqual(expect.arrayContaining([...(o.opclasses ?? [])]));
    expect(await members('pg_am', 'amname')).toEqual(expect.arrayContaining([...(o.methods ?? [])]));
  });

  it('no name is listed for two extensions, nor as both specific and generic', () => {
    const seen = new Map<string, string>();
    for (const [ext, name] of [...pairs('functions'), ...pairs('generic'), ...pairs('types')]) {
      expect(seen.get(name), `${name} in ${ext}`).toBeUndefined();
      seen.set(name, ext);
    }
  });
});

const findings = async (sql: string, ruleId: string, base: string[] = [], preset?: 'supabase') =>
  (await reviewInline({ base, changed: [sql], settings: preset ? { preset } : undefined }, rules)).findings.filter((f) => f.ruleId === ruleId);

describe('extension-not-created reads the table', () => {
  it.each(pairs('functions'))('%s: a call of %s() without CREATE EXTENSION is reported', async (ext, name) => {
    expect((await findings(`SELECT ${name}();`, 'extension-not-created')).map((f) => f.object)).toEqual([ext]);
    expect(await findings(`CREATE EXTENSION "${ext}";\nSELECT ${name}();`, 'extension-not-created')).toEqual([]);
  });

  it.each(pairs('generic'))('%s: a call of %s(), a name too common to attribute, is not', async (_ext, name) => {
    expect(await findings(`SELECT ${name}(1);`, 'extension-not-created')).toEqual([]);
  });

  it.each(pairs('types'))('%s: a column of type %s is reported', async (ext, name) => {
    expect((await findings(`CREATE TABLE public.t (c ${name});`, 'extension-not-created')).map((f) => f.object)).toEqual([ext]);
  });

  it.each(pairs('opclasses'))('%s: operator class %s is reported', async (ext, name) => {
    const found = await findings(`CREATE INDEX t_c ON public.t USING gist (c ${name});`, 'extension-not-created', ['CREATE TABLE public.t (c text);']);
    expect(found.map((f) => f.object)).toEqual([ext]);
  });

  it.each(pairs('methods'))('%s: index method %s is reported', async (ext, name) => {
    const found = await findings(`CREATE INDEX t_c ON public.t USING ${name} (c);`, 'extension-not-created', ['CREATE TABLE public.t (c text);']);
    expect(found.map((f) => f.object)).toEqual([ext]);
  });

  it.each(pairs('schemas'))('%s: a call in schema %s is reported', async (ext, schema) => {
    expect((await findings(`SELECT ${schema}.anything();`, 'extension-not-created')).map((f) => f.object)).toEqual([ext]);
  });
});

// Supabase: its extensions schema is on the default search_path, where a body finds an extension's names.
describe('the search_path fix reads the table', () => {
  it.each([...pairs('functions'), ...pairs('generic')])('%s: a body calling %s() keeps the schema the extension was created in', async (ext, name) => {
    const sql = `CREATE EXTENSION "${ext}" WITH SCHEMA extensions;\nCREATE FUNCTION public.f() RETURNS void LANGUAGE sql SECURITY DEFINER AS $$ SELECT ${name}(1) $$;`;
    const [f] = await findings(sql, 'security-definer-search-path', ['CREATE SCHEMA extensions;'], 'supabase');
    expect(f!.fix!.sql).toBe('ALTER FUNCTION public.f() SET search_path = extensions, pg_temp;');
  });
});

describe('where the two lists had drifted apart', () => {
  it('fuzzystrmatch (extension-not-created knew it, the search_path fix did not): the fix keeps its schema, and the function still runs', async () => {
    const fn = `CREATE FUNCTION public.close_enough(a text, b text) RETURNS boolean LANGUAGE sql SECURITY DEFINER AS $$ SELECT levenshtein(a, b) <= 2 $$;`;
    const migration = `CREATE EXTENSION fuzzystrmatch WITH SCHEMA extensions;\n${fn}`;
    const [f] = await findings(migration, 'security-definer-search-path', ['CREATE SCHEMA extensions;'], 'supabase');
    expect(f!.fix!.sql).toBe('ALTER FUNCTION public.close_enough(text, text) SET search_path = extensions, pg_temp;');
    const db = new PGlite({ extensions: { fuzzystrmatch } });
    try {
      await db.exec(`CREATE SCHEMA extensions;\nSET search_path = public, extensions;\n${migration}\n${f!.fix!.sql}\nRESET search_path;`);
      expect((await db.query<{ ok: boolean }>(`SELECT public.close_enough('kitten', 'sitten') AS ok`)).rows[0]!.ok).toBe(true);
    } finally {
      await db.close();
    }
  });

  it("pgcrypto's pgp_sym_encrypt_bytea (the search_path fix knew it, extension-not-created did not): reported, and it does fail without the extension", async () => {
    const sql = `SELECT pgp_sym_encrypt_bytea('\\x01'::bytea, 'key');`;
    expect((await findings(sql, 'extension-not-created')).map((f) => f.object)).toEqual(['pgcrypto']);
    const db = new PGlite();
    try {
      await expect(db.query(sql)).rejects.toThrow(/function pgp_sym_encrypt_bytea\(bytea, unknown\) does not exist/);
    } finally {
      await db.close();
    }
  });

  it("pgjwt's sign is PostgreSQL's sign too: a call of it needs no extension, and none is asked for", async () => {
    const sql = 'SELECT sign(-2);';
    expect(await findings(sql, 'extension-not-created')).toEqual([]);
    const db = new PGlite();
    try {
      expect(Number((await db.query<{ s: number }>(`${sql.replace(';', '')} AS s`)).rows[0]!.s)).toBe(-1);
    } finally {
      await db.close();
    }
  });
});
