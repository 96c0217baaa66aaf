import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Engine } from '../../src/engines/database.js';
import { LocalEngine, findPgBinaries } from '../../src/engines/local.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import { applyTraced, lockModeName, strongestLocks } from '../../src/live/trace.js';
import { diffCatalog, snapshotCatalog } from '../../src/live/catalog.js';
import { parsed } from './helpers.js';

const limits = { statementTimeoutMs: 20_000, totalTimeoutMs: 120_000 };

const BASE = `
create table public.orders (id bigserial primary key, status text not null, amount int);
insert into public.orders (status, amount) select 'new', g from generate_series(1, 500) g;
`;

const engines: [string, () => Engine][] = [['pglite', () => new PgliteEngine({ cacheDir: false })]];
if (findPgBinaries()) engines.push(['local', () => new LocalEngine()]);

describe('lock helpers', () => {
  it('names pg_locks modes as LOCK TABLE does and keeps the strongest per relation', () => {
    expect(lockModeName('AccessExclusiveLock')).toBe('ACCESS EXCLUSIVE');
    expect(lockModeName('ShareUpdateExclusiveLock')).toBe('SHARE UPDATE EXCLUSIVE');
    expect(
      strongestLocks([
        { relation: 'a', mode: 'ROW EXCLUSIVE', heldMs: 5 },
        { relation: 'a', mode: 'ACCESS EXCLUSIVE', heldMs: 1 },
        { relation: 'b', mode: 'SHARE', heldMs: 2 },
      ]),
    ).toEqual([
      { relation: 'a', mode: 'ACCESS EXCLUSIVE', heldMs: 1 },
      { relation: 'b', mode: 'SHARE', heldMs: 2 },
    ]);
  });
});

describe.each(engines)('traced application on %s', (_name, make) => {
  let engine: Engine;
  let db: Database;
  beforeAll(async () => {
    engine = make();
    db = await engine.start();
  });
  afterAll(async () => {
    await engine.stop();
  });

  it('records locks, rewrites, rows, errors with lines, and the catalog delta', async () => {
    const migrations = [
      await parsed('001_base', BASE, { status: 'base' }),
      await parsed(
        '002_changes',
        `alter table public.orders add column note text;
alter table public.orders alter column amount type bigint;
update public.orders set note = 'x' where id <= 10;
create table public.payments (id bigserial primary key, order_id bigint references public.orders (id));
alter table public.payments enable row level security;
create policy payments_read on public.payments for select using (true);`,
      ),
      await parsed('002b_index', `create index orders_status_idx on public.orders (status);`),
      await parsed(
        '003_fails',
        `create table public.audit (id int);

insert into public.audit values (1);
insert into public.audit
  select amount_missing from public.orders;
create table public.never (id int);`,
      ),
      await parsed('004_autocommit', `create index concurrently orders_amount_idx on public.orders (amount);\nalter table public.orders add column flag boolean;`, {
        transactional: false,
      }),
    ];
    const r = await applyTraced(db, migrations, limits);
    expect(r.stopped).toBeUndefined();
    const [base, changes, index, fails, auto] = r.migrations;
    expect(base!.applied).toBe('applied');
    expect(changes!.applied).toBe('applied');
    const t = changes!.trace!;
    // ALTER TABLE on a table that existed: ACCESS EXCLUSIVE, held until the file's transaction commits
    const addCol = t[0]!.locks.find((l) => l.relation === 'public.orders');
    expect(addCol).toMatchObject({ mode: 'ACCESS EXCLUSIVE', relkind: 'table', preexisting: true });
    expect(addCol!.heldMs).toBeGreaterThanOrEqual(0);
    expect(t[0]!.rewrites).toEqual([]);
    // ALTER COLUMN TYPE int → bigint rewrites the table
    expect(t[1]!.rewrites).toEqual(['public.orders']);
    expect(t[1]!.locks.every((l) => !l.relation.startsWith('pg_toast'))).toBe(true);
    expect(t[2]!.rowsAffected).toBe(10);
    // CREATE INDEX (not concurrently) takes SHARE on the table, held until its transaction ends
    expect(index!.trace![0]!.locks).toContainEqual(expect.objectContaining({ relation: 'public.orders', mode: 'SHARE', preexisting: true }));
    expect(index!.locks.find((l) => l.relation === 'public.orders')!.mode).toBe('SHARE');
    expect(changes!.locks.find((l) => l.relation === 'public.orders')!.mode).toBe('ACCESS EXCLUSIVE');
    expect(changes!.rewrites).toEqual(['public.orders']);

    // the failing migration: error with Postgres's message and the line, the rest not run, rolled back
    expect(fails!.applied).toBe('failed');
    expect(fails!.error!.message).toMatch(/column "amount_missing" does not exist/);
    expect(fails!.error!.line).toBe(5);
    expect(fails!.trace![2]!.error!.code).toBe('42703');
    expect(fails!.trace![3]!.skipped).toMatch(/not run: the statement at line 5 failed/);
    expect((await db.query(`select to_regclass('public.audit') as r`)).rows[0]).toEqual({ r: null });

    // the next migration still runs; CONCURRENTLY runs outside a transaction and its locks are unseen
    expect(auto!.applied).toBe('applied');
    expect(auto!.trace![0]!.locksObserved).toBe(false);
    expect(auto!.trace![1]!.locks[0]).toMatchObject({ relation: 'public.orders', mode: 'ACCESS EXCLUSIVE' });

    // catalog delta
    const created = r.objects.created.map((o) => `${o.kind}:${o.name}`);
    expect(created).toEqual(
      expect.arrayContaining(['table:public.payments', 'policy:public.payments.payments_read', 'index:public.orders_status_idx', 'index:public.orders_amount_idx', 'rls:public.payments', 'column:public.orders.note']),
    );
    expect(created).not.toContain('table:public.audit');
    expect(r.objects.altered).toContainEqual(expect.objectContaining({ kind: 'column', name: 'public.orders.amount', detail: 'type' }));
    expect(r.objects.source).toBe('live');
  });

  it("honours 'implicit' transactions (Prisma): a lone CONCURRENTLY runs, one in a multi-statement file fails as it would", async () => {
    const implicit = { transactional: false, transactionMode: 'implicit' as const };
    const r = await applyTraced(
      db,
      [
        await parsed('020_base', `create table public.events (id int, kind text);`, { status: 'base', ...implicit }),
        await parsed('021_base_cic', `create index concurrently events_kind_idx on public.events (kind);`, { status: 'base', ...implicit }),
        await parsed('022_lone', `create index concurrently events_id_idx on public.events (id);`, implicit),
        await parsed('023_mixed', `alter table public.events add column at timestamptz;\ncreate index concurrently events_at_idx on public.events (at);`, implicit),
      ],
      limits,
    );
    expect(r.migrations.map((m) => m.applied)).toEqual(['applied', 'applied', 'applied', 'failed']);
    expect(r.migrations[3]!.error).toMatchObject({ line: 2, message: expect.stringMatching(/cannot run inside a transaction block/) });
    // the implicit transaction is rolled back: the first statement's column is gone too
    expect((await db.query(`select count(*)::int as n from information_schema.columns where table_name = 'events' and column_name = 'at'`)).rows[0]).toEqual({ n: 0 });
  });

  it('runs CONCURRENTLY apart from the file\'s transaction where the runner does (Supabase CLI ≥ 2.109); a per-file transaction without that fails', async () => {
    const supabase = { transactional: true, transactionMode: 'per-migration' as const, nonTransactionalApart: true };
    const r = await applyTraced(
      db,
      [
        await parsed('030_base', `create table public.tickets (id int, kind text);`, { status: 'base' }),
        await parsed('031_apart', `alter table public.tickets add column at timestamptz;\ncreate index concurrently tickets_at_idx on public.tickets (at);\nalter table public.tickets add column done boolean;`, supabase),
        await parsed('032_wrapped', `create index concurrently tickets_kind_idx on public.tickets (kind);`, { transactional: true, transactionMode: 'per-migration' }),
      ],
      limits,
    );
    expect(r.migrations.map((m) => m.applied)).toEqual(['applied', 'applied', 'failed']);
    expect(r.migrations[2]!.error).toMatchObject({ line: 1, message: expect.stringMatching(/cannot run inside a transaction block/) });
    const cols = await db.query<{ c: string }>(`select column_name as c from information_schema.columns where table_name = 'tickets' order by 1`);
    expect(cols.rows.map((x) => x.c)).toEqual(['at', 'done', 'id', 'kind']);
    const idx = await db.query<{ i: string }>(`select indexname as i from pg_indexes where tablename = 'tickets' order by 1`);
    expect(idx.rows.map((x) => x.i)).toEqual(['tickets_at_idx']);
  });

  // Last: on pglite the time limit ends the engine.
  it('stops a statement at the total time limit and does not run the rest', async () => {
    const migrations = [
      await parsed('010_slow', `select pg_sleep(0.05);\nselect pg_sleep(30);\nselect 1;`),
      await parsed('011_after', `create table public.after_limit (id int);`),
    ];
    const t = performance.now();
    const r = await applyTraced(db, migrations, { statementTimeoutMs: 10_000, totalTimeoutMs: 1500 });
    expect(performance.now() - t).toBeLessThan(8000);
    const [slow, after] = r.migrations;
    expect(slow!.applied).toBe('failed');
    // Cut short by what was left of the total, not by its own 10 s limit: the review's stop, not the statement's error.
    expect(slow!.trace![1]!.error).toBeUndefined();
    expect(slow!.trace![1]!.skipped).toBe('not finished: the total time limit (1500 ms) was reached');
    expect(slow!.couldNotVerify).toMatch(/^the review stopped before the migration finished: the total time limit/);
    expect(slow!.trace![2]!.skipped).toMatch(/not run/);
    expect(after!.trace![0]!.skipped).toMatch(/not run: .*(time limit|engine stopped)/);
    expect(r.stopped).toBe('the total time limit (1500 ms) was reached');
  });
});

describe.runIf(findPgBinaries())('catalog snapshot', () => {
  it('reads policies, RLS, security definer functions, views, grants and extensions', async () => {
    const engine = new LocalEngine();
    const db = await engine.start();
    try {
      await db.exec(`create role anon nologin; create role authenticated nologin;`);
      const before = await snapshotCatalog(db);
      await db.exec(`
        create extension pgcrypto;
        create table public.docs (id int primary key, owner text);
        alter table public.docs enable row level security, force row level security;
        create policy own on public.docs as restrictive for update to authenticated using (owner = current_user) with check (owner = current_user);
        grant select, insert on public.docs to anon;
        create function public.f() returns int language sql security definer set search_path = '' as 'select 1';
        create view public.v with (security_invoker = true) as select id from public.docs;
        create trigger t before insert on public.docs for each row execute function suppress_redundant_updates_trigger();
        create index docs_owner_idx on public.docs (owner);`);
      const after = await snapshotCatalog(db);
      expect(after.policies['public.docs.own']).toMatchObject({ permissive: false, roles: ['authenticated'], cmd: 'UPDATE', qual: '(owner = CURRENT_USER)' });
      expect(after.relations['public.docs']).toMatchObject({ rowSecurity: true, forceRowSecurity: true });
      expect(after.relations['public.v']).toMatchObject({ kind: 'view', securityInvoker: true });
      expect(after.functions['public.f()']).toMatchObject({ securityDefiner: true, searchPath: '""', executableBy: expect.arrayContaining(['PUBLIC', 'anon']) });
      expect(after.grants['public.docs:anon']).toEqual(['INSERT', 'SELECT']);
      expect(after.extensions.pgcrypto!.schema).toBe('public');
      expect(after.indexes['public.docs_owner_idx']).toMatchObject({ valid: true, table: 'public.docs' });
      expect(Object.keys(after.functions).some((f) => f.startsWith('public.crypt'))).toBe(false); // extension members are left out
      const d = diffCatalog(before, after);
      const names = d.created.map((o) => `${o.kind}:${o.name}`);
      expect(names).toEqual(
        expect.arrayContaining(['extension:pgcrypto', 'table:public.docs', 'view:public.v', 'policy:public.docs.own', 'function:public.f()', 'trigger:public.docs.t', 'grant:public.docs:anon', 'rls:public.docs']),
      );
      await db.exec(`drop policy own on public.docs; alter table public.docs disable row level security;`);
      const d2 = diffCatalog(after, await snapshotCatalog(db));
      expect(d2.dropped.map((o) => `${o.kind}:${o.name}`).sort()).toEqual(['policy:public.docs.own', 'rls:public.docs']);
    } finally {
      await engine.stop();
    }
  });
});
