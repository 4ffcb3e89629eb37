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
    QT_TRANSLATE_NOOP("CoreMessages", "'{0}' is not a number: digits must be grouped by three"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{0}' is not a number: it mixes commas and points"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{0}' is ambiguous: write {1} or {2}"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{0}' must be a whole number"),
    QT_TRANSLATE_NOOP("CoreMessages", "'{0}' has more than {1} decimals"),
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
    # the mining calculator's inputs (desktop/core/mining.py MiningInputs.validate)
    QT_TRANSLATE_NOOP("CoreMessages", "power must not be negative"),
    QT_TRANSLATE_NOOP("CoreMessages", "tariff must not be negative"),
    QT_TRANSLATE_NOOP("CoreMessages", "BTC price must not be negative"),
    QT_TRANSLATE_NOOP("CoreMessages", "difficulty must be positive"),
    QT_TRANSLATE_NOOP("CoreMessages", "fees per block must not be negative"),
    QT_TRANSLATE_NOOP("CoreMessages", "pool fee must be from 0 to below 100 %"),
    QT_TRANSLATE_NOOP("CoreMessages", "uptime must be above 0 and at most 100 %"),
    QT_TRANSLATE_NOOP("CoreMessages", "days must be a whole number from 1 to {0}"),
    QT_TRANSLATE_NOOP("CoreMessages", "difficulty growth must be above -100 % per month"),
    QT_TRANSLATE_NOOP("CoreMessages", "purchase price must not be negative"),
    # the risk maths (desktop/core/risk.py) on what a user chose
    QT_TRANSLATE_NOOP("CoreMessages", "the history is shorter than the loan"),
    QT_TRANSLATE_NOOP("CoreMessages", "no start date in the window has its full term in the history"),
    QT_TRANSLATE_NOOP("CoreMessages", "amount and price must be positive"),
    QT_TRANSLATE_NOOP("CoreMessages", "the collateral cannot be more than the BTC held"),
    QT_TRANSLATE_NOOP("CoreMessages", "not enough BTC to sell for the amount"),
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


# Names of the bundled illustrative offers (resources/offers/*.json): app content, so shown in the UI's
# language. The user's own offers are shown as typed (no translation matches them).
OFFER_NAMES_CONTEXT = "OfferNames"
_OFFER_NAMES = (
    QT_TRANSLATE_NOOP("OfferNames", "Illustrative BTC lender A"),
    QT_TRANSLATE_NOOP("OfferNames", "BTC-backed bullet loan, 12 months (50/70/80 % LTV)"),
    QT_TRANSLATE_NOOP("OfferNames", "Illustrative BTC lender B"),
    QT_TRANSLATE_NOOP("OfferNames", "Interest-only BTC-backed loan, 40 % LTV, interest every 30 days"),
    QT_TRANSLATE_NOOP("OfferNames", "Illustrative BTC lender C"),
    QT_TRANSLATE_NOOP("OfferNames", "BTC-backed loan in EUR (50/70/85 % LTV)"),
    QT_TRANSLATE_NOOP("OfferNames", "Illustrative equipment lender (ASIC-backed)"),
    QT_TRANSLATE_NOOP("OfferNames", "Loan secured by ASIC miners, 24 months"),
    QT_TRANSLATE_NOOP("OfferNames", "Illustrative Russian bank (key rate + 7 pp)"),
    QT_TRANSLATE_NOOP("OfferNames", "Loan to miners secured by mined BTC, key rate + 7 pp"),
)


def offer_name(text: str) -> str:
    """A lender or product name in the UI's language when it is one of the bundled offers', else as given."""
    return QCoreApplication.translate(OFFER_NAMES_CONTEXT, text) if text in _OFFER_NAMES else text


# Problems of offer files (desktop/services/offers.py); the key they concern is not translated.
_OFFER_MESSAGES = (
    QT_TRANSLATE_NOOP("OfferMessages", "“{0}” is missing"),
    QT_TRANSLATE_NOOP("OfferMessages", "someone else changed the offer “{0}” while you were editing it; nothing was "
                                       "saved. Close this window and open the offer again to see their version"),
    QT_TRANSLATE_NOOP("OfferMessages", "someone else has just added an offer “{0}”; nothing was saved. Choose "
                                       "another id"),
    QT_TRANSLATE_NOOP("OfferMessages", "someone else deleted the offer “{0}” while you were editing it; nothing was "
                                       "saved"),
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
        text = QCoreApplication.translate("NetMessages", exc.template).format(*_params(exc))
        label = getattr(exc, "label", "") or ""
        if label:  # "Bank of Russia" is translated where the Market data page names the sources
            label = QCoreApplication.translate("Sources", label)
        return f"{label}: {text}" if label else text
    if isinstance(exc, DomainError):
        return QCoreApplication.translate(CORE_CONTEXT, exc.template).format(*exc.params)
    from desktop.store.db import StoreError

    if isinstance(exc, StoreError) and exc.params:  # the store marks its templates; it has no Qt of its own
        context = getattr(exc, "context", "Store")  # services' StoreErrors name their own (DbAccess, DbCopy)
        params = [QCoreApplication.translate("Store", p) if isinstance(p, str) else p for p in exc.params]
        return QCoreApplication.translate(context, exc.template).format(*params)
    return str(exc)


def tr_reason(reason: object) -> str:
    """An eligibility reason of the loan maths (desktop.core.loans.Reason: the English sentence with its
    ``template`` and ``params``) in the user's language; any other object as its text."""
    template = getattr(reason, "template", None)
    if template is None:
        return str(reason)
    return QCoreApplication.translate(CORE_CONTEXT, template).format(*getattr(reason, "params", ()))


def tr_message(exc: Exception) -> str:
    """Like tr_error, but a network error without its source's name (for lines that name the source)."""
    from desktop.services.net import NetError

    if isinstance(exc, NetError):
        return QCoreApplication.translate("NetMessages", exc.template).format(*_params(exc))
    return tr_error(exc)


def tr_recorded(text: str) -> str:
    """A network error's sentence as it was recorded (English, in the database: ``source_status.last_error``) in
    the user's language: matched against the templates of _NET_MESSAGES, its parameters put back (themselves
    translated when they are such a sentence). Text that matches none is returned as it is."""
    return _match_recorded(text or "", 0)


def _match_recorded(text: str, depth: int) -> str:
    import re

    if depth > 2:
        return text
    for template in sorted(_NET_MESSAGES, key=len, reverse=True):
        pattern = "".join("(.+?)" if re.fullmatch(r"\{\d\}", part) else re.escape(part)
                          for part in re.split(r"(\{\d\})", template))
        match = re.fullmatch(pattern, text, re.DOTALL)
        if match is None:
            continue
        params = [_match_recorded(g, depth + 1) for g in match.groups()]
        order = [int(n) for n in re.findall(r"\{(\d)\}", template)]
        values = [""] * (max(order) + 1 if order else 0)
        for n, value in zip(order, params, strict=True):
            values[n] = value
        return QCoreApplication.translate("NetMessages", template).format(*values)
    return text


def _params(exc: DomainError) -> list:
    """The parameters of a message, a network error among them (one address's failure in "… could not be
    checked: {2}") in the user's language too."""
    from desktop.services.net import NetError

    return [tr_message(p) if isinstance(p, NetError) else p for p in exc.params]
