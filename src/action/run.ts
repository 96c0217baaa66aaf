// The action: PR context → Settings → review() → comment, annotations, job summary, outputs,
// commit status, exit code. Everything GitHub-specific lives here and in src/github/.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { Finding, Report, Settings, Severity, Verdict } from '../types.js';
import { SEVERITIES, SEVERITY_RANK } from '../types.js';
import { review } from '../review.js';
import { rollbackFileText } from '../live/rollback.js';
import { applyConfig, loadConfig, type PgreviewConfig } from '../config.js';
import { COMMENT_MARKER, renderMarkdown } from '../report/render/markdown.js';
import { readInputs, type ActionInputs, type FailOn } from './inputs.js';
import { createOctokit, explainHttpError, httpStatus, type GitHub } from '../github/octokit.js';
import { authenticatedLogin, getPull, listPullFiles, pullFromPayload, type PullFile, type PullInfo } from '../github/pulls.js';
import { findSticky, stickyBody, upsertSticky, type StickyTarget } from '../github/comment.js';
import { planAnnotations, RESERVED_AFTER, type Annotation } from '../github/annotations.js';
import { COMMENT_LIMIT, SUMMARY_LIMIT_BYTES, byteLength, truncateMarkdown } from '../github/limits.js';
import { addWorktree, ensureCommit, gitText, showAt, toplevel, type Worktree } from '../github/git.js';
import { logUntrusted } from '../github/workflow-commands.js';
import { EngineStartError } from '../engines/auto.js';
import { actionsBaseCache } from './base-cache.js';

export const STATUS_CONTEXT = 'pgreview/re-review';

/** Warnings emitted so far in this step: they count against the runner's 10 warning annotations. */
let warningsEmitted = 0;
function warn(message: string): void {
  warningsEmitted++;
  core.warning(message);
}
const VERDICT_RANK: Record<Verdict, number> = { pass: 0, pass_with_conditions: 1, inconclusive: 2, fail: 3 };

/** Result of one run, for tests and for main.ts's exit handling. */
export interface RunOutcome {
  verdict?: Verdict;
  failed: boolean;
}

export async function run(): Promise<RunOutcome> {
  const inputs = readInputs();
  const ctx = github.context;
  const { owner, repo } = ctx.repo;
  const gh = createOctokit({ token: inputs.token, log: (m) => core.info(m) });

  const pull = await resolvePull(gh, inputs, owner, repo);
  if (!pull) return { failed: true };
  const dispatch = ctx.eventName !== 'pull_request' && ctx.eventName !== 'pull_request_target';

  let files: PullFile[];
  try {
    files = await listPullFiles(gh, owner, repo, pull.number);
  } catch (e) {
    core.setFailed(explainHttpError(e, `Listing the files of pull request #${pull.number}`));
    return { failed: true };
  }

  const workspace = path.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
  const top = toplevel(workspace);
  const workRel = toRepoPath(top, path.resolve(workspace, inputs.workingDirectory));

  // The base commit is where history and configuration come from; the head is what we review.
  let baseAvailable = true;
  try {
    ensureCommit(top, pull.baseSha);
  } catch (e) {
    baseAvailable = false;
    warn(`pgreview: could not fetch the base commit ${pull.baseSha}; configuration falls back to inputs. ${(e as Error).message}`);
  }
  let base: BaseConfig | undefined;
  try {
    base = baseAvailable ? await configFromBase(top, pull.baseSha, workRel, inputs.config) : undefined;
  } catch (e) {
    core.setFailed(`pgreview: the base branch's configuration is invalid: ${(e as Error).message}`);
    return { failed: true };
  }
  const stats = statsFileFor(top, workRel, baseAvailable ? pull.baseSha : undefined, inputs.statsFile ?? base?.stats);
  const dirsRel = inputs.migrations.length ? inputs.migrations : base?.paths?.length ? base.paths : ['.'];
  const migrationDirs = dirsRel.map((m) => toRepoPath(top, path.resolve(top, workRel, m)));
  const touched = files.filter((f) =>
    migrationDirs.some((d) => isMigrationCandidate(f.path, d) || (f.previousPath !== undefined && isMigrationCandidate(f.previousPath, d))),
  );

  if (touched.length === 0) {
    const line = `pgreview: no migration changed in #${pull.number} (${files.length} file${files.length === 1 ? '' : 's'} checked).`;
    core.info(line);
    await core.summary.addRaw(`${line}\n`).write();
    setOutputs({ verdict: 'pass', confidence: 100, counts: zeroCounts(), reportPath: '' });
    if (inputs.comment) await retireSticky(gh, { owner, repo, issueNumber: pull.number, marker: COMMENT_MARKER, login: '' }, line);
    if (dispatch) await setStatus(gh, owner, repo, pull.headSha, 'success', line);
    return { verdict: 'pass', failed: false };
  }

  let worktree: Worktree | undefined;
  let root = top;
  const headHere = gitText(top, ['rev-parse', 'HEAD']) === pull.headSha;
  if (!headHere) {
    try {
      ensureCommit(top, pull.headSha, [`refs/pull/${pull.number}/head`]);
      worktree = addWorktree(top, pull.headSha);
      root = worktree.dir;
    } catch (e) {
      if (dispatch) {
        core.setFailed(`pgreview: cannot check out the head of #${pull.number} (${pull.headSha}): ${(e as Error).message}`);
        return { failed: true };
      }
      // pull_request checkouts hold the merge commit: the PR's files are there, only line numbers could drift.
      warn(`pgreview: reviewing the checked-out commit; the PR head ${pull.headSha} could not be fetched.`);
    }
  }

  try {
    const changed = touched
      .filter((f) => f.status !== 'removed')
      .map((f) => f.path)
      .sort();
    logUntrusted(`pgreview: #${pull.number} changes ${touched.length} migration file(s):\n${touched.map((f) => `  ${f.status} ${f.path}`).join('\n')}`);

    const reports: Report[] = [];
    const baseCache = inputs.cache ? actionsBaseCache({ eventName: ctx.eventName, log: logUntrusted }) : undefined;
    for (const dir of migrationDirs) {
      const settings = buildSettings(inputs, base, {
        dir: path.resolve(root, dir),
        repoRoot: root,
        changed: changed.filter((p) => isUnder(p, dir)),
        base: baseAvailable ? pull.baseSha : undefined,
        linkBase: `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${owner}/${repo}/blob/${pull.headSha}/`,
        ...stats,
      });
      settings.baseCache = baseCache?.settings;
      reports.push(await review(settings));
    }
    await baseCache?.saveAll();
    return await publish({ gh, inputs, owner, repo, pull, reports, dispatch, failOnInconclusive: base?.config?.failOnInconclusive === true });
  } catch (e) {
    const message = `pgreview could not complete the review: ${(e as Error)?.message ?? e}`;
    // An engine that cannot start is a setting or runner problem, said in one line; anything else gets its stack.
    if (!(e instanceof EngineStartError)) logUntrusted(String((e as Error)?.stack ?? e));
    await core.summary.addRaw(`### pgreview: review failed\n\n${'```'}\n${String((e as Error)?.message ?? e).slice(0, 10_000)}\n${'```'}\n`).write();
    core.setFailed(message.split('\n')[0]!);
    // Same exit code as the CLI: the engine asked for cannot start here (2), not a finding (1).
    if (e instanceof EngineStartError) process.exitCode = 2;
    if (dispatch) await setStatus(gh, owner, repo, pull.headSha, 'error', 'pgreview could not complete the review');
    return { failed: true };
  } finally {
    worktree?.remove();
  }
}

/** The commit status a workflow_dispatch review leaves on the head commit (a PR event has its check run). */
async function setStatus(gh: GitHub, owner: string, repo: string, sha: string, state: 'success' | 'failure' | 'error', description: string) {
  try {
    await gh.rest.repos.createCommitStatus({
      owner,
      repo,
      sha,
      state,
      context: STATUS_CONTEXT,
      description: description.slice(0, 140),
      target_url: runUrl(owner, repo),
    });
  } catch (e) {
    warn(explainHttpError(e, `Setting the ${STATUS_CONTEXT} commit status`));
  }
}

interface PublishArgs {
  gh: GitHub;
  inputs: ActionInputs;
  owner: string;
  repo: string;
  pull: PullInfo;
  reports: Report[];
  dispatch: boolean;
  /** `.pgreview.yml` failOnInconclusive (base branch): an inconclusive review fails the check too. */
  failOnInconclusive: boolean;
}

/** Outputs, job summary, annotations, the sticky comment and the exit status, from the reviews of every folder. */
async function publish({ gh, inputs, owner, repo, pull, reports, dispatch, failOnInconclusive }: PublishArgs): Promise<RunOutcome> {
  const findings = reports.flatMap((r) => r.findings);
  const counts = zeroCounts();
  for (const r of reports) for (const s of SEVERITIES) counts[s] += r.summary.findings[s];
  const verdict = reports.map((r) => r.verdict).reduce((a, b) => (VERDICT_RANK[b] > VERDICT_RANK[a] ? b : a), 'pass' as Verdict);
  const confidence = Math.min(...reports.map((r) => r.confidence));

  // JSON first: it is the artifact fork PRs rely on, so it must exist whatever happens next.
  const outDir = path.join(process.env.RUNNER_TEMP || tmpdir(), 'pgreview');
  mkdirSync(outDir, { recursive: true });
  const reportPath = path.join(outDir, 'report.json');
  writeFileSync(reportPath, JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2) + '\n');
  setOutputs({ verdict, confidence, counts, reportPath });
  // The generated rollback, next to the report (several migration folders: one script after the other).
  const rollbackPath = path.join(outDir, 'rollback.sql');
  writeFileSync(rollbackPath, reports.map((r) => rollbackFileText(r)).join('\n'));
  core.setOutput('rollback-path', rollbackPath);

  const markdown = (maxChars: number) =>
    reports.map((r) => renderMarkdown(r, { maxChars: Math.floor(maxChars / reports.length) })).join('\n\n---\n\n');

  const summary = truncateMarkdown(
    markdown(SUMMARY_LIMIT_BYTES - 4096),
    SUMMARY_LIMIT_BYTES - 4096,
    `_Truncated to fit GitHub's 1 MiB job summary; the full report is in ${'`'}report.json${'`'} (output report-path)._`,
    byteLength,
  );
  await core.summary.addRaw(summary).write();

  const failOn: FailOn = inputs.failOn;
  const blocking = failOn === 'never' ? [] : findings.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
  const headline = `pgreview: ${verdict} (confidence ${confidence}) — ${SEVERITIES.map((s) => `${counts[s]} ${s}`).join(', ')}`;
  // Warnings this step already emitted hold slots too.
  const plan = planAnnotations(findings, headline, { reserved: { ...RESERVED_AFTER, warning: RESERVED_AFTER.warning + warningsEmitted } });
  for (const a of plan.annotations) annotate(a);
  core.info(headline);
  logFindings(findings);

  // The comment body is also a file, so a fork-safe workflow_run job can post it (docs/action.md):
  // byte for byte what this step posts, the marker once.
  const digest = reportDigest(reports);
  const bodyLimit = COMMENT_LIMIT - stickyBody(COMMENT_MARKER, '', digest).length - 200;
  const body = stickyBody(
    COMMENT_MARKER,
    truncateMarkdown(
      markdown(bodyLimit - 200),
      bodyLimit,
      `_Truncated to fit one GitHub comment. The full report is in the [job summary](${runUrl(owner, repo)})._`,
    ),
    digest,
  );
  const commentPath = path.join(outDir, 'comment.md');
  writeFileSync(commentPath, body);
  core.setOutput('comment-path', commentPath);

  if (inputs.comment) {
    const login = await loginOrBot(gh);
    const target: StickyTarget = { owner, repo, issueNumber: pull.number, marker: COMMENT_MARKER, login };
    const result = await upsertSticky(gh, target, body, digest);
    if (result.action === 'failed') {
      const why = explainHttpError(result.error, `Commenting on #${pull.number}`);
      // A fork PR's token is read-only: the review still stands, only the comment is missing.
      if (httpStatus(result.error) === 403 && pull.isFork) warn(`${why} This is a pull request from a fork.`);
      else warn(why);
    } else core.info(`pgreview: comment ${result.action}${result.url ? ` (${result.url})` : ''}`);
  }

  const inconclusiveFails = verdict === 'inconclusive' && failOnInconclusive;
  if (dispatch) {
    const failing = blocking.length > 0 || inconclusiveFails;
    await setStatus(gh, owner, repo, pull.headSha, failing ? 'failure' : 'success', `${verdict}, confidence ${confidence}: ${blocking.length} finding(s) at or above ${failOn}`);
  }
  if (blocking.length) {
    core.setFailed(`pgreview: ${blocking.length} finding(s) at or above fail-on=${failOn} (verdict ${verdict}). See the job summary.`);
    return { verdict, failed: true };
  }
  if (inconclusiveFails) {
    core.setFailed('pgreview: the review is inconclusive and failOnInconclusive is set in .pgreview.yml. The comment says why and what to do.');
    return { verdict, failed: true };
  }
  return { verdict, failed: false };
}

async function resolvePull(gh: GitHub, inputs: ActionInputs, owner: string, repo: string): Promise<PullInfo | undefined> {
  const ctx = github.context;
  const payloadPr = ctx.payload.pull_request;
  const requested = inputs.prNumber ?? numberOrUndefined(ctx.payload.inputs?.['pr-number'] ?? ctx.payload.inputs?.pr_number);
  if (payloadPr && (requested === undefined || requested === payloadPr.number)) return pullFromPayload(payloadPr);
  if (requested === undefined) {
    core.setFailed(
      `pgreview reviews pull requests: run it on pull_request, or on workflow_dispatch with the pr-number input (this run is a ${ctx.eventName} event).`,
    );
    return undefined;
  }
  try {
    return await getPull(gh, owner, repo, requested);
  } catch (e) {
    core.setFailed(explainHttpError(e, `Reading pull request #${requested}`));
    return undefined;
  }
}

function numberOrUndefined(v: unknown): number | undefined {
  const s = String(v ?? '').trim().replace(/^#/, '');
  return /^\d+$/.test(s) ? Number(s) : undefined;
}

function toRepoPath(top: string, abs: string): string {
  const rel = path.relative(top, abs).split(path.sep).join('/');
  if (rel.startsWith('..')) throw new Error(`${abs} is outside the repository ${top}`);
  return rel || '.';
}

function isUnder(p: string, dir: string): boolean {
  return dir === '.' || p === dir || p.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}

/** SQL files and the per-migration folders' SQL (Prisma, Diesel) under a migrations folder. */
function isMigrationCandidate(p: string, dir: string): boolean {
  return isUnder(p, dir) && /\.sql$/i.test(p);
}

/**
 * The stats file to use (absolute). A file the repository tracks is read as of the base commit, like
 * the config: a PR must not shrink production's tables to lower its own findings' severity. A file
 * outside the repository or untracked (a downloaded artifact) is used as it is; one that only the
 * pull request tracks is not used.
 */
function statsFileFor(top: string, workRel: string, baseSha: string | undefined, file: string | undefined): Pick<Settings, 'statsFile' | 'statsLabel'> {
  if (!file) return {};
  const abs = path.resolve(top, workRel, file);
  const rel = path.relative(top, abs).split(path.sep).join('/');
  if (rel.startsWith('..') || path.isAbsolute(rel)) return { statsFile: abs };
  const text = baseSha ? showAt(top, baseSha, rel) : undefined;
  if (text === undefined) {
    // Tracked in the checkout but not in the base: the pull request itself supplies it. Not trusted.
    if (baseSha && showAt(top, 'HEAD', rel) !== undefined) {
      core.warning(`pgreview: ${rel} is not in the base commit (this pull request adds it); reviewing without production statistics.`);
      return {};
    }
    return { statsFile: abs }; // written by the workflow (a downloaded artifact), or absent: review() says which
  }
  const tmp = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'pgreview-stats-'));
  const out = path.join(tmp, path.posix.basename(rel));
  writeFileSync(out, text);
  return { statsFile: out, statsLabel: `${rel} (base commit ${baseSha!.slice(0, 12)})` };
}

/**
 * The config file as of the base commit (never the PR head's). Its `paths` come back relative to the
 * working directory, since loadConfig resolved them against the temp folder it read from.
 */
async function configFromBase(top: string, baseSha: string, workRel: string, explicit: string | undefined): Promise<BaseConfig | undefined> {
  const names = explicit && explicit !== '.pgreview.yml' ? [explicit] : ['.pgreview.yml', '.pgreview.yaml'];
  for (const name of names) {
    const rel = path.posix.normalize(path.posix.join(workRel, name));
    const text = showAt(top, baseSha, rel);
    if (text === undefined) continue;
    const tmp = mkdtempSync(path.join(process.env.RUNNER_TEMP || tmpdir(), 'pgreview-config-'));
    try {
      const file = path.join(tmp, path.posix.basename(rel));
      writeFileSync(file, text);
      const config = await loadConfig(tmp, file);
      return {
        config: { ...config, path: rel, paths: undefined, stats: undefined },
        paths: config.paths?.map((p) => path.relative(tmp, p).split(path.sep).join('/')),
        stats: config.stats ? path.relative(tmp, config.stats).split(path.sep).join('/') : undefined,
        label: `${rel} (from the base commit ${baseSha.slice(0, 12)})`,
      };
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  if (explicit && explicit !== '.pgreview.yml') warn(`pgreview: config ${explicit} does not exist on the base commit; using inputs and defaults.`);
  return undefined;
}

interface BaseConfig {
  config: PgreviewConfig;
  /** Migration folders from the config, relative to the working directory. */
  paths?: string[];
  /** The config's `stats:` file, relative to the working directory. */
  stats?: string;
  label: string;
}

function buildSettings(
  inputs: ActionInputs,
  base: BaseConfig | undefined,
  where: Pick<Settings, 'dir' | 'repoRoot' | 'changed' | 'base' | 'linkBase' | 'statsFile' | 'statsLabel'>,
): Settings {
  const settings = applyConfig(
    {
      ...where,
      layout: inputs.layout,
      preset: inputs.preset,
      engine: inputs.engine,
      engineFallback: inputs.engineFallback,
      postgresImage: inputs.postgresImage,
      databaseUrl: inputs.databaseUrl,
      statsUrl: inputs.statsUrl,
      failOn: inputs.failOn === 'never' ? 'critical' : inputs.failOn,
      format: 'markdown',
    },
    base?.config,
  );
  if (base) settings.configPath = base.label;
  // Which engine started, and which could not and why, in the job log (untrusted: error text can quote the PR).
  settings.onProgress = (line) => logUntrusted(`pgreview: ${line}`);
  return settings;
}

function zeroCounts(): Record<Severity, number> {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

function setOutputs(o: { verdict: Verdict; confidence: number; counts: Record<Severity, number>; reportPath: string }) {
  core.setOutput('verdict', o.verdict);
  core.setOutput('confidence', String(o.confidence));
  for (const s of SEVERITIES) core.setOutput(s, String(o.counts[s]));
  core.setOutput('report-path', o.reportPath);
}

function annotate(a: Annotation) {
  const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn };
  if (a.level === 'error') core.error(a.message, props);
  else if (a.level === 'warning') core.warning(a.message, props);
  else core.notice(a.message, props);
}

function logFindings(findings: Finding[]) {
  if (!findings.length) return;
  const lines = [...findings]
    .sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity])
    .map((f) => `${f.severity.padEnd(8)} ${f.file}:${f.line} ${f.ruleId}: ${f.title}`);
  logUntrusted(lines.join('\n'));
}

function runUrl(owner: string, repo: string): string {
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const id = process.env.GITHUB_RUN_ID;
  return id ? `${server}/${owner}/${repo}/actions/runs/${id}` : `${server}/${owner}/${repo}/actions`;
}

let cachedLogin: string | undefined;
async function loginOrBot(gh: GitHub): Promise<string> {
  cachedLogin ??= await authenticatedLogin(gh);
  return cachedLogin;
}

/** When a PR no longer changes migrations, an earlier review comment would mislead: say so in it. */
async function retireSticky(gh: GitHub, target: StickyTarget, line: string) {
  try {
    const login = await loginOrBot(gh);
    const existing = await findSticky(gh, { ...target, login });
    if (!existing) return;
    const body = `${target.marker}\n${line}\n`;
    if (existing.body !== body) await gh.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: existing.id, body });
  } catch (e) {
    warn(explainHttpError(e, 'Updating the earlier pgreview comment'));
  }
}

/** A duration in prose ("took 1.2 s", "waited 350 ms", "in 2 minutes"): measured, so never part of the digest. */
const DURATION = /\b\d+(?:[.,]\d+)?\s?(?:ms|µs|us|s|sec|secs|seconds?|min|mins|minutes?|h|hours?)\b/gi;
/** Keys that hold measured figures: timings, durations, anything in ms. */
const MEASURED_KEY = /^(timings|duration|elapsed|ms)$|(Ms|_ms|Seconds|Duration|Elapsed)$/;

/**
 * What the review says, without what changes on every run (timings, durations in messages too): two
 * runs over the same code and configuration give the same digest, so the comment is not re-sent.
 */
export function reportDigest(reports: Report[]): string {
  const json = JSON.stringify(reports, (k, v) => (MEASURED_KEY.test(k) ? undefined : typeof v === 'string' ? v.replace(DURATION, '<duration>') : v));
  return createHash('sha256').update(json).digest('hex').slice(0, 32);
}
