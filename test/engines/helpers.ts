// Build parsed migrations from SQL text for the live tests, without the migration planner.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadParser, parseSource } from '../../src/sql/parse.js';
import type { Migration, MigrationStatus, ParsedSource } from '../../src/types.js';

export async function parsed(
  id: string,
  sql: string,
  opts: { status?: MigrationStatus; transactional?: boolean; transactionMode?: Migration['transactionMode']; nonTransactionalApart?: boolean; file?: string } = {},
): Promise<ParsedSource> {
  await loadParser();
  const file = opts.file ?? `migrations/${id}.sql`;
  const source = { file, text: sql, startLine: 1, startByte: 0 };
  const migration: Migration = {
    id,
    version: id,
    name: id,
    path: file,
    up: source,
    transactional: opts.transactional ?? true,
    transactionMode: opts.transactionMode,
    transactionNote: 'test',
    ...(opts.nonTransactionalApart ? { nonTransactionalApart: true } : {}),
    status: opts.status ?? 'added',
  };
  return parseSource(source, { migration, direction: 'up' });
}

export const CORPUS = path.resolve(import.meta.dirname ?? path.dirname(new URL(import.meta.url).pathname), '../../../shared/corpus');
export const hasCorpus = existsSync(CORPUS);

/** Supabase CLI folder: files sorted by name, each one transaction (supabase db push). */
export async function corpusFolder(
  folder: string,
  status: MigrationStatus = 'added',
  sub = '',
  tx: { transactional: boolean; transactionMode?: Migration['transactionMode'] } = { transactional: true },
): Promise<ParsedSource[]> {
  const dir = path.join(CORPUS, folder, sub);
  const entries = readdirSync(dir, { withFileTypes: true })
    .map((d) => (d.isDirectory() ? path.join(d.name, 'migration.sql') : d.name))
    .filter((f) => f.endsWith('.sql') && existsSync(path.join(dir, f)))
    .sort();
  const out: ParsedSource[] = [];
  for (const f of entries) out.push(await parsed(f.replace(/\/migration\.sql$|\.sql$/, ''), readFileSync(path.join(dir, f), 'utf8'), { status, file: path.join(folder, sub, f), ...tx }));
  return out;
}

