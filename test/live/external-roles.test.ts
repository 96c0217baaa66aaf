// Roles are created outside the migrations (infrastructure code, the cloud console) and migrations
// grant to them, give them ownership, write policies for them. On the review's fresh server they did
// not exist, and a correct migration failed the review. The review now makes them up and says so.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { review } from '../../src/review.js';
import { inlineSettings } from '../../src/analysis/inline.js';
import { findPgBinaries } from '../../src/engines/local.js';
import { rolesOf } from '../../src/live/external-roles.js';
import { loadParser } from '../../src/sql/parse.js';
import type { EngineId, Report } from '../../src/types.js';
import { parsed } from '../engines/helpers.js';
import { tempDir } from '../temp-dirs.js';

const BASE = `create table public.items (id int primary key, owner text);
create role app_reader nologin;
grant select on public.items to legacy_reader;`;

const USES_ROLES = `grant select on public.items to reporting_ro;
alter table public.items owner to app_owner;
alter table public.items enable row level security;
create policy readers on public.items for select to app_reader, "Mixed Case" using (true);
set role app_owner;
create table public.owned_by_app (id int primary key);
reset role;`;

function project(changed: string[], base = ''): { dir: string; names: string[] } {
  const dir = tempDir('pgreview-external-roles-');
  writeFileSync(path.join(dir, '000001_items.up.sql'), `${BASE}\n${base}`);
  const names = changed.map((sql, i) => {
    const name = `00000${i + 2}_change.up.sql`;
    writeFileSync(path.join(dir, name), sql);
    return name;
  });
  return { dir, names };
}

async function reviewChanged(engine: EngineId, changed: string[], cacheDir?: string, base?: string): Promise<Report> {
  const { dir, names } = project(changed, base);
  return review(
    inlineSettings({ dir, repoRoot: dir, engine, changed: names, statementTimeoutMs: 10_000, totalTimeoutMs: 120_000, baseCache: cacheDir ? { dir: cacheDir, minBaseMs: 0 } : undefined }),
  );
}

const failures = (r: Report) => r.findings.filter((f) => f.ruleId === 'migration-failed').map((f) => [f.severity, f.file.split('/').pop(), f.line]);

describe('which roles the migrations use and which they create', () => {
  beforeAll(loadParser);
  it('reads grantees, owners, policy roles, SET ROLE, memberships; CREATE ROLE anywhere, DO blocks included', async () => {
    const { named, created } = rolesOf([
      await parsed(
        '000002',
        `${USES_ROLES}
grant app_owner to deployer;
alter default privileges for role app_owner in schema public grant select on tables to reporting_ro;
create schema billing authorization billing_owner;
create role made_here;
do $$ begin if not exists (select from pg_roles where rolname = 'made_in_do') then create role made_in_do; end if; end $$;
grant select on public.items to made_in_do, public, current_user;`,
      ),
    ]);
    expect([...named].sort()).toEqual(['Mixed Case', 'app_owner', 'app_reader', 'billing_owner', 'deployer', 'made_in_do', 'reporting_ro']);
    expect([...created].sort()).toEqual(['made_here', 'made_in_do']);
  });
});

const engines: [EngineId, boolean][] = [
  ['pglite', true],
  ['local', !!findPgBinaries()],
];

describe.each(engines)('a migration that uses roles made outside the migrations, on %s', (engine, available) => {
  it.skipIf(!available)('applies, and the review says which roles it made up', async () => {
    const r = await reviewChanged(engine, [USES_ROLES]);
    expect(failures(r)).toEqual([]);
    expect(r.migrations.find((m) => m.file.endsWith('000002_change.up.sql'))!.applied).toBe('applied');
    const said = r.engine!.limits.filter((l) => l.startsWith('roles '));
    // app_reader is created by the base history: not made up.
    expect(said).toEqual([expect.stringMatching(/^roles Mixed Case, app_owner, legacy_reader, reporting_ro must exist on every server these migrations run on/)]);
    expect(r.verdict).not.toBe('fail');
  });

  it.skipIf(!available)('add nothing to what the migration role may do: a schema closed to it stays closed', async () => {
    // pgreview's own schema (the preset's), where the migration role may not create.
    const r = await reviewChanged(engine, [`grant select on public.items to reporting_ro;\ncreate table pgreview_admin.sneaky (id int primary key);`]);
    expect(failures(r)).toEqual([['critical', '000002_change.up.sql', 2]]);
    expect(r.findings.find((f) => f.ruleId === 'migration-failed')!.message).toMatch(/permission denied for schema pgreview_admin/);
  });

  it.skipIf(!available)('a real failure next to them still fails', async () => {
    const r = await reviewChanged(engine, ['grant select on public.missing_table to reporting_ro;']);
    expect(failures(r)).toEqual([['critical', '000002_change.up.sql', 1]]);
  });

  it.skipIf(!available)('a cached base never holds a role a pull request made up (a later one could not CREATE it)', async () => {
    const cacheDir = tempDir('pgreview-external-roles-cache-');
    const first = await reviewChanged(engine, [USES_ROLES], cacheDir);
    expect(failures(first)).toEqual([]);
    // Warm, the base history's made-up role is read from the entry: the review says what the cold one said.
    const warm = await reviewChanged(engine, [USES_ROLES], cacheDir);
    expect(warm.engine!.notes!.some((n) => n.startsWith('base history restored from cache'))).toBe(true);
    expect(warm.engine!.limits.filter((l) => l.startsWith('roles '))).toEqual(first.engine!.limits.filter((l) => l.startsWith('roles ')));
    // On PostgreSQL 15 the review's migration role may not CREATE ROLE at all: the leak is looked for instead.
    const second = await reviewChanged(engine, [`do $$ begin if exists (select from pg_roles where rolname = 'reporting_ro') then raise exception 'a made-up role is in the cached base'; end if; end $$;`], cacheDir);
    expect(second.engine!.notes!.some((n) => n.startsWith('base history restored from cache'))).toBe(true);
    expect(failures(second)).toEqual([]);
  });
});

describe('made-up roles after the engine restarts (PGlite: a time limit ends the embedded database)', () => {
  it('are made again, so the changed migrations before the stop replay and the rest goes on', async () => {
    const { dir, names } = project([
      'grant select on public.items to reporting_ro;',
      'select pg_sleep(3);',
      'grant insert on public.items to reporting_ro;',
    ]);
    const r = await review(inlineSettings({ dir, repoRoot: dir, engine: 'pglite', changed: names, statementTimeoutMs: 1_000, totalTimeoutMs: 120_000 }));
    expect(r.engine!.limits.some((l) => /restarted the engine, re-applied the base migrations and 1 changed migration/.test(l))).toBe(true);
    const applied = Object.fromEntries(r.migrations.map((m) => [m.file.split('/').pop(), m.applied]));
    expect(applied).toMatchObject({ '000002_change.up.sql': 'applied', '000004_change.up.sql': 'applied' });
    expect(r.engine!.limits.filter((l) => l.startsWith('roles '))).toEqual([expect.stringMatching(/^roles legacy_reader, reporting_ro must exist/)]);
  });
});
