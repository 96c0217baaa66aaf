// Environment gaps: what the review engine could not build of the base history (or skipped of the
// changed migrations), and whether a changed statement's failure follows from one. A failure that
// does is "could not verify", never a fault of the pull request.
import type { EnvironmentGap, MigrationReport, ParsedSource, Statement, StatementTrace } from '../types.js';
import { selfHosted } from './platform.js';
import type { TraceResult } from './trace.js';
import type { NewerSyntax } from '../sql/parse.js';
import type { Database } from '../engines/database.js';
import { EXTENSION_OBJECTS } from '../analysis/extension-objects.js';
import { statementTargets } from '../analysis/objects.js';
import { namesObject, splitName, textNamesObject } from '../analysis/names-object.js';
import { olderGrammarUses } from '../analysis/version-syntax.js';

/** Parsed sources as the gap checks read them (newerSyntax: statements only PostgreSQL 18's grammar accepts). */
type GapSource = Pick<ParsedSource, 'migration' | 'source' | 'statements' | 'direction'> & { newerSyntax?: NewerSyntax[] };

/** SQLSTATEs for "a name does not resolve" (and "already exists" is not one: that is the PR's). */
export const UNDEFINED_OBJECT = new Set(['42704', '42883', '42P01', '42703', '3F000', '42P02']);

/** The object a "does not exist" message names: `relation "a.b"`, `type "vector"`, `function pgmq.send(text, jsonb)`. */
export function missingName(message: string): string | undefined {
  const fn = /^(?:function|procedure|operator(?: class| family)?)\s+([\w$."]+)\s*\(/i.exec(message);
  if (fn) return fn[1]!.replace(/"/g, '');
  const quoted = /"([^"]+)"/.exec(message);
  return quoted?.[1];
}

export interface GapCause {
  /** What the engine lacked, in words, with where. */
  cause: string;
  gap?: EnvironmentGap;
  extension?: string;
  /** PostgreSQL 18 syntax the review server's parser refused. */
  syntax?: NewerSyntax;
  /** The statement needs privileges the review's migration role does not have (a self-hosted production may give them). */
  privilege?: boolean;
  /** The review server ran out of a resource (SQLSTATE class 53): its size, not the migration, decided. */
  resource?: boolean;
  /** The relation is in this schema, which the review's search_path lacks (production's may have it). */
  searchPath?: { schema: string; name: string };
  /** The missing object was to be created by an earlier changed migration that failed for the environment. */
  unbuilt?: { file: string; line: number };
  /** The extension the preset stood in for, whose own statement (COMMENT ON EXTENSION …) failed. */
  standIn?: string;
}

/**
 * COMMENT ON, ALTER or DROP EXTENSION of an extension the preset stood in for ("pg_cron (file:line)
 * is a pgreview stand-in, …", trace/plan.ts): no pg_extension row, so it fails here and works where
 * the real one is.
 */
function standInCause(error: { message: string; code?: string }, trace: Partial<Pick<TraceResult, 'standIns'>>): GapCause | undefined {
  const named = error.code === '42704' && /^extension "/.test(error.message) ? missingName(error.message) : undefined;
  if (!named || !(trace.standIns ?? []).some((s) => s.extension === named)) return undefined;
  return { cause: `the "${named}" extension is a pgreview stand-in on the review engine, not a real extension, so ${error.message.split('\n')[0]} here`, standIn: named };
}

/**
 * SQLSTATE class 53 (insufficient resources: disk full, out of memory or lock slots, too many
 * connections) says how big the review server is, not whether the migration is right: production's
 * limits are its own settings. The common case is a migration that locks thousands of objects in one
 * transaction (partitions, a squashed schema): "out of shared memory" with a max_locks_per_transaction hint.
 */
function resourceCause(error: { message: string; code?: string; hint?: string }): string | undefined {
  if (!error.code?.startsWith('53')) return undefined;
  const first = error.message.split('\n')[0]!;
  if (/max_locks_per_transaction/.test(`${error.message} ${error.hint ?? ''}`)) {
    return `the review server's lock table is full (${first}, SQLSTATE ${error.code}): the statement's transaction holds more locks than the review server has room for. Production has room for max_locks_per_transaction × (max_connections + max_prepared_transactions) locks, so whether it applies there depends on those settings`;
  }
  return `the review server ran out of resources (${first}, SQLSTATE ${error.code}); whether production has enough depends on its own size and settings`;
}

/**
 * Statements whose success depends only on who the migration connects as: role administration,
 * event triggers, server settings. The review runs them as a role that is not a superuser, and never
 * retries them as one (they would hand PR code the superuser's powers); production's migration role
 * on a self-hosted server is often a superuser.
 */
const CONNECTING_ROLE_KINDS = new Set([
  'GrantRoleStmt',
  'CreateRoleStmt',
  'AlterRoleStmt',
  'AlterRoleSetStmt',
  'DropRoleStmt',
  'CreateEventTrigStmt',
  'AlterEventTrigStmt',
  'AlterSystemStmt',
]);

/**
 * Objects only a superuser can own: an event trigger is created by a superuser and can be given only
 * to one (CREATE / ALTER EVENT TRIGGER), so DROP or COMMENT ON of one the history made needs a
 * superuser too, whatever the statement's kind.
 */
const SUPERUSER_OWNED = /^must be owner of event trigger /;

/**
 * `must be owner of …` for a statement that changes an object of the server's own schemas
 * (pg_catalog.lo_export's owner): only a superuser may, which a self-hosted migration may connect as.
 */
function changesSystemObject(error: { message: string }, st: Statement | undefined): boolean {
  if (!st || !/^must be owner of /.test(error.message)) return false;
  try {
    return statementTargets(st).altered.some((name) => /^(pg_catalog|information_schema)\./.test(name));
  } catch {
    return false;
  }
}

/**
 * On a self-hosted preset, a privilege error (42501) of a statement that needs a superuser or role
 * administration rights is the review's limit, not the migration's: production's migration role is
 * unknown. On managed platforms (Supabase, Neon) the migration role is not a superuser there either,
 * so the error stands.
 */
function privilegeCause(error: { message: string; code?: string }, preset: TraceResult['preset'], st: Statement | undefined): string | undefined {
  if (error.code !== '42501' || !selfHosted(preset)) return undefined;
  const superuserOnly = CONNECTING_ROLE_KINDS.has(st?.kind ?? '') || /superuser/i.test(error.message) || SUPERUSER_OWNED.test(error.message) || changesSystemObject(error, st);
  if (!superuserOnly) return undefined;
  return `it needs privileges the review's migration role (not a superuser) does not have: ${error.message.split('\n')[0]}. On a self-hosted server it applies when the migration connects as a superuser (or as a role with the ADMIN option or CREATEROLE it needs); pgreview never runs pull request SQL as a superuser to find out`;
}

/** An extension the first apply skipped because the review engine does not have it. */
export interface SkippedExtension {
  ext: string;
  file: string;
  line: number;
}

/** What the first apply of the changed migrations could not build before a statement, for the environment. */
export interface ChangedGaps {
  skipped: SkippedExtension[];
  /** Changed migrations that failed for the environment (couldNotVerify): nothing they create exists. */
  unbuilt: { file: string; statements: Statement[]; why: string }[];
}

/**
 * Why a changed statement's error is the environment's, or undefined when nothing points there (then
 * it is the migration's). A syntax error on a statement only a newer grammar accepts qualifies (the
 * server is older than the SQL), a privilege only a superuser has on a self-hosted preset, and the
 * review server running out of resources (class 53); otherwise only "does not exist" errors qualify, and only when the missing object is
 * named by a base statement the engine left out (or a file it could not build), or follows from what
 * the engine could not build earlier in the changed migrations (changedGapCause).
 */
export function environmentCause(
  error: { message: string; code?: string; hint?: string },
  trace: Pick<TraceResult, 'gaps' | 'migrations' | 'preset'> & Partial<Pick<TraceResult, 'before' | 'after'>>,
  sources: GapSource[],
  changed: ChangedGaps = { skipped: [], unbuilt: [] },
  at?: { file: string; line: number },
): GapCause | undefined {
  const newer = error.code === '42601' && at ? newerSyntaxAt(sources, at) : undefined;
  if (newer) {
    return { cause: `the statement uses ${newer.construct}, which needs PostgreSQL ${newer.major}, and the review server is older (whether production has it is the target version's question: pgVersion)`, syntax: newer };
  }
  const st = at ? statementAt(sources, at) : undefined;
  const privilege = privilegeCause(error, trace.preset, st);
  if (privilege) return { cause: privilege, privilege: true };
  const resource = resourceCause(error);
  if (resource) return { cause: resource, resource: true };
  const guard = guardOnLackedExtension(error, trace, changed, st);
  if (guard) return guard;
  if (!UNDEFINED_OBJECT.has(error.code ?? '')) return undefined;
  const name = missingName(error.message);
  const baseSources = sources.filter((s) => s.migration.status === 'base' && s.direction === 'up');
  if (name) {
    for (const g of trace.gaps ?? []) {
      const src = baseSources.find((s) => s.source.file === g.file);
      const left = src?.statements.find((s) => s.span.line <= g.line && g.line <= s.span.endLine);
      if (left && namesObject(left, name)) return { cause: `"${name}" comes from ${g.file}:${g.line}, which the review engine could not run: ${g.cause}`, gap: g };
    }
    const failedFiles = new Set(trace.migrations.filter((m: MigrationReport) => m.status === 'base' && m.applied === 'failed').map((m) => m.file));
    for (const s of baseSources) {
      if (!failedFiles.has(s.source.file) || !textNamesObject(s.source.text, name)) continue;
      const m = trace.migrations.find((r) => r.file === s.source.file);
      return { cause: `"${name}" comes from ${s.source.file}, which did not apply on the review engine${m?.error ? ` (${m.error.message})` : ''}` };
    }
  }
  // Last: what the engine could not build explains a missing name before another schema holding it does.
  return changedGapCause(error.message.split('\n')[0]!, name, changed) ?? searchPathCause(error, trace, sources, st);
}

/**
 * `relation "x" does not exist` for an unqualified name that the schema before the changed
 * migrations holds in a schema other than public: the migration finds it when the session's
 * search_path includes that schema. supabase/storage's tenant migrations write `iceberg_namespaces`
 * for storage.iceberg_namespaces; their role's search_path is storage, set by ALTER ROLE outside the
 * migrations. The review's session has the default path and cannot see production's.
 * Not when the changed migrations explain the error: the relation is gone or renamed after them, or
 * public held the name (dropped), or the file sets search_path itself; and only when the failing
 * statement names the relation (an error from inside a function with its own path is the function's).
 */
function searchPathCause(
  error: { message: string; code?: string },
  trace: Partial<Pick<TraceResult, 'before' | 'after'>>,
  sources: GapSource[],
  st: Statement | undefined,
): GapCause | undefined {
  if (error.code !== '42P01' || !trace.before || !trace.after || !st) return undefined;
  const name = missingName(error.message);
  if (!name || name.includes('.')) return undefined;
  // Text, not statements: a SET search_path in a DO block, a function's SET option or set_config() counts too.
  const file = sources.find((s) => s.source.file === st.file);
  if (!file || /search_path/i.test(file.source.text) || !namesObject(st, name)) return undefined;
  const schemasOf = (relations: Record<string, unknown>) =>
    new Set(Object.keys(relations).map(splitName).filter((parts) => parts.length === 2 && parts[1] === name).map((parts) => parts[0]!));
  const before = schemasOf(trace.before.relations);
  const after = schemasOf(trace.after.relations);
  if (before.has('public')) return undefined;
  const schema = [...before].find((x) => after.has(x) && !x.startsWith('pg_temp'));
  if (!schema) return undefined;
  return {
    cause: `"${name}" is not on the review session's search_path, but ${schema}.${name} exists: the statement finds it only when the migration's search_path includes ${schema} (a role's ALTER ROLE … SET search_path or the runner's connection settings, which the review cannot see)`,
    searchPath: { schema, name },
  };
}

/** SQLSTATE class P0: errors PL/pgSQL code raises itself (RAISE EXCEPTION, ASSERT, SELECT INTO STRICT). */
const RAISED_BY_CODE = /^P0/;

/**
 * An error the migration's own code raised (RAISE EXCEPTION, ASSERT) in a statement that checks for
 * an extension the review engine skipped: a guard such as `SELECT extversion INTO v FROM pg_extension
 * WHERE extname = 'vector'; IF v IS NULL THEN RAISE EXCEPTION …` (supabase/storage's vector store).
 * It fired because the engine lacks the extension, which production has (the migrations create it
 * there). Such guards read pg_extension (or the available extensions) and name the extension as a
 * string literal of its own ('vector'); the word in a message or a column name ('null vector rows'),
 * or the literal compared with a table's column, is no sign of one, and the error stays the migration's.
 */
function guardOnLackedExtension(
  error: { code?: string },
  trace: Pick<TraceResult, 'gaps'>,
  changed: ChangedGaps,
  st: Statement | undefined,
): GapCause | undefined {
  if (!st || !RAISED_BY_CODE.test(error.code ?? '')) return undefined;
  const lacked = [
    ...changed.skipped.map((s) => ({ ext: s.ext, where: `${s.file}:${s.line}` })),
    ...(trace.gaps ?? []).flatMap((g) => {
      const ext = lackedExtension(g.cause);
      return ext ? [{ ext, where: `${g.file}:${g.line}` }] : [];
    }),
  ];
  if (!EXTENSION_CATALOGS.some((c) => namesObject(st, c))) return undefined;
  const named = lacked.find((l) => namesAsLiteral(st.sql, l.ext));
  if (!named) return undefined;
  return {
    cause: `the statement raised its own error after checking for the "${named.ext}" extension, which the review engine does not have (${named.where} creates it and was skipped here)`,
    extension: named.ext,
  };
}

/** What a statement that checks for an extension reads, in its code: the catalogs of installed or available extensions. */
const EXTENSION_CATALOGS = ['pg_extension', 'pg_available_extensions', 'pg_available_extension_versions', 'extname'];

/** Whether `text` holds the string literal `'name'` (inside a dollar-quoted body too), in any case. */
function namesAsLiteral(text: string, name: string): boolean {
  return text.toLowerCase().includes(`'${name.toLowerCase().replace(/'/g, "''")}'`);
}

/**
 * A "does not exist" of a changed statement after the engine skipped an extension or failed an
 * earlier changed migration for the environment: the environment's only when the missing object
 * follows from that — the extension defines it (extensionDefines), or a migration that could not be
 * verified was to create it (wouldCreate). Otherwise it is the migration's own: a typo'd table after
 * CREATE EXTENSION vector fails in production too. Two cases stay broad, the safe side: an extension
 * whose names the table does not hold completely (postgis, pg_cron, one not in it), which may be what
 * any missing name is; and a message that names nothing readable (`operator does not exist: text % text`
 * of pg_trgm, whose operators the table does not list).
 */
function changedGapCause(first: string, name: string | undefined, changed: ChangedGaps): GapCause | undefined {
  const skippedWhy = (s: SkippedExtension) => `the "${s.ext}" extension (${s.file}:${s.line}) was skipped because the review engine does not have it`;
  const definer = name === undefined ? undefined : changed.skipped.find((s) => extensionDefines(s.ext, first));
  if (definer) return { cause: `"${name}" is the "${definer.ext}" extension's: ${skippedWhy(definer)}`, extension: definer.ext };
  if (name !== undefined) {
    for (const m of changed.unbuilt) {
      const st = m.statements.find((s) => wouldCreate(s, name));
      if (st) return { cause: `"${name}" was to be created by ${m.file}:${st.span.line}, which the review engine could not run: ${m.why}`, unbuilt: { file: m.file, line: st.span.line } };
    }
  }
  const broad = name === undefined ? changed.skipped[0] : changed.skipped.find((s) => !EXTENSION_OBJECTS[s.ext]?.complete);
  return broad ? { cause: skippedWhy(broad), extension: broad.ext } : undefined;
}

/** The last part of a qualified name, folded as Postgres folds an unquoted one. */
const lastPart = (name: string) => name.split('.').pop()!.toLowerCase();

/**
 * Whether a "does not exist" message (its first line) names what the extension defines
 * (src/analysis/extension-objects.ts): the extension itself, a listed function, type, operator
 * class, index method or schema, a name in one of its schemas (`cron.schedule`), or a function named
 * after its types or functions (pgvector's vector_add and array_to_vector, fuzzystrmatch's text_soundex).
 */
export function extensionDefines(ext: string, message: string): boolean {
  const name = missingName(message);
  if (!name) return false;
  const last = lastPart(name);
  if (last === ext) return true;
  const o = EXTENSION_OBJECTS[ext];
  if (!o) return false;
  const lists = [o.functions, o.generic, o.types, o.opclasses, o.methods, o.schemas];
  if (lists.some((l) => l?.includes(last))) return true;
  const schema = name.includes('.') ? name.split('.')[0]!.toLowerCase() : undefined;
  if (schema && o.schemas?.includes(schema)) return true;
  if (!/^(?:function|procedure)\s/i.test(message)) return false;
  return last.split(/[_\d]+/).some((w) => w === ext || o.types?.includes(w) || o.functions?.includes(w));
}

/** Statements whose effects the object inventory does not read (a DO block, a function called): what they name may be what they create. */
const OPAQUE_KINDS = new Set(['DoStmt', 'SelectStmt', 'CallStmt']);

/**
 * Whether a statement that did not run would have created the missing object: one it creates
 * (src/analysis/objects.ts), a name Postgres derives from a relation or column it creates
 * (items_id_seq, items_pkey, the row type's array _items), or a name an opaque statement mentions.
 */
function wouldCreate(st: Statement, name: string): boolean {
  const missing = lastPart(name);
  for (const created of statementTargets(st).created) {
    const parts = created.toLowerCase().split('.');
    const own = parts[parts.length - 1]!;
    const relation = parts.length === 3 ? parts[1]! : own;
    if (missing === own || missing === `_${own}` || (parts.length > 1 && missing.startsWith(`${relation}_`))) return true;
  }
  return OPAQUE_KINDS.has(st.kind) && namesObject(st, name);
}

/** The changed statement of `at.file` that starts or spans `at.line`. */
export function statementAt(sources: GapSource[], at: { file: string; line: number }): Statement | undefined {
  for (const src of sources) {
    if (src.source.file !== at.file || src.direction !== 'up') continue;
    const st = src.statements.find((s) => s.span.line <= at.line && at.line <= s.span.endLine);
    if (st) return st;
  }
  return undefined;
}

/** The newer syntax (PostgreSQL 18's, or 17's on an older server) in the statement of `at.file` that starts or spans `at.line`, if any. */
function newerSyntaxAt(sources: GapSource[], at: { file: string; line: number }): NewerSyntax | undefined {
  for (const src of sources) {
    if (src.source.file !== at.file) continue;
    // PostgreSQL 18's syntax (the parser's), and 17's that an older review server rejects (read from the tree).
    const uses = [...(src.newerSyntax ?? []), ...olderGrammarUses(src.statements)];
    if (!uses.length) continue;
    const st = statementAt([src], at);
    const found = uses.find((n) => (st ? st.span.line <= n.line && n.line <= st.span.endLine : n.line === at.line));
    if (found) return found;
  }
  return undefined;
}

/** The changed statements' environment causes, by traced statement, per trace (its migrations) and sources. */
const causesOf = new WeakMap<MigrationReport[], { sources: GapSource[]; causes: Map<StatementTrace, GapCause> }>();

/**
 * Why each failed changed statement's error is the environment's (base statements left out, an
 * extension the engine skipped, a changed migration before it that failed for the environment, an
 * extension statement on a preset's stand-in), by traced statement; statements whose error is the
 * migration's own are not in it. Worked out once per trace, in order: the migration-failed rule and
 * markEnvironmentFailures read the same causes.
 */
export function environmentCauses(
  trace: Pick<TraceResult, 'gaps' | 'migrations' | 'preset'> & Partial<Pick<TraceResult, 'standIns'>>,
  sources: GapSource[],
): Map<StatementTrace, GapCause> {
  const known = causesOf.get(trace.migrations);
  if (known?.sources === sources) return known.causes;
  const causes = new Map<StatementTrace, GapCause>();
  const changed: ChangedGaps = { skipped: [], unbuilt: [] };
  const statements = changedStatementsById(sources);
  for (const m of trace.migrations) {
    if (m.status === 'base') continue;
    let last: GapCause | undefined;
    for (const t of m.trace ?? []) {
      const ext = lackedExtension(t.skipped);
      if (ext) changed.skipped.push({ ext, file: m.file, line: t.line });
      if (!t.error) continue;
      const why = standInCause(t.error, trace) ?? environmentCause(t.error, trace, sources, changed, { file: m.file, line: t.line });
      if (why) causes.set(t, (last = why));
    }
    // Its runner rolled it back or stopped it: the later migrations miss everything it creates.
    if (last) changed.unbuilt = [...changed.unbuilt, { file: m.file, statements: statements.get(m.id) ?? [], why: last.cause }];
  }
  causesOf.set(trace.migrations, { sources, causes });
  return causes;
}

/** The changed up statements of each migration, by migration id. */
function changedStatementsById(sources: GapSource[]): Map<string, Statement[]> {
  const out = new Map<string, Statement[]>();
  for (const s of sources) {
    if (s.migration.status === 'base' || s.direction !== 'up') continue;
    const list = out.get(s.migration.id);
    if (list) list.push(...s.statements);
    else out.set(s.migration.id, [...s.statements]);
  }
  return out;
}

/**
 * Sets `couldNotVerify` on each changed migration whose failure follows from an environment gap
 * (environmentCauses: the cause of its last such statement). Runs before the live rules read the trace.
 */
export function markEnvironmentFailures(
  trace: Pick<TraceResult, 'gaps' | 'migrations' | 'preset'> & Partial<Pick<TraceResult, 'standIns'>>,
  sources: GapSource[],
): void {
  const causes = environmentCauses(trace, sources);
  for (const m of trace.migrations) {
    if (m.status === 'base') continue;
    for (const t of m.trace ?? []) {
      const why = causes.get(t);
      if (why) m.couldNotVerify = why.cause;
    }
  }
}

// ---- engine gaps in the probes' re-runs ---------------------------------------------------------------

/**
 * The review engine lacks an extension: PostgreSQL 16+ and the presets' stand-in function say "is not
 * available" (so do the trace's skip reasons), older servers that the control file is missing.
 */
const LACKS_EXTENSION = [/^extension "([^"]+)" is not available/, /^could not open extension control file "[^"]*\/([^/"]+)\.control"/];

/** The extension a message (or the trace's skip reason) says the review engine does not have. */
export function lackedExtension(text: string | undefined): string | undefined {
  if (!text) return undefined;
  for (const re of LACKS_EXTENSION) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/** What the review engine cannot run, as the probes that re-run migration statements need it. */
export interface EngineGaps {
  /** Extensions the migrations create that the review engine does not have. */
  lacking: Set<string>;
  /** The first apply, once it ran (the data-volume rehearsal runs before it). */
  trace?: Pick<TraceResult, 'gaps' | 'migrations' | 'preset'>;
  sources: GapSource[];
  /** "file:line" of the changed statements the first apply ran (a stand-in's CREATE EXTENSION too), without error. */
  ran: Set<string>;
}

const at = (file: string, line: number) => `${file}:${line}`;

/**
 * What the review engine lacks for this history: the extensions its migrations create that the
 * engine does not have (asked of the engine, as the trace does). Read once per history, before the
 * changed migrations (the data-volume rehearsal runs then); afterFirstApply adds how the first apply
 * went, and the probes receive that (ProbeInput.gaps).
 */
export async function readEngineGaps(db: Database, sources: GapSource[]): Promise<EngineGaps> {
  const created = new Set(sources.flatMap((s) => s.statements.filter((st) => st.kind === 'CreateExtensionStmt').map((st) => String(st.node?.extname ?? ''))));
  const lacking = new Set<string>();
  if (created.size) {
    const r = await db.query<{ exts: string[] }>('select array(select name::text from pg_available_extensions) as exts', undefined, { timeoutMs: 30_000 });
    const available = new Set(r.rows[0]?.exts ?? []);
    for (const e of created) if (!available.has(e)) lacking.add(e);
  }
  return { lacking, sources, ran: new Set() };
}

/** The engine's gaps with the first apply: how that run went, statement by statement. */
export function afterFirstApply(gaps: EngineGaps, trace: NonNullable<EngineGaps['trace']>): EngineGaps {
  const ran = new Set<string>();
  for (const m of trace.migrations) {
    if (m.status === 'base') continue;
    for (const t of m.trace ?? []) if (!t.skipped && !t.error) ran.add(at(m.file, t.line));
  }
  return { ...gaps, trace, ran };
}

/**
 * Why a re-run leaves a statement out as the engine's gap, without running it: CREATE EXTENSION of
 * an extension the engine does not have (the first apply skipped it, or ran the preset's stand-in).
 */
export function engineGapSkip(st: Statement, gaps: EngineGaps): string | undefined {
  if (st.kind !== 'CreateExtensionStmt') return undefined;
  const ext = String(st.node?.extname ?? '');
  if (!gaps.lacking.has(ext)) return undefined;
  const standIn = gaps.ran.has(at(st.file, st.span.line));
  return `extension "${ext}" is not available on the review engine${standIn ? " (the first apply used pgreview's stand-in for it)" : ''}`;
}

/**
 * Why a re-run statement's error is the review engine's, or undefined when it is the migration's.
 * The engine lacks an extension, or an object one it lacks defines does not exist (`type "vector"`,
 * `extension "moddatetime"` in a down: extensionDefines); or gaps.ts' environmentCause holds — except that
 * a "does not exist" error of a statement that ran in the first apply is the migration's own (the
 * first run or its down removed the object), never the base history's gap.
 */
export function engineGapCause(error: { message: string; code?: string; hint?: string }, gaps: EngineGaps, where?: { file: string; line: number }): string | undefined {
  const first = error.message.split('\n')[0]!;
  const ext = lackedExtension(first);
  if (ext) return `extension "${ext}" is not available on the review engine`;
  const undefinedObject = UNDEFINED_OBJECT.has(error.code ?? '');
  const lacked = undefinedObject ? [...gaps.lacking].find((e) => extensionDefines(e, first)) : undefined;
  if (lacked) return `${first}: the "${lacked}" extension is not available on the review engine`;
  if (!gaps.trace) return undefined;
  if (undefinedObject && where && gaps.ran.has(at(where.file, where.line))) return undefined;
  const env = environmentCause(error, gaps.trace, gaps.sources, undefined, where);
  return env ? `${first}: ${env.cause}` : undefined;
}
