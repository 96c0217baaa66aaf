// A migration that locks thousands of objects in one transaction applies on a default production
// server (about 7,800 lock slots). The review servers run with few connections, so their lock table
// was a third of that and such a migration failed there with "out of shared memory" (SQLSTATE
// 53200): a false ❌ Fail. The servers now have room for far more locks (src/engines/server-settings.ts),
// and a failure that is the review server's size (SQLSTATE class 53) is "could not verify".
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/config.js';
import { environmentCause } from '../../src/live/gaps.js';
import { review } from '../../src/review.js';
import { findPgBinaries } from '../../src/engines/local.js';
import { containerConfig } from '../../src/engines/docker.js';
import { parsed } from '../engines/helpers.js';
import { tempDir } from '../temp-dirs.js';

describe('a changed statement the review server had no room for (SQLSTATE class 53)', () => {
  it('is the review server\'s limit, said with the setting that decides it in production', async () => {
    const pr = await parsed('002_many', 'begin;\ncreate table public.t1 (id int primary key);\ncommit;\n');
    const at = { file: pr.source.file, line: 2 };
    const trace = { gaps: [], migrations: [], preset: 'plain' as const };
    const locks = environmentCause({ message: 'out of shared memory', code: '53200', hint: 'You might need to increase "max_locks_per_transaction".' }, trace, [pr], undefined, at);
    expect(locks).toMatchObject({ resource: true, cause: expect.stringMatching(/lock table is full.*max_locks_per_transaction × \(max_connections/) });
    const disk = environmentCause({ message: 'could not extend file "base/5/16384": No space left on device', code: '53100' }, trace, [pr], undefined, at);
    expect(disk).toMatchObject({ resource: true, cause: expect.stringMatching(/ran out of resources \(could not extend file .*SQLSTATE 53100\)/) });
    // A limit of PostgreSQL itself (class 54) is the same everywhere: the migration's.
    expect(environmentCause({ message: 'tables can have at most 1600 columns', code: '54011' }, trace, [pr], undefined, at)).toBeUndefined();
  });
});

describe('a migration creating 1,500 tables in one transaction (local engine)', () => {
  const engine = 'local';
  const available = !!findPgBinaries();
  const root = tempDir('pgreview-locks-');
  mkdirSync(path.join(root, 'migrations'));
  writeFileSync(path.join(root, 'migrations', '001_init.sql'), 'create table public.accounts (id bigint primary key);\n');
  // Measured: with the default max_locks_per_transaction (64) a 20-connection review server failed
  // this file with "out of shared memory"; 1,000 tables still fitted.
  const tables = Array.from({ length: 1500 }, (_, i) => `create table public.part_${i} (id bigint primary key, note text);`);
  writeFileSync(path.join(root, 'migrations', '002_many.sql'), `begin;\n${tables.join('\n')}\ncommit;\n`);

  it.skipIf(!available)('applies, as it does on a default production server', async () => {
    const r = await review(defaultSettings({ dir: path.join(root, 'migrations'), engine, format: 'json', changed: ['002_many.sql'], totalTimeoutMs: 240_000 }));
    expect(r.engine?.id).toBe(engine);
    const m = r.migrations.find((x) => x.file.endsWith('002_many.sql'))!;
    expect(m.applied).toBe('applied');
    expect(r.findings.filter((f) => f.ruleId === 'migration-failed')).toEqual([]);
    expect(r.verdict).not.toBe('fail');
  }, 240_000);

  it('the docker engine\'s server gets the same room', () => {
    expect(containerConfig().command).toEqual(expect.arrayContaining(['-c', 'max_locks_per_transaction=1024']));
  });
});
