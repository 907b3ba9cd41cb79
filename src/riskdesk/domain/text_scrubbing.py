"""Scrubbing identifiers out of free text typed by a caseworker, for documents that leave
the unit without names (the pseudonymised agenda). Pure functions, no I/O.

What goes, however it is written:
- anything shaped like a CPR number: ten digits, grouped DDMMYY-SSSS with or without a
  dash, space, dot or slash between the groups (``01.02.03-4567``, ``0102 03 4567``);
- the given birth dates in every common spelling: ``01.02.2003``, ``1/2-03``,
  ``2003-02-01``, ``01022003``, ``1. februar 2003``, ``1. feb.``, ``February 1, 2003``;
- e-mail addresses;
- Danish phone numbers: eight digits in any grouping of spaces or dashes (or
  ``12.34.56.78``), with or without ``+45`` / ``0045``;
- the given name parts, matched after folding case and diacritics (æ/ae, ø/oe/o, å/aa/a,
  é/e, ü/ue) and with a possessive s or apostrophe.

What stays on purpose: other dates (a meeting date is worth keeping; an eight-digit date
such as ``25-12-2025`` is kept as the date it is), amounts written with thousands dots
(``12.500.000``). What cannot be caught is a nickname, a misspelt name or a name only the
reader knows: the document says so, and the caseworker reads it before sharing.

Digits from any script count (``０１０２０３-４５６７`` is a CPR number too).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date

from riskdesk.domain.cpr import ascii_digits

CPR_REPLACEMENT = "[CPR-nr.]"
BIRTH_DATE_REPLACEMENT = "[fødselsdato]"
EMAIL_REPLACEMENT = "[e-mail]"
PHONE_REPLACEMENT = "[telefon]"

# Matching runs on a copy of the text with every digit, dash and space written the ASCII
# way, character for character, so a match's position is the same in the original.
_SAME_LENGTH = str.maketrans(
    {
        **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212\ufe63\uff0d"},
        **{c: " " for c in "\u00a0\u2007\u2009\u202f\u3000"},
        "\uff0e": ".",
        "\uff0f": "/",
        "\uff0b": "+",
        "\uff20": "@",
        "\u2019": "'",
    }
)

_GROUP_GAP = r"(?:\ ?[./\-]\ ?|\ )?"
CPR_SHAPED = re.compile(
    rf"(?<!\d)\d\d{_GROUP_GAP}\d\d{_GROUP_GAP}\d\d{_GROUP_GAP}\d{{4}}(?!\d)", re.VERBOSE
)
# Starting only where a run of address characters starts keeps the search linear: a page
# of letters without an @ would otherwise be tried from every one of its letters.
EMAIL = re.compile(
    r"(?<![\w.+%'\-])[\w.+%'\-]+(?:\ ?@\ ?|\ ?[\[(]at[\])]\ ?)"
    r"[\w\-]+(?:(?:\.|\ ?[\[(]dot[\])]\ ?)[\w\-]+)+",
    re.IGNORECASE | re.VERBOSE,
)
_PHONE_PREFIX = r"(?:(?:\+|00)\ ?45|\(\ ?(?:\+|00)?\ ?45\ ?\))\ ?[\-.]?\ ?"
_PHONE_DIGITS = r"(?:\d\d\.\d\d\.\d\d\.\d\d|\d(?:[\ \-]?\d){7})"
PREFIXED_PHONE = re.compile(rf"(?<![\d+]){_PHONE_PREFIX}{_PHONE_DIGITS}(?!\d)", re.VERBOSE)
PHONE = re.compile(rf"(?<![\d+]){_PHONE_DIGITS}(?!\d)", re.VERBOSE)
# A date written with dashes has the digits of a phone number; it is kept as a date.
_DASHED_DATE = re.compile(
    r"(?:(?P<d>\d\d?)-(?P<m>\d\d?)-(?P<y>(?:19|20)\d\d)|(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d))"
)
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+")

DATE_GAP = r"(?:\s?[./\-]\s?|\s)"
MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("januar", "january", "jan"),
    2: ("februar", "february", "feb"),
    3: ("marts", "march", "mar", "mrt"),
    4: ("april", "apr"),
    5: ("maj", "may"),
    6: ("juni", "june", "jun"),
    7: ("juli", "july", "jul"),
    8: ("august", "aug"),
    9: ("september", "sept", "sep"),
    10: ("oktober", "october", "okt", "oct"),
    11: ("november", "nov"),
    12: ("december", "dec"),
}

_NAME_SPLIT = re.compile(r"[\s\-–]+")
_NAME_EDGES = ".,()'\"’"
# The spellings of one letter fold to one form: "Prøvesen", "Proevesen" and "Provesen"
# all fold to "provesen". Apostrophes go, so "Ali's", "Alis" and "Hans'" fold alike.
_LETTER_FOLDS = {"æ": "a", "ø": "o", "œ": "o", "đ": "d", "ł": "l", "ı": "i", "ß": "ss"}
_DIGRAPH_FOLDS = {"ae": "a", "oe": "o", "aa": "a", "ue": "u"}
_DROPPED = frozenset("'’‘`´ʼ")


def scrub_identifiers(text: str, *, names: Iterable[str], birth_dates: Iterable[date]) -> str:
    """``text`` without e-mail addresses, phone numbers, anything shaped like a CPR
    number, the ``birth_dates`` in any spelling, and with every part of ``names``
    replaced by its initial (``"Ali-Hansen"`` → ``"A."`` and ``"H."``)."""
    text = _replace(text, EMAIL, lambda _: EMAIL_REPLACEMENT)
    text = _replace(text, PREFIXED_PHONE, lambda _: PHONE_REPLACEMENT)
    text = _replace(text, CPR_SHAPED, lambda _: CPR_REPLACEMENT)
    for born in set(birth_dates):
        text = _replace(text, birth_date_pattern(born), lambda _: BIRTH_DATE_REPLACEMENT)
    text = _replace(text, PHONE, _phone_or_kept)
    return _scrub_names(text, names)


def birth_date_pattern(born: date) -> re.Pattern[str]:
    """Every common spelling of ``born``, numeric or with the month written out (the
    year may be left out then: "født 1. februar")."""
    d, m, yyyy, yy = born.day, born.month, born.year, f"{born.year % 100:02d}"
    year = rf"(?:{yyyy}|{yy})"
    day, month = rf"0?{d}", rf"0?{m}"
    months = "|".join(MONTH_NAMES[m])
    spellings = [
        rf"{day}{DATE_GAP}{month}{DATE_GAP}{year}",
        rf"{yyyy}{DATE_GAP}{month}{DATE_GAP}{day}",
        rf"{d:02d}{m:02d}(?:{yyyy}|{yy})",
        rf"{yyyy}{m:02d}{d:02d}",
        rf"{day}\.?\s*(?:(?:af|i|of)\s+)?(?:{months})\b\.?(?:,?\s*(?:{yyyy}|'?{yy}))?",
        rf"(?:{months})\b\.?\s*{day}(?:st|nd|rd|th)?\b(?:,?\s*{yyyy})?",
    ]
    return re.compile(rf"(?<!\d)(?:{'|'.join(spellings)})(?!\d)", re.IGNORECASE)


def fold_for_matching(text: str) -> str:
    """The form names are compared in: case, diacritics and Danish letters folded."""
    return _fold(text)[0]


def name_parts(name: str) -> list[str]:
    """The parts of a name as written: ``"Ahmed Ali-Hansen"`` → Ahmed, Ali, Hansen."""
    return [p.strip(_NAME_EDGES) for p in _NAME_SPLIT.split(name) if p.strip(_NAME_EDGES)]


def matchable(text: str) -> str:
    """The copy of ``text`` the patterns here run on: every digit, dash and space written
    the ASCII way, character for character, so positions are the same as in ``text``."""
    return ascii_digits(text).translate(_SAME_LENGTH)


def is_kept_number(found: str) -> bool:
    """Whether something shaped like a phone number is kept as what it also is: an
    amount with thousands dots or a date written with dashes."""
    plain = matchable(found)
    return bool(_AMOUNT.fullmatch(plain)) or _is_dashed_date(plain)


def _replace(text: str, pattern: re.Pattern[str], replacement: Callable[[str], str]) -> str:
    """``pattern.sub`` matched on the ASCII-digit copy, replaced in the original."""
    pieces: list[str] = []
    end = 0
    for match in pattern.finditer(matchable(text)):
        pieces += [text[end : match.start()], replacement(text[match.start() : match.end()])]
        end = match.end()
    pieces.append(text[end:])
    return "".join(pieces)


def _phone_or_kept(found: str) -> str:
    return found if is_kept_number(found) else PHONE_REPLACEMENT


def _is_dashed_date(text: str) -> bool:
    match = _DASHED_DATE.fullmatch(text)
    if match is None:
        return False
    parts = match.group("y", "m", "d") if match.group("y") else match.group("iy", "im", "id")
    try:
        date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return False
    return True


def _scrub_names(text: str, names: Iterable[str]) -> str:
    initials: dict[str, str] = {}
    for name in names:
        for part in name_parts(name):
            # A one-letter part is an initial already; "Aa" folds to one letter but
            # is a name all the same.
            if len(part) > 1:
                initials.setdefault(_fold(part)[0], f"{part[0].upper()}.")
    if not initials:
        return text
    # Longest first, so a longer name is never left half replaced by a shorter one.
    alternatives = "|".join(re.escape(p) for p in sorted(initials, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?P<name>{alternatives})s?(?!\w)")
    folded, starts, ends = _fold(text)
    pieces: list[str] = []
    end = 0
    for match in pattern.finditer(folded):
        start, stop = starts[match.start()], ends[match.end() - 1]
        while text[stop : stop + 1] in _DROPPED and stop < len(text):  # "Hans'"
            stop += 1
        initial = initials[match.group("name")]
        # "Ali." at the end of a sentence becomes "A.", not "A..".
        pieces += [text[end:start], initial[:-1] if text[stop : stop + 1] == "." else initial]
        end = stop
    pieces.append(text[end:])
    return "".join(pieces)


def _fold(text: str) -> tuple[str, list[int], list[int]]:
    """The folded text, and for each of its characters the span in ``text`` it came from."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for index, char in enumerate(text):
        for folded in _fold_char(char):
            chars.append(folded)
            starts.append(index)
            ends.append(index + 1)
    out: list[str] = []
    out_starts: list[int] = []
    out_ends: list[int] = []
    i = 0
    while i < len(chars):
        pair = "".join(chars[i : i + 2])
        if pair in _DIGRAPH_FOLDS:
            out.append(_DIGRAPH_FOLDS[pair])
            out_starts.append(starts[i])
            out_ends.append(ends[i + 1])
            i += 2
            continue
        out.append(chars[i])
        out_starts.append(starts[i])
        out_ends.append(ends[i])
        i += 1
    return "".join(out), out_starts, out_ends


def _fold_char(char: str) -> str:
    if char in _DROPPED:
        return ""
    folded = []
    for lower in char.casefold():
        if lower in _LETTER_FOLDS:
            folded.append(_LETTER_FOLDS[lower])
            continue
        for part in unicodedata.normalize("NFKD", lower):
            if unicodedata.category(part) in ("Mn", "Cf"):
                continue
            folded.append(_LETTER_FOLDS.get(part, part.casefold()))
    return "".join(folded)
