// A changed statement that names a relation without its schema, which the review's session (default
// search_path) does not find while the schema holds it elsewhere: supabase/storage's tenant
// migrations write `iceberg_namespaces` for storage.iceberg_namespaces, and their role's search_path
// (ALTER ROLE … SET search_path, outside the migrations) is storage. The review cannot see
// production's path: "could not verify", never ❌ Fail. When the changed migrations explain the
// error themselves (they dropped or renamed it, or set the path), or no schema holds the name, it
// stays the migration's failure.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineSettings } from '../../src/analysis/inline.js';
import { emptyCatalog } from '../../src/live/catalog.js';
import { environmentCause } from '../../src/live/gaps.js';
import { review } from '../../src/review.js';
import type { Report } from '../../src/types.js';
import { parsed } from '../engines/helpers.js';
import { tempDir } from '../temp-dirs.js';

const catalogWith = (...names: string[]) => {
  const c = emptyCatalog();
  for (const n of names) c.relations[n] = {} as (typeof c.relations)[string];
  return c;
};

describe('a relation found only in another schema than the session search_path', () => {
  it("is the review's limit when another schema holds the name before and after; the migration's otherwise", async () => {
    const pr = await parsed('002_pr', 'alter table iceberg_namespaces add column metadata jsonb;\n');
    const at = { file: pr.source.file, line: 1 };
    const storage = catalogWith('storage.iceberg_namespaces');
    const trace = { gaps: [], migrations: [], preset: 'plain' as const, before: storage, after: storage };
    const missing = { message: 'relation "iceberg_namespaces" does not exist', code: '42P01' };
    expect(environmentCause(missing, trace, [pr], undefined, at)).toMatchObject({ searchPath: { schema: 'storage', name: 'iceberg_namespaces' } });
    // No schema holds the name: a typo.
    expect(environmentCause({ message: 'relation "iceberg_tablez" does not exist', code: '42P01' }, trace, [pr], undefined, at)).toBeUndefined();
    // A qualified name was looked for where it was written.
    expect(environmentCause({ message: 'relation "public.iceberg_namespaces" does not exist', code: '42P01' }, trace, [pr], undefined, at)).toBeUndefined();
    // public held it before: the changed migrations dropped it.
    expect(environmentCause(missing, { ...trace, before: catalogWith('public.iceberg_namespaces', 'storage.iceberg_namespaces') }, [pr], undefined, at)).toBeUndefined();
    // Gone from storage after the changed migrations (dropped or renamed by one of them).
    expect(environmentCause(missing, { ...trace, after: catalogWith('storage.iceberg_old') }, [pr], undefined, at)).toBeUndefined();
    // The file sets the path itself; a statement that does not name the relation (a function's error).
    const withPath = await parsed('003_pr', 'set search_path = other;\nalter table iceberg_namespaces add column metadata jsonb;\n');
    expect(environmentCause(missing, trace, [withPath], undefined, { file: withPath.source.file, line: 2 })).toBeUndefined();
    const call = await parsed('004_pr', 'select refresh_namespaces();\n');
    expect(environmentCause(missing, trace, [call], undefined, { file: call.source.file, line: 1 })).toBeUndefined();
    // An earlier changed migration the engine could not run was to create it (chatbot-ui's messages,
    // while the Supabase preset has realtime.messages): that is the cause, not the other schema.
    const create = await parsed('001_pr', 'create table iceberg_namespaces (id int);\n');
    const unbuilt = { skipped: [], unbuilt: [{ file: create.source.file, statements: create.statements, why: 'the engine lacks vector' }] };
    expect(environmentCause(missing, trace, [pr], unbuilt, at)).toMatchObject({ unbuilt: { file: create.source.file, line: 1 } });
  });

  it('on PGlite: could not verify for a table of another schema; a failure for a misspelled, dropped or renamed one', async () => {
    const run = async (...changed: string[]) => {
      const dir = tempDir('pgreview-search-path-gap-');
      writeFileSync(path.join(dir, '000001_base.up.sql'), 'CREATE SCHEMA app;\nCREATE TABLE app.items (id int PRIMARY KEY);\n');
      const names = changed.map((sql, i) => {
        const name = `00000${i + 2}_change.up.sql`;
        writeFileSync(path.join(dir, name), sql);
        return name;
      });
      return review(inlineSettings({ dir, repoRoot: dir, engine: 'pglite', changed: names, statementTimeoutMs: 10_000, totalTimeoutMs: 120_000 }));
    };
    const failures = (r: Report) => r.findings.filter((f) => f.ruleId === 'migration-failed').map((f) => f.severity);

    const other = await run('ALTER TABLE items ADD COLUMN note text;\n');
    const failed = other.findings.filter((f) => f.ruleId === 'migration-failed');
    expect(failed.map((f) => [f.severity, f.title])).toEqual([['info', "Could not verify: items is in app, which the review's search_path does not include"]]);
    expect(failed[0]!.message).toContain('Writing app.items makes the migration independent of the search_path');
    expect(other.verdict).not.toBe('fail');

    for (const changed of [
      ['ALTER TABLE itemz ADD COLUMN note text;\n'],
      ['DROP TABLE app.items;\n', 'ALTER TABLE items ADD COLUMN note text;\n'],
      ['ALTER TABLE app.items RENAME TO items_old;\n', 'INSERT INTO items VALUES (1);\n'],
      ['SET search_path = public;\nALTER TABLE items ADD COLUMN note text;\n'],
    ]) {
      const r = await run(...changed);
      expect(failures(r), changed.join(' ')).toEqual(['critical']);
      expect(r.verdict).toBe('fail');
    }
  }, 240_000);
});
