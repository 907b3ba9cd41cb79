"""Named users of a vault and what their role lets them do.

An administrator manages users and the vault and may read cases (an access request is
answered from them), but does no casework: the use cases in :data:`CASEWORK` are refused
to them (:meth:`User.may_do`). A municipality whose administrator is also a caseworker
gives that person a second user, so the signed roles and the audit trail say which hat
they wore.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, field_validator

from riskdesk.domain.ids import UserId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.mentor_access import MENTOR_WORK
from riskdesk.domain.password_strength import MIN_PASSWORD_LENGTH
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.validation import RequiredLine
from riskdesk.domain.vault_errors import VaultError

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


class Role(StrEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"
    # Sees only their own mentor courses and the cases behind them (domain/mentor_access.py).
    MENTOR = "mentor"


ROLE_LABELS: dict[Role, LocalizedText] = {
    Role.CASEWORKER: LocalizedText(da="Sagsbehandler", en="Caseworker"),
    Role.SUPERVISOR: LocalizedText(da="Leder", en="Supervisor"),
    Role.ADMINISTRATOR: LocalizedText(da="Administrator", en="Administrator"),
    Role.MENTOR: LocalizedText(da="Mentor", en="Mentor"),
}

USERNAME_RULE = LocalizedText(
    da="Brugernavnet skal være 2–64 tegn: små bogstaver a–z, tal, punktum, bindestreg "
    "eller understreg.",
    en="The user name must be 2–64 characters: lower-case a–z, digits, dot, dash or underscore.",
)
PASSWORD_RULE = LocalizedText(
    da=f"Adgangskoden skal være mindst {MIN_PASSWORD_LENGTH} tegn.",
    en=f"The password must be at least {MIN_PASSWORD_LENGTH} characters.",
)


class User(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: UserId | None = None
    username: str
    display_name: RequiredLine
    role: Role
    active: bool = True

    @field_validator("username")
    @classmethod
    def _username_shape(cls, value: str) -> str:
        if not USERNAME_PATTERN.match(value):
            raise ValueError(USERNAME_RULE.en)
        return value

    @property
    def may_administer(self) -> bool:
        return self.role is Role.ADMINISTRATOR

    @property
    def does_casework(self) -> bool:
        return self.role in (Role.CASEWORKER, Role.SUPERVISOR)

    def may_do(self, use_case: UseCase) -> bool:
        """Whether the role allows ``use_case``: an administrator does no casework, a
        mentor only what :data:`MENTOR_WORK` lists."""
        if self.role is Role.MENTOR:
            return use_case in MENTOR_WORK
        return self.does_casework or use_case not in CASEWORK


CASEWORK: frozenset[UseCase] = frozenset(
    {
        UseCase.PERSON_CREATE,
        UseCase.PERSON_UPDATE,
        UseCase.CASE_CREATE_WITH_PERSON,
        UseCase.CASE_IMPORT,
        UseCase.CASE_OPEN,
        UseCase.CASE_UPDATE,
        UseCase.CASE_UPDATE_WITH_PERSON,
        UseCase.CASE_CLOSE,
        UseCase.CASE_REOPEN,
        UseCase.ASSESSMENT_START,
        UseCase.ASSESSMENT_SAVE_DRAFT,
        UseCase.ASSESSMENT_FINALISE,
        UseCase.ASSESSMENT_IMPORT,
        UseCase.ASSESSMENT_CORRECT,
        UseCase.PLAN_SAVE,
        UseCase.PLAN_SHARE,
        UseCase.REVIEW_SUBMIT,
        UseCase.RELEASE_MEETING_SAVE,
        UseCase.RELEASE_DECISIONS_TO_PLAN,
        UseCase.MEETING_SAVE,
        UseCase.MEETING_ADD_CASE,
        UseCase.MEETING_REMOVE_CASE,
        UseCase.MEETING_SUMMARY,
        UseCase.MEETING_DECISION,
        UseCase.MEETING_SERIES,
        UseCase.MEETING_DECISION_TO_PLAN,
        UseCase.JOURNAL_ADD,
        UseCase.JOURNAL_FOLLOW_UP_DONE,
        UseCase.OUTCOME_RECORD,
        UseCase.INQUIRY_ADD,
        UseCase.INQUIRY_LINK,
        UseCase.INQUIRY_TO_CASE,
        UseCase.CONCERN_ADD,
        UseCase.CONCERN_CLOSE,
        UseCase.CONCERN_ESCALATE,
        UseCase.CONCERN_AGENDA_ADD,
        UseCase.CONCERN_AGENDA_REMOVE,
    }
)
"""Writing persons, cases, assessments, plans and meetings. Approving, returning and
commenting on plans are a supervisor's (refused to others by the review rules)."""

NO_CASEWORK_FOR_ADMINISTRATORS = LocalizedText(
    da="En administrator administrerer brugere og boksen, men arbejder ikke i sagerne. "
    "Log ind som sagsbehandler eller leder for at gøre det. Forsøget er registreret i loggen.",
    en="An administrator manages users and the vault but does no casework. Log in as a "
    "caseworker or supervisor to do this. The attempt has been logged.",
)


class UserOverview(BaseModel):
    """A line of the users screen: the user with their signed role, and when they last
    opened the vault (None: never since they were added)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    user: User
    last_login: datetime | None = None


class PasswordChangeRequired(VaultError):
    """The password opened a key slot an administrator sealed (a new user, or a reset):
    its user chooses their own before they can work, and their signing key is sealed only
    under that one. Raised only after the given password was right."""

    message = LocalizedText(
        da="En administrator har valgt din adgangskode: vælg din egen, før du går videre – "
        "i RiskDesks vindue, eller med riskdesk user password.",
        en="An administrator chose your password: choose your own before you go on – in "
        "RiskDesk's window, or with riskdesk user password.",
    )


class UserDeactivated(VaultError):
    """The user was deactivated. Said only to someone whose password was right, so it
    tells nobody else whether the name exists."""

    message = LocalizedText(
        da="Din bruger er deaktiveret. Kontakt en administrator, hvis du skal have adgang igen.",
        en="Your user has been deactivated. Ask an administrator if you need access again.",
    )
