"""Typed ids, so a person id can never be passed where a case id is meant."""

from typing import NewType

PersonId = NewType("PersonId", int)
CaseId = NewType("CaseId", int)
UserId = NewType("UserId", int)
AssessmentId = NewType("AssessmentId", int)
PlanId = NewType("PlanId", int)
"""One stored version of a case's action plan."""
PlanCommentId = NewType("PlanCommentId", int)
