// Row generation on real engines (pglite and local): each schema feature real projects use, a row
// inserted that satisfies it, and a name for what blocks a row when nothing can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Database, Engine } from '../../src/engines/database.js';
import { raisedIn, rolledBack, RowFactory, Shapes, type OwnerContext, type Row } from '../../src/live/probes/util.js';
import { dataVolumeProbe } from '../../src/live/probes/data-volume.js';
import { engines, Harness } from './harness.js';

describe.each(engines)('row generation on %s', (_name, make) => {
  let engine: Engine;
  let db: Database;
  beforeAll(async () => {
    engine = make();
    db = await engine.start();
  });
  afterAll(() => engine.stop());

  /** Create `schema` SQL, insert one row into `table` (and a second one), all rolled back. */
  async function rows(schema: string, table: string, opts: { ctx?: OwnerContext; overrides?: Record<string, string | null>; count?: number } = {}): Promise<(Row | string)[]> {
    return rolledBack(db, async () => {
      await db.exec(schema);
      const factory = new RowFactory(db, new Shapes(db));
      const ctx = opts.ctx ?? { label: 'A', rows: new Map() };
      const out: (Row | string)[] = [];
      for (let i = 0; i < (opts.count ?? 2); i++) out.push(await factory.insert(table, ctx, opts.overrides ?? {}));
      return out;
    });
  }
  const ok = (r: Row | string): Row => {
    expect(typeof r, String(r)).toBe('object');
    return r as Row;
  };

  it('prefetch reads a table and its parents up the foreign keys at once, and each shape is the one get() reads alone', async () => {
    const schema = `CREATE SCHEMA geo; CREATE TABLE geo.regions (code char(2) PRIMARY KEY, CHECK (code ~ '^[A-Z]{2}$'));
      CREATE TABLE geo.cities (region char(2) REFERENCES geo.regions, name text, PRIMARY KEY (region, name));
      CREATE TABLE public.events (id bigint GENERATED ALWAYS AS IDENTITY, at date NOT NULL, city_region char(2), city text,
        FOREIGN KEY (city_region, city) REFERENCES geo.cities (region, name)) PARTITION BY RANGE (at);
      CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
      CREATE TABLE public.lonely (id int);`;
    await rolledBack(db, async () => {
      await db.exec(schema);
      // The batched Shapes reads the catalog through a counter: after prefetch, get() asks it nothing.
      let reads = 0;
      const counted = new Proxy(db, { get: (t, k) => (k === 'query' ? (...a: Parameters<Database['query']>) => (reads++, t.query(...a)) : Reflect.get(t, k)) });
      const batched = new Shapes(counted);
      await batched.prefetch(['public.events', 'public.lonely', 'public.nothing_here']);
      const prefetchReads = reads;
      const names = ['public.events', 'geo.cities', 'geo.regions', 'public.lonely'];
      for (const name of names) {
        const alone = await new Shapes(db).get(name);
        expect(alone, name).toBeTruthy();
        expect(await batched.get(name), name).toEqual(alone);
      }
      const events = (await batched.get('public.events'))!;
      expect(events.partition?.cols).toEqual(['at']);
      expect(events.fks.map((f) => f.ref)).toEqual(['geo.cities']);
      expect((await batched.get('geo.regions'))!.checks.map((c) => c.cols)).toEqual([['code']]);
      expect(await batched.get('public.nothing_here')).toBeUndefined();
      expect(prefetchReads).toBeGreaterThan(0);
      expect(reads).toBe(prefetchReads);
      // Two levels of parents, one round: the query that finds them, then what one table alone costs.
      await new Shapes(counted).get('public.events');
      expect(prefetchReads).toBe(reads - prefetchReads + 1);
    });
  });

  it('a shape lists its foreign keys by name, whichever tables are read with it (seeding follows that order)', async () => {
    await rolledBack(db, async () => {
      await db.exec(`CREATE TABLE public.p1 (id int PRIMARY KEY); CREATE TABLE public.p2 (id int PRIMARY KEY);
        CREATE TABLE public.kid (a int CONSTRAINT z_fk REFERENCES public.p2, b int CONSTRAINT a_fk REFERENCES public.p1);`);
      const alone = (await new Shapes(db).get('public.kid'))!;
      const batched = new Shapes(db);
      await batched.prefetch(['public.p2', 'public.kid', 'public.p1']);
      expect(alone.fks.map((f) => f.name)).toEqual(['a_fk', 'z_fk']);
      expect((await batched.get('public.kid'))!.fks).toEqual(alone.fks);
    });
  });

  it('a NOT NULL self-reference points the row at itself (uuid key and identity key)', async () => {
    const [a, b] = await rows(`CREATE TABLE public.nodes (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), parent_id uuid NOT NULL REFERENCES public.nodes (id), name text NOT NULL);`, 'public.nodes');
    expect(ok(a!).parent_id).toBe(ok(a!).id);
    expect(ok(b!).parent_id).toBeTruthy();
    const [c] = await rows(`CREATE TABLE public.cats (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent bigint NOT NULL REFERENCES public.cats (id));`, 'public.cats', { count: 1 });
    expect(ok(c!).parent).toBe(ok(c!).id);
  });

  it('composite natural keys and foreign key chains across schemas', async () => {
    const [r] = await rows(
      `CREATE SCHEMA geo; CREATE SCHEMA sales;
       CREATE TABLE geo.regions (code char(2) PRIMARY KEY);
       CREATE TABLE geo.cities (region char(2) REFERENCES geo.regions, name text, PRIMARY KEY (region, name));
       CREATE TABLE sales.shops (id int PRIMARY KEY, region char(2) NOT NULL, city text NOT NULL, FOREIGN KEY (region, city) REFERENCES geo.cities (region, name));`,
      'sales.shops',
      { count: 1 },
    );
    expect(ok(r!).region).toHaveLength(2);
    expect(ok(r!).city).toBeTruthy();
  });

  it('enums, domains with CHECKs beyond the pattern reader (lookahead), fixed lengths and composite domains', async () => {
    const [a, b] = await rows(
      `CREATE TYPE public.mood AS ENUM ('ok', 'sad');
       CREATE DOMAIN public.slug AS text CHECK (length(VALUE) >= 8 AND length(VALUE) <= 256 AND VALUE ~ '^[a-z0-9]+$');
       CREATE DOMAIN public.email AS text CHECK (VALUE ~ '^[^@\\s]+@[^@\\s]+\\.[a-z]+$');
       CREATE TYPE public.semver_struct AS (major smallint, minor smallint, patch smallint);
       CREATE DOMAIN public.semver AS public.semver_struct CHECK ((VALUE).major IS NOT NULL AND (VALUE).minor >= 0);
       CREATE TABLE public.orgs (
         id serial PRIMARY KEY, mood public.mood NOT NULL, slug public.slug NOT NULL UNIQUE, contact public.email NOT NULL, version public.semver NOT NULL,
         name text NOT NULL CHECK (name ~ '^[a-z\\d](?:[a-z\\d]|-(?=[a-z\\d])){0,38}$'),
         suffix text NOT NULL CHECK (length(suffix) = 4));`,
      'public.orgs',
    );
    for (const r of [ok(a!), ok(b!)]) {
      expect(['ok', 'sad']).toContain(r.mood);
      expect(r.slug).toMatch(/^[a-z0-9]{8,}$/);
      expect(r.name).toMatch(/^[a-z\d]/);
      expect(r.suffix).toHaveLength(4);
    }
    expect(ok(a!).slug).not.toBe(ok(b!).slug);
  });

  it('a CHECK across columns is satisfied by searching values (basejump: slug NULL exactly for personal accounts)', async () => {
    const [r] = await rows(
      `CREATE TABLE public.accounts (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), personal_account boolean NOT NULL DEFAULT false, slug text UNIQUE,
         CONSTRAINT slug_null_if_personal CHECK ((personal_account = true AND slug IS NULL) OR (personal_account = false AND slug IS NOT NULL)));`,
      'public.accounts',
      { count: 1 },
    );
    const row = ok(r!);
    expect(row.personal_account === 'true' ? row.slug === null : row.slug !== null).toBe(true);
  });

  it("a CHECK's own constants and JSON shapes are tried (grida: free plan consistency, arrays of objects)", async () => {
    const [r] = await rows(
      `CREATE FUNCTION public.objects_only(j jsonb) RETURNS boolean IMMUTABLE LANGUAGE sql AS $$ SELECT jsonb_typeof(j) = 'array' AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(j) e WHERE jsonb_typeof(e) <> 'object') $$;
       CREATE TABLE public.subscription (id serial PRIMARY KEY, is_free boolean NOT NULL DEFAULT false, plan text NOT NULL CHECK (plan IN ('free', 'pro', 'team')), challenges jsonb NOT NULL CHECK (public.objects_only(challenges)),
         stripe_id text UNIQUE, CONSTRAINT free_iff_no_stripe CHECK (is_free = (stripe_id IS NULL)),
         CONSTRAINT free_plan_consistency CHECK ((is_free AND plan = 'free') OR (NOT is_free AND plan IN ('pro', 'team'))));`,
      'public.subscription',
      { count: 1 },
    );
    const row = ok(r!);
    expect(row.is_free === 'true' ? row.plan === 'free' : ['pro', 'team'].includes(row.plan!)).toBe(true);
  });

  it('a unique key over two enums takes combinations not yet used', async () => {
    const out = await rows(
      `CREATE TYPE public.app_role AS ENUM ('admin', 'moderator'); CREATE TYPE public.app_permission AS ENUM ('channels.delete', 'messages.delete');
       CREATE TABLE public.role_permissions (id bigserial PRIMARY KEY, role public.app_role NOT NULL, permission public.app_permission NOT NULL, UNIQUE (role, permission));
       INSERT INTO public.role_permissions (role, permission) VALUES ('admin', 'channels.delete'), ('admin', 'messages.delete'), ('moderator', 'channels.delete');`,
      'public.role_permissions',
      { count: 1 },
    );
    expect(ok(out[0]!)).toMatchObject({ role: 'moderator', permission: 'messages.delete' });
  });

  it('generated and identity columns are left to the server; a generated constant in a foreign key reaches the parent (dbdev)', async () => {
    const [r] = await rows(
      `CREATE TABLE public.handles (handle text PRIMARY KEY, is_org boolean NOT NULL, UNIQUE (handle, is_org));
       CREATE TABLE public.orgs (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, handle text NOT NULL UNIQUE, is_org boolean GENERATED ALWAYS AS (true) STORED,
         total int GENERATED ALWAYS AS (id * 2) STORED, FOREIGN KEY (handle, is_org) REFERENCES public.handles (handle, is_org));`,
      'public.orgs',
      { count: 1 },
    );
    const row = ok(r!);
    expect(row.is_org).toBe('true');
    expect(Number(row.total)).toBe(Number(row.id) * 2);
  });

  it('unique keys: per-row values, and a key the owner already holds (made by a trigger) is reused, not duplicated', async () => {
    const uid = randomUUID();
    const out = await rolledBack(db, async () => {
      await db.exec(`CREATE TABLE public.profiles (id serial PRIMARY KEY, user_id uuid NOT NULL UNIQUE REFERENCES auth.users (id), username text NOT NULL UNIQUE);
        CREATE FUNCTION public.on_signup() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
        BEGIN INSERT INTO public.profiles (user_id, username) VALUES (NEW.id, NEW.raw_user_meta_data ->> 'username'); RETURN NEW; END $$;
        CREATE TRIGGER on_signup AFTER INSERT ON auth.users FOR EACH ROW EXECUTE FUNCTION public.on_signup();`);
      const factory = new RowFactory(db, new Shapes(db));
      const ctx: OwnerContext = { label: 'A', rows: new Map() };
      const user = await factory.insert('auth.users', ctx, { id: uid });
      if (typeof user !== 'string') ctx.rows.set('auth.users', user);
      const profile = await factory.insert('public.profiles', ctx, { user_id: uid });
      const count = (await db.query<{ n: string }>(`select count(*)::text as n from public.profiles`)).rows[0]!.n;
      return { user, profile, count };
    });
    ok(out.user);
    expect(ok(out.profile).user_id).toBe(uid);
    // the sign-up trigger read the username out of the metadata the generator gives auth.users
    expect(ok(out.profile).username).toMatch(/^probe\d+user$/);
    expect(out.count).toBe('1');
  });

  it("defaults and triggers that call auth.uid() fill in the owner's id", async () => {
    const uid = randomUUID();
    const out = await rolledBack(db, async () => {
      await db.exec(`CREATE TABLE public.notes (id serial PRIMARY KEY, owner uuid NOT NULL DEFAULT auth.uid(), body text NOT NULL);`);
      const factory = new RowFactory(db, new Shapes(db));
      const ctx: OwnerContext = { label: 'A', rows: new Map() };
      ctx.rows.set('auth.users', ok(await factory.insert('auth.users', ctx, { id: uid })));
      return factory.insert('public.notes', ctx);
    });
    expect(ok(out).owner).toBe(uid);
  });

  it('partitioned tables: the key takes a value some partition accepts (range and list)', async () => {
    const [r] = await rows(
      `CREATE TABLE public.events (id bigserial, at timestamptz NOT NULL, kind text NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);
       CREATE TABLE public.events_2019 PARTITION OF public.events FOR VALUES FROM ('2019-03-01') TO ('2019-04-01');`,
      'public.events',
      { count: 1 },
    );
    expect(new Date(ok(r!).at!).getUTCFullYear()).toBe(2019);
    const [l] = await rows(
      `CREATE TABLE public.logs (id int NOT NULL, region text NOT NULL) PARTITION BY LIST (region);
       CREATE TABLE public.logs_eu PARTITION OF public.logs FOR VALUES IN ('eu-west', 'eu-north');`,
      'public.logs',
      { count: 1 },
    );
    expect(ok(l!).region).toBe('eu-west');
  });

  it('a BEFORE INSERT trigger that inserts the row\'s parent itself: the foreign key is left to it (grida west_referral code)', async () => {
    const out = await rolledBack(db, async () => {
      await db.exec(`CREATE TABLE public.campaign (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL);
        CREATE TABLE public.code (id serial PRIMARY KEY, campaign_id uuid NOT NULL REFERENCES public.campaign (id), code varchar(256) NOT NULL DEFAULT substr(md5(gen_random_uuid()::text), 1, 8), UNIQUE (campaign_id, code));
        CREATE TABLE public.referrer (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), campaign_id uuid NOT NULL REFERENCES public.campaign (id),
          code varchar(256) NOT NULL DEFAULT substr(md5(gen_random_uuid()::text), 1, 8), FOREIGN KEY (campaign_id, code) REFERENCES public.code (campaign_id, code));
        CREATE TABLE public.invitation (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), referrer_id uuid NOT NULL REFERENCES public.referrer (id));
        CREATE FUNCTION public.insert_with_code() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO public.code (campaign_id, code) VALUES (NEW.campaign_id, NEW.code); RETURN NEW; END $$;
        CREATE TRIGGER insert_code BEFORE INSERT ON public.referrer FOR EACH ROW EXECUTE FUNCTION public.insert_with_code();`);
      const factory = new RowFactory(db, new Shapes(db));
      const ctx: OwnerContext = { label: 'A', rows: new Map() };
      const invitation = await factory.insert('public.invitation', ctx, {}, { fillFks: true });
      const referrer = ctx.rows.get('public.referrer');
      const codes = referrer ? (await db.query<{ n: string }>(`select count(*)::text as n from public.code where campaign_id = $1 and code = $2`, [referrer.campaign_id, referrer.code])).rows[0]!.n : '0';
      return { invitation, referrer, codes };
    });
    ok(out.invitation);
    expect(out.referrer?.code).toBeTruthy();
    // the trigger's row is the referrer's parent
    expect(out.codes).toBe('1');
  });

  it("a parent's key takes a value the child's stricter column accepts (a domain referencing plain text: grida library category)", async () => {
    const [r] = await rows(
      `CREATE DOMAIN public.label AS text CHECK (length(VALUE) >= 2 AND length(VALUE) <= 32 AND VALUE ~ '^[a-z0-9]+$');
       CREATE TABLE public.category (id text PRIMARY KEY, name text NOT NULL);
       CREATE TABLE public.object (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), category public.label NOT NULL REFERENCES public.category (id), code varchar(4) NOT NULL REFERENCES public.category (id));`,
      'public.object',
      { count: 1 },
    );
    expect(ok(r!).category).toMatch(/^[a-z0-9]{2,32}$/);
    expect(ok(r!).code!.length).toBeLessThanOrEqual(4);
  });

  it('a trigger that writes another table from a nullable column gets a value for it (grida inventory_level_commit diff)', async () => {
    const [r] = await rows(
      `CREATE TABLE public.level (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, available bigint NOT NULL DEFAULT 0);
       CREATE TABLE public.level_commit (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, level_id bigint NOT NULL REFERENCES public.level (id), diff bigint, note text);
       CREATE FUNCTION public.apply_commit() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN UPDATE public.level SET available = available + NEW.diff WHERE id = NEW.level_id; RETURN NEW; END $$;
       CREATE TRIGGER apply_commit AFTER INSERT ON public.level_commit FOR EACH ROW EXECUTE FUNCTION public.apply_commit();`,
      'public.level_commit',
      { count: 1 },
    );
    expect(ok(r!).diff).not.toBeNull();
    // only what the trigger reads is filled
    expect(ok(r!).note).toBeNull();
  });

  it('a CHECK search that meets the row a trigger made for the parent reuses it (grida: one active subscription per organization)', async () => {
    const uid = randomUUID();
    const out = await rolledBack(db, async () => {
      await db.exec(`CREATE TABLE public.organization (id bigserial PRIMARY KEY, owner_id uuid NOT NULL REFERENCES auth.users (id));
        CREATE TABLE public.subscription (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), organization_id bigint NOT NULL REFERENCES public.organization (id),
          plan text NOT NULL CHECK (plan IN ('free', 'pro', 'team')), is_free boolean NOT NULL DEFAULT false, status text NOT NULL CHECK (status IN ('active', 'canceled')),
          stripe_id text UNIQUE, CONSTRAINT free_iff_no_stripe CHECK (is_free = (stripe_id IS NULL)),
          CONSTRAINT free_plan_consistency CHECK ((is_free AND plan = 'free') OR (NOT is_free AND plan IN ('pro', 'team'))));
        CREATE UNIQUE INDEX one_active_per_org ON public.subscription (organization_id) WHERE status <> 'canceled';
        CREATE FUNCTION public.free_plan() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN INSERT INTO public.subscription (organization_id, plan, is_free, status) VALUES (NEW.id, 'free', true, 'active'); RETURN NEW; END $$;
        CREATE TRIGGER free_plan AFTER INSERT ON public.organization FOR EACH ROW EXECUTE FUNCTION public.free_plan();`);
      const factory = new RowFactory(db, new Shapes(db));
      const ctx: OwnerContext = { label: 'A', rows: new Map() };
      ctx.rows.set('auth.users', ok(await factory.insert('auth.users', ctx, { id: uid })));
      const sub = await factory.insert('public.subscription', ctx, {}, { fillFks: true });
      const count = (await db.query<{ n: string }>(`select count(*)::text as n from public.subscription`)).rows[0]!.n;
      return { sub, count };
    });
    expect(ok(out.sub).plan).toBe('free');
    expect(out.count).toBe('1');
  });

  it('names what blocks a row: table and reason', async () => {
    const [p] = await rows(`CREATE TABLE public.empty_parts (id int, at date NOT NULL) PARTITION BY RANGE (at);`, 'public.empty_parts', { count: 1 });
    expect(p).toBe('public.empty_parts is partitioned and has no partition: no row can be inserted');
    const [c] = await rows(`CREATE TABLE public.never (id int PRIMARY KEY, n int NOT NULL CHECK (n <> n));`, 'public.never', { count: 1 });
    expect(c).toMatch(/new row for relation "never" violates check constraint "never_n_check"/);
    const [d] = await rows(`CREATE DOMAIN public.nope AS text CHECK (VALUE = 'x' AND VALUE = 'y'); CREATE TABLE public.dom (v public.nope NOT NULL);`, 'public.dom', { count: 1 });
    expect(d).toMatch(/value for domain (public\.)?nope violates check constraint .*\(column public\.dom\.v\)/);
    // a trigger that fails on every insert (grida commerce: `->>'id'::bigint`): the function and line that raised
    const broken = await rolledBack(db, async () => {
      await db.exec(`CREATE TABLE public.option_value (id serial PRIMARY KEY, value text NOT NULL);
        CREATE FUNCTION public.broken_map() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE ids bigint[]; BEGIN ids := array(select '{}'::jsonb ->> 'id'::bigint); RETURN NULL; END $$;
        CREATE TRIGGER broken_map AFTER INSERT ON public.option_value FOR EACH ROW EXECUTE FUNCTION public.broken_map();`);
      const factory = new RowFactory(db, new Shapes(db));
      const made = await factory.insert('public.option_value', { label: 'A', rows: new Map() });
      return { made, where: raisedIn(factory.lastError) };
    });
    expect(broken.made).toBe('invalid input syntax for type bigint: "id"');
    expect(broken.where).toMatch(/^ \(raised in PL\/pgSQL function (public\.)?broken_map\(\) line \d+ at assignment\)$/);
  });
});

describe.each(engines)('data volume seeding on %s', (_name, make) => {
  let h: Harness;
  beforeAll(async () => {
    h = await new Harness(make()).start();
  });
  afterAll(() => h.stop());

  it('seeds tables that reference themselves, have unique foreign keys and domain CHECKs (trigger.dev WorkerDeployment, grida)', async () => {
    const r = await h.run({
      base: [
        `CREATE DOMAIN public.slug AS text CHECK (length(VALUE) >= 8 AND VALUE ~ '^[a-z0-9]+$');
         CREATE TABLE public.workers (id text PRIMARY KEY, name text NOT NULL CHECK (name ~ '^[a-z\\d](?:[a-z\\d]|-(?=[a-z\\d])){0,38}$'));
         CREATE TABLE public.deployments (id text PRIMARY KEY, worker_id text UNIQUE REFERENCES public.workers (id), slug public.slug NOT NULL,
           previous_id text NOT NULL REFERENCES public.deployments (id), parent_id text REFERENCES public.deployments (id));`,
      ],
      // Index builds: work that grows with the rows, so the rehearsal seeds both tables.
      changed: ['CREATE INDEX deployments_slug_idx ON public.deployments (slug); CREATE INDEX workers_name_idx ON public.workers (name);'],
      settings: { rows: 50 },
      probes: [dataVolumeProbe],
    });
    const rehearsal = r.input.prepared!['data-volume'] as { tableRows: Record<string, number>; notSeeded: string[] };
    expect(rehearsal.notSeeded).toEqual([]);
    // every row: the self reference points at its own row, each deployment has a worker of its own
    expect(rehearsal.tableRows['public.workers']).toBe(50);
    expect(rehearsal.tableRows['public.deployments']).toBe(50);
  });
});
