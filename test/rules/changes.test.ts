// Behaviour of the "changes" rules that the doc examples cannot express: runner modes, read problems,
// severity overrides, objects named in findings.
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { inlineSet, inlineSettings, reviewInline, type InlineReview } from '../../src/analysis/inline.js';
import { runStatic } from '../../src/analysis/static.js';
import { loadParser } from '../../src/sql/parse.js';
import type { Finding, Migration, MigrationSet, Settings } from '../../src/types.js';

beforeAll(loadParser);

function run(review: InlineReview, tweak?: (set: MigrationSet) => void, settings: Partial<Settings> = {}) {
  const set = inlineSet(review);
  tweak?.(set);
  return runStatic(inlineSettings({ ...review.settings, ...settings }), set, rules).findings;
}
const hits = (findings: Finding[], id: string) => findings.filter((f) => f.ruleId === id);
const changed = (set: MigrationSet): Migration => set.migrations[set.migrations.length - 1]!;

const THREE = `CREATE TABLE a (id bigint PRIMARY KEY);
CREATE INDEX a_id_idx ON a (id);
INSERT INTO a VALUES (1);`;

describe('non-transactional-migration', () => {
  it('is silent when the tool sends a multi-statement file as one query (implicit transaction)', () => {
    const f = run({ changed: [THREE] }, (s) => (changed(s).transactionMode = 'implicit'));
    expect(hits(f, 'non-transactional-migration')).toHaveLength(0);
    expect(hits(f, 'prefer-robust-stmts')).toHaveLength(0);
  });
  it('fires when each statement commits on its own, and names the file', () => {
    const f = run({ changed: [{ sql: THREE, file: '0001_a.sql' }] }, (s) => (changed(s).transactionMode = 'none'));
    expect(hits(f, 'non-transactional-migration').map((x) => x.object)).toEqual(['0001_a.sql']);
  });
  it('advises splitting when the file mixes CONCURRENTLY with other DDL', () => {
    const f = run({ changed: ['CREATE TABLE a (id bigint PRIMARY KEY, v int);\nCREATE INDEX CONCURRENTLY a_v_idx ON a (v);'] });
    const [h] = hits(f, 'non-transactional-migration');
    expect(h?.message).toMatch(/cannot run inside a transaction block/);
  });
  it('is silent for a file of concurrent index builds only', () => {
    const f = run({ base: ['CREATE TABLE a (id bigint PRIMARY KEY, v int, w int);'], changed: ['CREATE INDEX CONCURRENTLY a_v_idx ON a (v);\nCREATE INDEX CONCURRENTLY a_w_idx ON a (w);'] });
    expect(hits(f, 'non-transactional-migration')).toHaveLength(0);
    // …but the retry problem of the first build is real.
    expect(hits(f, 'prefer-robust-stmts').map((x) => x.object)).toEqual(['public.a_v_idx', 'public.a_w_idx']);
  });
});

describe('transaction-nesting', () => {
  it('is silent for a file that wraps itself when the runner does not (planner marks it transactional)', () => {
    const f = run({ changed: [{ sql: `BEGIN;\n${THREE}\nCOMMIT;`, transactional: true }] }, (s) => (changed(s).transactionMode = 'implicit'));
    expect(hits(f, 'transaction-nesting')).toHaveLength(0);
    expect(hits(f, 'uncommitted-transaction')).toHaveLength(0);
  });
  it('is high when the tool runs all pending migrations in one transaction', () => {
    const f = run({ changed: [{ sql: `BEGIN;\n${THREE}\nCOMMIT;`, transactional: true }] }, (s) => (changed(s).transactionMode = 'all-pending'));
    expect(hits(f, 'transaction-nesting').map((x) => x.severity)).toEqual(['high']);
  });
  it('reports a bare COMMIT in a wrapped file', () => {
    const f = run({ changed: [{ sql: `${THREE}\nCOMMIT;\nCREATE TABLE b (id bigint PRIMARY KEY);`, transactional: true }] });
    expect(hits(f, 'transaction-nesting').map((x) => x.severity)).toEqual(['high']);
  });
});

describe('uncommitted-transaction', () => {
  it('explains the idle-in-transaction connection for tools that send the file as one query', () => {
    const f = run({ changed: [`BEGIN;\n${THREE}`] }, (s) => (changed(s).transactionMode = 'implicit'));
    expect(hits(f, 'uncommitted-transaction')[0]?.message).toMatch(/idle in transaction/);
  });
});

describe('unreadable-migration', () => {
  it('reports each read problem once, at high, and skips empty down files', () => {
    const f = run({ changed: [{ sql: '', file: '0001_x.sql', down: '' }] }, (s) => {
      changed(s).readProblems = [
        { reason: 'encoding', message: 'file is not valid UTF-8 (first bad byte at offset 3)', line: 1, direction: 'up' },
        { reason: 'empty', message: 'down file is empty: rolling back does nothing', line: 1, direction: 'down' },
      ];
    });
    expect(hits(f, 'unreadable-migration').map((x) => [x.severity, x.file])).toEqual([['high', '0001_x.sql']]);
  });
  it('reports a file with NUL bytes once even when the reader and the parser both notice', () => {
    const f = run({ changed: [{ sql: 'CREATE TABLE a (id int);\u0000', file: '0001_x.sql' }] }, (s) => {
      changed(s).readProblems = [{ reason: 'binary', message: 'file contains NUL bytes: binary, not SQL', line: 1, direction: 'up' }];
    });
    expect(hits(f, 'unreadable-migration')).toHaveLength(1);
  });
});

describe('modified-migration', () => {
  it('leaves repeatable migrations alone', () => {
    const f = run({ base: [{ sql: 'CREATE VIEW v AS SELECT 1;', file: 'R__v.sql' }], changed: [{ sql: 'CREATE OR REPLACE VIEW v AS SELECT 2;', file: 'R__v.sql' }] }, (s) => {
      changed(s).repeatable = true;
    });
    expect(hits(f, 'modified-migration')).toHaveLength(0);
  });
  it('points at line 1 of the modified file', () => {
    const f = run({ base: [{ sql: 'CREATE TABLE a (id int);', file: '0001_a.sql' }], changed: [{ sql: '\n\nCREATE TABLE a (id bigint);', file: '0001_a.sql' }] });
    expect(hits(f, 'modified-migration').map((x) => [x.file, x.line, x.migrationId])).toEqual([['0001_a.sql', 1, '0001_a']]);
  });
});

describe('ignore findings', () => {
  it('take their severity from the rule, or from a severity override', async () => {
    const sql = '-- pgreview-ignore prefer-robust-stmts: stale\nCREATE TABLE IF NOT EXISTS a (id bigint PRIMARY KEY);';
    const plain = await reviewInline({ changed: [sql] }, rules);
    expect(hits(plain.findings, 'unused-ignore').map((x) => [x.severity, x.title])).toEqual([['low', 'Ignore comment suppresses nothing']]);
    const raised = await reviewInline({ changed: [sql], settings: { rules: { 'unused-ignore': 'medium' } } }, rules);
    expect(hits(raised.findings, 'unused-ignore').map((x) => x.severity)).toEqual(['medium']);
    const off = await reviewInline({ changed: [sql], settings: { rules: { 'unused-ignore': 'off' } } }, rules);
    expect(hits(off.findings, 'unused-ignore')).toHaveLength(0);
  });
  it('say nothing of an ignore whose rule is judged later (live, probe) or turned off; a rule id that exists nowhere is misspelled', async () => {
    const sql = [
      '-- pgreview-ignore duplicate-index: kept while the old one is dropped in the next release',
      'CREATE INDEX a_id_2 ON a (id);',
      '-- pgreview-ignore rls-isolation-breach: a public lookup table',
      'CREATE TABLE b (id bigint PRIMARY KEY);',
      '-- pgreview-ignore prefer-robust-stmts: the runner checks first',
      'CREATE TABLE c (id bigint PRIMARY KEY);',
      '-- pgreview-ignore duplicate-indx: typo',
      'CREATE TABLE d (id bigint PRIMARY KEY);',
    ].join('\n');
    const r = await reviewInline({ base: ['CREATE TABLE a (id bigint PRIMARY KEY);'], changed: [sql], settings: { rules: { 'prefer-robust-stmts': 'off' } } }, rules);
    expect(hits(r.findings, 'unused-ignore').map((x) => [x.line, x.message])).toEqual([
      [7, '`pgreview-ignore duplicate-indx`: there is no rule named duplicate-indx: check the spelling.'],
    ]);
  });
});

describe('table and column changes', () => {
  it('ban-drop-table is silent for the rename / create / copy / drop rebuild pattern', () => {
    const f = run({
      base: ['CREATE TABLE devices (id int PRIMARY KEY, kid varchar(64));'],
      changed: [
        `ALTER TABLE devices RENAME TO _bkp_devices;
CREATE TABLE devices (id bigint PRIMARY KEY, kid text);
INSERT INTO devices (id, kid) SELECT id, kid FROM _bkp_devices;
DROP TABLE _bkp_devices;`,
      ],
    });
    expect(hits(f, 'ban-drop-table')).toHaveLength(0);
    expect(hits(f, 'renaming-table')).toHaveLength(0);
  });
  it('ban-drop-table is medium for DROP TABLE IF EXISTS of a table the history never created', () => {
    const f = run({ base: ['CREATE TABLE a (id int);'], changed: ['DROP TABLE IF EXISTS legacy_sessions;'] });
    expect(hits(f, 'ban-drop-table').map((x) => [x.severity, x.object])).toEqual([['medium', 'public.legacy_sessions']]);
  });
  it('ban-truncate-cascade reports a plain TRUNCATE at medium with its own title, and CASCADE through an FK to an existing table', () => {
    const base = ['CREATE TABLE plans (id bigint PRIMARY KEY);', 'CREATE TABLE subs (id bigint PRIMARY KEY, plan_id bigint REFERENCES plans (id));'];
    const plain = run({ base, changed: ['TRUNCATE plans;'] });
    expect(hits(plain, 'ban-truncate-cascade').map((x) => [x.severity, x.title])).toEqual([['medium', 'TRUNCATE empties an existing table']]);
    const viaFk = run({ base: [base[1]!.replace('REFERENCES plans (id)', '')], changed: ['CREATE TABLE plans (id bigint PRIMARY KEY);\nALTER TABLE subs ADD FOREIGN KEY (plan_id) REFERENCES plans (id);\nTRUNCATE plans CASCADE;'] });
    expect(hits(viaFk, 'ban-truncate-cascade').map((x) => x.message)).toEqual([expect.stringContaining('public.subs')]);
  });
  it('renaming-column names the column and suggests the column type in the fix', () => {
    const f = run({ base: ['CREATE TABLE c (id bigint PRIMARY KEY, name varchar(80) NOT NULL);'], changed: ['ALTER TABLE c RENAME COLUMN name TO full_name;'] });
    const [h] = hits(f, 'renaming-column');
    expect(h?.object).toBe('public.c.name');
    expect(h?.fix?.sql).toContain('ADD COLUMN full_name varchar(80)');
  });
});

describe('types', () => {
  it('prefer-timestamptz is low in Prisma projects and points at @db.Timestamptz', () => {
    const f = run({ changed: ['CREATE TABLE "Job" ("id" TEXT NOT NULL, "createdAt" TIMESTAMP(3) NOT NULL);'], layout: 'prisma' });
    const [h] = hits(f, 'prefer-timestamptz');
    expect(h?.severity).toBe('low');
    expect(h?.fix?.description).toContain('@db.Timestamptz(3)');
  });
  it('prefer-bigint-over-int reports a narrower foreign key added to an existing table at medium', () => {
    const f = run({ base: ['CREATE TABLE acc (id bigint PRIMARY KEY);', 'CREATE TABLE inv (id bigint PRIMARY KEY, acc_id integer);'], changed: ['ALTER TABLE inv ADD CONSTRAINT inv_acc_fk FOREIGN KEY (acc_id) REFERENCES acc (id);'] });
    expect(hits(f, 'prefer-bigint-over-int').map((x) => [x.severity, x.object])).toEqual([['medium', 'public.inv.acc_id']]);
  });
  it('identifier-too-long counts UTF-8 bytes, not characters', () => {
    const name = 'é'.repeat(40); // 40 characters, 80 bytes
    const f = run({ changed: [`CREATE TABLE "${name}" (id bigint PRIMARY KEY);`] });
    const [h] = hits(f, 'identifier-too-long');
    expect(h?.message).toMatch(/80 bytes \(40 characters/);
    // A reference to an existing long name is not a definition.
    const g = run({ base: [`CREATE TABLE "${name}" (id bigint PRIMARY KEY);`], changed: [`ALTER TABLE "${name}" ADD COLUMN note text;`] });
    expect(hits(g, 'identifier-too-long')).toHaveLength(0);
  });
  it('prefer-gen-random-uuid finds uuid_generate_v4 however it is spelled', () => {
    const found = (sql: string) => hits(run({ changed: [sql] }), 'prefer-gen-random-uuid').map((h) => h.object);
    expect(found(`CREATE TABLE a (id uuid DEFAULT extensions."UUID_GENERATE_V4"());`)).toEqual(['public.a.id']);
    expect(found(`CREATE TABLE b (id uuid DEFAULT U&"uuid_generate_\\0076\\0034"());`)).toEqual(['public.b.id']);
    expect(found(`CREATE TABLE c (id uuid DEFAULT gen_random_uuid());`)).toEqual([]);
  });
  it('identifier-too-long finds long column and constraint names however the text quotes them', () => {
    const long = (c: string) => c.repeat(70);
    const found = (sql: string) => hits(run({ base: ['CREATE TABLE t (id bigint PRIMARY KEY, x text);'], changed: [sql] }), 'identifier-too-long').map((h) => h.object);
    // A doubled quote inside a quoted name, quotes inside string literals, an unquoted name, a comment.
    expect(found(`ALTER TABLE t ADD COLUMN "${'a'.repeat(30)}""${'b'.repeat(40)}" text;`)).toEqual([`public.t.${'a'.repeat(30)}"${'b'.repeat(32)}`]);
    expect(found(`ALTER TABLE t ADD CONSTRAINT "${long('c')}" CHECK (x <> 'it''s "q"');`)).toEqual([`public.t.${'c'.repeat(63)}`]);
    expect(found(`CREATE TABLE u (id bigint, ${long('d')} text DEFAULT 'x');`)).toEqual([`public.u.${'d'.repeat(63)}`]);
    expect(found(`CREATE TABLE v (id bigint /* note */, "${long('e')}" text);`)).toEqual([`public.v.${'e'.repeat(63)}`]);
    expect(found(`CREATE TABLE w (id bigint, note text DEFAULT $$${'"'.repeat(3)}$$, "${long('f')}" text);`)).toEqual([`public.w.${'f'.repeat(63)}`]);
    expect(found(`CREATE TABLE z (a text DEFAULT '', b text DEFAULT '"''', "${long('i')}" text);`)).toEqual([`public.z.${'i'.repeat(63)}`]);
    expect(found(`CREATE INDEX "${long('j')}" ON t (x);`)).toEqual(['j'.repeat(63)]);
    expect(found(`CREATE INDEX ${'k'.repeat(62)} ON t (x);`)).toEqual([]);
    // A function's name is read before its text: a long name is found, a long word in the body of a short one is not a name.
    expect(found(`CREATE FUNCTION ${long('m')}() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;`)).toEqual(['m'.repeat(63)]);
    expect(found(`CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 AS ${long('n')} $$;`)).toEqual([]);
    // A long string or a long name that is only referenced defines nothing.
    expect(found(`CREATE TABLE y (note text DEFAULT '${long('g')}');`)).toEqual([]);
    expect(found(`ALTER TABLE t ADD CONSTRAINT short_check CHECK (x <> '"${long('h')}"');`)).toEqual([]);
  });
});
