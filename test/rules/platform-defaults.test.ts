// Grants equal to the platform's default privileges are mentioned once, not judged one by one
// (issue 12, point 6); a grant that names its privileges is still judged.
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { reviewInline } from '../../src/analysis/inline.js';
import type { PresetId } from '../../src/types.js';

const run = async (base: string[], changed: string, preset: PresetId = 'supabase') =>
  (await reviewInline({ base, changed: [changed], settings: { preset } }, rules)).findings.filter((f) => /grant/.test(f.ruleId));

describe('platform default grants', () => {
  const table = 'CREATE TABLE public.flags (name text PRIMARY KEY, on_ boolean NOT NULL DEFAULT false);';

  it('supabase db diff boilerplate on a table without RLS: one info note for the file', async () => {
    const f = await run([table], ['anon', 'authenticated', 'service_role'].map((r) => `GRANT ALL ON TABLE "public"."flags" TO "${r}";`).join('\n'));
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['platform-default-grants', 'info']]);
    expect(f[0]!.message).toMatch(/^3 GRANT statements in this file \(lines 1–3\)/);
  });

  it('default privileges the file declares for its own schema count, even when declared after the grants (as a dump writes them)', async () => {
    const fn = 'CREATE SCHEMA app; CREATE FUNCTION app.wipe() RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = \'\' AS \'SELECT 1\';';
    const f = await run([fn], 'GRANT ALL ON FUNCTION app.wipe() TO anon;\nALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT ALL ON FUNCTIONS TO anon;');
    expect(f.map((x) => x.ruleId)).toEqual(['platform-default-grants']);
    // Without the declaration it is a SECURITY DEFINER function opened to anon.
    expect((await run([fn], 'GRANT ALL ON FUNCTION app.wipe() TO anon;')).map((x) => x.ruleId)).toEqual(['grant-write-to-anon']);
  });

  it("a Neon dump's grants to neon_superuser repeat Neon's default privileges: one note that says so", async () => {
    const dump = [
      'GRANT ALL ON TABLE public.flags TO neon_superuser WITH GRANT OPTION;',
      'GRANT ALL ON SEQUENCE public.flags_id_seq TO neon_superuser WITH GRANT OPTION;',
    ].join('\n');
    const f = await run([table, 'CREATE SEQUENCE public.flags_id_seq;'], dump, 'neon');
    expect(f.map((x) => [x.ruleId, x.severity])).toEqual([['platform-default-grants', 'info']]);
    expect(f[0]!.message).toContain("Neon's default privileges");
    // The grant option is Neon's only: given to anyone else, it is judged.
    expect((await run([table], 'GRANT ALL ON TABLE public.flags TO anon WITH GRANT OPTION;', 'neon')).map((x) => x.ruleId)).not.toContain('platform-default-grants');
  });

  it('a grant that names its privileges, or a platform without those defaults, is judged', async () => {
    expect((await run([table], 'GRANT INSERT, DELETE ON public.flags TO anon;')).map((x) => x.ruleId)).toEqual(['grant-write-to-anon']);
    expect((await run([table], 'GRANT ALL ON TABLE public.flags TO public;', 'plain')).map((x) => x.ruleId)).toEqual(['grant-write-to-anon']);
  });
});
