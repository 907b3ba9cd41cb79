"""Names of a plan goal's and action's fields, for problems about one goal or action
(the plan's own labels name only its top-level fields, so a blank action would otherwise
read "Goals is required")."""

from __future__ import annotations

from riskdesk.domain.localized import LocalizedText

GOAL_FIELD_LABELS: dict[str, LocalizedText] = {
    "need_area": LocalizedText(da="Behovsområde", en="Need area"),
    "text": LocalizedText(da="Målet", en="The goal"),
    "actions": LocalizedText(da="Handlinger", en="Actions"),
}
ACTION_FIELD_LABELS: dict[str, LocalizedText] = {
    "what": LocalizedText(da="Handlingen (hvad)", en="The action (what)"),
    "responsible": LocalizedText(da="Ansvarlig", en="Responsible"),
    "responsible_name": LocalizedText(da="Den ansvarliges navn", en="The responsible's name"),
    "due": LocalizedText(da="Frist", en="Due date"),
    "no_date_reason": LocalizedText(da="Begrundelse for ingen dato", en="Reason for no date"),
    "status": LocalizedText(da="Status", en="Status"),
    "success_criterion": LocalizedText(da="Succeskriterium", en="Success criterion"),
}
