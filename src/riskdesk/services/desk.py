"""The one facade the GUI and CLI talk to: ``desk.cases.search(...)``, ``desk.users.add(...)``.

Every service takes the same narrow :class:`ServiceContext` (the vault, the user, the
forms), never the desk, so no use case calls another; each public method is one unit of
work with one audit event."""

from __future__ import annotations

from pathlib import Path

from riskdesk.domain.case_levels import LevelScheme
from riskdesk.domain.server_address_text import is_server_address
from riskdesk.domain.use_cases import UseCase
from riskdesk.domain.user import User
from riskdesk.services.access_insight_service import AccessInsightService
from riskdesk.services.assessment_service import AssessmentService
from riskdesk.services.audit_service import AuditService
from riskdesk.services.backup_service import BackupService
from riskdesk.services.case_service import CaseService
from riskdesk.services.concern_service import ConcernService
from riskdesk.services.document_export import DocumentExportService
from riskdesk.services.forms import Forms
from riskdesk.services.import_service import ImportService
from riskdesk.services.inquiry_service import InquiryService
from riskdesk.services.journal_service import JournalService
from riskdesk.services.live_changes import LiveChanges
from riskdesk.services.meeting_service import MeetingService
from riskdesk.services.mentor_course_service import MentorCourseService
from riskdesk.services.outcome_service import OutcomeService
from riskdesk.services.person_service import PersonService
from riskdesk.services.plan_service import PlanService
from riskdesk.services.release_meeting_service import ReleaseMeetingService
from riskdesk.services.retention_service import RetentionService
from riskdesk.services.review_service import ReviewService
from riskdesk.services.service_context import ServiceContext
from riskdesk.services.statistics_report_service import StatisticsReportService
from riskdesk.services.statistics_service import StatisticsService
from riskdesk.services.today_service import TodayService
from riskdesk.services.user_service import UserService, check_own_password
from riskdesk.services.vault_health import VaultHealthService
from riskdesk.services.version_report import VersionService
from riskdesk.store.key_slots import DEFAULT_KDF_COST, KdfCost
from riskdesk.store.server.server_url import parse_server_address
from riskdesk.store.store_protocol import Store
from riskdesk.store.vault import Vault


class Desk:
    """An unlocked vault and the use cases on it. After :meth:`lock` every use case
    raises :class:`VaultLocked` until a new desk is opened."""

    def __init__(self, vault: Store, *, forms: Forms | None = None) -> None:
        self._context = ServiceContext(vault, forms or Forms())
        self.path = vault.path
        self.location: Path | str = vault.location
        """Where this desk was opened: the vault file, or the team server's address."""
        self.user: User = vault.user
        context = self._context
        self.persons = PersonService(context)
        self.cases = CaseService(context)
        self.users = UserService(context)
        self.audit = AuditService(context)
        self.assessments = AssessmentService(context)
        self.plans = PlanService(context)
        self.release_meetings = ReleaseMeetingService(context)
        self.documents = DocumentExportService(context)
        self.review = ReviewService(context)
        self.access_insight = AccessInsightService(context)
        self.meetings = MeetingService(context)
        self.inquiries = InquiryService(context)
        self.concerns = ConcernService(context)
        self.mentor_courses = MentorCourseService(context)
        self.journal = JournalService(context)
        self.outcomes = OutcomeService(context)
        self.today = TodayService(context)
        self.health = VaultHealthService(context)
        self.versions = VersionService(context)
        self.backups = BackupService(context)
        self.statistics = StatisticsService(context)
        self.statistics_report = StatisticsReportService(context)
        self.retention = RetentionService(context)
        self.imports = ImportService(context)
        self.live = LiveChanges(context)

    @classmethod
    def open(
        cls,
        vault_path: Path | str,
        *,
        username: str,
        password: str,
        new_password: str | None = None,
        kdf_cost: KdfCost = DEFAULT_KDF_COST,
        forms: Forms | None = None,
        server_ca_file: Path | None = None,
        check_pages_later: bool = False,
    ) -> Desk:
        """Unlock ``vault_path`` (a vault file, or a team server's
        ``postgresql://host:port/database``, whose TLS certificate ``server_ca_file``
        vouches for) as ``username`` (``check_pages_later``: a vault file's page-by-page
        check is left to ``desk.health.check_pages()``, and writes wait for it); raises a
        :class:`VaultError` subclass,
        :class:`PasswordChangeRequired` when an administrator chose the password and the
        user has not given ``new_password``, which is checked first
        (:func:`check_own_password`)."""
        if new_password is not None:
            check_own_password(given=password, chosen=new_password)
        vault: Store
        if isinstance(vault_path, str) and is_server_address(vault_path):
            # Here, not at the top: psycopg (with ssl and asyncio) is 12 MB of a vault
            # user's memory otherwise, under Argon2's 64 MiB at every unlock (#14 item 9).
            from riskdesk.store.server.server_store import ServerStore

            vault = ServerStore.open(
                parse_server_address(vault_path).with_ca_file(server_ca_file),
                username=username.strip(),
                password=password,
                new_password=new_password,
            )
        else:
            vault = Vault.open(
                Path(vault_path),
                username=username.strip(),
                password=password,
                new_password=new_password,
                kdf_cost=kdf_cost,
                check_pages_later=check_pages_later,
            )
        desk = cls(vault, forms=forms)
        with desk.vault.unit_of_work(UseCase.LOGIN):
            pass
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
        forms: Forms | None = None,
    ) -> Desk:
        """A new vault whose first user, ``username``, is an administrator."""
        vault = Vault.create(
            Path(vault_path),
            username=username,
            display_name=display_name,
            password=password,
            kdf_cost=kdf_cost,
        )
        return cls(vault, forms=forms)

    @property
    def forms(self) -> Forms:
        return self._context.forms

    @property
    def levels(self) -> LevelScheme:
        """The case levels, from the loaded level rules (``forms/level-rules.yaml``)."""
        return self._context.forms.levels

    @property
    def vault(self) -> Store:
        """Raises :class:`VaultLocked` after :meth:`lock`. For set-up code (the demo,
        tests); the GUI and CLI work through the services."""
        return self._context.vault

    @property
    def locked(self) -> bool:
        return self._context.locked

    def lock(self) -> None:
        """Drop the key and the database connections. Safe to call twice."""
        self._context.close()

    close = lock

    def check_integrity(self) -> list[str]:
        """The full page-by-page check (slow on big vaults); an empty list means intact.
        Damage found makes the vault read-only (see :class:`VaultHealthService`)."""
        return self.health.check()

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *_: object) -> None:
        self.lock()
