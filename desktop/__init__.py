"""HashPledge: farm books, loan simulation and bank collateral packages for small Bitcoin miners.

Layers (imports only go downwards):
    ui -> services -> store -> core
``core`` is pure domain logic and imports neither Qt nor SQLAlchemy.
"""

import json as _json
import sys as _sys
from importlib import metadata as _metadata
from pathlib import Path as _Path

APP_NAME = "HashPledge"
ORG_NAME = "HashPledge"


def build_info() -> dict:
    """Name, version (pyproject.toml is the one source), and for a frozen build its commit and build time."""
    frozen_root = getattr(_sys, "_MEIPASS", None)
    if frozen_root:  # written by build/hashpledge.spec
        return _json.loads((_Path(frozen_root) / "build_info.json").read_text(encoding="utf-8"))
    try:
        return {"name": "hashpledge", "version": _metadata.version("hashpledge")}
    except _metadata.PackageNotFoundError:  # a source tree that was never installed
        import tomllib

        pyproject = _Path(__file__).resolve().parent.parent / "pyproject.toml"
        project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
        return {"name": project["name"], "version": project["version"]}


__version__ = build_info()["version"]
