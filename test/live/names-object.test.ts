// One "names this object" test for the live stage (src/live/locator.ts: namesObject): where a live
// finding goes, whether a changed statement's "does not exist" follows from a base statement the
// engine left out (gaps.ts), and which down migration a leftover belongs to (the reversibility
// probe). A name only in a comment or a string literal does not count; the SQL an EXECUTE runs does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { environmentCause, environmentCauses, markEnvironmentFailures } from '../../src/live/gaps.js';
import { reversibilityProbe } from '../../src/live/probes/reversibility.js';
import { engines, Harness } from '../probes/harness.js';

const ITEMS = 'CREATE TABLE public.items (id int PRIMARY KEY, body text);';
/** A base statement every engine leaves out (a gap): it calls a function no history creates. */
const leftOut = (sql: string) => `${ITEMS}\n${sql}`;

describe.each(engines)('a name in code, not in a comment or a string, on %s', (_name, make) => {
  let h: Harness;
  beforeAll(async () => {
    h = await new Harness(make()).start();
  });
  afterAll(() => h.stop());

  /** The changed statement's error, and the environment's cause for it (undefined: the migration's own). */
  async function causeOf(base: string, change: string) {
    const r = await h.run({ base: [base], changed: [change], probes: [] });
    expect(r.trace.gaps.map((g) => g.kind)).toEqual([expect.any(String)]);
    markEnvironmentFailures(r.trace, r.input.sources);
    const changed = r.trace.migrations.find((m) => m.status !== 'base')!;
    const failed = changed.trace!.find((t) => t.error)!;
    expect(failed.error!.message).toMatch(/relation "public\.orders" does not exist/);
    const cause = environmentCause(failed.error!, r.trace, r.input.sources, undefined, { file: changed.file, line: failed.line });
    // What the migration-failed rule reads: the cause stored for the traced statement, the one the migration was marked with.
    expect(environmentCauses(r.trace, r.input.sources).get(failed)).toEqual(cause);
    return { cause, couldNotVerify: changed.couldNotVerify };
  }

  it("a left-out base statement that names public.orders only in a comment and a string literal is not its cause: the PR's own failure", async () => {
    const { cause, couldNotVerify } = await causeOf(
      leftOut(`CREATE VIEW public.labels AS SELECT id, 'see public.orders' AS note /* public.orders */ FROM public.items WHERE public.no_such_fn(id);`),
      'ALTER TABLE public.orders ADD COLUMN note text;',
    );
    expect(cause).toBeUndefined();
    expect(couldNotVerify).toBeUndefined();
  });

  it('one that creates it in code, or runs SQL that does through EXECUTE, is: could not verify', async () => {
    const created = await causeOf(leftOut('CREATE TABLE public.orders AS SELECT id FROM public.items WHERE public.no_such_fn(id);'), 'ALTER TABLE public.orders ADD COLUMN note text;');
    expect(created.cause?.cause).toMatch(/"public\.orders" comes from 0001_base\.sql:\d+, which the review engine could not run/);
    expect(created.couldNotVerify).toBe(created.cause!.cause);
    const dynamic = await causeOf(
      leftOut(`DO $$ BEGIN PERFORM public.no_such_fn(1); EXECUTE 'CREATE TABLE public.orders (id int)'; END $$;`),
      'ALTER TABLE public.orders ADD COLUMN note text;',
    );
    expect(dynamic.cause?.cause).toMatch(/"public\.orders" comes from 0001_base\.sql:\d+/);
  });

  it('reversibility: a leftover goes on the down of the up that names it, not on a newer down that names it in a comment or a string', async () => {
    const r = await h.run({
      base: [ITEMS],
      changed: [
        { sql: 'CREATE INDEX IF NOT EXISTS items_body_idx ON public.items (body);', down: 'SELECT 1;' },
        { sql: 'ALTER TABLE public.items ADD COLUMN note text;', down: `ALTER TABLE public.items DROP COLUMN note /* items_body_idx: the previous down's */;\nCOMMENT ON TABLE public.items IS 'items_body_idx stays';` },
      ],
      probes: [reversibilityProbe],
    });
    expect(r.findings.map((f) => [f.ruleId, f.object, f.file])).toEqual([['down-migration-incomplete', 'public.items_body_idx', '0002_change.down.sql']]);
  });
});
