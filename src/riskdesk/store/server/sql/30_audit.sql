-- The one way into the audit trail. It runs as riskdesk_security, takes a row lock on
-- the chain's head (so appends queue up, each in its writer's own transaction, and the
-- chain never forks), and takes the actor and the time from the server itself:
-- session_user is the login that called, whatever role it set (inside a SECURITY
-- DEFINER function current_user is the function's owner), and a client cannot choose
-- either. Each link is SHA-256 over the previous hash and the event's fields, one per
-- line with the details last (store/server/server_chain.py recomputes it).
INSERT INTO vault_settings (name, value)
VALUES ('audit_head', '0:' || repeat('0', 64))
ON CONFLICT (name) DO NOTHING;

-- The searches' day lines (audit_searches, migration 0012) are read and written as the
-- other audit indexes are (20_grants.sql), and only through the function below.
GRANT SELECT ON audit_searches
    TO riskdesk_caseworker, riskdesk_supervisor, riskdesk_administrator;
GRANT SELECT, INSERT ON audit_searches TO riskdesk_security;
-- So are each query's words and its searches counted per user and day (0015); a day's
-- count is updated by each search of that query, user and day.
GRANT SELECT ON audit_query_terms, audit_search_days
    TO riskdesk_caseworker, riskdesk_supervisor, riskdesk_administrator;
GRANT SELECT, INSERT ON audit_query_terms TO riskdesk_security;
GRANT SELECT, INSERT, UPDATE ON audit_search_days TO riskdesk_security;

CREATE OR REPLACE FUNCTION riskdesk_append_audit(
    p_action text,
    p_entity text,
    p_entity_id integer,
    p_details text,
    p_editing_session text,
    p_person_ids integer[],
    p_case_ids integer[],
    p_terms text[],
    p_term_digits text[]
) RETURNS TABLE (
    event_sequence integer,
    event_at timestamp,
    event_username text,
    event_details text,
    saves integer,
    last_at timestamp
)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $append$
DECLARE
    actor text := session_user;
    now_at timestamp := clock_timestamp() AT TIME ZONE 'UTC';
    head text;
    last_event audit_events%ROWTYPE;
    has_last boolean;
    next_sequence integer;
    link text;
    counted integer;
    searched text;
    searched_on date;
BEGIN
    -- RiskDesk's users, and the database's owner (who may do anything to it anyway,
    -- and records an import here in its own name).
    IF NOT pg_has_role(actor, 'riskdesk_user', 'MEMBER') AND actor <> (
        SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()
    ) THEN
        RAISE EXCEPTION 'not a RiskDesk user' USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT value INTO head FROM vault_settings WHERE name = 'audit_head' FOR UPDATE;
    SELECT * INTO last_event FROM audit_events ORDER BY sequence DESC LIMIT 1;
    has_last := FOUND;
    -- An autosave of the same draft in the same editing session is counted with the
    -- head event, which itself never changes (see store/audit_log.py).
    IF p_editing_session IS NOT NULL AND has_last
        AND last_event.username = actor
        AND last_event.action = p_action
        AND last_event.entity = p_entity
        AND last_event.entity_id IS NOT DISTINCT FROM p_entity_id
        AND (last_event.details_json::jsonb ->> 'use_case')
            IS NOT DISTINCT FROM (p_details::jsonb ->> 'use_case')
        AND (last_event.details_json::jsonb ->> 'editing_session') = p_editing_session
    THEN
        INSERT INTO audit_event_saves AS counted_saves (sequence, saves, last_at, signature)
        VALUES (last_event.sequence, 2, now_at, 'server')
        ON CONFLICT (sequence) DO UPDATE
            SET saves = counted_saves.saves + 1, last_at = excluded.last_at
        RETURNING counted_saves.saves INTO counted;
        RETURN QUERY SELECT last_event.sequence, last_event.at, last_event.username::text,
            last_event.details_json, counted, now_at;
        RETURN;
    END IF;
    IF has_last THEN
        next_sequence := last_event.sequence + 1;
        head := last_event.hash;
    ELSE
        next_sequence := 1;
        head := repeat('0', 64);
    END IF;
    link := encode(sha256(convert_to(
        head || E'\n' || next_sequence::text || E'\n'
        || to_char(now_at, 'YYYY-MM-DD"T"HH24:MI:SS.US') || E'\n'
        || actor || E'\n' || p_action || E'\n' || p_entity || E'\n'
        || coalesce(p_entity_id::text, '') || E'\n' || p_details,
        'UTF8')), 'hex');
    INSERT INTO audit_events (
        sequence, at, username, action, entity, entity_id, details_json, prev_hash, hash,
        signature
    ) VALUES (
        next_sequence, now_at, actor, p_action, p_entity, p_entity_id, p_details, head,
        link, NULL
    );
    INSERT INTO audit_event_persons (person_id, sequence)
        SELECT DISTINCT person_id, next_sequence FROM unnest(p_person_ids) AS person_id;
    INSERT INTO audit_event_cases (case_id, sequence)
        SELECT DISTINCT case_id, next_sequence FROM unnest(p_case_ids) AS case_id;
    INSERT INTO audit_search_terms (sequence, term, digits, words)
        SELECT next_sequence, term, digits, cardinality(p_terms)
        FROM unnest(p_terms, p_term_digits) AS words(term, digits);
    -- A search with words in the index: who, when, the Danish day and what was typed,
    -- so access insight counts a day's searches without reading their events.
    IF cardinality(p_terms) > 0 THEN
        -- Parsed only for a search: a list view's details name thousands of cases.
        searched := coalesce(p_details::jsonb ->> 'search', '');
        searched_on := (now_at AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Copenhagen')::date;
        INSERT INTO audit_searches (sequence, username, at, day, query)
        VALUES (next_sequence, actor, now_at, searched_on, searched);
        -- The query's words once, and the search counted in its user's day (0015).
        INSERT INTO audit_query_terms (term, query, digits, words)
            SELECT term, searched, digits, cardinality(p_terms)
            FROM unnest(p_terms, p_term_digits) AS words(term, digits)
            ON CONFLICT DO NOTHING;
        INSERT INTO audit_search_days AS counted_days (
            query, username, day, searches, first_sequence, last_sequence, first_at, last_at
        ) VALUES (
            searched, actor, searched_on, 1, next_sequence, next_sequence, now_at, now_at
        )
        ON CONFLICT (query, username, day) DO UPDATE SET
            searches = counted_days.searches + 1,
            first_sequence = least(counted_days.first_sequence, excluded.first_sequence),
            last_sequence = greatest(counted_days.last_sequence, excluded.last_sequence),
            first_at = least(counted_days.first_at, excluded.first_at),
            last_at = greatest(counted_days.last_at, excluded.last_at);
    END IF;
    UPDATE vault_settings SET value = next_sequence::text || ':' || link
        WHERE name = 'audit_head';
    RETURN QUERY SELECT next_sequence, now_at, actor, p_details, NULL::integer,
        NULL::timestamp;
END
$append$;

ALTER FUNCTION riskdesk_append_audit(
    text, text, integer, text, text, integer[], integer[], text[], text[]
) OWNER TO riskdesk_security;
REVOKE ALL ON FUNCTION riskdesk_append_audit(
    text, text, integer, text, text, integer[], integer[], text[], text[]
) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION riskdesk_append_audit(
    text, text, integer, text, text, integer[], integer[], text[], text[]
) TO riskdesk_user;
