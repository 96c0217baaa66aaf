// Helpers shared by the live rules (not a rule: the registry skips files starting with _).
// Live rules judge the PR's delta: the catalog after the changed migrations against the catalog
// before them, and the per-statement trace. Old debt (present before) is not reported.
import type { LiveContext, ReportInput } from '../src/analysis/rules.js';
import type { Finding, MigrationReport, Statement, StatementTrace } from '../src/types.js';
import type { CatalogSnapshot } from '../src/live/catalog.js';
import { SYSTEM_SCHEMAS } from './_security-util.js';
import { splitName } from '../src/analysis/names-object.js';

export { SYSTEM_SCHEMAS };

export { splitName };

/** Name without quotes, for comparing catalog names with the names static rules use. */
export function plainName(name: string): string {
  return splitName(name).join('.');
}

export function schemaOf(name: string): string {
  return splitName(name)[0] ?? '';
}

export function lastPart(name: string): string {
  const p = splitName(name);
  return p[p.length - 1] ?? name;
}

/** The static rules in `ruleIds` already reported this object (or something inside it). */
export function staticCovered(ctx: LiveContext, ruleIds: string[], object: string): boolean {
  const want = plainName(object).toLowerCase();
  return (ctx.staticFindings ?? []).some((f: Finding) => {
    if (!ruleIds.includes(f.ruleId) || !f.object) return false;
    const got = plainName(f.object).toLowerCase();
    return got === want || got.startsWith(`${want}.`) || want.startsWith(`${got}(`) || want.startsWith(`${got}.`);
  });
}

export interface TracedStatement {
  migration: MigrationReport;
  trace: StatementTrace;
  stmt?: Statement;
  /** Position of the statement in its migration's trace. */
  index: number;
}

/** Every traced statement of the changed migrations, with its parsed statement. */
export function changedStatements(ctx: LiveContext): TracedStatement[] {
  const out: TracedStatement[] = [];
  for (const m of ctx.trace.migrations) {
    if (m.status === 'base' || !m.trace) continue;
    const stmts = ctx.sources.filter((s) => s.migration.id === m.id && s.direction === 'up').flatMap((s) => s.statements);
    m.trace.forEach((t, index) => {
      const stmt = stmts.find((s) => s.span.line === t.line && s.kind === t.kind) ?? stmts.find((s) => s.span.line === t.line);
      out.push({ migration: m, trace: t, stmt, index });
    });
  }
  return out;
}

/**
 * Where to put a finding about an object (a catalog name: relation, `table.column`, index, function
 * signature, extension): the changed statement that creates, alters or drops it (ctx.statementChanging);
 * else the first that locked it (a table only referenced, by a foreign key added elsewhere, say); else
 * one whose code names it; else the first traced statement.
 */
export function placeFor(ctx: LiveContext, name: string, traced = changedStatements(ctx)): Pick<ReportInput, 'stmt' | 'at'> {
  const changing = ctx.statementChanging(name);
  if (changing) return { stmt: changing };
  const locked = traced.find((t) => t.stmt && t.trace.locks.some((l) => l.relation === name));
  if (locked) return { stmt: locked.stmt };
  const named = ctx.statementFor(name);
  if (named) return { stmt: named };
  const first = traced.find((t) => t.stmt)?.stmt;
  if (first) return { stmt: first };
  const m = ctx.trace.migrations.find((x) => x.status !== 'base');
  return { at: { file: m?.file ?? '', line: 1, column: 1, migrationId: m?.id } };
}

export const isTable = (snap: CatalogSnapshot, name: string) => {
  const k = snap.relations[name]?.kind;
  return k === 'table' || k === 'partitioned table';
};

/** Table privileges of API roles on a relation, by role. */
export function apiGrants(snap: CatalogSnapshot, table: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(snap.grants)) {
    const i = k.lastIndexOf(':');
    if (k.slice(0, i) === table) out[k.slice(i + 1)] = v;
  }
  return out;
}

/** API roles (or PUBLIC) that may SELECT from a relation. */
export function apiReaders(snap: CatalogSnapshot, table: string): string[] {
  return Object.entries(apiGrants(snap, table))
    .filter(([, privs]) => privs.includes('SELECT'))
    .map(([role]) => role)
    .sort();
}

/** Column names that hold credentials (splinter's sensitive_columns_exposed, the credential part). */
const CREDENTIAL_EXACT = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'password_hash',
  'hashed_password',
  'encrypted_password',
  'secret',
  'secret_key',
  'client_secret',
  'private_key',
  'api_key',
  'apikey',
  'api_secret',
  'auth_key',
  'token',
  'jwt',
  'access_token',
  'refresh_token',
  'oauth_token',
  'session_token',
  'bearer_token',
  'auth_code',
  'session_secret',
  'session_key',
  'recovery_code',
  'recovery_codes',
  'backup_code',
  'backup_codes',
  'verification_code',
  'otp',
  'otp_secret',
  'totp_secret',
  'two_factor_secret',
  '2fa_secret',
  'ssh_key',
  'pgp_key',
]);

export function isCredentialColumn(column: string): boolean {
  const c = column.toLowerCase().replace(/-/g, '_');
  if (CREDENTIAL_EXACT.has(c)) return true;
  // access_token, github_api_key, stripe_secret, user_password: suffixes; not token_count or secret_santa.
  return /_(password|passwd|password_hash|secret|secret_key|api_key|apikey|private_key|access_token|refresh_token|auth_token|session_token)$/.test(c);
}

type SnapshotColumn = { name: string; key: string; type: string };
/** Each snapshot's columns grouped by table, built once: scanning every column per table was quadratic (1.2 s for 1,500 new tables). */
const columnsByTable = new WeakMap<CatalogSnapshot, Map<string, SnapshotColumn[]>>();

/** Columns of a table in a snapshot, by column name, in the snapshot's order. */
export function columnsOf(snap: CatalogSnapshot, table: string): SnapshotColumn[] {
  let byTable = columnsByTable.get(snap);
  if (!byTable) {
    byTable = new Map();
    for (const [k, v] of Object.entries(snap.columns)) {
      // Keys are "<table>.<column>": a column belongs to the table its key names before the last dot.
      const dot = k.lastIndexOf('.');
      if (dot < 0) continue;
      const owner = k.slice(0, dot);
      let list = byTable.get(owner);
      if (!list) byTable.set(owner, (list = []));
      list.push({ name: lastPart(k), key: k, type: v.type });
    }
    columnsByTable.set(snap, byTable);
  }
  return (byTable.get(table) ?? []).map((c) => ({ ...c }));
}

/**
 * Credential-like columns of a table the PR created or changed, in an exposed schema, readable by an
 * API role, with row level security off. Shared by credential-columns-exposed and the RLS twin.
 */
export function exposedCredentials(ctx: LiveContext, table: string): { columns: string[]; readers: string[] } | undefined {
  const rel = ctx.after.relations[table];
  if (!rel || rel.kind !== 'table' || rel.rowSecurity) return undefined;
  if (!ctx.exposedSchemas.has(schemaOf(table)) || SYSTEM_SCHEMAS.has(schemaOf(table))) return undefined;
  const readers = apiReaders(ctx.after, table);
  if (!readers.length) return undefined;
  const columns = columnsOf(ctx.after, table).filter((c) => isCredentialColumn(c.name));
  if (!columns.length) return undefined;
  const before = ctx.before.relations[table];
  const changed =
    !before ||
    before.rowSecurity ||
    columns.some((c) => !(c.key in ctx.before.columns)) ||
    readers.some((r) => !apiReaders(ctx.before, table).includes(r));
  return changed ? { columns: columns.map((c) => c.name), readers } : undefined;
}

/** pgvector: the operator an index operator class serves. */
export const OPCLASS_OPERATOR: Record<string, string> = {
  l2: '<->',
  ip: '<#>',
  cosine: '<=>',
  l1: '<+>',
  hamming: '<~>',
  jaccard: '<%>',
};

export interface AnnIndex {
  name: string;
  table: string;
  method: 'hnsw' | 'ivfflat';
  /** Column name, or the expression as written by pg_get_indexdef. */
  column: string;
  expression: boolean;
  /** Distance operator the index serves (<->, <=>, <#>, <+>, <~>, <%>). */
  operator: string;
  opclass: string;
  /** What the index is built on, as pg_get_indexdef prints it: `embedding`, `((embedding)::halfvec(3))`. */
  target: string;
}

/** ANN indexes (HNSW, IVFFlat) in a snapshot, parsed from pg_get_indexdef. */
export function annIndexes(snap: CatalogSnapshot): AnnIndex[] {
  const out: AnnIndex[] = [];
  for (const [name, idx] of Object.entries(snap.indexes)) {
    const m = /\bUSING (hnsw|ivfflat) \((.*)\)(?:\s+WITH\s*\(.*\))?(?:\s+WHERE .*)?$/i.exec(idx.definition);
    if (!m) continue;
    const body = m[2]!.trim();
    // "embedding vector_cosine_ops" | "embedding" | "((embedding)::halfvec(3072)) halfvec_cosine_ops"
    const op = /\s([a-z0-9_]+_ops)$/i.exec(body);
    const target = (op ? body.slice(0, op.index) : body).trim();
    const opclass = op?.[1] ?? 'vector_l2_ops';
    const kind = /_(l2|ip|cosine|l1|hamming|jaccard)_ops$/i.exec(opclass)?.[1]?.toLowerCase() ?? 'l2';
    const expression = target.startsWith('(');
    const col = expression ? (/\(\(?"?([A-Za-z_][\w$]*)"?\)?::/.exec(target)?.[1] ?? target) : target.replace(/^"|"$/g, '');
    out.push({ name, table: idx.table, method: m[1]!.toLowerCase() as 'hnsw' | 'ivfflat', column: col, expression, operator: OPCLASS_OPERATOR[kind]!, opclass, target });
  }
  return out;
}

/** `vector(1536)` → { base: 'vector', dims: 1536 }; schema-qualified names too; undefined for other types. */
export function vectorType(type: string): { base: 'vector' | 'halfvec' | 'sparsevec' | 'bit'; dims?: number } | undefined {
  const m = /^(?:[\w"]+\.)?(vector|halfvec|sparsevec)(?:\((\d+)\))?$/.exec(type.trim());
  if (!m) return undefined;
  return { base: m[1] as 'vector' | 'halfvec' | 'sparsevec', dims: m[2] ? Number(m[2]) : undefined };
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
