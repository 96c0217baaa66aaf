// Behaviour of the locking rules that the doc examples cannot express: runner transaction modes
// (implicit, all-pending), layouts' opt-outs, messages naming the right objects, severity overrides.
import { beforeAll, describe, expect, it } from 'vitest';
import { lockingRules } from '../../rules/_locking.js';
import { rules } from '../../rules/index.js';
import { inlineSet, inlineSettings, reviewInline, type InlineReview } from '../../src/analysis/inline.js';
import { runStatic } from '../../src/analysis/static.js';
import { loadParser } from '../../src/sql/parse.js';
import type { Finding, LayoutId, Migration, Settings } from '../../src/types.js';

beforeAll(loadParser);

/** Review with every changed migration run in the given transaction mode. */
function review(r: InlineReview & { mode?: Migration['transactionMode']; note?: string }, settings: Partial<Settings> = {}) {
  const set = inlineSet(r);
  if (r.mode) {
    for (const m of set.migrations) {
      m.transactionMode = r.mode;
      m.transactional = r.mode === 'per-migration' || r.mode === 'all-pending';
      m.transactionNote = r.note ?? r.mode;
    }
  }
  return runStatic(inlineSettings({ ...r.settings, ...settings }), set, lockingRules).findings;
}
const only = (findings: Finding[], id: string) => findings.filter((f) => f.ruleId === id);

const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, status text, customer_id bigint); CREATE TABLE customers (id bigint PRIMARY KEY);';

describe('concurrently-in-transaction', () => {
  it('fires for a multi-statement file sent as one query (Prisma), not for a lone statement', () => {
    const multi = review({ base: [ORDERS], changed: ['CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nALTER TABLE orders ADD COLUMN note text;'], layout: 'prisma', mode: 'implicit' });
    const hits = only(multi, 'concurrently-in-transaction');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.severity).toBe('critical');
    expect(hits[0]!.message).toContain('implicit transaction');
    expect(hits[0]!.fix?.description).toMatch(/alone in its own migration/);
    const lone = review({ base: [ORDERS], changed: ['CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);'], layout: 'prisma', mode: 'implicit' });
    expect(only(lone, 'concurrently-in-transaction')).toHaveLength(0);
  });

  it.each([
    ['dbmate', /migrate:up transaction:false/],
    ['diesel', /run_in_transaction = false/],
    ['postgres-migrations', /postgres-migrations disable-transaction/],
    ['drizzle', /outside drizzle-kit/],
  ] as [LayoutId, RegExp][])('names the %s opt-out', (layout, re) => {
    const f = only(review({ base: [ORDERS], changed: ['DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;'], layout, mode: 'per-migration' }), 'concurrently-in-transaction');
    expect(f).toHaveLength(1);
    expect(f[0]!.fix?.description).toMatch(re);
  });

  it('is low for Supabase CLI migrations, which newer CLIs run outside the transaction', () => {
    const f = only(review({ base: [ORDERS], changed: ['CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);'], layout: 'supabase', mode: 'per-migration' }), 'concurrently-in-transaction');
    expect(f.map((x) => x.severity)).toEqual(['low']);
  });

  it('stays critical for an explicit BEGIN block in a Supabase migration', () => {
    const f = only(review({ base: [ORDERS], changed: ['BEGIN;\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nCOMMIT;'], layout: 'supabase', mode: 'per-migration' }), 'concurrently-in-transaction');
    expect(f.map((x) => x.severity)).toEqual(['critical']);
  });
});

describe('validate-in-same-transaction', () => {
  it('fires across files when the runner applies all pending migrations in one transaction', () => {
    const f = review({
      base: [ORDERS],
      changed: [
        'ALTER TABLE orders ADD CONSTRAINT orders_customer_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;',
        'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fkey;',
      ],
      layout: 'drizzle',
      mode: 'all-pending',
    });
    const hits = only(f, 'validate-in-same-transaction');
    expect(hits).toHaveLength(1);
    expect(hits[0]!.message).toContain('all pending migrations in one transaction');
    expect(hits[0]!.message).toContain('public.customers');
  });

  it('is silent across files when each migration has its own transaction', () => {
    const f = review({
      base: [ORDERS],
      changed: ['ALTER TABLE orders ADD CONSTRAINT orders_status_check CHECK (status <> \'\') NOT VALID;', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_status_check;'],
      mode: 'per-migration',
    });
    expect(only(f, 'validate-in-same-transaction')).toHaveLength(0);
  });
});

describe('enum-value-in-same-transaction', () => {
  const base = ["CREATE TYPE order_status AS ENUM ('pending', 'paid');", "CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL DEFAULT 'pending');"];
  it('fires at the use in a later file when all pending migrations share a transaction', () => {
    const f = only(review({ base, changed: ["ALTER TYPE order_status ADD VALUE 'refunded';", "UPDATE orders SET status = 'refunded' WHERE id = 1;"], mode: 'all-pending' }), 'enum-value-in-same-transaction');
    expect(f).toHaveLength(1);
    expect(f[0]!.file).toBe('0004_change.sql');
    expect(f[0]!.object).toBe('public.order_status.refunded');
  });

  it('forgets a value once its migration committed, and still sees the next migration add and use one', () => {
    const f = only(
      review({
        base,
        changed: ["ALTER TYPE order_status ADD VALUE 'refunded';", "UPDATE orders SET status = 'refunded' WHERE id = 1;\nALTER TYPE order_status ADD VALUE 'void';\nUPDATE orders SET status = 'void' WHERE id = 2;"],
        mode: 'per-migration',
      }),
      'enum-value-in-same-transaction',
    );
    expect(f.map((h) => [h.file, h.object])).toEqual([['0004_change.sql', 'public.order_status.void']]);
  });

  it('ignores the same word in an unrelated text column', () => {
    const f = review({
      base: [...base, 'CREATE TABLE notes (id bigint PRIMARY KEY, kind text);'],
      changed: ["ALTER TYPE order_status ADD VALUE 'refunded';\nINSERT INTO notes (id, kind) VALUES (1, 'refunded');"],
      mode: 'per-migration',
    });
    expect(only(f, 'enum-value-in-same-transaction')).toHaveLength(0);
  });

  it('fails before PostgreSQL 12 for a multi-statement file sent as one query', () => {
    const f = review(
      { base, changed: ["ALTER TYPE order_status ADD VALUE 'refunded';\nALTER TYPE order_status ADD VALUE 'void';"], layout: 'prisma', mode: 'implicit' },
      { pgVersion: 11 },
    );
    expect(only(f, 'enum-value-in-same-transaction')).toHaveLength(2);
  });
});

describe('require-lock-timeout', () => {
  it('reports once per migration and lists every strongly locked table', async () => {
    const r = await reviewInline(
      {
        base: [ORDERS],
        changed: ['ALTER TABLE orders ADD COLUMN note text;\nCREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));\nALTER TABLE invoices ADD COLUMN x int;'],
      },
      lockingRules,
    );
    const f = only(r.findings, 'require-lock-timeout');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('public.orders (ACCESS EXCLUSIVE)');
    expect(f[0]!.message).toContain('public.customers (SHARE ROW EXCLUSIVE)');
    expect(f[0]!.message).not.toContain('public.invoices');
  });

  it('judges every kind of statement that takes a strong lock (STRONG_LOCK_STATEMENTS)', async () => {
    // One migration each: every one of them is the first strong lock of its file.
    const changed = [
      'ALTER TABLE orders ADD COLUMN note text;',
      'ALTER TABLE orders RENAME COLUMN status TO state;',
      'DROP TABLE customers;',
      'TRUNCATE orders;',
      'CREATE TRIGGER t BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION f();',
      'CREATE POLICY p ON orders USING (true);',
      'ALTER POLICY p ON orders USING (false);',
      'CREATE RULE r AS ON INSERT TO orders DO INSTEAD NOTHING;',
      'CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));',
      'LOCK TABLE orders IN EXCLUSIVE MODE;',
      'VACUUM FULL orders;',
      'CLUSTER orders USING orders_pkey;',
      'REFRESH MATERIALIZED VIEW totals;',
      'REINDEX TABLE orders;',
    ];
    const r = await reviewInline({ base: [ORDERS, 'CREATE MATERIALIZED VIEW totals AS SELECT count(*) AS n FROM orders;'], changed }, lockingRules);
    expect(new Set(only(r.findings, 'require-lock-timeout').map((f) => f.file)).size).toBe(changed.length);
  });

  it('accepts set_config and ignores tables locked after the timeout is set', async () => {
    const r = await reviewInline({ base: [ORDERS], changed: ["SELECT set_config('lock_timeout', '3s', false);\nALTER TABLE orders ADD COLUMN note text;"] }, lockingRules);
    expect(only(r.findings, 'require-lock-timeout')).toHaveLength(0);
    const r2 = await reviewInline({ base: [ORDERS], changed: ["ALTER TABLE orders ADD COLUMN note text;\nSET lock_timeout = '3s';\nALTER TABLE customers ADD COLUMN note text;"] }, lockingRules);
    const f = only(r2.findings, 'require-lock-timeout');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).not.toContain('public.customers');
  });

  it('suggests SET LOCAL when the runner wraps the migration', async () => {
    const r = await reviewInline({ base: [ORDERS], changed: [{ sql: 'ALTER TABLE orders ADD COLUMN note text;', transactional: true }] }, lockingRules);
    expect(only(r.findings, 'require-lock-timeout')[0]!.fix?.sql).toBe("SET LOCAL lock_timeout = '5s';");
  });
});

describe('fix SQL and objects', () => {
  it('adding-foreign-key-constraint rewrites the statement with NOT VALID and a separate VALIDATE', async () => {
    const r = await reviewInline({ base: [ORDERS], changed: ['ALTER TABLE orders ADD FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE;'] }, lockingRules);
    const f = only(r.findings, 'adding-foreign-key-constraint')[0]!;
    expect(f.object).toBe('public.orders.orders_customer_id_fkey');
    expect(f.fix?.sql).toContain('ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE NOT VALID;');
    expect(f.fix?.sql).toContain('ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;');
  });

  it('require-concurrent-index-deletion names the table of a constraint-named index', async () => {
    const r = await reviewInline({ base: ['CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);'], changed: ['DROP INDEX users_email_key;'] }, lockingRules);
    const [f] = only(r.findings, 'require-concurrent-index-deletion');
    expect(f!.object).toBe('public.users_email_key');
    expect(f!.title).toBe('Index users_email_key on public.users dropped without CONCURRENTLY');
  });

  it('adding-required-field is critical when the migrations seeded the new table', async () => {
    const r = await reviewInline({ changed: ["CREATE TABLE regions (code text PRIMARY KEY);\nINSERT INTO regions VALUES ('eu');\nALTER TABLE regions ADD COLUMN name text NOT NULL;"] }, lockingRules);
    expect(only(r.findings, 'adding-required-field').map((f) => f.severity)).toEqual(['critical']);
  });

  it("adding-required-field says what a failure leaves for a file whose COMMIT ends the runner's transaction early", async () => {
    const sql = 'ALTER TABLE orders ADD COLUMN a text NOT NULL;\nBEGIN;\nALTER TABLE orders ADD COLUMN b text;\nCOMMIT;\nALTER TABLE orders ADD COLUMN c text NOT NULL;';
    const [before, after] = only(review({ base: [ORDERS], changed: [sql], layout: 'supabase' }), 'adding-required-field');
    expect(before!.message).toMatch(/nothing of the file stays applied: the transaction around it is still open there/);
    expect(after!.message).toMatch(/with the 2 statements before it already applied, leaving the migration half-applied: the file's COMMIT at line 4 ends the transaction around it early/);
  });

  it('adding-required-field and constraint-missing-not-valid judge only the subcommands they report on', async () => {
    const found = async (sql: string, id: string) => only((await reviewInline({ base: [ORDERS], changed: [sql] }, lockingRules)).findings, id).map((f) => f.object);
    // A PRIMARY KEY column is required too; a NOT NULL column with a default is not.
    expect(await found('ALTER TABLE orders ADD COLUMN region text DEFAULT 0, ADD COLUMN code bigint PRIMARY KEY;', 'adding-required-field')).toEqual(['public.orders.code']);
    expect(await found('ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT \'eu\';', 'adding-required-field')).toEqual([]);
    // A CHECK on an added column is proved like ADD CONSTRAINT's; one added NOT VALID is not.
    expect(await found('ALTER TABLE orders ADD CONSTRAINT a CHECK (id > 0) NOT VALID, ADD COLUMN n int CHECK (n > 0);', 'constraint-missing-not-valid')).toEqual(['public.orders.orders_n_check']);
    expect(await found('ALTER TABLE orders ADD CONSTRAINT a CHECK (id > 0) NOT VALID;', 'constraint-missing-not-valid')).toEqual([]);
  });

  it('adding-required-field is silent after the table was emptied', async () => {
    const r = await reviewInline({ base: [ORDERS], changed: ['TRUNCATE orders;\nALTER TABLE orders ADD COLUMN region text NOT NULL;'] }, lockingRules);
    expect(only(r.findings, 'adding-required-field')).toHaveLength(0);
  });
});

describe('changing-column-type', () => {
  const base = ['CREATE TABLE events (id bigint PRIMARY KEY, at timestamp, body varchar(50));'];
  it('is silent for timestamp → timestamptz when the session time zone is UTC', async () => {
    const r = await reviewInline({ base, changed: ["SET timezone = 'UTC';\nALTER TABLE events ALTER COLUMN at TYPE timestamptz;"] }, lockingRules);
    expect(only(r.findings, 'changing-column-type')).toHaveLength(0);
    const r2 = await reviewInline({ base, changed: ['ALTER TABLE events ALTER COLUMN at TYPE timestamptz;'] }, lockingRules);
    expect(only(r2.findings, 'changing-column-type').map((f) => f.severity)).toEqual(['medium']);
  });

  it('is medium when the current type is unknown', async () => {
    const r = await reviewInline({ changed: ['ALTER TABLE legacy ALTER COLUMN name TYPE varchar(200);'] }, lockingRules);
    const f = only(r.findings, 'changing-column-type');
    expect(f.map((x) => x.severity)).toEqual(['medium']);
    expect(f[0]!.message).toContain('cannot see the current type');
  });

  it('reports an index rebuild for text → citext only when the column is indexed', async () => {
    const plain = await reviewInline({ base: ['CREATE TABLE u (id bigint PRIMARY KEY, email text);'], changed: ['ALTER TABLE u ALTER COLUMN email TYPE citext;'] }, lockingRules);
    expect(only(plain.findings, 'changing-column-type')).toHaveLength(0);
    const indexed = await reviewInline({ base: ['CREATE TABLE u (id bigint PRIMARY KEY, email text);', 'CREATE INDEX u_email_idx ON u (email);'], changed: ['ALTER TABLE u ALTER COLUMN email TYPE citext;'] }, lockingRules);
    expect(only(indexed.findings, 'changing-column-type')[0]!.message).toContain('does not rewrite');
  });
});

describe('setting-not-null-field', () => {
  it('is silent when a base migration validated CHECK (col IS NOT NULL)', async () => {
    const r = await reviewInline(
      {
        base: [ORDERS, 'ALTER TABLE orders ADD CONSTRAINT orders_status_nn CHECK (status IS NOT NULL) NOT VALID;', 'ALTER TABLE orders VALIDATE CONSTRAINT orders_status_nn;'],
        changed: ['ALTER TABLE orders ALTER COLUMN status SET NOT NULL;'],
      },
      lockingRules,
    );
    expect(only(r.findings, 'setting-not-null-field')).toHaveLength(0);
  });

  it('fires when the check was never validated, and suggests NOT NULL NOT VALID on PostgreSQL 18', async () => {
    const r = await reviewInline(
      { base: [ORDERS, 'ALTER TABLE orders ADD CONSTRAINT orders_status_nn CHECK (status IS NOT NULL) NOT VALID;'], changed: ['ALTER TABLE orders ALTER COLUMN status SET NOT NULL;'], settings: { pgVersion: 18 } },
      lockingRules,
    );
    const f = only(r.findings, 'setting-not-null-field');
    expect(f).toHaveLength(1);
    expect(f[0]!.fix?.sql).toContain('NOT NULL status NOT VALID');
  });
});

describe('schema model: DROP SCHEMA … CASCADE', () => {
  it('forgets the tables of a dropped schema, so a table created again in the PR takes no lock finding', async () => {
    const r = await reviewInline(
      {
        base: ['CREATE SCHEMA referral; CREATE TABLE referral.invitation (id bigint PRIMARY KEY, referrer_id bigint);', 'DROP SCHEMA IF EXISTS referral CASCADE;'],
        changed: ['CREATE SCHEMA referral;\nCREATE TABLE referral.invitation (id bigint PRIMARY KEY, referrer_id bigint);\nCREATE INDEX invitation_referrer_idx ON referral.invitation (referrer_id);'],
      },
      rules,
    );
    expect(only(r.findings, 'require-concurrent-index-creation')).toEqual([]);
  });

  it('still flags an index on a table of a schema that was not dropped', async () => {
    const r = await reviewInline(
      {
        base: ['CREATE SCHEMA referral; CREATE TABLE referral.invitation (id bigint PRIMARY KEY, referrer_id bigint);', 'DROP SCHEMA IF EXISTS other CASCADE;'],
        changed: ['CREATE INDEX invitation_referrer_idx ON referral.invitation (referrer_id);'],
      },
      rules,
    );
    expect(only(r.findings, 'require-concurrent-index-creation').map((f) => f.object)).toEqual(['referral.invitation_referrer_idx']);
  });
});

describe('index rules name the index and its table', () => {
  it('two index builds on one table are two objects', async () => {
    const r = await reviewInline(
      { base: ['CREATE TABLE public.deals (id bigint PRIMARY KEY, stage text, owner_id bigint);'], changed: ['CREATE INDEX deals_stage_idx ON public.deals (stage);\nCREATE INDEX ON public.deals (owner_id);'] },
      rules,
    );
    const fs = r.findings.filter((f) => f.ruleId === 'require-concurrent-index-creation');
    expect(fs.map((f) => f.object)).toEqual(['public.deals_stage_idx', 'public.deals_owner_id_idx']);
    expect(fs[0]!.title).toBe('Index deals_stage_idx on public.deals built without CONCURRENTLY');
  });

  it('a quoted mixed-case table is shown as Postgres prints it, an unquoted one folded', async () => {
    const r = await reviewInline(
      { base: ['CREATE TABLE public."Recipient" (id bigint PRIMARY KEY, email text);', 'CREATE TABLE public.Recipient (id bigint PRIMARY KEY, email text);'], changed: ['CREATE INDEX "Recipient_email_idx" ON public."Recipient" (email);\nCREATE INDEX recipient_email_idx ON public.Recipient (email);'] },
      rules,
    );
    const fs = r.findings.filter((f) => f.ruleId === 'require-concurrent-index-creation');
    expect(fs.map((f) => f.object)).toEqual(['public."Recipient_email_idx"', 'public.recipient_email_idx']);
    expect(fs[0]!.message).toContain('public."Recipient"');
    expect(fs[1]!.message).toContain('public.recipient ');
  });
});

describe('clone (fix subcommand copies)', () => {
  it('copies an AST value as a JSON round trip would, sharing nothing with it', async () => {
    const { clone } = await import('../../rules/_locking-util.js');
    const { parseSource } = await import('../../src/sql/parse.js');
    const parsed = parseSource({ file: 'a.sql', text: "ALTER TABLE t ADD COLUMN a int DEFAULT 1, ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u (id), DROP COLUMN b;" } as any, {
      migration: { id: 'a' } as any,
      direction: 'up',
    });
    const node = parsed.statements[0]!.node;
    const copy = clone(node.cmds);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(node.cmds));
    expect(copy).toEqual(JSON.parse(JSON.stringify(node.cmds)));
    copy[0].AlterTableCmd.def.ColumnDef.colname = 'changed';
    expect(node.cmds[0].AlterTableCmd.def.ColumnDef.colname).toBe('a');
    // The round trip's edge cases: undefined left out (in an array: null), non-finite numbers null, "__proto__" an own key.
    const odd = JSON.parse('{"__proto__": {"x": 1}, "n": [1, 2]}');
    odd.u = undefined;
    odd.n.push(undefined, Infinity);
    expect(JSON.stringify(clone(odd))).toBe(JSON.stringify(JSON.parse(JSON.stringify(odd))));
    expect(Object.keys(clone(odd))).toEqual(['__proto__', 'n']);
    expect(clone('text')).toBe('text');
  });
});
