// Minimal glob matching for `exclude` (repo-relative, forward slashes). Own code rather than a
// dependency: only `**`, `*`, `?`, `[...]` and `{a,b}` are needed, and the bundle stays small.

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  const hit = cache.get(glob);
  if (hit) return hit;
  let g = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  // A pattern without a slash matches a name at any depth, as in .gitignore.
  if (!g.includes('/')) g = '**/' + g;
  // A trailing slash means "this folder" (and, below, everything in it).
  if (g.endsWith('/')) g = g.slice(0, -1);
  let re = '';
  let braces = 0;
  for (let i = 0; i < g.length; i++) {
    const c = g[i]!;
    if (c === '*') {
      if (g[i + 1] === '*') {
        const slashAfter = g[i + 2] === '/';
        i += slashAfter ? 2 : 1;
        re += slashAfter ? '(?:[^/]*/)*' : '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = g.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        let cls = g.slice(i + 1, end);
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        re += '[' + cls.replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  // Matching a folder excludes what is inside it.
  const rx = new RegExp('^' + re + '(?:/.*)?$');
  cache.set(glob, rx);
  return rx;
}

export function matchesAny(relPath: string, globs: string[]): string | undefined {
  for (const g of globs) if (globToRegExp(g).test(relPath)) return g;
  return undefined;
}
