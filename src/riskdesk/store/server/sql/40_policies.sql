-- Row-level security: which rows each group role sees and writes, as the services'
-- rules do. Caseworkers and supervisors work on every case of the unit and
-- administrators read them all (20_grants.sql leaves administrators no writes); a mentor
-- sees only the cases behind their own mentor courses and those cases' persons and
-- records (domain/mentor_access.py's CaseScope), whatever they ask with psql.
--
-- Policies are given TO group roles, so a query's role is settled once when it is
-- planned, not row by row: the unit's own work pays nothing for the mentor's rule.
-- riskdesk_security sees everything: it owns riskdesk_delete_case (50_guards.sql).
-- (The settings the audit trail depends on are kept by a guard: 50_guards.sql.)
-- Not FORCEd: the tables' owner is the schema owner, whom the application never logs
-- in as; it runs the migrations and ``server import`` and could lift FORCE anyway.
-- Its DROP ... IF EXISTS say nothing on a first install.
SET LOCAL client_min_messages = warning;

DO $policies$
DECLARE
    staff CONSTANT text := 'riskdesk_caseworker, riskdesk_supervisor, riskdesk_administrator';
    writers CONSTANT text := 'riskdesk_caseworker, riskdesk_supervisor';
    -- Which rows of each table a mentor sees; the inner tables are under their own
    -- policies, so each step narrows to the mentor's own courses.
    mentor_rows CONSTANT jsonb := jsonb_build_object(
        'mentor_courses', 'mentor_username = current_user',
        'cases', 'id IN (SELECT case_id FROM mentor_courses)',
        'persons', 'id IN (SELECT person_id FROM cases)',
        'assessments', 'person_id IN (SELECT person_id FROM cases)',
        'action_plans', 'case_id IN (SELECT id FROM cases)',
        'release_meetings', 'case_id IN (SELECT id FROM cases)',
        'meeting_items', 'case_id IN (SELECT id FROM cases)',
        'journal_entries', 'case_id IN (SELECT id FROM cases)',
        'case_outcomes', 'case_id IN (SELECT id FROM cases)',
        'plan_authors', 'plan_id IN (SELECT id FROM action_plans)',
        'plan_comments', 'plan_id IN (SELECT id FROM action_plans)',
        'frozen_documents', 'plan_id IN (SELECT id FROM action_plans)'
    );
    tablename text;
BEGIN
    FOR tablename IN SELECT jsonb_object_keys(mentor_rows) LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', tablename);
        EXECUTE format('DROP POLICY IF EXISTS staff_read ON %I', tablename);
        EXECUTE format('DROP POLICY IF EXISTS casework_insert ON %I', tablename);
        EXECUTE format('DROP POLICY IF EXISTS casework_update ON %I', tablename);
        EXECUTE format('DROP POLICY IF EXISTS casework_delete ON %I', tablename);
        EXECUTE format('DROP POLICY IF EXISTS mentor_read ON %I', tablename);
        EXECUTE format('DROP POLICY IF EXISTS case_deletion ON %I', tablename);
        EXECUTE format(
            'CREATE POLICY staff_read ON %I FOR SELECT TO %s USING (true)', tablename, staff
        );
        EXECUTE format(
            'CREATE POLICY casework_insert ON %I FOR INSERT TO %s WITH CHECK (true)',
            tablename, writers
        );
        EXECUTE format(
            'CREATE POLICY casework_update ON %I FOR UPDATE TO %s USING (true) WITH CHECK (true)',
            tablename, writers
        );
        EXECUTE format(
            'CREATE POLICY casework_delete ON %I FOR DELETE TO %s USING (true)',
            tablename, writers
        );
        EXECUTE format(
            'CREATE POLICY mentor_read ON %I FOR SELECT TO riskdesk_mentor USING (%s)',
            tablename, mentor_rows ->> tablename
        );
        EXECUTE format(
            'CREATE POLICY case_deletion ON %I TO riskdesk_security USING (true) '
            'WITH CHECK (true)',
            tablename
        );
    END LOOP;
END
$policies$;

-- A mentor corrects or ends only their own courses, and cannot hand one to someone
-- else (which columns they may change at all is in 20_grants.sql).
DROP POLICY IF EXISTS mentor_update ON mentor_courses;
CREATE POLICY mentor_update ON mentor_courses FOR UPDATE TO riskdesk_mentor
    USING (mentor_username = current_user) WITH CHECK (mentor_username = current_user);
