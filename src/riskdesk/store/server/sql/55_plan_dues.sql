-- The plans' due dates for the start page (store/plan_dues.py, migration 0017): the
-- rows of each plan version's JSON, written by this trigger in the statement that
-- writes the plan, whoever writes it. It runs as riskdesk_security, so no user writes
-- the table (they read it, as far as they read the plans), and a plan's rows cannot
-- say other than its JSON. Its changes come with the plan's, which the plan's own
-- riskdesk_require_audit holds to an audit event; the table has the same check.
-- Nothing here before migration 0017 made the table (a downgrade, then these scripts).
SET LOCAL client_min_messages = warning;

DO $plan_dues$
BEGIN
    IF to_regclass('public.plan_dues') IS NULL THEN
        RETURN;
    END IF;

    CREATE OR REPLACE FUNCTION riskdesk_plan_dues() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $dues$
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            DELETE FROM plan_dues WHERE plan_id = OLD.id;
        END IF;
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO plan_dues (plan_id, case_id, version, kind, due, goal, item, what, status)
            SELECT NEW.id, NEW.case_id, NEW.version, 'action', a.value ->> 'due', g.ordinality - 1,
                a.ordinality - 1, a.value ->> 'what', a.value ->> 'status'
            FROM jsonb_array_elements(
                    COALESCE(CAST(NEW.plan_json AS jsonb) -> 'goals', '[]'::jsonb)
                ) WITH ORDINALITY AS g(value, ordinality),
                jsonb_array_elements(COALESCE(g.value -> 'actions', '[]'::jsonb))
                    WITH ORDINALITY AS a(value, ordinality)
            WHERE a.value ->> 'due' IS NOT NULL
            UNION ALL
            SELECT NEW.id, NEW.case_id, NEW.version, 'follow_up', f.value, NULL, f.ordinality - 1,
                NULL, NULL
            FROM jsonb_array_elements_text(
                    COALESCE(CAST(NEW.plan_json AS jsonb) -> 'follow_up_dates', '[]'::jsonb)
                ) WITH ORDINALITY AS f(value, ordinality)
            WHERE f.value IS NOT NULL;
        END IF;
        RETURN NULL;
    END
    $dues$;
    ALTER FUNCTION riskdesk_plan_dues() OWNER TO riskdesk_security;
    REVOKE ALL ON FUNCTION riskdesk_plan_dues() FROM PUBLIC;

    DROP TRIGGER IF EXISTS riskdesk_plan_dues ON action_plans;
    CREATE TRIGGER riskdesk_plan_dues
        AFTER INSERT OR DELETE OR UPDATE OF id, case_id, version, plan_json ON action_plans
        FOR EACH ROW EXECUTE FUNCTION riskdesk_plan_dues();

    GRANT SELECT ON plan_dues TO riskdesk_caseworker, riskdesk_supervisor,
        riskdesk_administrator, riskdesk_mentor;
    GRANT SELECT, INSERT, DELETE ON plan_dues TO riskdesk_security;

    ALTER TABLE plan_dues ENABLE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS staff_read ON plan_dues;
    DROP POLICY IF EXISTS mentor_read ON plan_dues;
    DROP POLICY IF EXISTS case_deletion ON plan_dues;
    CREATE POLICY staff_read ON plan_dues FOR SELECT
        TO riskdesk_caseworker, riskdesk_supervisor, riskdesk_administrator USING (true);
    CREATE POLICY mentor_read ON plan_dues FOR SELECT TO riskdesk_mentor
        USING (plan_id IN (SELECT id FROM action_plans));
    CREATE POLICY case_deletion ON plan_dues TO riskdesk_security
        USING (true) WITH CHECK (true);

    DROP TRIGGER IF EXISTS riskdesk_require_audit ON plan_dues;
    CREATE CONSTRAINT TRIGGER riskdesk_require_audit
        AFTER INSERT OR UPDATE OR DELETE ON plan_dues
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
        WHEN (NOT pg_has_role(session_user, 'riskdesk_security', 'MEMBER'))
        EXECUTE FUNCTION riskdesk_require_audit();
END
$plan_dues$;
