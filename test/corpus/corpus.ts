// Shared by the corpus tests: where ../shared/corpus is, and a loud skip when it is absent.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS = path.resolve(process.env.PGREVIEW_CORPUS ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus'));
export const HAVE_CORPUS = existsSync(CORPUS);

if (!HAVE_CORPUS) {
  console.warn(`\n*** test/corpus SKIPPED: no migration corpus at ${CORPUS} (set PGREVIEW_CORPUS to run these tests) ***\n`);
}

export function corpusFolders(): string[] {
  if (!HAVE_CORPUS) return [];
  return readdirSync(CORPUS)
    .filter((f) => statSync(path.join(CORPUS, f)).isDirectory())
    .sort();
}

/** Files the corpus README names as not valid PostgreSQL upstream: the only expected syntax errors. */
export const INVALID_UPSTREAM: Record<string, string[]> = {
  harness__gitness: ['0029_create_index_job_job_group_id_down.sql'], // MySQL DROP INDEX … ON
  'rust-lang__crates.io': ['20170318181441_downloads_need_no_id/down.sql'], // a missing semicolon
  'supabase__supabase-examples': ['examples/edge-functions/supabase/migrations/20240423080303_sentry-functions-challenge.sql'], // `) tablespace;` with no name
};
