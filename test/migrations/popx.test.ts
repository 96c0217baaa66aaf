// Issue 11, point 5: ory/popx (Kratos, Keto, Hydra) is a layout. Fixture file names follow
// ory/kratos persistence/sql/migrations/sql: <20-digit version>_<name>[.<dialect>][.autocommit].(up|down).sql.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/config.js';
import { review } from '../../src/review.js';
import { plan, REPO_ROOT } from './helpers.js';

const ROOT = path.join(REPO_ROOT, 'test/fixtures/popx');
const DIR = path.join(ROOT, 'persistence/sql/migrations/sql');
const F = 'persistence/sql/migrations/sql/';

describe('ory/popx layout', () => {
  it('per version and direction runs the .postgres. file, else the dialect-less one; lists every other file with why', async () => {
    const set = await plan(DIR, { repoRoot: ROOT });
    expect(set.layout).toBe('popx');
    expect(set.layoutReason).toMatch(/ory\/popx/);
    expect(set.migrations.map((m) => [m.path.replace(F, ''), m.down?.file.replace(F, '') ?? null])).toEqual([
      ['20150100000001000000_networks.postgres.up.sql', '20150100000001000000_networks.down.sql'],
      ['20191100000001000000_identities.up.sql', '20191100000001000000_identities.down.sql'],
      ['20191100000001000001_identities.postgres.up.sql', null],
      ['20220301000000000000_identities_nid_idx.autocommit.up.sql', '20220301000000000000_identities_nid_idx.autocommit.down.sql'],
      ['20230705000000000000_identity_metadata.up.sql', '20230705000000000000_identity_metadata.down.sql'],
    ]);
    const why = Object.fromEntries(set.skipped.map((s) => [s.path.replace(F, ''), s.reason]));
    expect(why['20150100000001000000_networks.cockroach.up.sql']).toMatch(/for cockroach only/);
    expect(why['20150100000001000000_networks.mysql.up.sql']).toMatch(/for mysql only/);
    expect(why['20150100000001000000_networks.sqlite3.up.sql']).toMatch(/for sqlite3 only/);
    expect(why['20191100000001000001_identities.up.sql']).toMatch(/replaced by 20191100000001000001_identities.postgres.up.sql/);
    expect(why['20191100000005000000_identities.mysql.up.sql']).toMatch(/for mysql only/);
    expect(why['20200317160354_create_courier_messages.up.fizz']).toMatch(/fizz/);
    expect(why['notes.sql']).toMatch(/does not match popx/);
    // No .sql file under the folder is ignored in silence.
    const sqlFiles = set.migrations.flatMap((m) => [m.path, m.down?.file]).filter(Boolean).length + set.skipped.filter((s) => s.path.endsWith('.sql')).length;
    expect(sqlFiles).toBe(16);
  });

  it('.autocommit. runs outside a transaction; the others each in their own', async () => {
    const set = await plan(DIR, { repoRoot: ROOT });
    const auto = set.migrations.find((m) => m.path.includes('.autocommit.'))!;
    expect(auto).toMatchObject({ transactional: false, transactionMode: 'none' });
    expect(auto.transactionNote).toMatch(/autocommit/);
    expect(set.migrations.filter((m) => m !== auto).every((m) => m.transactional && m.transactionMode === 'per-migration')).toBe(true);
  });

  it('a review applies the history (CONCURRENTLY in the .autocommit. file included) and lists what it did not review', async () => {
    const r = await review(
      defaultSettings({ dir: DIR, repoRoot: ROOT, engine: 'pglite', format: 'json', changed: [`${F}20230705000000000000_identity_metadata.up.sql`], totalTimeoutMs: 200_000 }),
    );
    expect(r.layout.id).toBe('popx');
    expect(r.baseHistory).toMatchObject({ status: 'complete', total: 4, applied: 4 });
    expect(r.migrations.map((m) => m.applied)).toEqual(['applied']);
    expect(r.findings.filter((f) => f.ruleId === 'migration-failed' || f.severity === 'critical')).toEqual([]);
    expect(r.notReviewed?.map((n) => n.file.replace(F, ''))).toEqual(expect.arrayContaining(['notes.sql', '20150100000001000000_networks.mysql.up.sql']));
  }, 200_000);
});
