"""Team-server addresses: ``postgresql://host:port/database`` as a user types it, and the
connection that is made from it for one user.

TLS is required for any host but this machine's own: ``sslmode=verify-full`` checks both
the certificate chain (against the CA file IT hands out, from the settings or
``RISKDESK_SERVER_CA``) and that the certificate names the host, so a machine in the
middle cannot pose as the server and collect passwords."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from sqlalchemy.engine import URL

from riskdesk.domain.server_address_text import is_server_address
from riskdesk.domain.server_errors import ServerAddressInvalid, ServerNeedsTls

CA_FILE_VARIABLE = "RISKDESK_SERVER_CA"
_LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
_CHECKED_TLS = "verify-full"
# What a user may write after "?": TLS settings only, so nothing else about the
# connection (another user, an options string) comes from a pasted address.
_ALLOWED_QUERY = frozenset({"sslmode", "sslrootcert"})
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int
    database: str
    user: str | None = None
    password: str | None = None
    sslmode: str | None = None
    ca_file: Path | None = None

    @property
    def local(self) -> bool:
        """This machine (or a socket folder), where TLS protects nothing."""
        return self.host in _LOCAL_HOSTS or self.host.startswith("/")

    @property
    def shown(self) -> str:
        """The address without user or password: what the unlock dialog remembers."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{host}:{self.port}/{self.database}"

    def connection_url(self, username: str, password: str) -> URL:
        """The SQLAlchemy address of ``username``'s own login, TLS settled."""
        query: dict[str, str] = {}
        if self.local:
            if self.sslmode is not None:
                query["sslmode"] = self.sslmode
        else:
            if self.sslmode not in (None, _CHECKED_TLS):
                raise ServerNeedsTls
            ca_file = self.ca_file or _ca_file_from_environment()
            if ca_file is None or not ca_file.is_file():
                raise ServerNeedsTls
            query["sslmode"] = _CHECKED_TLS
            query["sslrootcert"] = str(ca_file)
        return URL.create(
            "postgresql+psycopg",
            username=username,
            password=password,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        )

    def with_ca_file(self, ca_file: Path | None) -> ServerAddress:
        if ca_file is None or self.ca_file is not None:
            return self
        return ServerAddress(
            host=self.host,
            port=self.port,
            database=self.database,
            user=self.user,
            password=self.password,
            sslmode=self.sslmode,
            ca_file=ca_file,
        )


def parse_server_address(text: str) -> ServerAddress:
    """The address in ``text``; raises :class:`ServerAddressInvalid` for anything that is
    not ``postgresql://[user[:password]@]host[:port]/database[?sslmode=…&sslrootcert=…]``."""
    if not is_server_address(text):
        raise ServerAddressInvalid
    try:
        parts = urlsplit(text.strip())
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise ServerAddressInvalid from None
    database = unquote(parts.path.lstrip("/"))
    host = parts.hostname or ""
    query = parse_qs(parts.query, keep_blank_values=True)
    if not host or not database or "/" in database or parts.fragment:
        raise ServerAddressInvalid
    if set(query) - _ALLOWED_QUERY or any(len(values) != 1 for values in query.values()):
        raise ServerAddressInvalid
    ca_text = query.get("sslrootcert", [None])[0]
    return ServerAddress(
        host=host,
        port=port,
        database=database,
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        sslmode=query.get("sslmode", [None])[0],
        ca_file=Path(ca_text) if ca_text else None,
    )


def _ca_file_from_environment() -> Path | None:
    value = os.environ.get(CA_FILE_VARIABLE, "").strip()
    return Path(value) if value else None
