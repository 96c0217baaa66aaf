// The data-volume rehearsal scales with what grows with the rows: which statements it rehearses and
// which tables it seeds, on real Postgres (pglite and local), and the classification behind it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataVolumeProbe, dependsOnRows, PARENT_ROWS, type Rehearsal } from '../../src/live/probes/data-volume.js';
import { loadParser, parseStatementsSync } from '../../src/sql/parse.js';
import { engines, Harness } from './harness.js';

describe('dependsOnRows', () => {
  beforeAll(() => loadParser());
  const rows = (sql: string, versionNum = 170000, domains = new Set<string>()) => {
    const [st] = parseStatementsSync(sql);
    return dependsOnRows(st!.kind, st!.node, versionNum, domains);
  };

  it('catalog-only changes: nullable columns, stored defaults, NOT VALID constraints, drops', () => {
    for (const sql of [
      'ALTER TABLE t ADD COLUMN c text',
      'ALTER TABLE t ADD COLUMN IF NOT EXISTS c integer NOT NULL DEFAULT 0',
      'ALTER TABLE t ADD COLUMN c timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP',
      'ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now()',
      "ALTER TABLE t ADD COLUMN c text[] DEFAULT ARRAY[]::text[], ADD COLUMN d jsonb DEFAULT '{}'::jsonb",
      'ALTER TABLE t ADD CONSTRAINT c_pos CHECK (c > 0) NOT VALID',
      'ALTER TABLE t ADD CONSTRAINT t_p_fkey FOREIGN KEY (p) REFERENCES p (id) NOT VALID',
      'ALTER TABLE t DROP COLUMN c, DROP CONSTRAINT x, ALTER COLUMN d DROP NOT NULL, ALTER COLUMN e SET DEFAULT 1',
      'ALTER TABLE t ENABLE ROW LEVEL SECURITY',
      'DROP TABLE t',
      'CREATE TABLE x (id int PRIMARY KEY)',
      'CREATE TYPE e AS ENUM (\'a\')',
    ]) {
      expect(rows(sql), sql).toBe(false);
    }
  });

  it('work on the rows: index builds, rewrites, validating scans, backfills, and what fails on existing rows', () => {
    for (const sql of [
      'CREATE INDEX t_c_idx ON t (c)',
      'CREATE UNIQUE INDEX CONCURRENTLY t_c_key ON t (c)',
      'ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid()',
      'ALTER TABLE t ADD COLUMN c integer NOT NULL',
      'ALTER TABLE t ADD COLUMN c bigserial',
      'ALTER TABLE t ADD COLUMN c integer UNIQUE',
      'ALTER TABLE t ADD COLUMN c integer REFERENCES p (id)',
      'ALTER TABLE t ADD COLUMN c integer CHECK (c > 0)',
      'ALTER TABLE t ADD COLUMN c integer GENERATED ALWAYS AS (a + 1) STORED',
      'ALTER TABLE t ALTER COLUMN c SET NOT NULL',
      'ALTER TABLE t ALTER COLUMN c TYPE bigint',
      'ALTER TABLE t ADD CONSTRAINT c_pos CHECK (c > 0)',
      'ALTER TABLE t ADD CONSTRAINT t_p_fkey FOREIGN KEY (p) REFERENCES p (id)',
      'ALTER TABLE t ADD PRIMARY KEY (id)',
      'ALTER TABLE t VALIDATE CONSTRAINT c_pos',
      'ALTER TABLE t ADD COLUMN note text, ALTER COLUMN c SET NOT NULL',
      "UPDATE t SET c = 'x' WHERE c IS NULL",
      'DELETE FROM t WHERE c IS NULL',
      'INSERT INTO x SELECT * FROM t',
      'CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1)',
    ]) {
      expect(rows(sql), sql).toBe(true);
    }
  });

  it('a default is stored in the catalog only from PostgreSQL 11; a column of a domain is checked row by row', () => {
    expect(rows('ALTER TABLE t ADD COLUMN c integer NOT NULL DEFAULT 0', 100000)).toBe(true);
    expect(rows('ALTER TABLE t ADD COLUMN c public.slug', 170000, new Set(['slug']))).toBe(true);
  });
});

describe.each(engines)('data-volume rehearsal on %s', (_name, make) => {
  let h: Harness;
  beforeAll(async () => {
    h = await new Harness(make()).start();
  });
  afterAll(() => h.stop());

  const BASE = `CREATE TABLE public.accounts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.events (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, account_id bigint NOT NULL REFERENCES public.accounts (id), amount integer NOT NULL CHECK (amount >= 0), note text);
CREATE TABLE public.notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text);`;

  it('rehearses only the work that grows with the rows of tables that existed before, and seeds only those tables', async () => {
    const r = await h.run({
      base: [BASE],
      changed: [
        // catalog-only on an existing table: not rehearsed, notes not seeded
        { sql: 'ALTER TABLE public.notes ADD COLUMN tag text;\nCOMMENT ON COLUMN public.notes.tag IS $$a tag$$;', transactional: true },
        // a table the PR creates is empty in production: its index build is not rehearsed
        'CREATE TABLE public.labels (id int PRIMARY KEY, name text);\nCREATE INDEX labels_name_idx ON public.labels (name);',
        // the ADD COLUMN's lock is held across the index build in the runner's transaction: both rehearsed
        { sql: 'ALTER TABLE public.events ADD COLUMN kind text;\nCREATE INDEX events_kind_idx ON public.events (kind);', transactional: true },
        // a constraint validated inside a DO block: the scan is the DO block's
        `DO $$ BEGIN ALTER TABLE public.events ADD CONSTRAINT events_amount_small CHECK (amount < 1000000); END $$;`,
      ],
      settings: { rows: 200 },
      probes: [dataVolumeProbe],
    });
    const rehearsal = r.input.prepared!['data-volume'] as Rehearsal;
    expect(rehearsal.notSeeded).toEqual([]);
    expect(rehearsal.tableRows).toEqual({ 'public.events': 200 });
    // accounts only gives events.account_id values (not a unique key there): it gets fewer rows, shared round-robin.
    expect(rehearsal.parentRows).toEqual({ 'public.accounts': PARENT_ROWS });
    expect(rehearsal.statements.map((t) => [t.file, t.line, t.kind])).toEqual([
      ['0004_change.sql', 1, 'AlterTableStmt'],
      ['0004_change.sql', 2, 'IndexStmt'],
      ['0005_change.sql', 1, 'DoStmt'],
    ]);
    const [add, index] = rehearsal.statements;
    expect(add!.locks).toEqual([{ relation: 'public.events', mode: 'ACCESS EXCLUSIVE' }]);
    // held until the runner's transaction commits: through the index build
    expect(add!.heldMs).toBeGreaterThanOrEqual(index!.ms);
    expect(r.results[0]).toMatchObject({ probe: 'data-volume', status: 'passed' });
    expect(r.results[0]!.details!.some((d) => /0004_change\.sql:2 IndexStmt: .* at 200 rows of public\.events, SHARE held/.test(d))).toBe(true);
    // the rehearsal was rolled back: the traced run applied everything on the empty base
    expect(r.trace.migrations.every((m) => m.applied === 'applied')).toBe(true);
    expect(Number((await h.db.query<{ n: string }>('select count(*)::text as n from public.events')).rows[0]!.n)).toBe(0);
  });

  it('a backfill that leaves NULLs, then SET NOT NULL: fails on the seeded rows, after catalog-only statements run in one batch', async () => {
    const r = await h.run({
      base: [BASE],
      changed: [
        `CREATE TABLE public.tags (id int PRIMARY KEY);\nCOMMENT ON TABLE public.tags IS 'tags';\nALTER TABLE public.notes ADD COLUMN tag_id int;`,
        `UPDATE public.events SET note = 'n/a' WHERE id % 2 = 1;\nALTER TABLE public.events ALTER COLUMN note SET NOT NULL;`,
      ],
      settings: { rows: 100 },
      probes: [dataVolumeProbe],
    });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'data-dependent-failure', file: '0003_change.sql', line: 2, object: 'public.events' });
    // seeded nullable columns hold NULL in one row of ten; the backfill fills the odd ids only
    expect(r.findings[0]!.evidence!.violatingRows).toBeGreaterThan(0);
    expect((r.input.prepared!['data-volume'] as Rehearsal).tableRows).toEqual({ 'public.events': 100 });
  });

  it('a concurrent index build is timed as a plain build and not reported as holding the SHARE lock the rehearsal took', async () => {
    const r = await h.run({
      base: [BASE],
      changed: ['CREATE INDEX CONCURRENTLY IF NOT EXISTS events_note_idx ON public.events (note);'],
      settings: { rows: 100 },
      probes: [dataVolumeProbe],
    });
    const [build] = (r.input.prepared!['data-volume'] as Rehearsal).statements;
    // The rehearsal is a transaction: the plain build takes SHARE there, production takes SHARE UPDATE EXCLUSIVE.
    expect(build).toMatchObject({ kind: 'IndexStmt', concurrently: true, locks: [{ relation: 'public.events', mode: 'SHARE' }] });
    const result = r.results[0]!;
    expect(result.status).toBe('passed');
    expect(result.summary).toMatch(/longest lock hold none: only concurrent builds, which block no writes/);
    const line = result.details!.find((d) => /_change\.sql:1 IndexStmt CONCURRENTLY: /.test(d));
    expect(line).toMatch(/at 100 rows of public\.events as a plain build .* holds SHARE UPDATE EXCLUSIVE, which blocks neither reads nor writes/);
    expect(line).not.toMatch(/SHARE held/);
    // No production size given: no estimate made, and the summary says how to get one (it claimed estimates before).
    expect(result.summary).toMatch(/; give --expected-rows table=count for estimates at production size$/);
    const sized = await h.run({
      base: [BASE],
      changed: ['CREATE INDEX CONCURRENTLY IF NOT EXISTS events_note_idx ON public.events (note);'],
      settings: { rows: 100, expectedRows: { 'public.events': 1_000_000 } },
      probes: [dataVolumeProbe],
    });
    expect(sized.results[0]!.summary).toMatch(/; estimates in the details$/);
    expect(sized.results[0]!.details!.some((d) => /IndexStmt CONCURRENTLY: .*; estimate at 1,000,000 rows: ~.* for the plain build/.test(d))).toBe(true);
  });

  it('a PR without work that grows with the rows seeds nothing', async () => {
    const none = await h.run({ base: [BASE], changed: ['ALTER TABLE public.events ADD COLUMN kind text NOT NULL DEFAULT $$a$$, DROP COLUMN note;\nDROP TABLE public.notes;'], probes: [dataVolumeProbe] });
    expect((none.input.prepared!['data-volume'] as Rehearsal).tableRows).toEqual({});
    expect(none.results[0]).toMatchObject({ probe: 'data-volume', status: 'not-applicable' });
    expect(Number((await h.db.query<{ n: string }>('select count(*)::text as n from public.accounts')).rows[0]!.n)).toBe(0);
  });
});
