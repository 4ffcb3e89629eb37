"""Where things live: the user's data folder, the database file, the bundled resources.

Precedence for the database: ``--db PATH`` > ``HASHPLEDGE_DB`` > ``<data folder>/hashpledge.sqlite3``.
The data folder is ``HASHPLEDGE_HOME`` when set, else the platform's user data folder
(``~/.local/share/HashPledge`` on Linux, ``%LOCALAPPDATA%\\HashPledge`` on Windows).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

DB_FILE_NAME = "hashpledge.sqlite3"


def data_dir() -> Path:
    home = os.environ.get("HASHPLEDGE_HOME")
    if home:
        return Path(home).expanduser()
    return Path(platformdirs.user_data_dir("HashPledge", appauthor=False, roaming=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILE_NAME


def resolve_db_path(cli_value: str | os.PathLike | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get("HASHPLEDGE_DB")
    if env:
        return Path(env).expanduser()
    return default_db_path()


def resources_dir() -> Path:
    """The bundled ``resources/`` folder: beside the package in a checkout, inside the bundle when frozen."""
    override = os.environ.get("HASHPLEDGE_RESOURCES")
    if override:
        return Path(override)
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"bundled resource missing: {path}")
    return path
