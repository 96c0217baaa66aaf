// A cached base's catalog snapshot brought up to date (refreshStatistics) reads exactly as a full
// snapshot of the database started from that base, after the probes' rolled-back rehearsal analyzed
// some tables; and it refuses when the relations are not the snapshot's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deserialize, serialize } from 'node:v8';
import type { Database, Engine } from '../../src/engines/database.js';
import { LocalEngine, findPgBinaries } from '../../src/engines/local.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import { refreshStatistics, snapshotCatalog } from '../../src/live/catalog.js';

const engines: [string, () => Engine][] = [['pglite', () => new PgliteEngine()]];
if (findPgBinaries()) engines.push(['local', () => new LocalEngine()]);

const BASE = `
create type public.status as enum ('new', 'done');
create table public.parent (id int primary key, code text unique);
create table public.child (id int generated always as identity primary key, parent_id int references public.parent (id), status public.status default 'new', note text);
create index child_note_idx on public.child (note);
create view public.child_notes as select id, note from public.child;
create function public.touch() returns trigger language plpgsql as $$ begin return new; end $$;
create trigger child_touch before update on public.child for each row execute function public.touch();
comment on table public.child is 'kept in the snapshot''s definitions';`;

describe.each(engines)('catalog snapshot refreshed on %s', (_name, make) => {
  let engine: Engine;
  let db: Database;
  beforeAll(async () => {
    engine = make();
    db = await engine.start();
    await db.exec(BASE);
  });
  afterAll(() => engine?.stop());

  it('one round trip reads the same snapshot as one query per stage', async () => {
    await db.exec(`begin;
      create schema app; create role app_reader nologin; grant usage on schema app to app_reader;
      alter default privileges in schema app grant select on tables to app_reader;
      create domain app.code as text check (value ~ '^[a-z]+$');
      create type app.pair as (a int, b text);
      create sequence app.counter start 5 increment 2;
      create table app.events (id bigserial, at date not null, code app.code, note text collate "C") partition by range (at);
      create table app.events_2024 partition of app.events for values from ('2024-01-01') to ('2025-01-01');
      create table app.items (id int primary key, name text not null default 'x', constraint name_len check (length(name) < 50));
      alter table app.items enable row level security;
      create policy items_read on app.items for select to app_reader using (id > 0);
      create view app.item_names as select id, name from app.items;
      grant select on app.items to app_reader;
      comment on column app.items.name is 'the name'; comment on constraint name_len on app.items is 'short';
      comment on index app.items_pkey is 'key'; comment on function public.touch() is 'touches';
      comment on policy items_read on app.items is 'readers'; comment on type app.pair is 'two';`);
    try {
      const oneTrip = await snapshotCatalog(db);
      const perQuery = await snapshotCatalog(db, { oneTrip: false });
      expect(JSON.stringify(oneTrip)).toBe(JSON.stringify(perQuery));
      expect(oneTrip.defs.comments['column app.items.name']).toBe('the name');
      expect(Object.keys(oneTrip.defs.views)).toContain('app.item_names');
      expect(oneTrip.defs.views['app.item_names']!.columns).toEqual(['id', 'name']);
      const objectsOnly = await snapshotCatalog(db, { defs: false });
      expect(JSON.stringify(objectsOnly)).toBe(JSON.stringify(await snapshotCatalog(db, { defs: false, oneTrip: false })));
    } finally {
      await db.exec('rollback');
    }
  });

  it('equals a full snapshot after a rolled-back ANALYZE changed the statistics, also through the cache file format', async () => {
    const cached = await snapshotCatalog(db);
    // The rehearsal: rows, ANALYZE (statistics are written in place, the rollback keeps them), rollback.
    await db.exec(`begin;
      insert into public.parent select g, 'c' || g from generate_series(1, 500) g;
      insert into public.child (parent_id, note) select 1 + g % 500, 'n' || g from generate_series(1, 1500) g;
      analyze public.parent, public.child;
      rollback;`);
    const full = await snapshotCatalog(db);
    expect(full.relations['public.child']!.estimatedRows).not.toBe(cached.relations['public.child']!.estimatedRows);
    expect(full).not.toEqual(cached);
    expect(await refreshStatistics(db, cached)).toEqual(full);
    expect(await refreshStatistics(db, deserialize(serialize(cached)))).toEqual(full);
    // The snapshot it was given is left as it was.
    expect(cached.relations['public.child']!.estimatedRows).not.toBe(full.relations['public.child']!.estimatedRows);
  });

  it('gives nothing when a relation was created or dropped since the snapshot', async () => {
    const cached = await snapshotCatalog(db);
    await db.exec(`create table public.extra (id int)`);
    expect(await refreshStatistics(db, cached)).toBeUndefined();
    await db.exec(`drop table public.extra`);
    expect(await refreshStatistics(db, cached)).toEqual(await snapshotCatalog(db));
    await db.exec(`drop view public.child_notes`);
    expect(await refreshStatistics(db, cached)).toBeUndefined();
  });
});
