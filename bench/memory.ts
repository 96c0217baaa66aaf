// 1d. Peak memory (RSS high-water mark: VmHWM, i.e. maxRSS of the process itself) of separate processes:
//  - the static review of the whole corpus in one process (review() per folder, engine none);
//  - the bundled CLI on each folder statically (the largest of them);
//  - the bundled CLI reviewing a Supabase folder live on PGlite with an empty temp folder and cache
//    (TMPDIR and XDG_CACHE_HOME point at a fresh temp dir, so the user's caches are untouched: PGlite
//    starts from the snapshot the bundle ships), then a second run in the same folders. The base
//    history is always cached (PGREVIEW_CACHE_MIN_BASE_MS=0): the first run pays for archiving it,
//    the second starts from it, whatever the machine's speed (the default threshold is a time).
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { CORPUS, REPO, cliEnv, corpusFolders, log, measure, run } from './util.js';

const require = createRequire(import.meta.url);
const HOOK = path.join(REPO, 'bench', 'rss-hook.mjs');

function rssFrom(stderr: string): number | undefined {
  const m = /@@pgreview-bench maxRSS=(\d+)/.exec(stderr);
  return m ? Number(m[1]) : undefined;
}

export interface MemoryResult {
  staticCorpusInProcessKB: number;
  staticCorpusNote: string;
  tsxBaselineKB: number;
  cliStaticMaxKB: { folder: string; kb: number };
  cliStaticPerFolderKB: Record<string, number>;
  live: { folder: string; engine: 'pglite'; cold: { kb: number; wallMs: number; verdict: string }; cached: { kb: number; wallMs: number; verdict: string } };
}

export async function benchMemory(cliPath: string, liveFolder = 'usebasejump__basejump'): Promise<MemoryResult> {
  const tsxCli = path.join(path.dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
  log('memory: static corpus review in one process');
  const child = run(process.execPath, [tsxCli, path.join(REPO, 'bench', 'memory-child.ts'), 'static'], { cwd: REPO });
  if (child.code !== 0) throw new Error(`memory child failed: ${child.stderr.slice(-2000)}`);
  const staticRes = JSON.parse(child.stdout.trim().split('\n').pop()!) as { maxRSSKB: number };
  const base = JSON.parse(run(process.execPath, [tsxCli, path.join(REPO, 'bench', 'memory-child.ts'), 'none'], { cwd: REPO }).stdout.trim().split('\n').pop()!) as {
    maxRSSKB: number;
  };

  const per: Record<string, number> = {};
  for (const f of corpusFolders()) {
    const r = run(process.execPath, ['--import', HOOK, cliPath, 'review', f, '--engine', 'none', '--format', 'json'], { cwd: CORPUS, env: { ...process.env, ...cliEnv() } });
    per[f] = rssFrom(r.stderr) ?? NaN;
  }
  const maxFolder = Object.entries(per).sort((a, b) => b[1] - a[1])[0]!;

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'pgreview-bench-live-'));
  const liveRun = async () => {
    const m = await measure(() =>
      run(process.execPath, ['--import', HOOK, cliPath, 'review', liveFolder, '--engine', 'pglite', '--format', 'json'], { cwd: CORPUS, env: { ...process.env, ...cliEnv(), TMPDIR: tmp, XDG_CACHE_HOME: tmp, PGREVIEW_CACHE_MIN_BASE_MS: '0' } }),
    );
    const out = m.value.stdout;
    let verdict = '?';
    try {
      verdict = (JSON.parse(out) as { verdict: string }).verdict;
    } catch {
      verdict = `no JSON report (exit ${m.value.code}): ${m.value.stderr.slice(-300)}`;
    }
    return { kb: rssFrom(m.value.stderr) ?? NaN, wallMs: m.wallMs, verdict };
  };
  try {
    log(`memory: live PGlite review of ${liveFolder}, empty temp folder and cache (the base is archived)`);
    const cold = await liveRun();
    log(`memory: live PGlite review of ${liveFolder}, second run (from the cached base)`);
    const cached = await liveRun();
    return {
      staticCorpusInProcessKB: staticRes.maxRSSKB,
      staticCorpusNote: `tsx process running review() on all ${corpusFolders().length} folders in turn (includes tsx/esbuild loader memory)`,
      tsxBaselineKB: base.maxRSSKB,
      cliStaticMaxKB: { folder: maxFolder[0], kb: maxFolder[1] },
      cliStaticPerFolderKB: per,
      live: { folder: liveFolder, engine: 'pglite', cold, cached },
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
