// pgreview CLI: the same review() the action runs, from a laptop.
//   pgreview review [dir…] [--changed f…] [--base ref] [--preset p] [--format f] [--output file]
//                         [--fail-on sev] [--engine e] [--layout l] [--config file] …
//   pgreview rules          list the rule catalogue
//   pgreview stats --url <read-only url> --output stats.json   production statistics (docs/stats-json.md)

import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { existsSync, fstatSync, realpathSync, writeFileSync, writeSync } from 'node:fs';
import { SEVERITIES, type OutputFormat, type Report, type Settings } from './types.js';
import { rules } from '../rules/index.js';
import { review, exitCodeFor, renderReport, sarifOptions } from './review.js';
import { toSarif } from './report/render/sarif.js';
import { NOT_BYTES, utf8BytesOf } from './report/render/json-bytes.js';
import { applyConfig, ENGINES, FORMATS, LAYOUTS, loadConfig, PRESETS } from './config.js';
import { installSignalHandlers } from './engines/cleanup.js';
import { stableJson } from './stats/format.js';
import { VERSION } from './review.js';
import { childProcess, parseArgs } from './node-builtins.js';
import { DEFAULT_BASE_CACHE_MAX_BYTES, defaultBaseCacheDir } from './live/base-cache.js';

const USAGE = `Usage:
  pgreview review [dir…] [options]  review the migrations in dir (default: current directory);
                                    several folders (a monorepo's) are reviewed one after the
                                    other in one run, as the action's migrations input does
  pgreview rules                    list the rules
  pgreview stats --url <url> [--output stats.json]
                                    read production's catalog and table sizes (read-only
                                    transaction, no row data; docs/stats-json.md). The URL may
                                    also come from PGREVIEW_STATS_URL.

Options for review:
  --changed <file>        a migration the PR adds or changes (repeat); others count as history
  --base <ref>            git ref to diff against: changed = files that differ from the merge base
  --layout <id>           supabase|prisma|drizzle|golang-migrate|dbmate|flyway|diesel|postgres-migrations|popx|plain
  --preset <id>           supabase|neon|plain (default: detected)
  --engine <id>           auto|pglite|docker|local|url|none (default: auto; none = static only)
  --engine-fallback       when the requested engine cannot start, fall back (docker → local → pglite);
                          auto always does. Without it, an engine that cannot start is an error (exit 2)
  --postgres-image <ref>  container image for --engine docker (default pgvector/pgvector:pg17)
  --database-url <url>    for --engine url: every change runs in a rolled-back transaction
  --format <f>            text|markdown|json|sarif (default: text)
  --output <file>         write the report to a file instead of stdout
  --rollback-output <file>  write the generated rollback script (proven on the engine) to a file
  --fail-on <severity>    critical|high|medium|low|info: exit 1 when a finding is at least this severe
  --config <file>         .pgreview.yml to read (default: <dir>/.pgreview.yml)
  --pg-version <n>        target production Postgres major version (default 17)
  --rows <n>              rows to seed per touched table for the data-volume probe
  --expected-rows t=n     production size of a table, for lock-time estimates (repeat)
  --stats <file>          production statistics from pgreview stats: sizes, estimates and
                          severity by size, schema drift (docs/severity-by-size.md)
  --statement-timeout <ms>, --total-timeout <ms>   wall-clock limits for live execution
  --cache-dir <dir>       where the database after the base history is cached (default
                          $XDG_CACHE_HOME/pgreview or ~/.cache/pgreview; at most
                          PGREVIEW_CACHE_MAX_MB, default 2048, oldest entries removed first)
  --no-cache              replay the base history on every run, and write no cache (every base
                          history is cached otherwise; PGREVIEW_CACHE_MIN_BASE_MS sets a least replay time)
  --verbose               text output: add why each finding matters, evidence, matrices, the per-statement trace
  --fail-on-inconclusive  exit 1 when the review is inconclusive (default: exit 0 and say why)
  --color / --no-color    force or disable colour in text output
  --progress              print progress on stderr (engine started, the time each stage and probe took); on by default when stderr is a terminal
  -h, --help
  -V, --version           print pgreview's version

Paths in every output are relative to the git top-level of dir (or to the current directory outside
a repository), whatever folder is given.

Exit codes: 0 passed (or inconclusive), 1 a finding at or above --fail-on or a failed verdict
(or inconclusive with --fail-on-inconclusive), 2 usage or internal error (or the engine could not
start), 130/143 interrupted (SIGINT/SIGTERM; no report is written).`;

function fail(message: string): never {
  process.stderr.write(`pgreview: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) fail(`--${name} must be one of ${allowed.join(', ')} (got "${value}")`);
  return value as T;
}

function int(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a whole number (got "${value}")`);
  return n;
}

/**
 * --changed paths may be given relative to the current directory or to the reviewed folder; they
 * become repository paths. Undefined for a path outside the folder (the caller says whether that is an error).
 */
function changedPath(dir: string, root: string, p: string): string | undefined {
  const fromCwd = resolve(p);
  const abs = existsSync(fromCwd) || !existsSync(resolve(dir, p)) ? fromCwd : resolve(dir, p);
  const inDir = relative(dir, abs);
  if (inDir.startsWith('..') || isAbsolute(inDir)) return undefined;
  return relative(root, abs).split(sep).join('/');
}

/**
 * The folder paths are relative to: the git top-level of the reviewed folder, else the current
 * directory when the folder is inside it, else the folder itself. So `pgreview review supabase/migrations`
 * run from the repository root reports `supabase/migrations/x.sql`, as code scanning expects.
 */
export function repositoryRoot(dir: string, cwd = process.cwd()): string {
  const top = gitTopLevel(dir);
  if (top) return top;
  const fromCwd = relative(resolve(cwd), dir);
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? dir : resolve(cwd);
}

/** git's top-level of `dir` (real path); undefined outside a repository or without git. */
function gitTopLevel(dir: string): string | undefined {
  // Outside any checkout git can only fail: spare starting it (once per reviewed folder).
  if (!process.env.GIT_DIR && !insideGitCheckout(dir)) return undefined;
  try {
    const top = childProcess().execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    return top ? realpathSync(top) : undefined;
  } catch {
    return undefined; // not a repository, or no git
  }
}

/**
 * Whether `dir` or a folder above it holds a `.git` entry (a repository's folder, or the file of a
 * worktree or submodule): where git would look, so without one `git rev-parse` cannot succeed.
 */
function insideGitCheckout(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return true;
    if (dirname(d) === d) return false;
  }
}

/** The command line, parsed (unknown flags are a usage error). */
function parseCli(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        changed: { type: 'string', multiple: true },
        base: { type: 'string' },
        layout: { type: 'string' },
        preset: { type: 'string' },
        engine: { type: 'string' },
        'engine-fallback': { type: 'boolean' },
        'postgres-image': { type: 'string' },
        progress: { type: 'boolean' },
        'database-url': { type: 'string' },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'rollback-output': { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'pg-version': { type: 'string' },
        rows: { type: 'string' },
        'expected-rows': { type: 'string', multiple: true },
        stats: { type: 'string' },
        url: { type: 'string' },
        'statement-timeout': { type: 'string' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean' },
        'total-timeout': { type: 'string' },
        verbose: { type: 'boolean', short: 'v' },
        'fail-on-inconclusive': { type: 'boolean' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        // -V, not -v: -v has long meant --verbose, and `review -v` must not turn into an exit 0 without a review.
        version: { type: 'boolean', short: 'V' },
      },
    });
  } catch (e) {
    fail((e as Error).message);
  }
}

/**
 * `review`'s settings: flags over .pgreview.yml over the defaults. With several folders, each takes
 * the --changed paths under it (as the action splits a PR's files among its migration folders).
 */
async function settingsFrom(values: ReturnType<typeof parseCli>['values'], dirArg: string | undefined, several = false): Promise<Settings> {
  const given = resolve(dirArg ?? '.');
  // Real paths on both sides, so a symlinked checkout (/tmp → /private/tmp) still relates to the git top-level.
  const dir = existsSync(given) ? realpathSync(given) : given;
  const root = repositoryRoot(dir);
  const config = await loadConfig(dir, values.config);
  const expectedRows: Record<string, number> = { ...(config.expectedRows ?? {}) };
  for (const pair of values['expected-rows'] ?? []) {
    const m = /^([^=]+)=(\d+)$/.exec(pair);
    if (!m) fail(`--expected-rows takes table=count (got "${pair}")`);
    expectedRows[m[1]!] = Number(m[2]);
  }
  // Flags left out are undefined: applyConfig fills them from the config file, then the defaults.
  return applyConfig(
    {
      dir,
      repoRoot: root,
      changed: values.changed?.flatMap((c) => changedPath(dir, root, c) ?? (several ? [] : fail(`--changed ${c} is outside the reviewed folder ${dir}`))),
      base: values.base,
      layout: oneOf('layout', values.layout, LAYOUTS),
      preset: oneOf('preset', values.preset, PRESETS),
      engine: oneOf('engine', values.engine, ENGINES),
      engineFallback: values['engine-fallback'],
      postgresImage: values['postgres-image'],
      databaseUrl: values['database-url'] ?? process.env.PGREVIEW_DATABASE_URL,
      format: oneOf('format', values.format, FORMATS),
      failOn: oneOf('fail-on', values['fail-on'], SEVERITIES),
      pgVersion: int('pg-version', values['pg-version']),
      rows: int('rows', values.rows),
      expectedRows,
      statementTimeoutMs: int('statement-timeout', values['statement-timeout']),
      totalTimeoutMs: int('total-timeout', values['total-timeout']),
      statsFile: values.stats ? resolve(values.stats) : undefined,
      failOnInconclusive: values['fail-on-inconclusive'] || undefined,
      baseCache: values['no-cache'] ? undefined : baseCacheSettings(values['cache-dir']),
    },
    config,
  );
}

export async function main(argv: string[]): Promise<number> {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    process.stderr.write(`pgreview needs Node.js 20 or newer (this is ${process.version}).\n`);
    return 2;
  }
  const { values, positionals } = parseCli(argv);
  const [command = 'review', ...rest] = positionals;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (command === 'rules') {
    for (const r of [...rules].sort((a, b) => a.id.localeCompare(b.id))) {
      process.stdout.write(`${r.id.padEnd(40)} ${r.severity.padEnd(9)} ${r.phase.padEnd(7)} ${r.title}\n`);
    }
    return 0;
  }
  if (command === 'stats') return stats(values.url ?? process.env.PGREVIEW_STATS_URL, values.output);
  if (command !== 'review') fail(`unknown command "${command}"`);
  const dirs = rest.length ? rest : [undefined];
  const runs: Settings[] = [];
  for (const d of dirs) runs.push(await settingsFrom(values, d, dirs.length > 1));
  for (const c of dirs.length > 1 ? (values.changed ?? []) : []) {
    if (!runs.some((s) => changedPath(s.dir, s.repoRoot, c) !== undefined)) fail(`--changed ${c} is outside the reviewed folders (${runs.map((s) => s.dir).join(', ')})`);
  }
  if (runs.some((s) => s.engine === 'url' && !s.databaseUrl)) fail('--engine url needs --database-url (or PGREVIEW_DATABASE_URL)');
  const reports: Report[] = [];
  let exitCode = 0;
  for (const settings of runs) {
    const report = await reviewOne(settings, values);
    if (report === undefined) return 2;
    reports.push(report);
    exitCode = Math.max(exitCode, exitCodeFor(report, settings.failOn, settings.failOnInconclusive));
  }
  const format = runs[0]!.format;
  const color = values['no-color'] ? false : values.color ?? (!values.output && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const rendered = renderReports(reports, format, { color, verbose: values.verbose });
  if (values.output) {
    writeFileSync(values.output, rendered.parts.join(''), rendered.encoding);
    process.stderr.write(`pgreview: ${reports.map((r) => `${r.verdict} (confidence ${r.confidence})`).join(', ')} → ${values.output}\n`);
  } else writeStdout(rendered);
  if (values['rollback-output']) {
    const { rollbackFileText } = await import('./live/rollback.js');
    writeFileSync(values['rollback-output'], reports.map((r) => rollbackFileText(r)).join('\n'));
    const said = reports.map(({ rollback: r }) => (r ? (r.verified ? 'verified' : 'NOT verified') : 'not generated'));
    process.stderr.write(`pgreview: rollback ${said.join(', ')} → ${values['rollback-output']}\n`);
  }
  return exitCode;
}

/** One folder's review; undefined when the engine the user asked for cannot start (said on stderr). */
async function reviewOne(settings: Settings, values: ReturnType<typeof parseCli>['values']): Promise<Report | undefined> {
  if (values.progress ?? process.stderr.isTTY === true) {
    settings.onProgress = (line) => process.stderr.write(`pgreview: ${line}\n`);
  }
  try {
    return await review(settings);
  } catch (e) {
    // One clear line, not a stack: the user asked for an engine this machine cannot start. (The
    // engines are imported only by a live run: a static run loads none of them, see review.ts.)
    if (settings.engine !== 'none' && e instanceof (await import('./engines/auto.js')).EngineStartError) {
      process.stderr.write(`pgreview: ${e.message}\n`);
      return undefined;
    }
    throw e;
  }
}

/** An output's parts and the encoding that makes their characters bytes (see report/render/json-bytes.ts). */
interface Rendered {
  parts: string[];
  encoding: 'utf8' | 'latin1';
}

/**
 * Several folders' reports in one output, as the action writes them: JSON an array of reports
 * (one report stays an object), SARIF one run per folder, markdown and text one after the other.
 * The output is the parts joined; a document and its final newline are separate parts, so that
 * writing them copies nothing (`${json}\n` of megabytes was copied once more to be encoded).
 */
function renderReports(reports: Report[], format: OutputFormat, opts: { color?: boolean; verbose?: boolean }): Rendered {
  if (format === 'json' || format === 'sarif') {
    const docs = format === 'json' ? reports : sarifLogs(reports);
    // The JSON of UTF-8 bytes as Latin-1 characters: the same bytes, built and written as one-byte strings.
    const bytes = docs.map((d) => utf8BytesOf(d));
    if (!bytes.includes(NOT_BYTES)) return { parts: jsonDocumentParts(bytes, format), encoding: 'latin1' };
    return { parts: jsonDocumentParts(docs, format), encoding: 'utf8' };
  }
  if (reports.length === 1) return { parts: [renderReport(reports[0]!, format, opts)], encoding: 'utf8' };
  const each = reports.map((r) => renderReport(r, format, opts));
  return { parts: [each.join(format === 'markdown' ? '\n\n---\n\n' : '\n')], encoding: 'utf8' };
}

/** The SARIF logs of the reports, as objects (not rendered and read back). */
function sarifLogs(reports: Report[]): Record<string, unknown>[] {
  const options = sarifOptions();
  return reports.map((r) => toSarif(r, options));
}

/**
 * What renderJson / renderSarif print: one document as JSON.stringify(doc, null, 2) and a newline;
 * several JSON reports as an array of them, several SARIF logs as the first log with every log's run.
 */
function jsonDocumentParts(docs: unknown[], format: 'json' | 'sarif'): string[] {
  if (docs.length === 1) return [JSON.stringify(docs[0], null, 2), '\n'];
  if (format === 'json') return ['[\n', ...jsonItems(docs, 0), '\n]', '\n'];
  const [first, ...others] = docs as { runs: unknown[] }[];
  const runs = [...first!.runs, ...others.flatMap((s) => s.runs)];
  // The log's last key is its runs (toSarif; the several-folders test compares the bytes): the
  // log without them, then the runs one at a time.
  const head = JSON.stringify({ ...first, runs: [] }, null, 2);
  return [head.slice(0, -'[]\n}'.length), '[\n', ...jsonItems(runs, 1), '\n  ]\n}', '\n'];
}

/**
 * What JSON.stringify(items, null, 2) holds for each item of an array `depth` levels into a document,
 * separated by ",\n" parts. An item alone inside depth + 1 arrays is stringified with the same
 * indentation; the brackets around it are cut off. Each item is its own string.
 */
function jsonItems(items: unknown[], depth: number): string[] {
  // "[\n" and the indentation of each enclosing level before the item, as many characters after it.
  const cut = 2 * (depth + 1) + depth * (depth + 1);
  const parts: string[] = [];
  for (const [i, item] of items.entries()) {
    let wrapped: unknown = item;
    for (let d = 0; d <= depth; d++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    if (i) parts.push(',\n');
    parts.push(text.slice(cut, text.length - cut));
  }
  return parts;
}

/** The rendered parts on standard output, one after the other, ending with a newline. */
function writeStdout({ parts, encoding }: Rendered): void {
  const write = stdoutIsFile() ? (s: string) => void writeSync(1, s, null, encoding) : (s: string) => void process.stdout.write(s, encoding);
  let last = '';
  for (const part of parts) {
    if (!part) continue;
    write(part);
    last = part;
  }
  if (!last.endsWith('\n')) write('\n');
}

/**
 * Standard output is a file (or /dev/null): Node's stream for it writes each chunk synchronously
 * with one write, after copying the string into a Buffer; writing the string itself does the same
 * without that copy (~7 ms of the whole corpus's 8.6 MB report). Pipes and terminals keep the
 * stream, which waits for a slow reader.
 */
function stdoutIsFile(): boolean {
  try {
    const st = fstatSync(1);
    return st.isFile() || (st.isCharacterDevice() && !process.stdout.isTTY);
  } catch {
    return false;
  }
}

// First thing: an interrupt at any point ends the run without a report (see cleanup.ts).
installSignalHandlers();
/** `pgreview stats`: the URL is never printed; warnings go to stderr, the JSON to --output or stdout. */
async function stats(url: string | undefined, output: string | undefined): Promise<number> {
  if (!url) fail('stats needs --url <read-only connection string> (or PGREVIEW_STATS_URL)');
  let s;
  try {
    s = await (await import('./stats/collect.js')).collectStatsFromUrl(url, { toolVersion: VERSION });
  } catch (e) {
    // StatsError messages never carry the URL; a stack trace would add nothing for the user.
    process.stderr.write(`pgreview: ${(e as Error).message}\n`);
    return 2;
  }
  if (s.writeAccess.length) {
    process.stderr.write(`pgreview: warning: the role ${s.session.role} can write to this database (${s.writeAccess.join('; ')}). pgreview only reads, in a read-only transaction, but give the stats job a role that cannot write (docs/stats-json.md).\n`);
  }
  const json = stableJson(s);
  if (output) {
    writeFileSync(output, json);
    process.stderr.write(`pgreview: statistics of ${Object.keys(s.relations).length} relation(s) from PostgreSQL ${s.server.version} → ${output}\n`);
  } else process.stdout.write(json);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`pgreview: ${(e as Error)?.stack ?? e}\n`);
    process.exitCode = 2;
  },
);

/** The base cache folder and its bound (PGREVIEW_CACHE_MAX_MB). */
function baseCacheSettings(dir: string | undefined): Settings['baseCache'] {
  const mb = Number(process.env.PGREVIEW_CACHE_MAX_MB);
  return { dir: dir ? resolve(dir) : defaultBaseCacheDir(), maxBytes: mb > 0 ? mb * 1024 * 1024 : DEFAULT_BASE_CACHE_MAX_BYTES };
}
