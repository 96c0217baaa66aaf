// CatalogDelta (src/live/catalog-delta.ts) says what each step changed exactly as diffCatalog of a full
// snapshot before and after it would, and skips the snapshot only when the step wrote nothing it reads.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Engine } from '../../src/engines/database.js';
import { LocalEngine, findPgBinaries } from '../../src/engines/local.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import { diffCatalog, snapshotCatalog } from '../../src/live/catalog.js';
import { CatalogDelta } from '../../src/live/catalog-delta.js';

const engines: [string, () => Engine][] = [['pglite', () => new PgliteEngine()]];
if (findPgBinaries()) engines.push(['local', () => new LocalEngine()]);

const BASE = `
create role anon nologin;
create type public.status as enum ('new', 'done');
create table public.parent (id int primary key, code text unique);
create table public.child (id int primary key, parent_id int references public.parent (id), status public.status default 'new', note text);
create index child_note_idx on public.child (note);
create function public.touch() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger child_touch before update on public.child for each row execute function public.touch();
alter table public.child enable row level security;
create policy child_read on public.child for select using (true);`;

/** Steps as a re-applied migration makes them; `writes: false` = the cheap check must say unchanged. */
const STEPS: { sql: string | string[]; writes: boolean }[] = [
  { sql: `select 1`, writes: false },
  { sql: `update public.parent set code = code`, writes: false },
  { sql: `comment on table public.child is 'comments are not part of the delta'`, writes: false },
  { sql: `create index if not exists child_note_idx on public.child (note)`, writes: false },
  // Idempotent, but the catalog rows are written again.
  { sql: [`drop policy if exists child_read on public.child`, `create policy child_read on public.child for select using (true)`], writes: true },
  { sql: `alter table public.child alter column note set default 'x'`, writes: true },
  { sql: `select 2`, writes: false },
  // Not idempotent: an unnamed index and check constraint are created again under new names.
  { sql: [`create index on public.child (status)`, `alter table public.parent add check (id > 0)`], writes: true },
  { sql: `drop trigger child_touch on public.child`, writes: true },
  { sql: `drop index public.child_note_idx`, writes: true },
  { sql: `grant select on public.child to anon`, writes: true },
  { sql: `alter type public.status add value if not exists 'gone'`, writes: true },
  { sql: `set search_path = public, pg_catalog`, writes: true },
  // Roles behind owners, grants and who may execute what.
  { sql: `create role authenticated nologin`, writes: true },
  { sql: `grant anon to authenticated`, writes: true },
  { sql: `create or replace function public.touch() returns trigger language plpgsql as $$ begin return null; end $$`, writes: true },
  { sql: `alter table public.child rename column note to remark`, writes: true },
  { sql: `alter table public.parent rename to mother`, writes: true },
  { sql: `alter table public.child drop column remark`, writes: true },
  { sql: `drop table public.child`, writes: true },
  { sql: `select 3`, writes: false },
];

describe.each(engines)('catalog delta on %s', (_name, make) => {
  let engine: Engine;
  let db: Database;
  beforeAll(async () => {
    engine = make();
    db = await engine.start();
    await db.exec(BASE);
  });
  afterAll(() => engine?.stop());

  it('each step: the same delta as full snapshots before and after, and no snapshot when nothing was written', async () => {
    await db.exec('begin');
    try {
      const delta = await CatalogDelta.start(db);
      let before = await snapshotCatalog(db, { defs: false });
      let quiet = 0;
      for (const step of STEPS) {
        // Each statement in its own released savepoint, as the probes run them.
        for (const [i, stmt] of [step.sql].flat().entries()) await db.exec(`savepoint s${i}; ${stmt}; release savepoint s${i}`);
        const skippedBefore = delta.counts.unchanged;
        const got = await delta.next();
        const after = await snapshotCatalog(db, { defs: false });
        expect(got, String(step.sql)).toEqual(diffCatalog(before, after));
        expect(delta.counts.unchanged > skippedBefore, String(step.sql)).toBe(!step.writes);
        if (!step.writes) quiet++;
        before = after;
      }
      expect(delta.counts.unchanged).toBe(quiet);
      expect(delta.catalog).toEqual(before);
    } finally {
      await db.exec('rollback');
    }
  });

  it('starts from a snapshot read earlier only when nothing has changed since, and the delta is the same as from a fresh one', async () => {
    // Between the snapshot and the start, each of these leaves the catalog as a fresh snapshot reads
    // it differently (or may): committed DDL, DDL rolled back (its transaction ended), a grant, a
    // setting definitions print with. `reuse` says whether the earlier snapshot may still be used.
    const between: { what: string; sql: string; reuse: boolean }[] = [
      { what: 'nothing', sql: 'select 1', reuse: true },
      { what: 'a read in a transaction', sql: 'begin; select count(*) from pg_class; commit', reuse: true },
      { what: 'another role with the same search path', sql: 'set role anon', reuse: true },
      { what: 'a table created', sql: 'create table public.between_t (id int)', reuse: false },
      { what: 'a comment', sql: `comment on table public.parent is 'now'`, reuse: false },
      { what: 'DDL rolled back', sql: 'begin; create table public.gone (id int); rollback', reuse: false },
      { what: 'a column dropped', sql: 'alter table public.child drop column if exists note', reuse: false },
      { what: 'a search path that qualifies differently', sql: 'set search_path = pg_catalog', reuse: false },
    ];
    for (const step of between) {
      const earlier = await snapshotCatalog(db);
      await db.exec(step.sql);
      await db.exec('begin');
      try {
        const delta = await CatalogDelta.start(db, {}, earlier);
        expect(delta.counts.reused, step.what).toBe(step.reuse ? 1 : 0);
        const fresh = await snapshotCatalog(db, { defs: false });
        // Whatever it started from, it stands where a fresh snapshot does (statistics aside).
        expect(diffCatalog(delta.catalog, fresh), step.what).toEqual(diffCatalog(fresh, fresh));
        // As the owner (the session user): the step after `set role anon` too.
        await db.exec(`savepoint a; set local role none; create index on public.parent (code); release savepoint a`);
        expect((await delta.next()).created.map((o) => `${o.kind}:${o.name}`), step.what).toEqual(['index:public.parent_code_idx']);
      } finally {
        await db.exec('rollback');
        await db.exec('reset role; reset search_path');
      }
    }
  });

  it('changes the non-idempotent steps make are named', async () => {
    await db.exec('begin');
    try {
      const delta = await CatalogDelta.start(db);
      await db.exec(`savepoint a; create index on public.child (status); release savepoint a`);
      const d = await delta.next();
      expect(d.created.map((o) => `${o.kind}:${o.name}`)).toEqual(['index:public.child_status_idx']);
      await db.exec(`savepoint b; create index on public.child (status); release savepoint b`);
      expect((await delta.next()).created.map((o) => `${o.kind}:${o.name}`)).toEqual(['index:public.child_status_idx1']);
    } finally {
      await db.exec('rollback');
    }
  });
});
