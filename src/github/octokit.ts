// One Octokit for the action: REST methods, retries on transient errors, and rate-limit handling
// that waits instead of failing. GITHUB_API_URL makes it work on GHES (and against the test server).
import { Octokit } from '@octokit/rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

const Client = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof Client>;

export interface ClientOptions {
  token: string;
  baseUrl?: string;
  log?: (message: string) => void;
}

/**
 * Octokit's per-request log lines (e.g. "GET /user - 403 in 52ms", which every installation token
 * produces by design). Kept out of the job log and shown only when the action fails
 * (flushRequestLog), where they help; on a good run they are noise that looks like an error.
 */
const requestLog: string[] = [];
const REQUEST_LOG_MAX = 200;
function keep(level: string) {
  return (message: unknown, extra?: unknown) => {
    if (requestLog.length >= REQUEST_LOG_MAX) requestLog.shift();
    const detail = extra && typeof extra === 'object' && 'method' in extra ? ` ${(extra as { method: string }).method} ${(extra as { url?: string }).url ?? ''}` : '';
    requestLog.push(`${level}: ${String(message)}${detail}`);
  };
}

/** The buffered request log, emptied: the caller prints it when the action failed. */
export function flushRequestLog(): string[] {
  return requestLog.splice(0);
}

export function createOctokit({ token, baseUrl, log = () => {} }: ClientOptions): GitHub {
  return new Client({
    auth: token || undefined,
    log: { debug: () => {}, info: keep('info'), warn: keep('warn'), error: keep('error') },
    baseUrl: (baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    userAgent: 'pgreview-action',
    throttle: {
      onRateLimit: (retryAfter, options, _o, retryCount) => {
        log(`GitHub rate limit hit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (retryAfter, options, _o, retryCount) => {
        log(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
        return retryCount < 1;
      },
    },
    // 4xx answers are final: retrying a 403 only delays the clear message below.
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
  });
}

export function httpStatus(e: unknown): number | undefined {
  const s = (e as { status?: unknown })?.status;
  return typeof s === 'number' ? s : undefined;
}

/** A message a user can act on, for the API errors this action meets. */
export function explainHttpError(e: unknown, what: string): string {
  const status = httpStatus(e);
  const detail = String((e as { message?: unknown })?.message ?? e).split('\n')[0];
  switch (status) {
    case 401:
      return `${what}: the token was rejected (401). Check the github-token input.`;
    case 403:
      return (
        `${what}: forbidden (403). The token lacks permission: add \`permissions: pull-requests: write\` ` +
        `(and \`statuses: write\` for re-reviews) to the workflow. Pull requests from forks get a read-only ` +
        `token; use the workflow_run pattern in the README to comment on them. (${detail})`
      );
    case 404:
      return `${what}: not found (404). The pull request, repository or commit does not exist, or the token cannot see it. (${detail})`;
    case 422:
      return `${what}: GitHub rejected the request (422): ${detail}`;
    default:
      return `${what}: ${status ? `HTTP ${status}: ` : ''}${detail}`;
  }
}
