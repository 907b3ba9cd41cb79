"""The leader's own texts in the half-year report, kept per period: the unit and the
report's purpose, a word on each figure, a section per coordination area, the cooperation
structure and the summary. Pure: the service stores them as one JSON value per period.

The texts are published, so a text holding a CPR number, a birth date, an e-mail address
or a phone number is refused naming the section (a name cannot be told from a word by a
rule; the leader writes about the unit, never about a person)."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from riskdesk.domain.identity_check import find_identity, identity_problem
from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.problems import Problem
from riskdesk.domain.refusals import UserInputError
from riskdesk.domain.statistics_facts import Period

MAX_TEXT_LENGTH = 20_000

SECTION_LABELS: dict[str, LocalizedText] = {
    "unit": LocalizedText(da="Enheden", en="The unit"),
    "purpose": LocalizedText(da="Formål med rapporten", en="The report's purpose"),
    "inquiries": LocalizedText(da="Henvendelser", en="Inquiries"),
    "cases": LocalizedText(da="Enkeltsager", en="Individual cases"),
    "mentoring": LocalizedText(da="Mentorsager", en="Mentor cases"),
    "outcomes": LocalizedText(da="Resultater", en="Outcomes"),
    "proactive": LocalizedText(da="Det proaktive område", en="The proactive area"),
    "reactive": LocalizedText(da="Det reaktive område", en="The reactive area"),
    "operative": LocalizedText(da="Det operative område", en="The operative area"),
    "cooperation": LocalizedText(da="Samarbejdsstruktur", en="Cooperation structure"),
    "summary": LocalizedText(da="Resumé", en="Summary"),
}
AREA_SECTIONS = ("proactive", "reactive", "operative")


class HalfYearTexts(BaseModel):
    """One text per section; an empty one is printed as a placeholder to write over."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    unit: str = Field(default="", max_length=MAX_TEXT_LENGTH)
    purpose: str = Field(default="", max_length=MAX_TEXT_LENGTH)
    inquiries: str = Field(default="", max_length=MAX_TEXT_LENGTH)
    cases: str = Field(default="", max_length=MAX_TEXT_LENGTH)
    mentoring: str = Field(default="", max_length=MAX_TEXT_LENGTH)
    outcomes: str = Field(default="", max_length=MAX_TEXT_LENGTH)
    proactive: str = Field(default="", max_length=MAX_TEXT_LENGTH)
    reactive: str = Field(default="", max_length=MAX_TEXT_LENGTH)
    operative: str = Field(default="", max_length=MAX_TEXT_LENGTH)
    cooperation: str = Field(default="", max_length=MAX_TEXT_LENGTH)
    summary: str = Field(default="", max_length=MAX_TEXT_LENGTH)

    def paragraphs(self, section: str) -> list[str]:
        """The section's text as paragraphs (blank lines and single line breaks alike
        start a new one), empty lines dropped."""
        text: str = getattr(self, section)
        return [line.strip() for line in text.splitlines() if line.strip()]


_TOO_LONG = LocalizedText(
    da="Teksten er for lang (højst {limit} tegn).",
    en="The text is too long (at most {limit} characters).",
)


def checked_texts(values: dict[str, str], *, on: date) -> HalfYearTexts:
    """The texts as typed, or :class:`UserInputError` with one problem per section that
    is too long or holds identity (the problem names the section, never the text)."""
    problems: list[Problem] = []
    for section in SECTION_LABELS:
        text = values.get(section, "")
        if len(text) > MAX_TEXT_LENGTH:
            problems.append(Problem((section,), _TOO_LONG.format(limit=MAX_TEXT_LENGTH)))
            continue
        found = find_identity(text, on=on)
        if found:
            problem = identity_problem(section, found)
            label = SECTION_LABELS[section]
            problems.append(
                Problem(
                    (section,),
                    LocalizedText(
                        da=f"{label.da}: {problem.message.da}",
                        en=f"{label.en}: {problem.message.en}",
                    ),
                )
            )
    if problems:
        raise UserInputError(problems)
    return HalfYearTexts(**{key: values.get(key, "") for key in SECTION_LABELS})


def period_key(period: Period) -> str:
    """The vault setting the texts of ``period`` are kept under."""
    return f"half_year_texts:{period.start.isoformat()}:{period.end.isoformat()}"


LATEST_KEY = "half_year_texts:latest"
"""The setting naming the period saved last, so the next half-year starts from its texts."""
