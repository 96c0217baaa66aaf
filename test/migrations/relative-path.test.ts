// Planning computes repository paths with a shortcut for the usual case (a normalised path below the
// root); it must give what path.relative gives for every path, normalised or not.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { relativePosix } from '../../src/migrations/discover.js';

describe('relativePosix', () => {
  it('is path.relative with forward slashes, for roots and paths with ., .., doubled and trailing slashes', () => {
    const roots = ['/', '/r', '/r/', '/r/.', '/r/..', '/r//', '//r', '/a/../r', '/repo/x', 'rel/root', '/r/.hidden'];
    const bases = ['/', '/r', '/rr', '/r/.', '/r/..', '/r//', '//r', '/a/../r', '/repo/x', 'rel/root', '/r/.hidden'];
    const names = ['', 'a', '.', '..', '...', '.git', '.a', 'a.', 'b.sql'];
    const paths = bases.flatMap((b) => names.flatMap((n1) => names.flatMap((n2) => ['', '/', '//'].flatMap((end) => [`${b}/${n1}/${n2}${end}`, `${b}${end}${n1}`]))));
    for (const root of roots) {
      for (const p of paths) expect(relativePosix(root, p), `${root} → ${p}`).toBe(path.relative(root, p).split(path.sep).join('/'));
    }
  });
});
