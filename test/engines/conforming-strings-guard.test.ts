// guardConformingStrings: PR code the probes run again may turn standard_conforming_strings off
// where screening cannot see it (a setting named at run time). The engine turns it back on before the
// next call, so the next statement is read by the server as pgreview's parser read it, and says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Engine } from '../../src/engines/database.js';
import { LocalEngine, findPgBinaries } from '../../src/engines/local.js';
import { PgliteEngine } from '../../src/engines/pglite.js';

const engines: [string, () => Engine][] = [['pglite', () => new PgliteEngine({ cacheDir: false })]];
if (findPgBinaries()) engines.push(['local', () => new LocalEngine()]);
else console.warn('conforming-strings-guard.test: no local PostgreSQL binaries; only PGlite is tested');

const TURN_OFF = "select set_config(lower('STANDARD_CONFORMING_STRINGS'), 'off', false)";
// With the setting on: one SELECT of a string (no alias). With it off: `select '''' as x`, then `select 2 as smuggled`.
const AMBIGUOUS = "select '\\'' as x ; select 2 as smuggled ; --'";

describe.each(engines)('standard_conforming_strings guard on %s', (_name, make) => {
  let engine: Engine;
  let db: Database;
  beforeAll(async () => {
    engine = make();
    db = await engine.start();
  });
  afterAll(async () => {
    await engine.stop();
  });

  it('turns the setting back on before the next call and says so', async () => {
    let told = 0;
    const unguard = await db.guardConformingStrings!(() => void told++);
    try {
      await db.exec(TURN_OFF);
      expect(told).toBe(1);
      const results = await db.exec(AMBIGUOUS);
      expect(results.map((r) => r.fields.map((f) => f.name))).toEqual([['?column?']]);
      expect((await db.query<{ v: string }>(`select current_setting('standard_conforming_strings') as v`)).rows[0]!.v).toBe('on');
      // A call that leaves it on tells nothing.
      await db.exec("select set_config('application_name', 'off', false)");
      expect(told).toBe(1);
    } finally {
      await unguard();
    }
  });

  it('is needed: unguarded, the server reads the same text as two statements', async () => {
    await db.exec(TURN_OFF);
    const results = await db.exec(AMBIGUOUS);
    await db.exec('set standard_conforming_strings = on');
    expect(results.map((r) => r.fields.map((f) => f.name))).toEqual([['x'], ['smuggled']]);
  });
});
