"""The one facade the GUI and CLI talk to: ``desk.cases.search(...)``, ``desk.users.add(...)``."""

from __future__ import annotations

from pathlib import Path

from riskdesk.domain.audit import AuditAction, AuditEntity
from riskdesk.domain.case_levels import DEFAULT_LEVEL_SCHEME, LevelScheme
from riskdesk.domain.user import User
from riskdesk.domain.vault_errors import VaultLocked
from riskdesk.services.access_insight_service import AccessInsightService
from riskdesk.services.assessment_service import AssessmentService
from riskdesk.services.audit_service import AuditService
from riskdesk.services.case_service import CaseService
from riskdesk.services.document_export import DocumentExportService
from riskdesk.services.meeting_service import MeetingService
from riskdesk.services.person_service import PersonService
from riskdesk.services.plan_service import PlanService
from riskdesk.services.release_meeting_service import ReleaseMeetingService
from riskdesk.services.review_service import ReviewService
from riskdesk.services.user_service import UserService
from riskdesk.store.key_slots import DEFAULT_KDF_COST, KdfCost
from riskdesk.store.vault import Vault


class Desk:
    """An unlocked vault and the use cases on it. After :meth:`lock` every use case
    raises :class:`VaultLocked` until a new desk is opened."""

    def __init__(self, vault: Vault, *, levels: LevelScheme = DEFAULT_LEVEL_SCHEME) -> None:
        self._vault: Vault | None = vault
        self.path = vault.path
        self.user: User = vault.user
        self.levels = levels
        self.persons = PersonService(self)
        self.cases = CaseService(self)
        self.users = UserService(self)
        self.audit = AuditService(self)
        self.assessments = AssessmentService(self)
        self.plans = PlanService(self)
        self.release_meetings = ReleaseMeetingService(self)
        self.documents = DocumentExportService(self)
        self.review = ReviewService(self)
        self.access_insight = AccessInsightService(self)
        self.meetings = MeetingService(self)

    @classmethod
    def open(cls, vault_path: Path, *, username: str, password: str) -> Desk:
        """Unlock ``vault_path`` as ``username``; raises a :class:`VaultError` subclass."""
        desk = cls(Vault.open(Path(vault_path), username=username.strip(), password=password))
        desk._record_login()
        return desk

    @classmethod
    def create(
        cls,
        vault_path: Path,
        *,
        username: str,
        display_name: str,
        password: str,
        kdf_cost: KdfCost = DEFAULT_KDF_COST,
    ) -> Desk:
        """A new vault whose first user, ``username``, is an administrator."""
        vault = Vault.create(
            Path(vault_path),
            username=username,
            display_name=display_name,
            password=password,
            kdf_cost=kdf_cost,
        )
        return cls(vault)

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise VaultLocked()
        return self._vault

    @property
    def locked(self) -> bool:
        return self._vault is None

    def lock(self) -> None:
        """Drop the key and the database connections. Safe to call twice."""
        if self._vault is not None:
            self._vault.close()
            self._vault = None

    close = lock

    def check_integrity(self) -> list[str]:
        """The full page-by-page check (slow on big vaults); an empty list means intact."""
        return self.vault.full_integrity_check()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *_: object) -> None:
        self.lock()

    def _record_login(self) -> None:
        with self.vault.unit_of_work() as uow:
            uow.audit.append(
                username=self.user.username,
                action=AuditAction.LOGIN,
                entity=AuditEntity.VAULT,
                entity_id=None,
                details={},
            )
