// 7. Row generation on real schemas: the share of RLS-enabled tables in the Supabase CLI histories of
// the corpus that the rls-isolation probe really exercises (rows inserted for two users and read back
// as the owning user through the API role). Each history is applied as base on a fresh engine with
// the Supabase preset (environment gaps skipped, as a review's base replay skips them); then the probe
// runs the way review() runs it (as the probe role) with every RLS-enabled table the history created,
// or whose policies it changed, as a candidate. A table the probe could not exercise is listed with
// the probe's own reason. ENGINE=pglite|local, FOLDERS=a,b and TABLES=schema.table,… narrow a run (ROWS_DEBUG=1
// prints the probe's details).
import path from 'node:path';
import { loadParser } from '../src/sql/parse.js';
import { planMigrations } from '../src/migrations/index.js';
import { parseMigrations, runStatic } from '../src/analysis/static.js';
import { defaultSettings } from '../src/config.js';
import { presetPrepare } from '../src/live/presets.js';
import { applyTraced, MIGRATOR_ROLE } from '../src/live/trace.js';
import { snapshotCatalog } from '../src/live/catalog.js';
import { ProbeSession } from '../src/live/probe-role.js';
import { afterFirstApply, readEngineGaps } from '../src/live/gaps.js';
import { rlsIsolationProbe } from '../src/live/probes/rls-isolation.js';
import { PgliteEngine } from '../src/engines/pglite.js';
import { LocalEngine, findPgBinaries } from '../src/engines/local.js';
import type { Engine } from '../src/engines/database.js';
import type { ParsedSource } from '../src/types.js';
import { rules } from '../rules/index.js';
import { CORPUS, log, measure } from './util.js';

/** The Supabase CLI histories (the platform's own storage and postgres folders are not user projects). */
export const ROWS_FOLDERS = [
  'usebasejump__basejump',
  'mckaywrigley__chatbot-ui',
  'supabase__supabase-examples',
  'supabase-community__postgres-new',
  'pgflow-dev__pgflow',
  'supabase__dbdev',
  'gridaco__grida',
];

export type RowsEngineId = 'pglite' | 'local';

export interface RowsRow {
  folder: string;
  engine: RowsEngineId;
  histories: number;
  /** RLS-enabled tables the history created or whose policies it changed. */
  tables: number;
  /** Rows inserted for both users and read back by their owner (or a finding made of them). */
  exercised: number;
  /** Table → why it was not exercised (the probe's words). */
  notExercised: { table: string; reason: string }[];
  /** Migrations the engine could not apply (statements skipped as environment gaps). */
  gaps: number;
  wallMs: number;
}

function makeEngine(id: RowsEngineId): Engine {
  const prepare = presetPrepare('supabase');
  return id === 'local' ? new LocalEngine({ prepare }) : new PgliteEngine({ prepare });
}

async function historyRows(engineId: RowsEngineId, dir: string, up: ParsedSource[], row: RowsRow): Promise<void> {
  const settings = defaultSettings({ dir, engine: engineId, statementTimeoutMs: 60_000, totalTimeoutMs: 900_000 });
  const engine = makeEngine(engineId);
  const db = await engine.start();
  const roleDb = engine.connectAs ? await engine.connectAs(MIGRATOR_ROLE).catch(() => undefined) : undefined;
  const session = await ProbeSession.open(engine, db, MIGRATOR_ROLE);
  try {
    const before = await snapshotCatalog(db);
    const base = up.map((p) => ({ ...p, migration: { ...p.migration, status: 'base' as const } }));
    const trace = await applyTraced(db, base, { statementTimeoutMs: 60_000, totalTimeoutMs: 900_000, runAs: { role: MIGRATOR_ROLE, db: roleDb } });
    row.gaps += trace.gaps.length;
    const after = await snapshotCatalog(trace.db ?? db);
    // Only RLS-enabled tables are candidates: the figure is about them.
    // TABLES (comma-separated qualified names) narrows the sweep to a few tables, to reproduce one failure.
    const only = process.env.TABLES?.split(',');
    const rlsTables = Object.entries(after.relations).filter(([n, r]) => (r.kind === 'table' || r.kind === 'partitioned table') && r.rowSecurity && (!only || only.includes(n)));
    after.relations = Object.fromEntries(rlsTables);
    // The figure counts tables: the probe's exposed-function step (it counts functions) is left out.
    after.functions = {};
    const schemas = [...new Set(rlsTables.map(([n]) => n.split('.')[0]!.replace(/^"|"$/g, '')))];
    const set = await planMigrations(settings);
    const sources = parseMigrations(set).filter((s) => up.some((u) => u.source.file === s.source.file));
    const staticResult = { ...runStatic(settings, set, rules, sources), exposedSchemas: schemas };
    const out = await session.run(trace.db ?? db, async (pdb) =>
      rlsIsolationProbe.run({ settings, set, db: pdb, sources, staticResult, preset: 'supabase', history: up[0]?.migration.history ?? '', trace: { ...trace, before, after }, gaps: afterFirstApply(await readEngineGaps(pdb, sources), trace) }),
    );
    const notProbed = out.result.notProbed ?? [];
    const candidates = out.objectsProbed + out.objectsNotProbed;
    row.tables += candidates;
    row.exercised += out.objectsProbed;
    for (const n of notProbed) {
      const i = n.indexOf(': ');
      row.notExercised.push({ table: n.slice(0, i), reason: n.slice(i + 2) });
    }
    if (process.env.ROWS_DEBUG) log(`${dir}: ${out.result.summary}\n  ${(out.result.details ?? []).join('\n  ')}`);
  } finally {
    await session.close().catch(() => undefined);
    await roleDb?.close().catch(() => undefined);
    await engine.stop().catch(() => undefined);
  }
}

async function folderRows(folder: string, engineId: RowsEngineId): Promise<RowsRow> {
  const dir = path.join(CORPUS, folder);
  const set = await planMigrations(defaultSettings({ dir, engine: engineId }));
  const histories = new Map<string, ParsedSource[]>();
  for (const s of parseMigrations(set)) {
    if (s.direction !== 'up') continue;
    const k = s.migration.history ?? '';
    histories.set(k, [...(histories.get(k) ?? []), s]);
  }
  const row: RowsRow = { folder, engine: engineId, histories: histories.size, tables: 0, exercised: 0, notExercised: [], gaps: 0, wallMs: 0 };
  const m = await measure(async () => {
    for (const up of histories.values()) await historyRows(engineId, dir, up, row);
  });
  row.wallMs = m.wallMs;
  return row;
}

export async function benchRows(engine: RowsEngineId = 'pglite', folders = ROWS_FOLDERS): Promise<RowsRow[]> {
  await loadParser();
  if (engine === 'local' && !findPgBinaries()) return [];
  const out: RowsRow[] = [];
  for (const f of folders) {
    log(`rows: ${f} on ${engine}`);
    out.push(await folderRows(f, engine));
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const engine = (process.env.ENGINE ?? 'pglite') as RowsEngineId;
  const r = await benchRows(engine, process.env.FOLDERS?.split(','));
  for (const x of r) {
    console.log(`${x.folder} (${x.engine}): ${x.exercised} of ${x.tables} RLS tables exercised, ${x.gaps} gaps, ${Math.round(x.wallMs / 1000)} s`);
    for (const n of x.notExercised) console.log(`  ${n.table}: ${n.reason}`);
  }
  const t = r.reduce((s, x) => s + x.tables, 0);
  const e = r.reduce((s, x) => s + x.exercised, 0);
  console.log(`total: ${e} of ${t} (${t ? ((100 * e) / t).toFixed(1) : '–'}%)`);
}
