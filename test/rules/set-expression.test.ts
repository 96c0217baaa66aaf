// ALTER COLUMN … SET EXPRESSION (PostgreSQL 17) and DROP EXPRESSION on a table with rows, checked
// against a real database: whether Postgres rewrites the table and its indexes (relfilenode), which
// lock it holds (pg_locks), and whether the fix changing-column-type gives runs and does what it says.
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewInline } from '../../src/analysis/inline.js';
import { rules } from '../../rules/index.js';
import type { Settings } from '../../src/types.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { environmentCause } from '../../src/live/gaps.js';
import { review } from '../../src/review.js';
import { defaultSettings } from '../../src/config.js';
import { findPgBinaries } from '../../src/engines/local.js';
import { parsed } from '../engines/helpers.js';
import { tempDir } from '../temp-dirs.js';

const BASE =
  'CREATE TABLE public.orders (id bigint PRIMARY KEY, net int, tax int, gross int GENERATED ALWAYS AS (net + tax) STORED);\nCREATE INDEX orders_gross_idx ON public.orders (gross);';
const SET = 'ALTER TABLE public.orders ALTER COLUMN gross SET EXPRESSION AS (net + tax + 1);';
const DROP = 'ALTER TABLE public.orders ALTER COLUMN gross DROP EXPRESSION;';

const findings = async (sql: string, rule: string, settings: Partial<Settings> = {}, base = BASE) =>
  (await reviewInline({ base: [base], changed: [sql], settings }, rules)).findings.filter((f) => f.ruleId === rule);

describe('SET EXPRESSION and DROP EXPRESSION on a table with rows (PostgreSQL 17)', () => {
  let db: PGlite;
  beforeAll(async () => {
    db = new PGlite();
    await db.exec(`${BASE}\nINSERT INTO public.orders (id, net, tax) SELECT g, g, 1 FROM generate_series(1, 1000) g;`);
  });
  afterAll(() => db.close());

  const files = async () =>
    (await db.query<{ relname: string; n: number }>(`select relname, relfilenode as n from pg_class where relname in ('orders', 'orders_pkey', 'orders_gross_idx') order by relname`)).rows;
  /** What the SQL does to public.orders, read inside a transaction that is rolled back. */
  const effect = async (sql: string) => {
    const before = await files();
    await db.exec(`BEGIN;\n${sql}`);
    try {
      const after = await files();
      const rewritten = after.filter((r, i) => r.n !== before[i]!.n).map((r) => r.relname);
      const modes = (await db.query<{ mode: string }>(`select mode from pg_locks where relation = 'public.orders'::regclass and pid = pg_backend_pid()`)).rows.map((r) => r.mode);
      return { rewritten, modes };
    } finally {
      await db.exec('ROLLBACK;');
    }
  };

  it('SET EXPRESSION rewrites the table and every index under ACCESS EXCLUSIVE, and changing-column-type says so', async () => {
    expect(await effect(SET)).toEqual({ rewritten: ['orders', 'orders_gross_idx', 'orders_pkey'], modes: expect.arrayContaining(['AccessExclusiveLock']) });
    // The same expression again still rewrites: Postgres does not compare them.
    expect((await effect('ALTER TABLE public.orders ALTER COLUMN gross SET EXPRESSION AS (net + tax);')).rewritten).toContain('orders');
    const [f, ...more] = await findings(SET, 'changing-column-type');
    expect(more).toEqual([]);
    expect(f!.object).toBe('public.orders.gross');
    expect(f!.severity).toBe('high');
    expect(f!.title).toBe('Generated column expression change rewrites an existing table');
    expect(f!.evidence).toMatchObject({ lock: 'ACCESS EXCLUSIVE', expression: true });
    // The static lock rule names the lock SET EXPRESSION takes.
    expect((await findings(SET, 'require-lock-timeout'))[0]!.evidence).toMatchObject({ tables: { 'public.orders': 'ACCESS EXCLUSIVE' } });
  });

  it('DROP EXPRESSION keeps the values and rewrites nothing (ACCESS EXCLUSIVE, briefly): no rewrite finding', async () => {
    expect(await effect(DROP)).toEqual({ rewritten: [], modes: ['AccessExclusiveLock'] });
    expect(await findings(DROP, 'changing-column-type')).toEqual([]);
  });

  it('the fix runs: no rewrite, and after the backfill every row and every new row holds the new expression', async () => {
    const [f] = await findings(SET, 'changing-column-type');
    const sql = f!.fix!.sql!;
    expect(sql.split('\n')[0]).toBe(DROP);
    const backfill = sql.split('\n').find((l) => l.startsWith('-- backfill'))!;
    expect(backfill).toBe('-- backfill in batches: UPDATE public.orders SET gross = (net + tax) + 1 WHERE <key range>;');
    const before = await files();
    await db.exec(`BEGIN;\n${sql}`);
    try {
      expect(await files()).toEqual(before);
      await db.exec(backfill.replace('-- backfill in batches: ', '').replace('<key range>', 'id BETWEEN 1 AND 1000'));
      await db.exec('INSERT INTO public.orders (id, net, tax) VALUES (5000, 10, 2); UPDATE public.orders SET net = 20 WHERE id = 1;');
      const wrong = (await db.query<{ n: number }>('select count(*)::int as n from public.orders where gross is distinct from net + tax + 1')).rows[0]!.n;
      expect(wrong).toBe(0);
    } finally {
      await db.exec('ROLLBACK;');
    }
  });
});

describe('SET EXPRESSION where it does not rewrite, or cannot run', () => {
  it('a VIRTUAL generated column (PostgreSQL 18) is computed on read: no finding', async () => {
    const base = 'CREATE TABLE public.orders (id bigint PRIMARY KEY, net int, tax int, gross int GENERATED ALWAYS AS (net + tax) VIRTUAL);';
    expect(await findings(SET, 'changing-column-type', { pgVersion: 18 }, base)).toEqual([]);
  });

  it('a table the pull request creates: no finding', async () => {
    expect(await findings(`${BASE.replaceAll('orders', 'invoices')}\n${SET.replaceAll('orders', 'invoices')}`, 'changing-column-type', {}, 'SELECT 1;')).toEqual([]);
  });

  it('needs-newer-postgres: production on PostgreSQL 16 rejects SET EXPRESSION (measured on 15: a syntax error); 17 runs it', async () => {
    const [f] = await findings(SET, 'needs-newer-postgres', { pgVersion: 16 });
    expect(f!.severity).toBe('critical');
    expect(f!.message).toContain('ALTER COLUMN … SET EXPRESSION, which needs PostgreSQL 17; production runs PostgreSQL 16');
    expect(await findings(SET, 'needs-newer-postgres', { pgVersion: 17 })).toEqual([]);
    expect(await findings(SET, 'needs-newer-postgres')).toEqual([]);
    // DROP EXPRESSION is older (PostgreSQL 13).
    expect(await findings(DROP, 'needs-newer-postgres', { pgVersion: 15 })).toEqual([]);
  });
});

describe('SET EXPRESSION on a review server older than 17 (the local engine runs PostgreSQL 15 here)', () => {
  it("a syntax error at SET EXPRESSION is the review server's age, not the migration's failure", async () => {
    const pr = await parsed('002_expr', `select 1;\n${SET}\n`);
    const trace = { gaps: [], migrations: [], preset: 'plain' as const };
    const err = { message: 'syntax error at or near "EXPRESSION"', code: '42601' };
    expect(environmentCause(err, trace, [pr], undefined, { file: pr.source.file, line: 2 })).toMatchObject({ cause: expect.stringMatching(/SET EXPRESSION, which needs PostgreSQL 17, and the review server is older/) });
    // A syntax error elsewhere stays the migration's.
    expect(environmentCause(err, trace, [pr], undefined, { file: pr.source.file, line: 1 })).toBeUndefined();
  });

  const dir = tempDir('pgreview-set-expression-');
  mkdirSync(path.join(dir, 'db', 'migrations'), { recursive: true });
  writeFileSync(path.join(dir, 'db/migrations/20240101000000_init.sql'), `-- migrate:up\n${BASE}\n\n-- migrate:down\ndrop table public.orders;\n`);
  writeFileSync(path.join(dir, 'db/migrations/20240102000000_expr.sql'), `-- migrate:up\n${SET}\n\n-- migrate:down\n${DROP}\n`);

  it.skipIf(!findPgBinaries())('is "could not verify" on the local engine, never a failed verdict', async () => {
    const r = await review(defaultSettings({ dir: path.join(dir, 'db', 'migrations'), engine: 'local', format: 'json', changed: ['20240102000000_expr.sql'] }));
    expect(r.verdict).not.toBe('fail');
    const m = r.migrations.find((x) => x.file.endsWith('20240102000000_expr.sql'))!;
    expect(m.couldNotVerify).toMatch(/needs PostgreSQL 17/);
    expect(r.findings.filter((f) => f.ruleId === 'migration-failed').map((f) => f.severity)).toEqual(['info']);
    expect(r.findings.filter((f) => f.ruleId === 'changing-column-type').map((f) => f.object)).toEqual(['public.orders.gross']);
  }, 240_000);
});
