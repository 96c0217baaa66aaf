import { describe, expect, it } from 'vitest';
import { columnsOf } from '../../rules/_live-util.js';
import type { CatalogSnapshot } from '../../src/live/catalog.js';

describe('columnsOf', () => {
  it("gives a table's own columns in snapshot order, not those of a table whose name it prefixes", () => {
    const snap = {
      columns: {
        'public.a.id': { type: 'bigint' },
        'public.ab.id': { type: 'int' },
        'public.a.note': { type: 'text' },
        'public."Mixed".x': { type: 'uuid' },
      },
    } as unknown as CatalogSnapshot;
    expect(columnsOf(snap, 'public.a')).toEqual([
      { name: 'id', key: 'public.a.id', type: 'bigint' },
      { name: 'note', key: 'public.a.note', type: 'text' },
    ]);
    expect(columnsOf(snap, 'public."Mixed"').map((c) => c.key)).toEqual(['public."Mixed".x']);
    expect(columnsOf(snap, 'public.none')).toEqual([]);
    // Callers may change what they get without changing what the next caller gets.
    columnsOf(snap, 'public.a')[0]!.name = 'changed';
    expect(columnsOf(snap, 'public.a')[0]!.name).toBe('id');
  });
});
