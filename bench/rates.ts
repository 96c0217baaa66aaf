// 3d. How much of the corpus applies, per folder and engine: every file treated as changed (what a
// PR that adds the whole history gets), applied by applyTraced in the tool's order, one fresh
// database per history with the preset review() would pick. Failures are grouped by cause.
import path from 'node:path';
import { loadParser } from '../src/sql/parse.js';
import { planMigrations } from '../src/migrations/index.js';
import { parseMigrations, runStatic } from '../src/analysis/static.js';
import { defaultSettings } from '../src/config.js';
import { choosePreset, presetPrepare } from '../src/live/presets.js';
import { applyTraced } from '../src/live/trace.js';
import { PgliteEngine } from '../src/engines/pglite.js';
import { LocalEngine, findPgBinaries } from '../src/engines/local.js';
import { DockerEngine, detectContainerRuntime, nodeSupportsDocker } from '../src/engines/docker.js';
import { runnerSetup } from '../src/migrations/runner.js';
import type { Engine } from '../src/engines/database.js';
import { rules } from '../rules/index.js';
import { CORPUS, corpusFolders, log, measure } from './util.js';

export interface FolderRate {
  folder: string;
  engine: RateEngine;
  preset: string;
  /** Server version the files ran on. */
  server?: string;
  histories: number;
  files: number;
  applied: number;
  /** Applied, but with statements skipped because the engine lacks an extension. */
  appliedWithSkips: number;
  failed: number;
  notRun: number;
  wallMs: number;
  causes: Record<string, number>;
  /** One example per cause: file and message. */
  examples: Record<string, string>;
}

/** A failure's cause class, from Postgres's message (and the file, for MySQL-isms). */
export function failureClass(message: string): string {
  const m = message;
  let x: RegExpExecArray | null;
  if ((x = /extension "([^"]+)" is not available|could not open extension control file ".*\/([^/"]+)\.control"/.exec(m))) return `missing extension ${x[1] ?? x[2]}`;
  if ((x = /role "([^"]+)" does not exist/.exec(m))) return `missing role (${x[1]})`;
  if ((x = /schema "([^"]+)" does not exist/.exec(m))) return `missing schema (${x[1]})`;
  if (/cannot be parsed|syntax error/.test(m)) return 'not valid PostgreSQL (syntax error)';
  if ((x = /^type "([^"]+)" does not exist/.exec(m))) return `type does not exist (${x[1]})`;
  if (/^function .* does not exist/.test(m)) return 'function does not exist';
  if (/^relation ".*" does not exist/.test(m)) return 'relation does not exist (an earlier file failed, or it lives outside the folder)';
  if (/^column .* does not exist/.test(m)) return 'column does not exist (an earlier file failed)';
  if (/already exists/.test(m)) return 'object already exists (history re-creates it, or the preset did)';
  if (/permission denied|must be superuser|must be owner|must be member/.test(m)) return 'privileges (superuser / owner needed)';
  if (/cannot run inside a transaction block|cannot be executed within a pipeline|CONCURRENTLY/.test(m)) return 'must run outside a transaction';
  if (/could not access file|library/.test(m)) return 'server library missing';
  return m.replace(/"[^"]*"/g, '"…"').slice(0, 80);
}

const skippedClass = (why: string) => {
  const m = /extension "([^"]+)"/.exec(why);
  return m ? `skipped: extension ${m[1]} not on this engine` : `skipped: ${why.slice(0, 60)}`;
};

export type RateEngine = 'local' | 'pglite' | 'docker';

async function folderRate(folder: string, engineId: RateEngine): Promise<FolderRate> {
  const dir = path.join(CORPUS, folder);
  const settings = defaultSettings({ dir, engine: engineId });
  const set = await planMigrations(settings);
  const sources = parseMigrations(set);
  const st = runStatic(settings, set, rules, sources);
  // As review() picks it (src/live/review.ts choosePresetFor), without importing the live stage's probes.
  const preset = st.supabase ? { id: 'supabase' as const } : choosePreset(set.layout, st.reviewed.map((r) => r.stmt));
  const out: FolderRate = { folder, engine: engineId, preset: preset.id, histories: 0, files: 0, applied: 0, appliedWithSkips: 0, failed: 0, notRun: 0, wallMs: 0, causes: {}, examples: {} };
  const histories = new Map<string, typeof sources>();
  for (const s of sources) {
    if (s.direction !== 'up') continue;
    const k = s.migration.history ?? '';
    histories.set(k, [...(histories.get(k) ?? []), s]);
  }
  const bins = findPgBinaries();
  const m = await measure(async () => {
    for (const [, up] of histories) {
      out.histories++;
      const engine: Engine =
        engineId === 'pglite'
          ? new PgliteEngine({ prepare: presetPrepare(preset.id) })
          : engineId === 'docker'
            ? new DockerEngine({ prepare: presetPrepare(preset.id) })
            : new LocalEngine({ binaries: bins, prepare: presetPrepare(preset.id) });
      const db = await engine.start();
      out.server ??= engine.describe().description;
      try {
        // As review() runs them: as the preset's migration role, with the runner's own table.
        const asRole = engine.connectAs ? await engine.connectAs('pgreview_migrator').catch(() => undefined) : undefined;
        const r = await applyTraced(db, up, {
          statementTimeoutMs: 60_000,
          totalTimeoutMs: 900_000,
          runAs: { role: 'pgreview_migrator', db: asRole },
          runnerSetup: runnerSetup(set.layout, up.map((s) => s.migration)),
        });
        await asRole?.close().catch(() => undefined);
        for (const mig of r.migrations) {
          out.files++;
          const skips = (mig.trace ?? []).filter((t) => t.skipped && !t.skipped.startsWith('not run'));
          if (mig.applied === 'applied') {
            out.applied++;
            if (skips.length) out.appliedWithSkips++;
          } else if (mig.applied === 'failed') out.failed++;
          else out.notRun++;
          const classes = new Set<string>();
          if (mig.applied === 'failed' && mig.error) classes.add(failureClass(mig.error.message));
          for (const s of skips) classes.add(skippedClass(s.skipped!));
          for (const c of classes) {
            out.causes[c] = (out.causes[c] ?? 0) + 1;
            out.examples[c] ??= `${mig.file}${mig.error ? `:${mig.error.line}: ${mig.error.message.slice(0, 160)}` : ''}`;
          }
        }
      } finally {
        await db.close().catch(() => undefined);
        await engine.stop().catch(() => undefined);
      }
    }
  });
  out.wallMs = m.wallMs;
  return out;
}

export async function benchRates(engines: RateEngine[] = ['local', 'docker', 'pglite']): Promise<FolderRate[]> {
  await loadParser();
  const out: FolderRate[] = [];
  for (const engine of engines) {
    if (engine === 'local' && !findPgBinaries()) continue;
    if (engine === 'docker') {
      const rt = await detectContainerRuntime();
      if (!rt.available || !nodeSupportsDocker(process.versions.node)) {
        log(`rates: docker skipped (${rt.available ? `Node ${process.versions.node} is too old for testcontainers` : rt.detail})`);
        continue;
      }
    }
    const only = process.env.FOLDERS?.split(',');
    for (const f of corpusFolders().filter((x) => !only || only.includes(x))) {
      log(`rates: ${f} on ${engine}`);
      out.push(await folderRate(f, engine));
    }
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const only = process.env.ENGINES?.split(',') as RateEngine[] | undefined;
  const r = await benchRates(only);
  console.log(JSON.stringify(r, null, 2));
}
