// A changed migration that fails with "does not exist" after the review engine skipped an extension
// the PR creates: the engine's gap ("could not verify", never ❌ Fail) only when the missing object
// follows from that extension — it defines the name, or a migration that failed for it was to create
// it — and the migration's own failure otherwise (a typo'd table fails in production too). An
// extension whose names the table does not fully hold keeps the broad attribution (the safe side).
// PostgreSQL 15 here has no pgvector, postgis or timescaledb; PGlite has no moddatetime or insert_username.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite/vector';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { EXTENSION_OBJECTS } from '../../src/analysis/extension-objects.js';
import { review } from '../../src/review.js';
import { inlineSettings } from '../../src/analysis/inline.js';
import { defaultSettings } from '../../src/config.js';
import { findPgBinaries } from '../../src/engines/local.js';
import { environmentCause, extensionDefines } from '../../src/live/gaps.js';
import type { EngineId, Report } from '../../src/types.js';
import { parsed } from '../engines/helpers.js';
import { tempDir } from '../temp-dirs.js';

const ITEMS = 'CREATE TABLE public.items (id int PRIMARY KEY, body text, updated_at timestamptz);';

/** The whole review of a golang-migrate folder whose first migration is the base and the rest are changed. */
async function reviewChanged(engine: EngineId, changed: string[]): Promise<Report> {
  const dir = tempDir('pgreview-changed-ext-');
  writeFileSync(path.join(dir, '000001_items.up.sql'), ITEMS);
  const names = changed.map((sql, i) => {
    const name = `00000${i + 2}_change.up.sql`;
    writeFileSync(path.join(dir, name), sql);
    return name;
  });
  return review(inlineSettings({ dir, repoRoot: dir, engine, changed: names, statementTimeoutMs: 10_000, totalTimeoutMs: 120_000 }));
}

const migration = (r: Report, n: number) => r.migrations.find((m) => m.file.endsWith(`00000${n}_change.up.sql`))!;
/** migration-failed findings as [severity, file, line], by file and line. */
const failures = (r: Report) =>
  r.findings
    .filter((f) => f.ruleId === 'migration-failed')
    .sort((x, y) => x.file.localeCompare(y.file) || (x.line ?? 0) - (y.line ?? 0))
    .map((f) => [f.severity, f.file.split('/').pop(), f.line]);

describe('which names follow from an extension (the table in src/analysis/extension-objects.ts)', () => {
  it.each([
    ['vector', 'type "vector" does not exist', true],
    ['vector', 'operator class "vector_cosine_ops" does not exist for access method "btree"', true],
    ['vector', 'access method "hnsw" does not exist', true],
    ['vector', 'function vector_add(unknown, unknown) does not exist', true],
    ['vector', 'function array_to_vector(integer[], integer, boolean) does not exist', true],
    ['vector', 'extension "vector" does not exist', true],
    ['uuid-ossp', 'function extensions.uuid_generate_v4() does not exist', true],
    ['pg_cron', 'schema "cron" does not exist', true],
    ['pg_cron', 'function cron.schedule(unknown, unknown, unknown) does not exist', true],
    ['vector', 'relation "missing_table" does not exist', false],
    ['vector', 'relation "vector_store" does not exist', false],
    ['vector', 'function misspeled_function(integer) does not exist', false],
    ['vector', 'column "x" does not exist', false],
    ['uuid-ossp', 'type "vector" does not exist', false],
  ])('%s: %s → %s', (ext, message, defines) => {
    expect(extensionDefines(ext, message)).toBe(defines);
  });

  it('an extension whose names are not all listed (postgis) is blamed for any missing name; an unreadable message keeps the skipped extension as its cause', async () => {
    const pr = await parsed('002_pr', 'create table public.t (id int);\nalter table public.nowhere add column x int;\n');
    const trace = { gaps: [], migrations: [], preset: 'plain' as const };
    const at = { file: pr.source.file, line: 2 };
    const missing = { message: 'relation "public.nowhere" does not exist', code: '42P01' };
    const skipped = (ext: string) => ({ skipped: [{ ext, file: pr.source.file, line: 1 }], unbuilt: [] });
    expect(environmentCause(missing, trace, [pr], skipped('postgis'), at)).toMatchObject({ extension: 'postgis', cause: expect.stringMatching(/"postgis" extension .* was skipped/) });
    expect(environmentCause(missing, trace, [pr], skipped('vector'), at)).toBeUndefined();
    // pg_trgm's operators are not in the table, and the message names no object: the safe side.
    expect(environmentCause({ message: 'operator does not exist: text % unknown', code: '42883' }, trace, [pr], skipped('pg_trgm'), at)).toMatchObject({ extension: 'pg_trgm' });
  });

  it('a RAISE in a statement naming an extension the base history could not create is the engine gap; naming another is not', async () => {
    const pr = await parsed('002_pr', "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_extension WHERE extname = 'vector') THEN RAISE EXCEPTION 'no'; END IF; END $$;\n");
    const gap = { migrationId: '001_base', file: '001_base.up.sql', line: 1, kind: 'CreateExtensionStmt', message: 'extension "vector" is not available', cause: 'extension "vector" is not available on the review engine and pgreview has no stand-in for it' };
    const raised = { message: 'no', code: 'P0001' };
    const at = { file: pr.source.file, line: 1 };
    expect(environmentCause(raised, { gaps: [gap], migrations: [], preset: 'plain' }, [pr], undefined, at)).toMatchObject({ extension: 'vector', cause: expect.stringContaining('001_base.up.sql:1 creates it') });
    expect(environmentCause(raised, { gaps: [{ ...gap, cause: gap.cause.replace('vector', 'postgis') }], migrations: [], preset: 'plain' }, [pr], undefined, at)).toBeUndefined();
    // Not raised by the migration's code: a unique violation is the data's, whatever the statement names.
    expect(environmentCause({ message: 'duplicate key', code: '23505' }, { gaps: [gap], migrations: [], preset: 'plain' }, [pr], undefined, at)).toBeUndefined();
    // The word in a message or an expression is no check for the extension: the error stays the migration's.
    const own = await parsed('003_pr', "DO $$ BEGIN ASSERT (SELECT count(*) FROM items WHERE embedding IS NULL) = 0, 'null vector rows'; END $$;\n");
    const ownAt = { file: own.source.file, line: 1 };
    expect(environmentCause({ message: 'null vector rows', code: 'P0004' }, { gaps: [gap], migrations: [], preset: 'plain' }, [own], undefined, ownAt)).toBeUndefined();
    const column = await parsed('004_pr', "DO $$ BEGIN IF EXISTS (SELECT 1 FROM documents WHERE index_kind = 'vector' AND dims IS NULL) THEN RAISE EXCEPTION 'no dims'; END IF; END $$;\n");
    expect(environmentCause({ message: 'no dims', code: 'P0001' }, { gaps: [gap], migrations: [], preset: 'plain' }, [column], undefined, { file: column.source.file, line: 1 })).toBeUndefined();
    // The catalog named in a comment only is no read of it.
    const commented = await parsed('005_pr', "DO $$ BEGIN -- unlike pg_extension\n IF (SELECT kind FROM docs LIMIT 1) = 'vector' THEN RAISE EXCEPTION 'no'; END IF; END $$;\n");
    expect(environmentCause(raised, { gaps: [gap], migrations: [], preset: 'plain' }, [commented], undefined, { file: commented.source.file, line: 1 })).toBeUndefined();
  });
});

const local = !!findPgBinaries();

describe.skipIf(!local)('a skipped extension in the changed migrations on PostgreSQL 15 (no pgvector)', () => {
  it('what follows from the missing vector, across files, could not be verified; the verdict is not fail', async () => {
    const r = await reviewChanged('local', [
      'CREATE EXTENSION IF NOT EXISTS vector;\nCREATE TABLE public.docs (id serial PRIMARY KEY, e vector(3));',
      'CREATE INDEX docs_id_idx ON public.docs (id);',
      "SELECT setval('public.docs_id_seq', 10);",
      'CREATE INDEX docs_id_brin ON public.docs USING brin (id);\nCREATE INDEX items_e ON public.items USING hnsw (body);',
    ]);
    const [a, b, c, d] = [2, 3, 4, 5].map((n) => migration(r, n));
    expect(a!.error?.message).toBe('type "vector" does not exist');
    expect(a!.couldNotVerify).toMatch(/^"vector" is the "vector" extension's: the "vector" extension \(.*000002_change\.up\.sql:1\) was skipped/);
    // Not the PR's: docs was to be created by the migration the missing vector stopped, its sequence too.
    expect(b!.error?.message).toBe('relation "public.docs" does not exist');
    expect(b!.couldNotVerify).toMatch(/^"public\.docs" was to be created by .*000002_change\.up\.sql:2, which the review engine could not run: "vector" is the "vector" extension's/);
    expect(c!.error?.message).toMatch(/relation "public\.docs_id_seq" does not exist/);
    expect(c!.couldNotVerify).toMatch(/^"public\.docs_id_seq" was to be created by .*000002_change\.up\.sql:2/);
    expect(d!.couldNotVerify).toMatch(/^"public\.docs" was to be created by/);
    expect(failures(r).every(([severity]) => severity === 'info')).toBe(true);
    const cascaded = r.findings.find((f) => f.ruleId === 'migration-failed' && f.file.endsWith('000003_change.up.sql'))!;
    expect(cascaded.title).toBe('Could not verify: depends on an earlier migration the review engine could not run');
    expect(cascaded.evidence).toMatchObject({ unbuilt: { file: expect.stringMatching(/000002_change\.up\.sql$/), line: 2 } });
    expect(r.verdict).not.toBe('fail');
  }, 240_000);

  it("a typo'd table and a misspelled function after CREATE EXTENSION vector are the migration's own failures: fail, at their file and line", async () => {
    const r = await reviewChanged('local', ['CREATE EXTENSION IF NOT EXISTS vector;\nALTER TABLE public.missing_table ADD COLUMN x int;', 'SELECT misspeled_function(1);']);
    expect(migration(r, 2).error?.message).toBe('relation "public.missing_table" does not exist');
    expect(migration(r, 2).couldNotVerify).toBeUndefined();
    expect(migration(r, 3).error?.message).toMatch(/^function misspeled_function\(integer\) does not exist/);
    expect(migration(r, 3).couldNotVerify).toBeUndefined();
    expect(failures(r)).toEqual([
      ['info', '000002_change.up.sql', 1],
      ['critical', '000002_change.up.sql', 2],
      ['critical', '000003_change.up.sql', 1],
    ]);
    expect(r.verdict).toBe('fail');
  }, 240_000);

  // supabase/storage's vector_store/0001-init.sql: a DO block that reads pg_extension and raises
  // when vector is missing. It ran in production; on an engine without pgvector it was a ❌ Fail.
  it("a guard that raises because the skipped extension is missing could not be verified; a guard that raises for the migration's own reason fails", async () => {
    const guard = (cond: string, msg: string) => `DO $$\nDECLARE v text;\nBEGIN\n  ${cond}\n  IF v IS NULL THEN RAISE EXCEPTION '${msg}'; END IF;\nEND $$;`;
    const r = await reviewChanged('local', [
      `CREATE EXTENSION IF NOT EXISTS vector SCHEMA public;\n${guard("SELECT extversion INTO v FROM pg_extension WHERE extname = 'vector';", 'pgvector extension is not installed')}`,
    ]);
    expect(migration(r, 2).error?.message).toBe('pgvector extension is not installed');
    expect(migration(r, 2).couldNotVerify).toMatch(/^the statement raised its own error after checking for the "vector" extension, which the review engine does not have \(.*000002_change\.up\.sql:1 creates it/);
    expect(failures(r).every(([severity]) => severity === 'info')).toBe(true);
    expect(r.verdict).not.toBe('fail');

    // The same shape, raising because of the data, not the extension: production raises it too.
    const own = await reviewChanged('local', [
      `CREATE EXTENSION IF NOT EXISTS vector SCHEMA public;\n${guard('SELECT body INTO v FROM public.items LIMIT 1;', 'items must not be empty')}`,
    ]);
    expect(migration(own, 2).error?.message).toBe('items must not be empty');
    expect(migration(own, 2).couldNotVerify).toBeUndefined();
    expect(failures(own)).toEqual([
      ['info', '000002_change.up.sql', 1],
      ['critical', '000002_change.up.sql', 2],
    ]);
    expect(own.verdict).toBe('fail');
  }, 240_000);

  it('after an extension the table does not know (timescaledb), any missing name is still blamed on it: could not verify', async () => {
    const r = await reviewChanged('local', ['CREATE EXTENSION IF NOT EXISTS timescaledb;\nALTER TABLE public.missing_table ADD COLUMN x int;']);
    expect(migration(r, 2).couldNotVerify).toMatch(/^the "timescaledb" extension \(.*000002_change\.up\.sql:1\) was skipped because the review engine does not have it$/);
    expect(r.verdict).not.toBe('fail');
  }, 240_000);
});

describe('a skipped extension in the changed migrations on PGlite (no moddatetime, no insert_username)', () => {
  it('a trigger calling the missing moddatetime could not be verified; a typo after it fails; after insert_username (not in the table) a typo is blamed on it', async () => {
    const trigger = 'CREATE EXTENSION IF NOT EXISTS moddatetime;\nCREATE TRIGGER items_touch BEFORE UPDATE ON public.items FOR EACH ROW EXECUTE PROCEDURE moddatetime(updated_at);';
    const gap = await reviewChanged('pglite', [trigger, 'CREATE EXTENSION IF NOT EXISTS insert_username;\nALTER TABLE public.missing_table ADD COLUMN x int;']);
    expect(migration(gap, 2).error?.message).toMatch(/^function moddatetime\(\) does not exist/);
    expect(migration(gap, 2).couldNotVerify).toMatch(/^"moddatetime" is the "moddatetime" extension's/);
    expect(migration(gap, 3).couldNotVerify).toMatch(/^the "insert_username" extension \(.*000003_change\.up\.sql:1\) was skipped/);
    expect(gap.verdict).not.toBe('fail');

    const typo = await reviewChanged('pglite', ['CREATE EXTENSION IF NOT EXISTS moddatetime;\nALTER TABLE public.missing_table ADD COLUMN x int;']);
    expect(migration(typo, 2).couldNotVerify).toBeUndefined();
    // Besides the info that the engine lacks moddatetime (line 1).
    expect(failures(typo)).toEqual([
      ['info', '000002_change.up.sql', 1],
      ['critical', '000002_change.up.sql', 2],
    ]);
    expect(typo.verdict).toBe('fail');
  }, 240_000);
});

describe('a stood-in platform extension on PGlite (Supabase preset)', () => {
  it('COMMENT ON EXTENSION of pg_cron, which the preset stands in for, fails only on the review engine: could not verify in the finding and the verdict alike', async () => {
    const root = tempDir('pgreview-standin-');
    mkdirSync(path.join(root, 'supabase', 'migrations'), { recursive: true });
    writeFileSync(path.join(root, 'supabase', 'config.toml'), 'project_id = "t"\n');
    writeFileSync(path.join(root, 'supabase', 'migrations', '20240101000000_a.sql'), 'create table public.a (id int);\n');
    writeFileSync(path.join(root, 'supabase', 'migrations', '20240102000000_b.sql'), "create extension if not exists pg_cron;\ncomment on extension pg_cron is 'jobs';\n");
    const r = await review(defaultSettings({ dir: root, engine: 'pglite', format: 'json', changed: ['supabase/migrations/20240102000000_b.sql'], totalTimeoutMs: 240_000 }));
    const m = r.migrations.find((x) => x.file.endsWith('20240102000000_b.sql'))!;
    expect(m.couldNotVerify).toMatch(/^the "pg_cron" extension is a pgreview stand-in/);
    const f = r.findings.filter((x) => x.ruleId === 'migration-failed');
    expect(f.map((x) => [x.severity, x.line, x.title])).toEqual([['info', 2, 'Could not verify: the review engine has a stand-in, not the real extension']]);
    expect(r.verdict).not.toBe('fail');
  }, 240_000);
});

// The `complete` mark is what lets a skipped extension's "does not exist" be narrowed: every
// function of it a migration can call without first naming one of its types must be one the table
// names (or named after one). Read from the real extensions on PGlite; what takes or returns one of
// the extension's types, only `internal` (index support), implements an operator, or has a core
// namesake (pgcrypto's gen_random_uuid, core since PostgreSQL 13) is left out.
describe('the extensions marked complete name every function a migration can call without their types', () => {
  const ON_PGLITE = { vector, pgcrypto, 'uuid-ossp': uuid_ossp, pg_trgm, citext, unaccent, fuzzystrmatch };
  const complete = Object.keys(ON_PGLITE).filter((e) => EXTENSION_OBJECTS[e]?.complete);
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite({ extensions: ON_PGLITE });
    for (const ext of complete) await db.exec(`CREATE EXTENSION "${ext}";`);
  });
  afterAll(() => db.close());

  it.each(complete)('%s', async (ext) => {
    const r = await db.query<{ n: string }>(
      `select distinct p.proname as n from pg_depend d join pg_proc p on p.oid = d.objid join pg_extension x on x.oid = d.refobjid
       where d.classid = 'pg_proc'::regclass and d.deptype = 'e' and x.extname = $1
         and not exists (select 1 from unnest(p.proargtypes::oid[] || p.prorettype) t join pg_depend e on e.objid = t and e.classid = 'pg_type'::regclass and e.refobjid = x.oid)
         and not ('internal'::regtype = any(p.proargtypes::oid[] || p.prorettype))
         and not exists (select 1 from pg_operator o where o.oprcode = p.oid)
         and not exists (select 1 from pg_proc c where c.proname = p.proname and c.pronamespace = 'pg_catalog'::regnamespace)`,
      [ext],
    );
    expect(r.rows.map((x) => x.n).filter((n) => !extensionDefines(ext, `function ${n}() does not exist`))).toEqual([]);
  });
});
