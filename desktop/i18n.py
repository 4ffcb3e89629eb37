"""Translation helpers shared by services and the UI (QtCore only, no widgets).

Domain errors from ``desktop.core`` carry English templates; they are listed here with
QT_TRANSLATE_NOOP so that lupdate collects them into resources/i18n/*.ts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.core.errors import DomainError

CORE_CONTEXT = "CoreMessages"

_CORE_MESSAGES = (
    QT_TRANSLATE_NOOP("CoreMessages", "INN is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "INN must contain digits only"),
    QT_TRANSLATE_NOOP("CoreMessages", "INN of this legal form must have {0} digits, not {1}"),
    QT_TRANSLATE_NOOP("CoreMessages", "INN check digit is wrong"),
    QT_TRANSLATE_NOOP("CoreMessages", "INN 11th (check) digit is wrong"),
    QT_TRANSLATE_NOOP("CoreMessages", "INN 12th (check) digit is wrong"),
    QT_TRANSLATE_NOOP("CoreMessages", "INN must have 10 or 12 digits, not {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "empty amount"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{0}' has more than one decimal comma"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{0}' is not a number"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{0}' is not a finite number"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{0}' is negative"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{0}' has more than 8 decimals (smaller than one satoshi)"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{0}' is more than 21 million BTC"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown currency '{0}' (known: {1})"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} {1} is finer than the currency's minor unit"),
    QT_TRANSLATE_NOOP("CoreMessages", "the address is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "the address contains a space"),
    QT_TRANSLATE_NOOP("CoreMessages", 'the address contains an invalid character "{0}"'),
    QT_TRANSLATE_NOOP("CoreMessages", "the address mixes upper and lower case letters"),
    QT_TRANSLATE_NOOP("CoreMessages", "the checksum is wrong (a typo?)"),
    QT_TRANSLATE_NOOP("CoreMessages", "the address has the wrong length"),
    QT_TRANSLATE_NOOP("CoreMessages", 'unknown address prefix "{0}"'),
    QT_TRANSLATE_NOOP("CoreMessages", "invalid segwit version {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the address is malformed"),
    QT_TRANSLATE_NOOP("CoreMessages", "a segwit version {0} address must use {1}, not {2}"),
    QT_TRANSLATE_NOOP("CoreMessages", "this is a {0} address, expected {1}"),
    QT_TRANSLATE_NOOP("CoreMessages", "this looks like a private key: never enter it"),
    QT_TRANSLATE_NOOP("CoreMessages", "an extended public key is not an address"),
    QT_TRANSLATE_NOOP("CoreMessages", "the period ends before it starts"),
    QT_TRANSLATE_NOOP("CoreMessages", "the useful life must be at least one month"),
    QT_TRANSLATE_NOOP("CoreMessages", "the price cannot be negative"),
    QT_TRANSLATE_NOOP("CoreMessages", "hashrate must be positive"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown energy record kind '{0}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "the reading of {0} ({1} kWh) is lower than the one of {2} ({3} kWh); counted as a new meter"),  # noqa: E501
)


def _check_core_messages() -> None:  # pragma: no cover - a developer's guard, run by the tests
    from desktop.core.addresses import MESSAGES

    missing = set(MESSAGES) - set(_CORE_MESSAGES)
    assert not missing, missing


def tr_error(exc: Exception) -> str:
    """The user's-language sentence for an exception (domain errors are translated by template)."""
    if isinstance(exc, DomainError):
        return QCoreApplication.translate(CORE_CONTEXT, exc.template).format(*exc.params)
    return str(exc)
