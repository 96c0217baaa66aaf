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
  IF ext NOT IN ('vector', 'pg_uuidv7', 'bloom', 'earthdistance', 'pg_stat_statements', 'postgis', 'postgis_topology',
                 'pg_graphql', 'pgjwt', 'pg_hashids', 'pgstattuple', 'pg_buffercache', 'amcheck') THEN
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
