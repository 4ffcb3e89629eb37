"""HashPledge: farm books, loan simulation and bank collateral packages for small Bitcoin miners.

Layers (imports only go downwards):
    ui -> services -> store -> core
``core`` is pure domain logic and imports neither Qt nor SQLAlchemy.
"""

from importlib import metadata as _metadata

APP_NAME = "HashPledge"
ORG_NAME = "HashPledge"

try:
    __version__ = _metadata.version("hashpledge")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen build
    __version__ = "0.1.0"
