// Synthetic inputs for assess(): the shapes the earlier stages produce, without running them.
import type { AssessInput, Coverage } from '../../src/report/assess.js';
import type {
  Category,
  EngineInfo,
  Finding,
  LayoutId,
  Migration,
  MigrationReport,
  MigrationSet,
  ObjectChanges,
  ObjectRef,
  ProbeResult,
  Settings,
  Severity,
} from '../../src/types.js';

export function settings(patch: Partial<Settings> = {}): Settings {
  return {
    dir: '/repo/supabase/migrations',
    repoRoot: '/repo',
    engine: 'auto',
    failOn: 'high',
    format: 'markdown',
    pgVersion: 17,
    rules: {},
    exclude: [],
    statementTimeoutMs: 30_000,
    totalTimeoutMs: 300_000,
    linkBase: 'https://github.com/acme/app/blob/0123456789abcdef0123456789abcdef01234567/',
    docsBase: 'https://github.com/acme/pgreview/blob/v0.1.0/rules/',
    ...patch,
  };
}

export interface MigSpec {
  file: string;
  status?: Migration['status'];
  down?: boolean;
  transactional?: boolean;
}

export function migration(spec: MigSpec): Migration {
  const name = spec.file.split('/').pop()!.replace(/\.sql$/, '');
  const version = name.split('_')[0]!;
  return {
    id: name,
    version,
    name,
    path: spec.file,
    up: { file: spec.file, text: '', startLine: 1, startByte: 0 },
    down: spec.down ? { file: spec.file.replace(/\.sql$/, '.down.sql'), text: '', startLine: 1, startByte: 0 } : undefined,
    transactional: spec.transactional ?? true,
    transactionNote: 'the runner wraps each file in a transaction',
    status: spec.status ?? 'added',
  };
}

export function migrationSet(specs: MigSpec[], layout: LayoutId = 'supabase'): MigrationSet {
  return {
    root: '/repo/supabase/migrations',
    layout,
    layoutReason: layout === 'supabase' ? 'supabase/config.toml and supabase/migrations/*.sql' : 'requested',
    migrations: specs.map(migration),
    skipped: [],
    changedSource: 'git',
    warnings: [],
  };
}

let fpSeq = 0;
export function finding(patch: Partial<Finding> & { ruleId: string; severity: Severity; category: Category }): Finding {
  const file = patch.file ?? 'supabase/migrations/20250101000000_init.sql';
  return {
    phase: 'static',
    file,
    line: 1,
    column: 1,
    endLine: patch.line ?? 1,
    title: `${patch.ruleId} title`,
    message: `Why ${patch.ruleId} matters.`,
    fingerprint: `${patch.ruleId}:${file}:${patch.object ?? ''}:${fpSeq++}`,
    ...patch,
  };
}

export function report(spec: Partial<MigrationReport> & { file: string }): MigrationReport {
  const id = spec.file.split('/').pop()!.replace(/\.sql$/, '');
  return { id, status: 'added', transactional: true, statements: 1, applied: 'applied', durationMs: 12, locks: [], rewrites: [], ...spec };
}

export const PGLITE: EngineInfo = {
  id: 'pglite',
  description: 'PGlite 0.4.6 (PostgreSQL 17.5)',
  reason: 'no Docker on this machine',
  serverVersion: '17.5',
  pgvector: true,
  limits: ['one connection: lock contention with other sessions is not measured'],
};

export function coverage(patch: Partial<Coverage> = {}): Coverage {
  return {
    statementsTotal: 10,
    statementsParsed: 10,
    statementsExecuted: 10,
    filesUnparseable: 0,
    liveRan: true,
    probesRun: 3,
    probesNotRun: 0,
    objectsProbed: 4,
    objectsNotProbed: 0,
    engineLimits: [],
    ...patch,
  };
}

export function objects(created: ObjectRef[] = [], altered: ObjectRef[] = [], dropped: ObjectRef[] = []): ObjectChanges {
  return { created, altered, dropped, source: 'live' };
}

export function input(patch: Partial<AssessInput> = {}): AssessInput {
  const set = patch.set ?? migrationSet([{ file: 'supabase/migrations/20250101000000_init.sql' }]);
  return {
    settings: settings(),
    set,
    findings: [],
    suppressed: [],
    migrations: set.migrations.map((m) => report({ file: m.path, status: m.status })),
    objects: objects(),
    probes: [],
    engine: PGLITE,
    coverage: coverage(),
    timings: { totalMs: 2345, parseMs: 40, staticMs: 25, liveMs: 2200 },
    toolVersion: '0.1.0',
    ...patch,
  };
}

// ── scenarios ───────────────────────────────────────────────────────────────────────────────────

const M1 = 'supabase/migrations/20251120000000_add_rag_embeddings.sql';
const M2 = 'supabase/migrations/20251120000100_add_question_templates.sql';

/** A clean PR: two tables with RLS, policies, an index, all applied and probed. */
export function cleanScenario(): AssessInput {
  const set = migrationSet([{ file: 'supabase/migrations/20250101000000_base.sql', status: 'base' }, { file: M1 }]);
  return input({
    set,
    migrations: [
      report({ file: 'supabase/migrations/20250101000000_base.sql', status: 'base', durationMs: 80 }),
      report({
        file: M1,
        statements: 6,
        durationMs: 41,
        locks: [{ relation: 'public.rag_embeddings', mode: 'AccessExclusiveLock' }],
        trace: [
          { line: 1, kind: 'CreateStmt', durationMs: 9, locks: [{ relation: 'public.rag_embeddings', mode: 'AccessExclusiveLock' }], rewrites: [] },
          { line: 9, kind: 'IndexStmt', durationMs: 20, locks: [{ relation: 'public.rag_embeddings', mode: 'ShareLock' }], rewrites: [] },
        ],
      }),
    ],
    objects: objects([
      { kind: 'table', name: 'public.rag_embeddings' },
      { kind: 'index', name: 'public.idx_rag_embeddings_vector', detail: 'hnsw (embedding vector_cosine_ops)' },
      { kind: 'rls', name: 'public.rag_embeddings', detail: 'enabled' },
      { kind: 'policy', name: 'public.rag_embeddings.Users can read own session embeddings' },
    ]),
    probes: [
      { probe: 'rls-isolation', status: 'passed', summary: 'tenant B read 0 of 20 rows of tenant A in public.rag_embeddings' },
      { probe: 'reapply', status: 'passed', summary: 'second apply is a no-op' },
      { probe: 'reversibility', status: 'not-run', summary: 'no down migration' },
    ],
    coverage: coverage({ statementsTotal: 6, statementsParsed: 6, statementsExecuted: 6, probesRun: 2, probesNotRun: 1, objectsProbed: 1 }),
  });
}

/** Seed 003 as pgreview would see it: IVFFlat on an empty table, no RLS, TEXT where an enum exists. */
export function fewScenario(): AssessInput {
  const set = migrationSet([{ file: M1 }, { file: M2 }]);
  const findings = [
    finding({
      ruleId: 'rls-missing',
      severity: 'critical',
      category: 'security',
      file: M1,
      line: 3,
      object: 'public.rag_embeddings',
      title: 'RLS is not enabled on public.rag_embeddings',
      message: 'The table is in an exposed schema: any authenticated user can read every row through the API.',
      fix: { description: 'Enable row level security and add policies', sql: 'ALTER TABLE public.rag_embeddings ENABLE ROW LEVEL SECURITY;' },
    }),
    finding({
      ruleId: 'vector-ivfflat-empty',
      severity: 'high',
      category: 'vector',
      file: M1,
      line: 14,
      object: 'public.idx_rag_embeddings_vector',
      title: 'IVFFlat index built on an empty table',
      message: 'IVFFlat learns its lists from existing rows; built empty, recall is poor until it is rebuilt. HNSW needs no training.',
      fix: {
        description: 'Use HNSW',
        sql: 'CREATE INDEX IF NOT EXISTS idx_rag_embeddings_vector\n  ON rag_embeddings USING hnsw (embedding vector_cosine_ops)\n  WITH (m = 16, ef_construction = 64);',
      },
    }),
    finding({
      ruleId: 'text-instead-of-enum',
      severity: 'medium',
      category: 'integrity',
      file: M2,
      line: 4,
      object: 'public.question_templates.focus',
      title: 'Free-text column where an enum type exists',
      message: 'interview_focus already exists; TEXT accepts "Harmony", "harmony" and "HARMONY".',
      fix: { description: 'Use the existing enum type', sql: 'focus interview_focus NOT NULL' },
    }),
    finding({
      ruleId: 'timestamp-without-tz',
      severity: 'low',
      category: 'style',
      file: M2,
      line: 9,
      object: 'public.question_templates.last_used_at',
      title: 'timestamp without time zone',
      message: 'Stores wall-clock time without a zone.',
      fix: { description: 'Use timestamptz' },
    }),
  ];
  return input({
    set,
    findings,
    suppressed: [{ ...finding({ ruleId: 'require-concurrent-index', severity: 'medium', category: 'locking', file: M1, line: 14 }), reason: 'table is created in this PR' }],
    migrations: [
      report({ file: M1, statements: 3, durationMs: 35, locks: [{ relation: 'public.rag_embeddings', mode: 'AccessExclusiveLock' }] }),
      report({ file: M2, statements: 2, durationMs: 8, locks: [{ relation: 'public.question_templates', mode: 'AccessExclusiveLock' }] }),
    ],
    objects: objects([
      { kind: 'extension', name: 'vector' },
      { kind: 'table', name: 'public.rag_embeddings' },
      { kind: 'table', name: 'public.question_templates' },
      { kind: 'index', name: 'public.idx_rag_embeddings_vector', detail: 'ivfflat (embedding vector_cosine_ops)' },
    ]),
    probes: [{ probe: 'rls-isolation', status: 'not-run', summary: 'no RLS on the new tables', notProbed: ['public.rag_embeddings', 'public.question_templates'] }],
    coverage: coverage({ statementsTotal: 5, statementsParsed: 5, statementsExecuted: 5, probesRun: 1, probesNotRun: 1, objectsProbed: 0, objectsNotProbed: 2 }),
  });
}

const CATS: [string, Category][] = [
  ['add-column-volatile-default', 'rewrite'],
  ['create-index-not-concurrently', 'locking'],
  ['fk-not-valid', 'locking'],
  ['rls-missing', 'security'],
  ['security-definer-search-path', 'security'],
  ['fk-missing-index', 'performance'],
  ['drop-column', 'data-loss'],
  ['non-transactional-mixed', 'deploy'],
  ['rename-column', 'compatibility'],
  ['missing-not-null', 'integrity'],
  ['varchar-limit', 'style'],
  ['vector-no-index', 'vector'],
];
const SEVS: Severity[] = ['critical', 'high', 'medium', 'medium', 'low', 'low', 'info'];

/** Many findings over several migrations, with locks and a rewrite on existing tables. */
export function manyScenario(count = 40, opts: { criticalEvery?: number; longSql?: boolean } = {}): AssessInput {
  const files = Array.from({ length: 6 }, (_, i) => `db/migrations/00${10 + i}_change_${i}.up.sql`);
  const set = migrationSet(
    [{ file: 'db/migrations/0001_base.up.sql', status: 'base', down: true }, ...files.map((f, i) => ({ file: f, down: i % 2 === 0, transactional: i !== 3 }))],
    'golang-migrate',
  );
  const findings: Finding[] = [];
  for (let i = 0; i < count; i++) {
    const [ruleId, category] = CATS[i % CATS.length]!;
    const severity: Severity = opts.criticalEvery ? (i % opts.criticalEvery === 0 ? 'critical' : SEVS[1 + (i % (SEVS.length - 1))]!) : SEVS[i % SEVS.length]!;
    findings.push(
      finding({
        ruleId,
        severity,
        category,
        file: files[i % files.length]!,
        line: 1 + ((i * 7) % 300),
        object: `public.table_${i % 17}`,
        title: `${ruleId.replace(/-/g, ' ')} on public.table_${i % 17}`,
        message: `Finding ${i}: this statement takes a lock or changes data in a way that matters in production. `.repeat(opts.longSql ? 3 : 1).trim(),
        fix: {
          description: `Rewrite statement ${i} safely`,
          sql: opts.longSql ? `-- safe version of statement ${i}\n${'ALTER TABLE public.t ADD COLUMN c int;\n'.repeat(8)}` : `ALTER TABLE public.table_${i % 17} VALIDATE CONSTRAINT c_${i};`,
        },
        evidence: i % 5 === 0 ? { lock: 'AccessExclusiveLock', relation: `public.table_${i % 17}`, heldMs: 120 + i } : undefined,
      }),
    );
  }
  const migrations: MigrationReport[] = [
    report({ file: 'db/migrations/0001_base.up.sql', status: 'base', durationMs: 300 }),
    ...files.map((f, i) =>
      report({
        file: f,
        statements: 5 + i,
        transactional: i !== 3,
        applied: i === 5 ? 'not-run' : 'applied',
        durationMs: i === 5 ? undefined : 20 + i * 13,
        locks:
          i === 0
            ? [
                { relation: 'public.orders', mode: 'AccessExclusiveLock', heldMs: 830 },
                { relation: 'public.customers', mode: 'ShareRowExclusiveLock', heldMs: 12 },
                { relation: 'public.new_table', mode: 'AccessExclusiveLock' },
              ]
            : i === 1
              ? [{ relation: 'public.line_items', mode: 'ShareLock', heldMs: 2400 }]
              : [],
        rewrites: i === 0 ? ['public.orders'] : [],
      }),
    ),
  ];
  return input({
    set,
    findings,
    migrations,
    objects: objects(
      [
        { kind: 'table', name: 'public.new_table' },
        { kind: 'column', name: 'public.orders.status' },
        { kind: 'index', name: 'public.orders_status_idx' },
        { kind: 'constraint', name: 'public.orders.orders_customer_fk', detail: 'NOT VALID' },
        { kind: 'trigger', name: 'public.orders.set_updated_at' },
        { kind: 'function', name: 'public.set_updated_at()' },
      ],
      [{ kind: 'rls', name: 'public.customers', detail: 'enabled' }],
      [{ kind: 'column', name: 'public.customers.legacy_code' }],
    ),
    probes: [
      { probe: 'reapply', status: 'failed', summary: 'second apply fails: relation "orders_status_idx" already exists' },
      { probe: 'reversibility', status: 'partial', summary: '3 of 6 migrations have a down file' },
    ],
    engine: { ...PGLITE, id: 'docker', description: 'pgvector/pgvector:pg17 (PostgreSQL 17.6)', reason: 'Docker available', limits: [] },
    coverage: coverage({ statementsTotal: 45, statementsParsed: 45, statementsExecuted: 35, probesRun: 2, probesNotRun: 0, objectsProbed: 5, objectsNotProbed: 1 }),
  });
}

/** 2,000 findings: 26 critical, the rest spread over high…info, with long fix SQL. */
export function oversizeScenario(): AssessInput {
  return manyScenario(2000, { criticalEvery: 79, longSql: true });
}

export function probe(p: Partial<ProbeResult> & { probe: string }): ProbeResult {
  return { status: 'passed', summary: `${p.probe} ok`, ...p };
}
