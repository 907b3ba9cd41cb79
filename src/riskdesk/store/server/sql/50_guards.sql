-- What no grant can say, because it depends on the row: only a supervisor approves or
-- returns a plan version, never one they wrote; a finalised assessment and an approved
-- plan's frozen document never change. The services refuse the same (domain
-- plan_review, assessment_record); these triggers refuse it to psql as well, with
-- SQLSTATE 42501, which RiskDesk reads as PermissionDenied.
--
-- The actor is session_user: the login that connected, whatever role it set. The
-- checks run as the caller (SECURITY INVOKER), so current_user tells whether the change
-- comes from inside riskdesk_delete_case, the one place a whole case may go.
-- Its DROP ... IF EXISTS say nothing on a first install.
SET LOCAL client_min_messages = warning;

-- The schema owner (migrations, ``server import`` of a vault's approved history) and
-- the case deletion are not held to the rules of a user's own work.
CREATE OR REPLACE FUNCTION riskdesk_guard_exempt() RETURNS boolean
LANGUAGE sql
STABLE
SET search_path = public, pg_temp
AS $exempt$
    SELECT current_user = 'riskdesk_security'
        OR pg_has_role(session_user, 'riskdesk_security', 'MEMBER')
$exempt$;

CREATE OR REPLACE FUNCTION riskdesk_refuse(reason text) RETURNS void
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $refuse$
BEGIN
    RAISE EXCEPTION '%', reason USING ERRCODE = 'insufficient_privilege';
END
$refuse$;

-- Whether the login wrote the plan version (created it, submitted it or is among its
-- recorded authors): they may not approve it.
CREATE OR REPLACE FUNCTION riskdesk_wrote_plan(p_plan_id integer) RETURNS boolean
LANGUAGE sql
STABLE
SET search_path = public, pg_temp
AS $wrote$
    SELECT EXISTS (
        SELECT FROM action_plans
        WHERE id = p_plan_id AND session_user IN (created_by, submitted_by)
    ) OR EXISTS (
        SELECT FROM plan_authors WHERE plan_id = p_plan_id AND username = session_user
    )
$wrote$;

CREATE OR REPLACE FUNCTION riskdesk_guard_plan_review() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $plan$
DECLARE
    actor text := session_user;
    supervisor boolean := pg_has_role(session_user, 'riskdesk_supervisor', 'MEMBER');
BEGIN
    IF riskdesk_guard_exempt() THEN
        RETURN NEW;
    END IF;
    IF TG_OP = 'INSERT' THEN
        IF NEW.review_status <> 'draft' OR NEW.submitted_by IS NOT NULL
            OR NEW.reviewed_by IS NOT NULL
        THEN
            PERFORM riskdesk_refuse('a plan version starts as a draft');
        END IF;
        RETURN NEW;
    END IF;
    IF NEW.created_by IS DISTINCT FROM OLD.created_by OR NEW.case_id <> OLD.case_id
        OR NEW.version <> OLD.version
    THEN
        PERFORM riskdesk_refuse('who made a plan version, and of which case, is kept');
    END IF;
    IF (NEW.review_status, NEW.submitted_by, NEW.submitted_at, NEW.reviewed_by,
        NEW.reviewed_at) IS NOT DISTINCT FROM (OLD.review_status, OLD.submitted_by,
        OLD.submitted_at, OLD.reviewed_by, OLD.reviewed_at)
    THEN
        RETURN NEW;
    END IF;
    IF OLD.review_status = 'approved' THEN
        PERFORM riskdesk_refuse('an approved plan version is frozen');
    END IF;
    IF NEW.review_status = 'submitted' THEN
        IF OLD.review_status NOT IN ('draft', 'returned') OR NEW.submitted_by <> actor
            OR NEW.reviewed_by IS NOT NULL
        THEN
            PERFORM riskdesk_refuse('a plan version is submitted by its own writer');
        END IF;
    ELSIF NEW.review_status IN ('approved', 'returned') THEN
        IF NOT supervisor THEN
            PERFORM riskdesk_refuse('only a supervisor approves or returns a plan');
        END IF;
        IF OLD.review_status <> 'submitted' OR NEW.reviewed_by IS DISTINCT FROM actor
            OR NEW.submitted_by IS DISTINCT FROM OLD.submitted_by
        THEN
            PERFORM riskdesk_refuse('a submitted plan version is reviewed in one''s own name');
        END IF;
        IF NEW.review_status = 'approved' AND riskdesk_wrote_plan(OLD.id) THEN
            PERFORM riskdesk_refuse('nobody approves a plan they wrote');
        END IF;
    ELSE
        PERFORM riskdesk_refuse('a plan version does not go back to draft');
    END IF;
    RETURN NEW;
END
$plan$;

DROP TRIGGER IF EXISTS riskdesk_guard_plan_review ON action_plans;
CREATE TRIGGER riskdesk_guard_plan_review BEFORE INSERT OR UPDATE ON action_plans
    FOR EACH ROW EXECUTE FUNCTION riskdesk_guard_plan_review();

-- The approved version's document is stored by the approving supervisor, in the
-- transaction that approves (before the status changes), and then never touched.
CREATE OR REPLACE FUNCTION riskdesk_guard_frozen_document() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $frozen$
BEGIN
    IF riskdesk_guard_exempt() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM riskdesk_refuse('a frozen document is never changed or deleted');
    END IF;
    IF NOT pg_has_role(session_user, 'riskdesk_supervisor', 'MEMBER')
        OR NEW.approved_by IS DISTINCT FROM session_user
        OR NOT EXISTS (
            SELECT FROM action_plans WHERE id = NEW.plan_id AND review_status = 'submitted'
        )
        OR riskdesk_wrote_plan(NEW.plan_id)
    THEN
        PERFORM riskdesk_refuse('only the approving supervisor freezes a plan''s document');
    END IF;
    RETURN NEW;
END
$frozen$;

DROP TRIGGER IF EXISTS riskdesk_guard_frozen_document ON frozen_documents;
CREATE TRIGGER riskdesk_guard_frozen_document
    BEFORE INSERT OR UPDATE OR DELETE ON frozen_documents
    FOR EACH ROW EXECUTE FUNCTION riskdesk_guard_frozen_document();

-- A finalised assessment stays as it was finalised. A correction is a new assessment;
-- the only change to the old one is the link to it (and the time of that change).
CREATE OR REPLACE FUNCTION riskdesk_guard_final_assessment() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $final$
BEGIN
    IF riskdesk_guard_exempt() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF OLD.status <> 'final' THEN
        IF TG_OP = 'UPDATE' AND NEW.status = 'final'
            AND NEW.finalised_by IS DISTINCT FROM session_user
        THEN
            PERFORM riskdesk_refuse('an assessment is finalised in one''s own name');
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        PERFORM riskdesk_refuse('a finalised assessment is never deleted');
    END IF;
    IF OLD.corrected_by_id IS NOT NULL OR NEW.corrected_by_id IS NULL
        OR (to_jsonb(NEW) - 'corrected_by_id' - 'updated_at')
            IS DISTINCT FROM (to_jsonb(OLD) - 'corrected_by_id' - 'updated_at')
        OR NOT EXISTS (
            SELECT FROM assessments WHERE id = NEW.corrected_by_id AND corrects_id = OLD.id
        )
    THEN
        PERFORM riskdesk_refuse('a finalised assessment is corrected, never changed');
    END IF;
    RETURN NEW;
END
$final$;

DROP TRIGGER IF EXISTS riskdesk_guard_final_assessment ON assessments;
CREATE TRIGGER riskdesk_guard_final_assessment BEFORE UPDATE OR DELETE ON assessments
    FOR EACH ROW EXECUTE FUNCTION riskdesk_guard_final_assessment();

-- The settings everyone reads include the audit chain's head, which only
-- riskdesk_append_audit moves, the schema's version and the database's identity: no
-- user writes those, whatever else the services keep there.
CREATE OR REPLACE FUNCTION riskdesk_guard_settings() RETURNS trigger
LANGUAGE plpgsql
SET search_path = public, pg_temp
AS $settings$
BEGIN
    IF NOT riskdesk_guard_exempt() AND (
        (TG_OP <> 'INSERT' AND (OLD.name LIKE 'audit%' OR OLD.name LIKE 'schema%'
            OR OLD.name = 'vault_id'))
        OR (TG_OP <> 'DELETE' AND (NEW.name LIKE 'audit%' OR NEW.name LIKE 'schema%'
            OR NEW.name = 'vault_id'))
    ) THEN
        PERFORM riskdesk_refuse('the audit trail''s settings are the database''s own');
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$settings$;

DROP TRIGGER IF EXISTS riskdesk_guard_settings ON vault_settings;
CREATE TRIGGER riskdesk_guard_settings BEFORE INSERT OR UPDATE OR DELETE ON vault_settings
    FOR EACH ROW EXECUTE FUNCTION riskdesk_guard_settings();

-- Every change to a case record is audited: RiskDesk's use case appends its event in the
-- transaction that changes (through riskdesk_append_audit, which moves the chain's head
-- or counts an autosave), so a transaction that changes a record without appending one
-- is refused at commit, a psql session's included. The row versions this transaction
-- wrote carry its id (xmin), which no user can fake: they cannot write either row.
-- SECURITY DEFINER because a mentor may not read audit_event_saves; only the owner
-- (migrations, ``server import``) is exempt, never the case deletion, whose tombstone
-- is the event.
CREATE OR REPLACE FUNCTION riskdesk_require_audit() RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $audited$
DECLARE
    this_transaction xid := pg_current_xact_id()::xid;
BEGIN
    IF pg_has_role(session_user, 'riskdesk_security', 'MEMBER')
        OR EXISTS (
            SELECT FROM vault_settings
            WHERE name = 'audit_head' AND xmin = this_transaction
        )
        OR EXISTS (
            -- The head holds the chain's lock until this transaction ends, so an
            -- autosave this transaction counted is the newest event's.
            SELECT FROM audit_event_saves
            WHERE sequence = (SELECT max(sequence) FROM audit_events)
                AND xmin = this_transaction
        )
    THEN
        RETURN NULL;
    END IF;
    PERFORM riskdesk_refuse('a change to a case record is recorded in the audit trail');
    RETURN NULL;
END
$audited$;
ALTER FUNCTION riskdesk_require_audit() OWNER TO riskdesk_security;

DO $audited_tables$
DECLARE
    tablename text;
BEGIN
    FOREACH tablename IN ARRAY ARRAY[
        'persons', 'cases', 'assessments', 'action_plans', 'plan_authors', 'plan_comments',
        'frozen_documents', 'release_meetings', 'meetings', 'meeting_items', 'inquiries',
        'concerns', 'meeting_concerns', 'mentor_courses', 'journal_entries', 'case_outcomes'
    ] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS riskdesk_require_audit ON %I', tablename);
        EXECUTE format(
            'CREATE CONSTRAINT TRIGGER riskdesk_require_audit '
            'AFTER INSERT OR UPDATE OR DELETE ON %I '
            'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW '
            -- The owner's bulk work (an import) queues no check for each row.
            'WHEN (NOT pg_has_role(session_user, ''riskdesk_security'', ''MEMBER'')) '
            'EXECUTE FUNCTION riskdesk_require_audit()',
            tablename
        );
    END LOOP;
END
$audited_tables$;

-- Retention's deletion of a whole case (store/case_deletion.py on a team server): the
-- only way its finalised assessments and frozen documents go. Only a supervisor
-- approves a deletion (services/retention_service.py); which cases are due is decided
-- by the service from the municipality's rules file, which the database cannot read.
-- Returns the rows deleted per table, as the local vault's deletion counts them.
CREATE OR REPLACE FUNCTION riskdesk_delete_case(p_case_id integer) RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $delete_case$
DECLARE
    plan_ids integer[];
    assessment_ids integer[];
    counts jsonb := '{}';
    n integer;
BEGIN
    IF NOT pg_has_role(session_user, 'riskdesk_supervisor', 'MEMBER') THEN
        PERFORM riskdesk_refuse('only a supervisor deletes a case');
    END IF;
    plan_ids := ARRAY(SELECT id FROM action_plans WHERE case_id = p_case_id);
    assessment_ids := ARRAY(SELECT id FROM assessments WHERE case_id = p_case_id);
    DELETE FROM plan_authors WHERE plan_id = ANY (plan_ids);
    GET DIAGNOSTICS n = ROW_COUNT; counts := counts || jsonb_build_object('plan_authors', n);
    DELETE FROM plan_comments WHERE plan_id = ANY (plan_ids);
    GET DIAGNOSTICS n = ROW_COUNT; counts := counts || jsonb_build_object('plan_comments', n);
    DELETE FROM frozen_documents WHERE plan_id = ANY (plan_ids);
    GET DIAGNOSTICS n = ROW_COUNT;
    counts := counts || jsonb_build_object('frozen_documents', n);
    DELETE FROM action_plans WHERE case_id = p_case_id;
    GET DIAGNOSTICS n = ROW_COUNT; counts := counts || jsonb_build_object('action_plans', n);
    DELETE FROM release_meetings WHERE case_id = p_case_id;
    GET DIAGNOSTICS n = ROW_COUNT;
    counts := counts || jsonb_build_object('release_meetings', n);
    DELETE FROM meeting_items WHERE case_id = p_case_id;
    GET DIAGNOSTICS n = ROW_COUNT; counts := counts || jsonb_build_object('meeting_items', n);
    DELETE FROM mentor_courses WHERE case_id = p_case_id;
    GET DIAGNOSTICS n = ROW_COUNT; counts := counts || jsonb_build_object('mentor_courses', n);
    DELETE FROM journal_entries WHERE case_id = p_case_id;
    GET DIAGNOSTICS n = ROW_COUNT;
    counts := counts || jsonb_build_object('journal_entries', n);
    DELETE FROM case_outcomes WHERE case_id = p_case_id;
    GET DIAGNOSTICS n = ROW_COUNT; counts := counts || jsonb_build_object('case_outcomes', n);
    UPDATE inquiries SET case_id = NULL WHERE case_id = p_case_id;
    GET DIAGNOSTICS n = ROW_COUNT;
    counts := counts || jsonb_build_object('inquiries_unlinked', n);
    UPDATE concerns SET case_id = NULL WHERE case_id = p_case_id;
    GET DIAGNOSTICS n = ROW_COUNT;
    counts := counts || jsonb_build_object('concerns_unlinked', n);
    counts := counts || jsonb_build_object(
        'assessments', riskdesk_delete_assessments(assessment_ids)
    );
    DELETE FROM cases WHERE id = p_case_id;
    GET DIAGNOSTICS n = ROW_COUNT; counts := counts || jsonb_build_object('cases', n);
    RETURN counts;
END
$delete_case$;

-- A person goes after the last of their cases, with assessments made outside any case.
CREATE OR REPLACE FUNCTION riskdesk_delete_person(p_person_id integer) RETURNS jsonb
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $delete_person$
DECLARE
    counts jsonb := '{}';
    n integer;
BEGIN
    IF NOT pg_has_role(session_user, 'riskdesk_supervisor', 'MEMBER') THEN
        PERFORM riskdesk_refuse('only a supervisor deletes a person');
    END IF;
    counts := counts || jsonb_build_object('person_assessments', riskdesk_delete_assessments(
        ARRAY(SELECT id FROM assessments WHERE person_id = p_person_id)
    ));
    UPDATE inquiries SET person_id = NULL WHERE person_id = p_person_id;
    GET DIAGNOSTICS n = ROW_COUNT;
    counts := counts || jsonb_build_object('inquiries_unlinked', n);
    DELETE FROM persons WHERE id = p_person_id;
    GET DIAGNOSTICS n = ROW_COUNT; counts := counts || jsonb_build_object('persons', n);
    RETURN counts;
END
$delete_person$;

-- A correction points at what it corrects and back; both links go first, so the rows
-- can go in any order (and a correction made under another case is kept).
CREATE OR REPLACE FUNCTION riskdesk_delete_assessments(p_ids integer[]) RETURNS integer
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = public, pg_temp
AS $delete_assessments$
DECLARE
    n integer;
BEGIN
    UPDATE assessments SET corrects_id = NULL WHERE corrects_id = ANY (p_ids);
    UPDATE assessments SET corrected_by_id = NULL WHERE corrected_by_id = ANY (p_ids);
    DELETE FROM assessments WHERE id = ANY (p_ids);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$delete_assessments$;

DO $owners$
DECLARE
    signature text;
BEGIN
    FOREACH signature IN ARRAY ARRAY[
        'riskdesk_delete_case(integer)', 'riskdesk_delete_person(integer)',
        'riskdesk_delete_assessments(integer[])'
    ] LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO riskdesk_security', signature);
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', signature);
    END LOOP;
END
$owners$;
GRANT EXECUTE ON FUNCTION riskdesk_delete_case(integer), riskdesk_delete_person(integer)
    TO riskdesk_supervisor;
-- The checks the triggers and the policies call run as the caller.
GRANT EXECUTE ON FUNCTION riskdesk_guard_exempt(), riskdesk_refuse(text),
    riskdesk_wrote_plan(integer) TO riskdesk_user;
