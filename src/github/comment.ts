// The sticky review comment: one per PR, found by a hidden marker AND its author (our login), so a
// comment someone else wrote or quoted with the marker in it is never edited. Updated in place, and
// not re-sent when what it says is the same.
import type { GitHub } from './octokit.js';
import { httpStatus } from './octokit.js';

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  /** The login our comments are posted as (a user, github-actions[bot] or <app-slug>[bot]). */
  login: string;
}

export type StickyResult =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url?: string }
  | { action: 'failed'; error: unknown };

/** How long a comment write may take before it counts as failed (then we look before trying again). */
export function writeTimeoutMs(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.PGREVIEW_GITHUB_WRITE_TIMEOUT_MS);
  return Number.isFinite(v) && v > 0 ? v : 30_000;
}

export async function findSticky(gh: GitHub, t: StickyTarget): Promise<{ id: number; body: string; url?: string } | undefined> {
  const comments = await gh.paginate(gh.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  });
  // The oldest of ours: if an earlier run ever left two, the same one keeps being updated.
  const mine = comments.find((c) => c.user?.login === t.login && (c.body ?? '').includes(t.marker));
  return mine ? { id: mine.id, body: mine.body ?? '', url: mine.html_url } : undefined;
}

/** Hidden line carrying a digest of what the comment says, minus measured figures (see reportDigest). */
export function digestLine(digest: string): string {
  return `<!-- pgreview:digest:${digest} -->`;
}

/**
 * The exact body to post (and to write to the comment-path file): the marker once, on the first
 * line, then the digest line, then the markdown with any marker it carried removed.
 */
export function stickyBody(marker: string, markdown: string, digest?: string): string {
  const text = markdown.split(marker).join('').replace(/^\n+/, '');
  return `${marker}\n${digest ? `${digestLine(digest)}\n` : ''}${text}`;
}

/** 5xx, or no answer at all (timeout, reset): GitHub may have stored the comment anyway. */
function mayHaveLanded(e: unknown): boolean {
  const s = httpStatus(e);
  return s === undefined || s >= 500;
}

/**
 * Creates or updates our comment with `body` (from stickyBody). With `digest`, an existing comment
 * carrying the same digest is left alone even if measured parts of the new body differ: no
 * notification, no edit noise. A create that fails with 5xx or a timeout is retried once, and only
 * after re-listing the comments: GitHub may have stored the first one.
 */
export async function upsertSticky(gh: GitHub, t: StickyTarget, body: string, digest?: string): Promise<StickyResult> {
  try {
    const existing = await findSticky(gh, t);
    if (existing) return await updateIfChanged(gh, t, existing, body, digest);
    for (let attempt = 1; ; attempt++) {
      try {
        const { data } = await gh.rest.issues.createComment({
          owner: t.owner,
          repo: t.repo,
          issue_number: t.issueNumber,
          body,
          // Octokit's own retry would POST again blindly and could leave two comments.
          request: { retries: 0, signal: AbortSignal.timeout(writeTimeoutMs()) },
        });
        return { action: 'created', id: data.id, url: data.html_url };
      } catch (e) {
        if (attempt >= 2 || !mayHaveLanded(e)) throw e;
        const landed = await findSticky(gh, t);
        if (landed) return await updateIfChanged(gh, t, landed, body, digest, 'created');
      }
    }
  } catch (error) {
    return { action: 'failed', error };
  }
}

async function updateIfChanged(
  gh: GitHub,
  t: StickyTarget,
  existing: { id: number; body: string; url?: string },
  body: string,
  digest: string | undefined,
  same: 'unchanged' | 'created' = 'unchanged',
): Promise<StickyResult> {
  if (existing.body === body || (digest && existing.body.includes(digestLine(digest)))) return { action: same, id: existing.id, url: existing.url };
  const { data } = await gh.rest.issues.updateComment({
    owner: t.owner,
    repo: t.repo,
    comment_id: existing.id,
    body,
    request: { signal: AbortSignal.timeout(writeTimeoutMs()) },
  });
  return { action: 'updated', id: data.id, url: data.html_url };
}
