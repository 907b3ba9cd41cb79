-- User management on the team server: the only way a RiskDesk user's login role is
-- created or changed. Each function runs as riskdesk_security (NOLOGIN, CREATEROLE) and
-- checks the caller itself, so a caseworker's login, which has no CREATEROLE, cannot
-- create, alter or grant roles, with RiskDesk or with psql. Passwords arrive as SCRAM
-- verifiers computed by the client (server_setup.password_verifier), never as text a
-- statement log could keep.

-- Who must choose their own password at their next login (a new user, a reset): the
-- administrator knows the one they have. Nobody but these functions reads or writes it.
CREATE TABLE IF NOT EXISTS riskdesk_password_changes (
    username text PRIMARY KEY,
    since timestamp NOT NULL
);
REVOKE ALL ON riskdesk_password_changes FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON riskdesk_password_changes TO riskdesk_security;
-- The users row mirrors the group role (its role and active columns are what the users
-- screen reads); only these functions write it.
GRANT SELECT, INSERT, UPDATE ON users TO riskdesk_security;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO riskdesk_security;

-- The caller, when an active RiskDesk administrator; else refused as psql would be.
CREATE OR REPLACE FUNCTION riskdesk_require_administrator() RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $admin$
BEGIN
    -- One change of users at a time, and the caller checked after the wait: two
    -- administrators demoting each other at once cannot leave the unit without one.
    PERFORM pg_advisory_xact_lock(hashtext('riskdesk_users'));
    IF NOT pg_has_role(session_user, 'riskdesk_administrator', 'MEMBER')
        OR NOT EXISTS (SELECT FROM users WHERE username = session_user AND active)
    THEN
        RAISE EXCEPTION 'only an active RiskDesk administrator manages users'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END
$admin$;

-- A login role these functions may change: a RiskDesk user's, never the owner's or any
-- role with powers of its own (an administrator resetting the owner's password would
-- own the database).
CREATE OR REPLACE FUNCTION riskdesk_managed_user(p_username text) RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $managed$
DECLARE
    user_id integer;
BEGIN
    SELECT users.id INTO user_id FROM users
        JOIN pg_roles ON pg_roles.rolname = users.username
        WHERE users.username = p_username
            AND pg_has_role(p_username, 'riskdesk_user', 'MEMBER')
            AND NOT pg_has_role(p_username, 'riskdesk_security', 'MEMBER')
            AND NOT (rolsuper OR rolcreaterole OR rolcreatedb OR rolreplication
                OR rolbypassrls);
    IF user_id IS NULL THEN
        RAISE EXCEPTION 'not a RiskDesk user' USING ERRCODE = 'undefined_object';
    END IF;
    RETURN user_id;
END
$managed$;

CREATE OR REPLACE FUNCTION riskdesk_check_verifier(p_verifier text) RETURNS void
LANGUAGE plpgsql
IMMUTABLE
SET search_path = public, pg_temp
AS $verifier$
BEGIN
    IF p_verifier IS NULL
        OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$'
    THEN
        RAISE EXCEPTION 'a password is given as its SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$verifier$;

CREATE OR REPLACE FUNCTION riskdesk_group_of(p_role text) RETURNS text
LANGUAGE plpgsql
IMMUTABLE
SET search_path = public, pg_temp
AS $group$
BEGIN
    IF p_role IS NULL
        OR p_role NOT IN ('caseworker', 'supervisor', 'administrator', 'mentor')
    THEN
        RAISE EXCEPTION 'not a RiskDesk role' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    RETURN 'riskdesk_' || p_role;
END
$group$;

CREATE OR REPLACE FUNCTION riskdesk_add_user(
    p_username text, p_display_name text, p_role text, p_verifier text
) RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $add$
DECLARE
    user_id integer;
    now_at timestamp := clock_timestamp() AT TIME ZONE 'UTC';
BEGIN
    PERFORM riskdesk_require_administrator();
    PERFORM riskdesk_check_verifier(p_verifier);
    -- The name rule of domain/user.py, within PostgreSQL's 63 characters, and never a
    -- name of the kind PostgreSQL or RiskDesk give their own roles; a role the cluster
    -- already has (the owner, another unit's user) is refused by CREATE ROLE.
    IF p_username IS NULL OR p_username !~ '^[a-z0-9][a-z0-9._-]{1,62}$'
        OR p_username LIKE 'pg\_%' OR p_username LIKE 'riskdesk\_%'
    THEN
        RAISE EXCEPTION 'not a user name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_display_name IS NULL OR btrim(p_display_name) = '' OR length(p_display_name) > 200
        OR p_display_name ~ '[[:cntrl:]]'
    THEN
        RAISE EXCEPTION 'not a name' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    EXECUTE format(
        'CREATE ROLE %I LOGIN PASSWORD %L IN ROLE riskdesk_user, %I',
        p_username, p_verifier, riskdesk_group_of(p_role)
    );
    INSERT INTO users (username, display_name, role, active, created_at)
        VALUES (p_username, p_display_name, p_role, true, now_at)
        RETURNING id INTO user_id;
    INSERT INTO riskdesk_password_changes (username, since) VALUES (p_username, now_at)
        ON CONFLICT (username) DO UPDATE SET since = excluded.since;
    RETURN user_id;
END
$add$;

CREATE OR REPLACE FUNCTION riskdesk_set_user_role(
    p_username text, p_role text, p_active boolean
) RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $set_role$
DECLARE
    user_id integer;
    new_group text := riskdesk_group_of(p_role);
    old_group text;
BEGIN
    PERFORM riskdesk_require_administrator();
    user_id := riskdesk_managed_user(p_username);
    IF p_active IS NULL THEN
        RAISE EXCEPTION 'active or not' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_username = session_user AND NOT p_active THEN
        RAISE EXCEPTION 'an administrator does not deactivate themselves'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- The rule the services and the local vault keep: one active administrator stays.
    IF (p_role <> 'administrator' OR NOT p_active) AND NOT EXISTS (
        SELECT FROM users
        WHERE username <> p_username AND active
            AND pg_has_role(username, 'riskdesk_administrator', 'MEMBER')
    ) THEN
        RAISE EXCEPTION 'the last active administrator stays one'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- A deactivated user keeps no group: NOLOGIN stops only new logins, and a session
    -- already open (RiskDesk's pooled connections, a psql left open) would otherwise
    -- go on reading and writing cases. Without a group its next statement is refused.
    FOREACH old_group IN ARRAY ARRAY[
        'riskdesk_caseworker', 'riskdesk_supervisor', 'riskdesk_administrator',
        'riskdesk_mentor'
    ] LOOP
        IF (old_group <> new_group OR NOT p_active) AND EXISTS (
            SELECT FROM pg_auth_members
            WHERE roleid = old_group::regrole AND member = p_username::regrole
        ) THEN
            EXECUTE format('REVOKE %I FROM %I', old_group, p_username);
        END IF;
    END LOOP;
    -- PostgreSQL 16 and newer revoke only the revoker's own grants: a membership another
    -- role granted (the owner, at init or import) would stay, so refuse rather than
    -- leave the user in their old role as well.
    IF EXISTS (
        SELECT FROM pg_auth_members JOIN pg_roles ON pg_roles.oid = roleid
        WHERE member = p_username::regrole AND (rolname <> new_group OR NOT p_active)
            AND rolname IN ('riskdesk_caseworker', 'riskdesk_supervisor',
                'riskdesk_administrator', 'riskdesk_mentor')
    ) THEN
        RAISE EXCEPTION 'the old role could not be taken away'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_active THEN
        EXECUTE format('GRANT %I TO %I', new_group, p_username);
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_username,
        CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    UPDATE users SET role = p_role, active = p_active WHERE id = user_id;
    RETURN user_id;
END
$set_role$;

CREATE OR REPLACE FUNCTION riskdesk_reset_password(p_username text, p_verifier text)
RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $reset$
DECLARE
    user_id integer;
BEGIN
    PERFORM riskdesk_require_administrator();
    PERFORM riskdesk_check_verifier(p_verifier);
    user_id := riskdesk_managed_user(p_username);
    IF p_username = session_user THEN
        RAISE EXCEPTION 'an administrator changes their own password as any user does'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    EXECUTE format('ALTER ROLE %I PASSWORD %L', p_username, p_verifier);
    INSERT INTO riskdesk_password_changes (username, since)
        VALUES (p_username, clock_timestamp() AT TIME ZONE 'UTC')
        ON CONFLICT (username) DO UPDATE SET since = excluded.since;
    RETURN user_id;
END
$reset$;

-- The caller's own new password, which ends the wait for one. The old password was
-- checked by logging in with it (a function cannot check it).
CREATE OR REPLACE FUNCTION riskdesk_change_own_password(p_verifier text) RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $change$
DECLARE
    user_id integer;
BEGIN
    PERFORM riskdesk_check_verifier(p_verifier);
    SELECT id INTO user_id FROM users WHERE username = session_user AND active;
    IF user_id IS NULL OR NOT pg_has_role(session_user, 'riskdesk_user', 'MEMBER') THEN
        RAISE EXCEPTION 'not an active RiskDesk user' USING ERRCODE = 'insufficient_privilege';
    END IF;
    user_id := riskdesk_managed_user(session_user);
    EXECUTE format('ALTER ROLE %I PASSWORD %L', session_user, p_verifier);
    DELETE FROM riskdesk_password_changes WHERE username = session_user;
    RETURN user_id;
END
$change$;

CREATE OR REPLACE FUNCTION riskdesk_password_change_required() RETURNS boolean
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = public, pg_temp
AS $required$
    SELECT EXISTS (SELECT FROM riskdesk_password_changes WHERE username = session_user);
$required$;

-- Users deactivated by an earlier version kept their group: they lose it now.
DO $deactivated$
DECLARE
    member_group record;
BEGIN
    FOR member_group IN
        SELECT login.rolname AS username, grp.rolname AS group_name
        FROM users
        JOIN pg_roles login ON login.rolname = users.username
        JOIN pg_auth_members ON pg_auth_members.member = login.oid
        JOIN pg_roles grp ON grp.oid = pg_auth_members.roleid
        WHERE NOT users.active
            AND grp.rolname IN ('riskdesk_caseworker', 'riskdesk_supervisor',
                'riskdesk_administrator', 'riskdesk_mentor')
    LOOP
        EXECUTE format('REVOKE %I FROM %I', member_group.group_name, member_group.username);
    END LOOP;
END
$deactivated$;

-- Owned by riskdesk_security, callable only by RiskDesk's users; the helpers by nobody.
DO $owners$
DECLARE
    signature text;
BEGIN
    FOREACH signature IN ARRAY ARRAY[
        'riskdesk_require_administrator()',
        'riskdesk_managed_user(text)',
        'riskdesk_check_verifier(text)',
        'riskdesk_group_of(text)',
        'riskdesk_add_user(text, text, text, text)',
        'riskdesk_set_user_role(text, text, boolean)',
        'riskdesk_reset_password(text, text)',
        'riskdesk_change_own_password(text)',
        'riskdesk_password_change_required()'
    ] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO riskdesk_security', signature);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', signature);
    END LOOP;
    FOREACH signature IN ARRAY ARRAY[
        'riskdesk_add_user(text, text, text, text)',
        'riskdesk_set_user_role(text, text, boolean)',
        'riskdesk_reset_password(text, text)',
        'riskdesk_change_own_password(text)',
        'riskdesk_password_change_required()'
    ] LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO riskdesk_user', signature);
    END LOOP;
END
$owners$;
