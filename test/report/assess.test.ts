import { describe, expect, it } from 'vitest';
import { assess } from '../../src/report/assess.js';
import { computeConfidence, WEIGHTS } from '../../src/report/confidence.js';
import { validationQueries } from '../../src/report/validation.js';
import { renderMarkdown } from '../../src/report/render/markdown.js';
import { coverage, finding, input, migrationSet, objects, PGLITE, report, settings } from './fixtures.js';

const FILE = 'supabase/migrations/20250101000000_init.sql';

describe('verdict', () => {
  it('passes with no findings and says how it was checked', () => {
    const r = assess(input());
    expect(r.verdict).toBe('pass');
    expect(r.verdictReason).toBe('No findings in 1 changed migration (10 statements), checked statically and by applying them live.');
  });

  it('any high finding → pass with conditions; any critical → fail, naming the driver', () => {
    const high = finding({ ruleId: 'fk-missing-index', severity: 'high', category: 'performance', object: 'public.orders.customer_id', title: 'Foreign key without an index' });
    expect(assess(input({ findings: [high] })).verdict).toBe('pass_with_conditions');
    const crit = finding({ ruleId: 'rls-missing', severity: 'critical', category: 'security', object: 'public.documents', title: 'RLS is not enabled on public.documents' });
    const crit2 = finding({ ruleId: 'rls-missing', severity: 'critical', category: 'security', object: 'public.notes', title: 'RLS is not enabled on public.notes' });
    const r = assess(input({ findings: [high, crit, crit2] }));
    expect(r.verdict).toBe('fail');
    expect(r.verdictReason).toBe('2 critical findings: RLS is not enabled on public.documents (+1 more).');
  });

  it('a changed migration that failed to apply fails the review even without findings', () => {
    const r = assess(input({ migrations: [report({ file: FILE, applied: 'failed', error: { message: 'relation "users" does not exist', line: 4 } })] }));
    expect(r.verdict).toBe('fail');
    expect(r.verdictReason).toBe(`${FILE} failed to apply at line 4: relation "users" does not exist.`);
    expect(r.decisionMatrix.find((d) => d.item === 'Deploy & transactions')!.status).toBe('fail');
    expect(r.riskMatrix.find((x) => x.risk === 'deploy-failure')!.likelihood).toBe('high');
  });

  it('a failed base migration makes the review inconclusive, never a pass, and says what to do', () => {
    const set = migrationSet([{ file: 'supabase/migrations/0001_base.sql', status: 'base' }, { file: FILE }]);
    const base = report({ file: 'supabase/migrations/0001_base.sql', status: 'base', applied: 'failed', error: { message: 'extension "http" is not available', line: 1 } });
    const r = assess(input({ set, migrations: [base, report({ file: FILE })] }));
    expect(r.verdict).toBe('inconclusive');
    expect(r.confidenceFactors.map((f) => f.factor)).toContain('base history failed');
    expect(r.verdictReason).toMatch(/base history did not build.*0001_base\.sql at line 1: extension "http" is not available/);
    expect(r.nextStep).toMatch(/an engine that has the http extension/);
    expect(r.checklist.some((c) => c.source === 'live:apply' && c.done)).toBe(false);
  });

  it('a changed migration that fails after a broken base history is not blamed on the PR', () => {
    const set = migrationSet([{ file: 'supabase/migrations/0001_base.sql', status: 'base' }, { file: FILE }]);
    const failedAfter = report({ file: FILE, applied: 'failed', error: { message: 'relation "profiles" does not exist', line: 1 } });
    const applyFinding = finding({ ruleId: 'migration-failed', severity: 'critical', category: 'deploy', phase: 'live', file: FILE });
    const r = assess(input({ set, findings: [applyFinding], migrations: [report({ file: 'supabase/migrations/0001_base.sql', status: 'base', applied: 'failed' }), failedAfter] }));
    expect(r.verdict).toBe('inconclusive');
    expect(r.verdictReason).toMatch(/then failed too, which may follow from it/);
    // A static critical finding still fails: the SQL says it, whatever the engine did.
    const rls = finding({ ruleId: 'rls-missing', severity: 'critical', category: 'security', file: FILE });
    expect(assess(input({ set, findings: [applyFinding, rls], migrations: [report({ file: 'supabase/migrations/0001_base.sql', status: 'base', applied: 'failed' }), failedAfter] })).verdict).toBe('fail');
  });

  it('nothing selected for review is inconclusive and says why, not that an engine is missing', () => {
    const set = { ...migrationSet([{ file: 'prisma/migrations/1_init/migration.sql', status: 'base' }]), changedSource: 'flag' as const };
    const r = assess(input({ set, settings: settings({ changed: ['prisma/migrations/2_typo'] }), migrations: [], coverage: coverage({ liveRan: false, liveSkippedReason: 'no changed migrations' }) }));
    expect(r.verdict).toBe('inconclusive');
    expect(r.verdictReason).toBe('No migration was reviewed: no migration file or folder matches --changed (prisma/migrations/2_typo).');
    expect(r.nextStep).toMatch(/--changed/);
    expect(r.nextStep).not.toMatch(/engine/i);
  });

  it('no live run (when one was asked for) or little evidence is inconclusive; --engine none is a static review', () => {
    const off = assess(input({ coverage: coverage({ liveRan: false, statementsExecuted: 0, liveSkippedReason: 'no engine could start' }) }));
    expect(off.verdict).toBe('inconclusive');
    expect(off.verdictReason).toMatch(/could not be applied live \(no engine could start\)/);
    expect(off.nextStep).toMatch(/--engine none/);
    const staticOnly = assess(input({ settings: settings({ engine: 'none' }), coverage: coverage({ liveRan: false, statementsExecuted: 0 }) }));
    expect(staticOnly.verdict).toBe('pass');
    const thin = assess(input({ coverage: coverage({ statementsExecuted: 0, probesNotRun: 3, objectsProbed: 0, objectsNotProbed: 4 }) }));
    expect(thin.confidence).toBeLessThan(50);
    expect(thin.verdict).toBe('inconclusive');
  });

  it('thresholds are configurable', () => {
    const high = finding({ ruleId: 'x', severity: 'high', category: 'locking' });
    const medium = finding({ ruleId: 'y', severity: 'medium', category: 'locking' });
    expect(assess(input({ settings: { ...settings(), verdict: { failOn: 'high', conditionsOn: 'medium' } }, findings: [high] })).verdict).toBe('fail');
    expect(assess(input({ settings: { ...settings(), verdict: { failOn: 'high', conditionsOn: 'medium' } }, findings: [medium] })).verdict).toBe('pass_with_conditions');
    expect(assess(input({ findings: [medium] })).verdict).toBe('pass');
  });

  it('the reason is one sentence', () => {
    for (const findings of [[], [finding({ ruleId: 'a', severity: 'low', category: 'style' })], [finding({ ruleId: 'b', severity: 'critical', category: 'security' })]]) {
      const reason = assess(input({ findings })).verdictReason;
      expect(reason).not.toContain('\n');
      expect(reason.endsWith('.')).toBe(true);
      expect(reason.slice(0, -1)).not.toMatch(/\.\s/);
    }
  });
});

describe('confidence', () => {
  const score = (patch: Parameters<typeof coverage>[0], migrations = [report({ file: FILE })]) => computeConfidence(coverage(patch), migrations).confidence;

  it('is 100 only with full coverage, and every penalty is listed', () => {
    expect(score({})).toBe(100);
    const { confidence, factors } = computeConfidence(coverage({ statementsParsed: 9, liveRan: false, liveSkippedReason: 'no Docker', engineLimits: ['no pgvector'] }), []);
    expect(confidence).toBe(100 - factors.reduce((s, f) => s + f.penalty, 0));
    expect(factors.map((f) => f.factor)).toEqual(['unparsed statements', 'live run did not happen', 'engine limit']);
    expect(factors[1]!.detail).toContain('no Docker');
  });

  it('differs for each kind of missing evidence', () => {
    const variants = {
      full: {},
      unparsed: { statementsParsed: 8 },
      unparseableFile: { filesUnparseable: 1 },
      liveOff: { liveRan: false },
      halfExecuted: { statementsExecuted: 5 },
      probeNotRun: { probesNotRun: 1 },
      objectsNotProbed: { objectsProbed: 2, objectsNotProbed: 2 },
      engineLimit: { engineLimits: ['one connection'] },
    };
    const scores = Object.entries(variants).map(([k, v]) => [k, score(v)] as const);
    expect(new Set(scores.map(([, s]) => s)).size).toBe(scores.length);
    const baseFailed = score({}, [report({ file: 'b.sql', status: 'base', applied: 'failed' })]);
    expect(scores.map(([, s]) => s)).not.toContain(baseFailed);
  });

  it('falls strictly as each gap grows', () => {
    const axes: ((n: number) => Parameters<typeof coverage>[0])[] = [
      (n) => ({ statementsParsed: 10 - n }),
      (n) => ({ statementsExecuted: 10 - n }),
      (n) => ({ filesUnparseable: n }),
      (n) => ({ probesNotRun: n }),
      (n) => ({ objectsProbed: 4 - n, objectsNotProbed: n }),
      (n) => ({ engineLimits: Array.from({ length: n }, (_, i) => `limit ${i}`) }),
    ];
    for (const axis of axes) {
      const seq = [0, 1, 2, 3].map((n) => score(axis(n)));
      for (let i = 1; i < seq.length; i++) expect(seq[i]!).toBeLessThan(seq[i - 1]!);
    }
  });

  it('not running live costs the documented weight and replaces the per-statement penalty', () => {
    expect(score({ liveRan: false, statementsExecuted: 0 })).toBe(100 - WEIGHTS.liveNotRun);
    expect(score({ statementsExecuted: 0 })).toBe(100 - WEIGHTS.unexecutedStatements);
  });

  it('is computed inside assess and shown as factors', () => {
    const r = assess(input({ coverage: coverage({ statementsExecuted: 7 }) }));
    expect(r.confidence).toBe(91);
    expect(r.confidenceFactors).toEqual([{ factor: 'statements not executed', penalty: 9, detail: '3 of 10 statements did not run live (skipped, or after a failure)' }]);
  });
});

describe('risk matrix, decision matrix, checklist', () => {
  const lockedExisting = input({
    migrations: [report({ file: FILE, locks: [{ relation: 'public.orders', mode: 'AccessExclusiveLock', heldMs: 900 }], rewrites: ['public.orders'] })],
  });
  const lockedNew = input({
    migrations: [report({ file: FILE, locks: [{ relation: 'public.fresh', mode: 'AccessExclusiveLock' }] })],
    objects: objects([{ kind: 'table', name: 'public.fresh' }]),
  });

  it('derives downtime likelihood from live locks on pre-existing tables only', () => {
    expect(assess(lockedExisting).riskMatrix.find((r) => r.risk === 'downtime')).toMatchObject({ likelihood: 'high', impact: 'high' });
    expect(assess(lockedNew).riskMatrix.find((r) => r.risk === 'downtime')).toMatchObject({ likelihood: 'low', impact: 'low' });
  });

  it('always has the six risks, with rule ids as drivers', () => {
    const r = assess(input({ findings: [finding({ ruleId: 'rls-missing', severity: 'critical', category: 'security' })] }));
    expect(r.riskMatrix.map((x) => x.risk)).toEqual(['data-loss', 'downtime', 'security', 'integrity', 'performance', 'deploy-failure']);
    expect(r.riskMatrix.find((x) => x.risk === 'security')).toMatchObject({ likelihood: 'high', impact: 'critical', drivers: ['rls-missing'] });
  });

  it('flags heavy live locks in the decision matrix even when no rule fired', () => {
    expect(assess(lockedExisting).decisionMatrix.find((d) => d.item === 'Locking')).toMatchObject({ status: 'warn', priority: 'medium' });
    expect(assess(lockedNew).decisionMatrix.find((d) => d.item === 'Locking')).toMatchObject({ status: 'ok' });
    expect(assess(input({ coverage: coverage({ liveRan: false, statementsExecuted: 0 }) })).decisionMatrix.find((d) => d.item === 'Locking')!.status).toBe('unknown');
  });

  it('asks for a rehearsal only when the evidence says time grows with the data', () => {
    const texts = (i: ReturnType<typeof input>) => assess(i).checklist.map((c) => c.text);
    expect(texts(lockedExisting).some((t) => t.startsWith('Rehearse on a production-sized copy') && t.includes('public.orders is rewritten'))).toBe(true);
    expect(texts(lockedNew).some((t) => t.startsWith('Rehearse'))).toBe(false);
    // A metadata-only ADD COLUMN … DEFAULT 0: ACCESS EXCLUSIVE for 5 ms, no rewrite. Nothing to rehearse,
    // no low-traffic window, and the risk matrix does not call it high.
    const brief = input({
      findings: [finding({ ruleId: 'require-lock-timeout', severity: 'medium', category: 'locking', file: FILE, object: 'public.profiles' })],
      migrations: [report({ file: FILE, locks: [{ relation: 'public.profiles', mode: 'AccessExclusiveLock', heldMs: 5 }] })],
    });
    const r = assess(brief);
    expect(r.checklist.map((c) => c.text).filter((t) => /rehearse|low-traffic|production-sized/i.test(t))).toEqual([]);
    expect(r.riskMatrix.find((x) => x.risk === 'downtime')).toMatchObject({ likelihood: 'medium', impact: 'medium' });
    // The finding is named once, by reference.
    expect(r.checklist.filter((c) => c.refs?.includes(brief.findings[0]!.fingerprint))).toHaveLength(1);
  });

  it('marks items done where evidence proves them', () => {
    const r = assess(input({ probes: [{ probe: 'reversibility', status: 'passed', summary: 'up → down → up ok' }] }));
    expect(r.checklist.find((c) => c.source === 'probe:reversibility')).toMatchObject({ done: true });
    expect(r.checklist.find((c) => c.source === 'live:apply')).toMatchObject({ done: true });
    const off = assess(input({ settings: settings({ engine: 'none' }), coverage: coverage({ liveRan: false, liveSkippedReason: 'engine none' }) }));
    expect(off.checklist.find((c) => c.source === 'coverage:live')).toMatchObject({ done: false });
    expect(off.checklist.find((c) => c.source === 'coverage:rollback')).toMatchObject({ done: false });
  });

  it('a generated rollback verified live answers the rollback row for a layout without downs; an unverified one does not', () => {
    const proven = { sql: 'DROP TABLE public.notes;', verified: true, caveats: [], differences: [], backups: [], proof: 'pglite, as pgreview_migrator' };
    const r = assess(input({ rollback: proven }));
    expect(r.decisionMatrix.find((d) => d.item === 'Rollback')).toMatchObject({ status: 'ok' });
    expect(r.checklist.find((c) => c.source === 'live:rollback')).toMatchObject({ done: true, text: expect.stringMatching(/Generated rollback verified live/) });
    expect(r.checklist.find((c) => c.source === 'coverage:rollback')).toBeUndefined();
    // Caveats (what it cannot undo) keep the item open.
    const withCaveat = assess(input({ rollback: { ...proven, caveats: ['data in public.notes.body is not restored'] } }));
    expect(withCaveat.checklist.find((c) => c.source === 'live:rollback')).toMatchObject({ done: false, text: expect.stringMatching(/1 caveat/) });
    const failed = assess(input({ rollback: { ...proven, verified: false, differences: ['table public.notes still exists'] } }));
    expect(failed.decisionMatrix.find((d) => d.item === 'Rollback')!.status).not.toBe('ok');
    expect(failed.checklist.find((c) => c.source === 'coverage:rollback')).toMatchObject({ done: false });
  });

  it('points to the findings once per tier instead of restating them; a backup before drops', () => {
    const fs = ['public.a', 'public.b'].map((o) => finding({ ruleId: 'drop-column', severity: 'high', category: 'data-loss', object: o, fix: { description: 'Stop reading the column first, drop it in a later release' } }));
    const r = assess(input({ findings: fs, objects: objects([], [], [{ kind: 'column', name: 'public.a.legacy' }]) }));
    const items = r.checklist.filter((c) => c.source === 'findings');
    expect(items).toEqual([{ text: 'Fix, or explicitly accept, the 2 high findings at high or above', source: 'findings', done: false, refs: fs.map((f) => f.fingerprint) }]);
    expect(r.checklist.some((c) => c.text.includes('Stop reading the column'))).toBe(false);
    expect(r.checklist.find((c) => c.source === 'risk:data-loss')).toMatchObject({ refs: fs.map((f) => f.fingerprint) });
    expect(r.checklist.some((c) => c.source === 'risk:data-loss' && c.text.includes('public.a.legacy'))).toBe(true);
  });

  it('uses the engine and summary from the input', () => {
    const r = assess(input({ engine: PGLITE }));
    expect(r.engine).toBe(PGLITE);
    expect(r.summary).toMatchObject({ migrations: 1, changed: 1, statements: 10, suppressed: 0 });
    expect(r.links.head).toContain('github.com/acme/app/blob/');
  });
});

describe('validation queries', () => {
  it('cover tables, indexes, policies, RLS, triggers, functions and extensions, with expectations', () => {
    const q = validationQueries(
      objects(
        [
          { kind: 'table', name: 'public.a' },
          { kind: 'table', name: 'public.b' },
          { kind: 'index', name: 'public.a_idx' },
          { kind: 'policy', name: 'public.a.Users can read own rows' },
          { kind: 'trigger', name: 'public.a.set_updated_at' },
          { kind: 'function', name: 'public.set_updated_at()' },
          { kind: 'extension', name: 'vector' },
        ],
        [{ kind: 'rls', name: 'public.a', detail: 'enabled' }],
      ),
    );
    const titles = q.map((x) => x.title);
    expect(titles).toEqual([
      '2 tables created',
      '1 index created',
      'No invalid indexes left behind',
      'Row level security enabled on 1 table',
      '1 policy created',
      '1 trigger created',
      '1 function created',
      '1 extension installed',
    ]);
    expect(q[0]).toMatchObject({ expect: '2 rows' });
    expect(q[0]!.sql).toContain("(('public', 'a'), ('public', 'b'))");
    expect(q.find((x) => x.title === '1 policy created')!.sql).toContain("('public', 'a', 'Users can read own rows')");
    expect(q.find((x) => x.title.startsWith('Row level'))!.sql).toContain('relrowsecurity');
    expect(q.find((x) => x.title.startsWith('1 function'))!.sql).toContain("('public', 'set_updated_at')");
  });

  it('escapes names as literals', () => {
    const q = validationQueries(objects([{ kind: 'table', name: `public."o'brien"` }, { kind: 'table', name: `"my.schema".t` }]));
    expect(q[0]!.sql).toContain(`('public', 'o''brien')`);
    expect(q[0]!.sql).toContain(`('my.schema', 't')`);
  });

  it('checks that dropped objects are gone', () => {
    const q = validationQueries(objects([], [], [{ kind: 'table', name: 'public.old' }]));
    expect(q).toEqual([expect.objectContaining({ title: '1 dropped relation gone', expect: '0 rows' })]);
  });
});

describe('live lock metadata', () => {
  it('trusts the trace’s preexisting flag over the object list', () => {
    const lock = { relation: 'public.fresh', mode: 'AccessExclusiveLock', preexisting: true, heldMs: 1500 };
    const r = assess(input({ migrations: [report({ file: FILE, locks: [lock] })], objects: objects([{ kind: 'table', name: 'public.fresh' }]) }));
    expect(r.riskMatrix.find((x) => x.risk === 'downtime')!.likelihood).toBe('high');
  });
});

describe('fixes for the user’s migration tool', () => {
  const concurrently = (file: string) =>
    finding({ ruleId: 'require-concurrent-index-creation', severity: 'medium', category: 'locking', file, fix: { description: 'Build the index concurrently.', sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON public.orders (status);' } });

  it.each([
    ['dbmate', /-- migrate:up transaction:false/],
    ['diesel', /run_in_transaction = false/],
    ['flyway', /executeInTransaction=false/],
    ['prisma', /its own migration folder/],
    ['drizzle', /separate script outside drizzle-kit/],
    ['postgres-migrations', /-- postgres-migrations disable-transaction/],
    ['supabase', /alone in its own migration file/],
  ] as const)('%s: a fix that cannot run in a transaction says how in that tool', (layout, how) => {
    const file = 'db/migrations/0002_index.sql';
    const set = migrationSet([{ file }], layout);
    const r = assess(input({ set, findings: [concurrently(file)], migrations: [report({ file })] }));
    expect(r.findings[0]!.fix!.tool).toMatch(how);
    expect(renderMarkdown(r)).toMatch(/\*\*With [^*]+:\*\* /);
  });

  it('a migration that already runs outside a transaction needs no advice', () => {
    const file = 'db/migrations/0002_index.sql';
    const set = migrationSet([{ file, transactional: false }], 'plain');
    const r = assess(input({ set, findings: [concurrently(file)], migrations: [report({ file, transactional: false })] }));
    expect(r.findings[0]!.fix!.tool).toBeUndefined();
  });
});
