// What a policy's name says about open access, shared by the static rule that reads CREATE POLICY
// (rules/policy-always-true-without-role.ts) and the live probe that acts as the roles
// (src/live/probes/rls-isolation.ts), so both read a name the same way.

/** The policy's name says the open access is on purpose ("Public profiles are viewable by everyone"). */
export const INTENT = /\b(public|publicly|everyone|everybody|anyone|anybody|anon|anonymous|world|all users|all authenticated|any authenticated|any signed[- ]in|all signed[- ]in|every signed[- ]in|any logged[- ]in|all logged[- ]in|every logged[- ]in)\b/i;
