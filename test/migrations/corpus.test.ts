// Every folder of the shared corpus planned as its tool would: layout, order, pairs, transactions.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MigrationSet } from '../../src/types.js';
import { CORPUS, HAVE_CORPUS, plan } from './helpers.js';

if (!HAVE_CORPUS) {
  console.warn(`\n*** CORPUS NOT FOUND at ${CORPUS}: the migration corpus tests are SKIPPED ***\n`);
}

const dirOf = (name: string) => path.join(CORPUS, name);
const ids = (s: MigrationSet) => s.migrations.map((m) => m.id);

describe.skipIf(!HAVE_CORPUS)('corpus: layouts, order, pairs, transactions', () => {
  it('plans every migration of the corpus', async () => {
    const t0 = performance.now();
    let n = 0;
    for (const d of fs.readdirSync(CORPUS)) {
      if (fs.statSync(dirOf(d)).isDirectory()) n += (await plan(dirOf(d))).migrations.length;
    }
    const ms = performance.now() - t0;
    console.log(`planned ${n} migrations of the corpus in ${ms.toFixed(0)} ms`);
    // The nine first folders, then the five Supabase-platform ones (supabase-examples, grida, pgflow, dbdev, postgres-new).
    expect(n).toBe(4 + 92 + 285 + 96 + 25 + 823 + 9 + 34 + 26 + 33 + 79 + 20 + 54 + 7);
  });

  it('usebasejump__basejump: Supabase CLI, file-name order, one transaction per file', async () => {
    const s = await plan(dirOf('usebasejump__basejump'));
    expect(s.layout).toBe('supabase');
    expect(s.layoutReason).toMatch(/Supabase CLI/);
    expect(ids(s)).toEqual([
      '20240414161707_basejump-setup',
      '20240414161947_basejump-accounts',
      '20240414162100_basejump-invitations',
      '20240414162131_basejump-billing',
    ]);
    expect(s.migrations.every((m) => m.transactional && m.transactionMode === 'per-migration')).toBe(true);
    expect(s.migrations[0]!.version).toBe('20240414161707');
    expect(s.migrations[0]!.name).toBe('basejump-setup');
    expect(s.skipped).toEqual([{ path: 'SOURCE.md', reason: expect.stringMatching(/not a \.sql file/) }]);
    expect(s.changedSource).toBe('all');
    expect(s.migrations.every((m) => m.status === 'added')).toBe(true);
  });

  it('mckaywrigley__chatbot-ui: Supabase CLI, 25 files', async () => {
    const s = await plan(dirOf('mckaywrigley__chatbot-ui'));
    expect(s.layout).toBe('supabase');
    expect(s.migrations).toHaveLength(25);
    expect(ids(s)).toEqual([...ids(s)].sort());
    expect(s.migrations[0]!.up.file).toBe('20240108234540_setup.sql');
  });

  it('supabase__storage: three independent postgres-migrations histories, disable-transaction honoured', async () => {
    const s = await plan(dirOf('supabase__storage'));
    expect(s.layout).toBe('postgres-migrations');
    expect(s.histories).toEqual([
      { name: 'multitenant', dir: 'multitenant', layout: 'postgres-migrations', migrations: 28 },
      { name: 'tenant', dir: 'tenant', layout: 'postgres-migrations', migrations: 63 },
      { name: 'vector_store', dir: 'vector_store', layout: 'postgres-migrations', migrations: 1 },
    ]);
    expect(s.warnings.filter((w) => w.kind === 'multiple-histories')).toHaveLength(1);
    expect(s.migrations).toHaveLength(92);
    const tenant = s.migrations.filter((m) => m.history === 'tenant');
    expect(tenant.map((m) => Number(m.version))).toEqual([...tenant.map((m) => Number(m.version))].sort((a, b) => a - b));
    const off = s.migrations.filter((m) => !m.transactional).map((m) => m.path);
    expect(off).toEqual([
      'multitenant/0023-iceberg-catalog-id.sql',
      'tenant/0028-object-bucket-name-sorting.sql',
      'tenant/0029-create-prefixes.sql',
      'tenant/0030-update-object-levels.sql',
      'tenant/0031-objects-level-index.sql',
      'tenant/0032-backward-compatible-index-on-objects.sql',
      'tenant/0033-backward-compatible-index-on-prefixes.sql',
      'tenant/0051-index-backward-compatible-search.sql',
      'tenant/0053-drop-index-lower-name.sql',
      'tenant/0054-drop-index-object-level.sql',
    ]);
    const m = s.migrations.find((x) => x.path === 'tenant/0054-drop-index-object-level.sql')!;
    expect(m.transactionMode).toBe('implicit');
    expect(m.transactionNote).toMatch(/disable-transaction/);
    expect(s.migrations.find((x) => x.path === 'tenant/0001-initialmigration.sql')!.transactionMode).toBe('per-migration');
  });

  it('supabase__storage/tenant alone is one history without a warning', async () => {
    const root = dirOf('supabase__storage');
    const s = await plan(path.join(root, 'tenant'), { repoRoot: root });
    expect(s.layout).toBe('postgres-migrations');
    expect(s.migrations).toHaveLength(63);
    expect(s.histories).toBeUndefined();
    expect(s.warnings).toEqual([]);
    expect(s.migrations[0]!.path).toBe('tenant/0001-initialmigration.sql');
    expect(s.migrations[0]!.history).toBeUndefined();
  });

  it('rust-lang__crates.io: Diesel, 285 pairs, version order with dashes removed', async () => {
    const s = await plan(dirOf('rust-lang__crates.io'));
    expect(s.layout).toBe('diesel');
    expect(s.migrations).toHaveLength(285);
    expect(s.migrations.filter((m) => m.down)).toHaveLength(285);
    // Diesel orders by the version with '-' removed, which is not file-name order.
    const folders = fs.readdirSync(dirOf('rust-lang__crates.io')).filter((f) => f !== 'SOURCE.md');
    const byVersion = [...folders].sort((a, b) => {
      const va = a.split('_')[0]!.replace(/-/g, '');
      const vb = b.split('_')[0]!.replace(/-/g, '');
      return va < vb ? -1 : va > vb ? 1 : 0;
    });
    expect(ids(s)).toEqual(byVersion);
    expect(ids(s)).not.toEqual([...folders].sort());
    const m = s.migrations.find((x) => x.id === '2019-03-22-170700_remove_crate_downloads')!;
    expect(m.version).toBe('20190322170700');
    expect(m.up.file).toBe('2019-03-22-170700_remove_crate_downloads/up.sql');
    expect(m.down!.file).toBe('2019-03-22-170700_remove_crate_downloads/down.sql');
    // A folder name with spaces.
    expect(s.migrations.find((x) => x.id === '2019-11-15-182353_Add email notifications to crate owners')!.up.text.length).toBeGreaterThan(0);
  });

  it('rust-lang__crates.io: metadata.toml was not copied, so the 7 run_in_transaction=false migrations are assumed transactional', async () => {
    const s = await plan(dirOf('rust-lang__crates.io'));
    const listed = ['2024-02-12-120203', '2024-03-05-120032', '2024-05-27-142004', '2024-10-25-112826', '2025-09-22-090805', '2025-09-29-161354', '2026-07-30-140000-0000'];
    for (const v of listed) {
      const m = s.migrations.find((x) => x.id.startsWith(v + '_'))!;
      expect(m, v).toBeDefined();
      expect(m.transactional).toBe(true);
      expect(m.transactionNote).toMatch(/no metadata\.toml/);
    }
    expect(s.migrations.every((m) => m.transactional)).toBe(true);
  });

  it('harness__gitness: maragudk/migrate, lexical order, each file its own migration, _up.sql names', async () => {
    const s = await plan(dirOf('harness__gitness'));
    expect(s.layout).toBe('golang-migrate');
    expect(s.layoutReason).toMatch(/maragudk/);
    expect(s.migrations).toHaveLength(96);
    expect(ids(s).slice(0, 3)).toEqual(['0000_create_extension_btree', '0000_create_extension_citext', '0000_create_extension_trgm']);
    const files = s.migrations.map((m) => path.basename(m.path));
    expect(files).toEqual([...files].sort());
    // 68 down files; 0026's down is named "join" where the up says "job", so the tool cannot pair it either.
    expect(s.migrations.filter((m) => m.down)).toHaveLength(67);
    expect(s.skipped).toContainEqual({ path: '0026_alter_repo_drop_join_id.down.sql', reason: 'down migration without a matching up migration' });
    const u = s.migrations.find((m) => m.id === '0021_alter_table_webhook_add_internal')!;
    expect(u.down!.file).toBe('0021_alter_table_webhook_add_internal_down.sql');
    expect(s.migrations.every((m) => m.transactional && m.transactionMode === 'per-migration')).toBe(true);
  });

  it('triggerdotdev__trigger.dev: two Prisma histories; implicit transactions; BEGIN…COMMIT files are transactional', async () => {
    const s = await plan(dirOf('triggerdotdev__trigger.dev'));
    expect(s.layout).toBe('prisma');
    expect(s.histories!.map((h) => [h.name, h.migrations])).toEqual([
      ['database', 820],
      ['run-ops-database', 3],
    ]);
    expect(s.layoutReason).toMatch(/Prisma Migrate/);
    const db = s.migrations.filter((m) => m.history === 'database');
    expect(db.map((m) => m.id)).toEqual([...db.map((m) => m.id)].sort());
    expect(db[0]!.path).toBe('database/20221206131204_init/migration.sql');
    expect(db[0]!.transactionMode).toBe('implicit');
    expect(db[0]!.transactional).toBe(false);
    const own = s.migrations.find((m) => m.id === 'database/20230213154802_simplify_org_template_status')!;
    expect(own.transactional).toBe(true);
    expect(own.transactionNote).toMatch(/BEGIN/);
    // Histories stay contiguous: all of database/ before run-ops-database/.
    const firstRunOps = s.migrations.findIndex((m) => m.history === 'run-ops-database');
    expect(s.migrations.slice(firstRunOps).every((m) => m.history === 'run-ops-database')).toBe(true);
  });

  it('vercel__ai-chatbot: drizzle-kit, all pending migrations in one transaction', async () => {
    const s = await plan(dirOf('vercel__ai-chatbot'));
    expect(s.layout).toBe('drizzle');
    expect(s.layoutReason).toMatch(/statement-breakpoint/);
    expect(ids(s)).toEqual([
      '0000_keen_devos',
      '0001_sparkling_blue_marvel',
      '0002_wandering_riptide',
      '0003_cloudy_glorian',
      '0004_odd_slayback',
      '0005_wooden_whistler',
      '0006_marvelous_frog_thor',
      '0007_flowery_ben_parker',
      '0008_flat_forgotten_one',
    ]);
    expect(s.migrations.every((m) => m.transactional && m.transactionMode === 'all-pending')).toBe(true);
  });

  it('supabase__postgres: dbmate, init-scripts before migrations, sections with true start lines', async () => {
    const root = dirOf('supabase__postgres');
    const s = await plan(root);
    expect(s.layout).toBe('dbmate');
    expect(s.histories).toBeUndefined();
    expect(s.warnings).toEqual([]);
    expect(s.migrations).toHaveLength(34);
    expect(ids(s).slice(0, 5)).toEqual([
      'init-scripts/00000000000000-initial-schema',
      'init-scripts/00000000000001-auth-schema',
      'init-scripts/00000000000002-storage-schema',
      'init-scripts/00000000000003-post-setup',
      'migrations/10000000000000_demote-postgres',
    ]);
    const m = s.migrations.find((x) => x.id === 'migrations/20220404205710_pg_graphql-on-by-default')!;
    const file = fs.readFileSync(path.join(root, m.path), 'utf8');
    expect(m.up.startLine).toBe(1);
    expect(m.up.startByte).toBe(0);
    expect(m.down!.startLine).toBe(161);
    expect(m.down!.file).toBe(m.up.file);
    expect(file.split('\n')[160]).toBe('-- migrate:down');
    expect(m.down!.startByte).toBe(Buffer.byteLength(file.split('\n').slice(0, 160).join('\n') + '\n'));
    expect(m.up.text + m.down!.text).toBe(file);
    expect(m.up.text.startsWith('-- migrate:up')).toBe(true);
    expect(s.migrations.every((x) => x.transactional && x.down)).toBe(true);
  });

  it('authelia__authelia: 26 pairs in numeric order, all pending in one transaction, empty files reported', async () => {
    const s = await plan(dirOf('authelia__authelia'));
    expect(s.layout).toBe('golang-migrate');
    expect(s.migrations).toHaveLength(26);
    expect(s.migrations.filter((m) => m.down)).toHaveLength(26);
    expect(s.migrations.map((m) => Number(m.version))).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(s.migrations[0]!.name).toBe('Initial_Schema');
    expect(s.migrations.every((m) => m.transactionMode === 'all-pending')).toBe(true);
    const emptyUps = s.migrations.filter((m) => m.readProblems?.some((p) => p.reason === 'empty' && p.direction === 'up')).map((m) => m.version);
    expect(emptyUps).toEqual(['0021', '0025', '0026']);
    const emptyFiles = s.migrations.flatMap((m) => m.readProblems ?? []).filter((p) => p.reason === 'empty');
    expect(emptyFiles).toHaveLength(8);
  });
});
