// Every example in every live rule doc runs on a real engine (PGlite, with the doc's preset): the
// base blocks are applied as base migrations, the example as the PR, traced statement by statement,
// then the live rules run through runLiveRules (the code path of review()). A bad example must raise
// its rule exactly once, a good one never.
//
// Speed: one engine per preset. After each example the objects it created (OID above the prepared
// state's highest) are dropped and the session reset; a fingerprint of the catalog (and of the rows
// of the preset's own tables) must then equal the prepared state's, else the engine restarts from
// the prepared snapshot (about 1.5 s instead of about 0.1 s).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { liveRules } from '../../rules/_live.js';
import { parseRuleDoc, txOf, type DocExample } from '../../src/analysis/rule-docs.js';
import { inlineSet, inlineSettings } from '../../src/analysis/inline.js';
import { parseMigrations, runStatic } from '../../src/analysis/static.js';
import { loadParser } from '../../src/sql/parse.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import type { Database } from '../../src/engines/database.js';
import { presetPrepare } from '../../src/live/presets.js';
import { applyTraced } from '../../src/live/trace.js';
import { runLiveRules } from '../../src/live/review.js';
import type { LiveRule, Rule } from '../../src/analysis/rules.js';
import type { LayoutId, PresetId, Settings } from '../../src/types.js';

const allRules: Rule[] = rules;
// The catalog-based live rules. Probe findings' docs run in test/probes/docs.test.ts (they need the
// probes), statement-timeout's in test/hardening/hostile-live.test.ts (it needs a time limit hit), and
// schema-drift's in test/stats/drift-docs.test.ts (it needs a production catalog).
const live = liveRules.filter((r): r is LiveRule => r.phase === 'live' && r.id !== 'schema-drift');
const liveIds = new Set(live.map((r) => r.id));

const dir = join(import.meta.dirname, '../../rules');
interface Case {
  id: string;
  example: DocExample;
  base: DocExample[];
  n: number;
  preset: PresetId;
}
const cases: Case[] = [];
for (const f of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
  const doc = parseRuleDoc(readFileSync(join(dir, f), 'utf8'));
  if (!liveIds.has(doc.id)) continue;
  const base = doc.examples.filter((e) => e.role === 'base');
  doc.examples
    .filter((e) => e.role !== 'base')
    .forEach((example, n) => cases.push({ id: doc.id, example, base, n: n + 1, preset: (example.options.preset as PresetId) ?? 'plain' }));
}

function settingsFor(e: DocExample, preset: PresetId): Settings {
  const s: Partial<Settings> = { engine: 'pglite', preset };
  if (e.options.pg) s.pgVersion = Number(e.options.pg);
  if (e.options.exposed) s.exposedSchemas = e.options.exposed.split(',');
  return inlineSettings(s);
}

const FINGERPRINT = `select md5(concat_ws('|',
  (select string_agg(format('%s %s %s %s %s %s %s %s %s', oid, relname, relnamespace, relkind, relacl, relrowsecurity, relforcerowsecurity, reloptions, relfilenode), ',' order by oid) from pg_class),
  (select string_agg(format('%s %s %s %s %s', attrelid, attnum, attname, atttypid, attnotnull), ',' order by attrelid, attnum) from pg_attribute where attrelid >= 16384),
  (select string_agg(format('%s %s %s %s', oid, nspname, nspowner, nspacl), ',' order by oid) from pg_namespace),
  (select string_agg(format('%s %s %s %s %s %s', oid, proname, proacl, prosecdef, proconfig, md5(prosrc)), ',' order by oid) from pg_proc where oid >= 16384),
  (select string_agg(format('%s %s %s %s %s', oid, rolname, rolsuper, rolbypassrls, rolconfig), ',' order by oid) from pg_roles),
  (select string_agg(format('%s %s', roleid, member), ',' order by roleid, member) from pg_auth_members),
  (select string_agg(format('%s %s', oid, defaclacl), ',' order by oid) from pg_default_acl),
  (select string_agg(format('%s %s %s', oid, extname, extnamespace), ',' order by oid) from pg_extension),
  (select string_agg(oid::text, ',' order by oid) from pg_policy),
  (select string_agg(oid::text, ',' order by oid) from pg_trigger),
  (select string_agg(oid::text, ',' order by oid) from pg_constraint),
  (select string_agg(oid::text, ',' order by oid) from pg_type where oid >= 16384),
  (select string_agg(format('%s %s %s', setdatabase, setrole, setconfig), ',' order by setdatabase, setrole) from pg_db_role_setting),
  current_setting('search_path'), current_user, session_user, current_setting('lock_timeout'), current_setting('statement_timeout')
)) as h`;

const MAX_OID = `select greatest(
  (select max(oid::int8) from pg_class), (select max(oid::int8) from pg_proc), (select max(oid::int8) from pg_type),
  (select max(oid::int8) from pg_namespace), (select max(oid::int8) from pg_authid), (select max(oid::int8) from pg_extension),
  (select coalesce(max(oid::int8), 0) from pg_constraint), (select coalesce(max(oid::int8), 0) from pg_policy),
  (select coalesce(max(oid::int8), 0) from pg_trigger), (select coalesce(max(oid::int8), 0) from pg_event_trigger)) as m`;

/** Drop everything with an OID above the prepared state's highest, in dependency-friendly order. */
const cleanupSql = (m: number) => `DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT evtname FROM pg_event_trigger WHERE oid::int8 > ${m} LOOP EXECUTE format('DROP EVENT TRIGGER IF EXISTS %I', r.evtname); END LOOP;
  FOR r IN SELECT extname FROM pg_extension WHERE oid::int8 > ${m} LOOP EXECUTE format('DROP EXTENSION IF EXISTS %I CASCADE', r.extname); END LOOP;
  FOR r IN SELECT nspname FROM pg_namespace WHERE oid::int8 > ${m} AND nspname NOT LIKE 'pg\\_%' LOOP EXECUTE format('DROP SCHEMA IF EXISTS %I CASCADE', r.nspname); END LOOP;
  FOR r IN SELECT t.tgname, t.tgrelid::regclass AS rel FROM pg_trigger t WHERE t.oid::int8 > ${m} AND NOT t.tgisinternal LOOP EXECUTE format('DROP TRIGGER IF EXISTS %I ON %s', r.tgname, r.rel); END LOOP;
  FOR r IN SELECT p.polname, p.polrelid::regclass AS rel FROM pg_policy p WHERE p.oid::int8 > ${m} LOOP EXECUTE format('DROP POLICY IF EXISTS %I ON %s', r.polname, r.rel); END LOOP;
  FOR r IN SELECT c.conname, c.conrelid::regclass AS rel FROM pg_constraint c WHERE c.oid::int8 > ${m} AND c.conrelid <> 0 AND c.conrelid::int8 <= ${m} LOOP EXECUTE format('ALTER TABLE %s DROP CONSTRAINT IF EXISTS %I CASCADE', r.rel, r.conname); END LOOP;
  FOR r IN SELECT c.oid, c.relkind FROM pg_class c WHERE c.oid::int8 > ${m} AND c.relkind IN ('v', 'm', 'r', 'p', 'f', 'S', 'i', 'I') ORDER BY c.relkind IN ('i', 'I'), c.oid DESC LOOP
    IF EXISTS (SELECT 1 FROM pg_class WHERE oid = r.oid) AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = r.oid) THEN
      EXECUTE format('DROP %s %s CASCADE', CASE r.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' WHEN 'S' THEN 'SEQUENCE' WHEN 'i' THEN 'INDEX' WHEN 'I' THEN 'INDEX' ELSE 'TABLE' END, r.oid::regclass);
    END IF;
  END LOOP;
  FOR r IN SELECT p.oid FROM pg_proc p WHERE p.oid::int8 > ${m} LOOP
    IF EXISTS (SELECT 1 FROM pg_proc WHERE oid = r.oid) THEN EXECUTE format('DROP ROUTINE %s CASCADE', r.oid::regprocedure); END IF;
  END LOOP;
  FOR r IN SELECT t.oid, t.typtype FROM pg_type t WHERE t.oid::int8 > ${m} AND t.typtype IN ('e', 'c', 'd', 'r', 'm') AND (t.typrelid = 0 OR t.typtype = 'c') AND t.typelem = 0 LOOP
    IF EXISTS (SELECT 1 FROM pg_type WHERE oid = r.oid) THEN EXECUTE format('DROP %s %s CASCADE', CASE r.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, r.oid::regtype); END IF;
  END LOOP;
  FOR r IN SELECT rolname FROM pg_authid WHERE oid::int8 > ${m} LOOP
    EXECUTE format('DROP OWNED BY %I CASCADE', r.rolname);
    EXECUTE format('DROP ROLE %I', r.rolname);
  END LOOP;
END $$`;

class PresetDb {
  engine: PgliteEngine;
  db!: Database;
  fingerprint = '';
  maxOid = 0;
  session: { name: string; setting: string }[] = [];
  dataSql = '';
  restarts = 0;
  reused = 0;
  constructor(readonly preset: PresetId) {
    this.engine = new PgliteEngine({ prepare: presetPrepare(preset) });
  }
  async start() {
    this.db = await this.engine.start();
    this.session = (await this.db.query<{ name: string; setting: string }>(`select name, setting from pg_settings where source = 'session'`)).rows;
    const tables = (
      await this.db.query<{ t: string }>(
        `select c.oid::regclass::text as t from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'`,
      )
    ).rows.map((r) => r.t);
    // The preset's own tables (auth.users…): rows an example leaves there must not leak into the next one.
    this.dataSql = tables.length ? `select md5(concat_ws('|', ${tables.map((t) => `(select md5(coalesce(string_agg(x::text, ',' order by x::text), '')) from ${t} x)`).join(', ')})) as h` : `select '' as h`;
    this.fingerprint = await this.state();
    this.maxOid = Number((await this.db.query<{ m: string }>(MAX_OID)).rows[0]!.m);
  }
  async state(): Promise<string> {
    const [a] = (await this.db.query<{ h: string }>(FINGERPRINT)).rows;
    const [b] = (await this.db.query<{ h: string }>(this.dataSql)).rows;
    return `${a!.h}:${b!.h}`;
  }
  /** Back to the prepared state: drop what the example made, or restart from the prepared snapshot. */
  async reset() {
    try {
      if (!this.db.alive) throw new Error('engine died');
      await this.db.exec('rollback').catch(() => undefined);
      await this.db.exec(`reset all; reset role; set session authorization default`);
      for (const s of this.session) await this.db.query('select set_config($1, $2, false)', [s.name, s.setting]);
      await this.db.exec(cleanupSql(this.maxOid));
      if ((await this.state()) === this.fingerprint) {
        this.reused++;
        return;
      }
    } catch {
      // fall through to a restart
    }
    this.restarts++;
    this.db = await this.engine.restartFresh();
  }
  async stop() {
    await this.engine.stop().catch(() => undefined);
  }
}

beforeAll(loadParser);

describe('live rule doc examples', () => {
  it('found examples for every live rule', () => {
    for (const id of liveIds) expect(cases.some((c) => c.id === id && c.example.role === 'bad'), `${id}.md has no bad example`).toBe(true);
    for (const id of liveIds) expect(cases.some((c) => c.id === id && c.example.role === 'good'), `${id}.md has no good example`).toBe(true);
  });

  for (const preset of [...new Set(cases.map((c) => c.preset))].sort()) {
    describe(`preset ${preset}`, () => {
      const pdb = new PresetDb(preset);
      let t0 = 0;
      beforeAll(async () => {
        t0 = performance.now();
        await pdb.start();
      }, 120_000);
      afterAll(async () => {
        console.log(`live doc examples, preset ${preset}: ${Math.round(performance.now() - t0)} ms, ${pdb.reused} reset in place, ${pdb.restarts} restarts`);
        await pdb.stop();
      });
      const mine = cases.filter((c) => c.preset === preset);
      it.each(mine.map((c) => [`${c.id} ${c.example.role} #${c.n} (line ${c.example.line})`, c] as const))('%s', async (_name, c) => {
        const e = c.example;
        try {
          const settings = settingsFor(e, preset);
          const set = inlineSet({
            base: c.base.map((b) => ({ sql: b.sql, file: b.options.file, transactional: txOf(b.options, e.options.layout) })),
            changed: [{ sql: e.sql, down: e.down, file: e.options.file, transactional: txOf(e.options, e.options.layout) }],
            layout: e.options.layout as LayoutId | undefined,
          });
          const sources = parseMigrations(set);
          const st = runStatic(settings, set, allRules, sources);
          const trace = await applyTraced(
            pdb.db,
            sources.filter((s) => s.direction === 'up'),
            { statementTimeoutMs: 30_000, totalTimeoutMs: 60_000 },
          );
          expect(trace.before && trace.after, 'catalog snapshots').toBeTruthy();
          const out = runLiveRules({ settings, set, trace, sources, staticResult: st, rules: live, seen: new Map(), fallbackFile: sources[0]?.source.file ?? '' });
          const internal = out.findings.filter((f) => f.title.startsWith('Rule ') && f.title.includes('could not check'));
          expect(internal.map((f) => f.message), 'a live rule crashed on this example').toEqual([]);
          const hits = out.findings.filter((f) => f.ruleId === c.id);
          if (e.role === 'bad') expect(hits.map((h) => `${h.severity}: ${h.message}`), `bad example must raise ${c.id} once`).toHaveLength(1);
          else expect(hits.map((h) => `${h.severity}: ${h.message}`), `good example must not raise ${c.id}`).toHaveLength(0);
          if (e.role === 'bad' && e.options.severity) expect(hits[0]?.severity, `severity of ${c.id} (docs/severity.md)`).toBe(e.options.severity);
          // The exact object the finding names (issue 12 point 7: precise objects), where the doc states it.
          if (e.role === 'bad' && e.options.object) expect(hits[0]?.object, `object of ${c.id}`).toBe(e.options.object);
        } finally {
          await pdb.reset();
        }
      });
    });
  }
});
