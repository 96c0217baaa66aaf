// extension-not-created reads a statement's tree only when its text could name an extension's
// function, type, operator class, index method or schema: every spelling the parser accepts for
// such a name must still be found (capitals, quotes, Unicode escapes), and plain statements not.
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewInline } from '../../src/analysis/inline.js';
import { loadParser } from '../../src/sql/parse.js';
import rule from '../../rules/extension-not-created.js';

beforeAll(loadParser);

const extensions = async (sql: string, pgVersion = 17) =>
  (await reviewInline({ changed: [sql], settings: { pgVersion } }, [rule])).findings.filter((f) => f.ruleId === 'extension-not-created').map((f) => f.object);

describe('extension-not-created finds every spelling of a name', () => {
  it.each([
    ['SELECT CRYPT(\'a\', GEN_SALT(\'bf\'));', 'pgcrypto'],
    ['SELECT "crypt"(\'a\', \'b\');', 'pgcrypto'],
    ['SELECT U&"\\0063rypt"(\'a\', \'b\');', 'pgcrypto'],
    ['SELECT u&"\\0063rypt"(\'a\', \'b\');', 'pgcrypto'],
    ['CREATE TABLE docs (embedding VECTOR(3));', 'vector'],
    ['CREATE TABLE docs (embedding U&"\\0076ector"(3));', 'vector'],
    ['CREATE INDEX ON docs USING GIN (title GIN_TRGM_OPS);', 'pg_trgm'],
    ['CREATE INDEX ON docs USING HNSW (embedding);', 'vector'],
    ['SELECT NET.http_get(\'https://example.com\');', 'pg_net'],
    ['SELECT "cron".schedule(\'x\', \'* * * * *\', \'select 1\');', 'pg_cron'],
    // A function's argument types and defaults, outside its string body.
    ['CREATE FUNCTION f(v VECTOR) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;', 'vector'],
    ['CREATE FUNCTION f(s text DEFAULT GEN_SALT(\'bf\')) RETURNS int LANGUAGE sql AS \'SELECT 1\';', 'pgcrypto'],
  ])('%s', async (sql, ext) => {
    expect(await extensions(sql)).toEqual([ext]);
  });

  it('gen_random_uuid() needs pgcrypto before PostgreSQL 13 only', async () => {
    expect(await extensions('SELECT GEN_RANDOM_UUID();', 12)).toEqual(['pgcrypto']);
    expect(await extensions('SELECT GEN_RANDOM_UUID();', 17)).toEqual([]);
  });

  it('a statement naming none of them has nothing to find', async () => {
    expect(await extensions("CREATE TABLE notes (id bigint PRIMARY KEY, body text, network text DEFAULT 'internet'); SELECT now();")).toEqual([]);
  });
});
