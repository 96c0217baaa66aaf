// docs/architecture.md, checked: imports go one way (down the layers drawn there), src/ has no
// import cycles, and no function in src/ is longer than 120 lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function tsFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((f) => {
    const rel = `${dir}/${f}`;
    if (statSync(path.join(ROOT, rel)).isDirectory()) return tsFiles(rel);
    return f.endsWith('.ts') && !f.endsWith('.d.ts') ? [rel] : [];
  });
}

const FILES = [...tsFiles('src'), ...tsFiles('rules')];

/**
 * The layers of docs/architecture.md, top (imports the most) to bottom. A module imports only from
 * its own layer's folder or from a layer below; folders drawn side by side (report and github,
 * analysis and engines) do not import each other.
 */
const LAYERS: { name: string; rank: number; owns: (file: string) => boolean }[] = [
  { name: 'entry points', rank: 8, owns: (f) => ['src/bin.ts', 'src/launch.ts', 'src/cli.ts'].includes(f) || f.startsWith('src/action/') },
  { name: 'review', rank: 7, owns: (f) => f === 'src/review.ts' },
  { name: 'github', rank: 6, owns: (f) => f.startsWith('src/github/') },
  { name: 'report', rank: 6, owns: (f) => f.startsWith('src/report/') },
  { name: 'rules', rank: 5, owns: (f) => f.startsWith('rules/') },
  { name: 'stats', rank: 4, owns: (f) => f.startsWith('src/stats/') },
  { name: 'live', rank: 3, owns: (f) => f.startsWith('src/live/') },
  { name: 'analysis', rank: 2, owns: (f) => f.startsWith('src/analysis/') },
  { name: 'engines', rank: 2, owns: (f) => f.startsWith('src/engines/') },
  { name: 'migrations', rank: 1, owns: (f) => f.startsWith('src/migrations/') },
  // sql, config.ts, types.ts and node-builtins.ts are drawn as one floor: what every layer shares.
  { name: 'foundation', rank: 0, owns: (f) => f.startsWith('src/sql/') || ['src/config.ts', 'src/types.ts', 'src/node-builtins.ts'].includes(f) },
];

function layerOf(file: string) {
  const layer = LAYERS.find((l) => l.owns(file));
  if (!layer) throw new Error(`${file} is in no layer of docs/architecture.md: add it there and here`);
  return layer;
}

/**
 * The one declared exception (docs/architecture.md): the rule contract names the types live rules
 * receive. Type imports are erased by the build; no other upward type import is allowed.
 */
const TYPE_EXCEPTIONS = new Set(['src/analysis/rules.ts → src/live/catalog.ts', 'src/analysis/rules.ts → src/live/trace.ts', 'src/analysis/rules.ts → src/stats/load.ts']);

/**
 * Known edges another helper is removing right now (issue 16: the rls probe's INTENT moves out of
 * the rule, the probes' cycle goes). The lead empties these at merge; an entry that no longer
 * occurs fails the test, so they only shrink.
 */
const PENDING_EDGES = new Set<string>([]);
const PENDING_CYCLES = new Set<string>([]);

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
  line: number;
}

/** Every relative import of a file: static imports, re-exports and dynamic import() (lazy loading is still a dependency). */
function importsOf(file: string): Import[] {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Import[] = [];
  const add = (spec: string, typeOnly: boolean, node: ts.Node) => {
    if (!spec.startsWith('.')) return;
    const to = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\.js$/, '.ts');
    out.push({ from: file, to, typeOnly, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1 });
  };
  const visit = (n: ts.Node) => {
    if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) {
      const clause = n.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const allTypes = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(n.moduleSpecifier.text, allTypes, n);
    } else if (ts.isExportDeclaration(n) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
      const named = n.exportClause && ts.isNamedExports(n.exportClause) ? n.exportClause.elements : undefined;
      add(n.moduleSpecifier.text, n.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)), n);
    } else if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && n.arguments[0] && ts.isStringLiteral(n.arguments[0])) {
      add(n.arguments[0].text, false, n);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

const IMPORTS = FILES.flatMap(importsOf);

describe('docs/architecture.md: dependencies go one way', () => {
  it('finds the files and their imports', () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(IMPORTS.length).toBeGreaterThan(200);
  });

  it('every import goes to the same layer or one drawn below it', () => {
    const wrong = IMPORTS.filter((i) => FILES.includes(i.to) || i.to.startsWith('src/') || i.to.startsWith('rules/'))
      .filter((i) => {
        const from = layerOf(i.from);
        const to = layerOf(i.to);
        if (from.name === to.name || to.rank < from.rank) return false;
        if (PENDING_EDGES.has(`${i.from} → ${i.to}`)) return false;
        return !(i.typeOnly && TYPE_EXCEPTIONS.has(`${i.from} → ${i.to}`));
      })
      .map((i) => `${i.from}:${i.line} (${layerOf(i.from).name}) → ${i.to} (${layerOf(i.to).name})${i.typeOnly ? ' [type]' : ''}`);
    expect(wrong).toEqual([]);
  });

  it('the declared type-only exceptions are still needed (remove one when it goes)', () => {
    const used = new Set(IMPORTS.filter((i) => i.typeOnly).map((i) => `${i.from} → ${i.to}`));
    expect([...TYPE_EXCEPTIONS].filter((e) => !used.has(e))).toEqual([]);
  });

  it('every pending edge still exists (else remove it from PENDING_EDGES)', () => {
    const edges = new Set(IMPORTS.map((i) => `${i.from} → ${i.to}`));
    expect([...PENDING_EDGES].filter((e) => !edges.has(e))).toEqual([]);
  });
});

describe('no import cycles in src/', () => {
  it('no file reaches itself through its imports (type imports included)', () => {
    const graph = new Map<string, string[]>();
    for (const i of IMPORTS.filter((i) => i.from.startsWith('src/') && i.to.startsWith('src/'))) {
      graph.set(i.from, [...new Set([...(graph.get(i.from) ?? []), i.to])]);
    }
    // Tarjan's strongly connected components; each component of more than one file (or a file that
    // imports itself) is a cycle, reported as one chain through it.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[] = [];
    let next = 0;
    const strong = (v: string) => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!index.has(w)) {
          strong(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) !== index.get(v)) return;
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(chainThrough(component, graph));
    };
    for (const v of graph.keys()) if (!index.has(v)) strong(v);
    expect(cycles.filter((c) => !PENDING_CYCLES.has(c))).toEqual([]);
    expect([...PENDING_CYCLES].filter((c) => !cycles.includes(c)), 'a pending cycle is gone: remove it from PENDING_CYCLES').toEqual([]);
  });
});

/** One cycle inside a strongly connected component, as "a → b → … → a" (breadth-first from its first file). */
function chainThrough(component: string[], graph: Map<string, string[]>): string {
  const members = new Set(component);
  const start = [...component].sort()[0]!;
  const prev = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!members.has(w)) continue;
      if (w === start) {
        const chain = [v];
        while (chain[0] !== start) chain.unshift(prev.get(chain[0]!)!);
        return [...chain, start].join(' → ');
      }
      if (!prev.has(w)) {
        prev.set(w, v);
        queue.push(w);
      }
    }
  }
  return component.join(' ↔ ');
}

/**
 * Files other helpers are splitting right now (issue 16): their long functions are theirs to cut.
 * The lead empties this set when their work is merged; a file here that has no long function left
 * fails the test, so the set only shrinks.
 */
const PENDING = new Set<string>([]);
const pending = (file: string) => PENDING.has(file);

const MAX_LINES = 120;

/** Functions (declarations, methods, arrows, expressions) longer than MAX_LINES, as "file:line name (n lines)". */
function longFunctions(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isFunctionLike(n) && (n as ts.FunctionLikeDeclaration).body) {
      const first = sf.getLineAndCharacterOfPosition(n.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(n.end).line;
      const name = (n as ts.FunctionLikeDeclaration).name?.getText(sf) ?? '(anonymous)';
      if (last - first + 1 > MAX_LINES) out.push(`${file}:${first + 1} ${name} (${last - first + 1} lines)`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

describe('functions in src/ fit on a screen or two', () => {
  const src = FILES.filter((f) => f.startsWith('src/'));
  const long = src.flatMap(longFunctions);

  it(`no function is longer than ${MAX_LINES} lines (outside files being split)`, () => {
    expect(long.filter((l) => !pending(l.split(':')[0]!))).toEqual([]);
  });

  it('every pending file still has a long function (else remove it from PENDING)', () => {
    const stillLong = new Set(long.map((l) => l.split(':')[0]!));
    expect([...PENDING].filter((f) => !stillLong.has(f))).toEqual([]);
  });
});
