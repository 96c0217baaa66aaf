// What a policy's name says about open access, read the same way by the static rule and the live
// probe: words split on spaces, underscores or hyphens; a negating word says the opposite.
import { describe, expect, it } from 'vitest';
import { INTENT } from '../../src/analysis/policy-intent.js';

describe('policy name intent', () => {
  it.each([
    'Public profiles are viewable by everyone',
    'public_read',
    'allow_anon_select',
    'all_users_can_read',
    'Any signed-in user can read',
    'any_signed_in_reads',
    'every logged in user',
  ])('%s says open on purpose', (name) => expect(INTENT.test(name)).toBe(true));

  it.each(['Users can read own rows', 'republican_votes', 'publication_read', 'anonymize_old_rows', 'no_anon_access', 'deny public writes', 'Public can not delete'])(
    '%s does not',
    (name) => expect(INTENT.test(name)).toBe(false),
  );
});
