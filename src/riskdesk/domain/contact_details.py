"""How a person is reached: phone numbers, e-mail addresses and Danish postal codes,
checked and put in one stored form when a person is saved.

Stored forms:

- a Danish number (8 digits, optionally after ``+45`` or ``0045``) as ``12 34 56 78``;
- an international number (``+`` or ``00``, the country code, at most 15 digits in all,
  E.164) as ``+`` and its digits, ``+46701234567``;
- an e-mail address as typed, with its domain in lower case;
- a postal code as four ASCII digits, one of the codes in use (the list is handed in as
  :class:`PostalCodes`; the domain reads no files), and the town is the list's.

An empty value stays empty: none of these is required. Nothing here echoes what was typed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from riskdesk.domain.cpr import ascii_digits
from riskdesk.domain.localized import LocalizedText

# No Danish number starts with 0, and a leading 0 would read as the 00 of a foreign one.
_DANISH = re.compile(
    r"(?:(?:\+|00)45 ?)?(?P<number>[1-9][0-9]{7}|[1-9][0-9]{3} [0-9]{4}|[1-9][0-9](?: [0-9]{2}){3})"
)
_INTERNATIONAL = re.compile(r"(?:\+|00)(?P<number>[1-9](?:[ -]?[0-9])*)")
_E164_DIGITS = range(7, 16)
_DENMARK = "45"

_LOCAL_PART = re.compile(r"[^\s@\"(),:;<>\[\]\\]{1,64}")
# A label of a domain name: letters of any script, digits and inner hyphens.
_DOMAIN_LABEL = re.compile(r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?")
_TOP_LEVEL = re.compile(r"[^\W\d_]{2,63}")
EMAIL_MAX = 254

_POSTAL_CODE = re.compile(r"[0-9]{4}")

_ABROAD = LocalizedText(
    da="En adresse uden for Danmark (også Grønland og Færøerne) skrives i adressefeltet, "
    "og postnummeret står tomt.",
    en="An address outside Denmark (Greenland and the Faroe Islands too) goes in the "
    "address field, with the postal code left empty.",
)
PHONE_PROBLEM = LocalizedText(
    da="{label} skal være 8 cifre (evt. med +45 foran) eller et udenlandsk nummer med + "
    "og landekode, fx 12 34 56 78 eller +46 70 123 45 67.",
    en="{label} must be 8 digits (optionally after +45) or an international number with + "
    "and the country code, e.g. 12 34 56 78 or +46 70 123 45 67.",
)
EMAIL_PROBLEM = LocalizedText(
    da="{label} skal være en e-mailadresse som navn@eksempel.dk.",
    en="{label} must be an e-mail address such as name@example.com.",
)
POSTAL_CODE_FORMAT_PROBLEM = LocalizedText(
    da="{label} skal være fire cifre, fx 8000. " + _ABROAD.da,
    en="{label} must be four digits, e.g. 8000. " + _ABROAD.en,
)
POSTAL_CODE_UNKNOWN_PROBLEM = LocalizedText(
    da="{label} findes ikke i listen over danske postnumre. " + _ABROAD.da,
    en="{label} is not in the list of Danish postal codes. " + _ABROAD.en,
)


class InvalidContactDetail(ValueError):
    """A phone number, e-mail address or postal code that is none; :attr:`message` says
    what the field must hold, naming it by the label it was checked under."""

    def __init__(self, template: LocalizedText, label: LocalizedText) -> None:
        self.message = LocalizedText(
            da=template.da.format(label=label.da), en=template.en.format(label=label.en)
        )
        super().__init__(self.message.en)


class PostalCodes:
    """The Danish postal codes in use, each with the name of its town as the list gives
    it (``"8000"`` → ``"Aarhus C"``)."""

    def __init__(self, towns: Mapping[str, str]) -> None:
        self._towns = dict(towns)

    def town(self, code: str) -> str | None:
        """The town of ``code`` (typed with spaces or digits of any script), or None."""
        return self._towns.get(ascii_digits(code.strip()))

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._towns

    def __iter__(self) -> Iterator[str]:
        return iter(self._towns)

    def __len__(self) -> int:
        return len(self._towns)


def _spaces_collapsed(text: str) -> str:
    return " ".join(ascii_digits(text).split())


def phone_number(text: str, *, label: LocalizedText) -> str:
    """``text`` as a stored phone number ("" for none); raises :class:`InvalidContactDetail`."""
    typed = _spaces_collapsed(text)
    if not typed:
        return ""
    danish = _DANISH.fullmatch(typed)
    if danish is not None:
        digits = danish["number"].replace(" ", "")
        return " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    international = _INTERNATIONAL.fullmatch(typed)
    if international is not None:
        digits = re.sub(r"[ -]", "", international["number"])
        # +45 with anything but 8 digits is a Danish number mistyped, not a foreign one.
        if len(digits) in _E164_DIGITS and not digits.startswith(_DENMARK):
            return "+" + digits
    raise InvalidContactDetail(PHONE_PROBLEM, label)


def email_address(text: str, *, label: LocalizedText) -> str:
    """``text`` as a stored e-mail address ("" for none); raises :class:`InvalidContactDetail`."""
    typed = text.strip()
    if not typed:
        return ""
    local, at, domain = typed.rpartition("@")
    labels = domain.split(".")
    if (
        at
        and len(typed) <= EMAIL_MAX
        and _LOCAL_PART.fullmatch(local)
        and not (local.startswith(".") or local.endswith(".") or ".." in local)
        and len(labels) >= 2
        and all(_DOMAIN_LABEL.fullmatch(part) for part in labels)
        and _TOP_LEVEL.fullmatch(labels[-1])
    ):
        return f"{local}@{domain.lower()}"
    raise InvalidContactDetail(EMAIL_PROBLEM, label)


def postal_code(text: str, *, label: LocalizedText, postal_codes: PostalCodes | None) -> str:
    """``text`` as a stored postal code ("" for none): four digits, and with
    ``postal_codes`` one of them. Raises :class:`InvalidContactDetail`."""
    typed = ascii_digits(text.strip())
    if not typed:
        return ""
    if not _POSTAL_CODE.fullmatch(typed):
        raise InvalidContactDetail(POSTAL_CODE_FORMAT_PROBLEM, label)
    if postal_codes is not None and typed not in postal_codes:
        raise InvalidContactDetail(POSTAL_CODE_UNKNOWN_PROBLEM, label)
    return typed
