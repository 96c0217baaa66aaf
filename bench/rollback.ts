// 3e. Generated rollbacks on real histories: each migration of the Supabase and Prisma folders is
// reviewed as a PR of one migration on top of the ones before it. One database per history: the
// migration is applied traced (as the review does), its rollback generated from the catalog delta and
// proven (as the review does: same role, same transaction discipline), and the catalog compared with
// the one before it. A verified rollback leaves the database where it was, so the migration is then
// applied again and the sweep goes on; otherwise the history is rebuilt on a fresh engine.
//
// Big histories are sampled (every k-th migration proven, the others applied as base): the machine
// is shared, and the count of proven migrations per history is bounded (ROLLBACK_SAMPLE, default 60).
import path from 'node:path';
import { loadParser } from '../src/sql/parse.js';
import { planMigrations } from '../src/migrations/index.js';
import { parseMigrations, runStatic } from '../src/analysis/static.js';
import { defaultSettings } from '../src/config.js';
import { choosePreset, presetPrepare } from '../src/live/presets.js';
import { applyTraced, MIGRATOR_ROLE, type TraceResult } from '../src/live/trace.js';
import { rollbackFor } from '../src/live/rollback.js';
import { PgliteEngine } from '../src/engines/pglite.js';
import { LocalEngine, findPgBinaries } from '../src/engines/local.js';
import type { Database, Engine } from '../src/engines/database.js';
import { createEngine as createReviewEngine } from '../src/engines/auto.js';
import type { ParsedSource, Settings } from '../src/types.js';
import { rules } from '../rules/index.js';
import { CORPUS, log, measure } from './util.js';

/** Supabase CLI and Prisma histories (the tools without down migrations). */
export const ROLLBACK_FOLDERS = [
  'usebasejump__basejump',
  'mckaywrigley__chatbot-ui',
  'supabase__supabase-examples',
  'supabase-community__postgres-new',
  'pgflow-dev__pgflow',
  'supabase__dbdev',
  'gridaco__grida',
  'triggerdotdev__trigger.dev',
];

export type RollbackEngineId = 'pglite' | 'local' | 'docker';

export interface RollbackRow {
  folder: string;
  engine: RollbackEngineId;
  histories: number;
  migrations: number;
  /** Migrations whose rollback was generated and proven (sampled folders prove a subset). */
  proven: number;
  verified: number;
  /** Of the proven: migrations that changed nothing in the catalog (trivially verified). */
  noSchemaChange: number;
  /** Did not apply on the engine: no rollback to prove (not counted in `proven`). */
  notApplied: number;
  sampled?: string;
  wallMs: number;
  /** Failure cause → count, and one example each. */
  causes: Record<string, number>;
  examples: Record<string, string>;
}

/** A failure's cause, from the proof's first difference or error. */
export function rollbackFailureClass(r: { error?: string; differences: string[] }): string {
  const first = r.error ? `failed: ${r.error}` : (r.differences[0] ?? 'unknown');
  let m: RegExpExecArray | null;
  if (/^type .* differs \(/.test(first) && r.differences.every((d) => /^type .* differs/.test(d))) return 'enum value added (cannot be removed)';
  if ((m = /^failed: (.*?) — at: (\w+(?: \w+)?)/.exec(first))) return `script failed: ${m[1]!.replace(/"[^"]*"/g, '"…"').slice(0, 70)} (${m[2]})`;
  if ((m = /^(\w+(?: \w+)?) .* (is left over|is missing|differs)( \(([^)]*)\))?/.exec(first))) return `${m[1]} ${m[2]}${m[2] === 'differs' && m[4] ? ` (${m[4].split(',')[0]})` : ''}`;
  return first.replace(/"[^"]*"/g, '"…"').slice(0, 80);
}

async function makeEngine(id: RollbackEngineId, preset: string, settings: Settings): Promise<Engine> {
  if (id === 'pglite') return new PgliteEngine({ prepare: presetPrepare(preset as 'plain') });
  if (id === 'local') return new LocalEngine({ prepare: presetPrepare(preset as 'plain') });
  // docker: as review() makes it (pgvector/pgvector:pg17 by default).
  const e = await createReviewEngine({ ...settings, engine: 'docker' }, { prepare: presetPrepare(preset as 'plain') });
  if (!e) throw new Error('no docker engine');
  return e;
}

async function folderRollback(folder: string, engineId: RollbackEngineId, sample: number, createEngine?: (settings: Settings, preset: string) => Promise<Engine>): Promise<RollbackRow> {
  const dir = path.join(CORPUS, folder);
  const settings = defaultSettings({ dir, engine: engineId, statementTimeoutMs: 60_000, totalTimeoutMs: 900_000 });
  const set = await planMigrations(settings);
  const sources = parseMigrations(set);
  const st = runStatic(settings, set, rules, sources);
  const preset = st.supabase ? 'supabase' : choosePreset(set.layout, st.reviewed.map((r) => r.stmt)).id;
  const row: RollbackRow = { folder, engine: engineId, histories: 0, migrations: 0, proven: 0, verified: 0, noSchemaChange: 0, notApplied: 0, wallMs: 0, causes: {}, examples: {} };
  const histories = new Map<string, ParsedSource[]>();
  for (const s of sources) {
    if (s.direction !== 'up') continue;
    const k = s.migration.history ?? '';
    histories.set(k, [...(histories.get(k) ?? []), s]);
  }
  const as = (p: ParsedSource, status: 'base' | 'added'): ParsedSource => ({ ...p, migration: { ...p.migration, status } });
  const m = await measure(async () => {
    for (const [, up] of histories) {
      row.histories++;
      row.migrations += up.length;
      const stride = Math.max(1, Math.ceil(up.length / sample));
      if (stride > 1) row.sampled = `1 migration in ${stride} proven (at most ${sample} per history); the others applied as history`;
      let engine: Engine | undefined;
      let db: Database | undefined;
      let roleDb: Database | undefined;
      const start = async (history: ParsedSource[]) => {
        await roleDb?.close().catch(() => undefined);
        await db?.close().catch(() => undefined);
        await engine?.stop().catch(() => undefined);
        engine = createEngine ? await createEngine(settings, preset) : await makeEngine(engineId, preset, settings);
        db = await engine.start();
        roleDb = engine.connectAs ? await engine.connectAs(MIGRATOR_ROLE).catch(() => undefined) : undefined;
        if (history.length) {
          const t = await apply(history.map((p) => as(p, 'added')));
          if (process.env.ROLLBACK_DEBUG) for (const f of t.migrations.filter((x) => x.applied !== 'applied')) log(`rebuild: ${f.file} ${f.applied}: ${f.error?.message}`);
        }
      };
      const apply = async (parsed: ParsedSource[]): Promise<TraceResult> => {
        const t = await applyTraced(db!, parsed, { statementTimeoutMs: 60_000, totalTimeoutMs: 900_000, runAs: { role: MIGRATOR_ROLE, db: roleDb } });
        db = t.db;
        return t;
      };
      try {
        await start([]);
        let pending: ParsedSource[] = [];
        for (let k = 0; k < up.length; k++) {
          const p = up[k]!;
          if (k % stride !== stride - 1 && k !== up.length - 1) {
            pending.push(p);
            continue;
          }
          if (pending.length) await apply(pending.map((x) => as(x, 'added')));
          pending = [];
          const trace = await apply([as(p, 'added')]);
          const mig = trace.migrations.find((x) => x.status !== 'base');
          if (mig?.applied !== 'applied' || !trace.before || !trace.after) {
            row.notApplied++;
            if (process.env.ROLLBACK_DEBUG) log(`not applied: ${p.source.file}: ${mig?.error?.message ?? trace.stopped ?? 'no catalog'}`);
            continue;
          }
          const report = await rollbackFor({ settings, db: db!, engine: engine!, trace, up: [as(p, 'added')] });
          row.proven++;
          if (trace.objects.created.length + trace.objects.altered.length + trace.objects.dropped.length === 0 && report.verified) row.noSchemaChange++;
          if (report.verified) {
            row.verified++;
            // Back where it was: apply the migration again and go on.
            const again = await apply([as(p, 'added')]);
            if (again.migrations.find((x) => x.status !== 'base')?.applied !== 'applied') await start(up.slice(0, k + 1));
          } else {
            const c = rollbackFailureClass(report);
            if (process.env.ROLLBACK_DEBUG) log(`not verified: ${p.source.file}: ${report.error ?? report.differences.slice(0, 5).join('; ')}\n${report.sql}`);
            row.causes[c] = (row.causes[c] ?? 0) + 1;
            row.examples[c] ??= `${p.source.file}: ${(report.error ?? report.differences.slice(0, 3).join('; ')).slice(0, 240)}`;
            await start(up.slice(0, k + 1));
          }
        }
      } finally {
        await roleDb?.close().catch(() => undefined);
        await db?.close().catch(() => undefined);
        await engine?.stop().catch(() => undefined);
      }
    }
  });
  row.wallMs = m.wallMs;
  return row;
}

export async function benchRollback(
  engines: RollbackEngineId[] = ['pglite'],
  opts: { folders?: string[]; sample?: number; createEngine?: (settings: Settings, preset: string) => Promise<Engine> } = {},
): Promise<RollbackRow[]> {
  await loadParser();
  const out: RollbackRow[] = [];
  for (const engine of engines) {
    if (engine === 'local' && !findPgBinaries()) continue;
    for (const f of opts.folders ?? ROLLBACK_FOLDERS) {
      log(`rollback: ${f} on ${engine}`);
      out.push(await folderRollback(f, engine, opts.sample ?? 60, opts.createEngine));
    }
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const engines = (process.env.ENGINES?.split(',') ?? ['pglite']) as RollbackEngineId[];
  const folders = process.env.FOLDERS?.split(',');
  // docker: TESTCONTAINERS_RYUK_DISABLED=true where no registry answers (the image is built locally).
  const sample = process.env.ROLLBACK_SAMPLE ? Number(process.env.ROLLBACK_SAMPLE) : undefined;
  const r = await benchRollback(engines, { folders, sample });
  console.log(JSON.stringify(r, null, 2));
}
