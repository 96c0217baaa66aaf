// Fix SQL is printed by pgsql-deparser (rules/_locking-util.ts deparse()). Over every statement of
// the corpus: parse → deparse → parse again must give the same tree (locations aside), so that a
// suggested fix says what the AST says. Skips loudly without ../shared/corpus (see corpus.ts).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import * as pgQuery from '../../src/sql/pg17.js';
import { deparseSync } from 'pgsql-deparser';
import { describe, expect, it } from 'vitest';
import { CORPUS, HAVE_CORPUS, corpusFolders } from '../corpus/corpus.js';

/** The tree without byte positions (a deparse reformats the text, so every location moves). */
function withoutLocations(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutLocations);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (k !== 'location' && k !== 'stmt_location' && k !== 'stmt_len') out[k] = withoutLocations(x);
    return out;
  }
  return v;
}

function sqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.sql'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

describe.skipIf(!HAVE_CORPUS)('pgsql-deparser round-trips the corpus', () => {
  it('parse → deparse → parse gives the same tree for (nearly) every statement', async () => {
    await pgQuery.loadModule();
    let statements = 0;
    const failed: string[] = [];
    // Fix SQL is deparsed from ALTER TABLE trees (rules/_locking-util.ts alterSql): those must all round-trip.
    let alterTables = 0;
    const alterFailed: string[] = [];
    for (const folder of corpusFolders()) {
      for (const file of sqlFiles(path.join(CORPUS, folder))) {
        let tree: any;
        try {
          tree = pgQuery.parseSync(readFileSync(file, 'utf8'));
        } catch {
          continue; // not valid PostgreSQL (the corpus tests list these): no statements to print
        }
        for (const raw of tree.stmts ?? []) {
          statements++;
          const isAlterTable = 'AlterTableStmt' in raw.stmt;
          if (isAlterTable) alterTables++;
          const where = `${path.relative(CORPUS, file)} @${raw.stmt_location ?? 0} (${Object.keys(raw.stmt)[0]})`;
          const fail = (why: string) => {
            failed.push(`${where}: ${why}`);
            if (isAlterTable) alterFailed.push(`${where}: ${why}`);
          };
          try {
            const sql = deparseSync(raw.stmt, { pretty: false });
            const again = pgQuery.parseSync(sql).stmts ?? [];
            if (again.length !== 1 || JSON.stringify(withoutLocations(again[0].stmt)) !== JSON.stringify(withoutLocations(raw.stmt))) fail('different tree');
          } catch (e) {
            fail((e as Error).message.split('\n')[0]!);
          }
        }
      }
    }
    console.log(
      `pgsql-deparser round-trip: ${statements - failed.length} of ${statements} corpus statements, ` +
        `${alterTables - alterFailed.length} of ${alterTables} ALTER TABLE statements${failed.length ? `\nnot round-tripped:\n${failed.join('\n')}` : ''}`,
    );
    expect(alterTables).toBeGreaterThan(500);
    expect(alterFailed).toEqual([]);
    // Other kinds are never printed as a fix; some come back wrong from pgsql-deparser 17.18
    // (ALTER TYPE … OWNER, COMMENT ON TRIGGER, ALTER PUBLICATION … ADD TABLE ONLY): 1.5% of the corpus
    // today. A deparser regression or an AST version mismatch with libpg-query breaks far more.
    expect(failed.length / statements).toBeLessThan(0.03);
  }, 300_000);
});
