// Stage "error mapping": a Postgres error (or a time limit, or a dead engine) in the words and at the
// line the review reports it, and why a base statement the engine refused is an environment gap.
import type { MigrationReport, Statement, StatementTrace } from '../../types.js';
import { DbError, EngineDeadError, QueryTimeoutError } from '../../engines/database.js';

export type MappedError = NonNullable<StatementTrace['error']> & { position?: number };

/** The line of a 1-based character position within `sql`, which starts at `startLine`. */
export function lineAt(sql: string, startLine: number, position?: number): number {
  if (!position || position < 1) return startLine;
  let line = startLine;
  for (let i = 0; i < Math.min(position - 1, sql.length); i++) if (sql.charCodeAt(i) === 10) line++;
  return line;
}

/** Message, detail, hint, SQLSTATE and position of any error a query threw. */
export function errorOf(e: unknown): MappedError {
  const d = e instanceof DbError ? e : DbError.from(e);
  const out: MappedError = { message: d.message };
  if (d.detail) out.detail = d.detail;
  if (d.hint) out.hint = d.hint;
  if (d.code) out.code = d.code;
  if (d.position) out.position = d.position;
  return out;
}

/** The migration's error: the message with the line the position points at in `sql`. */
export function migrationError(e: unknown, sql: string, startLine: number): NonNullable<MigrationReport['error']> {
  const err = errorOf(e);
  return { message: err.message, line: lineAt(sql, startLine, err.position), detail: err.detail, hint: err.hint };
}

/** The engine (PGlite: its worker) or the connection is gone: nothing more runs on it. */
export function isDead(e: unknown): boolean {
  return e instanceof EngineDeadError || (e instanceof QueryTimeoutError && e.engineDead);
}

/** Marks an error of a base file that was partly applied: the statement to go on from. */
export function withResume(e: unknown, from: number): unknown {
  if (e && typeof e === 'object') (e as { resumeAt?: number }).resumeAt = from;
  return e;
}

/** The statement of a partly applied base file to go on from (0 when the error does not say). */
export function resumeAt(e: unknown): number {
  return (e as { resumeAt?: number }).resumeAt ?? 0;
}

// SQLSTATEs for "a name does not resolve".
const UNDEFINED_OBJECT = new Set(['42704', '42883', '42P01', '42703', '3F000', '42P02']);

/** Why a base statement failed on the review engine, in words. */
export function gapCause(st: Statement, full: { message: string; code?: string }, available: Set<string>, earlierGaps: boolean): string {
  const first = full.message.split('\n')[0]!;
  const err = { ...full, message: first.length > 200 ? `${first.slice(0, 200)}…` : first };
  if (st.kind === 'CreateExtensionStmt' && !available.has(String(st.node?.extname))) {
    return `extension "${st.node?.extname}" is not available on the review engine and pgreview has no stand-in for it`;
  }
  if (err.code === '42501') return `needs privileges the review engine does not give (${err.message})`;
  if (UNDEFINED_OBJECT.has(err.code ?? '') && earlierGaps) return `needs an object an earlier left-out base statement would have created (${err.message})`;
  return `the review engine refused it (${err.message}${err.code ? `, SQLSTATE ${err.code}` : ''})`;
}
