-- pgreview preset: what a Neon project's migrations may expect.
-- Neon's owner roles are members of neon_superuser (not a real superuser), and Neon RLS / the Data
-- API use the roles `authenticated` and `anonymous` with auth.user_id() reading the JWT's sub.
-- Idempotent: roles are cluster-wide.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'neon_superuser') THEN
    CREATE ROLE neon_superuser NOLOGIN CREATEDB CREATEROLE BYPASSRLS;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'authenticated') THEN
    CREATE ROLE authenticated NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'anonymous') THEN
    CREATE ROLE anonymous NOLOGIN;
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO authenticated, anonymous;

CREATE SCHEMA IF NOT EXISTS auth;
GRANT USAGE ON SCHEMA auth TO authenticated, anonymous;

-- pg_session_jwt's auth.user_id(), reduced to reading the claims GUC.
CREATE OR REPLACE FUNCTION auth.user_id() RETURNS text
LANGUAGE sql STABLE
AS $$
  SELECT nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub'
$$;
GRANT EXECUTE ON FUNCTION auth.user_id() TO PUBLIC;

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
-- Neon's owner role: member of the Data API roles; of neon_superuser only from PostgreSQL 16 on
-- (it has CREATEROLE, which before 16 reaches the file and program roles).
GRANT authenticated, anonymous TO pgreview_migrator;
DO $$
BEGIN
  IF current_setting('server_version_num')::int >= 160000 THEN
    GRANT neon_superuser TO pgreview_migrator;
  END IF;
END
$$;
