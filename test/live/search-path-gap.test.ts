// A changed statement that names a relation without its schema, which the review's session (default
// search_path) does not find while the schema holds it elsewhere: supabase/storage's tenant
// migrations write `iceberg_namespaces` for storage.iceberg_namespaces, and their role's search_path
// (ALTER ROLE … SET search_path, outside the migrations) is storage. The review cannot see
// production's path: "could not verify", never ❌ Fail; a name found in no schema stays the migration's.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineSettings } from '../../src/analysis/inline.js';
import { emptyCatalog } from '../../src/live/catalog.js';
import { environmentCause } from '../../src/live/gaps.js';
import { review } from '../../src/review.js';
import { parsed } from '../engines/helpers.js';
import { tempDir } from '../temp-dirs.js';

describe('a relation found only in another schema than the session search_path', () => {
  it('is the review\'s limit when another schema holds the name; the migration\'s when none or only public does', async () => {
    const pr = await parsed('002_pr', 'alter table iceberg_namespaces add column metadata jsonb;\n');
    const at = { file: pr.source.file, line: 1 };
    const before = emptyCatalog();
    before.relations['storage.iceberg_namespaces'] = {} as (typeof before.relations)[string];
    const trace = { gaps: [], migrations: [], preset: 'plain' as const, before };
    const missing = { message: 'relation "iceberg_namespaces" does not exist', code: '42P01' };
    expect(environmentCause(missing, trace, [pr], undefined, at)).toMatchObject({ searchPath: { schema: 'storage', name: 'iceberg_namespaces' } });
    expect(environmentCause({ message: 'relation "iceberg_tablez" does not exist', code: '42P01' }, trace, [pr], undefined, at)).toBeUndefined();
    // A qualified name was looked for where it was written.
    expect(environmentCause({ message: 'relation "public.iceberg_namespaces" does not exist', code: '42P01' }, trace, [pr], undefined, at)).toBeUndefined();
    const inPublic = emptyCatalog();
    inPublic.relations['public.iceberg_namespaces'] = {} as (typeof before.relations)[string];
    expect(environmentCause(missing, { ...trace, before: inPublic }, [pr], undefined, at)).toBeUndefined();
  });

  it('on PGlite: could not verify for a table of another schema, a failure for a misspelled one', async () => {
    const run = async (changed: string) => {
      const dir = tempDir('pgreview-search-path-gap-');
      writeFileSync(path.join(dir, '000001_base.up.sql'), 'CREATE SCHEMA app;\nCREATE TABLE app.items (id int PRIMARY KEY);\n');
      writeFileSync(path.join(dir, '000002_change.up.sql'), changed);
      return review(inlineSettings({ dir, repoRoot: dir, engine: 'pglite', changed: ['000002_change.up.sql'], statementTimeoutMs: 10_000, totalTimeoutMs: 120_000 }));
    };
    const other = await run('ALTER TABLE items ADD COLUMN note text;\n');
    const failed = other.findings.filter((f) => f.ruleId === 'migration-failed');
    expect(failed.map((f) => [f.severity, f.title])).toEqual([['info', "Could not verify: items is in app, which the review's search_path does not include"]]);
    expect(failed[0]!.message).toContain('Writing app.items makes the migration independent of the search_path');
    expect(other.verdict).not.toBe('fail');

    const typo = await run('ALTER TABLE itemz ADD COLUMN note text;\n');
    expect(typo.findings.filter((f) => f.ruleId === 'migration-failed').map((f) => f.severity)).toEqual(['critical']);
    expect(typo.verdict).toBe('fail');
  }, 240_000);
});
