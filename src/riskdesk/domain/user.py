"""Named users of a vault and what their role lets them do."""

from __future__ import annotations

import re
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, field_validator

from riskdesk.domain.ids import UserId
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.validation import RequiredLine

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")
MIN_PASSWORD_LENGTH = 8


class Role(StrEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


ROLE_LABELS: dict[Role, LocalizedText] = {
    Role.CASEWORKER: LocalizedText(da="Sagsbehandler", en="Caseworker"),
    Role.SUPERVISOR: LocalizedText(da="Leder", en="Supervisor"),
    Role.ADMINISTRATOR: LocalizedText(da="Administrator", en="Administrator"),
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
