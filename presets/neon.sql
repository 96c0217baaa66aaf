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
