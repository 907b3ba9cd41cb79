-- The group roles RiskDesk's users belong to, and the role that owns the narrow
-- SECURITY DEFINER functions. Roles are the cluster's, so this runs again harmlessly
-- for every RiskDesk database on it.
DO $roles$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY[
        'riskdesk_user', 'riskdesk_caseworker', 'riskdesk_supervisor',
        'riskdesk_administrator', 'riskdesk_mentor'
    ] LOOP
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = name) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', name);
        END IF;
    END LOOP;
    -- Owns the functions that append to the audit trail and manage users. It cannot
    -- log in; CREATEROLE lets user management create and alter login roles.
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'riskdesk_security') THEN
        CREATE ROLE riskdesk_security NOLOGIN CREATEROLE;
    END IF;
END
$roles$;

-- The owner makes riskdesk_security own functions, which needs membership.
GRANT riskdesk_security TO CURRENT_USER;
-- PostgreSQL 16 and newer let a CREATEROLE role grant only roles it administers.
GRANT riskdesk_user, riskdesk_caseworker, riskdesk_supervisor, riskdesk_administrator,
    riskdesk_mentor TO riskdesk_security WITH ADMIN OPTION;

-- Nobody but RiskDesk's users reaches this database, and they only through the grants
-- that follow; PostgreSQL 15 already keeps CREATE on the public schema from PUBLIC.
DO $connect$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO riskdesk_user', current_database());
END
$connect$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO riskdesk_user, riskdesk_security;
