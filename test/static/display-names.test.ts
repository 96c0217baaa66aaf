// Table names in a finding's text are shown as PostgreSQL prints them. The runner looks for such names
// only in statements whose text holds a double quote or a non-ASCII character (static.ts,
// tablesToDisplay): every spelling that yields a name displayed differently must have one of them.
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { reviewInline } from '../../src/analysis/inline.js';

async function indexFindings(base: string[], changed: string): Promise<{ object?: string; message: string }[]> {
  const r = await reviewInline({ base, changed: [changed] }, rules);
  return r.findings.filter((f) => f.ruleId === 'require-concurrent-index-creation');
}

describe('table names displayed in findings, by spelling', () => {
  it('quoted mixed case is shown quoted; the same letters unquoted are folded', async () => {
    const fs = await indexFindings(
      ['CREATE TABLE public."Recipient" (id bigint PRIMARY KEY, email text);', 'CREATE TABLE public.Recipient (id bigint PRIMARY KEY, email text);'],
      'CREATE INDEX i1 ON public."Recipient" (email);\nCREATE INDEX i2 ON public.Recipient (email);',
    );
    expect(fs[0]!.message).toContain('public."Recipient"');
    expect(fs[1]!.message).toContain('public.recipient ');
    expect(fs[1]!.message).not.toContain('"');
  });

  it('a non-ASCII name written without quotes is shown quoted', async () => {
    const fs = await indexFindings(['CREATE TABLE public.café (id bigint PRIMARY KEY, email text);'], 'CREATE INDEX i ON café (email);');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('public."café"');
  });

  it('a name spelled with Unicode escapes (U&"…") is shown as it reads', async () => {
    const fs = await indexFindings(['CREATE TABLE public."Tab" (id bigint PRIMARY KEY, email text);'], 'CREATE INDEX i ON U&"\\0054ab" (email);');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('public."Tab"');
  });

  it('a quoted schema with a plain table, and a quoted all-lower-case name (shown without quotes)', async () => {
    const fs = await indexFindings(
      ['CREATE SCHEMA "App";', 'CREATE TABLE "App".users (id bigint PRIMARY KEY, email text);', 'CREATE TABLE public.plain (id bigint PRIMARY KEY, email text);'],
      'CREATE INDEX i1 ON "App".users (email);\nCREATE INDEX i2 ON "plain" (email);',
    );
    expect(fs).toHaveLength(2);
    expect(fs[0]!.message).toContain('"App".users');
    expect(fs[1]!.message).toContain('public.plain ');
  });

  it('a statement with neither quotes nor non-ASCII text names tables as they are', async () => {
    const fs = await indexFindings(['CREATE TABLE app_users (id bigint PRIMARY KEY, email text);'], 'CREATE INDEX i ON APP_USERS (email);');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('public.app_users');
    expect(fs[0]!.message).not.toContain('"');
  });
});
