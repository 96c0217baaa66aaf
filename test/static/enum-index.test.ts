// The model's enum map counts its key changes, and text-column-matches-enum's cached list of enum
// names follows them: an enum dropped, created or renamed between two statements is seen by the next.
import { beforeAll, describe, expect, it } from 'vitest';
import { VersionedMap } from '../../src/analysis/schema-model.js';
import { reviewInline } from '../../src/analysis/inline.js';
import { loadParser } from '../../src/sql/parse.js';
import rule from '../../rules/text-column-matches-enum.js';

beforeAll(loadParser);

describe('VersionedMap', () => {
  it('moves its version on set, delete and clear, not on reads', () => {
    const m = new VersionedMap<string, number>();
    expect(m.version).toBe(0);
    m.set('a', 1);
    m.set('a', 2);
    expect(m.version).toBe(2);
    m.get('a');
    m.has('a');
    [...m.keys()];
    expect(m.version).toBe(2);
    m.delete('a');
    m.clear();
    expect(m.version).toBe(4);
    expect(m).toBeInstanceOf(Map);
  });
});

describe('text-column-matches-enum across enum changes', () => {
  const objects = async (sql: string[]) =>
    (await reviewInline({ changed: sql }, [rule])).findings.filter((f) => f.ruleId === 'text-column-matches-enum').map((f) => `${f.object} ${f.message.match(/the enum (\S+)/)?.[1]}`);

  it('sees an enum created after the first text column', async () => {
    expect(
      await objects([
        "CREATE TYPE other AS ENUM ('x'); CREATE TABLE a (status text);",
        "CREATE TYPE status AS ENUM ('on', 'off'); CREATE TABLE b (status text);",
      ]),
    ).toEqual(['public.b.status public.status']);
  });

  it('forgets a dropped enum and sees the one that replaces it in the same number of enums', async () => {
    expect(
      await objects([
        "CREATE SCHEMA s; CREATE TYPE s.status AS ENUM ('on'); CREATE TABLE a (status text);",
        "DROP SCHEMA s CASCADE; CREATE TYPE kind AS ENUM ('x'); CREATE TABLE b (status text, kind text);",
      ]),
    ).toEqual(['public.a.status s.status', 'public.b.kind public.kind']);
  });

  it('forgets an enum dropped with DROP TYPE (its names are TypeName nodes, not lists)', async () => {
    expect(
      await objects([
        "CREATE TYPE status AS ENUM ('on', 'off'); CREATE TABLE a (status text);",
        'DROP TYPE public.status; CREATE TABLE b (status text);',
        "CREATE TYPE mood AS ENUM ('ok'); DROP TYPE IF EXISTS mood, other; CREATE TABLE c (mood text);",
      ]),
    ).toEqual(['public.a.status public.status']);
  });

  it('reads values added later to the same enum', async () => {
    const [finding] = (
      await reviewInline({ changed: ["CREATE TYPE mood AS ENUM ('ok'); CREATE TABLE a (mood text); ALTER TYPE mood ADD VALUE 'sad'; CREATE TABLE b (mood text);"] }, [rule])
    ).findings.filter((f) => f.object === 'public.b.mood');
    expect(finding?.message).toContain("('ok', 'sad')");
  });
});
