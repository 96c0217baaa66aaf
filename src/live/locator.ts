// Which changed statement a live finding about an object belongs on. Read from the parsed statements
// (src/analysis/objects.ts): the statement that creates, alters or drops that object, by its
// schema-qualified name. A text mention is the last resort, and even then a name inside a string
// literal or a comment, or qualified by another schema (vault.update_secret is not
// public.update_secret), does not count.
import type { Statement } from '../types.js';
import type { ParsedSourceWithErrors } from '../sql/parse.js';
import { statementTargets, type StatementTargets } from '../analysis/objects.js';
import { codeTokens, objectParts, tokensName } from '../analysis/names-object.js';

export interface StatementLocator {
  /**
   * The first changed up statement that creates the object; else that alters, drops, renames, moves
   * or grants on it; else that changes a part of it (a column, constraint, index, policy or trigger
   * of a table); else, for a part (`schema.table.column`), that creates its table; else that comments
   * on it. Undefined when no statement does: the object changed through dynamic SQL or not at all.
   */
  changing(objectName: string): Statement | undefined;
  /** `changing`, else the first changed up statement whose code names the object (see mentions). */
  statementFor(objectName: string): Statement | undefined;
}

/** One locator per history's sources: live rules and probes of a review share it. */
const locators = new WeakMap<ParsedSourceWithErrors[], StatementLocator>();

export function statementLocator(sources: ParsedSourceWithErrors[]): StatementLocator {
  let locator = locators.get(sources);
  if (!locator) locators.set(sources, (locator = newLocator(sources)));
  return locator;
}

function newLocator(sources: ParsedSourceWithErrors[]): StatementLocator {
  const changed = sources.filter((s) => s.migration.status !== 'base' && s.direction === 'up').flatMap((s) => s.statements);
  let targets: StatementTargets[] | undefined;
  const first = (test: (t: StatementTargets) => boolean): Statement | undefined => {
    targets ??= changed.map(targetsOf);
    const i = targets.findIndex(test);
    return i < 0 ? undefined : changed[i];
  };
  const changing = (objectName: string) => {
    const parts = objectParts(objectName);
    const want = parts.join('.');
    const part = (names: string[]) => names.some((n) => n.startsWith(`${want}.`));
    const parent = parts.length >= 3 ? parts.slice(0, -1).join('.') : undefined;
    return (
      first((t) => t.created.includes(want)) ??
      first((t) => t.altered.includes(want)) ??
      first((t) => t.on.includes(want) || part(t.created) || part(t.altered)) ??
      (parent === undefined ? undefined : first((t) => t.created.includes(parent))) ??
      first((t) => t.commented.includes(want) || part(t.commented))
    );
  };
  return {
    changing,
    statementFor: (objectName) => changing(objectName) ?? mentioning(changed, objectParts(objectName)),
  };
}

function targetsOf(stmt: Statement): StatementTargets {
  try {
    return statementTargets(stmt);
  } catch {
    // A node shape the walk does not know: this statement changes nothing it can name.
    return { created: [], altered: [], on: [], commented: [] };
  }
}

/**
 * The first statement whose code names the object (namesObject); for `schema.table.part`, else the
 * first that names the table alone.
 */
function mentioning(changed: Statement[], parts: string[]): Statement | undefined {
  return changed.find((st) => tokensName(codeTokens(st), parts)) ?? (parts.length >= 3 ? changed.find((st) => tokensName(codeTokens(st), parts.slice(0, 2))) : undefined);
}
