// PostgreSQL 18's grammar, for statements PostgreSQL 17's parser rejects. Every rule reads the
// PostgreSQL 17 AST, so pgreview parses with 17 first and only falls back to 18 for a statement 17
// refuses; such a statement's tree is brought to 17's shape where the two differ in a way rules
// read (RETURNING), and the PostgreSQL 18 construct it uses is named for the report.
import { LibpgWasm, statementsOf, type TreeStatement, type WasmFactory } from './libpg-wasm.js';

export const NEWER_GRAMMAR = 18;

// Loaded only when 17's grammar refuses a statement: most reviews never compile this module.
// @ts-expect-error the emscripten factory ships without type declarations
const pg18 = new LibpgWasm('the PostgreSQL 18 parser', async () => (await import('libpg-query-18/wasm/libpg-query.js')).default as WasmFactory);

export function loadGrammar18(): Promise<void> {
  return pg18.load();
}

export function grammar18Loaded(): boolean {
  return pg18.loaded;
}

/** The statements of `sql` under PostgreSQL 18's grammar, in 17's AST shape; undefined if 18 rejects it too. */
export function parseWith18(sql: string): TreeStatement[] | undefined {
  let tree: any;
  try {
    tree = pg18.parseSync(sql);
  } catch {
    return undefined;
  }
  return statementsOf(tree).map((s) => ({ ...s, node: toV17Shape(s.node) }));
}

/**
 * PostgreSQL 18 moved RETURNING's target list into `returningClause { options, exprs }`; 17 has
 * `returningList`. Rules and the schema model read `returningList`, so the list goes back there.
 * Other 18 additions are extra fields (generated_kind, without_overlaps, fk_with_period…) that a
 * 17 reader ignores; two that leave no field of their own are marked (`not_enforced`,
 * `returning_options`), so that pg18Constructs still sees them in the converted tree.
 */
function toV17Shape(node: any): any {
  if (Array.isArray(node)) return node.map(toV17Shape);
  if (!node || typeof node !== 'object') return node;
  const out: any = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'returningClause' && value && typeof value === 'object') {
      const clause = value as { exprs?: unknown[]; options?: unknown[] };
      if (clause.exprs) out.returningList = toV17Shape(clause.exprs);
      if (clause.options?.length) out.returning_options = toV17Shape(clause.options);
    } else out[key] = toV17Shape(value);
  }
  // 18 writes is_enforced: true on every enforced CHECK and foreign key, and leaves it out for NOT ENFORCED.
  if ((out.contype === 'CONSTR_CHECK' || out.contype === 'CONSTR_FOREIGN') && !out.is_enforced) out.not_enforced = true;
  return out;
}

/**
 * The PostgreSQL 18 constructs in a tree (18's own or converted by parseWith18), in the words of
 * the release notes. Empty for every tree PostgreSQL 17 produces. The fix deparser (17's) drops
 * these silently (VIRTUAL comes out as STORED), so it must not print a tree that has any.
 */
export function pg18Constructs(node: any): string[] {
  const found = new Set<string>();
  collect18(node, found);
  return [...found];
}

/**
 * pg18Constructs' walk, in the order Object.values gives (own enumerable keys) without an array per
 * node: the fix deparser asks it of every tree it prints.
 */
function collect18(n: any, found: Set<string>): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (let i = 0; i < n.length; i++) collect18(n[i], found);
    return;
  }
  const c = n.contype ? n : undefined;
  if (c) {
    if (c.contype === 'CONSTR_GENERATED' && c.generated_kind === 'v') found.add('a VIRTUAL generated column');
    if (c.contype === 'CONSTR_NOTNULL' && c.keys?.length) found.add('a named NOT NULL constraint (ADD CONSTRAINT … NOT NULL column)');
    if (c.contype === 'CONSTR_NOTNULL' && c.is_no_inherit) found.add('NOT NULL … NO INHERIT');
    if (c.contype === 'CONSTR_NOTNULL' && c.skip_validation) found.add('NOT NULL … NOT VALID');
    if (c.not_enforced) found.add('a NOT ENFORCED constraint');
    if (c.without_overlaps) found.add('WITHOUT OVERLAPS (a temporal primary key or unique constraint)');
    if (c.fk_with_period || c.pk_with_period) found.add('PERIOD in a foreign key (a temporal foreign key)');
  }
  if (n.returning_options?.length || n.returningClause?.options?.length) found.add('RETURNING WITH (OLD/NEW AS …)');
  if (n.alterEnforceability) found.add('ALTER CONSTRAINT … [NOT] ENFORCED');
  if (n.alterInheritability) found.add('ALTER CONSTRAINT … [NO] INHERIT');
  for (const key in n) if (Object.prototype.hasOwnProperty.call(n, key)) collect18(n[key], found);
}

/** What in a statement needs PostgreSQL 18; `near` is the token where PostgreSQL 17's parser stopped. */
export function pg18Construct(node: any, near: string | undefined): string {
  const found = pg18Constructs(node);
  if (found.length) return found.join(', ');
  return near ? `syntax PostgreSQL 17 does not know (its parser stops at "${near}")` : 'syntax PostgreSQL 17 does not know';
}
