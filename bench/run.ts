// `npm run bench`: pgreview's performance figures in one run, printed as tables and written to
// bench/results.json. BENCHMARKS.md explains each figure and records a run.
//
//   npm run bench                      everything (about 5–8 minutes on 2 cores)
//   npm run bench -- --only static     one or more of: static,engines,fresh,apply,memory,rates,rollback,rows,base-cache,changed
//   npm run bench -- --reps 5          repetitions per timing (default 3; medians are reported)
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchStatic, buildCli, type StaticResult } from './static.js';
import { benchEngines, type EngineRow } from './engines.js';
import { benchApply, type ApplyResult } from './apply.js';
import { benchMemory, type MemoryResult } from './memory.js';
import { benchFresh, type FreshResult } from './fresh.js';
import { benchRates, type FolderRate } from './rates.js';
import { benchRollback, type RollbackRow } from './rollback.js';
import { benchRows, type RowsRow } from './rows.js';
import { benchChanged, type ChangedResult } from './changed.js';
import { findPgBinaries } from '../src/engines/local.js';
import { CORPUS, REPO, corpusFolders, fmtMB, fmtMs, fmtX, log, machine, pct, table } from './util.js';
import { benchBaseCache, type BaseCacheResult } from './base-cache.js';
import { detectContainerRuntime, nodeSupportsDocker } from '../src/engines/docker.js';

interface Target {
  name: string;
  target: string;
  value: string;
  met: boolean;
  section?: Section;
}

const SECTIONS = ['static', 'engines', 'fresh', 'apply', 'memory', 'rates', 'rollback', 'rows', 'base-cache', 'changed'] as const;
type Section = (typeof SECTIONS)[number];
/** The results key of each section. */
const RESULT_KEY: Record<Section, string> = { static: 'static', engines: 'engines', fresh: 'fresh', apply: 'apply', memory: 'memory', rates: 'rates', rollback: 'rollback', rows: 'rows', 'base-cache': 'baseCache', changed: 'changed' };

const { values } = parseArgs({
  options: { only: { type: 'string' }, reps: { type: 'string' }, out: { type: 'string' } },
});
const reps = Math.max(1, Number(values.reps ?? 3));
const only = new Set<Section>((values.only?.split(',') as Section[] | undefined) ?? SECTIONS);
const outFile = path.resolve(values.out ?? path.join(REPO, 'bench', 'results.json'));

if (corpusFolders().length === 0) {
  console.error(`pgreview bench: no corpus at ${CORPUS} (set PGREVIEW_CORPUS)`);
  process.exit(2);
}

const results: {
  date: string;
  command: string;
  reps: number;
  machine: ReturnType<typeof machine>;
  static?: StaticResult;
  engines?: EngineRow[];
  fresh?: FreshResult;
  apply?: ApplyResult | { skipped: string };
  memory?: MemoryResult;
  rates?: FolderRate[];
  rollback?: RollbackRow[];
  rows?: RowsRow[];
  baseCache?: BaseCacheResult;
  changed?: ChangedResult | { skipped: string };
  targets: Target[];
  /** When each section in this file was measured: a run of some sections keeps the others' earlier figures. */
  measured: Partial<Record<Section, { date: string; command: string; loadAverageAtStart: number[] }>>;
} = { date: new Date().toISOString(), command: `npm run bench${process.argv.length > 2 ? ' -- ' + process.argv.slice(2).join(' ') : ''}`, reps, machine: machine(), targets: [], measured: {} };

/** The section being measured: its targets carry it, so that a later run of other sections keeps them. */
let current: Section | undefined;
const target = (t: Target) => results.targets.push({ ...t, section: current });

const t0 = performance.now();
let cli: string | undefined;
const needCli = only.has('static') || only.has('memory') || only.has('fresh') || only.has('base-cache') || only.has('changed');
if (needCli) {
  log('building the CLI bundle into bench/.dist (dist/ is untouched)');
  cli = buildCli();
}
// To compare builds (e.g. the one before a change): the CLI bundle to time in the changed section.
const changedCli = process.env.PGREVIEW_BENCH_CLI ? path.resolve(process.env.PGREVIEW_BENCH_CLI) : cli;

const print = (title: string, body: string) => process.stdout.write(`\n== ${title}\n${body}\n`);
print(
  'machine',
  `${results.machine.cpus} × ${results.machine.cpuModel}, ${results.machine.memoryGB} GB, ${results.machine.platform}, Node ${results.machine.node}; load average at start ${results.machine.loadAverageAtStart.join(' ')}; ${reps} repetitions, medians`,
);

if (only.has('static')) {
  current = 'static';
  const s = (results.static = await benchStatic(reps, cli!));
  print(
    `static review of the whole corpus (${s.totals.sqlFiles} .sql files, ${s.folders.length} folders, engine none)`,
    table([
      ['tool', 'wall (median)', 'wall (min)', 'CPU (median)', 'vs squawk (wall)'],
      [`squawk ${s.squawk.version.replace('squawk ', '')}, one process, all files`, fmtMs(s.squawk.allInOne.wall.median), fmtMs(s.squawk.allInOne.wall.min), fmtMs(s.squawk.allInOne.cpu.median), '1.00×'],
      [`squawk, one process per folder`, fmtMs(s.squawk.perFolder.wall.median), fmtMs(s.squawk.perFolder.wall.min), fmtMs(s.squawk.perFolder.cpu.median), fmtX(s.squawk.perFolder.wall.median / s.squawk.allInOne.wall.median)],
      ['pgreview review() in-process, warm', fmtMs(s.pgreview.inProcess.wall.median), fmtMs(s.pgreview.inProcess.wall.min), fmtMs(s.pgreview.inProcess.cpu.median), fmtX(s.ratios.inProcessVsSquawk)],
      ['pgreview review() + JSON render, warm', fmtMs(s.pgreview.inProcessWithJson.wall.median), fmtMs(s.pgreview.inProcessWithJson.wall.min), fmtMs(s.pgreview.inProcessWithJson.cpu.median), fmtX(s.pgreview.inProcessWithJson.wall.median / s.squawk.allInOne.wall.median)],
      ['pgreview review() in-process, first (cold) pass', fmtMs(s.pgreview.inProcessCold.wallMs), '', fmtMs(s.pgreview.inProcessCold.cpuMs), fmtX(s.pgreview.inProcessCold.wallMs / s.squawk.allInOne.wall.median)],
      [`pgreview CLI, one process per folder (Node ${s.pgreview.cli.node})`, fmtMs(s.pgreview.cli.wall.median), fmtMs(s.pgreview.cli.wall.min), fmtMs(s.pgreview.cli.cpu.median), fmtX(s.ratios.cliVsSquawkAllInOne)],
      ['pgreview CLI, every folder in one process', fmtMs(s.pgreview.cliOneProcess.wall.median), fmtMs(s.pgreview.cliOneProcess.wall.min), fmtMs(s.pgreview.cliOneProcess.cpu.median), fmtX(s.pgreview.cliOneProcess.wall.median / s.squawk.allInOne.wall.median)],
    ]) +
      `\npgreview CLI vs squawk one process per folder: ${fmtX(s.ratios.cliVsSquawkPerFolder)} wall, ${fmtX(s.ratios.cpuCliVsSquawk)} CPU` +
      `\npgreview CLI, every folder in one process, vs squawk one process over all files: ${fmtX(s.ratios.cpuCliOneProcessVsSquawk)} CPU` +
      `\npgreview phases (warm, summed over folders): plan+parse ${fmtMs(s.pgreview.phases.planAndParseMs)}, static rules ${fmtMs(s.pgreview.phases.staticMs)}, assess/report ${fmtMs(s.pgreview.phases.otherMs)}` +
      `\nfiles reviewed: pgreview ${s.totals.pgreviewFilesReviewed} (every up and down file), squawk ${s.totals.sqlFiles}; statements ${s.totals.statements}; findings pgreview ${s.totals.findings}, squawk ${s.totals.squawkFindings} (in ${s.totals.squawkFilesWithFindings} files)\n\n` +
      table([
        ['folder', '.sql files', 'pgreview files', 'statements', 'pgreview findings', 'squawk findings'],
        ...s.folders.map((f) => [f.folder, f.sqlFiles, f.pgreviewFiles, f.statements, f.findings, f.squawkFindings]),
      ]),
  );
  target({
    name: 'static review no slower than squawk (in-process review() vs squawk over all files)',
    target: '≤ 1.00×',
    value: fmtX(s.ratios.inProcessVsSquawk),
    met: s.ratios.inProcessVsSquawk <= 1,
  });
  // Issue 15.1: ≤ 3× squawk's native binary in CPU for the whole corpus.
  target({
    name: 'static review ≤ 3× squawk in CPU (CLI per folder vs squawk per folder)',
    target: '≤ 3.00×',
    value: fmtX(s.ratios.cpuCliVsSquawk),
    met: s.ratios.cpuCliVsSquawk <= 3,
  });
  target({
    name: 'static review ≤ 3× squawk in CPU (CLI, every folder in one process, vs squawk over all files)',
    target: '≤ 3.00×',
    value: fmtX(s.ratios.cpuCliOneProcessVsSquawk),
    met: s.ratios.cpuCliOneProcessVsSquawk <= 3,
  });
  target({
    name: 'static review no slower than squawk (CLI per folder vs squawk per folder)',
    target: '≤ 1.00×',
    value: fmtX(s.ratios.cliVsSquawkPerFolder),
    met: s.ratios.cliVsSquawkPerFolder <= 1,
  });
}

if (only.has('engines')) {
  current = 'engines';
  const e = (results.engines = await benchEngines(reps));
  print(
    'engine start time',
    table([
      ['engine', 'state', 'median', 'min', 'max', 'covers / note'],
      ...e.map((r) => [r.engine, r.state, fmtMs(r.wall?.median), fmtMs(r.wall?.min), fmtMs(r.wall?.max), r.note ?? r.covers]),
    ]),
  );
}

if (only.has('fresh')) {
  current = 'fresh';
  const f = (results.fresh = await benchFresh(cli!, reps));
  print(
    `fresh machine: bundled CLI reviews ${f.folder} (${f.changed} changed), empty temp folder, whole process`,
    table([
      ['engine', 'wall (median)', 'wall (min)', 'CPU (median)', 'peak RSS (median)', 'verdict', 'left in temp'],
      ...f.rows.map((r) => [r.engine, fmtMs(r.wall.median), fmtMs(r.wall.min), fmtMs(r.cpu.median), fmtMB(r.peakRssKB.median), r.verdict, r.tempLeft.join(' ') || '-']),
    ]) + (f.skipped ? `\n${f.skipped}` : `\nPGlite / local: ${fmtX(f.ratioWall)} wall, ${fmtX(f.ratioCpu)} CPU`),
  );
  if (f.ratioWall !== undefined) {
    target({ name: 'fresh-machine PGlite review of basejump vs the local engine (wall, whole process)', target: '≤ 1.50×', value: fmtX(f.ratioWall), met: f.ratioWall <= 1.5 });
  }
  const p = f.rows.find((r) => r.engine === 'pglite')!;
  target({ name: 'PGlite peak RSS, basejump review (fresh machine)', target: '≤ 400 MB', value: fmtMB(p.peakRssKB.median), met: p.peakRssKB.median <= 400 * 1024 });
}

if (only.has('apply')) {
  current = 'apply';
  const a = (results.apply = await benchApply(reps));
  if ('skipped' in a) print('base apply of the largest history', `skipped: ${a.skipped}`);
  else {
    print(
      `apply ${a.history} (${a.migrations} migrations, ${a.statements} statements) on the local engine (${a.server})`,
      table([
        ['method', 'median', 'min', 'max', 'vs psql', 'result'],
        ['psql -f (one process, every file, ON_ERROR_STOP=0)', fmtMs(a.psql.wall.median), fmtMs(a.psql.wall.min), fmtMs(a.psql.wall.max), '1.00×', `${a.psql.errors} errors`],
        ['applyTraced, all files as base (whole files)', fmtMs(a.tracedBase.wall.median), fmtMs(a.tracedBase.wall.min), fmtMs(a.tracedBase.wall.max), fmtX(a.ratioBase), `${a.tracedBase.applied} applied, ${a.tracedBase.failed} failed`],
        ['applyTraced, all files as changed (per statement)', fmtMs(a.tracedChanged.wall.median), fmtMs(a.tracedChanged.wall.min), fmtMs(a.tracedChanged.wall.max), fmtX(a.ratioChanged), `${a.tracedChanged.applied} applied, ${a.tracedChanged.failed} failed`],
      ]),
    );
    target({ name: 'traced base apply vs psql -f (largest history)', target: '≤ 1.30×', value: fmtX(a.ratioBase), met: a.ratioBase <= 1.3 });
  }
}

if (only.has('memory')) {
  current = 'memory';
  const m = (results.memory = await benchMemory(cli!));
  print(
    'peak memory (maxRSS)',
    table([
      ['process', 'peak RSS', 'note'],
      ['static review of the whole corpus, one process (tsx)', fmtMB(m.staticCorpusInProcessKB), `tsx + modules loaded, nothing reviewed: ${fmtMB(m.tsxBaselineKB)}`],
      [`CLI static review, largest folder (${m.cliStaticMaxKB.folder})`, fmtMB(m.cliStaticMaxKB.kb), 'bundled CLI, --engine none'],
      [`CLI live review of ${m.live.folder} on PGlite, empty cache (shipped snapshot)`, fmtMB(m.live.cold.kb), `${fmtMs(m.live.cold.wallMs)}, verdict ${m.live.cold.verdict}`],
      [`CLI live review of ${m.live.folder} on PGlite, second run (same temp folder)`, fmtMB(m.live.cached.kb), `${fmtMs(m.live.cached.wallMs)}, verdict ${m.live.cached.verdict}`],
    ]),
  );
}

if (only.has('rates')) {
  current = 'rates';
  const r = (results.rates = await benchRates());
  print(
    'share of files that apply (every file as changed, traced, fresh database per history)',
    table([
      ['folder', 'engine', 'preset', 'files', 'applied', 'of which with skipped stmts', 'failed', 'not run', 'time'],
      ...r.map((x) => [x.folder, x.engine, x.preset, x.files, `${x.applied} (${pct(x.applied, x.files)})`, x.appliedWithSkips, x.failed, x.notRun, fmtMs(x.wallMs)]),
    ]) +
      '\n\nper engine (all folders):\n\n' +
      table([
        ['engine', 'server', 'files', 'applied', 'failed', 'not run'],
        ...[...new Set(r.map((x) => x.engine))].map((e) => {
          const xs = r.filter((x) => x.engine === e);
          const sum = (k: 'files' | 'applied' | 'failed' | 'notRun') => xs.reduce((n, x) => n + x[k], 0);
          return [e, xs.find((x) => x.server)?.server ?? '', sum('files'), `${sum('applied')} (${pct(sum('applied'), sum('files'))})`, sum('failed'), sum('notRun')];
        }),
      ]) +
      '\n\ncauses (files per cause; a file can have a failure and skipped statements):\n' +
      r
        .filter((x) => Object.keys(x.causes).length)
        .map((x) => `  ${x.folder} on ${x.engine}:\n${Object.entries(x.causes).map(([c, n]) => `    ${n} × ${c}  e.g. ${x.examples[c]}`).join('\n')}`)
        .join('\n'),
  );
}

if (only.has('rollback')) {
  current = 'rollback';
  // The big sweep on the local engine when its binaries exist (PGlite otherwise); bounded samples.
  const r = (results.rollback = await benchRollback([findPgBinaries() ? 'local' : 'pglite']));
  const proven = r.reduce((n, x) => n + x.proven, 0);
  const verified = r.reduce((n, x) => n + x.verified, 0);
  print(
    'generated rollbacks verified (each migration as a PR on top of the ones before; Supabase and Prisma histories)',
    table([
      ['folder', 'engine', 'migrations', 'did not apply', 'proven', 'verified', 'of which no schema change', 'time'],
      ...r.map((x) => [x.folder, x.engine, x.migrations, x.notApplied, `${x.proven}${x.sampled ? ' (sampled)' : ''}`, `${x.verified} (${pct(x.verified, x.proven)})`, x.noSchemaChange, fmtMs(x.wallMs)]),
    ]) +
      '\n\nfailure causes:\n' +
      r
        .filter((x) => Object.keys(x.causes).length)
        .map((x) => `  ${x.folder} on ${x.engine}:\n${Object.entries(x.causes).map(([c, n]) => `    ${n} × ${c}  e.g. ${x.examples[c]}`).join('\n')}`)
        .join('\n') +
      r.filter((x) => x.sampled).map((x) => `\n${x.folder}: ${x.sampled}`).join(''),
  );
  target({ name: 'generated rollbacks verified (Supabase + Prisma corpus)', target: '≥ 95%', value: pct(verified, proven), met: proven > 0 && verified / proven >= 0.95 });
}

if (only.has('rows')) {
  current = 'rows';
  const r = (results.rows = await benchRows('pglite'));
  const tables = r.reduce((n, x) => n + x.tables, 0);
  const exercised = r.reduce((n, x) => n + x.exercised, 0);
  print(
    'RLS-enabled tables the rls-isolation probe exercises (Supabase CLI histories, PGlite)',
    table([['folder', 'histories', 'RLS tables', 'exercised', 'time'], ...r.map((x) => [x.folder, x.histories, x.tables, `${x.exercised} (${pct(x.exercised, x.tables)})`, fmtMs(x.wallMs)])]) +
      '\n\nnot exercised:\n' +
      r.flatMap((x) => x.notExercised.map((n) => `  ${x.folder}: ${n.table}: ${n.reason}`)).join('\n'),
  );
  target({ name: 'RLS-enabled tables exercised by the rls-isolation probe (Supabase corpus)', target: '≥ 95%', value: pct(exercised, tables), met: tables > 0 && exercised / tables >= 0.95 });
}

if (only.has('base-cache')) {
  current = 'base-cache';
  // Engines that save their state, each where it can run; BASE_CACHE_ENGINES=pglite,local picks.
  const docker = nodeSupportsDocker() && (await detectContainerRuntime()).available;
  const engines = process.env.BASE_CACHE_ENGINES?.split(',') ?? ['pglite', ...(findPgBinaries() ? ['local'] : []), ...(docker ? ['docker'] : [])];
  const b = (results.baseCache = await benchBaseCache(reps, cli!, engines));
  print(
    `cached base: one-migration PR on ${b.folder} (${b.baseMigrations} base migrations, PR ${b.changed}), whole CLI process`,
    table([
      ['engine', 'PR on an empty history', 'PR on a squashed history', 'full history, cold cache', 'full history, warm cache', 'warm vs empty (wall)', 'warm vs squashed (wall)', 'CPU empty / squashed / cold / warm'],
      ...b.rows.map((r) => [
        r.engine,
        fmtMs(r.empty.wall.median),
        r.squashed ? `${fmtMs(r.squashed.wall.median)} (${r.squashed.verdict})` : '',
        fmtMs(r.cold.wall.median),
        fmtMs(r.warm.wall.median),
        fmtX(r.ratio),
        r.ratioSquashed ? fmtX(r.ratioSquashed) : '',
        `${fmtMs(r.empty.cpu.median)} / ${r.squashed ? fmtMs(r.squashed.cpu.median) : '–'} / ${fmtMs(r.cold.cpu.median)} / ${fmtMs(r.warm.cpu.median)}`,
      ]),
    ]) + `
${b.rows.map((r) => `${r.engine} warm run: ${r.warmNote}`).join('\n')}
squashed history: ${b.squashed}
command: ${b.command}`,
  );
  for (const r of b.rows) {
    target({ name: `warm cached base vs empty history, trigger.dev one-migration PR (${r.engine})`, target: '≤ 1.30×', value: fmtX(r.ratio), met: r.ratio <= 1.3 });
    if (r.ratioSquashed) target({ name: `warm cached base vs the same schema as one migration, no cache (${r.engine})`, target: '≤ 1.30×', value: fmtX(r.ratioSquashed), met: r.ratioSquashed <= 1.3 });
  }
}

if (only.has('changed')) {
  current = 'changed';
  const c = (results.changed = await benchChanged(reps, changedCli!));
  if ('skipped' in c) print('review with many changed migrations', `skipped: ${c.skipped}`);
  else {
    print(
      `review of ${c.history} with its last ${c.changed} of ${c.migrations} migrations changed, whole process (CLI ${path.relative(REPO, c.cli) || c.cli}), vs replaying the history with psql (${c.server})`,
      table([
        ['run', 'median', 'min', 'max', 'vs floor (plain)', 'vs floor (engine settings)', 'result'],
        ['floor: initdb + start + psql -f every file + stop, defaults', fmtMs(c.floor.plain.median), fmtMs(c.floor.plain.min), fmtMs(c.floor.plain.max), '1.00×', '', `${c.floor.psqlErrors} errors`],
        ['floor: the same with the local engine\'s settings (no fsync)', fmtMs(c.floor.engineSettings.median), fmtMs(c.floor.engineSettings.min), fmtMs(c.floor.engineSettings.max), '', '1.00×', ''],
        ...c.reviews.map((r) => [`pgreview review --engine ${r.engine}`, fmtMs(r.wall.median), fmtMs(r.wall.min), fmtMs(r.wall.max), fmtX(r.vsPlainFloor), fmtX(r.vsEngineFloor), `${r.verdict}; reapply ${r.reapply}`]),
      ]),
    );
    const local = c.reviews.find((r) => r.engine === 'local');
    if (local) target({ name: `review with ${c.changed} changed migrations (trigger.dev, local) vs psql replay incl. initdb (engine settings)`, target: '≤ 3.00×', value: fmtX(local.vsEngineFloor), met: local.vsEngineFloor <= 3 });
  }
}

for (const section of only) {
  if (!skippedResult((results as any)[RESULT_KEY[section]])) results.measured[section] = { date: results.date, command: results.command, loadAverageAtStart: results.machine.loadAverageAtStart };
}
keepEarlierSections(results, outFile);

if (results.targets.length) {
  // A target kept from an earlier run says when it was measured: it is not a figure of this run.
  const when = (t: Target) => (t.section && results.measured[t.section]?.date !== results.date ? ` (measured ${results.measured[t.section]?.date ?? 'earlier'})` : '');
  print('targets', table([['target', 'wanted', 'measured', 'met'], ...results.targets.map((t) => [t.name, t.target, t.value + when(t), t.met ? 'yes' : 'NO'])]));
}
writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
if (cli) rmSync(path.dirname(cli), { recursive: true, force: true });
log(`done in ${fmtMs(performance.now() - t0)}; results in ${path.relative(process.cwd(), outFile) || outFile}`);

/** A section's result that is only a reason it was skipped. */
function skippedResult(result: unknown): boolean {
  return !!result && typeof result === 'object' && 'skipped' in result && Object.keys(result).length === 1;
}

/**
 * A run of some sections (`--only`) keeps the other sections' figures and targets from the file it
 * replaces, with when and how they were measured; results from before sections were stamped are kept
 * under that file's own date and command.
 */
function keepEarlierSections(out: typeof results, file: string): void {
  if (!existsSync(file)) return;
  let earlier: any;
  try {
    earlier = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return;
  }
  const kept: Target[] = [];
  for (const section of SECTIONS) {
    const key = RESULT_KEY[section];
    if (earlier[key] === undefined || skippedResult(earlier[key])) continue;
    // A section this run measured replaces the earlier figures; one it skipped (no local binaries,
    // no corpus) keeps them, with their own date, rather than a "skipped" over real figures. A section
    // measured in part (fresh without local binaries) keeps the earlier targets this run did not reach.
    if (only.has(section) && !skippedResult((out as any)[key])) {
      const now = new Set(out.targets.filter((t) => t.section === section).map((t) => t.name));
      kept.push(...((earlier.targets ?? []) as Target[]).filter((t) => t.section === section && !now.has(t.name)));
      continue;
    }
    out.targets = out.targets.filter((t) => t.section !== section);
    (out as any)[key] = earlier[key];
    out.measured[section] = earlier.measured?.[section] ?? { date: earlier.date, command: earlier.command, loadAverageAtStart: earlier.machine?.loadAverageAtStart ?? [] };
    kept.push(...((earlier.targets ?? []) as Target[]).filter((t) => t.section === section));
  }
  out.targets.push(...kept);
}
