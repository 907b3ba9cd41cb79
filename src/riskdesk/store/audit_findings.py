"""What the checks of the audit log, the role assignments and the key file found, one
finding at a time, each told in one sentence that names a sequence number at most:
never a user, a person or a path."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from riskdesk.domain.localized import Language, LocalizedText


class FindingKind(StrEnum):
    TRUNCATED = "truncated"
    EVENT_ALTERED = "event_altered"
    EVENT_MISSING = "event_missing"
    UNSIGNED = "unsigned"
    FOREIGN_SIGNATURE = "foreign_signature"
    HEAD_MISMATCH = "head_mismatch"
    AUTOSAVES_ALTERED = "autosaves_altered"
    FORGED_ROLE = "forged_role"
    ROLE_ALTERED = "role_altered"
    ROLES_TRUNCATED = "roles_truncated"
    ROLES_REMOVED = "roles_removed"
    ROLE_OUTSIDE = "role_outside"
    USER_OUTSIDE = "user_outside"
    ROLE_WITHOUT_EVENT = "role_without_event"
    INVALID_WITNESS = "invalid_witness"
    ROLES_NOT_SIGNED = "roles_not_signed"
    SLOT_DAMAGED = "slot_damaged"
    CLAIM_UNGUARDED = "claim_unguarded"


_WORDS: dict[FindingKind, LocalizedText] = {
    FindingKind.TRUNCATED: LocalizedText(
        da="Revisionssporet er afkortet: det er set med {seq} hændelser, men har færre nu.",
        en="The audit trail was cut short: it was seen with {seq} events and has fewer now.",
    ),
    FindingKind.EVENT_ALTERED: LocalizedText(
        da="Hændelse nr. {seq} i revisionssporet er ændret eller flyttet.",
        en="Event {seq} of the audit trail was changed or moved.",
    ),
    FindingKind.EVENT_MISSING: LocalizedText(
        da="Hændelse nr. {seq} mangler i revisionssporet.",
        en="Event {seq} is missing from the audit trail.",
    ),
    FindingKind.UNSIGNED: LocalizedText(
        da="Hændelse nr. {seq} er ikke signeret, som den skal være.",
        en="Event {seq} is not signed, as it must be.",
    ),
    FindingKind.FOREIGN_SIGNATURE: LocalizedText(
        da="Hændelse nr. {seq} er ikke signeret af den bruger, den tilskrives.",
        en="Event {seq} is not signed by the user it is attributed to.",
    ),
    FindingKind.HEAD_MISMATCH: LocalizedText(
        da="Revisionssporets gemte slutpunkt passer ikke med hændelserne.",
        en="The audit trail's recorded end does not match its events.",
    ),
    FindingKind.AUTOSAVES_ALTERED: LocalizedText(
        da="Antallet af autogemninger ved hændelse nr. {seq} er ændret.",
        en="The count of autosaves at event {seq} was changed.",
    ),
    FindingKind.FORGED_ROLE: LocalizedText(
        da="Rolletildeling nr. {seq} er ikke signeret af en administrator og gælder ikke.",
        en="Role assignment {seq} is not signed by an administrator and does not count.",
    ),
    FindingKind.ROLE_ALTERED: LocalizedText(
        da="Rolletildeling nr. {seq} er ændret eller flyttet og gælder ikke.",
        en="Role assignment {seq} was changed or moved and does not count.",
    ),
    FindingKind.ROLES_TRUNCATED: LocalizedText(
        da="Rolletildelinger er fjernet: de er set med {seq} tildelinger, men der er færre nu.",
        en="Role assignments were removed: they were seen with {seq} and there are fewer now.",
    ),
    FindingKind.ROLES_REMOVED: LocalizedText(
        da="De signerede rolletildelinger er fjernet fra boksen.",
        en="The signed role assignments were removed from the vault.",
    ),
    FindingKind.ROLE_OUTSIDE: LocalizedText(
        da="En brugers rolle er ændret uden om RiskDesk; den signerede rolle gælder.",
        en="A user's role was changed outside RiskDesk; the signed role applies.",
    ),
    FindingKind.USER_OUTSIDE: LocalizedText(
        da="En bruger er tilføjet uden om RiskDesk og kan ikke logge ind.",
        en="A user was added outside RiskDesk and cannot log in.",
    ),
    FindingKind.ROLE_WITHOUT_EVENT: LocalizedText(
        da="Rolletildeling nr. {seq} har ingen hændelse i revisionssporet.",
        en="Role assignment {seq} has no event in the audit trail.",
    ),
    FindingKind.INVALID_WITNESS: LocalizedText(
        da="Et vidne om revisionssporets slutpunkt er ikke gyldigt signeret.",
        en="A witness of the audit trail's end is not validly signed.",
    ),
    FindingKind.ROLES_NOT_SIGNED: LocalizedText(
        da="Brugernes roller er endnu ikke signeret: en administrator skal åbne boksen "
        "med denne version.",
        en="The users' roles are not signed yet: an administrator must open the vault "
        "with this version.",
    ),
    FindingKind.SLOT_DAMAGED: LocalizedText(
        da="En del af nøglefilen (.keys) er beskadiget: den bruger, det gælder, kan ikke "
        "logge ind, før en administrator har nulstillet vedkommendes adgangskode.",
        en="Part of the key file (.keys) is damaged: the user it belongs to cannot log in "
        "until an administrator resets their password.",
    ),
    FindingKind.CLAIM_UNGUARDED: LocalizedText(
        da="Rolletildeling nr. {seq} venter på brugerens egen nøgle, men blev skrevet før "
        "engangsnøglerne: nulstil brugerens adgangskode, så kun brugeren kan registrere "
        "sin nøgle.",
        en="Role assignment {seq} awaits its user's own key but was written before "
        "enrolment keys: reset the user's password so that only they can register their key.",
    ),
}

# Findings that say the record was tampered with (or damaged), as opposed to notices.
_NOTICES = frozenset(
    {FindingKind.ROLES_NOT_SIGNED, FindingKind.SLOT_DAMAGED, FindingKind.CLAIM_UNGUARDED}
)
# Findings every user is told about at open; the others only administrators and
# supervisors, whose job it is to act on them.
_FOR_EVERYONE = frozenset({FindingKind.SLOT_DAMAGED})


_ACCEPTED = LocalizedText(
    da="{finding} (godkendt af en administrator)", en="{finding} (accepted by an administrator)"
)


@dataclass(frozen=True, order=True)
class AuditFinding:
    kind: FindingKind
    sequence: int | None = None
    # An administrator accepted the trail as it is since (after restoring a backup).
    accepted: bool = False

    @property
    def breaks_trust(self) -> bool:
        """Whether this finding means the audit trail cannot be trusted as it is."""
        return self.kind not in _NOTICES and not self.accepted

    @property
    def for_everyone(self) -> bool:
        return self.kind in _FOR_EVERYONE

    @property
    def message(self) -> LocalizedText:
        words = _WORDS[self.kind].format(seq=self.sequence if self.sequence is not None else "")
        if not self.accepted:
            return words
        return LocalizedText(
            da=_ACCEPTED.da.format(finding=words.da), en=_ACCEPTED.en.format(finding=words.en)
        )

    def text(self, language: Language | str) -> str:
        return self.message.text(language)


@dataclass(frozen=True)
class AuditReport:
    """The verdict of a full walk: how many events were checked and every finding."""

    events_checked: int
    findings: tuple[AuditFinding, ...] = field(default=())

    @property
    def intact(self) -> bool:
        return not any(finding.breaks_trust for finding in self.findings)

    @property
    def first_broken_sequence(self) -> int | None:
        sequences = [
            f.sequence
            for f in self.findings
            if f.breaks_trust and f.sequence is not None and f.kind in _EVENT_KINDS
        ]
        return min(sequences) if sequences else None


_EVENT_KINDS = frozenset(
    {
        FindingKind.TRUNCATED,
        FindingKind.EVENT_ALTERED,
        FindingKind.EVENT_MISSING,
        FindingKind.UNSIGNED,
        FindingKind.FOREIGN_SIGNATURE,
    }
)


def distinct(findings: list[AuditFinding]) -> tuple[AuditFinding, ...]:
    """Each finding once, in a stable order."""
    return tuple(sorted(set(findings), key=lambda f: (f.sequence or 0, f.kind.value)))
