"""How strong a new password looks, as a hint while it is typed.

Only the length rule is enforced (:data:`MIN_PASSWORD_LENGTH`, by the user service): the
hint tells the user what would make a password harder to guess, it refuses nothing. The
password protects the vault's key through a slow key derivation, so what matters is what
an attacker tries first: common words, the user name, patterns and short passwords of one
kind of character. No word list is shipped: a short list of the words Danish users pick
first catches most of what a big one would, and the length advice catches the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from riskdesk.domain.localized import LocalizedText

# Here and not in riskdesk.domain.user (which uses it): the unlock dialog's first paint
# shows the strength hint, and that module brings pydantic.
MIN_PASSWORD_LENGTH = 8

GOOD_LENGTH = 12
"""From this length a password of letters alone (a few words) is good."""

_FIRST_GUESSES = frozenset(
    {
        "password",
        "passw0rd",
        "adgangskode",
        "kodeord",
        "riskdesk",
        "qwerty",
        "qwertyuiop",
        "asdfgh",
        "asdfghjkl",
        "letmein",
        "welcome",
        "velkommen",
        "sommer",
        "vinter",
        "foraar",
        "efteraar",
        "forår",
        "efterår",
        "admin",
        "administrator",
        "kommune",
        "danmark",
    }
)
_SEQUENCES = ("0123456789", "abcdefghijklmnopqrstuvwxyzæøå", "qwertyuiopåasdfghjklæøzxcvbnm")


class Strength(StrEnum):
    TOO_SHORT = "too_short"
    WEAK = "weak"
    GOOD = "good"


@dataclass(frozen=True)
class PasswordStrength:
    """:attr:`strength`, and :attr:`hint`: one sentence saying what would make the
    password stronger, or that it is good."""

    strength: Strength
    hint: LocalizedText


_EMPTY = LocalizedText(
    da=f"Mindst {MIN_PASSWORD_LENGTH} tegn; jo længere, jo stærkere.",
    en=f"At least {MIN_PASSWORD_LENGTH} characters; the longer, the stronger.",
)
_TOO_SHORT = LocalizedText(
    da=f"For kort: mindst {MIN_PASSWORD_LENGTH} tegn ({{missing}} mere).",
    en=f"Too short: at least {MIN_PASSWORD_LENGTH} characters ({{missing}} more).",
)
_HAS_USERNAME = LocalizedText(
    da="Svag: brugernavnet gættes først. Lad det være ude af adgangskoden.",
    en="Weak: the user name is guessed first. Leave it out of the password.",
)
_GUESSED_FIRST = LocalizedText(
    da="Svag: almindelige ord og mønstre (som 12345678) gættes først. Brug et par ord, "
    "der ikke hører sammen.",
    en="Weak: common words and patterns (like 12345678) are guessed first. Use a few "
    "words that do not belong together.",
)
_LONGER = LocalizedText(
    da=f"Svag: gør den længere ({GOOD_LENGTH} tegn eller mere), fx tre-fire ord, der ikke "
    "hører sammen, eller bland store og små bogstaver, tal og tegn.",
    en=f"Weak: make it longer ({GOOD_LENGTH} characters or more), for example three or "
    "four words that do not belong together, or mix capitals, small letters, digits and "
    "symbols.",
)
_GOOD = LocalizedText(da="God.", en="Good.")


def password_strength(password: str, *, username: str = "") -> PasswordStrength:
    """The strength of ``password`` for the user ``username`` and the hint to show.
    :attr:`Strength.TOO_SHORT` exactly when the user service would refuse the length."""
    if not password:
        return PasswordStrength(Strength.TOO_SHORT, _EMPTY)
    if len(password) < MIN_PASSWORD_LENGTH:
        missing = MIN_PASSWORD_LENGTH - len(password)
        return PasswordStrength(Strength.TOO_SHORT, _TOO_SHORT.format(missing=missing))
    folded = password.casefold()
    name = username.strip().casefold()
    if len(name) >= 3 and name in folded:
        return PasswordStrength(Strength.WEAK, _HAS_USERNAME)
    if _guessed_first(folded):
        return PasswordStrength(Strength.WEAK, _GUESSED_FIRST)
    if len(password) < GOOD_LENGTH and _kinds_of_character(password) < 3:
        return PasswordStrength(Strength.WEAK, _LONGER)
    return PasswordStrength(Strength.GOOD, _GOOD)


def _guessed_first(folded: str) -> bool:
    """A common word with digits or symbols around it, few different characters, or a
    run along the keyboard or the alphabet."""
    core = folded.strip("0123456789!#$%&*+-.?@_ ")
    if core in _FIRST_GUESSES or len(set(folded)) < 5:
        return True
    return any(folded in sequence or folded in sequence[::-1] for sequence in _SEQUENCES)


def _kinds_of_character(password: str) -> int:
    kinds = (
        any(c.islower() for c in password),
        any(c.isupper() for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
    )
    return sum(kinds)
