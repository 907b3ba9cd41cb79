-- What each group may do with the tables. The audit tables belong to no role the
-- application uses except through riskdesk_append_audit (30_audit.sql).
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA public FROM PUBLIC;

GRANT SELECT, INSERT, UPDATE, DELETE ON
    persons, cases, assessments, action_plans, plan_authors, plan_comments,
    frozen_documents, release_meetings, meetings, meeting_items, inquiries, concerns,
    meeting_concerns, mentor_courses, journal_entries, case_outcomes
    TO riskdesk_user;
GRANT SELECT ON users, role_assignments, alembic_version TO riskdesk_user;
GRANT SELECT, INSERT, UPDATE ON vault_settings TO riskdesk_user;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO riskdesk_user;

GRANT SELECT ON audit_events, audit_event_saves, audit_event_persons, audit_event_cases,
    audit_search_terms TO riskdesk_user;

GRANT SELECT, INSERT, UPDATE ON audit_events, audit_event_saves, audit_event_persons,
    audit_event_cases, audit_search_terms, vault_settings TO riskdesk_security;
GRANT SELECT ON users TO riskdesk_security;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO riskdesk_security;
