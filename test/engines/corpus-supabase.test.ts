// The Supabase-style corpus folders must apply cleanly with the supabase preset on the embedded engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../src/engines/database.js';
import { PgliteEngine } from '../../src/engines/pglite.js';
import { presetPrepare } from '../../src/live/presets.js';
import { applyTraced } from '../../src/live/trace.js';
import { corpusFolder, hasCorpus, CORPUS } from './helpers.js';
import { tempDir } from '../temp-dirs.js';

if (!hasCorpus) console.warn(`SKIPPING corpus tests: ${CORPUS} is absent`);

describe.skipIf(!hasCorpus)('Supabase corpus on pglite with the supabase preset', () => {
  const cacheDir = tempDir('pgreview-test-cache-');
  let engine: PgliteEngine;
  let db: Database;
  beforeAll(async () => {
    engine = new PgliteEngine({ prepare: presetPrepare('supabase'), cacheDir });
    db = await engine.start();
  });
  afterAll(async () => {
    await engine.stop();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  for (const folder of ['usebasejump__basejump', 'mckaywrigley__chatbot-ui']) {
    it(`${folder}: every migration applies, statement by statement`, async () => {
      // a fresh database per folder, from the cached preset snapshot
      await engine.stop();
      db = await engine.start();
      expect(engine.lastStart?.from).toBe('cache');
      const migrations = await corpusFolder(folder);
      const r = await applyTraced(db, migrations, { statementTimeoutMs: 30_000, totalTimeoutMs: 300_000 });
      const failed = r.migrations.filter((m) => m.applied !== 'applied').map((m) => `${m.file}:${m.error?.line} ${m.error?.message}`);
      expect(failed).toEqual([]);
      const skipped = r.migrations.flatMap((m) => (m.trace ?? []).filter((t) => t.skipped).map((t) => `${m.file}:${t.line} ${t.skipped}`));
      // pglite has no `http` extension: that statement alone is screened out, and said so.
      expect(skipped.every((s) => /extension "http" is not available/.test(s))).toBe(true);
      expect(r.objects.created.filter((o) => o.kind === 'table').length).toBeGreaterThan(3);
      expect(r.objects.created.some((o) => o.kind === 'policy')).toBe(true);
      expect(r.objects.created.some((o) => o.kind === 'rls')).toBe(true);
    });
  }

  it('the preset itself is what Supabase migrations rely on (RLS as a real role)', async () => {
    await engine.stop();
    db = await engine.start();
    const uid = '9b2f7a43-8d3c-4c53-9d3e-1c4f0b6a2e11';
    await db.exec(`create table public.rls_probe (id int, owner uuid default auth.uid());
      alter table public.rls_probe enable row level security;
      create policy own on public.rls_probe for all to authenticated using (owner = auth.uid()) with check (owner = auth.uid());
      insert into public.rls_probe values (1, '${uid}'), (2, gen_random_uuid());`);
    await db.exec(`begin; set local role authenticated; select set_config('request.jwt.claims', '{"sub":"${uid}","role":"authenticated"}', true);`);
    const seen = await db.query<{ id: number }>('select id from public.rls_probe order by id');
    await db.exec('rollback');
    expect(seen.rows).toEqual([{ id: 1 }]);
  });
});
