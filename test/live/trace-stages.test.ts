// The traced application's stages one at a time (src/live/trace/*), on real engines: plan, base
// history with environment gaps, execution with its transaction discipline, lock sampling, error
// mapping, time limits and the role switch. test/engines/trace.test.ts covers the whole pipeline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Engine } from '../../src/engines/database.js';
import { LocalEngine, findPgBinaries } from '../../src/engines/local.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import { UrlEngine } from '../../src/engines/url.js';
import { createScreenContext } from '../../src/analysis/screen.js';
import type { MigrationReport, ParsedSource } from '../../src/types.js';
import { planStatement, planStatements, type PlanContext } from '../../src/live/trace/plan.js';
import { inspectEngine, openTraceRun, TraceRun } from '../../src/live/trace/run.js';
import { applyBaseHistory, newReport, setUpRunnerTable } from '../../src/live/trace/base.js';
import { checkSessionRole, recover, replay } from '../../src/live/trace/changed.js';
import { traceMigration, skipReason } from '../../src/live/trace/migration.js';
import { type Rel, Relations, rewritesBetween, sampleLocks } from '../../src/live/trace/locks.js';
import { lockModeName } from '../../src/sql/locks.js';
import { errorOf, gapCause, migrationError } from '../../src/live/trace/errors.js';
import type { RefusedStatement, TraceOptions } from '../../src/live/trace/types.js';
import { parsed } from '../engines/helpers.js';

const limits: TraceOptions = { statementTimeoutMs: 20_000, totalTimeoutMs: 120_000 };

const context = (over: Partial<PlanContext> = {}): PlanContext => ({
  screen: true,
  role: 'pgreview_migrator',
  superusers: new Set(['postgres']),
  needsSuperuser: new Set(['bloom']),
  available: new Set(['bloom', 'pgcrypto']),
  standIns: new Map([['pg_net', { name: 'pg_net', differs: 'no HTTP requests leave the engine', default_schema: 'extensions', schemas: ['net'] }]]),
  ...over,
});

describe('stage plan', () => {
  // supabase/postgres: the base creates supabase_admin as a superuser. A run from a cached base read
  // it from the engine and left out `alter function … owner to supabase_admin`; a fresh run read the
  // engine before the base ran and executed it. Both plan the same now.
  it('a superuser the base history creates counts as one for the changed statements, as on a cached base', async () => {
    const base = await parsed('001_base', 'create role supabase_admin superuser;\ncreate role was_super superuser;\nalter role was_super nosuperuser;\n', { status: 'base' });
    const pr = await parsed('002_pr', 'alter function public.f() owner to supabase_admin;\nalter function public.f() owner to was_super;\ncreate role made_here superuser;\nalter function public.g() owner to made_here;\n');
    const plans = planStatements([base, pr], context({ superusers: new Set() }), []);
    const [toAdmin, toFormer, , toMadeHere] = pr.statements;
    expect(plans.get(toAdmin!)?.skip).toMatch(/OWNER TO supabase_admin: supabase_admin is a superuser on the review engine/);
    expect(plans.get(toFormer!)?.skip).toBeUndefined();
    // A pull request's own CREATE ROLE … SUPERUSER is denied on the engine: no superuser to count.
    expect(plans.get(toMadeHere!)?.skip).toBeUndefined();
  });

  it('refuses what screening flags, rewrites allow-listed extensions, stand-ins and default privileges of a superuser, leaves out hand-overs to a superuser', async () => {
    const p = await parsed(
      '001_plan',
      [
        `create table public.a (id int);`,
        `copy public.a from program 'touch /tmp/x';`,
        `alter table public.a owner to postgres;`,
        `create extension if not exists bloom with schema extensions;`,
        `create extension pg_net;`,
        `alter default privileges for role postgres in schema public grant select on tables to public;`,
        `alter table public.a owner to someone_else;`,
      ].join('\n'),
    );
    const refused: RefusedStatement[] = [];
    const plans = planStatements([p], context(), refused);
    const [create, copy, owner, bloom, net, defaults, otherOwner] = p.statements;
    expect(plans.has(create!)).toBe(false);
    expect(plans.get(copy!)!.skip).toMatch(/^not executed: /);
    expect(refused).toEqual([expect.objectContaining({ migrationId: '001_plan', line: 2, status: 'added' })]);
    expect(plans.get(owner!)!.skip).toMatch(/OWNER TO postgres: postgres is a superuser on the review engine .* owned by pgreview_migrator/);
    expect(plans.get(bloom!)).toEqual({
      sql: `select pgreview_admin.create_extension('bloom', 'extensions', null, true)`,
      superuser: expect.stringContaining('CREATE EXTENSION bloom (migrations/001_plan.sql:4) ran as superuser'),
    });
    expect(plans.get(net!)).toEqual({
      sql: `select pgreview_admin.create_standin_extension('pg_net', null, false)`,
      standIn: { extension: 'pg_net', schema: 'extensions', schemas: ['net'], file: 'migrations/001_plan.sql', line: 5, differs: 'no HTTP requests leave the engine' },
    });
    // The migration role stands in for postgres: postgres's default privileges become its own.
    expect(plans.get(defaults!)!.sql).toMatch(/^alter default privileges FOR ROLE pgreview_migrator in schema public grant select on tables to public;?$/);
    expect(plans.has(otherOwner!)).toBe(false);
  });

  it('as the superuser (no migration role) only screens; without screening nothing is refused', async () => {
    const p = await parsed('002_plan', `copy public.a from program 'x';\nalter table public.a owner to postgres;\ncreate extension bloom;`);
    const refused: RefusedStatement[] = [];
    const asSuperuser = p.statements.map((st) => planStatement(p, st, context({ role: '' }), createScreenContext(), refused));
    expect(asSuperuser[0]!.skip).toMatch(/^not executed/);
    expect(asSuperuser.slice(1)).toEqual([{}, {}]);
    const unscreened = planStatement(p, p.statements[0]!, context({ screen: false }), createScreenContext(), refused);
    expect(unscreened).toEqual({});
    expect(refused).toHaveLength(1);
  });
});

const engines: [string, () => Engine][] = [['pglite', () => new PgliteEngine({ cacheDir: false })]];
if (findPgBinaries()) engines.push(['local', () => new LocalEngine()]);

/** The report the changed-migration stage fills, as traceChanged makes it. */
const changedReport = (p: ParsedSource): MigrationReport => ({ ...newReport(p), trace: [] });

describe.each(engines)('trace stages on %s', (_name, make) => {
  let engine: Engine;
  let db: Database;
  beforeAll(async () => {
    engine = make();
    db = await engine.start();
  });
  afterAll(async () => {
    await engine.stop();
  });

  it('reads what the engine offers', async () => {
    const facts = await inspectEngine(db, 'no_such_role', 30_000);
    expect(facts.versionNum).toBeGreaterThanOrEqual(150000);
    expect(facts.available.has('plpgsql')).toBe(true);
    expect(facts.superusers.has(facts.sessionUser)).toBe(true);
    expect(facts.roleExists).toBe(false);
    expect(facts.searchPath).toMatch(/public/);
  });

  it('error mapping: a Postgres error at its line, and why a base statement is a gap', async () => {
    const sql = `select 1,\n  no_such_column\nfrom pg_class`;
    const e = await db.query(sql).then(() => undefined, (x: unknown) => x);
    expect(errorOf(e)).toMatchObject({ code: '42703', message: expect.stringMatching(/no_such_column/), position: expect.any(Number) });
    expect(migrationError(e, sql, 10)).toMatchObject({ line: 11, message: expect.stringMatching(/no_such_column/) });
    const [ext] = (await parsed('x', `create extension no_such_extension;`)).statements;
    const [tbl] = (await parsed('y', `select * from nowhere;`)).statements;
    expect(gapCause(ext!, { message: 'could not open extension control file' }, new Set(), false)).toMatch(/not available on the review engine and pgreview has no stand-in/);
    expect(gapCause(tbl!, { message: 'permission denied for schema x', code: '42501' }, new Set(), false)).toMatch(/^needs privileges/);
    expect(gapCause(tbl!, { message: 'relation "nowhere" does not exist', code: '42P01' }, new Set(), true)).toMatch(/earlier left-out base statement/);
    expect(gapCause(tbl!, { message: 'relation "nowhere" does not exist', code: '42P01' }, new Set(), false)).toBe('the review engine refused it (relation "nowhere" does not exist, SQLSTATE 42P01)');
  });

  it('lock sampling: locks before commit, named, pre-existing or not, reported once per transaction; rewrites', async () => {
    await db.exec(`create table public.sampled (id int); insert into public.sampled values (1)`);
    const rels = new Relations();
    await rels.reload(db, 30_000, true);
    const held = new Set<string>();
    await db.query('begin');
    try {
      await db.exec(`alter table public.sampled alter column id type bigint`);
      const first = await sampleLocks(db, rels, held, 30_000);
      expect(first.locks).toContainEqual({ relation: 'public.sampled', mode: 'ACCESS EXCLUSIVE', relkind: 'table', preexisting: true });
      expect(rels.advance(first.now)).toEqual(['public.sampled']);
      await db.exec(`create table public.sampled_new (id int)`);
      const second = await sampleLocks(db, rels, held, 30_000);
      expect(second.locks.map((l) => l.relation)).not.toContain('public.sampled');
      expect(second.locks).toContainEqual(expect.objectContaining({ relation: 'public.sampled_new', preexisting: false }));
      expect(rels.advance(second.now)).toEqual([]);
    } finally {
      await db.query('commit');
    }
  });

  it('lock sampling reads only what changed, and knows what reading every lock and relation would', async () => {
    // The reference: every relation and every lock of the backend, read in full after each statement.
    const everything = async () => {
      const full = new Relations();
      await full.reload(db, 30_000);
      const locks = await db.query<{ oid: number; mode: string }>(`select relation::int as oid, mode from pg_locks where pid = pg_backend_pid() and locktype = 'relation' and granted and relation >= 16384`);
      return { rels: full.known, keys: locks.rows.map((l) => `${l.oid}:${l.mode}`) };
    };
    const shape = (m: Map<number, Rel>) => new Map([...m].map(([oid, r]) => [oid, { name: r.name, node: r.node, relkind: r.relkind, tableOid: r.tableOid }]));
    await db.exec(`create schema sampled_s; create table sampled_s.kept (id int primary key, note text); create table public.gone (id int)`);
    const rels = new Relations();
    await rels.reload(db, 30_000, true);
    const held = new Set<string>();
    const steps = [
      `create table public.fresh (id int, v text)`,
      `create index fresh_v on public.fresh (v)`,
      `alter table public.fresh rename to fresh_renamed`,
      // locks held since the first statement: the rewrite is still seen
      `alter table public.fresh_renamed alter column id type bigint`,
      `alter schema sampled_s rename to sampled_t`,
      `alter table sampled_t.kept set schema public`,
      `truncate public.kept`,
      `do $$ begin alter table public.kept rename to kept_tmp; begin alter table public.kept_tmp rename to never; perform 1 / 0; exception when division_by_zero then null; end; end $$`,
      `savepoint sp; alter index fresh_v rename to fresh_never; rollback to savepoint sp`,
      `alter table public.gone rename to gone_renamed; drop table public.gone_renamed`,
      `select 1`,
    ];
    await db.query('begin');
    try {
      let before = await everything();
      const reported = new Set<string>();
      for (const sql of steps) {
        await db.exec(sql);
        const after = await everything();
        const { locks, now } = await sampleLocks(db, rels, held, 30_000);
        const rewrites = rels.advance(now);
        // What the full reads say: every lock key not reported yet in this transaction, named by the
        // relation now (or as last seen when the statement dropped it), and the relfilenodes that changed.
        const expected = after.keys
          .filter((k) => !reported.has(k) && (reported.add(k), true))
          .map((k) => ({ oid: Number(k.split(':')[0]), mode: k.split(':')[1]! }))
          .flatMap(({ oid, mode }) => {
            const rel = after.rels.get(oid) ?? before.rels.get(oid);
            return rel ? [`${rel.name} ${lockModeName(mode)}`] : [];
          });
        expect(locks.map((l) => `${l.relation} ${l.mode}`).sort(), sql).toEqual(expected.sort());
        expect(rewrites, sql).toEqual(rewritesBetween(before.rels, after.rels));
        const present = new Map([...rels.known].filter(([oid]) => after.rels.has(oid)));
        expect(shape(present), sql).toEqual(shape(after.rels));
        before = { rels: new Map([...before.rels, ...after.rels]), keys: after.keys };
      }
      expect(rels.known.get([...rels.known].find(([, r]) => r.name === 'public.kept_tmp')?.[0] ?? -1)?.name).toBe('public.kept_tmp');
    } finally {
      await db.query('rollback');
      await db.exec(`drop schema if exists sampled_s cascade; drop schema if exists sampled_t cascade; drop table if exists public.kept, public.gone`);
    }
  });

  it('base history: what the engine cannot run becomes a gap and the rest of the file applies', async () => {
    const base = await parsed('010_base', `create table public.kept_a (id int);\ncreate extension no_such_extension;\ncreate table public.kept_b (id int);`, { status: 'base' });
    const run = await openTraceRun(db, [base], limits);
    await applyBaseHistory(run);
    const [rep] = run.migrations;
    expect(rep).toMatchObject({ id: '010_base', applied: 'applied', gaps: 1, error: { line: 2 } });
    expect(run.gaps).toEqual([expect.objectContaining({ migrationId: '010_base', line: 2, kind: 'CreateExtensionStmt', cause: expect.stringMatching(/not available/) })]);
    const tables = await db.query<{ a: string | null; b: string | null }>(`select to_regclass('public.kept_a')::text as a, to_regclass('public.kept_b')::text as b`);
    expect(tables.rows[0]).toEqual({ a: 'kept_a', b: 'kept_b' });
  });

  it("execute: the runner's transaction around the file, a statement's own transaction, locks held to the end", async () => {
    const p = await parsed('020_exec', `create table public.ex (id int);\nalter table public.ex add column note text;\ninsert into public.ex values (1, 'a'), (2, 'b');`);
    const run = await openTraceRun(db, [p], limits);
    const rels = new Relations();
    await rels.reload(db, 30_000, true);
    const rep = changedReport(p);
    await traceMigration(run, rels, p, rep);
    expect(rep.applied).toBe('applied');
    expect(rep.trace!.map((t) => t.locks.length > 0)).toEqual([true, false, true]);
    // the table is new: its locks are not on a pre-existing relation; held until the file commits
    expect(rep.trace![0]!.locks[0]).toMatchObject({ relation: 'public.ex', mode: 'ACCESS EXCLUSIVE', preexisting: false, heldMs: expect.any(Number) });
    expect(rep.trace![2]!.rowsAffected).toBe(2);

    const q = await parsed('021_auto', `alter table public.ex add column flag boolean;`, { transactional: false });
    const auto = changedReport(q);
    await traceMigration(run, rels, q, auto);
    // no file transaction: the statement got one of its own, and its locks were held until it committed
    expect(auto.trace![0]!.locks).toEqual([expect.objectContaining({ relation: 'public.ex', mode: 'ACCESS EXCLUSIVE', heldMs: expect.any(Number) })]);
  });

  it("execute: the file's own BEGIN/COMMIT, and CONCURRENTLY apart from the runner's transaction (nonTransactionalApart)", async () => {
    await db.exec(`create table public.apart (id int, kind text)`);
    const own = await parsed('030_own', `begin;\nalter table public.apart add column a int;\ncommit;\nalter table public.apart add column b int;`);
    // The last statement fails: what ran before CONCURRENTLY was committed, what ran after it is in
    // the transaction reopened for the rest of the file and rolls back.
    const apart = await parsed('031_apart', `alter table public.apart add column c int;\ncreate index concurrently apart_kind_idx on public.apart (kind);\nalter table public.apart add column d int;\nselect 1 / 0;`, {
      nonTransactionalApart: true,
    });
    const run = await openTraceRun(db, [own, apart], limits);
    const rels = new Relations();
    await rels.reload(db, 30_000, true);
    const ownRep = changedReport(own);
    await traceMigration(run, rels, own, ownRep);
    expect(ownRep.applied).toBe('applied');
    expect(ownRep.trace!.map((t) => t.kind)).toEqual(['TransactionStmt', 'AlterTableStmt', 'TransactionStmt', 'AlterTableStmt']);
    expect(ownRep.trace![1]!.locks[0]).toMatchObject({ relation: 'public.apart', mode: 'ACCESS EXCLUSIVE', heldMs: expect.any(Number) });
    expect(ownRep.trace![3]!.locks[0]).toMatchObject({ relation: 'public.apart', mode: 'ACCESS EXCLUSIVE' });

    const apartRep = changedReport(apart);
    await traceMigration(run, rels, apart, apartRep);
    expect(apartRep).toMatchObject({ applied: 'failed', error: { line: 4, message: expect.stringMatching(/division by zero/) } });
    expect(apartRep.trace![1]!.locksObserved).toBe(false);
    expect(apartRep.trace![2]!.locks[0]).toMatchObject({ relation: 'public.apart', mode: 'ACCESS EXCLUSIVE' });
    const cols = await db.query<{ c: string }>(`select column_name as c from information_schema.columns where table_name = 'apart' order by 1`);
    expect(cols.rows.map((x) => x.c)).toEqual(['a', 'b', 'c', 'id', 'kind']);
    expect((await db.query(`select to_regclass('public.apart_kind_idx')::text as i`)).rows[0]).toEqual({ i: 'apart_kind_idx' });
  });

  it('error mapping in a changed migration: the first error stops the file, its transaction rolls back, a failed COMMIT is said', async () => {
    const fails = await parsed('040_fails', `create table public.never_kept (id int);\n\nselect 1 +\n  missing_col;\ncreate table public.never_reached (id int);`);
    const deferred = await parsed(
      '041_deferred',
      `create table public.parent (id int primary key);\ncreate table public.child (pid int references public.parent deferrable initially deferred);\ninsert into public.child values (1);`,
    );
    const run = await openTraceRun(db, [fails, deferred], limits);
    const rels = new Relations();
    await rels.reload(db, 30_000, true);
    const rep = changedReport(fails);
    await traceMigration(run, rels, fails, rep);
    expect(rep).toMatchObject({ applied: 'failed', error: { line: 4, message: expect.stringMatching(/missing_col/) } });
    expect(rep.trace![1]!.error).toMatchObject({ code: '42703' });
    expect(rep.trace![1]!.error).not.toHaveProperty('position');
    expect(rep.trace![2]!.skipped).toBe('not run: the statement at line 4 failed before it');
    expect((await db.query(`select to_regclass('public.never_kept') as r`)).rows[0]).toEqual({ r: null });

    const commitRep = changedReport(deferred);
    await traceMigration(run, rels, deferred, commitRep);
    expect(commitRep).toMatchObject({ applied: 'failed', error: { line: 3, message: expect.stringMatching(/^COMMIT failed: .*foreign key/) } });
    expect((await db.query(`select to_regclass('public.parent') as r`)).rows[0]).toEqual({ r: null });
  });

  it('time limits: a query never gets more than the total left; at the limit, or when the run stops, nothing more runs', async () => {
    const spent = new TraceRun(db, [], { statementTimeoutMs: 10_000, totalTimeoutMs: 0 });
    expect(spent.limit()).toBe(1);
    expect(new TraceRun(db, [], { statementTimeoutMs: 10_000, totalTimeoutMs: 60_000 }).limit(5)).toBe(5);

    const p = await parsed('050_limit', `create table public.late (id int);\ncreate table public.later (id int);`);
    const late = await openTraceRun(db, [p], { statementTimeoutMs: 10_000, totalTimeoutMs: 60_000 });
    (late as { deadline: number }).deadline = Date.now() - 1; // the total limit has passed
    const lateRep = changedReport(p);
    await traceMigration(late, new Relations(), p, lateRep);
    expect(lateRep.applied).toBe('not-run');
    expect(late.stopped).toBe('the total time limit (60000 ms) was reached');
    expect(lateRep.trace!.every((t) => t.skipped === `not run: ${late.stopped}`)).toBe(true);

    // Stopped after the first statement (as a time limit would): the runner's transaction rolls back.
    let run: TraceRun | undefined;
    const stopping = { ...limits, onStatement: () => run!.stop('stopped by the test') };
    run = await openTraceRun(db, [p], stopping);
    const rep = changedReport(p);
    await traceMigration(run, new Relations(), p, rep);
    expect(rep).toMatchObject({ applied: 'failed', error: { message: 'not finished: stopped by the test', line: 2 } });
    expect(rep.trace![1]!.skipped).toBe('not run: stopped by the test');
    expect((await db.query(`select to_regclass('public.late') as r`)).rows[0]).toEqual({ r: null });
  });

  it('role switching: the migrations run as the role; PR code that switched back is recorded and the role taken again', async () => {
    await db.exec(`create role trace_stage_role nologin; grant create on schema public to trace_stage_role`);
    const p = await parsed('060_role', `create table public.owned (id int);`);
    const run = await openTraceRun(db, [p], { ...limits, runAs: { role: 'trace_stage_role' } });
    expect(run).toMatchObject({ role: 'trace_stage_role', sessionAuth: true });
    try {
      await run.asRole();
      const rep = changedReport(p);
      await traceMigration(run, new Relations(), p, rep);
      expect(rep.applied).toBe('applied');
      // what a PR's dynamic SQL could do: switch the session back to the superuser
      await db.query(`set session authorization ${run.env.sessionUser}`);
      await checkSessionRole(run, p);
      expect(run.escapes).toEqual([expect.stringContaining(`the session was ${run.env.sessionUser} instead of trace_stage_role`)]);
      expect((await db.query<{ u: string }>(`select session_user::text as u`)).rows[0]!.u).toBe('trace_stage_role');
    } finally {
      await run.asSuperuser();
    }
    expect((await db.query<{ o: string }>(`select tableowner::text as o from pg_tables where tablename = 'owned'`)).rows[0]!.o).toBe('trace_stage_role');
  });

  it('catalog: snapshots as the migration connection sees them, and their delta in the result', async () => {
    const run = await openTraceRun(db, [], limits);
    const before = await run.snapshot();
    await db.exec('create table public.cat_new (id int)');
    const after = await run.snapshot();
    expect(run.result(before, after).objects.created.map((o) => `${o.kind}:${o.name}`)).toContain('table:public.cat_new');
    expect(run.result(before, undefined).objects).toEqual({ created: [], altered: [], dropped: [], source: 'live' });
  });

  it("the migration tool's history table comes first; when it cannot be created, that is a gap", async () => {
    const runnerSetup = { table: 'public.schema_migrations', sql: 'create table public.schema_migrations (version text primary key)' };
    const first = await openTraceRun(db, [], { ...limits, runnerSetup });
    await setUpRunnerTable(first);
    expect(first.gaps).toEqual([]);
    expect((await db.query(`select to_regclass('public.schema_migrations')::text as t`)).rows[0]).toEqual({ t: 'schema_migrations' });
    const again = await openTraceRun(db, [], { ...limits, runnerSetup });
    await setUpRunnerTable(again);
    expect(again.gaps).toEqual([
      expect.objectContaining({ kind: 'RunnerSetup', file: '(migration tool)', cause: expect.stringMatching(/^the runner's table public\.schema_migrations could not be created \(.*already exists\)$/) }),
    ]);
  });

  it('replay: a traced migration again, untraced, without what was refused', async () => {
    const p = await parsed('080_replay', `create table public.rp_a (id int);\ncopy public.rp_a from program 'touch /tmp/pgreview-never';\ncreate table public.rp_b (id int);`);
    const run = await openTraceRun(db, [p], limits);
    const rep = changedReport(p);
    await traceMigration(run, new Relations(), p, rep);
    expect(rep.applied).toBe('applied');
    expect(rep.trace![1]!.skipped).toMatch(/^not executed: /);
    await db.exec('drop table public.rp_a; drop table public.rp_b');
    await replay(run, p, rep);
    const tables = await db.query(`select to_regclass('public.rp_a')::text as a, to_regclass('public.rp_b')::text as b`);
    expect(tables.rows[0]).toEqual({ a: 'rp_a', b: 'rp_b' });
  });
});

describe.runIf(findPgBinaries())('trace stages on the url engine (rollback-only)', () => {
  let local: LocalEngine;
  let url: UrlEngine;
  let db: Database;
  beforeAll(async () => {
    local = new LocalEngine();
    await local.start();
    url = new UrlEngine({ url: local.url() });
    db = await url.start();
  });
  afterAll(async () => {
    await url.stop();
    await local.stop();
  });

  it("savepoints stand in for the file's transactions, and what cannot run in a transaction is left out", async () => {
    const p = await parsed('070_url', `begin;\ncreate table public.u (id int);\ncommit;\ncreate index concurrently u_idx on public.u (id);\nalter table public.u add column v int;`);
    const run = await openTraceRun(db, [p], limits);
    expect(run.rollbackOnly).toBe(true);
    expect(skipReason(run, p.statements[3]!, undefined, 'CREATE INDEX CONCURRENTLY cannot run inside a transaction block')).toMatch(/on the url engine everything runs in a transaction that is rolled back$/);
    const rep = changedReport(p);
    await traceMigration(run, new Relations(), p, rep);
    expect(rep.applied).toBe('applied');
    expect(rep.trace!.map((t) => t.skipped ?? '')).toEqual([
      'BEGIN replaced by a savepoint (url engine: everything is rolled back)',
      '',
      'COMMIT replaced by a savepoint release (url engine: everything is rolled back)',
      expect.stringMatching(/url engine/),
      '',
    ]);
    expect(rep.trace![4]!.locks[0]).toMatchObject({ relation: 'public.u', mode: 'ACCESS EXCLUSIVE' });
  });
});

describe.runIf(findPgBinaries())('trace recovery on local: a new connection as the role', () => {
  it('after the role connection was ended, goes on with a new one', async () => {
    const local = new LocalEngine();
    const main = await local.start();
    try {
      await main.exec(`create role trace_rec login; grant create on schema public to trace_rec`);
      const asRole = await local.connectAs('trace_rec');
      const p = await parsed('090_rec', `create table public.rec (id int);`);
      const run = await openTraceRun(main, [p], { ...limits, runAs: { role: 'trace_rec', db: asRole, reconnect: () => local.connectAs('trace_rec') } });
      expect(run).toMatchObject({ role: 'trace_rec', sessionAuth: false });
      await main.query('select pg_terminate_backend($1)', [await asRole.backendPid()]);
      expect(await recover(run, new Relations(), 0, 'the test ended it')).toBe(true);
      expect(run.conn).not.toBe(asRole);
      expect(run.restarts).toEqual(['after "the test ended it" (migrations/090_rec.sql): a new connection as trace_rec; the rest went on']);
      const rep = changedReport(p);
      await traceMigration(run, new Relations(), p, rep);
      expect(rep.applied).toBe('applied');
      expect((await main.query<{ o: string }>(`select tableowner::text as o from pg_tables where tablename = 'rec'`)).rows[0]!.o).toBe('trace_rec');
    } finally {
      await local.stop();
    }
  });
});

describe('trace recovery on pglite: a restarted engine with the history replayed', () => {
  it('restarts, applies the base again, replays the changed migrations before the one that was stopped', async () => {
    const engine = new PgliteEngine({ cacheDir: false });
    const db = await engine.start();
    try {
      const base = await parsed('100_base', `create table public.hist (id int);`, { status: 'base' });
      const first = await parsed('101_first', `insert into public.hist values (1);\ncreate table public.first_kept (id int);`);
      const second = await parsed('102_second', `select 1;`);
      const run = await openTraceRun(db, [base, first, second], { ...limits, restart: () => engine.restartFresh() });
      await applyBaseHistory(run);
      const rels = new Relations();
      const rep = changedReport(first);
      run.migrations.push(rep);
      await traceMigration(run, rels, first, rep);
      expect(rep.applied).toBe('applied');
      expect(await recover(run, rels, 1, 'the test stopped it')).toBe(true);
      expect(run.main).not.toBe(db);
      expect(run.conn).toBe(run.main);
      expect(run.restarts).toEqual([
        expect.stringMatching(/^after "the test stopped it" \(migrations\/102_second\.sql\): restarted the engine, re-applied the base migrations and 1 changed migration\(s\) before it in \d+ ms; the rest went on$/),
      ]);
      const state = await run.main.query(`select (select count(*)::int from public.hist) as n, to_regclass('public.first_kept')::text as kept`);
      expect(state.rows[0]).toEqual({ n: 1, kept: 'first_kept' });
    } finally {
      await engine.stop();
    }
  });
});
