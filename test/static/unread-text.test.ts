// A file the parser rejects in part: the review goes on with the statements it could read, but a
// table the model does not know and the rejected text names may be created there, so it is not said
// to exist (no "lock on an existing table" findings about it). A table the rejected text does not
// name is still assumed to exist, as for any history not in the folder.
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { reviewInline } from '../../src/analysis/inline.js';

const findings = async (changed: string) => (await reviewInline({ base: [], changed: [changed] }, rules)).findings;

describe('tables named in text the parser rejected', () => {
  it('are not said to exist: the rejected CREATE TABLE may be what makes them', async () => {
    const f = await findings('create table public.challenge (\n  id bigint primary key\n) tablespace;\nalter table public.challenge enable row level security;');
    expect(f.map((x) => x.ruleId)).toContain('syntax-error');
    expect(f.filter((x) => x.object === 'public.challenge' && x.ruleId === 'require-lock-timeout')).toEqual([]);
  });

  it('a table the rejected text does not name is still assumed to exist', async () => {
    const f = await findings('create table public.challenge (\n  id bigint primary key\n) tablespace;\nalter table public.orders enable row level security;');
    expect(f.filter((x) => x.object === 'public.orders' && x.ruleId === 'require-lock-timeout')).toHaveLength(1);
  });

  it('a file that parses keeps the usual assumption for unknown tables', async () => {
    const f = await findings('alter table public.challenge enable row level security;');
    expect(f.filter((x) => x.object === 'public.challenge' && x.ruleId === 'require-lock-timeout')).toHaveLength(1);
  });
});
