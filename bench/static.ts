// 1a. Static review of the whole corpus: pgreview (in-process review() and the bundled CLI, one
// process per folder) against squawk-cli's binary over the same .sql files.
import { createRequire } from 'node:module';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { review, renderReport } from '../src/review.js';
import { defaultSettings } from '../src/config.js';
import { planMigrations } from '../src/migrations/index.js';
import { CORPUS, REPO, cliEnv, corpusFolders, log, measure, run, sqlFiles, stats, type Stats } from './util.js';

const require = createRequire(import.meta.url);

/** squawk's native binary (the npm package's platform optional dependency), run directly: no npx/node shim. */
export function squawkBinary(): string {
  const pkg = `@squawk-cli/${process.platform}-${process.arch}`;
  return require.resolve(`${pkg}/bin/${process.platform === 'win32' ? 'squawk.exe' : 'squawk'}`);
}

export function squawkVersion(bin = squawkBinary()): string {
  return run(bin, ['--version']).stdout.trim();
}

/** Bundle the current sources into bench/.dist (dist/ is left alone) and return the CLI path. */
export function buildCli(): string {
  // Inside the repository (bench/.dist, git-ignored) so the bundle resolves node_modules as dist/ does.
  const out = path.join(REPO, 'bench', '.dist');
  rmSync(out, { recursive: true, force: true });
  const r = run(process.execPath, [path.join(REPO, 'scripts', 'bundle.mjs'), '--outdir', out], { cwd: REPO });
  if (r.code !== 0) throw new Error(`bundle failed: ${r.stderr || r.stdout}`);
  // The CLI as users start it: pgreview.js sets V8's WASM flags and runs cli.js in the same process.
  const cli = path.join(out, 'pgreview.js');
  if (!existsSync(cli)) throw new Error(`bundle produced no pgreview.js in ${out}`);
  return cli;
}

export interface StaticResult {
  folders: { folder: string; sqlFiles: number; pgreviewFiles: number; statements: number; findings: number; squawkFindings: number }[];
  totals: { sqlFiles: number; pgreviewFilesReviewed: number; statements: number; findings: number; squawkFindings: number; squawkFilesWithFindings: number };
  squawk: { version: string; binary: string; allInOne: { wall: Stats; cpu: Stats }; perFolder: { wall: Stats; cpu: Stats } };
  pgreview: {
    inProcessCold: { wallMs: number; cpuMs: number };
    inProcess: { wall: Stats; cpu: Stats };
    inProcessWithJson: { wall: Stats; cpu: Stats };
    cli: { wall: Stats; cpu: Stats; node: string; command: string };
    /** The bundled CLI given every folder at once (`pgreview review a b …`): one process, one review per folder. */
    cliOneProcess: { wall: Stats; cpu: Stats; command: string };
    phases: { planAndParseMs: number; staticMs: number; otherMs: number };
  };
  ratios: {
    inProcessVsSquawk: number;
    cliVsSquawkPerFolder: number;
    cliVsSquawkAllInOne: number;
    cpuInProcessVsSquawk: number;
    cpuCliVsSquawk: number;
    /** CPU of the CLI reviewing every folder in one process vs squawk's one process over all files. */
    cpuCliOneProcessVsSquawk: number;
  };
}

export async function benchStatic(reps: number, cliPath: string): Promise<StaticResult> {
  const folders = corpusFolders();
  const bin = squawkBinary();
  const filesBy = new Map(folders.map((f) => [f, sqlFiles(path.join(CORPUS, f)).map((p) => path.relative(CORPUS, p))]));
  const allFiles = [...filesBy.values()].flat();

  // squawk: every .sql file in one process (the fastest way to run it), and one process per folder
  // (as pgreview's CLI runs). It reports every file and never stops at the first violation or parse
  // error; the exit code is 1 when it found anything.
  const sqAll: { wall: number[]; cpu: number[] } = { wall: [], cpu: [] };
  const sqPer: { wall: number[]; cpu: number[] } = { wall: [], cpu: [] };
  let squawkFindings = 0;
  const squawkFilesWithFindings = new Set<string>();
  const squawkPerFolder = new Map<string, number>();
  for (let i = 0; i < reps; i++) {
    log(`static: squawk, rep ${i + 1}/${reps}`);
    const m = await measure(() => run(bin, ['--reporter', 'json', ...allFiles], { cwd: CORPUS }));
    sqAll.wall.push(m.wallMs);
    sqAll.cpu.push(m.cpuMs);
    if (i === 0) {
      const parsed = JSON.parse(m.value.stdout || '[]') as { file: string }[];
      squawkFindings = parsed.length;
      for (const f of parsed) {
        squawkFilesWithFindings.add(f.file);
        const folder = f.file.split('/')[0]!;
        squawkPerFolder.set(folder, (squawkPerFolder.get(folder) ?? 0) + 1);
      }
    }
    const p = await measure(() => {
      for (const f of folders) run(bin, ['--reporter', 'json', ...filesBy.get(f)!], { cwd: CORPUS });
    });
    sqPer.wall.push(p.wallMs);
    sqPer.cpu.push(p.cpuMs);
  }

  // pgreview in-process: the first pass is cold (module compile, JIT); the next ones are warm.
  const perFolder = new Map<string, { files: number; statements: number; findings: number }>();
  const phases = { planAndParseMs: 0, staticMs: 0, otherMs: 0 };
  const pass = async (render: boolean) => {
    for (const f of folders) {
      const r = await review(defaultSettings({ dir: path.join(CORPUS, f), engine: 'none', format: 'json' }));
      if (render) renderReport(r, 'json');
      perFolder.set(f, { files: 0, statements: r.summary.statements, findings: r.findings.length });
    }
  };
  log('static: pgreview in-process, cold pass');
  const cold = await measure(() => pass(false));
  const inW: number[] = [];
  const inC: number[] = [];
  const jsW: number[] = [];
  const jsC: number[] = [];
  for (let i = 0; i < reps; i++) {
    log(`static: pgreview in-process, rep ${i + 1}/${reps}`);
    const m = await measure(() => pass(false));
    inW.push(m.wallMs);
    inC.push(m.cpuMs);
    const j = await measure(() => pass(true));
    jsW.push(j.wallMs);
    jsC.push(j.cpuMs);
  }
  // Phase split from the report's own timings (one more warm pass) and the file count reviewed.
  let pgreviewFiles = 0;
  for (const f of folders) {
    const r = await review(defaultSettings({ dir: path.join(CORPUS, f), engine: 'none', format: 'json' }));
    phases.planAndParseMs += r.timings.parseMs;
    phases.staticMs += r.timings.staticMs;
    phases.otherMs += r.timings.totalMs - r.timings.parseMs - r.timings.staticMs;
    // Every migration's up file plus its down file, when there is one, is parsed and reviewed.
    const set = await planMigrations(defaultSettings({ dir: path.join(CORPUS, f), engine: 'none' }));
    const files = new Set<string>();
    for (const m of set.migrations) {
      files.add(m.up.file);
      if (m.down) files.add(m.down.file);
    }
    perFolder.get(f)!.files = files.size;
    pgreviewFiles += files.size;
  }

  // pgreview CLI: one process per folder, as a user or CI job would run it; Node startup, bundle
  // load, WASM instantiation and JSON rendering all count.
  const cliW: number[] = [];
  const cliC: number[] = [];
  for (let i = 0; i < reps; i++) {
    log(`static: pgreview CLI, rep ${i + 1}/${reps}`);
    const m = await measure(() => {
      for (const f of folders) {
        const r = run(process.execPath, [cliPath, 'review', f, '--engine', 'none', '--format', 'json'], { cwd: CORPUS, env: { ...process.env, ...cliEnv() } });
        if (r.code === 2 || !r.stdout.startsWith('{')) throw new Error(`pgreview CLI failed on ${f}: ${r.stderr.slice(-2000)}`);
      }
    });
    cliW.push(m.wallMs);
    cliC.push(m.cpuMs);
  }

  // The same reviews in one CLI process (several folders, as a monorepo is reviewed): one Node start
  // and one WASM compile for the whole corpus. Its reports must be the per-folder ones.
  const oneW: number[] = [];
  const oneC: number[] = [];
  for (let i = 0; i < reps; i++) {
    log(`static: pgreview CLI, every folder in one process, rep ${i + 1}/${reps}`);
    const m = await measure(() => run(process.execPath, [cliPath, 'review', ...folders, '--engine', 'none', '--format', 'json'], { cwd: CORPUS, env: { ...process.env, ...cliEnv() } }));
    if (m.value.code === 2 || !m.value.stdout.startsWith('[')) throw new Error(`pgreview CLI failed on the corpus: ${m.value.stderr.slice(-2000)}`);
    const counts = (JSON.parse(m.value.stdout) as { findings: unknown[] }[]).map((r) => r.findings.length);
    const expected = folders.map((f) => perFolder.get(f)!.findings);
    if (counts.join() !== expected.join()) throw new Error(`one-process findings per folder ${counts.join()} differ from the per-folder reviews ${expected.join()}`);
    oneW.push(m.wallMs);
    oneC.push(m.cpuMs);
  }

  const sqAllS = { wall: stats(sqAll.wall), cpu: stats(sqAll.cpu) };
  const sqPerS = { wall: stats(sqPer.wall), cpu: stats(sqPer.cpu) };
  const inS = { wall: stats(inW), cpu: stats(inC) };
  const cliS = { wall: stats(cliW), cpu: stats(cliC) };
  return {
    folders: folders.map((f) => ({
      folder: f,
      sqlFiles: filesBy.get(f)!.length,
      pgreviewFiles: perFolder.get(f)!.files,
      statements: perFolder.get(f)!.statements,
      findings: perFolder.get(f)!.findings,
      squawkFindings: squawkPerFolder.get(f) ?? 0,
    })),
    totals: {
      sqlFiles: allFiles.length,
      pgreviewFilesReviewed: pgreviewFiles,
      statements: [...perFolder.values()].reduce((n, x) => n + x.statements, 0),
      findings: [...perFolder.values()].reduce((n, x) => n + x.findings, 0),
      squawkFindings,
      squawkFilesWithFindings: squawkFilesWithFindings.size,
    },
    squawk: { version: squawkVersion(bin), binary: path.relative(REPO, bin), allInOne: sqAllS, perFolder: sqPerS },
    pgreview: {
      inProcessCold: { wallMs: cold.wallMs, cpuMs: cold.cpuMs },
      inProcess: inS,
      inProcessWithJson: { wall: stats(jsW), cpu: stats(jsC) },
      cli: { ...cliS, node: process.versions.node, command: 'node <bundle>/pgreview.js review <folder> --engine none --format json (once per corpus folder; pgreview.js sets the Liftoff-only WASM flags in-process, src/launch.ts)' },
      cliOneProcess: { wall: stats(oneW), cpu: stats(oneC), command: 'node <bundle>/pgreview.js review <every folder> --engine none --format json (one process)' },
      phases: { planAndParseMs: phases.planAndParseMs, staticMs: phases.staticMs, otherMs: phases.otherMs },
    },
    ratios: {
      inProcessVsSquawk: inS.wall.median / sqAllS.wall.median,
      cliVsSquawkPerFolder: cliS.wall.median / sqPerS.wall.median,
      cliVsSquawkAllInOne: cliS.wall.median / sqAllS.wall.median,
      cpuInProcessVsSquawk: inS.cpu.median / sqAllS.cpu.median,
      cpuCliVsSquawk: cliS.cpu.median / sqPerS.cpu.median,
      cpuCliOneProcessVsSquawk: stats(oneC).median / sqAllS.cpu.median,
    },
  };
}
