-- pgreview preset: a plain PostgreSQL database, nothing added.
-- Migrations run as a superuser on an empty database named postgres.
SELECT 1;
