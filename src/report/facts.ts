// Small facts derived from the evidence that both assess and the renderers need: lock strength,
// which relations pre-date the PR, qualified-name parsing, human durations.
import type { LockRecord, MigrationReport, ObjectChanges, Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import { lockStrength, lockMode, type LockMode } from '../sql/locks.js';

export { LOCK_MODES, lockMode, lockStrength, blocksWrites, type LockMode } from '../sql/locks.js';

export { localeOrder } from '../analysis/static.js';

/** Only ACCESS EXCLUSIVE blocks plain SELECTs. */
export function blocksReads(mode: string): boolean {
  return lockMode(mode) === 'ACCESS EXCLUSIVE';
}

export function displayLock(mode: string): string {
  return lockMode(mode) ?? mode;
}

/** Relations the PR itself creates: locks and rewrites on them hurt nobody. */
export function createdRelations(objects: ObjectChanges): Set<string> {
  const out = new Set<string>();
  for (const o of objects.created) {
    if (['table', 'view', 'index', 'sequence'].includes(o.kind)) out.add(normName(o.name));
  }
  return out;
}

export function normName(name: string): string {
  const parts = splitQualified(name);
  return (parts.length === 1 ? ['public', ...parts] : parts).join('.').toLowerCase();
}

export interface LockOnExisting {
  migration: MigrationReport;
  lock: LockRecord;
}

/**
 * The live trace may say itself whether a relation pre-dates the PR (and what kind it is); read
 * structurally so this works whether or not those optional LockRecord fields are declared.
 */
type TracedLock = LockRecord & { preexisting?: boolean; relkind?: string };

/** Strongest locks that changed migrations took on relations that existed before the PR. */
export function locksOnExisting(migrations: MigrationReport[], objects: ObjectChanges): LockOnExisting[] {
  // Built only when a lock needs it: a static review has none, and the objects list is long.
  let created: Set<string> | undefined;
  const out: LockOnExisting[] = [];
  for (const m of migrations) {
    if (m.status === 'base') continue;
    for (const lock of m.locks as TracedLock[]) {
      // Index/TOAST locks travel with their table's lock, which is listed on its own.
      if (lock.relkind === 'index' || lock.relkind === 'toast') continue;
      if (lock.preexisting ?? !(created ??= createdRelations(objects)).has(normName(lock.relation))) out.push({ migration: m, lock });
    }
  }
  return out;
}

export function rewritesOfExisting(migrations: MigrationReport[], objects: ObjectChanges): { migration: MigrationReport; relation: string }[] {
  let created: Set<string> | undefined;
  const out: { migration: MigrationReport; relation: string }[] = [];
  for (const m of migrations) {
    if (m.status === 'base') continue;
    for (const r of m.rewrites) if (!(created ??= createdRelations(objects)).has(normName(r))) out.push({ migration: m, relation: r });
  }
  return out;
}

/**
 * Splits a qualified name into identifiers, honouring double-quoted parts ("my.schema"."t").
 * Unquoted names split on dots; callers that expect N parts join the tail (policy names have spaces
 * and may have dots).
 */
export function splitQualified(name: string): string[] {
  // Most names quote nothing: every dot splits (the loop below built them a character at a time).
  if (!name.includes('"')) return name.split('.');
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    if (quoted) {
      if (c === '"' && name[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === '.') {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  return parts;
}

/** Exactly `n` parts: missing leading parts default (schema → public), extra trailing parts join the last. */
export function qualifiedParts(name: string, n: number): string[] {
  const bare = name.replace(/\(.*$/s, ''); // function signatures: public.fn(uuid) → public.fn
  let parts = splitQualified(bare);
  if (parts.length > n) parts = [...parts.slice(0, n - 1), parts.slice(n - 1).join('.')];
  while (parts.length < n) parts = parts.length === n - 1 ? ['public', ...parts] : [...parts, ''];
  return parts;
}

export function maxSeverity(sevs: Iterable<Severity>): Severity | undefined {
  let best: Severity | undefined;
  for (const s of sevs) if (best === undefined || SEVERITY_RANK[s] > SEVERITY_RANK[best]) best = s;
  return best;
}

export function atLeast(s: Severity, threshold: Severity): boolean {
  return SEVERITY_RANK[s] >= SEVERITY_RANK[threshold];
}

export function duration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return '—';
  if (ms < 1) return '<1 ms';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

/**
 * A fix paragraph cut to the phrase that says what to do, for table cells and checklists: the first
 * sentence, and when that is still long, up to its first explanation (": …", " (…", "; …", ", so …").
 * "Set a short lock_timeout before the first such statement, so that the migration fails fast…"
 * becomes "Set a short lock_timeout before the first such statement".
 */
export function phrase(text: string, max = 110): string {
  const t = text.replace(/\s+/g, ' ').trim();
  // A sentence ends at . ! ? followed by a capital (so "e.g. public.x" does not end one).
  const sentence = /^(.+?[.!?])(?=\s+[A-Z(`"]|$)/.exec(t)?.[1] ?? t;
  const bare = sentence.replace(/[.!?]$/, '');
  if (bare.length <= max) return bare;
  // Strongest boundaries first: an explanation after a colon, a parenthesis or a semicolon.
  for (const group of [[/: /g, / \(/g, /; /g, / — /g], [/, so /g, /, (?:which|because|as|since|while) /g]]) {
    let cut = -1;
    for (const re of group) {
      for (const m of bare.matchAll(re)) {
        if (m.index! >= 25 && m.index! <= max) {
          if (cut < 0 || m.index! < cut) cut = m.index!;
          break;
        }
      }
    }
    if (cut > 0) return bare.slice(0, cut);
  }
  return `${bare.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/** Confidence penalties summed per factor, largest first ("engine limit −9", not three "−3"). */
export function penaltiesByFactor(factors: { factor: string; penalty: number }[]): [string, number][] {
  const byFactor = new Map<string, number>();
  for (const f of factors) byFactor.set(f.factor, (byFactor.get(f.factor) ?? 0) + f.penalty);
  return [...byFactor].sort((a, b) => b[1] - a[1]);
}
