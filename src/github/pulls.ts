// The pull request as GitHub sees it: its head/base, the files it touches, and who we are.
import type { GitHub } from './octokit.js';
import { httpStatus } from './octokit.js';

export interface PullInfo {
  number: number;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  /** owner/name of the head repository; differs from the base for fork PRs. */
  headRepo: string;
  baseRepo: string;
  isFork: boolean;
  htmlUrl?: string;
}

export type PullFileStatus = 'added' | 'modified' | 'renamed' | 'removed' | 'copied' | 'changed' | 'unchanged';

export interface PullFile {
  /** Repo-root-relative path in the head (for removed files: the path that was removed). */
  path: string;
  status: PullFileStatus;
  previousPath?: string;
}

/** The subset of a pulls.get / pull_request payload this action reads. */
export function pullFromPayload(pr: any): PullInfo {
  const headRepo = String(pr?.head?.repo?.full_name ?? '');
  const baseRepo = String(pr?.base?.repo?.full_name ?? '');
  return {
    number: Number(pr.number),
    headSha: String(pr.head.sha),
    headRef: String(pr.head.ref ?? ''),
    baseSha: String(pr.base.sha),
    baseRef: String(pr.base.ref ?? ''),
    headRepo,
    baseRepo,
    // A deleted fork has no head repo: treat it as a fork (read-only token).
    isFork: !headRepo || headRepo !== baseRepo,
    htmlUrl: pr.html_url,
  };
}

export async function getPull(gh: GitHub, owner: string, repo: string, pull_number: number): Promise<PullInfo> {
  const { data } = await gh.rest.pulls.get({ owner, repo, pull_number });
  return pullFromPayload(data);
}

/** Every file of the PR (GitHub caps the list at 3000; pagination follows the Link headers). */
export async function listPullFiles(gh: GitHub, owner: string, repo: string, pull_number: number): Promise<PullFile[]> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, { owner, repo, pull_number, per_page: 100 });
  return files.map((f) => ({
    path: f.filename,
    status: f.status as PullFileStatus,
    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
  }));
}

/** GITHUB_TOKEN is an installation token of the GitHub Actions app: it posts as this bot. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * The login our comments are posted as. A personal token: GET /user. An installation token (the
 * workflow's GITHUB_TOKEN, or a GitHub App's from actions/create-github-app-token) gets 403 there;
 * GraphQL's `viewer` answers for both kinds, with `<app-slug>[bot]`. If that fails too, the
 * Actions bot is the likeliest identity (comments of another identity are then never touched).
 */
export async function authenticatedLogin(gh: GitHub): Promise<string> {
  try {
    const { data } = await gh.rest.users.getAuthenticated();
    return data.login;
  } catch (e) {
    const s = httpStatus(e);
    if (s !== 403 && s !== 401 && s !== 404) throw e;
  }
  try {
    const r = await gh.graphql<{ viewer: { login: string } }>('query { viewer { login } }');
    if (r?.viewer?.login) return r.viewer.login;
  } catch {
    // fall through: GHES without GraphQL for this token, or a proxy that blocks it
  }
  return ACTIONS_BOT;
}
