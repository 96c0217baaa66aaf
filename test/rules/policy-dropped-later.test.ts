// A policy the pull request creates and then drops (supa-builder's "Allow role updates", created in
// one migration and dropped by the next of the same PR) never reaches production as written: the
// findings about what it says go with it. Reviewed file by file (every migration its own unit),
// each file was deployed on its own, and they stay.
import { beforeAll, describe, expect, it } from 'vitest';
import { inlineSet, inlineSettings } from '../../src/analysis/inline.js';
import { runStatic } from '../../src/analysis/static.js';
import { rules } from '../../rules/index.js';
import { loadParser } from '../../src/sql/parse.js';

beforeAll(loadParser);

const BASE = `CREATE TABLE public.user_roles (id bigint PRIMARY KEY, user_id uuid NOT NULL, role text NOT NULL);
ALTER TABLE public.user_roles ENABLE ROW LEVEL SECURITY;`;
const CREATE = `CREATE POLICY "Allow role updates" ON public.user_roles FOR UPDATE TO authenticated USING (true) WITH CHECK (true);
CREATE POLICY "Own roles" ON public.user_roles FOR SELECT TO authenticated USING (user_id = auth.uid());`;
const DROP = `DROP POLICY IF EXISTS "Allow role updates" ON public.user_roles;
DROP POLICY IF EXISTS "Own roles" ON public.user_roles;`;
const IDS = ['policy-always-true-without-role', 'policy-auth-uid-per-row'];

function review(changed: string[], all = false) {
  const set = inlineSet({ base: [BASE], changed, settings: { preset: 'supabase' } });
  if (all) set.changedSource = 'all';
  return runStatic(inlineSettings({ preset: 'supabase' }), set, rules).findings.filter((f) => IDS.includes(f.ruleId)).map((f) => f.ruleId).sort();
}

describe('findings about a policy the pull request drops again', () => {
  it('are reported while the policy stays', () => {
    expect(review([CREATE])).toEqual(IDS);
    expect(review([CREATE, 'SELECT 1;'])).toEqual(IDS);
  });

  it('go when a later migration of the same pull request drops it, or drops its table', () => {
    expect(review([CREATE, DROP])).toEqual([]);
    expect(review([CREATE, 'DROP TABLE public.user_roles;'])).toEqual([]);
  });

  it('stay when a renamed table keeps the policy', () => {
    expect(review([CREATE, 'ALTER TABLE public.user_roles RENAME TO roles;'])).toEqual(IDS);
  });

  it('a policy dropped and created again is judged on its new text', () => {
    const again = `${DROP}\nCREATE POLICY "Allow role updates" ON public.user_roles FOR UPDATE TO authenticated USING (user_id = (select auth.uid()));`;
    expect(review([CREATE, again])).toEqual([]);
  });

  it('stay when every file is reviewed on its own: each was deployed before the next', () => {
    expect(review([CREATE, DROP], true)).toEqual(IDS);
  });
});
