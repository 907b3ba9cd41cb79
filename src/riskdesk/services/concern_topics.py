"""Loading the niveau-1 concern topics from ``forms/concern-topics.yaml``."""

from __future__ import annotations

from riskdesk.domain.concern import ConcernTopics
from riskdesk.services.instrument_catalogue import read_form_file, validate_form
from riskdesk.shipped_files import FileFolder

CONCERN_TOPICS_FILE = "concern-topics.yaml"


def load_concern_topics(forms_dir: FileFolder) -> ConcernTopics:
    """Read and validate the topics; raises ``FormFileInvalid`` naming file and field."""
    path = forms_dir / CONCERN_TOPICS_FILE
    return validate_form(ConcernTopics, read_form_file(path), path)
