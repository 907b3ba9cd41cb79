-- What each group role may do with the tables: no more than its use cases do through
-- RiskDesk (domain/user.py, domain/mentor_access.py, the services' own role checks), so
-- a user's own password in psql reaches no further than RiskDesk does. Row-level
-- security (40_policies.sql) narrows the rows, the guards (50_guards.sql) the changes.

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
-- The functions' owner: PostgreSQL lets an owner who is no superuser hand a function to
-- riskdesk_security only if that role may create in the schema. It cannot log in; only
-- the owner, its member, acts as it.
GRANT CREATE ON SCHEMA public TO riskdesk_security;

-- Every run starts from nothing, so a grant taken out of this file is taken back from
-- a database set up with an earlier version (``server migrate`` reapplies the file).
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM riskdesk_user, riskdesk_caseworker,
    riskdesk_supervisor, riskdesk_administrator, riskdesk_mentor;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM riskdesk_user, riskdesk_caseworker,
    riskdesk_supervisor, riskdesk_administrator, riskdesk_mentor;

-- Everyone: who the users are (names on screen, the logged-in role), the schema version
-- and the settings (the audit head among them is kept from writers in 40_policies.sql).
GRANT SELECT ON users, role_assignments, alembic_version, vault_settings TO riskdesk_user;

-- Casework: caseworkers and supervisors write persons, cases, assessments, plans,
-- meetings and the unit's inquiries and concerns. They delete only what the services
-- delete in a use case of their own: a case taken off a meeting's agenda, a concern
-- taken off one. A whole case goes only through riskdesk_delete_case (50_guards.sql).
GRANT SELECT, INSERT, UPDATE ON
    persons, cases, assessments, action_plans, plan_comments, release_meetings,
    meetings, meeting_items, inquiries, concerns, meeting_concerns, mentor_courses,
    journal_entries, case_outcomes
    TO riskdesk_caseworker, riskdesk_supervisor;
-- Who wrote a plan version is added to, never rewritten: it decides who may approve it.
GRANT SELECT, INSERT ON plan_authors TO riskdesk_caseworker, riskdesk_supervisor;
GRANT DELETE ON meeting_items, meeting_concerns TO riskdesk_caseworker, riskdesk_supervisor;
-- A frozen document is made by the approving supervisor and never changed or deleted.
GRANT SELECT ON frozen_documents TO riskdesk_caseworker, riskdesk_supervisor;
GRANT INSERT ON frozen_documents TO riskdesk_supervisor;
-- The case counter, retention's compaction marker, the report's texts.
GRANT INSERT, UPDATE ON vault_settings
    TO riskdesk_caseworker, riskdesk_supervisor, riskdesk_administrator;

-- An administrator does no casework but reads it: an access request is answered from
-- the records, and the unit's statistics and what retention makes due are counted
-- from them (domain/user.py, access_insight_service, statistics_access, retention).
GRANT SELECT ON
    persons, cases, assessments, action_plans, plan_authors, plan_comments,
    frozen_documents, release_meetings, meetings, meeting_items, inquiries, concerns,
    meeting_concerns, mentor_courses, journal_entries, case_outcomes
    TO riskdesk_administrator;

-- A mentor reads the cases behind their own courses (40_policies.sql picks the rows)
-- and corrects or ends their own courses; never which case or mentor a course is.
GRANT SELECT ON
    persons, cases, assessments, action_plans, plan_authors, plan_comments,
    release_meetings, meeting_items, mentor_courses, journal_entries, case_outcomes
    TO riskdesk_mentor;
GRANT UPDATE (
    external_mentor, started_on, planned_end, ended_on, end_reason, reoffended,
    reoffended_on, note, updated_by, updated_at
) ON mentor_courses TO riskdesk_mentor;

-- The audit trail is read by the use cases that read it: access insight (a caseworker
-- for the persons of their own cases, a supervisor or an administrator for anyone,
-- which reads the search log too), the users' last login, audit verify and retention's
-- count of old events. Nobody the application uses may change it: events are appended
-- only by riskdesk_append_audit (30_audit.sql).
GRANT SELECT ON audit_events, audit_event_saves, audit_event_persons, audit_event_cases,
    audit_search_terms TO riskdesk_caseworker, riskdesk_supervisor, riskdesk_administrator;

-- New rows take their ids from the sequences of the tables a role may insert into.
DO $sequences$
DECLARE
    owned record;
BEGIN
    FOR owned IN
        SELECT sequence.relname AS sequence_name
        FROM pg_class AS sequence
        JOIN pg_depend ON pg_depend.objid = sequence.oid AND pg_depend.deptype = 'a'
        JOIN pg_class AS owner_table ON owner_table.oid = pg_depend.refobjid
        WHERE sequence.relkind = 'S'
            AND owner_table.relname = ANY (ARRAY[
                'persons', 'cases', 'assessments', 'action_plans', 'plan_authors',
                'plan_comments', 'frozen_documents', 'release_meetings', 'meetings',
                'meeting_items', 'inquiries', 'concerns', 'meeting_concerns',
                'mentor_courses', 'journal_entries', 'case_outcomes'
            ])
    LOOP
        EXECUTE format(
            'GRANT USAGE ON SEQUENCE %I TO riskdesk_caseworker, riskdesk_supervisor',
            owned.sequence_name
        );
    END LOOP;
END
$sequences$;

-- The owner of the SECURITY DEFINER functions: appending to the audit trail
-- (30_audit.sql) and deleting a whole case for retention (50_guards.sql).
GRANT SELECT, INSERT, UPDATE ON audit_events, audit_event_saves, audit_event_persons,
    audit_event_cases, audit_search_terms, vault_settings TO riskdesk_security;
GRANT SELECT ON users TO riskdesk_security;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO riskdesk_security;
GRANT SELECT, DELETE ON
    persons, cases, assessments, action_plans, plan_authors, plan_comments,
    frozen_documents, release_meetings, meeting_items, mentor_courses, journal_entries,
    case_outcomes
    TO riskdesk_security;
GRANT UPDATE (corrects_id, corrected_by_id) ON assessments TO riskdesk_security;
GRANT SELECT, UPDATE (case_id, person_id) ON inquiries TO riskdesk_security;
GRANT SELECT, UPDATE (case_id) ON concerns TO riskdesk_security;
