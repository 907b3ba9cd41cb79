"""Two supervisors approving one submitted plan at the same moment on the team server
(found by the load benchmark at 50 users: the second failed on the frozen document's
key). The review step locks the version it changes, so the second waits, then reads
it approved and is refused by the review rules, audited, with nothing written; as on a
vault file, where writers take turns."""

from __future__ import annotations

from lock_gate import race

from riskdesk.domain.plan_review import ReviewRefused, ReviewStatus
from riskdesk.domain.user import Role
from riskdesk.services.desk import Desk
from team_servers import TeamServer
from vault_fixtures import PASSWORD

SECOND_SUPERVISOR = "lise"


def test_two_supervisors_approving_one_plan_at_once_approve_it_once(
    server_demo: TeamServer,
) -> None:
    server_demo.add_login(SECOND_SUPERVISOR, Role.SUPERVISOR, PASSWORD, "Lise Leder")
    with (
        Desk.open(server_demo.url, username="leder", password=PASSWORD) as leder,
        Desk.open(server_demo.url, username=SECOND_SUPERVISOR, password=PASSWORD) as lise,
    ):
        plan_id = leder.review.queue()[0].plan_id
        outcomes = race(
            server_demo,
            "frozen_documents",
            {
                "leder": lambda: leder.review.approve(plan_id, PASSWORD),
                "lise": lambda: lise.review.approve(plan_id, PASSWORD),
            },
        )
        approved = [o.value for o in outcomes.values() if o.error is None]
        refused = [o.error for o in outcomes.values() if o.error is not None]
        assert len(approved) == 1, outcomes
        assert len(refused) == 1
        assert isinstance(refused[0], ReviewRefused), repr(refused[0])
        assert leder.review.state(plan_id).status is ReviewStatus.APPROVED
        assert leder.review.frozen_document(plan_id) is not None
