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
    QT_TRANSLATE_NOOP("CoreMessages", "offer '{0}': '{1}' is missing"),
    QT_TRANSLATE_NOOP("CoreMessages", "offer '{0}': '{1}' must be {2}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the amount must be more than zero"),
    QT_TRANSLATE_NOOP("CoreMessages", "the BTC price must be more than zero"),
    QT_TRANSLATE_NOOP("CoreMessages", "the term must be at least one month"),
    QT_TRANSLATE_NOOP("CoreMessages", "the collateral cannot be negative"),
    QT_TRANSLATE_NOOP("CoreMessages", "an LTV threshold must be more than 0 and at most 1"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no collateral to measure the loan against"),
    QT_TRANSLATE_NOOP("CoreMessages", "the rate cannot be solved for these cash flows"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown legal form '{0}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "the offer is not available to individuals"),
    QT_TRANSLATE_NOOP("CoreMessages", "the offer is not available to sole traders"),
    QT_TRANSLATE_NOOP("CoreMessages", "the offer is not available to companies"),
    QT_TRANSLATE_NOOP("CoreMessages", "the offer requires an entry in the FNS registry of miners"),
    QT_TRANSLATE_NOOP("CoreMessages", "the offer requires at least {0} months in the registry of miners; registered for {1}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the offer requires at least {0} months in the registry of miners; the registration date is not given"),
    QT_TRANSLATE_NOOP("CoreMessages", "the amount is below the offer's minimum of {0} {1}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the amount is above the offer's maximum of {0} {1}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the term must be from {0} to {1} months for this offer"),
    QT_TRANSLATE_NOOP("CoreMessages", "the collateral is not enough: LTV {0} % is above the offer's {1} %"),
    QT_TRANSLATE_NOOP("CoreMessages", "the period ends before it starts"),
    QT_TRANSLATE_NOOP("CoreMessages", "the useful life must be at least one month"),
    QT_TRANSLATE_NOOP("CoreMessages", "the price cannot be negative"),
    QT_TRANSLATE_NOOP("CoreMessages", "hashrate must be positive"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown energy record kind '{0}'"),
    QT_TRANSLATE_NOOP("CoreMessages", "the reading of {0} ({1} kWh) is lower than the one of {2} ({3} kWh); counted as a new meter"),  # noqa: E501
)


# Errors of the online sources (desktop/services/net.py, market.py); translated under their own context.
_NET_MESSAGES = (
    QT_TRANSLATE_NOOP("NetMessages", "addresses of the {0} network cannot be checked"),
    QT_TRANSLATE_NOOP("NetMessages", "could not connect to {0} within {1} s"),
    QT_TRANSLATE_NOOP("NetMessages", "could not connect to {0}; check the internet connection"),
    QT_TRANSLATE_NOOP("NetMessages", "no BTC/{0} prices for {1} – {2}"),
    QT_TRANSLATE_NOOP("NetMessages", "online data is off (Settings: allow online data)"),
    QT_TRANSLATE_NOOP("NetMessages", "the address was deleted during the check"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer declares an unknown encoding: {0}"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer does not have the expected format"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer has an impossible block range or fee total"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer has an impossible difficulty or hashrate"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer has an impossible price: {0}"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer has an impossible rate: {0}"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer has an unreadable date: {0}"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer has an unreadable nominal: {0}"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer has an unreadable number: {0}"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer has no BTC price in USD, RUB or EUR"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer has no USD or EUR rate"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer has no price for bitcoin"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer has no price list"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer has no rates ({0})"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer is UTF-8 text declared as windows-1251 (wrong encoding)"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer is not XML"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer is not a plain XML document"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer is not in the UTF-8 encoding JSON requires"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer is not in the encoding it declares ({0})"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer is not valid JSON"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer is not valid XML"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer is too large (over {0} MB)"),
    QT_TRANSLATE_NOOP("NetMessages", "the answer was cut off or garbled; try again"),
    QT_TRANSLATE_NOOP("NetMessages", "the request failed ({0})"),
    QT_TRANSLATE_NOOP("NetMessages", "the secure connection to {0} failed (certificate or TLS error)"),
    QT_TRANSLATE_NOOP("NetMessages", "the server address is not a valid http(s) URL: {0}"),
    QT_TRANSLATE_NOOP("NetMessages", "the server did not answer within {0} s"),
    QT_TRANSLATE_NOOP("NetMessages", "the server has a problem (HTTP {0}); try again later"),
    QT_TRANSLATE_NOOP("NetMessages", "the server is busy or limits requests (HTTP {0}); try again in {1} min"),
    QT_TRANSLATE_NOOP("NetMessages", "the server refused the request (HTTP {0} {1})"),
    QT_TRANSLATE_NOOP("NetMessages", "the server refused the request (HTTP {0})"),
    QT_TRANSLATE_NOOP("NetMessages", "the server refused the request with a web page (HTTP {0})"),
    QT_TRANSLATE_NOOP("NetMessages", "the server rejects this address: {0} ({1})"),
    QT_TRANSLATE_NOOP("NetMessages", "the server sent a web page instead of data (an error or anti-bot page?)"),
    QT_TRANSLATE_NOOP("NetMessages", "the server sent an empty answer"),
    QT_TRANSLATE_NOOP("NetMessages", "this source is turned off in the settings"),
    QT_TRANSLATE_NOOP("NetMessages", "too many requests (HTTP 429): the server limits requests; try again later"),
    QT_TRANSLATE_NOOP("NetMessages", "{0} of {1} addresses could not be checked: {2}"),
)


# Problems of offer files (desktop/services/offers.py); the key they concern is not translated.
_OFFER_MESSAGES = (
    QT_TRANSLATE_NOOP("OfferMessages", "“{0}” is missing"),
    QT_TRANSLATE_NOOP("OfferMessages", "unknown key “{0}” (keys of your own must start with “x-”)"),
    QT_TRANSLATE_NOOP("OfferMessages", "must be {0}, not {1}"),
    QT_TRANSLATE_NOOP("OfferMessages", "must be one of {0}, not {1}"),
    QT_TRANSLATE_NOOP("OfferMessages", "this app reads offer format {0}, not {1}"),
    QT_TRANSLATE_NOOP("OfferMessages", "must be at least {0}, not {1}"),
    QT_TRANSLATE_NOOP("OfferMessages", "must be at most {0}, not {1}"),
    QT_TRANSLATE_NOOP("OfferMessages", "must be more than {0}, not {1}"),
    QT_TRANSLATE_NOOP("OfferMessages", "must be less than {0}, not {1}"),
    QT_TRANSLATE_NOOP("OfferMessages", "is empty"),
    QT_TRANSLATE_NOOP("OfferMessages", "is longer than {0} characters"),
    QT_TRANSLATE_NOOP("OfferMessages", "must be a short name of lower-case latin letters, digits and single hyphens, like “my-bank-2025”, not {0}"),
    QT_TRANSLATE_NOOP("OfferMessages", "must be lower-case latin letters, digits and underscores, like “cbr_key_rate”, not {0}"),
    QT_TRANSLATE_NOOP("OfferMessages", "does not have the expected form: {0}"),
    QT_TRANSLATE_NOOP("OfferMessages", "must list at least {0} value(s)"),
    QT_TRANSLATE_NOOP("OfferMessages", "lists the same value twice"),
    QT_TRANSLATE_NOOP("OfferMessages", "must be a date written YYYY-MM-DD, not {0}"),
    QT_TRANSLATE_NOOP("OfferMessages", "{0}"),
    QT_TRANSLATE_NOOP("OfferMessages", "must be a finite number, not {0}"),
    QT_TRANSLATE_NOOP("OfferMessages", "an offer must be a JSON object {{…}}, not {0}"),
    QT_TRANSLATE_NOOP("OfferMessages", "the initial LTV ({0}) must be below the margin-call LTV ({1})"),
    QT_TRANSLATE_NOOP("OfferMessages", "the margin-call LTV ({0}) must be below the liquidation LTV ({1})"),
    QT_TRANSLATE_NOOP("OfferMessages", "the LTV a margin call must be cured to ({0}) cannot be above the margin-call LTV ({1})"),
    QT_TRANSLATE_NOOP("OfferMessages", "the shortest term ({0} months) is longer than the longest ({1} months)"),
    QT_TRANSLATE_NOOP("OfferMessages", "the default term ({0} months) must lie between {1} and {2} months"),
    QT_TRANSLATE_NOOP("OfferMessages", "the largest amount ({0}) is below the smallest ({1})"),
    QT_TRANSLATE_NOOP("OfferMessages", "is missing: with collateral “{0}” the offer must say which share of the equipment's market value counts as collateral (e.g. 0.6)"),
    QT_TRANSLATE_NOOP("OfferMessages", "the rate ({0} % + {1} %) is below zero"),
    QT_TRANSLATE_NOOP("OfferMessages", "not valid JSON at line {0}, column {1}: {2}"),
    QT_TRANSLATE_NOOP("OfferMessages", "the file is empty"),
    QT_TRANSLATE_NOOP("OfferMessages", "{0} is not a number JSON allows"),
    QT_TRANSLATE_NOOP("OfferMessages", "the key “{0}” appears twice in the same object"),
    QT_TRANSLATE_NOOP("OfferMessages", "the file is not UTF-8 text (line {0})"),
    QT_TRANSLATE_NOOP("OfferMessages", "cannot read the file ({0})"),
    QT_TRANSLATE_NOOP("OfferMessages", "cannot write the file ({0})"),
    QT_TRANSLATE_NOOP("OfferMessages", "there is no offer “{0}” (neither an offer id in the database nor a .json file)"),
    QT_TRANSLATE_NOOP("OfferMessages", "the copy needs an id other than “{0}”"),
    QT_TRANSLATE_NOOP("OfferMessages", "{0} cannot be written as JSON"),
)


def tr_error(exc: Exception) -> str:
    """The user's-language sentence for an exception (domain errors are translated by template)."""
    from desktop.services.net import NetError
    from desktop.services.offers import OfferError

    if isinstance(exc, OfferError):
        text = QCoreApplication.translate("OfferMessages", exc.template).format(*exc.params)
        return f"{exc.key}: {text}" if exc.key else text
    if isinstance(exc, NetError):
        text = QCoreApplication.translate("NetMessages", exc.template).format(*exc.params)
        label = getattr(exc, "label", "") or ""
        if label:  # "Bank of Russia" is translated where the Market data page names the sources
            label = QCoreApplication.translate("Sources", label)
        return f"{label}: {text}" if label else text
    if isinstance(exc, DomainError):
        return QCoreApplication.translate(CORE_CONTEXT, exc.template).format(*exc.params)
    return str(exc)
