// What a policy's name says about open access, shared by the static rule that reads CREATE POLICY
// (rules/policy-always-true-without-role.ts) and the live probe that acts as the roles
// (src/live/probes/rls-isolation.ts), so both read a name the same way.

/**
 * The policy's name says the open access is on purpose ("Public profiles are viewable by everyone",
 * `public_read`, `allow_anon_select`): words are separated by spaces, underscores or hyphens, as
 * policy names are written both ways.
 */
const OPEN_WORDS =
  /(?<![a-z0-9])(public|publicly|everyone|everybody|anyone|anybody|anon|anonymous|world|all[ _-]users|all[ _-]authenticated|any[ _-]authenticated|(?:any|all|every)[ _-](?:signed|logged)[ _-]?in)(?![a-z0-9])/i;

/** A name that negates ("no_anon_access", "deny public writes") says the opposite. */
const NEGATION = /(?<![a-z0-9])(no|not|never|deny|denies|block|blocks|forbid|forbids|prevent|prevents|disallow|disallows|restrict|restricts)(?![a-z0-9])/i;

export const INTENT = { test: (name: string): boolean => OPEN_WORDS.test(name) && !NEGATION.test(name) };
