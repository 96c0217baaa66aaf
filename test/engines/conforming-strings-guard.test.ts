// standard_conforming_strings is on whenever the server parses a call: pgreview's parser reads
// string literals with it on, and PR code can turn it off where screening cannot see it (a setting
// named at run time, SET LOCAL undone at COMMIT, a deferred trigger, a database default for new
// sessions). With it off the server reads `select '\'' ; <code> ; --'` as a SELECT and <code>. Every
// Database call turns it back on first (node-postgres: the server's ParameterStatus; PGlite: SHOW
// after each call in the worker), and takeStringsOff says that a call left it off.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Engine } from '../../src/engines/database.js';
import { LocalEngine, findPgBinaries } from '../../src/engines/local.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import { UrlEngine } from '../../src/engines/url.js';

const engines: [string, () => Engine][] = [['pglite', () => new PgliteEngine({ cacheDir: false })]];
if (findPgBinaries()) engines.push(['local', () => new LocalEngine()]);
else console.warn('conforming-strings-guard.test: no local PostgreSQL binaries; only PGlite is tested');

const NAME = "lower('STANDARD_CONFORMING_STRINGS')";
const TURN_OFF = `select set_config(${NAME}, 'off', false)`;
// With the setting on: one SELECT of a string (no alias). With it off: `select '''' as x`, then `select 2 as smuggled`.
const AMBIGUOUS = "select '\\'' as x ; select 2 as smuggled ; --'";
const READ_AS_SCREENED = [['?column?']];
const columns = (results: { fields: { name: string }[] }[]) => results.map((r) => r.fields.map((f) => f.name));

describe.each(engines)('standard_conforming_strings on every call on %s', (_name, make) => {
  let engine: Engine;
  let db: Database;
  beforeAll(async () => {
    engine = make();
    db = await engine.start();
    db.takeStringsOff();
  });
  afterAll(async () => {
    await engine.stop();
  });

  it('is on again before the next call, and a call that left it off is said once', async () => {
    await db.exec(TURN_OFF);
    expect(db.takeStringsOff()).toBe(true);
    expect(columns(await db.exec(AMBIGUOUS))).toEqual(READ_AS_SCREENED);
    expect(db.takeStringsOff()).toBe(false);
    expect((await db.query<{ v: string }>('show standard_conforming_strings')).rows[0]!.v ?? 'on').toBe('on');
    // A call that leaves it on says nothing.
    await db.exec("select set_config('application_name', 'off', false)");
    expect(db.takeStringsOff()).toBe(false);
  });

  it('SET LOCAL on over a session-level off: caught when COMMIT restores the off', async () => {
    await db.exec('begin');
    await db.exec(`select set_config(${NAME}, 'off', false), set_config(${NAME}, 'on', true)`);
    await db.exec('commit');
    expect(db.takeStringsOff()).toBe(true);
    expect(columns(await db.exec(AMBIGUOUS))).toEqual(READ_AS_SCREENED);
  });

  it('a deferred trigger that turns it off at COMMIT', async () => {
    await db.exec(`
      create table public.deferred_strings (id int);
      create function public.turn_strings_off() returns trigger language plpgsql as $$
      begin perform set_config(${NAME}, 'off', false); return null; end $$;
      create constraint trigger turn_off after insert on public.deferred_strings deferrable initially deferred
        for each row execute function public.turn_strings_off();`);
    db.takeStringsOff();
    await db.exec('begin');
    await db.exec('insert into public.deferred_strings values (1)');
    expect(db.takeStringsOff()).toBe(false);
    await db.exec('commit');
    expect(db.takeStringsOff()).toBe(true);
    expect(columns(await db.exec(AMBIGUOUS))).toEqual(READ_AS_SCREENED);
  });

  it('a call that turns it off, commits and then fails: the next call is still read as screened', async () => {
    for (let i = 0; i < 5; i++) {
      await expect(db.exec(`do $$ begin perform set_config(${NAME}, 'off', false); commit; perform pg_sleep(0.02); raise exception 'late'; end $$`)).rejects.toThrow(/late/);
      expect(columns(await db.exec(AMBIGUOUS))).toEqual(READ_AS_SCREENED);
      expect(db.takeStringsOff()).toBe(true);
    }
  });

  it('a function that stands in for current_setting() on the search_path changes nothing', async () => {
    await db.exec(`
      create function public.current_setting(text) returns text language sql as $$ select 'on' $$;
      select set_config('search_path', 'public, pg_catalog', false);`);
    await db.exec(TURN_OFF);
    expect(db.takeStringsOff()).toBe(true);
    expect(columns(await db.exec(AMBIGUOUS))).toEqual(READ_AS_SCREENED);
    await db.exec('set search_path to default; drop function public.current_setting(text)');
  });
});

describe.runIf(findPgBinaries())('a new connection to a database whose default is off (local)', () => {
  it('reads its first call as screened', async () => {
    const engine = new LocalEngine();
    const db = await engine.start();
    try {
      await db.exec(`do $$ begin execute format('alter database %I set %s = off', current_database(), ${NAME}); end $$`);
      const other = await db.connect!();
      try {
        expect(columns(await other.exec(AMBIGUOUS))).toEqual(READ_AS_SCREENED);
      } finally {
        await other.close();
      }
    } finally {
      await engine.stop();
    }
  });
});

describe.runIf(findPgBinaries())('the url engine on a server whose default is off (local server)', () => {
  it('reads every call as screened, and does not blame the pull request for the server default', async () => {
    const local = new LocalEngine();
    const admin = await local.start();
    try {
      await admin.exec('alter database postgres set standard_conforming_strings = off');
      const url = new UrlEngine({ url: local.url() });
      const db = await url.start();
      try {
        expect(columns(await db.exec(AMBIGUOUS))).toEqual(READ_AS_SCREENED);
        expect(db.takeStringsOff()).toBe(false);
      } finally {
        await url.stop();
      }
    } finally {
      await local.stop();
    }
  });
});

describe('without it, the server reads the same text as two statements', () => {
  it('PGlite', async () => {
    const raw = new PGlite();
    try {
      await raw.exec(TURN_OFF);
      expect(columns(await raw.exec(AMBIGUOUS))).toEqual([['x'], ['smuggled']]);
    } finally {
      await raw.close();
    }
  });

  it.runIf(findPgBinaries())('node-postgres on the local engine', async () => {
    const engine = new LocalEngine();
    await engine.start();
    const raw = new pg.Client(engine.clientConfig());
    try {
      await raw.connect();
      await raw.query(TURN_OFF);
      const results = (await raw.query(AMBIGUOUS)) as unknown as pg.QueryResult[];
      expect(results.map((r) => r.fields.map((f) => f.name))).toEqual([['x'], ['smuggled']]);
    } finally {
      await raw.end();
      await engine.stop();
    }
  });
});
