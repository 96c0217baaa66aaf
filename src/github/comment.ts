// The sticky review comment: one per PR, found by a hidden marker AND its author (our login), so a
// comment someone else wrote or quoted with the marker in it is never edited. Updated in place, and
// not re-sent when the body is the same.
import type { GitHub } from './octokit.js';

export interface StickyTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  marker: string;
  /** The login our comments are posted as. */
  login: string;
}

export type StickyResult =
  | { action: 'created' | 'updated' | 'unchanged'; id: number; url?: string }
  | { action: 'failed'; error: unknown };

export async function findSticky(gh: GitHub, t: StickyTarget): Promise<{ id: number; body: string } | undefined> {
  const comments = await gh.paginate(gh.rest.issues.listComments, {
    owner: t.owner,
    repo: t.repo,
    issue_number: t.issueNumber,
    per_page: 100,
  });
  const mine = comments.find((c) => c.user?.login === t.login && (c.body ?? '').includes(t.marker));
  return mine ? { id: mine.id, body: mine.body ?? '' } : undefined;
}

/** Hidden line carrying a digest of what the comment says, minus timings (see digestLine). */
export function digestLine(digest: string): string {
  return `<!-- pgreview:digest:${digest} -->`;
}

/**
 * Creates or updates our comment. With `digest`, an existing comment carrying the same digest is
 * left alone even if volatile parts (timings) of the new body differ: no notification, no edit noise.
 */
export async function upsertSticky(gh: GitHub, t: StickyTarget, body: string, digest?: string): Promise<StickyResult> {
  if (!body.includes(t.marker)) body = `${t.marker}\n${body}`;
  if (digest && !body.includes(digestLine(digest))) body = body.replace(t.marker, `${t.marker}\n${digestLine(digest)}`);
  try {
    const existing = await findSticky(gh, t);
    if (existing) {
      if (existing.body === body || (digest && existing.body.includes(digestLine(digest)))) return { action: 'unchanged', id: existing.id };
      const { data } = await gh.rest.issues.updateComment({ owner: t.owner, repo: t.repo, comment_id: existing.id, body });
      return { action: 'updated', id: data.id, url: data.html_url };
    }
    const { data } = await gh.rest.issues.createComment({ owner: t.owner, repo: t.repo, issue_number: t.issueNumber, body });
    return { action: 'created', id: data.id, url: data.html_url };
  } catch (error) {
    return { action: 'failed', error };
  }
}
