"""A team server's address as text, for the layers that must not import the store: the
unlock dialog (before the store's libraries are loaded) and the command line tell it from
a vault file's path, and remember or show it without the user's name or password.

The store parses it for real (``riskdesk.store.server.server_url``); a text that passes
here may still be refused there as :class:`ServerAddressInvalid`."""

from __future__ import annotations

SERVER_SCHEMES = ("postgresql", "postgres")


def is_server_address(text: str) -> bool:
    """Whether ``text`` names a team server (``postgresql://…``) rather than a vault file."""
    scheme, separator, _ = text.strip().partition("://")
    return bool(separator) and scheme.lower() in SERVER_SCHEMES


def address_without_login(text: str) -> str:
    """``postgresql://host:port/database`` from what was typed, with any user name,
    password, query and fragment left out: what may be remembered in the settings or
    shown in a window title."""
    scheme, _, rest = text.strip().partition("://")
    # After the last "@": a password typed with a "/" or "@" in it is left out as well.
    place = rest.partition("?")[0].partition("#")[0].rpartition("@")[2]
    return f"{scheme.lower()}://{place}"
