"""What a user cannot do through RiskDesk, they cannot do with psql and their own
password either (#13 item 3): each refusal here is the database's own (grants,
row-level security, the guards in store/server/sql/), tried with raw SQL as the demo's
caseworker, supervisor, administrator and mentor on a team server."""

from __future__ import annotations

import pytest
from psycopg import sql
from refusal_logins import (
    ADMINISTRATOR,
    CASEWORKER,
    EVERYONE,
    MENTOR,
    SUPERVISOR,
    as_owner,
    on_table,
    one,
    psql_as,
    refused,
    submitted_by,
)

from riskdesk.services.desk import Desk
from team_servers import TeamServer
from vault_fixtures import PASSWORD

AUDIT_TABLES = (
    "audit_events",
    "audit_event_saves",
    "audit_event_persons",
    "audit_event_cases",
    "audit_search_terms",
    "audit_searches",
    "audit_query_terms",
    "audit_search_days",
)
# The tables keyed by what was typed rather than by an event's sequence (0015).
_KEY_COLUMN = {"audit_query_terms": "query", "audit_search_days": "query"}


def test_nobody_changes_the_audit_trail_or_its_head(server_demo: TeamServer) -> None:
    head = one(server_demo, "SELECT value FROM vault_settings WHERE name = 'audit_head'")
    for username in EVERYONE:
        with psql_as(server_demo, username) as psql:
            for table in AUDIT_TABLES:
                column = sql.Identifier(_KEY_COLUMN.get(table, "sequence"))
                update = sql.SQL("UPDATE {} SET {} = {}")
                refused(psql, update.format(sql.Identifier(table), column, column))
                refused(psql, on_table("DELETE FROM {}", table))
                refused(psql, on_table("TRUNCATE {}", table))
            refused(
                psql,
                "INSERT INTO audit_events (sequence, at, username, action, entity, "
                "details_json, prev_hash, hash) VALUES (999999, now(), 'leder', 'read', "
                "'case', '{}', '', '')",
            )
            # The chain's head: moving it would fork or cut the trail.
            refused(psql, "UPDATE vault_settings SET value = '1:0' WHERE name = 'audit_head'")
            refused(psql, "DELETE FROM vault_settings WHERE name = 'audit_head'")
            refused(psql, "INSERT INTO vault_settings (name, value) VALUES ('audit_x', '1')")
    assert one(server_demo, "SELECT value FROM vault_settings WHERE name = 'audit_head'") == head
    with Desk.open(server_demo.url, username=ADMINISTRATOR, password=PASSWORD) as desk:
        assert desk.audit.verify().intact


def test_the_audit_actor_is_the_login_whatever_the_caller_sends(server_demo: TeamServer) -> None:
    with psql_as(server_demo, CASEWORKER) as psql:
        # Acting as the group role changes current_user, never the recorded actor.
        psql.execute("SET ROLE riskdesk_user")
        (actor,) = psql.execute(
            "SELECT event_username FROM riskdesk_append_audit('read', 'case', NULL, "
            "'{\"username\": \"leder\"}', NULL, '{}', '{}', '{}', '{}')"
        ).fetchone()
        refused(psql, "SET ROLE riskdesk_supervisor")
    assert actor == CASEWORKER
    newest = one(server_demo, "SELECT username FROM audit_events ORDER BY sequence DESC LIMIT 1")
    assert newest == CASEWORKER


def test_a_mentor_reads_no_audit_trail(server_demo: TeamServer) -> None:
    with psql_as(server_demo, MENTOR) as psql:
        for table in AUDIT_TABLES:
            refused(psql, on_table("SELECT count(*) FROM {}", table))


def test_only_a_supervisor_approves_or_returns_a_plan(server_demo: TeamServer) -> None:
    plan_id = submitted_by(server_demo, CASEWORKER)
    for username in (CASEWORKER, ADMINISTRATOR, MENTOR):
        with psql_as(server_demo, username) as psql:
            for status in ("approved", "returned"):
                refused(
                    psql,
                    "UPDATE action_plans SET review_status = %s, reviewed_by = 'leder', "
                    "reviewed_at = now() WHERE id = %s",
                    (status, plan_id),
                )
    with psql_as(server_demo, CASEWORKER) as psql:
        # Nor by a new version that claims to be approved already, or its document.
        refused(
            psql,
            "INSERT INTO action_plans (case_id, version, plan_json, created_by, created_at, "
            "updated_by, updated_at, review_status, reviewed_by) SELECT case_id, version + 1, "
            "plan_json, created_by, now(), updated_by, now(), 'approved', 'leder' "
            "FROM action_plans WHERE id = %s",
            (plan_id,),
        )
        refused(
            psql,
            "INSERT INTO frozen_documents (plan_id, kind, docx, template_sha256, data_sha256, "
            "document_sha256, approved_by, approved_at) VALUES (%s, 'plan', '', '', '', '', "
            "'leder', now())",
            (plan_id,),
        )
    status = one(server_demo, "SELECT review_status FROM action_plans WHERE id = %s", (plan_id,))
    assert status == "submitted"


def test_a_supervisor_approves_neither_their_own_plan_nor_in_anothers_name(
    server_demo: TeamServer,
) -> None:
    own = submitted_by(server_demo, SUPERVISOR)
    theirs = submitted_by(server_demo, CASEWORKER)
    with psql_as(server_demo, SUPERVISOR) as psql:
        refused(
            psql,
            "UPDATE action_plans SET review_status = 'approved', reviewed_by = 'leder', "
            "reviewed_at = now() WHERE id = %s",
            (own,),
        )
        # Rewriting who made the version first does not help either.
        refused(psql, "UPDATE action_plans SET created_by = 'koordinator' WHERE id = %s", (own,))
        refused(psql, "UPDATE plan_authors SET username = 'koordinator' WHERE plan_id = %s", (own,))
        refused(
            psql,
            "UPDATE action_plans SET review_status = 'approved', reviewed_by = 'chef', "
            "reviewed_at = now() WHERE id = %s",
            (theirs,),
        )
    statuses = as_owner(
        server_demo, "SELECT review_status FROM action_plans WHERE id IN (%s, %s)", (own, theirs)
    )
    assert statuses == [("submitted",), ("submitted",)]


def test_nobody_changes_a_users_role(server_demo: TeamServer) -> None:
    for username in EVERYONE:
        with psql_as(server_demo, username) as psql:
            refused(
                psql,
                "UPDATE users SET role = 'administrator' WHERE username = %s",
                (username,),
            )
            refused(psql, "DELETE FROM role_assignments")
            refused(psql, f"GRANT riskdesk_administrator TO {username}")
            refused(psql, f"GRANT riskdesk_supervisor TO {username}")
            refused(psql, f"ALTER ROLE {username} CREATEROLE")
            refused(psql, "ALTER ROLE leder NOLOGIN")
    roles = dict(as_owner(server_demo, "SELECT username, role FROM users"))
    assert roles[CASEWORKER] == "caseworker"
    assert roles[MENTOR] == "mentor"


def test_a_mentor_sees_only_the_cases_of_their_own_courses(server_demo: TeamServer) -> None:
    own_cases = {
        row[0]
        for row in as_owner(
            server_demo, "SELECT case_id FROM mentor_courses WHERE mentor_username = %s", (MENTOR,)
        )
    }
    own_persons = {
        row[0]
        for row in as_owner(
            server_demo, "SELECT person_id FROM cases WHERE id = ANY(%s)", (list(own_cases),)
        )
    }
    assert own_cases
    assert one(server_demo, "SELECT count(*) FROM cases") > len(own_cases)
    with psql_as(server_demo, MENTOR) as psql:
        cases = {row[0] for row in psql.execute("SELECT id FROM cases")}
        persons = {row[0] for row in psql.execute("SELECT id FROM persons")}
        courses = set(psql.execute("SELECT DISTINCT mentor_username FROM mentor_courses"))
        plans = {row[0] for row in psql.execute("SELECT case_id FROM action_plans")}
        journal = {row[0] for row in psql.execute("SELECT case_id FROM journal_entries")}
        assessed = {row[0] for row in psql.execute("SELECT person_id FROM assessments")}
        for unit_wide in ("inquiries", "concerns", "meetings", "frozen_documents"):
            refused(psql, on_table("SELECT count(*) FROM {}", unit_wide))
    assert cases == own_cases
    assert persons == own_persons
    assert courses == {(MENTOR,)}
    assert plans <= own_cases
    assert journal <= own_cases
    assert assessed <= own_persons


def test_a_mentor_neither_writes_cases_nor_takes_another_course(server_demo: TeamServer) -> None:
    course_id, own_case = as_owner(
        server_demo, "SELECT id, case_id FROM mentor_courses WHERE mentor_username = %s", (MENTOR,)
    )[0]
    other_case = one(
        server_demo,
        "SELECT id FROM cases WHERE id NOT IN "
        "(SELECT case_id FROM mentor_courses WHERE mentor_username = %s) ORDER BY id LIMIT 1",
        (MENTOR,),
    )
    with psql_as(server_demo, MENTOR) as psql:
        refused(psql, "UPDATE cases SET notes = 'x' WHERE id = %s", (own_case,))
        refused(psql, "UPDATE persons SET notes = 'x'")
        refused(
            psql, "UPDATE mentor_courses SET case_id = %s WHERE id = %s", (other_case, course_id)
        )
        refused(
            psql, "UPDATE mentor_courses SET mentor_username = 'leder' WHERE id = %s", (course_id,)
        )
        refused(
            psql,
            "INSERT INTO mentor_courses (case_id, mentor_username, external_mentor, started_on, "
            "end_reason, reoffended, note, created_by, created_at, updated_by, updated_at) "
            "VALUES (%s, 'mentor', '', current_date, '', '', '', 'mentor', now(), 'mentor', now())",
            (other_case,),
        )
    assert one(server_demo, "SELECT case_id FROM mentor_courses WHERE id = %s", (course_id,)) == (
        own_case
    )


def test_an_administrator_does_no_casework(server_demo: TeamServer) -> None:
    case_id, person_id = as_owner(server_demo, "SELECT id, person_id FROM cases LIMIT 1")[0]
    with psql_as(server_demo, ADMINISTRATOR) as psql:
        refused(psql, "UPDATE cases SET notes = 'x' WHERE id = %s", (case_id,))
        refused(psql, "UPDATE persons SET notes = 'x' WHERE id = %s", (person_id,))
        refused(psql, "DELETE FROM journal_entries")
        refused(
            psql,
            "INSERT INTO journal_entries (case_id, happened_on, kind, participants_json, text, "
            "created_by, created_at, updated_by, updated_at) "
            "VALUES (%s, current_date, 'note', '[]', 'x', 'admin', now(), 'admin', now())",
            (case_id,),
        )
        refused(psql, "UPDATE action_plans SET plan_json = plan_json")


@pytest.mark.parametrize("username", [CASEWORKER, SUPERVISOR])
def test_a_finalised_assessment_is_never_changed_or_deleted(
    server_demo: TeamServer, username: str
) -> None:
    final_id, snapshot = as_owner(
        server_demo, "SELECT id, snapshot_json FROM assessments WHERE status = 'final' LIMIT 1"
    )[0]
    with psql_as(server_demo, username) as psql:
        refused(
            psql,
            "UPDATE assessments SET snapshot_json = '{}' WHERE id = %s",
            (final_id,),
        )
        refused(psql, "UPDATE assessments SET status = 'draft' WHERE id = %s", (final_id,))
        # A correction link to an assessment that corrects nothing is no correction.
        refused(
            psql,
            "UPDATE assessments SET corrected_by_id = id WHERE id = %s",
            (final_id,),
        )
        refused(psql, "DELETE FROM assessments WHERE id = %s", (final_id,))
    kept = one(server_demo, "SELECT snapshot_json FROM assessments WHERE id = %s", (final_id,))
    assert kept == snapshot


def test_a_frozen_document_is_never_changed_or_deleted(server_demo: TeamServer) -> None:
    document_id, sha = as_owner(
        server_demo, "SELECT id, document_sha256 FROM frozen_documents LIMIT 1"
    )[0]
    for username in (SUPERVISOR, CASEWORKER):
        with psql_as(server_demo, username) as psql:
            refused(psql, "UPDATE frozen_documents SET docx = '' WHERE id = %s", (document_id,))
            refused(
                psql,
                "UPDATE frozen_documents SET approved_by = 'chef' WHERE id = %s",
                (document_id,),
            )
            refused(psql, "DELETE FROM frozen_documents WHERE id = %s", (document_id,))
    kept = one(
        server_demo, "SELECT document_sha256 FROM frozen_documents WHERE id = %s", (document_id,)
    )
    assert kept == sha


def test_only_a_supervisor_deletes_a_whole_case(server_demo: TeamServer) -> None:
    case_id = one(server_demo, "SELECT id FROM cases ORDER BY id LIMIT 1")
    for username in (CASEWORKER, ADMINISTRATOR, MENTOR):
        with psql_as(server_demo, username) as psql:
            refused(psql, "SELECT riskdesk_delete_case(%s)", (case_id,))
            refused(psql, "SELECT riskdesk_delete_assessments(ARRAY[1])")
            refused(psql, "DELETE FROM journal_entries WHERE case_id = %s", (case_id,))
            refused(psql, "DELETE FROM cases WHERE id = %s", (case_id,))
    assert one(server_demo, "SELECT count(*) FROM cases WHERE id = %s", (case_id,)) == 1


def test_a_change_without_its_audit_event_is_refused_at_commit(server_demo: TeamServer) -> None:
    case_id = one(server_demo, "SELECT id FROM cases ORDER BY id LIMIT 1")
    with psql_as(server_demo, CASEWORKER) as psql:
        refused(psql, "UPDATE cases SET notes = 'uden spor' WHERE id = %s", (case_id,))
        # With an event appended in the same transaction, it is the caseworker's to do.
        with psql.transaction():
            psql.execute("UPDATE cases SET notes = 'med spor' WHERE id = %s", (case_id,))
            psql.execute(
                "SELECT riskdesk_append_audit('update', 'case', %s, '{}', NULL, '{}', "
                "ARRAY[%s], '{}', '{}')",
                (case_id, case_id),
            )
    assert one(server_demo, "SELECT notes FROM cases WHERE id = %s", (case_id,)) == "med spor"
