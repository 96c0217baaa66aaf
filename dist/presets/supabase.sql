-- pgreview preset: what a Supabase project's migrations expect to exist.
-- Modelled on supabase/postgres init-scripts and the current auth/storage schemas, reduced to what
-- migrations reference: roles, the auth/storage/extensions schemas, auth.users, auth.uid(),
-- auth.role(), auth.jwt(), storage buckets/objects with RLS on, and Supabase's default privileges.
-- Idempotent: roles are cluster-wide, so this may run on a server where they already exist.

-- Roles -------------------------------------------------------------------------------------------
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'postgres') THEN
    CREATE ROLE postgres LOGIN CREATEROLE CREATEDB;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'supabase_admin') THEN
    CREATE ROLE supabase_admin LOGIN CREATEROLE CREATEDB REPLICATION BYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anon') THEN
    CREATE ROLE anon NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    CREATE ROLE authenticated NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'service_role') THEN
    CREATE ROLE service_role NOLOGIN NOINHERIT BYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticator') THEN
    CREATE ROLE authenticator LOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'supabase_auth_admin') THEN
    CREATE ROLE supabase_auth_admin LOGIN NOINHERIT CREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'supabase_storage_admin') THEN
    CREATE ROLE supabase_storage_admin LOGIN NOINHERIT CREATEROLE;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dashboard_user') THEN
    CREATE ROLE dashboard_user NOLOGIN CREATEROLE CREATEDB REPLICATION;
  END IF;
END
$$;

GRANT anon, authenticated, service_role TO authenticator;
GRANT anon, authenticated, service_role TO postgres;

-- Schemas -----------------------------------------------------------------------------------------
CREATE SCHEMA IF NOT EXISTS extensions;
CREATE SCHEMA IF NOT EXISTS auth AUTHORIZATION supabase_auth_admin;
CREATE SCHEMA IF NOT EXISTS storage AUTHORIZATION supabase_storage_admin;
CREATE SCHEMA IF NOT EXISTS graphql_public;

GRANT USAGE ON SCHEMA public TO postgres, anon, authenticated, service_role;
GRANT USAGE ON SCHEMA extensions TO postgres, anon, authenticated, service_role;
GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;
GRANT USAGE ON SCHEMA storage TO postgres, anon, authenticated, service_role;
GRANT USAGE ON SCHEMA graphql_public TO postgres, anon, authenticated, service_role;
GRANT ALL ON SCHEMA auth TO supabase_auth_admin, postgres;
GRANT ALL ON SCHEMA storage TO supabase_storage_admin, postgres;

-- Supabase puts extensions in their own schema and has it on the search_path.
DO $$
BEGIN
  EXECUTE format('ALTER DATABASE %I SET search_path = "$user", public, extensions', current_database());
END
$$;
SET search_path = "$user", public, extensions;

-- Extensions a Supabase project has enabled from the start (pgvector is available, not enabled:
-- migrations run `create extension vector with schema extensions` themselves).
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA extensions;

-- Default privileges: what Supabase grants on everything created in public ----------------------
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON FUNCTIONS TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA public GRANT ALL ON TABLES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA public GRANT ALL ON FUNCTIONS TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE supabase_admin IN SCHEMA public GRANT ALL ON SEQUENCES TO postgres, anon, authenticated, service_role;

-- auth --------------------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS auth.users (
  instance_id uuid,
  id uuid NOT NULL PRIMARY KEY,
  aud varchar(255),
  role varchar(255),
  email varchar(255),
  encrypted_password varchar(255),
  email_confirmed_at timestamptz,
  invited_at timestamptz,
  confirmation_token varchar(255),
  confirmation_sent_at timestamptz,
  recovery_token varchar(255),
  recovery_sent_at timestamptz,
  email_change_token_new varchar(255),
  email_change varchar(255),
  email_change_sent_at timestamptz,
  last_sign_in_at timestamptz,
  raw_app_meta_data jsonb,
  raw_user_meta_data jsonb,
  is_super_admin boolean,
  created_at timestamptz,
  updated_at timestamptz,
  phone text UNIQUE DEFAULT NULL,
  phone_confirmed_at timestamptz,
  phone_change text DEFAULT '',
  phone_change_token varchar(255) DEFAULT '',
  phone_change_sent_at timestamptz,
  confirmed_at timestamptz GENERATED ALWAYS AS (LEAST(email_confirmed_at, phone_confirmed_at)) STORED,
  email_change_token_current varchar(255) DEFAULT '',
  email_change_confirm_status smallint DEFAULT 0,
  banned_until timestamptz,
  reauthentication_token varchar(255) DEFAULT '',
  reauthentication_sent_at timestamptz,
  is_sso_user boolean NOT NULL DEFAULT false,
  deleted_at timestamptz,
  is_anonymous boolean NOT NULL DEFAULT false
);
CREATE INDEX IF NOT EXISTS users_instance_id_idx ON auth.users (instance_id);
CREATE UNIQUE INDEX IF NOT EXISTS users_email_partial_key ON auth.users (email) WHERE is_sso_user = false;
ALTER TABLE auth.users ENABLE ROW LEVEL SECURITY;

CREATE TABLE IF NOT EXISTS auth.identities (
  provider_id text NOT NULL,
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  identity_data jsonb NOT NULL,
  provider text NOT NULL,
  last_sign_in_at timestamptz,
  created_at timestamptz,
  updated_at timestamptz,
  email text GENERATED ALWAYS AS (lower(identity_data ->> 'email')) STORED,
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  UNIQUE (provider_id, provider)
);
CREATE INDEX IF NOT EXISTS identities_user_id_idx ON auth.identities (user_id);
ALTER TABLE auth.identities ENABLE ROW LEVEL SECURITY;

CREATE TABLE IF NOT EXISTS auth.sessions (
  id uuid NOT NULL PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE,
  created_at timestamptz,
  updated_at timestamptz
);
ALTER TABLE auth.sessions ENABLE ROW LEVEL SECURITY;

ALTER TABLE auth.users OWNER TO supabase_auth_admin;
ALTER TABLE auth.identities OWNER TO supabase_auth_admin;
ALTER TABLE auth.sessions OWNER TO supabase_auth_admin;
-- Supabase lets postgres reference and trigger on auth.users (FKs, on-signup triggers).
GRANT ALL ON ALL TABLES IN SCHEMA auth TO supabase_auth_admin, postgres, dashboard_user;

-- The JWT claims arrive as GUCs set by PostgREST: request.jwt.claims (JSON, current) or the legacy
-- per-claim request.jwt.claim.<name>. These read both, the way Supabase's functions do.
CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid
LANGUAGE sql STABLE
AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

CREATE OR REPLACE FUNCTION auth.role() RETURNS text
LANGUAGE sql STABLE
AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

CREATE OR REPLACE FUNCTION auth.email() RETURNS text
LANGUAGE sql STABLE
AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim.email', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'email')
  )::text
$$;

CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb
LANGUAGE sql STABLE
AS $$
  SELECT coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

ALTER FUNCTION auth.uid() OWNER TO supabase_auth_admin;
ALTER FUNCTION auth.role() OWNER TO supabase_auth_admin;
ALTER FUNCTION auth.email() OWNER TO supabase_auth_admin;
ALTER FUNCTION auth.jwt() OWNER TO supabase_auth_admin;
GRANT EXECUTE ON FUNCTION auth.uid(), auth.role(), auth.email(), auth.jwt() TO PUBLIC;

-- storage -----------------------------------------------------------------------------------------
CREATE TABLE IF NOT EXISTS storage.buckets (
  id text NOT NULL PRIMARY KEY,
  name text NOT NULL,
  owner uuid,
  owner_id text,
  created_at timestamptz DEFAULT now(),
  updated_at timestamptz DEFAULT now(),
  public boolean DEFAULT false,
  avif_autodetection boolean DEFAULT false,
  file_size_limit bigint,
  allowed_mime_types text[]
);
CREATE UNIQUE INDEX IF NOT EXISTS bname ON storage.buckets (name);

CREATE TABLE IF NOT EXISTS storage.objects (
  id uuid NOT NULL DEFAULT gen_random_uuid() PRIMARY KEY,
  bucket_id text REFERENCES storage.buckets (id),
  name text,
  owner uuid,
  owner_id text,
  created_at timestamptz DEFAULT now(),
  updated_at timestamptz DEFAULT now(),
  last_accessed_at timestamptz DEFAULT now(),
  metadata jsonb,
  path_tokens text[] GENERATED ALWAYS AS (string_to_array(name, '/')) STORED,
  version text,
  user_metadata jsonb
);
CREATE UNIQUE INDEX IF NOT EXISTS bucketid_objname ON storage.objects (bucket_id, name);
CREATE INDEX IF NOT EXISTS name_prefix_search ON storage.objects (name text_pattern_ops);
ALTER TABLE storage.buckets ENABLE ROW LEVEL SECURITY;
ALTER TABLE storage.objects ENABLE ROW LEVEL SECURITY;

CREATE OR REPLACE FUNCTION storage.foldername(name text) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
  _parts text[];
BEGIN
  SELECT string_to_array(name, '/') INTO _parts;
  RETURN _parts[1:array_length(_parts, 1) - 1];
END
$$;

CREATE OR REPLACE FUNCTION storage.filename(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
  _parts text[];
BEGIN
  SELECT string_to_array(name, '/') INTO _parts;
  RETURN _parts[array_length(_parts, 1)];
END
$$;

CREATE OR REPLACE FUNCTION storage.extension(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE
AS $$
DECLARE
  _parts text[];
  _filename text;
BEGIN
  SELECT string_to_array(name, '/') INTO _parts;
  SELECT _parts[array_length(_parts, 1)] INTO _filename;
  RETURN reverse(split_part(reverse(_filename), '.', 1));
END
$$;

ALTER TABLE storage.buckets OWNER TO supabase_storage_admin;
ALTER TABLE storage.objects OWNER TO supabase_storage_admin;
GRANT ALL ON storage.buckets, storage.objects TO anon, authenticated, service_role, postgres;
GRANT EXECUTE ON FUNCTION storage.foldername(text), storage.filename(text), storage.extension(text) TO PUBLIC;

-- realtime: migrations add their tables to this publication.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_publication WHERE pubname = 'supabase_realtime') THEN
    CREATE PUBLICATION supabase_realtime;
  END IF;
END
$$;

-- pgreview: the role the migrations under review run as ------------------------------------------
-- Everything above ran as the superuser. The migrations (base and changed) run as pgreview_migrator:
-- no SUPERUSER, CREATEDB, REPLICATION or BYPASSRLS; owner of this database (so CREATE on it and
-- trusted extensions) and of schema public. CREATEROLE only from PostgreSQL 16 on: before 16 it lets
-- a role grant itself pg_execute_server_program or pg_read_server_files.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pgreview_migrator') THEN
    CREATE ROLE pgreview_migrator LOGIN NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS;
  END IF;
  IF current_setting('server_version_num')::int >= 160000 THEN
    ALTER ROLE pgreview_migrator CREATEROLE;
  ELSE
    ALTER ROLE pgreview_migrator NOCREATEROLE;
  END IF;
  EXECUTE format('ALTER DATABASE %I OWNER TO pgreview_migrator', current_database());
END
$$;
ALTER SCHEMA public OWNER TO pgreview_migrator;
-- On Supabase postgres owns the supabase_realtime publication (migrations add tables to it, or drop and
-- re-create it); pgreview_migrator stands in for postgres.
ALTER PUBLICATION supabase_realtime OWNER TO pgreview_migrator;

-- Extensions that need a superuser (not `trusted`) are created for a migration through this function,
-- only from this list; everything else a migration does runs with the role's own rights. No CASCADE:
-- dependencies must be on the list or trusted and created first.
CREATE SCHEMA IF NOT EXISTS pgreview_admin;
REVOKE ALL ON SCHEMA pgreview_admin FROM PUBLIC;
GRANT USAGE ON SCHEMA pgreview_admin TO pgreview_migrator;
CREATE OR REPLACE FUNCTION pgreview_admin.create_extension(ext text, target_schema text, ext_version text, if_not_exists boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  -- Supabase offers these although they need a superuser (its supautils creates them for postgres).
  IF ext NOT IN ('vector', 'pg_uuidv7', 'bloom', 'earthdistance', 'pg_stat_statements', 'postgis', 'postgis_topology',
                 'pg_graphql', 'pgjwt', 'pg_hashids', 'pgstattuple', 'pg_buffercache', 'amcheck',
                 'moddatetime', 'autoinc', 'insert_username', 'refint', 'pgrowlocks', 'pg_prewarm', 'postgres_fdw', 'dblink',
                 'pg_walinspect', 'pg_visibility', 'pg_freespacemap', 'pageinspect', 'file_fdw', 'intagg', 'xml2', 'sslinfo', 'pg_surgery') THEN
    RAISE EXCEPTION 'permission denied to create extension "%": it needs a superuser and is not on pgreview''s allow-list', ext
      USING ERRCODE = '42501';
  END IF;
  EXECUTE 'CREATE EXTENSION ' || CASE WHEN if_not_exists THEN 'IF NOT EXISTS ' ELSE '' END || quote_ident(ext)
    || CASE WHEN target_schema IS NOT NULL THEN ' SCHEMA ' || quote_ident(target_schema) ELSE '' END
    || CASE WHEN ext_version IS NOT NULL THEN ' VERSION ' || quote_literal(ext_version) ELSE '' END;
END
$fn$;
REVOKE ALL ON FUNCTION pgreview_admin.create_extension(text, text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pgreview_admin.create_extension(text, text, text, boolean) TO pgreview_migrator;
-- Its inverse, for the proof of a generated rollback (src/live/rollback.ts): the same list, no CASCADE.
CREATE OR REPLACE FUNCTION pgreview_admin.drop_extension(ext text)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $fn$
BEGIN
  IF ext NOT IN ('vector', 'pg_uuidv7', 'bloom', 'earthdistance', 'pg_stat_statements', 'postgis', 'postgis_topology',
                 'pg_graphql', 'pgjwt', 'pg_hashids', 'pgstattuple', 'pg_buffercache', 'amcheck') THEN
    RAISE EXCEPTION 'permission denied to drop extension "%": it is not on pgreview''s allow-list', ext
      USING ERRCODE = '42501';
  END IF;
  EXECUTE 'DROP EXTENSION IF EXISTS ' || quote_ident(ext);
END
$fn$;
REVOKE ALL ON FUNCTION pgreview_admin.drop_extension(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pgreview_admin.drop_extension(text) TO pgreview_migrator;
-- Supabase's postgres role (not a superuser there): member of the API roles and, since 2022, of
-- supabase_auth_admin and supabase_storage_admin (policies on storage.objects, triggers and
-- foreign keys on auth.users). pgreview_migrator stands in for it.
GRANT anon, authenticated, service_role, supabase_auth_admin, supabase_storage_admin TO pgreview_migrator;
-- Before PostgreSQL 16, CREATEROLE can grant pg_execute_server_program and pg_read/write_server_files:
-- a member that may SET ROLE to a CREATEROLE role could give itself shell and file access. Supabase's
-- admin roles keep CREATEROLE only where it cannot reach those (16 and later).
DO $$
BEGIN
  IF current_setting('server_version_num')::int < 160000 THEN
    ALTER ROLE supabase_auth_admin NOCREATEROLE;
    ALTER ROLE supabase_storage_admin NOCREATEROLE;
  END IF;
END
$$;
GRANT ALL ON SCHEMA extensions, graphql_public TO pgreview_migrator;
GRANT ALL ON ALL TABLES IN SCHEMA auth TO pgreview_migrator;
ALTER DEFAULT PRIVILEGES FOR ROLE pgreview_migrator IN SCHEMA public GRANT ALL ON TABLES TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE pgreview_migrator IN SCHEMA public GRANT ALL ON FUNCTIONS TO postgres, anon, authenticated, service_role;
ALTER DEFAULT PRIVILEGES FOR ROLE pgreview_migrator IN SCHEMA public GRANT ALL ON SEQUENCES TO postgres, anon, authenticated, service_role;

-- Platform schemas that every Supabase project has (not extensions) --------------------------------
-- realtime: Broadcast from the database (realtime.messages, realtime.send, realtime.topic()).
CREATE SCHEMA IF NOT EXISTS realtime;
GRANT USAGE ON SCHEMA realtime TO postgres, anon, authenticated, service_role, pgreview_migrator;
CREATE TABLE IF NOT EXISTS realtime.messages (
  topic text NOT NULL,
  extension text NOT NULL,
  payload jsonb,
  event text,
  private boolean DEFAULT false,
  updated_at timestamp NOT NULL DEFAULT now(),
  inserted_at timestamp NOT NULL DEFAULT now(),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  PRIMARY KEY (id, inserted_at)
);
ALTER TABLE realtime.messages ENABLE ROW LEVEL SECURITY;
-- postgres (here pgreview_migrator) writes policies on realtime.messages: Supabase makes it a member
-- of the owner, supabase_realtime_admin.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'supabase_realtime_admin') THEN CREATE ROLE supabase_realtime_admin NOLOGIN NOINHERIT; END IF;
END $$;
ALTER TABLE realtime.messages OWNER TO supabase_realtime_admin;
GRANT supabase_realtime_admin TO postgres, pgreview_migrator;
GRANT ALL ON realtime.messages TO postgres, anon, authenticated, service_role, pgreview_migrator;
CREATE OR REPLACE FUNCTION realtime.topic() RETURNS text
LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('realtime.topic', true), '')::text $$;
CREATE OR REPLACE FUNCTION realtime.send(payload jsonb, event text, topic text, private boolean DEFAULT true) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  -- As on the platform: the message is a row in realtime.messages, delivered by the Realtime server (absent here).
  INSERT INTO realtime.messages (payload, event, topic, private, extension) VALUES (payload, event, topic, private, 'broadcast');
EXCEPTION WHEN others THEN
  RAISE WARNING 'ErrorSendingBroadcastMessage: %', SQLERRM;
END
$$;
CREATE OR REPLACE FUNCTION realtime.broadcast_changes(topic_name text, event_name text, operation text, table_name text, table_schema text, new record, old record, level text DEFAULT 'ROW') RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM realtime.send(jsonb_build_object('old_record', CASE WHEN old IS NULL THEN NULL ELSE to_jsonb(old) END,
    'record', CASE WHEN new IS NULL THEN NULL ELSE to_jsonb(new) END, 'operation', operation, 'table', table_name, 'schema', table_schema),
    event_name, topic_name, true);
END
$$;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA realtime TO postgres, anon, authenticated, service_role, pgreview_migrator;

-- Database webhooks: supabase_functions.http_request() is the trigger function the dashboard attaches;
-- here it records the call in supabase_functions.hooks and never reaches the network.
CREATE SCHEMA IF NOT EXISTS supabase_functions AUTHORIZATION supabase_admin;
GRANT USAGE ON SCHEMA supabase_functions TO postgres, anon, authenticated, service_role, pgreview_migrator;
CREATE TABLE IF NOT EXISTS supabase_functions.migrations (version text PRIMARY KEY, inserted_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS supabase_functions.hooks (
  id bigserial PRIMARY KEY,
  hook_table_id integer NOT NULL,
  hook_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  request_id bigint
);
CREATE INDEX IF NOT EXISTS supabase_functions_hooks_request_id_idx ON supabase_functions.hooks (request_id);
CREATE INDEX IF NOT EXISTS supabase_functions_hooks_h_table_id_h_name_idx ON supabase_functions.hooks (hook_table_id, hook_name);
CREATE OR REPLACE FUNCTION supabase_functions.http_request() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = supabase_functions AS $$
BEGIN
  -- TG_ARGV: url, method, headers (json), params (json), timeout_ms: checked as the platform does, not sent.
  IF TG_NARGS < 2 THEN RAISE EXCEPTION 'url and method arguments are required'; END IF;
  IF TG_ARGV[1] NOT IN ('GET', 'POST') THEN RAISE EXCEPTION 'method argument % is invalid', TG_ARGV[1]; END IF;
  PERFORM coalesce(TG_ARGV[2], '{}')::jsonb, coalesce(TG_ARGV[3], '{}')::jsonb, coalesce(TG_ARGV[4], '1000')::int;
  INSERT INTO supabase_functions.hooks (hook_table_id, hook_name) VALUES (TG_RELID, TG_NAME);
  RETURN coalesce(NEW, OLD);
END
$$;
GRANT ALL ON ALL TABLES IN SCHEMA supabase_functions TO postgres, pgreview_migrator, service_role;
GRANT ALL ON ALL SEQUENCES IN SCHEMA supabase_functions TO postgres, pgreview_migrator, service_role;
GRANT EXECUTE ON FUNCTION supabase_functions.http_request() TO postgres, anon, authenticated, service_role, pgreview_migrator;

-- Supabase's migration history table (the CLI writes one row per applied migration).
CREATE SCHEMA IF NOT EXISTS supabase_migrations;
CREATE TABLE IF NOT EXISTS supabase_migrations.schema_migrations (version text PRIMARY KEY, statements text[], name text);
GRANT ALL ON SCHEMA supabase_migrations TO pgreview_migrator;
GRANT ALL ON supabase_migrations.schema_migrations TO pgreview_migrator;

-- storage helpers the newer storage API installs, used in policies.
CREATE OR REPLACE FUNCTION storage.allow_any_operation(expected_operations text[]) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('storage.operation', true), '') = ANY (expected_operations)
$$;
CREATE OR REPLACE FUNCTION storage.allow_only_operation(expected_operation text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('storage.operation', true), '') = expected_operation
$$;
CREATE OR REPLACE FUNCTION storage.get_size_by_bucket() RETURNS TABLE (size bigint, bucket_id text)
LANGUAGE sql STABLE AS $$
  SELECT sum((metadata ->> 'size')::bigint)::bigint, bucket_id FROM storage.objects GROUP BY bucket_id
$$;
CREATE OR REPLACE FUNCTION storage.search(prefix text, bucketname text, limits int DEFAULT 100, levels int DEFAULT 1, offsets int DEFAULT 0, search text DEFAULT '', sortcolumn text DEFAULT 'name', sortorder text DEFAULT 'asc')
RETURNS TABLE (name text, id uuid, updated_at timestamptz, created_at timestamptz, last_accessed_at timestamptz, metadata jsonb)
LANGUAGE sql STABLE AS $$
  SELECT o.name, o.id, o.updated_at, o.created_at, o.last_accessed_at, o.metadata FROM storage.objects o
  WHERE o.bucket_id = bucketname AND o.name ILIKE prefix || '%' AND o.name ILIKE '%' || search || '%'
  ORDER BY o.name LIMIT limits OFFSET offsets
$$;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA storage TO PUBLIC;
-- Owned by the storage service's role, as on the platform (postgres, a member, may replace them).
ALTER FUNCTION storage.foldername(text) OWNER TO supabase_storage_admin;
ALTER FUNCTION storage.filename(text) OWNER TO supabase_storage_admin;
ALTER FUNCTION storage.extension(text) OWNER TO supabase_storage_admin;
ALTER FUNCTION storage.allow_any_operation(text[]) OWNER TO supabase_storage_admin;
ALTER FUNCTION storage.allow_only_operation(text) OWNER TO supabase_storage_admin;
ALTER FUNCTION storage.get_size_by_bucket() OWNER TO supabase_storage_admin;
ALTER FUNCTION storage.search(text, text, int, int, int, text, text, text) OWNER TO supabase_storage_admin;

-- auth: the rest of what migrations touch (auth hooks are granted to supabase_auth_admin).
CREATE TABLE IF NOT EXISTS auth.audit_log_entries (instance_id uuid, id uuid NOT NULL PRIMARY KEY, payload json, created_at timestamptz, ip_address varchar(64) NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS auth.refresh_tokens (instance_id uuid, id bigserial PRIMARY KEY, token varchar(255) UNIQUE, user_id varchar(255), revoked boolean, created_at timestamptz, updated_at timestamptz, parent varchar(255), session_id uuid);
CREATE TABLE IF NOT EXISTS auth.mfa_factors (id uuid NOT NULL PRIMARY KEY, user_id uuid NOT NULL REFERENCES auth.users (id) ON DELETE CASCADE, friendly_name text, factor_type text NOT NULL, status text NOT NULL, created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL, secret text, phone text, last_challenged_at timestamptz);
ALTER TABLE auth.audit_log_entries OWNER TO supabase_auth_admin;
ALTER TABLE auth.refresh_tokens OWNER TO supabase_auth_admin;
ALTER TABLE auth.mfa_factors OWNER TO supabase_auth_admin;
GRANT ALL ON ALL TABLES IN SCHEMA auth TO supabase_auth_admin, postgres, dashboard_user, pgreview_migrator;
GRANT USAGE ON SCHEMA auth TO pgreview_migrator;

-- Extensions the platform offers -------------------------------------------------------------------
-- `create extension X` runs the real extension when the engine has it (pgvector, pg_trgm, pgcrypto,
-- citext, … on every engine; pg_stat_statements and moddatetime where contrib is installed). For the
-- platform's own extensions no review engine ships (pg_net, pg_cron, supabase_vault, pgsodium, pgmq,
-- pg_jsonschema, pg_graphql, wrappers, http, pgjwt, pg_hashids, pg_tle, …) pgreview creates a stand-in
-- instead: the same schemas, tables, types and function signatures as the real one, with bodies that
-- record calls and never reach the network (no HTTP request is sent, no cron job runs, secrets are
-- stored unencrypted in this throw-away database). The review says when a result depended on one.
-- The trace turns `CREATE EXTENSION X` into pgreview_admin.create_standin_extension(X, …) only when the
-- engine lacks X (src/live/trace.ts); `@extschema@` is the schema the migration asked for.
CREATE TABLE IF NOT EXISTS pgreview_admin.standin_extensions (
  name text PRIMARY KEY,
  default_schema text NOT NULL,
  -- Schemas the stand-in creates (granted to the migration role as Supabase grants them to postgres).
  schemas text[] NOT NULL DEFAULT '{}',
  requires text[] NOT NULL DEFAULT '{}',
  -- What differs from the real extension, said in the review's engine notes.
  differs text NOT NULL,
  sql text NOT NULL
);
CREATE TABLE IF NOT EXISTS pgreview_admin.standin_installed (name text PRIMARY KEY, schema text NOT NULL, installed_at timestamptz NOT NULL DEFAULT now());
REVOKE ALL ON ALL TABLES IN SCHEMA pgreview_admin FROM PUBLIC;
GRANT SELECT ON pgreview_admin.standin_extensions, pgreview_admin.standin_installed TO pgreview_migrator;

CREATE OR REPLACE FUNCTION pgreview_admin.create_standin_extension(ext text, target_schema text, if_not_exists boolean)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $fn$
DECLARE
  def pgreview_admin.standin_extensions;
  sch text;
  req text;
BEGIN
  SELECT * INTO def FROM pgreview_admin.standin_extensions WHERE name = ext;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'extension "%" is not available', ext USING ERRCODE = '0A000';
  END IF;
  IF EXISTS (SELECT 1 FROM pgreview_admin.standin_installed WHERE name = ext) THEN
    IF if_not_exists THEN
      RAISE NOTICE 'extension "%" already exists, skipping', ext;
      RETURN;
    END IF;
    RAISE EXCEPTION 'extension "%" already exists', ext USING ERRCODE = '42710';
  END IF;
  FOREACH req IN ARRAY def.requires LOOP
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = req) AND NOT EXISTS (SELECT 1 FROM pgreview_admin.standin_installed WHERE name = req) THEN
      RAISE EXCEPTION 'required extension "%" is not installed', req USING ERRCODE = '42704',
        HINT = format('Use CREATE EXTENSION ... CASCADE to install required extensions too.');
    END IF;
  END LOOP;
  sch := coalesce(target_schema, def.default_schema);
  -- As CREATE EXTENSION: the extension's own schema is created with it; another one must exist.
  IF NOT sch = ANY (def.schemas) AND NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = sch) THEN
    RAISE EXCEPTION 'schema "%" does not exist', sch USING ERRCODE = '3F000';
  END IF;
  EXECUTE replace(def.sql, '@extschema@', quote_ident(sch));
  -- Supabase grants an extension's schemas to postgres (with grant option) when it is created.
  -- Only the schemas the stand-in creates: the target schema (extensions, public) holds the user's objects too.
  FOREACH sch IN ARRAY def.schemas LOOP
    EXECUTE format('GRANT ALL ON SCHEMA %I TO postgres, pgreview_migrator WITH GRANT OPTION', sch);
    EXECUTE format('GRANT ALL ON ALL TABLES IN SCHEMA %I TO postgres, pgreview_migrator WITH GRANT OPTION', sch);
    EXECUTE format('GRANT ALL ON ALL SEQUENCES IN SCHEMA %I TO postgres, pgreview_migrator WITH GRANT OPTION', sch);
    EXECUTE format('GRANT ALL ON ALL FUNCTIONS IN SCHEMA %I TO postgres, pgreview_migrator WITH GRANT OPTION', sch);
  END LOOP;
  INSERT INTO pgreview_admin.standin_installed (name, schema) VALUES (ext, coalesce(target_schema, def.default_schema));
END
$fn$;
REVOKE ALL ON FUNCTION pgreview_admin.create_standin_extension(text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pgreview_admin.create_standin_extension(text, text, boolean) TO pgreview_migrator;

INSERT INTO pgreview_admin.standin_extensions (name, default_schema, schemas, requires, differs, sql) VALUES
('pg_net', 'extensions', '{net}', '{}', 'requests are queued in net.http_request_queue and never sent; no response arrives in net._http_response', $standin$
CREATE SCHEMA net;
CREATE TYPE net.request_status AS ENUM ('PENDING', 'SUCCESS', 'ERROR');
CREATE TYPE net.http_response AS (status_code integer, headers jsonb, body text);
CREATE TYPE net.http_response_result AS (status net.request_status, message text, response net.http_response);
CREATE UNLOGGED TABLE net.http_request_queue (id bigserial NOT NULL, method text NOT NULL, url text NOT NULL, headers jsonb NOT NULL, body bytea, timeout_milliseconds integer NOT NULL);
CREATE UNLOGGED TABLE net._http_response (id bigint, status_code integer, content_type text, headers jsonb, content text, timed_out boolean, error_msg text, created timestamptz NOT NULL DEFAULT now());
CREATE INDEX ON net._http_response (created);
CREATE FUNCTION net.http_get(url text, params jsonb DEFAULT '{}', headers jsonb DEFAULT '{}', timeout_milliseconds integer DEFAULT 5000) RETURNS bigint
LANGUAGE sql AS $$ INSERT INTO net.http_request_queue (method, url, headers, timeout_milliseconds) VALUES ('GET', url, headers, timeout_milliseconds) RETURNING id $$;
CREATE FUNCTION net.http_post(url text, body jsonb DEFAULT '{}', params jsonb DEFAULT '{}', headers jsonb DEFAULT '{"Content-Type": "application/json"}', timeout_milliseconds integer DEFAULT 5000) RETURNS bigint
LANGUAGE sql AS $$ INSERT INTO net.http_request_queue (method, url, headers, body, timeout_milliseconds) VALUES ('POST', url, headers, convert_to(body::text, 'UTF8'), timeout_milliseconds) RETURNING id $$;
CREATE FUNCTION net.http_delete(url text, params jsonb DEFAULT '{}', headers jsonb DEFAULT '{}', timeout_milliseconds integer DEFAULT 5000, body jsonb DEFAULT NULL) RETURNS bigint
LANGUAGE sql AS $$ INSERT INTO net.http_request_queue (method, url, headers, body, timeout_milliseconds) VALUES ('DELETE', url, headers, convert_to(body::text, 'UTF8'), timeout_milliseconds) RETURNING id $$;
CREATE FUNCTION net.http_collect_response(request_id bigint, async boolean DEFAULT true) RETURNS net.http_response_result
LANGUAGE sql AS $$ SELECT ROW('PENDING', 'request is pending (pgreview stand-in: never sent)', NULL)::net.http_response_result $$;
CREATE FUNCTION net._await_response(request_id bigint) RETURNS boolean LANGUAGE sql AS $$ SELECT false $$;
CREATE FUNCTION net.check_worker_is_up() RETURNS void LANGUAGE sql AS $$ SELECT $$;
CREATE FUNCTION net.worker_restart() RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
$standin$),
('pg_cron', 'pg_catalog', '{cron}', '{}', 'jobs are recorded in cron.job and never run', $standin$
CREATE SCHEMA cron;
CREATE TABLE cron.job (jobid bigserial PRIMARY KEY, schedule text NOT NULL, command text NOT NULL, nodename text NOT NULL DEFAULT 'localhost',
  nodeport integer NOT NULL DEFAULT 5432, database text NOT NULL DEFAULT current_database(), username text NOT NULL DEFAULT current_user,
  active boolean NOT NULL DEFAULT true, jobname text);
CREATE UNIQUE INDEX jobname_username_uniq ON cron.job (jobname, username);
CREATE TABLE cron.job_run_details (jobid bigint, runid bigserial PRIMARY KEY, job_pid integer, database text, username text, command text,
  status text, return_message text, start_time timestamptz, end_time timestamptz);
ALTER TABLE cron.job ENABLE ROW LEVEL SECURITY;
ALTER TABLE cron.job_run_details ENABLE ROW LEVEL SECURITY;
CREATE POLICY cron_job_policy ON cron.job USING (username = current_user);
CREATE POLICY cron_job_run_details_policy ON cron.job_run_details USING (username = current_user);
CREATE FUNCTION cron.schedule(job_name text, schedule text, command text) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE id bigint;
BEGIN
  UPDATE cron.job SET schedule = $2, command = $3, active = true WHERE jobname = $1 AND username = current_user RETURNING jobid INTO id;
  IF id IS NULL THEN
    INSERT INTO cron.job (jobname, schedule, command) VALUES ($1, $2, $3) RETURNING jobid INTO id;
  END IF;
  RETURN id;
END
$$;
CREATE FUNCTION cron.schedule(schedule text, command text) RETURNS bigint
LANGUAGE sql AS $$ INSERT INTO cron.job (schedule, command) VALUES ($1, $2) RETURNING jobid $$;
CREATE FUNCTION cron.schedule_in_database(job_name text, schedule text, command text, database text, username text DEFAULT NULL, active boolean DEFAULT true) RETURNS bigint
LANGUAGE sql AS $$ INSERT INTO cron.job (jobname, schedule, command, database, username, active) VALUES ($1, $2, $3, $4, coalesce($5, current_user), $6) RETURNING jobid $$;
CREATE FUNCTION cron.unschedule(job_id bigint) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM cron.job WHERE jobid = job_id;
  IF NOT FOUND THEN RAISE EXCEPTION 'could not find valid entry for job %', job_id; END IF;
  RETURN true;
END
$$;
CREATE FUNCTION cron.unschedule(job_name text) RETURNS boolean
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM cron.job WHERE jobname = job_name AND username = current_user;
  IF NOT FOUND THEN RAISE EXCEPTION 'could not find valid entry for job ''%''', job_name; END IF;
  RETURN true;
END
$$;
CREATE FUNCTION cron.alter_job(job_id bigint, schedule text DEFAULT NULL, command text DEFAULT NULL, database text DEFAULT NULL, username text DEFAULT NULL, active boolean DEFAULT NULL) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE cron.job j SET schedule = coalesce($2, j.schedule), command = coalesce($3, j.command), database = coalesce($4, j.database),
    username = coalesce($5, j.username), active = coalesce($6, j.active) WHERE j.jobid = $1;
  IF NOT FOUND THEN RAISE EXCEPTION 'Job % does not exist or you don''t own it', job_id; END IF;
END
$$;
$standin$),
('pgsodium', 'pgsodium', '{pgsodium}', '{}', 'no encryption: key and nonce functions return random bytes; crypto functions are not provided', $standin$
CREATE SCHEMA IF NOT EXISTS pgsodium;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pgsodium_keyiduser') THEN CREATE ROLE pgsodium_keyiduser NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pgsodium_keyholder') THEN CREATE ROLE pgsodium_keyholder NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pgsodium_keymaker') THEN CREATE ROLE pgsodium_keymaker NOLOGIN; END IF;
END $$;
CREATE TYPE pgsodium.key_status AS ENUM ('default', 'valid', 'invalid', 'expired');
CREATE TYPE pgsodium.key_type AS ENUM ('aead-ietf', 'aead-det', 'hmacsha512', 'hmacsha256', 'auth', 'shorthash', 'generichash', 'kdf', 'secretbox', 'secretstream', 'stream_xchacha20');
CREATE TABLE pgsodium.key (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), status pgsodium.key_status DEFAULT 'valid', created timestamptz NOT NULL DEFAULT now(),
  expires timestamptz, key_type pgsodium.key_type, key_id bigserial, key_context bytea DEFAULT '\x7067736f6469756d', name text UNIQUE, associated_data text DEFAULT 'associated',
  raw_key bytea, raw_key_nonce bytea, parent_key uuid REFERENCES pgsodium.key (id), comment text, user_data text);
CREATE VIEW pgsodium.valid_key AS SELECT id, name, status, key_type, key_id, key_context, created, expires, associated_data FROM pgsodium.key WHERE status IN ('valid', 'default');
CREATE FUNCTION pgsodium.crypto_aead_det_noncegen() RETURNS bytea LANGUAGE sql VOLATILE AS $$ SELECT decode(md5(random()::text), 'hex') $$;
CREATE FUNCTION pgsodium.crypto_secretbox_noncegen() RETURNS bytea LANGUAGE sql VOLATILE AS $$ SELECT decode(md5(random()::text) || substr(md5(random()::text), 1, 16), 'hex') $$;
CREATE FUNCTION pgsodium.randombytes_buf(size integer) RETURNS bytea LANGUAGE sql VOLATILE AS $$ SELECT substring(decode(repeat(md5(random()::text), (size / 16) + 1), 'hex') FROM 1 FOR size) $$;
CREATE FUNCTION pgsodium.create_key(key_type pgsodium.key_type DEFAULT 'aead-det', name text DEFAULT NULL, raw_key bytea DEFAULT NULL, raw_key_nonce bytea DEFAULT NULL,
  parent_key uuid DEFAULT NULL, key_context bytea DEFAULT '\x7067736f6469756d', expires timestamptz DEFAULT NULL, associated_data text DEFAULT '') RETURNS pgsodium.valid_key
LANGUAGE sql AS $$
  WITH k AS (INSERT INTO pgsodium.key (key_type, name, raw_key, raw_key_nonce, parent_key, key_context, expires, associated_data)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *)
  SELECT id, name, status, key_type, key_id, key_context, created, expires, associated_data FROM k
$$;
GRANT USAGE ON SCHEMA pgsodium TO pgsodium_keyiduser, pgsodium_keyholder, pgsodium_keymaker;
$standin$),
('supabase_vault', 'vault', '{vault}', '{}', 'secrets are stored unencrypted (throw-away database); decrypted_secret is the secret as given', $standin$
CREATE SCHEMA IF NOT EXISTS vault;
CREATE TABLE vault.secrets (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text, description text NOT NULL DEFAULT '', secret text NOT NULL, key_id uuid,
  nonce bytea DEFAULT decode(md5(random()::text), 'hex'), created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, updated_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP);
CREATE UNIQUE INDEX secrets_name_idx ON vault.secrets (name) WHERE name IS NOT NULL;
CREATE VIEW vault.decrypted_secrets AS SELECT id, name, description, secret, secret AS decrypted_secret, key_id, nonce, created_at, updated_at FROM vault.secrets;
CREATE FUNCTION vault.create_secret(new_secret text, new_name text DEFAULT NULL, new_description text DEFAULT '', new_key_id uuid DEFAULT NULL) RETURNS uuid
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
  INSERT INTO vault.secrets (secret, name, description, key_id) VALUES (new_secret, new_name, new_description, new_key_id) RETURNING id
$$;
CREATE FUNCTION vault.update_secret(secret_id uuid, new_secret text DEFAULT NULL, new_name text DEFAULT NULL, new_description text DEFAULT NULL, new_key_id uuid DEFAULT NULL) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = '' AS $$
  UPDATE vault.secrets s SET secret = coalesce(new_secret, s.secret), name = coalesce(new_name, s.name), description = coalesce(new_description, s.description),
    key_id = coalesce(new_key_id, s.key_id), updated_at = now() WHERE s.id = secret_id
$$;
REVOKE ALL ON vault.secrets, vault.decrypted_secrets FROM PUBLIC;
$standin$),
('pgmq', 'pgmq', '{pgmq}', '{}', 'pgmq 1.5 layout (queues are real tables, messages carry headers); read_with_poll does not wait', $standin$
CREATE SCHEMA IF NOT EXISTS pgmq;
CREATE TABLE pgmq.meta (queue_name varchar UNIQUE NOT NULL, is_partitioned boolean NOT NULL, is_unlogged boolean NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TYPE pgmq.message_record AS (msg_id bigint, read_ct integer, enqueued_at timestamptz, vt timestamptz, message jsonb, headers jsonb);
CREATE TYPE pgmq.queue_record AS (queue_name varchar, is_partitioned boolean, is_unlogged boolean, created_at timestamptz);
CREATE TYPE pgmq.metrics_result AS (queue_name text, queue_length bigint, newest_msg_age_sec integer, oldest_msg_age_sec integer, total_messages bigint, scrape_time timestamptz);
CREATE FUNCTION pgmq.format_table_name(queue_name text, prefix text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  IF queue_name ~ '\$|;|--|''' THEN RAISE EXCEPTION 'queue name contains invalid characters: $, ;, --, or \'''; END IF;
  RETURN lower(prefix || '_' || queue_name);
END $$;
CREATE FUNCTION pgmq.create_non_partitioned(queue_name text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE qtable text := pgmq.format_table_name(queue_name, 'q'); atable text := pgmq.format_table_name(queue_name, 'a');
BEGIN
  IF length(qtable) > 47 THEN RAISE EXCEPTION 'queue name is too long, maximum length is 47 characters'; END IF;
  EXECUTE format('CREATE TABLE IF NOT EXISTS pgmq.%I (msg_id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY, read_ct int DEFAULT 0 NOT NULL, enqueued_at timestamptz DEFAULT now() NOT NULL, vt timestamptz NOT NULL, message jsonb, headers jsonb)', qtable);
  EXECUTE format('CREATE TABLE IF NOT EXISTS pgmq.%I (msg_id bigint PRIMARY KEY, read_ct int DEFAULT 0 NOT NULL, enqueued_at timestamptz DEFAULT now() NOT NULL, archived_at timestamptz DEFAULT now() NOT NULL, vt timestamptz NOT NULL, message jsonb, headers jsonb)', atable);
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON pgmq.%I (vt ASC)', qtable || '_vt_idx', qtable);
  EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON pgmq.%I (archived_at)', 'archived_at_idx_' || queue_name, atable);
  INSERT INTO pgmq.meta (queue_name, is_partitioned, is_unlogged) VALUES (queue_name, false, false) ON CONFLICT DO NOTHING;
END $$;
CREATE FUNCTION pgmq.create(queue_name text) RETURNS void LANGUAGE sql AS $$ SELECT pgmq.create_non_partitioned(queue_name) $$;
CREATE FUNCTION pgmq.create_unlogged(queue_name text) RETURNS void LANGUAGE sql AS $$ SELECT pgmq.create_non_partitioned(queue_name) $$;
CREATE FUNCTION pgmq.send(queue_name text, msg jsonb, delay integer DEFAULT 0) RETURNS SETOF bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format('INSERT INTO pgmq.%I (vt, message) VALUES (clock_timestamp() + make_interval(secs => $1), $2) RETURNING msg_id', pgmq.format_table_name(queue_name, 'q')) USING delay, msg;
END $$;
CREATE FUNCTION pgmq.send(queue_name text, msg jsonb, headers jsonb, delay integer) RETURNS SETOF bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format('INSERT INTO pgmq.%I (vt, message, headers) VALUES (clock_timestamp() + make_interval(secs => $1), $2, $3) RETURNING msg_id', pgmq.format_table_name(queue_name, 'q')) USING delay, msg, headers;
END $$;
CREATE FUNCTION pgmq.send_batch(queue_name text, msgs jsonb[], delay integer DEFAULT 0) RETURNS SETOF bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format('INSERT INTO pgmq.%I (vt, message) SELECT clock_timestamp() + make_interval(secs => $1), unnest($2) RETURNING msg_id', pgmq.format_table_name(queue_name, 'q')) USING delay, msgs;
END $$;
CREATE FUNCTION pgmq.read(queue_name text, vt integer, qty integer) RETURNS SETOF pgmq.message_record LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format('WITH cte AS (SELECT msg_id FROM pgmq.%1$I WHERE vt <= clock_timestamp() ORDER BY msg_id LIMIT $1 FOR UPDATE SKIP LOCKED)
    UPDATE pgmq.%1$I m SET vt = clock_timestamp() + make_interval(secs => $2), read_ct = read_ct + 1 FROM cte WHERE m.msg_id = cte.msg_id
    RETURNING m.msg_id, m.read_ct, m.enqueued_at, m.vt, m.message, m.headers', pgmq.format_table_name(queue_name, 'q')) USING qty, vt;
END $$;
CREATE FUNCTION pgmq.read_with_poll(queue_name text, vt integer, qty integer, max_poll_seconds integer DEFAULT 5, poll_interval_ms integer DEFAULT 100) RETURNS SETOF pgmq.message_record
LANGUAGE sql AS $$ SELECT * FROM pgmq.read(queue_name, vt, qty) $$;
CREATE FUNCTION pgmq.pop(queue_name text) RETURNS SETOF pgmq.message_record LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format('WITH cte AS (SELECT msg_id FROM pgmq.%1$I WHERE vt <= clock_timestamp() ORDER BY msg_id LIMIT 1 FOR UPDATE SKIP LOCKED)
    DELETE FROM pgmq.%1$I m USING cte WHERE m.msg_id = cte.msg_id RETURNING m.msg_id, m.read_ct, m.enqueued_at, m.vt, m.message, m.headers', pgmq.format_table_name(queue_name, 'q'));
END $$;
CREATE FUNCTION pgmq.set_vt(queue_name text, msg_id bigint, vt integer) RETURNS SETOF pgmq.message_record LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format('UPDATE pgmq.%I SET vt = clock_timestamp() + make_interval(secs => $1) WHERE msg_id = $2 RETURNING msg_id, read_ct, enqueued_at, vt, message, headers', pgmq.format_table_name(queue_name, 'q')) USING vt, msg_id;
END $$;
CREATE FUNCTION pgmq.delete(queue_name text, msg_id bigint) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  EXECUTE format('WITH d AS (DELETE FROM pgmq.%I WHERE msg_id = $1 RETURNING 1) SELECT count(*) FROM d', pgmq.format_table_name(queue_name, 'q')) USING msg_id INTO n;
  RETURN n > 0;
END $$;
CREATE FUNCTION pgmq.delete(queue_name text, msg_ids bigint[]) RETURNS SETOF bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format('DELETE FROM pgmq.%I WHERE msg_id = ANY($1) RETURNING msg_id', pgmq.format_table_name(queue_name, 'q')) USING msg_ids;
END $$;
CREATE FUNCTION pgmq.archive(queue_name text, msg_ids bigint[]) RETURNS SETOF bigint LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY EXECUTE format('WITH archived AS (DELETE FROM pgmq.%I WHERE msg_id = ANY($1) RETURNING msg_id, vt, read_ct, enqueued_at, message, headers)
    INSERT INTO pgmq.%I (msg_id, vt, read_ct, enqueued_at, message, headers) SELECT msg_id, vt, read_ct, enqueued_at, message, headers FROM archived RETURNING msg_id',
    pgmq.format_table_name(queue_name, 'q'), pgmq.format_table_name(queue_name, 'a')) USING msg_ids;
END $$;
CREATE FUNCTION pgmq.archive(queue_name text, msg_id bigint) RETURNS boolean LANGUAGE sql AS $$ SELECT count(*) > 0 FROM pgmq.archive(queue_name, ARRAY[msg_id]) $$;
CREATE FUNCTION pgmq.purge_queue(queue_name text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE n bigint;
BEGIN
  EXECUTE format('WITH d AS (DELETE FROM pgmq.%I RETURNING 1) SELECT count(*) FROM d', pgmq.format_table_name(queue_name, 'q')) INTO n;
  RETURN n;
END $$;
CREATE FUNCTION pgmq.drop_queue(queue_name text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('DROP TABLE IF EXISTS pgmq.%I', pgmq.format_table_name(queue_name, 'q'));
  EXECUTE format('DROP TABLE IF EXISTS pgmq.%I', pgmq.format_table_name(queue_name, 'a'));
  DELETE FROM pgmq.meta m WHERE m.queue_name = drop_queue.queue_name;
  RETURN true;
END $$;
CREATE FUNCTION pgmq.list_queues() RETURNS SETOF pgmq.queue_record LANGUAGE sql AS $$ SELECT queue_name, is_partitioned, is_unlogged, created_at FROM pgmq.meta $$;
CREATE FUNCTION pgmq.metrics(queue_name text) RETURNS pgmq.metrics_result LANGUAGE plpgsql AS $$
DECLARE r pgmq.metrics_result;
BEGIN
  EXECUTE format('SELECT $1, count(*), extract(epoch FROM now() - max(enqueued_at))::int, extract(epoch FROM now() - min(enqueued_at))::int, coalesce(max(msg_id), 0), now() FROM pgmq.%I', pgmq.format_table_name(queue_name, 'q')) USING queue_name INTO r;
  RETURN r;
END $$;
CREATE FUNCTION pgmq.metrics_all() RETURNS SETOF pgmq.metrics_result LANGUAGE sql AS $$ SELECT (pgmq.metrics(queue_name)).* FROM pgmq.meta $$;
$standin$),
('pg_jsonschema', 'extensions', '{}', '{}', 'schemas are not validated: json(b)_matches_schema and jsonschema_is_valid return true for any JSON', $standin$
CREATE FUNCTION @extschema@.json_matches_schema(schema json, instance json) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT true $$;
CREATE FUNCTION @extschema@.jsonb_matches_schema(schema json, instance jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT true $$;
CREATE FUNCTION @extschema@.jsonschema_is_valid(schema json) RETURNS boolean LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT true $$;
CREATE FUNCTION @extschema@.jsonschema_validation_errors(schema json, instance json) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$ SELECT '{}'::text[] $$;
$standin$),
('pg_graphql', 'graphql', '{graphql}', '{}', 'graphql.resolve answers with an error: no GraphQL schema is reflected', $standin$
CREATE SCHEMA IF NOT EXISTS graphql;
CREATE SEQUENCE graphql.seq_schema_version AS integer CYCLE;
CREATE FUNCTION graphql.get_schema_version() RETURNS integer LANGUAGE sql SECURITY DEFINER AS $$ SELECT last_value FROM graphql.seq_schema_version $$;
CREATE FUNCTION graphql.increment_schema_version() RETURNS event_trigger LANGUAGE plpgsql SECURITY DEFINER AS $$ BEGIN PERFORM nextval('graphql.seq_schema_version'); END $$;
CREATE FUNCTION graphql.comment_directive(comment_ text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN comment_ ~ '@graphql\((.*)\)' THEN substring(comment_ FROM '@graphql\((.*)\)')::jsonb ELSE NULL END $$;
CREATE FUNCTION graphql.exception(message text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION USING ERRCODE = '22000', MESSAGE = message; END $$;
CREATE FUNCTION graphql.resolve(query text, variables jsonb DEFAULT '{}', "operationName" text DEFAULT NULL, extensions jsonb DEFAULT NULL) RETURNS jsonb
LANGUAGE sql AS $$ SELECT jsonb_build_object('data', NULL, 'errors', jsonb_build_array(jsonb_build_object('message', 'pg_graphql stand-in (pgreview): not resolved'))) $$;
CREATE SCHEMA IF NOT EXISTS graphql_public;
CREATE OR REPLACE FUNCTION graphql_public.graphql("operationName" text DEFAULT NULL, query text DEFAULT NULL, variables jsonb DEFAULT NULL, extensions jsonb DEFAULT NULL) RETURNS jsonb
LANGUAGE sql AS $$ SELECT graphql.resolve(query := query, variables := coalesce(variables, '{}'), "operationName" := "operationName", extensions := extensions) $$;
GRANT USAGE ON SCHEMA graphql, graphql_public TO anon, authenticated, service_role;
GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphql, graphql_public TO anon, authenticated, service_role;
$standin$),
('wrappers', 'extensions', '{}', '{}', 'the FDW handlers cannot scan: CREATE FOREIGN DATA WRAPPER/SERVER/FOREIGN TABLE apply, querying a foreign table fails', $standin$
-- A handler must return fdw_handler, which no SQL or PL/pgSQL function can: these point at the
-- pseudo-type's input function, which only raises when called (never at CREATE time).
DO $$
DECLARE w text;
BEGIN
  FOREACH w IN ARRAY ARRAY['airtable', 'auth0', 'big_query', 'click_house', 'cognito', 'firebase', 'logflare', 'mssql', 'redis', 's3', 'stripe', 'wasm', 'iceberg', 'duckdb'] LOOP
    EXECUTE format('CREATE FUNCTION @extschema@.%I() RETURNS fdw_handler LANGUAGE internal STRICT AS %L', w || '_fdw_handler', 'fdw_handler_in');
    EXECUTE format('CREATE FUNCTION @extschema@.%I(options text[], catalog oid) RETURNS void LANGUAGE plpgsql AS %L', w || '_fdw_validator', 'BEGIN END');
    EXECUTE format('CREATE FUNCTION @extschema@.%I() RETURNS TABLE (name text, version text, author text, website text) LANGUAGE sql AS %L', w || '_fdw_meta', format('SELECT %L, %L, %L, %L', w, '0.0.0', 'pgreview stand-in', ''));
  END LOOP;
END $$;
CREATE TABLE @extschema@.wrappers_fdw_stats (fdw_name text PRIMARY KEY, create_times bigint, rows_in bigint, rows_out bigint, bytes_in bigint, bytes_out bigint, metadata jsonb,
  created_at timestamptz NOT NULL DEFAULT timezone('utc', now()), updated_at timestamptz NOT NULL DEFAULT timezone('utc', now()));
$standin$),
('http', 'extensions', '{}', '{}', 'no request is sent: http() and the http_* functions return a response with status NULL', $standin$
CREATE DOMAIN @extschema@.http_method AS text;
CREATE TYPE @extschema@.http_header AS (field varchar, value varchar);
CREATE TYPE @extschema@.http_request AS (method @extschema@.http_method, uri varchar, headers @extschema@.http_header[], content_type varchar, content varchar);
CREATE TYPE @extschema@.http_response AS (status integer, content_type varchar, headers @extschema@.http_header[], content varchar);
CREATE FUNCTION @extschema@.http_header(field varchar, value varchar) RETURNS @extschema@.http_header LANGUAGE sql AS $$ SELECT ROW($1, $2)::@extschema@.http_header $$;
CREATE FUNCTION @extschema@.http(request @extschema@.http_request) RETURNS @extschema@.http_response LANGUAGE sql AS $$ SELECT ROW(NULL, NULL, NULL, NULL)::@extschema@.http_response $$;
CREATE FUNCTION @extschema@.http_get(uri varchar) RETURNS @extschema@.http_response LANGUAGE sql AS $$ SELECT @extschema@.http(ROW('GET', $1, NULL, NULL, NULL)::@extschema@.http_request) $$;
CREATE FUNCTION @extschema@.http_get(uri varchar, data jsonb) RETURNS @extschema@.http_response LANGUAGE sql AS $$ SELECT @extschema@.http(ROW('GET', $1, NULL, NULL, NULL)::@extschema@.http_request) $$;
CREATE FUNCTION @extschema@.http_post(uri varchar, content varchar, content_type varchar) RETURNS @extschema@.http_response LANGUAGE sql AS $$ SELECT @extschema@.http(ROW('POST', $1, NULL, $3, $2)::@extschema@.http_request) $$;
CREATE FUNCTION @extschema@.http_post(uri varchar, data jsonb) RETURNS @extschema@.http_response LANGUAGE sql AS $$ SELECT @extschema@.http(ROW('POST', $1, NULL, 'application/json', $2::text)::@extschema@.http_request) $$;
CREATE FUNCTION @extschema@.http_put(uri varchar, content varchar, content_type varchar) RETURNS @extschema@.http_response LANGUAGE sql AS $$ SELECT @extschema@.http(ROW('PUT', $1, NULL, $3, $2)::@extschema@.http_request) $$;
CREATE FUNCTION @extschema@.http_patch(uri varchar, content varchar, content_type varchar) RETURNS @extschema@.http_response LANGUAGE sql AS $$ SELECT @extschema@.http(ROW('PATCH', $1, NULL, $3, $2)::@extschema@.http_request) $$;
CREATE FUNCTION @extschema@.http_delete(uri varchar) RETURNS @extschema@.http_response LANGUAGE sql AS $$ SELECT @extschema@.http(ROW('DELETE', $1, NULL, NULL, NULL)::@extschema@.http_request) $$;
CREATE FUNCTION @extschema@.http_head(uri varchar) RETURNS @extschema@.http_response LANGUAGE sql AS $$ SELECT @extschema@.http(ROW('HEAD', $1, NULL, NULL, NULL)::@extschema@.http_request) $$;
CREATE FUNCTION @extschema@.urlencode(string varchar) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT replace(replace($1, '%', '%25'), ' ', '%20') $$;
CREATE FUNCTION @extschema@.urlencode(data jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT string_agg(key || '=' || value, '&') FROM jsonb_each_text($1) $$;
CREATE FUNCTION @extschema@.http_set_curlopt(curlopt varchar, value varchar) RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
CREATE FUNCTION @extschema@.http_reset_curlopt() RETURNS boolean LANGUAGE sql AS $$ SELECT true $$;
$standin$),
('pgjwt', 'extensions', '{}', '{pgcrypto}', 'sign/verify are the real algorithm (HS256 via pgcrypto hmac)', $standin$
CREATE FUNCTION @extschema@.url_encode(data bytea) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT translate(encode(data, 'base64'), E'+/=\n', '-_') $$;
CREATE FUNCTION @extschema@.url_decode(data text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
  WITH t AS (SELECT translate(data, '-_', '+/') AS trans), rem AS (SELECT length(t.trans) % 4 AS remainder FROM t)
  SELECT decode(t.trans || CASE WHEN rem.remainder > 0 THEN repeat('=', (4 - rem.remainder)) ELSE '' END, 'base64') FROM t, rem $$;
CREATE FUNCTION @extschema@.algorithm_sign(signables text, secret text, algorithm text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  WITH alg AS (SELECT CASE WHEN algorithm = 'HS256' THEN 'sha256' WHEN algorithm = 'HS384' THEN 'sha384' WHEN algorithm = 'HS512' THEN 'sha512' ELSE '' END AS id)
  SELECT @extschema@.url_encode(@extschema@.hmac(signables, secret, alg.id)) FROM alg $$;
CREATE FUNCTION @extschema@.sign(payload json, secret text, algorithm text DEFAULT 'HS256') RETURNS text LANGUAGE sql IMMUTABLE AS $$
  WITH header AS (SELECT @extschema@.url_encode(convert_to('{"alg":"' || algorithm || '","typ":"JWT"}', 'utf8')) AS data),
  payload AS (SELECT @extschema@.url_encode(convert_to(payload::text, 'utf8')) AS data),
  signables AS (SELECT header.data || '.' || payload.data AS data FROM header, payload)
  SELECT signables.data || '.' || @extschema@.algorithm_sign(signables.data, secret, algorithm) FROM signables $$;
CREATE FUNCTION @extschema@.verify(token text, secret text, algorithm text DEFAULT 'HS256') RETURNS TABLE (header json, payload json, valid boolean) LANGUAGE sql IMMUTABLE AS $$
  SELECT convert_from(@extschema@.url_decode(r[1]), 'utf8')::json, convert_from(@extschema@.url_decode(r[2]), 'utf8')::json,
    r[3] = @extschema@.algorithm_sign(r[1] || '.' || r[2], secret, algorithm)
  FROM regexp_split_to_array(token, '\.') r $$;
$standin$),
('pg_hashids', 'extensions', '{}', '{}', 'ids are encoded as hexadecimal text, not hashids', $standin$
CREATE FUNCTION @extschema@.id_encode(bigint) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT to_hex($1) $$;
CREATE FUNCTION @extschema@.id_encode(bigint, text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT to_hex($1) $$;
CREATE FUNCTION @extschema@.id_encode(bigint, text, integer) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT to_hex($1) $$;
CREATE FUNCTION @extschema@.id_decode(text) RETURNS bigint[] LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ARRAY[('x' || lpad($1, 16, '0'))::bit(64)::bigint] $$;
CREATE FUNCTION @extschema@.id_decode(text, text) RETURNS bigint[] LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ARRAY[('x' || lpad($1, 16, '0'))::bit(64)::bigint] $$;
CREATE FUNCTION @extschema@.id_decode_once(text) RETURNS bigint LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ('x' || lpad($1, 16, '0'))::bit(64)::bigint $$;
$standin$),
('pg_stat_statements', 'extensions', '{}', '{}', 'no statistics are collected: the view is empty', $standin$
CREATE FUNCTION @extschema@.pg_stat_statements(showtext boolean, OUT userid oid, OUT dbid oid, OUT toplevel boolean, OUT queryid bigint, OUT query text, OUT calls bigint,
  OUT total_exec_time double precision, OUT mean_exec_time double precision, OUT rows bigint) RETURNS SETOF record LANGUAGE sql AS $$ SELECT NULL::oid, NULL::oid, NULL::boolean, NULL::bigint, NULL::text, NULL::bigint, NULL::float8, NULL::float8, NULL::bigint WHERE false $$;
CREATE VIEW @extschema@.pg_stat_statements AS SELECT * FROM @extschema@.pg_stat_statements(true);
CREATE FUNCTION @extschema@.pg_stat_statements_reset(userid oid DEFAULT 0, dbid oid DEFAULT 0, queryid bigint DEFAULT 0) RETURNS void LANGUAGE sql AS $$ SELECT $$;
$standin$),
('moddatetime', 'extensions', '{}', '{}', 'PL/pgSQL instead of C, same behaviour: sets the named timestamp column to now() on UPDATE', $standin$
CREATE FUNCTION @extschema@.moddatetime() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_NARGS <> 1 THEN RAISE EXCEPTION 'moddatetime (%): A single argument was expected', TG_RELNAME; END IF;
  NEW := jsonb_populate_record(NEW, jsonb_build_object(TG_ARGV[0], now()));
  RETURN NEW;
END $$;
$standin$),
('pg_tle', 'pgtle', '{pgtle}', '{}', 'extensions installed through pgtle are recorded, not made available to CREATE EXTENSION', $standin$
CREATE SCHEMA IF NOT EXISTS pgtle;
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pgtle_admin') THEN CREATE ROLE pgtle_admin NOLOGIN; END IF; END $$;
CREATE TABLE pgtle.installed (name text NOT NULL, version text NOT NULL, description text, ext text, requires text[], is_default boolean NOT NULL DEFAULT false, PRIMARY KEY (name, version));
CREATE TABLE pgtle.update_paths (name text NOT NULL, fromvers text NOT NULL, tovers text NOT NULL, ext text, PRIMARY KEY (name, fromvers, tovers));
CREATE FUNCTION pgtle.install_extension(name text, version text, description text, ext text, requires text[] DEFAULT NULL) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM pgtle.installed i WHERE i.name = $1) THEN RAISE EXCEPTION 'extension "%" already installed', $1 USING ERRCODE = '42710'; END IF;
  INSERT INTO pgtle.installed VALUES ($1, $2, $3, $4, $5, true);
  RETURN true;
END $$;
CREATE FUNCTION pgtle.install_extension_version_sql(name text, version text, ext text) RETURNS boolean LANGUAGE sql AS $$
  INSERT INTO pgtle.installed (name, version, ext) VALUES ($1, $2, $3) RETURNING true $$;
CREATE FUNCTION pgtle.install_update_path(name text, fromvers text, tovers text, ext text) RETURNS boolean LANGUAGE sql AS $$
  INSERT INTO pgtle.update_paths VALUES ($1, $2, $3, $4) RETURNING true $$;
CREATE FUNCTION pgtle.set_default_version(name text, version text) RETURNS boolean LANGUAGE sql AS $$
  UPDATE pgtle.installed i SET is_default = (i.version = $2) WHERE i.name = $1 RETURNING true $$;
CREATE FUNCTION pgtle.uninstall_extension(extname text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM pgtle.installed WHERE name = extname;
  IF NOT FOUND THEN RAISE EXCEPTION 'Extension % does not exist', extname USING ERRCODE = 'no_data_found'; END IF;
  DELETE FROM pgtle.update_paths WHERE name = extname;
  RETURN true;
END $$;
CREATE FUNCTION pgtle.uninstall_extension_if_exists(extname text) RETURNS boolean LANGUAGE sql AS $$
  WITH d AS (DELETE FROM pgtle.installed WHERE name = extname RETURNING 1) SELECT count(*) > 0 FROM d $$;
CREATE FUNCTION pgtle.available_extensions(OUT name name, OUT default_version text, OUT comment text) RETURNS SETOF record LANGUAGE sql AS $$
  SELECT i.name::name, i.version, i.description FROM pgtle.installed i WHERE i.is_default $$;
CREATE FUNCTION pgtle.available_extension_versions(OUT name name, OUT version text, OUT superuser boolean, OUT trusted boolean, OUT relocatable boolean, OUT schema name, OUT requires name[], OUT comment text)
RETURNS SETOF record LANGUAGE sql AS $$ SELECT i.name::name, i.version, false, false, false, NULL::name, i.requires::name[], i.description FROM pgtle.installed i $$;
CREATE FUNCTION pgtle.extension_update_paths(name name, OUT source text, OUT target text, OUT path text) RETURNS SETOF record LANGUAGE sql AS $$
  SELECT u.fromvers, u.tovers, u.fromvers || '--' || u.tovers FROM pgtle.update_paths u WHERE u.name = $1 $$;
GRANT USAGE ON SCHEMA pgtle TO pgtle_admin;
$standin$),
('timescaledb', 'extensions', '{_timescaledb_catalog}', '{}', 'hypertables are plain tables (no chunks, compression or retention jobs); time_bucket is the real arithmetic', $standin$
CREATE SCHEMA IF NOT EXISTS _timescaledb_catalog;
CREATE TABLE _timescaledb_catalog.hypertable (id serial PRIMARY KEY, relid oid UNIQUE NOT NULL, schema_name name NOT NULL, table_name name NOT NULL, time_column_name name NOT NULL, chunk_time_interval text);
CREATE FUNCTION @extschema@.create_hypertable(relation regclass, time_column_name name, partitioning_column name DEFAULT NULL, number_partitions integer DEFAULT NULL,
  associated_schema_name name DEFAULT NULL, associated_table_prefix name DEFAULT NULL, chunk_time_interval anyelement DEFAULT NULL::bigint, create_default_indexes boolean DEFAULT true,
  if_not_exists boolean DEFAULT false, partitioning_func regproc DEFAULT NULL, migrate_data boolean DEFAULT false, chunk_target_size text DEFAULT NULL,
  chunk_sizing_func regproc DEFAULT NULL, time_partitioning_func regproc DEFAULT NULL)
RETURNS TABLE (hypertable_id integer, schema_name name, table_name name, created boolean) LANGUAGE plpgsql AS $$
DECLARE s name; t name; hid integer;
BEGIN
  SELECT n.nspname, c.relname INTO s, t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = relation;
  IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = relation AND attname = time_column_name AND NOT attisdropped) THEN
    RAISE EXCEPTION 'column "%" does not exist', time_column_name USING ERRCODE = '42703';
  END IF;
  -- By OID: a table dropped and created again under the same name is a new table.
  DELETE FROM _timescaledb_catalog.hypertable h WHERE NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = h.relid);
  SELECT h.id INTO hid FROM _timescaledb_catalog.hypertable h WHERE h.relid = relation;
  IF hid IS NOT NULL THEN
    IF if_not_exists THEN RETURN QUERY SELECT hid, s, t, false; RETURN; END IF;
    RAISE EXCEPTION 'table "%" is already a hypertable', t USING ERRCODE = 'TS110';
  END IF;
  INSERT INTO _timescaledb_catalog.hypertable (relid, schema_name, table_name, time_column_name, chunk_time_interval) VALUES (relation, s, t, time_column_name, chunk_time_interval::text) RETURNING id INTO hid;
  IF create_default_indexes THEN EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON %s (%I DESC)', t || '_' || time_column_name || '_idx', relation, time_column_name); END IF;
  RETURN QUERY SELECT hid, s, t, true;
END $$;
CREATE FUNCTION @extschema@.time_bucket(bucket_width interval, ts timestamptz) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT date_bin(bucket_width, ts, timestamptz '2000-01-03 00:00:00+00') $$;
CREATE FUNCTION @extschema@.time_bucket(bucket_width interval, ts timestamp) RETURNS timestamp LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT date_bin(bucket_width, ts, timestamp '2000-01-03 00:00:00') $$;
CREATE FUNCTION @extschema@.time_bucket(bucket_width interval, ts date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT date_bin(bucket_width, ts::timestamp, timestamp '2000-01-03 00:00:00')::date $$;
CREATE FUNCTION @extschema@.add_retention_policy(relation regclass, drop_after anyelement, if_not_exists boolean DEFAULT false) RETURNS integer LANGUAGE sql AS $$ SELECT 1000 $$;
CREATE FUNCTION @extschema@.add_compression_policy(hypertable regclass, compress_after anyelement, if_not_exists boolean DEFAULT false) RETURNS integer LANGUAGE sql AS $$ SELECT 1000 $$;
$standin$)
ON CONFLICT (name) DO NOTHING;

-- Enabled on every Supabase project from the start (as uuid-ossp and pgcrypto above): the real
-- extension where the engine has it, else the stand-in.
DO $$
DECLARE e record;
BEGIN
  FOR e IN SELECT * FROM (VALUES ('supabase_vault', 'vault'), ('pg_graphql', 'graphql'), ('pg_stat_statements', 'extensions')) v(name, schema) LOOP
    IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = e.name) THEN
      EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', e.schema);
      EXECUTE format('CREATE EXTENSION IF NOT EXISTS %I WITH SCHEMA %I', e.name, e.schema);
    ELSE
      PERFORM pgreview_admin.create_standin_extension(e.name, e.schema, true);
    END IF;
  END LOOP;
END
$$;
