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
