"""What each use case reads as in a citizen's access insight, after the name of who did
it ("Kim Koordinator (koordinator) så sagen"): the sentences, kept apart from the rules
of :mod:`riskdesk.domain.access_insight_wording` that choose and fill them."""

from __future__ import annotations

from riskdesk.domain.localized import LocalizedText
from riskdesk.domain.use_cases import UseCase

_T = LocalizedText
# What each use case reads as, after the name of who did it ("Kim Koordinator (…) så
# sagen"). ``{version}`` and ``{fields}`` are filled from the event when it has them.
USE_CASE_SENTENCES: dict[str, LocalizedText] = {
    UseCase.PERSON_CREATE: _T(
        da="oprettede personoplysningerne", en="created the personal details"
    ),
    UseCase.PERSON_VIEW: _T(da="så personoplysningerne", en="viewed the personal details"),
    UseCase.PERSON_UPDATE: _T(
        da="ændrede personoplysningerne{fields}", en="changed the personal details{fields}"
    ),
    UseCase.PERSON_CASES: _T(da="så personens sagsoversigt", en="viewed the person's case list"),
    UseCase.CASE_FIND_BY_NUMBER: _T(
        da="slog sagen op på sagsnummeret", en="looked the case up by its number"
    ),
    UseCase.CASE_VIEW: _T(da="så sagen", en="viewed the case"),
    UseCase.CASE_CREATE_WITH_PERSON: _T(
        da="oprettede personoplysningerne og sagen", en="created the personal details and the case"
    ),
    UseCase.CASE_IMPORT: _T(
        da="indlæste personoplysningerne og sagen", en="imported the personal details and the case"
    ),
    UseCase.CASE_OPEN: _T(da="oprettede en ny sag", en="opened a new case"),
    UseCase.CASE_UPDATE: _T(da="ændrede sagen{fields}", en="changed the case{fields}"),
    UseCase.CASE_UPDATE_WITH_PERSON: _T(
        da="ændrede personoplysningerne og sagen{fields}",
        en="changed the personal details and the case{fields}",
    ),
    UseCase.CASE_CLOSE: _T(da="lukkede sagen", en="closed the case"),
    UseCase.CASE_REOPEN: _T(da="genåbnede sagen", en="reopened the case"),
    UseCase.ASSESSMENT_START: _T(da="begyndte en risikovurdering", en="started a risk assessment"),
    UseCase.ASSESSMENT_SAVE_DRAFT: _T(
        da="arbejdede på kladden til risikovurderingen{saves}",
        en="worked on the risk assessment draft{saves}",
    ),
    UseCase.ASSESSMENT_VIEW: _T(da="så risikovurderingen", en="viewed the risk assessment"),
    UseCase.ASSESSMENT_LIST: _T(
        da="så personens risikovurderinger (oversigt)",
        en="viewed the person's risk assessments (list)",
    ),
    UseCase.ASSESSMENT_FINALISE: _T(
        da="afsluttede risikovurderingen{level}", en="finalised the risk assessment{level}"
    ),
    UseCase.ASSESSMENT_IMPORT: _T(
        da="indlæste en risikovurdering", en="imported a risk assessment"
    ),
    UseCase.ASSESSMENT_CORRECT: _T(
        da="begyndte en rettelse af risikovurderingen", en="started a correction of the assessment"
    ),
    UseCase.ASSESSMENT_COMPARE: _T(
        da="sammenlignede to risikovurderinger", en="compared two risk assessments"
    ),
    UseCase.PLAN_VIEW: _T(da="så handleplanen{version}", en="viewed the action plan{version}"),
    UseCase.PLAN_VERSIONS: _T(
        da="så handleplanens versioner", en="viewed the action plan's versions"
    ),
    UseCase.PLAN_SAVE: _T(
        da="ændrede handleplanen{version}", en="changed the action plan{version}"
    ),
    UseCase.PLAN_SHARE: _T(
        da="noterede, at {of_version}handleplanen er udleveret",
        en="recorded that {of_version}the action plan was handed out",
    ),
    UseCase.PLAN_SUGGEST_GOALS: _T(
        da="så forslag til mål ud fra risikovurderingen",
        en="viewed goals suggested by the risk assessment",
    ),
    UseCase.REVIEW_QUEUE: _T(
        da="så handleplanen blandt planerne til godkendelse",
        en="viewed the action plan among the plans awaiting approval",
    ),
    UseCase.REVIEW_RETURNED: _T(
        da="så handleplanen blandt planerne sendt retur",
        en="viewed the action plan among the returned plans",
    ),
    UseCase.REVIEW_STATE: _T(
        da="så handleplanens godkendelse{version}", en="viewed the action plan's approval{version}"
    ),
    UseCase.REVIEW_VIEW: _T(
        da="så {of_version}handleplanen til godkendelse",
        en="viewed {of_version}the action plan for review",
    ),
    UseCase.REVIEW_DIFF: _T(
        da="sammenlignede handleplanen med den senest godkendte",
        en="compared the action plan with the last approved one",
    ),
    UseCase.REVIEW_COMMENTS: _T(
        da="læste kommentarerne til handleplanen", en="read the comments on the action plan"
    ),
    UseCase.REVIEW_FROZEN_DOCUMENT: _T(
        da="så den godkendte handleplan", en="viewed the approved action plan"
    ),
    UseCase.REVIEW_SUBMIT: _T(
        da="sendte {of_version}handleplanen til godkendelse",
        en="submitted {of_version}the action plan for approval",
    ),
    UseCase.REVIEW_APPROVE: _T(
        da="godkendte handleplanen{version}", en="approved the action plan{version}"
    ),
    UseCase.REVIEW_RETURN: _T(
        da="sendte {of_version}handleplanen retur med en kommentar",
        en="returned {of_version}the action plan with a comment",
    ),
    UseCase.REVIEW_COMMENT: _T(
        da="kommenterede handleplanen{version}", en="commented on the action plan{version}"
    ),
    UseCase.REVIEW_RESOLVE_COMMENT: _T(
        da="markerede en kommentar til handleplanen som løst",
        en="marked a comment on the action plan as resolved",
    ),
    UseCase.RELEASE_MEETING_VIEW: _T(da="så løsladelsesmødet", en="viewed the release meeting"),
    UseCase.RELEASE_MEETING_SAVE: _T(
        da="ændrede løsladelsesmødet", en="changed the release meeting"
    ),
    UseCase.RELEASE_DECISIONS_TO_PLAN: _T(
        da="førte løsladelsesmødets beslutninger over i handleplanen{version}",
        en="carried the release meeting's decisions into the action plan{version}",
    ),
    UseCase.MEETING_LIST: _T(
        da="så mødelisten, hvor sagen står på en dagsorden",
        en="viewed the list of meetings, with the case on an agenda",
    ),
    UseCase.MEETING_VIEW: _T(
        da="så et møde med sagen på dagsordenen", en="viewed a meeting with the case on its agenda"
    ),
    UseCase.MEETING_SAVE: _T(
        da="ændrede et møde med sagen på dagsordenen",
        en="changed a meeting with the case on its agenda",
    ),
    UseCase.MEETING_ADD_CASE: _T(
        da="satte sagen på et mødes dagsorden", en="put the case on a meeting's agenda"
    ),
    UseCase.MEETING_REMOVE_CASE: _T(
        da="tog sagen af et mødes dagsorden", en="took the case off a meeting's agenda"
    ),
    UseCase.MEETING_SUMMARY: _T(
        da="skrev et resumé af sagen til et møde", en="wrote a summary of the case for a meeting"
    ),
    UseCase.MEETING_DECISION: _T(
        da="noterede mødets beslutning om sagen", en="recorded the meeting's decision on the case"
    ),
    UseCase.MEETING_CASE_DECISIONS: _T(
        da="så mødebeslutningerne om sagen", en="viewed the meeting decisions on the case"
    ),
    UseCase.MEETING_AGENDA: _T(
        da="så dagsordenen for et møde med sagen", en="viewed the agenda of a meeting with the case"
    ),
    UseCase.MEETING_NEXT: _T(
        da="så det næste møde med sagen på dagsordenen",
        en="viewed the next meeting with the case on its agenda",
    ),
    UseCase.MEETING_SERIES: _T(
        da="oprettede en række møder med sagen på det første mødes dagsorden",
        en="created a series of meetings with the case on the first one's agenda",
    ),
    UseCase.MEETING_DECISION_TO_PLAN: _T(
        da="førte mødets beslutning om sagen over i handleplanen{version}",
        en="carried the meeting's decision on the case into the action plan{version}",
    ),
    UseCase.INQUIRY_ADD: _T(
        da="registrerede en henvendelse om sagen", en="recorded an inquiry about the case"
    ),
    UseCase.INQUIRY_LIST: _T(
        da="så listen over henvendelser, hvor sagen står",
        en="viewed the list of inquiries, with the case on it",
    ),
    UseCase.INQUIRY_LINK: _T(
        da="knyttede en henvendelse til sagen", en="linked an inquiry to the case"
    ),
    UseCase.INQUIRY_TO_CASE: _T(
        da="oprettede sagen ud fra en henvendelse", en="made the case from an inquiry"
    ),
    UseCase.CONCERN_ESCALATE: _T(
        da="oprettede personoplysningerne og sagen ud fra en bekymring (niveau 1)",
        en="created the personal details and the case from a concern (level 1)",
    ),
    UseCase.MENTOR_COURSE_START: _T(
        da="startede et mentorforløb på sagen", en="started a mentor course on the case"
    ),
    UseCase.MENTOR_COURSE_END: _T(
        da="afsluttede et mentorforløb på sagen", en="ended a mentor course on the case"
    ),
    UseCase.MENTOR_COURSE_UPDATE: _T(
        da="ændrede et mentorforløb på sagen", en="changed a mentor course on the case"
    ),
    UseCase.MENTOR_COURSE_LIST: _T(
        da="så sagens mentorforløb", en="viewed the case's mentor courses"
    ),
    UseCase.JOURNAL_ADD: _T(da="skrev et notat i sagens journal", en="wrote a journal entry"),
    UseCase.JOURNAL_LIST: _T(da="så sagens journal", en="viewed the case journal"),
    UseCase.JOURNAL_FOLLOW_UP_DONE: _T(
        da="markerede en opfølgning i journalen som udført",
        en="marked a journal follow-up as done",
    ),
    UseCase.OUTCOME_RECORD: _T(da="registrerede sagens udfald", en="recorded the case's outcome"),
    UseCase.OUTCOME_LIST: _T(da="så sagens udfald", en="viewed the case's outcomes"),
    UseCase.DOCUMENT_RENDER: _T(
        da="dannede {document} uden at gemme det", en="produced {document} without saving it"
    ),
    UseCase.DOCUMENT_EXPORT: _T(
        da="eksporterede {document}{files}", en="exported {document}{files}"
    ),
    UseCase.TODAY_VIEW: _T(
        da="så handleplanens status på sin forside (I dag)",
        en="viewed the action plan's status on their start page (Today)",
    ),
    UseCase.ACCESS_INSIGHT: _T(
        da="dannede et udtræk af loggen (indsigt)", en="produced an access log extract"
    ),
    UseCase.RETENTION_DELETE: _T(
        da="godkendte sletning af sagen, da opbevaringsperioden var udløbet",
        en="approved deleting the case, its retention period being over",
    ),
}

# A saving use case that created its record reads as a creation.
CREATED_SENTENCES: dict[str, LocalizedText] = {
    UseCase.PLAN_SAVE: _T(
        da="lavede en ny version af handleplanen{version}",
        en="made a new version of the action plan{version}",
    ),
    UseCase.RELEASE_DECISIONS_TO_PLAN: _T(
        da="lavede {of_version}handleplanen med løsladelsesmødets beslutninger",
        en="made {of_version}the action plan with the release meeting's decisions",
    ),
    UseCase.RELEASE_MEETING_SAVE: _T(
        da="oprettede løsladelsesmødet", en="created the release meeting"
    ),
    UseCase.MEETING_SAVE: _T(
        da="oprettede et møde med sagen på dagsordenen",
        en="created a meeting with the case on its agenda",
    ),
}

# A refused review step reads as the attempt it was.
ATTEMPTS: dict[str, LocalizedText] = {
    "submit": _T(
        da="forsøgte at sende handleplanen til godkendelse",
        en="tried to submit the action plan for approval",
    ),
    "approve": _T(da="forsøgte at godkende handleplanen", en="tried to approve the action plan"),
    "return": _T(da="forsøgte at sende handleplanen retur", en="tried to return the action plan"),
    "edit": _T(da="forsøgte at ændre handleplanen", en="tried to change the action plan"),
}
