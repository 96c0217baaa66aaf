// A changed statement that needs a superuser or role-administration rights (CREATE ROLE, GRANT of a
// predefined role, an event trigger) fails on the review engine because the review runs PR SQL as a
// role that is not a superuser, and never retries such statements as one. On a self-hosted preset
// production's migration role is unknown (often a superuser): "could not verify", never ❌ Fail. On
// a managed platform the migration role is no superuser there either: the failure stands.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentCause } from '../../src/live/gaps.js';
import { review } from '../../src/review.js';
import { defaultSettings } from '../../src/config.js';
import { findPgBinaries } from '../../src/engines/local.js';
import { parsed } from '../engines/helpers.js';
import { tempDir } from '../temp-dirs.js';

describe('a privilege error of a statement that needs the connecting role to be a superuser', () => {
  it('is the review\'s limit on a self-hosted preset, the migration\'s on a managed one', async () => {
    const pr = await parsed('002_roles', 'create table public.t (id int);\ncreate role reporting;\n');
    const at = { file: pr.source.file, line: 2 };
    const err = { message: 'permission denied to create role', code: '42501' };
    const trace = (preset: 'plain' | 'supabase' | 'neon') => ({ gaps: [], migrations: [], preset });
    expect(environmentCause(err, trace('plain'), [pr], undefined, at)).toMatchObject({ privilege: true, cause: expect.stringMatching(/migration role \(not a superuser\).*connects as a superuser/) });
    expect(environmentCause(err, trace('supabase'), [pr], undefined, at)).toBeUndefined();
    expect(environmentCause(err, trace('neon'), [pr], undefined, at)).toBeUndefined();
    // No preset: managed, as the trace's superuser retry reads it (the denial stands).
    expect(environmentCause(err, { gaps: [], migrations: [] }, [pr], undefined, at)).toBeUndefined();
    // A privilege error on an ordinary statement is the migration's, unless the message asks for a superuser.
    const onTable = { file: pr.source.file, line: 1 };
    expect(environmentCause({ message: 'permission denied for table t', code: '42501' }, trace('plain'), [pr], undefined, onTable)).toBeUndefined();
    expect(environmentCause({ message: 'permission denied to create extension "x"\nHint: Must be superuser to create this extension.', code: '42501' }, trace('plain'), [pr], undefined, onTable)).toMatchObject({ privilege: true });
    // The owner of one of the server's own objects (supabase/postgres's lo_export): only a superuser may change it.
    const system = await parsed('003_owner', 'alter function pg_catalog.lo_export owner to supabase_admin;\nalter table public.t owner to app;\n');
    const owner = { message: 'must be owner of function lo_export', code: '42501' };
    expect(environmentCause(owner, trace('plain'), [system], undefined, { file: system.source.file, line: 1 })).toMatchObject({ privilege: true });
    expect(environmentCause(owner, trace('supabase'), [system], undefined, { file: system.source.file, line: 1 })).toBeUndefined();
    expect(environmentCause({ message: 'must be owner of table t', code: '42501' }, trace('plain'), [system], undefined, { file: system.source.file, line: 2 })).toBeUndefined();
    // supabase/postgres's 20231020085357: DROP of an event trigger the history made. Only a superuser
    // can own one, so production's migration role is one; on a managed platform it fails there too.
    const drop = await parsed('004_event_trigger', 'drop event trigger if exists issue_pg_cron_access;\n');
    const notOwner = { message: 'must be owner of event trigger issue_pg_cron_access', code: '42501' };
    expect(environmentCause(notOwner, trace('plain'), [drop], undefined, { file: drop.source.file, line: 1 })).toMatchObject({ privilege: true });
    expect(environmentCause(notOwner, trace('supabase'), [drop], undefined, { file: drop.source.file, line: 1 })).toBeUndefined();
  });
});

const engines: [string, 'pglite' | 'local', boolean][] = [
  ['pglite', 'pglite', true],
  ['local', 'local', !!findPgBinaries()],
];

describe.each(engines)('a self-hosted history granting a predefined role (%s)', (_name, engine, available) => {
  const dir = tempDir('pgreview-privilege-');
  mkdirSync(path.join(dir, 'db', 'migrations'), { recursive: true });
  writeFileSync(path.join(dir, 'db/migrations/20240101000000_init.sql'), '-- migrate:up\ncreate table public.accounts (id bigint primary key);\n\n-- migrate:down\ndrop table public.accounts;\n');
  // supabase/postgres's own migration, run by the platform as a superuser (dbmate layout).
  writeFileSync(path.join(dir, 'db/migrations/20240606060239_grant_predefined_roles.sql'), '-- migrate:up\ncreate role reporting;\ngrant pg_read_all_data to reporting;\n\n-- migrate:down\ndrop role reporting;\n');

  it.skipIf(!available)('is "could not verify", not a failure of the pull request', async () => {
    const r = await review(defaultSettings({ dir: path.join(dir, 'db', 'migrations'), engine, format: 'json', changed: ['20240606060239_grant_predefined_roles.sql'] }));
    expect(r.preset).toBe('plain');
    expect(r.verdict).not.toBe('fail');
    const m = r.migrations.find((x) => x.file.endsWith('20240606060239_grant_predefined_roles.sql'))!;
    expect(m.applied).toBe('failed');
    expect(m.couldNotVerify).toMatch(/not a superuser/);
    const f = r.findings.filter((x) => x.ruleId === 'migration-failed');
    expect(f.map((x) => [x.severity, x.title])).toEqual([['info', "Could not verify: needs privileges the review's migration role does not have"]]);
  }, 240_000);
});
