// GitHub's size limits and how we stay under them without losing the verdict at the top.

/** Issue comment bodies are limited to 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** The job summary of one step is limited to 1 MiB (bytes). */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * Cuts markdown to `limit` (measured by `size`), at a line boundary, closing an open code fence and
 * `<details>` blocks, and appends `note`. The beginning — where the verdict is — always survives.
 */
export function truncateMarkdown(
  text: string,
  limit: number,
  note: string,
  size: (s: string) => number = (s) => s.length,
): string {
  if (size(text) <= limit) return text;
  const tail = `\n\n${note}\n`;
  // Room for the note and for closing whatever we cut inside of.
  const room = limit - size(tail) - 256;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (size(text.slice(0, mid)) <= room) lo = mid;
    else hi = mid - 1;
  }
  let cut = text.slice(0, lo);
  const nl = cut.lastIndexOf('\n');
  if (nl > room / 2) cut = cut.slice(0, nl);
  // Never end on half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  let closers = '';
  const fences = (cut.match(/^(```|~~~)/gm) ?? []).length;
  if (fences % 2 === 1) closers += '\n```';
  const open = (cut.match(/<details>/g) ?? []).length - (cut.match(/<\/details>/g) ?? []).length;
  for (let i = 0; i < open; i++) closers += '\n</details>';
  return cut + closers + tail;
}

export const byteLength = (s: string): number => Buffer.byteLength(s, 'utf8');
