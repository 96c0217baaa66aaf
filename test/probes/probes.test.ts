// Probe behaviour on real Postgres (pglite and local): what each proves, what it refuses to claim,
// and that it leaves the database as it found it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotCatalog } from '../../src/live/catalog.js';
import { rlsIsolationProbe } from '../../src/live/probes/rls-isolation.js';
import { dataVolumeProbe } from '../../src/live/probes/data-volume.js';
import { reapplyProbe } from '../../src/live/probes/reapply.js';
import { reversibilityProbe } from '../../src/live/probes/reversibility.js';
import { triggerProbe } from '../../src/live/probes/trigger.js';
import { attempt, checkLimits, exampleFor, rolledBack } from '../../src/live/probes/util.js';
import { raisedUnderCondition } from '../../src/live/probes/rls-raise.js';
import { engines, Harness } from './harness.js';

const TENANTS = `
CREATE TABLE public.tenants (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
CREATE TABLE public.profiles (id uuid PRIMARY KEY REFERENCES auth.users (id) ON DELETE CASCADE, tenant_id uuid NOT NULL REFERENCES public.tenants (id));
ALTER TABLE public.profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY profiles_self ON public.profiles FOR SELECT TO authenticated USING (id = (select auth.uid()));`;

describe('check constraint limits', () => {
  it('reads IN-lists and ranges from pg_get_constraintdef text', () => {
    const l = checkLimits([
      { def: "CHECK ((status = ANY (ARRAY['running'::text, 'done'::text])))" },
      { def: "CHECK (((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])))" },
      { def: 'CHECK (((score >= 0) AND (score <= 10)))' },
      { def: 'CHECK ((char_length(title) <= 5))' },
    ]);
    expect(l.get('status')?.values).toEqual(['running', 'done']);
    expect(l.get('kind')?.values).toEqual(['a', 'b']);
    expect(l.get('score')).toMatchObject({ min: 0, max: 10 });
    expect(l.get('title')?.maxLength).toBe(5);
  });
  it('reads regular expressions and makes values that match them', () => {
    const l = checkLimits([{ def: "CHECK ((color ~ '^#[0-9a-f]{6}$'::text))" }]);
    expect(l.get('color')?.pattern).toBe('^#[0-9a-f]{6}$');
    for (const p of ['^#[0-9a-f]{6}$', '^[a-z][a-z0-9_]{2,30}$', String.raw`^\d{4}-\d{2}$`, '^https?://.+$']) {
      for (const n of [0, 7]) expect(exampleFor(p, n), p).toMatch(new RegExp(p));
    }
    // Alternation is beyond the generator: no value rather than a wrong one.
    expect(exampleFor('^(a|b)$', 0)).toBeUndefined();
  });
});

describe.each(engines)('probes on %s', (_name, make) => {
  let h: Harness;
  beforeAll(async () => {
    h = await new Harness(make()).start();
  });
  afterAll(() => h.stop());

  it('rls-isolation: a USING (true) policy without TO leaks to anon and across tenants, named with role and row count', async () => {
    const r = await h.run({
      base: [TENANTS],
      changed: [
        `CREATE TABLE public.projects (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES public.tenants (id), stage text NOT NULL CHECK (stage IN ('draft', 'live')), budget numeric(6,2) CHECK (budget >= 0));
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_tenant ON public.projects FOR ALL TO authenticated USING (tenant_id IN (SELECT p.tenant_id FROM public.profiles p WHERE p.id = auth.uid()));
CREATE POLICY "cron access" ON public.projects FOR SELECT USING (true);`,
      ],
      probes: [rlsIsolationProbe],
    });
    const [res] = r.results;
    expect(res!.status).toBe('failed');
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0]!;
    expect(f).toMatchObject({ ruleId: 'rls-isolation-breach', severity: 'critical', object: 'public.projects', line: 4 });
    expect(f.evidence).toMatchObject({ role: 'anon', table: 'public.projects', operation: 'SELECT' });
    expect(f.evidence!.rows).toBeGreaterThan(0);
    expect(f.message).toMatch(/anon .* could read \d+ of \d+ rows/);
    expect(f.message).toMatch(/cron access \(SELECT, no TO clause/);
    // reads only: the tenant policy still guards writes
    expect((f.evidence!.breaches as { operation: string }[]).map((b) => b.operation).sort()).toEqual(['SELECT', 'SELECT']);
  });

  it('rls-isolation: a table that was open before (RLS off) and stays open keeps an exposure: high, said so', async () => {
    const table = `CREATE TABLE public.providers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES public.tenants (id), name text NOT NULL);`;
    const r = await h.run({
      base: [TENANTS, table],
      changed: [`ALTER TABLE public.providers ENABLE ROW LEVEL SECURITY;\nCREATE POLICY "Allow all" ON public.providers FOR ALL USING (true);`],
      probes: [rlsIsolationProbe],
    });
    const f = r.findings.find((x) => x.ruleId === 'rls-isolation-breach' && x.object === 'public.providers')!;
    expect(f.severity).toBe('high');
    expect(f.message).toContain('Before this pull request row level security was off on this table');
    // The same policy on a table the PR creates is what opens it: critical.
    const fresh = await h.run({
      base: [TENANTS],
      changed: [`${table}\nALTER TABLE public.providers ENABLE ROW LEVEL SECURITY;\nCREATE POLICY "Allow all" ON public.providers FOR ALL USING (true);`],
      probes: [rlsIsolationProbe],
    });
    const g = fresh.findings.find((x) => x.ruleId === 'rls-isolation-breach' && x.object === 'public.providers')!;
    expect(g.severity).toBe('critical');
    expect(g.message).not.toContain('Before this pull request');
  });

  it('rls-isolation: owner columns compared with auth.uid() isolate; declared public reads are not leaks', async () => {
    const r = await h.run({
      base: [TENANTS],
      changed: [
        `CREATE TABLE public.notes (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), owner_id uuid NOT NULL, body text NOT NULL);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_own ON public.notes FOR ALL TO authenticated USING ((select auth.uid()) = owner_id) WITH CHECK ((select auth.uid()) = owner_id);
CREATE TABLE public.posts (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), author_id uuid NOT NULL REFERENCES auth.users (id), title text NOT NULL);
ALTER TABLE public.posts ENABLE ROW LEVEL SECURITY;
CREATE POLICY posts_read ON public.posts FOR SELECT TO anon, authenticated USING (true);
CREATE POLICY posts_write ON public.posts FOR ALL TO authenticated USING (author_id = auth.uid()) WITH CHECK (author_id = auth.uid());
-- supabase examples' slack clone: every signed-in user reads every channel, said in the expression.
CREATE TABLE public.channels (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, created_by uuid NOT NULL REFERENCES auth.users (id), slug text NOT NULL);
ALTER TABLE public.channels ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Allow logged-in read access" ON public.channels FOR SELECT USING (auth.role() = 'authenticated');
CREATE POLICY "Allow individual insert access" ON public.channels FOR INSERT WITH CHECK (auth.uid() = created_by);`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.status).toBe('passed');
    expect(r.results[0]!.details!.join('\n')).toMatch(/public\.notes: isolated .*owner_id = auth\.uid\(\)/);
  });

  it('rls-isolation: policies it cannot follow are listed as not probed, never reported', async () => {
    const r = await h.run({
      // A body with more than one statement is not read through.
      base: [TENANTS, `CREATE FUNCTION public.is_member(t uuid) RETURNS boolean LANGUAGE plpgsql STABLE AS $$ BEGIN IF t IS NULL THEN RETURN false; END IF; RETURN false; END $$;`],
      changed: [
        `CREATE TABLE public.docs (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), team uuid NOT NULL);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_members ON public.docs FOR SELECT TO authenticated USING (public.is_member(team));`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.status).toBe('partial');
    expect(r.results[0]!.notProbed!.join('\n')).toMatch(/public\.docs: neither test user could read their own rows.*is_member/);
  });

  it('rls-isolation: rows a trigger refuses on every insert are not probed, and the reason names the function that raised', async () => {
    const r = await h.run({
      base: [TENANTS],
      changed: [
        `CREATE TABLE public.options (id serial PRIMARY KEY, owner uuid NOT NULL DEFAULT auth.uid(), value text NOT NULL);
CREATE FUNCTION public.map_options() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE ids bigint[]; BEGIN ids := array(select '{}'::jsonb ->> 'id'::bigint); RETURN NULL; END $$;
CREATE TRIGGER map_options AFTER INSERT ON public.options FOR EACH ROW EXECUTE FUNCTION public.map_options();
ALTER TABLE public.options ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON public.options USING (owner = auth.uid());`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.notProbed!.join('\n')).toMatch(/public\.options: could not insert representative rows \(invalid input syntax for type bigint: "id" \(raised in PL\/pgSQL function (public\.)?map_options\(\) line \d+/);
  });

  it('rls-isolation: ownership through functions the policies call (SQL and PL/pgSQL bodies that return one expression) is followed', async () => {
    const r = await h.run({
      changed: [
        `CREATE TABLE public.projects (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text);
CREATE TABLE public.project_members (project_id uuid NOT NULL REFERENCES public.projects (id), profile_id uuid NOT NULL REFERENCES auth.users (id), PRIMARY KEY (project_id, profile_id));
ALTER TABLE public.project_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_memberships ON public.project_members FOR SELECT USING (profile_id = auth.uid());
-- supabase examples' figma clone: the parameter shares the column's name and is qualified by the function's.
CREATE FUNCTION public.is_project_member(project_id uuid) RETURNS boolean AS $$
  SELECT EXISTS (SELECT 1 FROM project_members WHERE project_id = is_project_member.project_id AND profile_id = auth.uid());
$$ LANGUAGE sql SECURITY DEFINER;
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_read ON public.projects FOR SELECT USING (is_project_member(id));
CREATE TABLE public.boards (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, project_id uuid NOT NULL REFERENCES public.projects (id), title text);
-- grida's rls_campaign: PL/pgSQL that only returns an expression, calling the next function.
CREATE FUNCTION public.rls_board(p_board_id bigint) RETURNS boolean AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM public.boards b WHERE b.id = p_board_id AND public.is_project_member(b.project_id));
END;
$$ LANGUAGE plpgsql STABLE SECURITY DEFINER;
ALTER TABLE public.boards ENABLE ROW LEVEL SECURITY;
CREATE POLICY members_boards ON public.boards USING (is_project_member(project_id)) WITH CHECK (is_project_member(project_id));
CREATE TABLE public.cards (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, board_id bigint NOT NULL REFERENCES public.boards (id), body text);
ALTER TABLE public.cards ENABLE ROW LEVEL SECURITY;
CREATE POLICY board_cards ON public.cards USING (public.rls_board(board_id)) WITH CHECK (public.rls_board(board_id));`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(r.results[0]!.notProbed).toEqual([]);
    expect(r.findings).toEqual([]);
    const details = r.results[0]!.details!.join('\n');
    expect(details).toMatch(/public\.boards: isolated .*public\.project_members\.profile_id = auth\.uid\(\)/);
    expect(details).toMatch(/public\.cards: isolated .*public\.project_members\.profile_id = auth\.uid\(\)/);
    expect(details).toMatch(/public\.projects: isolated/);
  });

  it('rls-isolation: a storage bucket whose files are named by an id the policies look up gets files named by the user\'s own id', async () => {
    const byId = `bucket_id = 'assets' AND public.rls_asset((name)::uuid)`;
    const r = await h.run({
      changed: [
        // grida's assets: the file name is the id of an asset row (which has a name column of its own).
        `CREATE TABLE public.assets (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), owner uuid NOT NULL, name text);
ALTER TABLE public.assets ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_assets ON public.assets USING (owner = auth.uid()) WITH CHECK (owner = auth.uid());
CREATE FUNCTION public.rls_asset(p_asset_id uuid) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER AS $$
BEGIN RETURN EXISTS (SELECT 1 FROM public.assets a WHERE a.id = p_asset_id AND a.owner = auth.uid()); END $$;
INSERT INTO storage.buckets (id, name) VALUES ('assets', 'assets');
CREATE POLICY "asset files" ON storage.objects FOR ALL TO authenticated USING (${byId}) WITH CHECK (${byId});`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.notProbed).toEqual([]);
    expect(r.results[0]!.details!.join('\n')).toMatch(/storage\.objects \(bucket assets\): isolated .*(name = public\.assets\.id|public\.assets\.id = name)/);
  });

  it('rls-isolation: a column the policies want NULL (a soft delete) is left empty, so the owner reads their rows', async () => {
    const r = await h.run({
      changed: [
        // supabase examples' supa-builder: builders see the projects they created and did not delete.
        `CREATE TABLE public.builds (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), creator_id uuid NOT NULL REFERENCES auth.users (id), deleted_at timestamptz);
ALTER TABLE public.builds ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Builders can view their own builds" ON public.builds FOR SELECT TO authenticated USING (creator_id = auth.uid() AND deleted_at IS NULL);`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.notProbed).toEqual([]);
    expect(r.results[0]!.details!.join('\n')).toMatch(/public\.builds: isolated .*creator_id = auth\.uid\(\)/);
  });

  it('rls-isolation: a sign-up trigger that files users by the organization in their metadata puts the two probe users in two tenants', async () => {
    const r = await h.run({
      changed: [
        // supabase examples' supa-builder: users without an organization in their metadata share 'default_org'.
        `CREATE TABLE public.user_roles (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), user_id uuid NOT NULL, organization_id text NOT NULL, role text NOT NULL CHECK (role IN ('admin', 'builder')), UNIQUE (user_id, organization_id));
ALTER TABLE public.user_roles ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_roles ON public.user_roles FOR SELECT TO authenticated USING (user_id = auth.uid());
CREATE FUNCTION public.assign_role() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
  INSERT INTO public.user_roles (user_id, organization_id, role) VALUES (new.id, coalesce(new.raw_user_meta_data->>'organization_id', 'default_org'), 'admin');
  RETURN new;
END $$;
CREATE TRIGGER on_auth_user_created AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION public.assign_role();
CREATE TABLE public.sites (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), organization_id text NOT NULL, creator_id uuid NOT NULL);
ALTER TABLE public.sites ENABLE ROW LEVEL SECURITY;
CREATE POLICY admins_read ON public.sites FOR SELECT TO authenticated USING (EXISTS (SELECT 1 FROM public.user_roles r WHERE r.user_id = auth.uid() AND r.organization_id = sites.organization_id AND r.role = 'admin'));`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.details!.join('\n')).toMatch(/public\.sites: isolated .*public\.user_roles\.user_id = auth\.uid\(\)/);
  });

  it('rls-isolation: rows no API user is meant to read (service-side tables, rows only published ones are read from, schemas closed to the API roles) count as exercised', async () => {
    const r = await h.run({
      changed: [
        // grida's billing tables: restrictive denials for the API roles, grants for service_role only.
        `CREATE TABLE public.catalogue (id text PRIMARY KEY, amount int NOT NULL DEFAULT 0);
ALTER TABLE public.catalogue ENABLE ROW LEVEL SECURITY;
CREATE POLICY deny_authenticated ON public.catalogue AS RESTRICTIVE FOR ALL TO authenticated USING (false) WITH CHECK (false);
CREATE POLICY deny_anon ON public.catalogue AS RESTRICTIVE FOR ALL TO anon USING (false) WITH CHECK (false);
REVOKE ALL ON TABLE public.catalogue FROM anon, authenticated;
-- grida's form templates: only published rows are read, and no row belongs to a user.
CREATE TABLE public.templates (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, is_public boolean NOT NULL DEFAULT false, title text);
ALTER TABLE public.templates ENABLE ROW LEVEL SECURITY;
CREATE POLICY "read published templates" ON public.templates FOR SELECT USING (is_public = true);
-- pg_cron's own tables: a schema the API roles have no USAGE on.
CREATE SCHEMA jobs;
CREATE TABLE jobs.job (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, username text NOT NULL DEFAULT current_user, command text);
ALTER TABLE jobs.job ENABLE ROW LEVEL SECURITY;
CREATE POLICY job_policy ON jobs.job USING (username = current_user);`,
      ],
      settings: { exposedSchemas: ['public', 'jobs'] },
      probes: [rlsIsolationProbe],
    });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.notProbed).toEqual([]);
    const details = r.results[0]!.details!.join('\n');
    expect(details).toMatch(/public\.catalogue: isolated .*no policy opens SELECT to anon or signed-in users/);
    expect(details).toMatch(/public\.templates: isolated .*no policy ties its rows to a user \(read published templates read no identity\)/);
    expect(details).toMatch(/jobs\.job: isolated .*refused by the grants \(permission denied for schema jobs\): closed to the API/);
  });

  it('rls-isolation: an error a role meets is a finding with role, command, table and error; refusals are not', async () => {
    const r = await h.run({
      changed: [
        `CREATE TABLE public.notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner uuid NOT NULL, body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
REVOKE ALL ON public.notes FROM anon, authenticated;
CREATE POLICY own_notes ON public.notes FOR SELECT TO authenticated USING (owner = auth.uid());
CREATE FUNCTION public.tenant_of_caller() RETURNS uuid LANGUAGE plpgsql STABLE AS $$ BEGIN RAISE EXCEPTION 'no tenant claim'; END $$;
CREATE TABLE public.items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant uuid NOT NULL);
ALTER TABLE public.items ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_items ON public.items FOR SELECT TO authenticated USING (tenant = public.tenant_of_caller());`,
      ],
      probes: [rlsIsolationProbe],
    });
    const byTable = Object.fromEntries(r.findings.map((f) => [f.object, f]));
    // Permission denied on a table whose policy opens SELECT to authenticated: every such request fails.
    expect(byTable['public.notes']).toMatchObject({ ruleId: 'role-request-failed', severity: 'critical', evidence: { roles: ['authenticated'], commands: ['SELECT'], code: '42501' } });
    // anon has no policy on public.notes: its "permission denied" is the table closed on purpose, not a finding.
    expect(byTable['public.notes']!.message).not.toMatch(/anon/);
    // An exception raised by a function the policy calls: reported with the role and command, high (it may depend on the caller).
    expect(byTable['public.items']).toMatchObject({ ruleId: 'role-request-failed', evidence: { roles: ['authenticated'], code: 'P0001' } });
    expect(byTable['public.items']!.severity).toBe('high');
    expect(byTable['public.items']!.message).toMatch(/no tenant claim/);
    expect(r.results[0]).toMatchObject({ status: 'failed', severity: 'critical' });
    expect(r.results[0]!.summary).toMatch(/request kind\(s\) fail as the API roles/);
  });

  it('rls-isolation: a policy that reads a custom setting each request must set (a PostgREST db-pre-request function) could not be verified: medium, not critical; a setting without a dot is', async () => {
    const r = await h.run({
      base: [TENANTS],
      changed: [
        `CREATE TABLE public.notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES public.tenants (id), body text);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_notes ON public.notes FOR ALL TO authenticated USING (tenant_id = current_setting('app.tenant_id')::uuid) WITH CHECK (tenant_id = current_setting('app.tenant_id')::uuid);
CREATE TABLE public.memos (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id uuid NOT NULL, body text);
ALTER TABLE public.memos ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_memos ON public.memos FOR SELECT TO authenticated USING (tenant_id = current_setting('tenant_id')::uuid);`,
      ],
      probes: [rlsIsolationProbe],
    });
    const byTable = Object.fromEntries(r.findings.map((f) => [f.object, f]));
    expect(byTable['public.notes']).toMatchObject({ ruleId: 'role-request-failed', severity: 'medium', evidence: { code: '42704', unverified: true } });
    expect(byTable['public.notes']!.title).toMatch(/^Could not verify .* on public\.notes for authenticated: it needs app\.tenant_id set by each request$/);
    // No session can set a name without a dot: every such request fails.
    expect(byTable['public.memos']).toMatchObject({ ruleId: 'role-request-failed', severity: 'critical', evidence: { code: '42704' } });
  });

  it("rls-isolation: a request.* setting PostgREST does not set (the per-claim names of PostgREST before 9) is unset in production too: critical", async () => {
    const r = await h.run({
      base: [TENANTS],
      changed: [
        `CREATE TABLE public.letters (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, body text);
ALTER TABLE public.letters ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_letters ON public.letters FOR SELECT TO authenticated USING (email = current_setting('request.jwt.claim.email'));`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(r.findings.map((f) => [f.object, f.ruleId, f.severity])).toEqual([['public.letters', 'role-request-failed', 'critical']]);
  });

  it('rls-isolation: a schema granted to signed-in users only is closed to anon on purpose: a policy without TO does not make its refusal a finding', async () => {
    const r = await h.run({
      changed: [
        `CREATE SCHEMA club;
GRANT USAGE ON SCHEMA club TO authenticated;
CREATE TABLE club.cards (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner uuid NOT NULL, label text);
GRANT SELECT, INSERT, UPDATE, DELETE ON club.cards TO authenticated;
ALTER TABLE club.cards ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_cards ON club.cards USING (owner = auth.uid()) WITH CHECK (owner = auth.uid());`,
      ],
      settings: { exposedSchemas: ['public', 'club'] },
      probes: [rlsIsolationProbe],
    });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.details!.join('\n')).toMatch(/club\.cards: isolated .*owner = auth\.uid\(\)/);
  });

  it('rls-isolation: an exception a policy function raises is critical when the owner meets it too, low when it only refuses others', async () => {
    const r = await h.run({
      changed: [
        `CREATE FUNCTION public.check_quota() RETURNS boolean LANGUAGE plpgsql STABLE AS $$ BEGIN RAISE EXCEPTION 'quota table missing'; END $$;
CREATE TABLE public.files (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner uuid NOT NULL, name text);
ALTER TABLE public.files ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_files ON public.files FOR SELECT TO authenticated USING (owner = auth.uid() AND public.check_quota());
CREATE FUNCTION public.deny_loudly() RETURNS boolean LANGUAGE plpgsql STABLE AS $$ BEGIN RAISE EXCEPTION 'access denied'; END $$;
CREATE TABLE public.letters (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner uuid NOT NULL, body text);
ALTER TABLE public.letters ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_letters ON public.letters FOR SELECT TO anon, authenticated USING (owner = auth.uid() OR public.deny_loudly());`,
      ],
      probes: [rlsIsolationProbe],
    });
    const byTable = Object.fromEntries(r.findings.map((f) => [f.object, f]));
    // The owner's own SELECT of their own files raises too: every SELECT by a signed-in user fails.
    expect(byTable['public.files']).toMatchObject({ ruleId: 'role-request-failed', severity: 'critical', evidence: { roles: ['authenticated'], commands: ['SELECT'], code: 'P0001' } });
    expect(byTable['public.files']!.message).toMatch(/owner's own SELECT of their rows fails with it too/);
    // The owner reads their letters; others (and anon) get the exception instead of an empty result: no breach.
    expect(byTable['public.letters']).toMatchObject({ ruleId: 'role-request-failed', severity: 'low', evidence: { code: 'P0001' } });
    expect(byTable['public.letters']!.message).toMatch(/not a breach.*error instead of an empty result/);
    expect(r.findings.filter((f) => f.ruleId === 'rls-isolation-breach')).toEqual([]);
  });

  it('rls-isolation: an exception a policy function raises only under a condition (not a member) is "could not verify", low, when the owner meets it: the probe\'s users lack the rows it reads', async () => {
    const r = await h.run({
      changed: [
        `CREATE TABLE public.memberships (org_id uuid NOT NULL, user_id uuid NOT NULL, PRIMARY KEY (org_id, user_id));
ALTER TABLE public.memberships ENABLE ROW LEVEL SECURITY;
CREATE FUNCTION public.assert_member(org uuid) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = '' AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM public.memberships m WHERE m.org_id = org AND m.user_id = auth.uid()) THEN
    RAISE EXCEPTION 'not a member';
  END IF;
  RETURN true;
END $$;
CREATE TABLE public.docs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, org_id uuid NOT NULL, owner uuid NOT NULL, body text);
ALTER TABLE public.docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY org_docs ON public.docs FOR SELECT TO authenticated USING (owner = auth.uid() AND public.assert_member(org_id));`,
      ],
      probes: [rlsIsolationProbe],
    });
    const f = r.findings.find((x) => x.object === 'public.docs')!;
    expect(f).toMatchObject({ ruleId: 'role-request-failed', severity: 'low', evidence: { code: 'P0001', commands: ['SELECT'] } });
    expect(f.title).toMatch(/could not verify/i);
    expect(f.message).toMatch(/assert_member.* raises it only under a condition \(IF at line 3\)/);
    expect(f.message).not.toMatch(/every such request .* fails in production/);
    expect(r.results[0]).toMatchObject({ status: 'failed', severity: 'low' });
    // The probe's summary says what it could not verify, not that requests fail.
    expect(r.results[0]!.summary).toMatch(/^Could not verify SELECT on public\.docs/);
    expect(r.results[0]!.summary).not.toMatch(/fail as the API roles/);
  });

  it('rls-isolation: an exception is raised "under a condition" when a PL/pgSQL function of its context reaches the raise through a branch, not when it runs straight to it', async () => {
    await h.run({
      changed: [
        `CREATE FUNCTION public.always() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE n int;
BEGIN
  SELECT count(*) INTO n FROM pg_class;
  RAISE EXCEPTION 'always';
END $$;
CREATE FUNCTION public.after_return(x int) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF x > 0 THEN RETURN true; END IF;
  RAISE EXCEPTION 'after return';
END $$;
CREATE FUNCTION public.strict_row() RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE n oid;
BEGIN
  SELECT oid INTO STRICT n FROM pg_class WHERE relname = 'no such relation';
  RETURN true;
END $$;
CREATE FUNCTION public.calls_always() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  RETURN public.always();
END $$;
CREATE FUNCTION public.calls_in_branch(x int) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF x < 0 THEN
    RETURN public.always();
  END IF;
  RETURN true;
END $$;`,
      ],
      probes: [],
    });
    const why = (call: string) =>
      rolledBack(h.db, async () => {
        const r = await attempt(h.db, `select ${call}`);
        if (r.ok) throw new Error(`${call} did not raise`);
        return raisedUnderCondition(h.db, { role: 'authenticated', signedIn: true, op: 'SELECT', message: r.error.message, code: r.error.code, where: r.error.where });
      });
    expect(await why('public.always()')).toBeUndefined();
    expect(await why('public.calls_always()')).toBeUndefined();
    expect(await why('public.after_return(0)')).toBe('public.after_return(integer) raises it only under a condition (IF at line 3)');
    expect(await why('public.calls_in_branch(-1)')).toBe('public.calls_in_branch(integer) raises it only under a condition (IF at line 3)');
    expect(await why('public.strict_row()')).toMatch(/SELECT INTO STRICT in public\.strict_row\(\) found no row/);
  });

  it('rls-isolation: the owner\'s own INSERT is a new row of theirs, not a copy of the one they have: a unique key on the owner does not keep a refusing exception at high', async () => {
    // One row per user (UNIQUE (owner)); the policy refuses other users by raising. The owner
    // already has their row, so a second one collides (23505): that says nothing about the exception.
    const r = await h.run({
      changed: [
        `CREATE FUNCTION public.deny_loudly() RETURNS boolean LANGUAGE plpgsql STABLE AS $$ BEGIN RAISE EXCEPTION 'access denied'; END $$;
CREATE TABLE public.settings (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner uuid NOT NULL UNIQUE, theme text);
ALTER TABLE public.settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_settings ON public.settings FOR ALL TO authenticated USING (owner = auth.uid() OR public.deny_loudly()) WITH CHECK (owner = auth.uid() OR public.deny_loudly());`,
      ],
      probes: [rlsIsolationProbe],
    });
    const f = r.findings.filter((x) => x.object === 'public.settings');
    expect(f.map((x) => [x.ruleId, x.severity, (x.evidence as { code: string }).code])).toEqual([['role-request-failed', 'low', 'P0001']]);
    expect((f[0]!.evidence as { commands: string[] }).commands).toContain('INSERT');
    expect(f[0]!.message).toMatch(/owner's own .*INSERT.* of their rows went through/);
    // The same with the owner as the primary key.
    const keyed = await h.run({
      changed: [
        `CREATE FUNCTION public.deny_loudly() RETURNS boolean LANGUAGE plpgsql STABLE AS $$ BEGIN RAISE EXCEPTION 'access denied'; END $$;
CREATE TABLE public.prefs (owner uuid PRIMARY KEY, theme text);
ALTER TABLE public.prefs ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_prefs ON public.prefs FOR ALL TO authenticated USING (owner = auth.uid() OR public.deny_loudly()) WITH CHECK (owner = auth.uid() OR public.deny_loudly());`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(keyed.findings.map((x) => [x.object, x.severity])).toEqual([['public.prefs', 'low']]);
  });

  it('rls-isolation: each command is a step with its own result; moving a row into another tenant is refused or reported', async () => {
    const r = await h.run({
      base: [TENANTS],
      changed: [
        `CREATE TABLE public.deals (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES public.tenants (id), title text NOT NULL);
ALTER TABLE public.deals ENABLE ROW LEVEL SECURITY;
CREATE POLICY "deals are visible to all signed-in users" ON public.deals FOR SELECT TO authenticated USING (true);
CREATE POLICY deals_write ON public.deals FOR UPDATE TO authenticated USING (tenant_id IN (SELECT p.tenant_id FROM public.profiles p WHERE p.id = auth.uid())) WITH CHECK (true);
CREATE TABLE public.memos (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, tenant_id uuid NOT NULL REFERENCES public.tenants (id), body text NOT NULL);
ALTER TABLE public.memos ENABLE ROW LEVEL SECURITY;
CREATE POLICY memos_all ON public.memos FOR ALL TO authenticated USING (tenant_id IN (SELECT p.tenant_id FROM public.profiles p WHERE p.id = auth.uid()));
-- chatbot-ui's sharing: rows are private by default (a generated value must not publish them), and an
-- item's shelf is a reference, not its ownership (moving it to another user's shelf is no hand-over).
CREATE TABLE public.shelves (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner uuid NOT NULL, sharing text NOT NULL DEFAULT 'private');
ALTER TABLE public.shelves ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_shelves ON public.shelves USING (owner = auth.uid()) WITH CHECK (owner = auth.uid());
CREATE POLICY shared_shelves ON public.shelves FOR SELECT USING (sharing <> 'private');
CREATE TABLE public.shelf_items (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner uuid NOT NULL, shelf_id bigint NOT NULL REFERENCES public.shelves (id));
ALTER TABLE public.shelf_items ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_items ON public.shelf_items USING (owner = auth.uid()) WITH CHECK (owner = auth.uid());
CREATE POLICY shared_items ON public.shelf_items FOR SELECT USING (shelf_id IN (SELECT id FROM public.shelves WHERE sharing <> 'private'));`,
      ],
      probes: [rlsIsolationProbe],
    });
    const [res] = r.results;
    const steps = Object.fromEntries(res!.steps!.map((s) => [s.step, s]));
    expect(Object.keys(steps)).toEqual(['SELECT', 'INSERT', 'UPDATE', 'UPDATE WITH CHECK', 'DELETE']);
    // WITH CHECK (true): user A can move their deal into user B's tenant; memos (USING stands in for WITH CHECK) refuse it.
    expect(steps['UPDATE WITH CHECK']).toMatchObject({ status: 'failed', summary: 'failed on public.deals' });
    for (const c of ['SELECT', 'INSERT', 'UPDATE', 'DELETE']) expect(steps[c]!.status, c).toBe('passed');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'rls-isolation-breach', severity: 'high', object: 'public.deals' });
    expect(r.findings[0]!.evidence!.breaches).toEqual([{ role: 'authenticated', operation: 'UPDATE', rows: expect.any(Number), of: expect.any(Number), movedColumn: 'tenant_id' }]);
    expect(r.findings[0]!.message).toMatch(/move \d+ of \d+ of their own rows into another user's ownership \(UPDATE … SET tenant_id/);
    expect(res!.status).toBe('failed');
  });

  it('rls-isolation: an INSERT that may name another owner, and nothing else, is high: rows are forged, none exposed or lost', async () => {
    const r = await h.run({
      base: [TENANTS],
      changed: [
        `CREATE TABLE public.teams (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, owner uuid NOT NULL DEFAULT auth.uid(), name text NOT NULL);
ALTER TABLE public.teams ENABLE ROW LEVEL SECURITY;
CREATE POLICY teams_read ON public.teams FOR SELECT TO authenticated USING (owner = auth.uid());
CREATE POLICY teams_create ON public.teams FOR INSERT TO authenticated WITH CHECK (name <> '');`,
      ],
      probes: [rlsIsolationProbe],
    });
    const breach = r.findings.filter((f) => f.ruleId === 'rls-isolation-breach');
    expect(breach).toHaveLength(1);
    expect(breach[0]).toMatchObject({ severity: 'high', object: 'public.teams' });
    expect(breach[0]!.evidence!.breaches).toEqual([expect.objectContaining({ role: 'authenticated', operation: 'INSERT' })]);
  });

  it('rls-isolation: storage.objects is probed per bucket with folder paths; a public bucket declared as such is not a leak', async () => {
    const own = `(storage.foldername(name))[1] = (select auth.uid()::text)`;
    const r = await h.run({
      changed: [
        `INSERT INTO storage.buckets (id, name) VALUES ('docs', 'docs'), ('avatars', 'avatars');
CREATE POLICY "own docs" ON storage.objects FOR ALL TO authenticated USING (bucket_id = 'docs' AND ${own}) WITH CHECK (bucket_id = 'docs' AND ${own});
CREATE POLICY "Avatar images are publicly accessible" ON storage.objects FOR SELECT USING (bucket_id = 'avatars');
CREATE POLICY "own avatars" ON storage.objects FOR INSERT TO authenticated WITH CHECK (bucket_id = 'avatars' AND ${own});
CREATE POLICY "allow uploads" ON storage.objects FOR INSERT TO public WITH CHECK (bucket_id = 'uploads');`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(r.findings).toEqual([]);
    const details = r.results[0]!.details!.join('\n');
    expect(details).toMatch(/storage\.objects \(bucket docs\): isolated/);
    expect(details).toMatch(/storage\.objects \(bucket avatars\): isolated/);
    // An upload bucket open to everyone (supabase examples: resumable uploads) is declared, not a leak;
    // no policy reads the files back (the other buckets' policies are theirs): nobody reads them, and the probe proved it.
    expect(details).toMatch(/storage\.objects \(bucket uploads\): isolated .*no policy opens SELECT to anon or signed-in users/);
    expect(r.results[0]!.notProbed).toEqual([]);

    const leaky = await h.run({
      changed: [
        `INSERT INTO storage.buckets (id, name) VALUES ('docs', 'docs');
CREATE POLICY "own docs" ON storage.objects FOR INSERT TO authenticated WITH CHECK (bucket_id = 'docs' AND ${own});
CREATE POLICY "read docs" ON storage.objects FOR SELECT TO authenticated USING (bucket_id = 'docs' AND auth.role() = 'authenticated');`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(leaky.findings).toHaveLength(1);
    expect(leaky.findings[0]).toMatchObject({ ruleId: 'rls-isolation-breach', severity: 'critical', object: 'storage.objects', title: 'Rows of storage.objects (bucket docs) leak across tenants' });
    expect(leaky.findings[0]!.evidence).toMatchObject({ role: 'authenticated', operation: 'SELECT' });

    // A file moves by its path: an UPDATE whose WITH CHECK reads only the bucket lets A move a file into
    // B's folder. The owner columns are the storage server's to set: a policy reading owner_id does not
    // make them movable (chatbot-ui's profile images).
    const moves = await h.run({
      changed: [
        `INSERT INTO storage.buckets (id, name) VALUES ('docs', 'docs');
CREATE POLICY "read own files" ON storage.objects FOR SELECT TO authenticated USING (auth.uid()::text = owner_id::text);
CREATE POLICY "insert own docs" ON storage.objects FOR INSERT TO authenticated WITH CHECK (bucket_id = 'docs' AND ${own});
CREATE POLICY "update own docs" ON storage.objects FOR UPDATE TO authenticated USING (bucket_id = 'docs' AND ${own}) WITH CHECK (bucket_id = 'docs');`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(moves.findings).toHaveLength(1);
    expect(moves.findings[0]).toMatchObject({ ruleId: 'rls-isolation-breach', severity: 'high', title: 'Users can hand their rows of storage.objects (bucket docs) to other users' });
    expect(moves.findings[0]!.evidence!.breaches).toEqual([expect.objectContaining({ operation: 'UPDATE', movedColumn: 'name' })]);
  });

  it('rls-isolation: a table the pull request closes to a role (REVOKE) is closed on purpose, a policy left from before notwithstanding', async () => {
    const r = await h.run({
      base: [
        `CREATE TABLE public.user_roles (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id uuid NOT NULL, role text NOT NULL);
ALTER TABLE public.user_roles ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Allow individual read access" ON public.user_roles FOR SELECT USING (auth.uid() = user_id);`,
      ],
      // supabase examples' slack clone, auth hook: the roles are read by the hook, not by the API.
      changed: [`REVOKE ALL ON TABLE public.user_roles FROM authenticated, anon;
CREATE POLICY "auth admin reads" ON public.user_roles AS PERMISSIVE FOR SELECT TO supabase_auth_admin USING (true);`],
      probes: [rlsIsolationProbe],
    });
    expect(r.findings).toEqual([]);
    // The same history reviewed as one pull request (the table, its read policy, then the hook's
    // REVOKE): the later REVOKE closes the table; the policy written before it is dead, not broken.
    const whole = await h.run({
      changed: [
        `CREATE TABLE public.user_roles (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, user_id uuid NOT NULL, role text NOT NULL);
ALTER TABLE public.user_roles ENABLE ROW LEVEL SECURITY;
CREATE POLICY "Allow individual read access" ON public.user_roles FOR SELECT USING (auth.uid() = user_id);`,
        `REVOKE ALL ON TABLE public.user_roles FROM authenticated, anon;
CREATE POLICY "auth admin reads" ON public.user_roles AS PERMISSIVE FOR SELECT TO supabase_auth_admin USING (true);`,
      ],
      probes: [rlsIsolationProbe],
    });
    expect(whole.findings.filter((f) => f.ruleId === 'role-request-failed')).toEqual([]);
  });

  it('data-volume: counts the rows a new UNIQUE index rejects and extrapolates timings as labelled estimates', async () => {
    const r = await h.run({
      base: [`CREATE TABLE public.orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, status text NOT NULL CHECK (status IN ('new', 'paid', 'shipped')), note text);`],
      changed: [
        { sql: `ALTER TABLE public.orders ADD COLUMN total integer;\nCREATE INDEX orders_note_idx ON public.orders (note);`, transactional: true },
        `CREATE UNIQUE INDEX orders_status_key ON public.orders (status);`,
      ],
      settings: { rows: 300, expectedRows: { orders: 3_000_000 } },
      probes: [dataVolumeProbe],
    });
    // the traced run itself stays on the empty base: the rehearsal was rolled back
    expect(r.trace.migrations.every((m) => m.applied === 'applied')).toBe(true);
    expect(Number((await h.db.query<{ n: string }>('select count(*)::text as n from public.orders')).rows[0]!.n)).toBe(0);
    const [res] = r.results;
    expect(res!.status).toBe('failed');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ ruleId: 'data-dependent-failure', line: 1 });
    expect(r.findings[0]!.evidence!.violatingRows).toBe(300);
    expect(r.findings[0]!.fix!.sql).toMatch(/group by status having count\(\*\) > 1/);
    const est = res!.details!.find((d) => /orders_note_idx|IndexStmt/.test(d) && /estimate at 3,000,000 rows/.test(d));
    expect(est, res!.details!.join('\n')).toMatch(/linear from 300 synthetic rows on the \w+ engine — an estimate, not a measurement/);
  });

  it('data-volume: seeds in one insert through nullable self-references and a nullable reference into a cycle', async () => {
    // trigger.dev's shape: an environment points at its parent and (optionally) at its current
    // session, whose environment is NOT NULL. Row by row gives at most 200 rows; set-based gives all.
    const r = await h.run({
      base: [
        `CREATE TABLE public.env (id text PRIMARY KEY, parent_id text REFERENCES public.env (id), current_session_id text);
CREATE TABLE public.env_session (id text PRIMARY KEY, env_id text NOT NULL REFERENCES public.env (id));
ALTER TABLE public.env ADD FOREIGN KEY (current_session_id) REFERENCES public.env_session (id);`,
      ],
      changed: [`CREATE INDEX env_parent_idx ON public.env (parent_id);`],
      settings: { rows: 300 },
      probes: [dataVolumeProbe],
    });
    const [res] = r.results;
    expect(res!.status, res!.summary).toBe('passed');
    expect(res!.summary).toMatch(/rehearsed on 300 rows of public\.env\b/);
  });

  it('reapply: severity follows how the runner runs the file', async () => {
    const r = await h.run({
      base: [`CREATE TABLE public.t (id int PRIMARY KEY);`],
      changed: [
        { sql: `CREATE INDEX t_id_idx ON public.t (id);\nALTER TABLE public.t ADD COLUMN c int;`, transactional: false },
        { sql: `ALTER TABLE public.t ADD COLUMN a int;`, transactional: true },
        { sql: `ALTER TABLE public.t ADD COLUMN IF NOT EXISTS b int;\nINSERT INTO public.t VALUES (1) ON CONFLICT DO NOTHING;`, transactional: false },
        // One statement cannot be half-applied, whatever the runner does.
        { sql: `CREATE INDEX t_b_idx ON public.t (b);`, transactional: false },
      ],
      probes: [reapplyProbe],
    });
    expect(r.findings.map((f) => [f.file, f.severity])).toEqual([
      ['0002_change.sql', 'medium'],
      ['0003_change.sql', 'low'],
      ['0005_change.sql', 'low'],
    ]);
    expect(r.findings[0]!.message).toMatch(/nothing wraps the file in a transaction/);
    expect(r.findings[2]!.message).toMatch(/single statement/);
    expect(r.results[0]!.status).toBe('failed');
    expect(r.results[0]!.details!.join('\n')).toMatch(/0004_change\.sql: re-applied cleanly/);
  });

  it('reapply: a file whose second run fails nowhere but changes the catalog again is not idempotent; one that only rewrites it is', async () => {
    const r = await h.run({
      base: [`CREATE TABLE public.t (id int PRIMARY KEY, note text);\nALTER TABLE public.t ENABLE ROW LEVEL SECURITY;`],
      changed: [
        // Written again on every run, same result: idempotent.
        `DROP POLICY IF EXISTS t_read ON public.t;\nCREATE POLICY t_read ON public.t FOR SELECT USING (true);\nALTER TABLE public.t ALTER COLUMN note SET DEFAULT 'x';`,
        // Unnamed index and check constraint: the second run adds t_note_idx1 and t_id_check1.
        `CREATE INDEX ON public.t (note);\nALTER TABLE public.t ADD CHECK (id > 0);`,
        `SELECT 1;`,
      ],
      probes: [reapplyProbe],
    });
    expect(r.findings.map((f) => f.file)).toEqual(['0003_change.sql']);
    expect(r.findings[0]!.evidence!.catalog).toEqual(['constraint public.t.t_id_check1 created again (CHECK ((id > 0)))', 'index public.t_note_idx1 created again (CREATE INDEX t_note_idx1 ON public.t USING btree (note))']);
    expect(r.findings[0]!.message).toMatch(/every statement ran; the catalog changed again: constraint public\.t\.t_id_check1 created again/);
    const details = r.results[0]!.details!.join('\n');
    expect(details).toMatch(/0002_change\.sql: re-applied cleanly \(3 statements\)/);
    expect(details).toMatch(/0004_change\.sql: re-applied cleanly \(1 statements\)/);
  });

  it('reapply: a statement the review engine cannot run (an extension it lacks) is not verified, not blamed on the file (postgres-new)', async () => {
    const r = await h.run({
      base: [`CREATE TABLE public.t (id int PRIMARY KEY);`],
      changed: [`create extension if not exists pg_cron;`, `create extension if not exists pg_cron;\nCREATE TABLE public.u (id int);`],
      probes: [reapplyProbe],
    });
    expect(r.findings.map((f) => [f.file, f.line])).toEqual([['0003_change.sql', 2]]);
    expect(r.findings[0]!.message).toMatch(/^Applied a second time on top of itself, 1 statement\(s\) failed \(first at line 2: relation "u" already exists\)/);
    const standIn = `not verified: extension "pg_cron" is not available on the review engine (the first apply used pgreview's stand-in for it)`;
    expect(r.results[0]!.notProbed).toEqual([`0002_change.sql:1: ${standIn}`, `0003_change.sql:1: ${standIn}`]);
    expect(r.results[0]!.details!.join('\n')).toMatch(/0002_change\.sql: re-applied without error, except 1 statement\(s\) the review engine could not run/);
    // The first apply made pg_cron's stand-in (schema cron), which the harness's reset does not remove.
    await h.db.exec('drop schema if exists cron cascade');
  });

  it("reapply: a wrapped file whose own COMMIT ends the runner's transaction early can be half-applied, so it matters (ex-slack's BEGIN … COMMIT in the middle)", async () => {
    const r = await h.run({
      base: [`CREATE TABLE public.t (id int PRIMARY KEY);`],
      changed: [`ALTER TABLE public.t ADD COLUMN a int;\nbegin;\nALTER TABLE public.t ADD COLUMN b int;\ncommit;\nALTER TABLE public.t ADD COLUMN c int;`],
      layout: 'supabase',
      probes: [reapplyProbe],
    });
    expect(r.findings.map((f) => f.severity)).toEqual(['medium']);
    expect(r.findings[0]!.message).toMatch(/This matters: the file's COMMIT at line 4 ends the transaction around it early \(Supabase CLI/);
  });

  it('reapply: only low findings still make the probe not passed, weighted low', async () => {
    const r = await h.run({
      base: [`CREATE TABLE public.t (id int PRIMARY KEY);`],
      changed: [{ sql: `CREATE INDEX t_id_idx ON public.t (id);\nALTER TABLE public.t ADD COLUMN a int;` }],
      layout: 'golang-migrate',
      probes: [reapplyProbe],
    });
    expect(r.findings.map((f) => f.severity)).toEqual(['low']);
    expect(r.findings[0]!.message).toMatch(/one implicit transaction/);
    expect(r.results[0]).toMatchObject({ status: 'failed', severity: 'low' });
    expect(r.results[0]!.summary).toMatch(/1 of 1 changed migration\(s\) are not idempotent/);
  });

  it('trigger: rows are built for columns whose domain has a CHECK (regular expression)', async () => {
    const r = await h.run({
      base: [`CREATE DOMAIN public.color AS text CHECK (VALUE ~ '^#[0-9a-f]{6}$');
CREATE DOMAIN public.label AS text CHECK (length(VALUE) >= 2 AND length(VALUE) <= 32 AND VALUE ~ '^[a-z0-9]+$');
CREATE TABLE public.swatches (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, color public.color NOT NULL, category public.label NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());`],
      changed: [
        `CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER swatches_touch BEFORE UPDATE ON public.swatches FOR EACH ROW EXECUTE FUNCTION public.touch();`,
      ],
      probes: [triggerProbe],
    });
    expect(r.results[0]!.notProbed).toEqual([]);
    expect(r.results[0]).toMatchObject({ status: 'passed' });
  });

  it('reversibility: not run without down migrations; up → down → up passes with a complete down', async () => {
    const none = await h.run({ base: ['CREATE TABLE public.t (id int);'], changed: ['CREATE INDEX t_idx ON public.t (id);'], probes: [reversibilityProbe] });
    expect(none.results[0]).toMatchObject({ status: 'not-run' });
    expect(none.results[0]!.summary).toMatch(/no down migrations/);
    const ok = await h.run({
      base: ['CREATE TABLE public.t (id int);'],
      changed: [{ sql: 'CREATE INDEX CONCURRENTLY t_idx ON public.t (id);\nCREATE POLICY p ON public.t USING (id > 0);', down: 'DROP POLICY p ON public.t;\nDROP INDEX CONCURRENTLY t_idx;' }],
      probes: [reversibilityProbe],
    });
    expect(ok.findings).toEqual([]);
    expect(ok.results[0]).toMatchObject({ status: 'passed' });
  });

  it("reversibility: what a down leaves behind is placed on the down of the migration that changed it, not on the newest (gitness 0077 vs 0080)", async () => {
    const r = await h.run({
      base: ['CREATE TABLE public.g (id int, used bigint NOT NULL, note text);'],
      changed: [
        { sql: 'ALTER TABLE public.g ALTER COLUMN used DROP NOT NULL;\nALTER TABLE public.g ADD COLUMN beat bigint;', down: 'ALTER TABLE public.g DROP COLUMN beat;' },
        { sql: 'ALTER TABLE public.g ADD COLUMN other int;', down: 'ALTER TABLE public.g DROP COLUMN other;' },
      ],
      probes: [reversibilityProbe],
    });
    expect(r.findings.map((f) => [f.ruleId, f.file, f.object])).toEqual([['down-migration-incomplete', '0002_change.down.sql', 'public.g.used']]);
  });

  it('trigger: an updated_at trigger that works passes; one on a view is not probed', async () => {
    const r = await h.run({
      base: [`CREATE TABLE public.items (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL, updated_at timestamptz NOT NULL DEFAULT now());`],
      changed: [
        `CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
CREATE TRIGGER items_touch BEFORE INSERT OR UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.touch();`,
      ],
      probes: [triggerProbe],
    });
    expect(r.findings).toEqual([]);
    expect(r.results[0]!.status).toBe('passed');
    expect(r.results[0]!.details!.join()).toMatch(/items_touch: fired on INSERT, UPDATE \(updated_at moved from 2000-01-01/);
  });

  it('trigger: a function that reads the caller fires as a signed-in user (API requests carry one); one that fails anyway is reported', async () => {
    const table = `CREATE TABLE public.invites (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), email text NOT NULL, invited_by uuid NOT NULL REFERENCES auth.users (id));`;
    const stamp = (body: string) => `CREATE FUNCTION public.set_inviter() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NEW; END $$;
CREATE TRIGGER invites_inviter BEFORE INSERT ON public.invites FOR EACH ROW EXECUTE FUNCTION public.set_inviter();`;
    const ok = await h.run({ base: [table], changed: [stamp('NEW.invited_by = auth.uid();')], probes: [triggerProbe] });
    expect(ok.findings).toEqual([]);
    expect(ok.results[0]!.details!.join()).toContain('invites_inviter: fired as a signed-in user (public.set_inviter reads the caller');
    // Reading the caller does not hide a trigger that breaks every insert.
    const bad = await h.run({ base: [table], changed: [stamp('NEW.invited_by = auth.uid(); NEW.email = NULL;')], probes: [triggerProbe] });
    expect(bad.findings.map((f) => f.ruleId)).toEqual(['trigger-failed']);
  });

  it('a probe that reports a finding is failed, whatever status it gave itself', async () => {
    const finding = { ruleId: 'trigger-failed', severity: 'high' as const, phase: 'live' as const, category: 'integrity' as const, file: '0001_change.sql', line: 1, endLine: 1, column: 1, object: 'public.t', title: 't', message: 'm' };
    const says = (status: 'passed' | 'partial') => ({
      id: `says-${status}`,
      run: async () => ({ result: { probe: `says-${status}`, status, summary: 'one trigger failed' }, findings: [finding], objectsProbed: 1, objectsNotProbed: 0 }),
    });
    const r = await h.run({ changed: ['CREATE TABLE public.t (id int);'], probes: [says('passed'), says('partial')] });
    expect(r.results.map((x) => [x.probe, x.status, x.severity])).toEqual([
      ['says-passed', 'failed', 'high'],
      ['says-partial', 'failed', 'high'],
    ]);
  });

  it('a probe whose findings are all of rules turned off is partial, not failed nor passed; its summary says what was left out', async () => {
    const finding = (ruleId: string, severity: 'high' | 'low') => ({ ruleId, severity, phase: 'live' as const, category: 'integrity' as const, file: '0001_change.sql', line: 1, endLine: 1, column: 1, object: 'public.t', title: ruleId, message: 'm' });
    const says = (id: string, notProbed: string[]) => ({
      id,
      run: async () => ({
        result: { probe: id, status: 'failed' as const, summary: '2 triggers failed', notProbed, steps: [{ step: 'INSERT', status: 'failed' as const, summary: 'failed on public.t' }] },
        findings: [finding('trigger-failed', 'high'), finding('not-idempotent', 'low')],
        objectsProbed: 1,
        objectsNotProbed: notProbed.length,
      }),
    });
    const some = await h.run({ changed: ['CREATE TABLE public.t (id int);'], probes: [says('some-off', [])], settings: { rules: { 'trigger-failed': 'off' } } });
    expect(some.results[0]).toMatchObject({ status: 'failed', severity: 'low', summary: '2 triggers failed; 1 finding not reported: trigger-failed is turned off in the configuration' });
    expect(some.findings.map((f) => f.ruleId)).toEqual(['not-idempotent']);
    const off = { rules: { 'trigger-failed': 'off', 'not-idempotent': 'off' } as const };
    const all = await h.run({ changed: ['CREATE TABLE public.t (id int);'], probes: [says('all-off', []), says('all-off-partial', ['public.u: no rows'])], settings: off });
    expect(all.findings).toEqual([]);
    expect(all.results.map((x) => [x.probe, x.status, x.severity, x.steps?.[0]?.status])).toEqual([
      ['all-off', 'partial', undefined, 'partial'],
      ['all-off-partial', 'partial', undefined, 'partial'],
    ]);
    expect(all.results[0]!.summary).toBe('2 findings not reported: trigger-failed, not-idempotent are turned off in the configuration (what it found: 2 triggers failed)');
  });

  it('every probe leaves the database as it found it', async () => {
    const r = await h.run({
      base: [TENANTS],
      changed: [
        {
          sql: `CREATE TABLE public.tasks (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), tenant_id uuid NOT NULL REFERENCES public.tenants (id), title text NOT NULL, updated_at timestamptz);
ALTER TABLE public.tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tasks_tenant ON public.tasks FOR ALL TO authenticated USING (tenant_id = (SELECT tenant_id FROM public.profiles WHERE id = auth.uid()));
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$;
CREATE TRIGGER tasks_touch BEFORE UPDATE ON public.tasks FOR EACH ROW EXECUTE FUNCTION public.touch();
ALTER TABLE public.tenants ADD COLUMN plan text;
CREATE INDEX tenants_plan_idx ON public.tenants (plan);`,
          down: 'DROP TABLE public.tasks;\nDROP FUNCTION public.touch();\nALTER TABLE public.tenants DROP COLUMN plan;',
        },
      ],
    });
    expect(r.results.map((x) => [x.probe, x.status]), JSON.stringify(r.results.map((x) => x.notProbed))).toEqual([
      ['rls-isolation', 'passed'],
      ['trigger', 'passed'],
      ['reapply', 'failed'],
      ['reversibility', 'passed'],
      ['data-volume', 'passed'],
    ]);
    expect(JSON.stringify(await snapshotCatalog(h.db))).toBe(JSON.stringify(r.trace.after));
    const rows = await h.db.query<{ n: string }>(`select (select count(*) from public.tasks) + (select count(*) from public.tenants) + (select count(*) from public.profiles) + (select count(*) from auth.users) as n`);
    expect(Number(rows.rows[0]!.n)).toBe(0);
  });
});
