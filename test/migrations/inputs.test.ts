// Synthetic folders: bad files, layouts the corpus lacks, per-file transaction opt-outs, exclude.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { flywayVersionCompare, globToRegExp, MAX_FILE_BYTES } from '../../src/migrations/index.js';
import { byteCompare } from '../../src/migrations/layouts.js';
import { plan, write } from './helpers.js';
import { tempDir } from '../temp-dirs.js';

describe('bad inputs never throw: they become read problems', () => {
  it('binary, invalid UTF-8, empty, whitespace, too large, symlink outside the root, unreadable', async () => {
    const root = tempDir('pgreview-mig-');
    const outside = tempDir('pgreview-outside-');
    fs.writeFileSync(path.join(outside, 'secret.sql'), 'select 1;');
    write(root, {
      'db/0001_ok.sql': 'create table a (id int);\n',
      'db/0002_binary.sql': Buffer.from([0x73, 0x65, 0x6c, 0x0a, 0x00, 0x01, 0x02]),
      'db/0003_latin1.sql': Buffer.concat([Buffer.from('select 1;\n-- caf'), Buffer.from([0xe9]), Buffer.from('\n')]),
      'db/0004_empty.sql': '',
      'db/0005_blank.sql': '  \n\n',
      'db/0008_bom.sql': '\ufeffselect 1;\n',
      // A real U+FFFD is valid UTF-8: read as written, though decoding bad bytes also gives U+FFFD.
      'db/0010_replacement_char.sql': "select '\ufffd';\n",
      'db/README.md': '# notes',
      'db/config.toml': 'x = 1',
    });
    fs.symlinkSync(path.join(outside, 'secret.sql'), path.join(root, 'db/0006_link.sql'));
    fs.symlinkSync(path.join(root, 'db/0001_ok.sql'), path.join(root, 'db/0007_inside_link.sql'));
    // Sparse: no disk used, but over the size limit.
    const big = path.join(root, 'db/0009_huge.sql');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, MAX_FILE_BYTES + 1);

    const s = await plan(path.join(root, 'db'), { repoRoot: root });
    expect(s.layout).toBe('plain');
    const by = (v: string) => s.migrations.find((m) => m.version === v)!;
    expect(s.migrations.map((m) => m.version)).toEqual(['0001', '0002', '0003', '0004', '0005', '0006', '0007', '0008', '0009', '0010']);
    expect(by('0001').readProblems).toBeUndefined();
    expect(by('0001').up.file).toBe('db/0001_ok.sql');
    expect(by('0002').readProblems![0]).toMatchObject({ reason: 'binary', line: 2 });
    expect(by('0002').up.text).toBe('');
    expect(by('0003').readProblems![0]).toMatchObject({ reason: 'encoding', line: 2 });
    expect(by('0004').readProblems![0]).toMatchObject({ reason: 'empty', message: 'file is empty' });
    expect(by('0005').readProblems![0]).toMatchObject({ reason: 'empty' });
    expect(by('0006').readProblems![0]).toMatchObject({ reason: 'symlink' });
    expect(by('0006').up.text).toBe('');
    expect(by('0007').readProblems).toBeUndefined();
    expect(by('0007').up.text).toBe('create table a (id int);\n');
    expect(by('0008').up.bom).toBe(true);
    expect(by('0008').up.text.charCodeAt(0)).toBe(0xfeff);
    expect(by('0009').readProblems![0]).toMatchObject({ reason: 'too-large' });
    expect(by('0010').readProblems).toBeUndefined();
    expect(by('0010').up.text).toBe("select '\ufffd';\n");
    expect(s.skipped.map((x) => x.path).sort()).toEqual(['db/README.md', 'db/config.toml']);
  });

  it('unreadable file (no permission) and dangling symlink are read problems', async () => {
    const root = tempDir('pgreview-mig-');
    write(root, { '0001_a.sql': 'select 1;' });
    fs.symlinkSync(path.join(root, 'missing.sql'), path.join(root, '0002_dangling.sql'));
    fs.chmodSync(path.join(root, '0001_a.sql'), 0o000);
    const s = await plan(root);
    expect(s.migrations[1]!.readProblems![0]).toMatchObject({ reason: 'symlink', message: expect.stringMatching(/does not exist/) });
    // root reads everything regardless of mode bits
    if (process.getuid?.() !== 0) expect(s.migrations[0]!.readProblems![0]).toMatchObject({ reason: 'unreadable' });
  });

  it('from a repository root: finds supabase/migrations below loose .sql files', async () => {
    const root = tempDir('pgreview-mig-');
    write(root, {
      'schema.sql': 'select 1;',
      'supabase/seed.sql': 'insert into a values (1);',
      'supabase/config.toml': 'x = 1',
      'supabase/migrations/20240101000000_a.sql': 'create table a (id int);',
      'supabase/migrations/20240102000000_b.sql': 'create table b (id int);',
    });
    const s = await plan(root);
    expect(s.layout).toBe('supabase');
    expect(s.layoutReason).toMatch(/^migrations are in supabase\/migrations\//);
    expect(s.migrations.map((m) => m.path)).toEqual(['supabase/migrations/20240101000000_a.sql', 'supabase/migrations/20240102000000_b.sql']);
    expect(s.warnings).toEqual([]);
    expect(s.skipped.map((x) => x.path)).toContain('schema.sql');
  });

  it('paths with spaces and non-ASCII names, repo-relative with forward slashes', async () => {
    const root = tempDir('pgreview-mig-');
    write(root, {
      'my db/supabase/migrations/20240101000000_créer table.sql': 'create table "é" (id int);\n',
      'my db/supabase/migrations/20240102000000_日本.sql': 'select 1;\n',
    });
    const s = await plan(path.join(root, 'my db/supabase/migrations'), { repoRoot: root });
    expect(s.layout).toBe('supabase');
    expect(s.root).toBe('my db/supabase/migrations');
    expect(s.migrations.map((m) => m.path)).toEqual([
      'my db/supabase/migrations/20240101000000_créer table.sql',
      'my db/supabase/migrations/20240102000000_日本.sql',
    ]);
    expect(s.migrations[0]!.name).toBe('créer table');
  });

  it('a missing folder gives an empty plan, not an exception', async () => {
    const s = await plan('/nonexistent/pgreview/dir');
    expect(s.migrations).toEqual([]);
    expect(s.layoutReason).toMatch(/does not exist/);
  });
});

describe('layouts and their transaction opt-outs', () => {
  it('dbmate: transaction:false, sections, missing down block', async () => {
    const root = tempDir('pgreview-mig-');
    write(root, {
      '20240101000000_a.sql': '-- migrate:up transaction:false\ncreate index concurrently i on t (x);\n\n-- migrate:down\ndrop index i;\n',
      '20240102000000_b.sql': '-- comment first is fine\n-- migrate:up\nselect 1;\n',
      '20240103000000_é.sql': '-- migrate:up\nselect \'é\';\n-- migrate:down\nselect 2;\n',
    });
    const s = await plan(root);
    expect(s.layout).toBe('dbmate');
    const [a, b, c] = s.migrations;
    expect(a!.transactional).toBe(false);
    expect(a!.transactionNote).toMatch(/transaction:false/);
    expect(a!.down!.startLine).toBe(4);
    expect(a!.down!.text).toBe('-- migrate:down\ndrop index i;\n');
    expect(b!.up.startLine).toBe(2);
    expect(b!.readProblems![0]).toMatchObject({ reason: 'format' });
    expect(b!.transactional).toBe(true);
    // startByte counts bytes, not characters.
    expect(c!.down!.startByte).toBe(Buffer.byteLength("-- migrate:up\nselect 'é';\n"));
    expect(c!.down!.startLine).toBe(3);
  });

  it('flyway: numeric version order, repeatables last, undo pairs, script config and CONCURRENTLY', async () => {
    const root = tempDir('pgreview-mig-');
    write(root, {
      'V1.9__a.sql': 'create table a (id int);',
      'V1.10__b.sql': 'create table b (id int);',
      'V2__c.sql': 'create index concurrently i on a (id);',
      'V1_2__d.sql': 'select 1;',
      'U1.10__b.sql': 'drop table b;',
      'R__views.sql': 'create or replace view v as select 1;',
      'V3__e.sql': 'select 1;',
      'V3__e.sql.conf': 'executeInTransaction=false\n',
      'sub/V1.11__nested.sql': 'select 1;',
      'notes.sql': 'select 1;',
    });
    const s = await plan(root);
    expect(s.layout).toBe('flyway');
    expect(s.migrations.map((m) => m.version || 'R')).toEqual(['1_2', '1.9', '1.10', '1.11', '2', '3', 'R']);
    expect(s.migrations.find((m) => m.version === '1.10')!.down!.file).toBe('U1.10__b.sql');
    expect(s.migrations.at(-1)!.repeatable).toBe(true);
    expect(s.migrations.find((m) => m.version === '2')!.transactional).toBe(false);
    expect(s.migrations.find((m) => m.version === '3')!.transactionNote).toMatch(/executeInTransaction=false/);
    expect(s.migrations.find((m) => m.version === '1.9')!.transactional).toBe(true);
    expect(s.skipped.map((x) => x.path)).toContain('notes.sql');
    expect(flywayVersionCompare('1.10', '1.9')).toBeGreaterThan(0);
    expect(flywayVersionCompare('1', '1.0')).toBe(0);
  });

  it('golang-migrate: numeric order (not lexical), implicit transactions, BEGIN…COMMIT files', async () => {
    const root = tempDir('pgreview-mig-');
    write(root, {
      '9_a.up.sql': 'create table a (id int); create table b (id int);',
      '9_a.down.sql': 'drop table a;',
      '10_b.up.sql': 'BEGIN;\ncreate table c (id int);\nCOMMIT;\n',
      '100_c.up.sql': 'select 1;',
    });
    const s = await plan(root);
    expect(s.layout).toBe('golang-migrate');
    expect(s.layoutReason).toMatch(/golang-migrate/);
    expect(s.migrations.map((m) => m.version)).toEqual(['9', '10', '100']);
    expect(s.migrations[0]!.transactional).toBe(false);
    expect(s.migrations[0]!.transactionMode).toBe('implicit');
    expect(s.migrations[0]!.down!.file).toBe('9_a.down.sql');
    expect(s.migrations[1]!.transactional).toBe(true);
  });

  it('diesel: metadata.toml run_in_transaction = false', async () => {
    const root = tempDir('pgreview-mig-');
    write(root, {
      '2024-01-01-000000_a/up.sql': 'create index concurrently i on t (x);',
      '2024-01-01-000000_a/down.sql': 'drop index i;',
      '2024-01-01-000000_a/metadata.toml': 'run_in_transaction = false\n',
      '2023-12-31-000000_b/up.sql': 'select 1;',
    });
    const s = await plan(root);
    expect(s.layout).toBe('diesel');
    expect(s.migrations.map((m) => m.name)).toEqual(['b', 'a']);
    expect(s.migrations[1]!.transactional).toBe(false);
    expect(s.migrations[1]!.transactionNote).toMatch(/run_in_transaction = false/);
    expect(s.migrations[0]!.transactional).toBe(true);
  });

  it('drizzle: meta/_journal.json decides order and which files run', async () => {
    const root = tempDir('pgreview-mig-');
    write(root, {
      '0000_first.sql': 'create table a (id int);',
      '0001_second.sql': 'create table b (id int);\n--> statement-breakpoint\ncreate table c (id int);',
      '0002_orphan.sql': 'select 1;',
      'meta/_journal.json': JSON.stringify({ entries: [{ idx: 1, tag: '0001_second' }, { idx: 0, tag: '0000_first' }] }),
    });
    const s = await plan(root);
    expect(s.layout).toBe('drizzle');
    expect(s.layoutReason).toMatch(/_journal\.json/);
    expect(s.migrations.map((m) => m.id)).toEqual(['0000_first', '0001_second']);
    expect(s.skipped.map((x) => x.path)).toContain('0002_orphan.sql');
  });

  it('--changed may name a migration\'s folder (Prisma), with or without a trailing slash; a sibling with the same prefix stays base', async () => {
    const root = tempDir('pgreview-mig-');
    write(root, {
      'migration_lock.toml': 'provider = "postgresql"',
      '20240101000000_init/migration.sql': 'create table a (id int);',
      '20240102000000_idx/migration.sql': 'create index i on a (id);',
      '20240102000000_idx_more/migration.sql': 'create index j on a (id);',
    });
    for (const changed of ['20240102000000_idx', '20240102000000_idx/']) {
      const s = await plan(root, { repoRoot: root, changed: [changed] });
      expect(s.migrations.map((m) => `${m.id}:${m.status}`), changed).toEqual(['20240101000000_init:base', '20240102000000_idx:added', '20240102000000_idx_more:base']);
    }
  });

  it("a Prisma or Diesel folder's file that is a symbolic link is read through the symlink checks (detection looked at it first)", async () => {
    const root = tempDir('pgreview-mig-');
    const outside = tempDir('pgreview-outside-');
    fs.writeFileSync(path.join(outside, 'secret.sql'), 'select 1;');
    write(root, {
      'migration_lock.toml': 'provider = "postgresql"',
      '20240101000000_init/migration.sql': 'create table a (id int);',
      '20240103000000_dir/migration.sql/x': 'a folder where the file should be',
    });
    fs.mkdirSync(path.join(root, '20240102000000_link'));
    fs.symlinkSync(path.join(outside, 'secret.sql'), path.join(root, '20240102000000_link/migration.sql'));
    const s = await plan(root);
    expect(s.layout).toBe('prisma');
    expect(s.migrations.map((m) => [m.version, m.readProblems?.[0]?.reason, m.up.text])).toEqual([
      ['20240101000000', undefined, 'create table a (id int);'],
      ['20240102000000', 'symlink', ''],
      ['20240103000000', 'unreadable', ''],
    ]);

    const diesel = tempDir('pgreview-mig-');
    write(diesel, { '2024-01-01-000000_a/up.sql': 'create table a (id int);' });
    fs.symlinkSync(path.join(outside, 'secret.sql'), path.join(diesel, '2024-01-01-000000_a/down.sql'));
    const d = await plan(diesel);
    expect(d.layout).toBe('diesel');
    expect(d.migrations[0]!.readProblems).toEqual([expect.objectContaining({ reason: 'symlink', direction: 'down' })]);
    expect(d.migrations[0]!.down!.text).toBe('');
  });

  it('prisma with migration_lock.toml; forced layout; plain numeric order', async () => {
    const root = tempDir('pgreview-mig-');
    write(root, {
      'migration_lock.toml': 'provider = "postgresql"',
      '20240101000000_init/migration.sql': 'create table a (id int);',
      '20240102000000_idx/migration.sql': 'create index concurrently i on a (id);',
    });
    const s = await plan(root);
    expect(s.layout).toBe('prisma');
    expect(s.layoutReason).toBe('found 2 folders named <timestamp>_name/migration.sql with migration_lock.toml: Prisma Migrate');
    expect(s.skipped).toEqual([{ path: 'migration_lock.toml', reason: expect.stringMatching(/lock file/) }]);

    const p = tempDir('pgreview-mig-');
    write(p, { '2_b.sql': 'select 2;', '10_c.sql': 'select 3;', '1_a.sql': 'select 1;' });
    const plain = await plan(p);
    expect(plain.layout).toBe('plain');
    expect(plain.migrations.map((m) => m.version)).toEqual(['1', '2', '10']);
    expect(plain.migrations[0]!.transactionMode).toBe('none');
    const forced = await plan(p, { layout: 'supabase' });
    expect(forced.layout).toBe('supabase');
    expect(forced.layoutReason).toMatch(/by configuration/);
  });

  it('exclude globs skip files and folders', async () => {
    const root = tempDir('pgreview-mig-');
    write(root, { '0001_a.sql': 'select 1;', '0002_b.sql': 'select 2;', 'seed/x.sql': 'select 3;' });
    const s = await plan(root, { exclude: ['0002_*.sql', 'seed/'] });
    expect(s.migrations.map((m) => m.id)).toEqual(['0001_a']);
    expect(s.skipped).toContainEqual({ path: '0002_b.sql', reason: 'excluded by "0002_*.sql"' });
    expect(s.skipped).toContainEqual({ path: 'seed', reason: 'excluded by "seed/"' });
    expect(globToRegExp('db/**/*.sql').test('db/a/b/c.sql')).toBe(true);
    expect(globToRegExp('db/**/*.sql').test('db/c.sql')).toBe(true);
    expect(globToRegExp('*.{md,toml}').test('x/README.md')).toBe(true);
  });
});

describe('byteCompare', () => {
  it('orders as the UTF-8 bytes do (Go and Rust sort file names so), surrogate pairs and lone surrogates included', () => {
    const names = ['', 'a', 'ab', 'b', 'Z', '0', '_', 'é', '\u00ff', '\u0100', '\ue000', '\uffff', '\ud83d\ude00', '\ud83d\ude00a', '\ud800', '\udc00', 'a\ud83d', 'a\ud83d\ude00', 'a\uffff'];
    for (const a of names) for (const b of names) expect([a, b, byteCompare(a, b)]).toEqual([a, b, Buffer.compare(Buffer.from(a), Buffer.from(b))]);
  });
});
