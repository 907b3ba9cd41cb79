from __future__ import annotations

from pathlib import Path

import pytest
from retention_story import Story, build_story


@pytest.fixture
def story(demo_path: Path) -> Story:
    return build_story(demo_path)
