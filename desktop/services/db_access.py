"""Which database the app opens, and the password of a server — kept in the OS keyring, never in a file.

Where (first found wins): ``--db`` > ``HASHPLEDGE_DB`` > the saved choice (QSettings ``database/location``,
written by Settings → Database) > ``<data folder>/hashpledge.sqlite3``. A location is a file path or a
``postgresql://user@host:port/name`` address.

The password of a server address comes from, in order: the address itself (typed on a command line; used,
never saved), the OS keyring (service "HashPledge", user ``user@host:port/name``: Windows Credential Manager,
macOS Keychain, the Secret Service of GNOME/KDE), libpq's own ``PGPASSWORD`` / ``~/.pgpass`` (the user's
files; HashPledge never writes them), then the ``prompt`` the caller gives (a dialog, or the terminal), which
may offer to remember it in the keyring. Saving a location never saves a password: it is taken out of the
address first. With no keyring on the machine (a server without a desktop session) the prompt is the way.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings
from sqlalchemy import URL, make_url

from desktop import APP_NAME, ORG_NAME
from desktop.paths import default_db_path
from desktop.store import db as store_db

SETTINGS_KEY = "database/location"
KEYRING_SERVICE = "HashPledge"
MAX_PROMPTS = 3


@dataclass(frozen=True)
class Answer:
    password: str
    remember: bool = False  # store it in the keyring once the server accepted it


Prompt = Callable[[str, bool], "Answer | None"]
"""``prompt(address shown to the user, refused before)`` → the password typed, or None when cancelled."""


class KeyringUnavailable(store_db.StoreError):
    context = "DbAccess"  # where desktop.i18n.tr_error finds its translation


def _settings() -> QSettings:
    return QSettings(ORG_NAME, APP_NAME)


def saved_location() -> str | None:
    value = _settings().value(SETTINGS_KEY, "")
    return str(value) if value else None


def save_location(location: str | os.PathLike | None) -> str | None:
    """Remember the database to open next time (None: the default file). A server address is saved without
    its password. Returns what was saved."""
    settings = _settings()
    if location is None or not str(location).strip():
        settings.remove(SETTINGS_KEY)
        settings.sync()
        return None
    value = str(location).strip()
    value = store_db.display_url(store_db.server_url(value)) if store_db.is_server_url(value) \
        else str(Path(value).expanduser())
    settings.setValue(SETTINGS_KEY, value)
    settings.sync()
    return value


def resolve_location(cli_value: str | os.PathLike | None = None) -> str:
    for value in (cli_value, os.environ.get("HASHPLEDGE_DB"), saved_location()):
        if value and str(value).strip():
            value = str(value).strip()
            return value if store_db.is_server_url(value) else str(Path(value).expanduser())
    return str(default_db_path())


# ---- the keyring ------------------------------------------------------------------------------------------------
def keyring_user(url: URL | str) -> str:
    """The keyring entry's user name for a server address: ``user@host:port/name``."""
    url = url if isinstance(url, URL) else make_url(str(url))
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def _keyring():
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError as exc:  # pragma: no cover - a dependency
        raise KeyringUnavailable(QT_TRANSLATE_NOOP("DbAccess", "the keyring module is missing ({0})"), exc) from exc
    return keyring, KeyringError


def stored_password(url: URL | str) -> str | None:
    """The password saved in the OS keyring for this server address, or None (also when there is no keyring)."""
    keyring, keyring_error = _keyring()
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except (keyring_error, RuntimeError):
        return None


def remember_password(url: URL | str, password: str) -> None:
    keyring, keyring_error = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_user(url), password)
    except (keyring_error, RuntimeError) as exc:
        raise KeyringUnavailable(QT_TRANSLATE_NOOP(
            "DbAccess", "The password could not be saved in the system keyring ({0}); you will be asked for it "
            "each time."), exc) from exc


def forget_password(url: URL | str) -> bool:
    """Remove the saved password; False when there was none (or no keyring)."""
    keyring, keyring_error = _keyring()
    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_user(url))
        return True
    except (keyring_error, RuntimeError):
        return False


# ---- opening ----------------------------------------------------------------------------------------------------
def open_location(location: str | os.PathLike, *, prompt: Prompt | None = None,
                  busy_timeout_ms: int = store_db.BUSY_TIMEOUT_MS, upgrade: bool = True) -> store_db.Database:
    """Open a file or a server database. For a server, find the password (see the module) and ask ``prompt``
    when the server wants one; a password typed and accepted is saved in the keyring when the user asked.
    Raises StoreError (PasswordRequired when no password could be found or all were refused). ``upgrade=False``:
    a connection test that changes nothing on a server (see store_db.open_database)."""
    if not store_db.is_server_url(location):
        return store_db.open_database(location, busy_timeout_ms=busy_timeout_ms)
    url = store_db.server_url(location)
    given = url.password  # typed in the address: used, never saved
    url = url._replace(password=None)
    candidates = [given] if given is not None else [stored_password(url), None]  # None: libpq's own sources
    last: store_db.PasswordRequired | None = None
    refused = False
    for password in dict.fromkeys(candidates):
        try:
            return store_db.open_database(url, password=password, busy_timeout_ms=busy_timeout_ms, upgrade=upgrade)
        except store_db.PasswordRequired as exc:
            last, refused = exc, refused or exc.refused
    if prompt is None:
        raise last
    for _ in range(MAX_PROMPTS):
        answer = prompt(store_db.display_url(url), refused)
        if answer is None:
            raise last
        try:
            database = store_db.open_database(url, password=answer.password, busy_timeout_ms=busy_timeout_ms,
                                            upgrade=upgrade)
        except store_db.PasswordRequired as exc:
            last, refused = exc, True
            continue
        if answer.remember:
            try:
                remember_password(url, answer.password)
            except KeyringUnavailable as exc:
                database.warning = exc  # the caller says so; the database is open all the same
        return database
    raise last
