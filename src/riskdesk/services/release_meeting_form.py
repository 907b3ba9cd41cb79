"""Loading the release-meeting checklist wording and timeline rules from
``forms/release-meeting.yaml``."""

from __future__ import annotations

from riskdesk.domain.release_meeting import ReleaseMeetingForm
from riskdesk.services.instrument_catalogue import read_form_file, validate_form
from riskdesk.shipped_files import FileFolder

RELEASE_MEETING_FILE = "release-meeting.yaml"


def load_release_meeting_form(forms_dir: FileFolder) -> ReleaseMeetingForm:
    """Read and validate the form; raises ``FormFileInvalid`` naming file and field."""
    path = forms_dir / RELEASE_MEETING_FILE
    return validate_form(ReleaseMeetingForm, read_form_file(path), path)
