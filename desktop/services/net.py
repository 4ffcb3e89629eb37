"""The one way out to the network: a shared HTTP session behind the "online data" gate.

Every request of the app goes through :func:`fetch_json` or :func:`fetch_bytes`, which

1. check the ``online_allowed`` setting and the source's ``<source>_enabled`` setting first and raise
   :class:`OfflineError` without sending anything when either is off;
2. send the request on one shared :class:`requests.Session` (honest User-Agent, connect/read timeouts),
   retrying 429 and 5xx answers (and refused connections) with exponential backoff that honours
   ``Retry-After`` up to a cap: a server asking for a longer wait is not retried, the user is told;
3. check the answer (status, empty body, an HTML page instead of data, encoding, JSON syntax) and turn
   every problem into a :class:`FetchError` with a short message — never a traceback;
4. record the outcome in ``source_status`` in its own short transaction (see :func:`tracked`).

JSON numbers with a fraction or exponent become :class:`~decimal.Decimal` (``parse_float=Decimal``);
integers stay ints; NaN and Infinity are refused. Nothing here produces a float.

The optional ``progress(percent, text)`` callable is called before each attempt and while waiting; it
raises to cancel (see ``desktop.ui.workers.Progress``) and that exception is passed through untouched.
"""

from __future__ import annotations

import contextlib
import contextvars
import email.utils
import json
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from urllib.parse import urlsplit

import requests
import urllib3
from PySide6.QtCore import QCoreApplication

from desktop import __version__
from desktop.core.errors import DomainError
from desktop.services import settings
from desktop.services.settings import ONLINE_ALLOWED, SettingDef
from desktop.store.db import Database
from desktop.store.models import SourceStatus
from desktop.store.types import utcnow

USER_AGENT = f"HashPledge/{__version__} (+desktop app; offline-first)"

# Display names of the sources (messages, status line).
LABELS = {"coingecko": "CoinGecko", "cbr": "Bank of Russia", "mempool": "mempool.space", "esplora": "Esplora"}

Progress = Callable[[int, str], None]


@dataclass
class NetConfig:
    """Process-wide defaults; tests replace fields (``monkeypatch.setattr(net.CONFIG, "sleep", fake)``)."""

    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    attempts: int = 3  # at most this many requests per fetch
    backoff: float = 1.0  # first wait without Retry-After; doubles each retry
    max_wait: float = 60.0  # longest single wait; a longer Retry-After is not waited for
    wait_step: float = 1.0  # waits are cut in steps of this length to let progress() cancel
    max_bytes: int = 8 * 1024 * 1024  # larger answers are refused
    sleep: Callable[[float], None] = time.sleep
    poll: float = 0.1  # with progress(), how often a request in flight checks for Cancel


CONFIG = NetConfig()


class NetError(DomainError):
    """A network problem of one source. ``str()`` names the source; ``template``/``params`` translate."""

    def __init__(self, source: str, template: str, *params: object):
        super().__init__(template, *params)
        self.source = source
        self.message = template.format(*params)

    @property
    def label(self) -> str:
        return LABELS.get(self.source, self.source)

    def __str__(self) -> str:
        return f"{self.label}: {self.message}" if self.label else self.message

    def __format__(self, spec: str) -> str:
        """As a parameter of another message ("… could not be checked: {2}"): the sentence without the source's
        name (desktop.i18n translates such a parameter with the message around it)."""
        return format(self.message, spec)


class OfflineError(NetError):
    """Online data is off (globally or for this source): nothing was sent."""


class FetchError(NetError):
    """The source could not be reached or its answer was unusable. ``status`` is the HTTP status if any."""

    def __init__(self, source: str, template: str, *params: object, status: int | None = None, body: str = ""):
        super().__init__(source, template, *params)
        self.status = status
        self.body = body  # the start of a short text answer (e.g. Esplora's "Invalid Bitcoin address")


# ---- the gate -----------------------------------------------------------------------------------------
def enabled_def(source: str) -> SettingDef:
    """The ``<source>_enabled`` setting (declared by desktop.services.market; enabled if undeclared)."""
    return settings.DEFS.get(f"{source}_enabled") or SettingDef(f"{source}_enabled", True)


def check_allowed(db: Database, source: str) -> None:
    if not settings.get(db, ONLINE_ALLOWED):
        raise OfflineError(source, "online data is off (Settings: allow online data)")
    if not settings.get(db, enabled_def(source)):
        raise OfflineError(source, "this source is turned off in the settings")


# ---- the shared session -------------------------------------------------------------------------------
_session: requests.Session | None = None
_session_lock = threading.Lock()


def session() -> requests.Session:
    """The process's one HTTP session (created on first use). System proxy settings are honoured."""
    global _session
    with _session_lock:
        if _session is None:
            s = requests.Session()
            s.headers["User-Agent"] = USER_AGENT
            adapter = requests.adapters.HTTPAdapter(max_retries=0)  # retries are ours, see _request
            s.mount("https://", adapter)
            s.mount("http://", adapter)
            _session = s
        return _session


def close_session() -> None:
    global _session
    with _session_lock:
        if _session is not None:
            _session.close()
            _session = None


# ---- outcome recording --------------------------------------------------------------------------------
_tracked: contextvars.ContextVar[frozenset[str]] = contextvars.ContextVar("hashpledge_net_tracked",
                                                                           default=frozenset())


def record_success(db: Database, source: str) -> None:
    with db.session() as s:
        row = s.get(SourceStatus, source) or SourceStatus(source=source, last_error="")
        row.last_success_at = utcnow()
        s.add(row)


def record_error(db: Database, source: str, message: str) -> None:
    with db.session() as s:
        row = s.get(SourceStatus, source) or SourceStatus(source=source)
        row.last_error_at = utcnow()
        row.last_error = message[:500]
        s.add(row)


@contextlib.contextmanager
def tracked(db: Database, source: str) -> Iterator[None]:
    """One operation on a source (fetches, parsing, caching): its outcome is recorded once, at the end.

    A :class:`FetchError` is recorded and re-raised; a malformed answer (KeyError, TypeError, ValueError,
    ArithmeticError, IndexError while reading it) becomes a FetchError. :class:`OfflineError` and
    cancellation (whatever ``progress`` raises) pass through unrecorded.
    """
    token = _tracked.set(_tracked.get() | {source})
    try:
        yield
    except OfflineError:
        raise
    except FetchError as exc:
        record_error(db, source, exc.message)
        raise
    except (KeyError, IndexError, TypeError, ValueError, ArithmeticError) as exc:
        err = FetchError(source, "the answer does not have the expected format")
        record_error(db, source, err.message)
        raise err from exc
    else:
        record_success(db, source)
    finally:
        _tracked.reset(token)


@contextlib.contextmanager
def _recorded(db: Database, source: str) -> Iterator[None]:
    """Record a lone fetch's outcome, unless an enclosing :func:`tracked` will."""
    if source in _tracked.get():
        yield
        return
    try:
        yield
    except FetchError as exc:
        record_error(db, source, exc.message)
        raise
    else:
        record_success(db, source)


# ---- requests -----------------------------------------------------------------------------------------
def _retry_after(value: str | None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None if absent/unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(0.0, (when - utcnow()).total_seconds())


def _wait(seconds: float, progress: Progress | None, percent: int, text: str) -> None:
    if progress is None:
        CONFIG.sleep(seconds)
        return
    remaining = seconds
    while remaining > 0:
        progress(percent, text)
        step = min(CONFIG.wait_step, remaining)
        CONFIG.sleep(step)
        remaining -= step
    progress(percent, text)


def _minutes(seconds: float) -> int:
    """A wait in whole minutes, rounded up (for "try again in N min")."""
    return max(1, (int(round(seconds)) + 59) // 60)


def _looks_like_html(content_type: str, body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return "html" in content_type or head.startswith((b"<!doctype html", b"<html", b"<head", b"<body"))


def _text_snippet(response: requests.Response, body: bytes) -> str:
    """A short explanation from an error answer: Esplora's plain text, or a JSON error message."""
    if len(body) > 2000:
        return ""
    try:
        text = body.decode("utf-8").strip()
    except UnicodeDecodeError:
        return ""
    if "json" in response.headers.get("Content-Type", "") or text.startswith("{"):
        try:
            data = json.loads(text, parse_float=Decimal)
        except (ValueError, RecursionError):  # RecursionError: nested too deeply (a hostile answer)
            return ""
        for _ in range(3):  # {"error": "..."}, {"status": {"error_message": "..."}}, ...
            if not isinstance(data, dict):
                break
            found = next((data[k] for k in ("error_message", "error", "message", "status") if k in data), None)
            if isinstance(found, str):
                return found.strip()[:200]
            data = found
        return ""
    return text.splitlines()[0][:200] if text else ""


def _read(response: requests.Response, source: str) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_content(64 * 1024):
        size += len(chunk)
        if size > CONFIG.max_bytes:
            raise FetchError(source, "the answer is too large (over {0} MB)", CONFIG.max_bytes // (1024 * 1024))
        chunks.append(chunk)
    return b"".join(chunks)


def _get(source: str, url: str, params: Mapping[str, str] | None, accept: str,
         timeout: tuple[float, float]) -> tuple[requests.Response, bytes]:
    with session().get(url, params=params, timeout=timeout, stream=True, headers={"Accept": accept}) as response:
        return response, _read(response, source)


def _interruptible(fn: Callable[[], tuple[requests.Response, bytes]], progress: Progress | None, percent: int,
                   text: str) -> tuple[requests.Response, bytes]:
    """Run one blocking request so that ``progress()`` can cancel it while it waits.

    A server that accepts the connection and never answers would otherwise hold Cancel until the read timeout
    (20 s, per read). With ``progress`` the request runs on a helper thread and this one calls ``progress``
    every ``CONFIG.poll`` seconds; when that raises (Cancel) the request is abandoned: its thread ends at its
    own timeout and its answer is dropped. Without ``progress`` (the CLI) the request runs right here.
    """
    if progress is None:
        return fn()
    outcome: list[tuple[bool, object]] = []
    done = threading.Event()

    def run() -> None:
        try:
            outcome.append((True, fn()))
        except BaseException as exc:  # noqa: BLE001 - handed back to the waiting thread
            outcome.append((False, exc))
        finally:
            done.set()

    threading.Thread(target=run, name="hashpledge-request", daemon=True).start()
    while not done.wait(CONFIG.poll):
        progress(percent, text)
    ok, value = outcome[0]
    if not ok:
        raise value  # type: ignore[misc]
    return value  # type: ignore[return-value]


def _check_url(source: str, url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise FetchError(source, "the server address is not a valid http(s) URL: {0}", url)


def _request(
    source: str,
    url: str,
    *,
    params: Mapping[str, str] | None,
    accept: str,
    progress: Progress | None,
    percent: int,
    timeout: tuple[float, float] | None,
    attempts: int | None,
) -> tuple[requests.Response, bytes]:
    """GET with retries; returns a 2xx response and its body, or raises FetchError."""
    _check_url(source, url)
    timeout = timeout or (CONFIG.connect_timeout, CONFIG.read_timeout)
    attempts = max(1, attempts or CONFIG.attempts)
    label = LABELS.get(source, source)
    host = urlsplit(url).netloc
    for attempt in range(1, attempts + 1):
        if progress is not None:
            progress(percent, f"{QCoreApplication.translate('Sources', label)}: {host}")
        last = attempt == attempts
        backoff = min(CONFIG.backoff * 2 ** (attempt - 1), CONFIG.max_wait)
        try:
            response, body = _interruptible(
                lambda: _get(source, url, params, accept, timeout), progress, percent, f"{label}: {host}")
        except requests.exceptions.Timeout as exc:
            if isinstance(exc, requests.exceptions.ConnectTimeout):
                raise FetchError(source, "could not connect to {0} within {1} s", host, _fmt(timeout[0])) from None
            raise FetchError(source, "the server did not answer within {0} s", _fmt(timeout[1])) from None
        except requests.exceptions.SSLError:
            raise FetchError(source, "the secure connection to {0} failed (certificate or TLS error)", host) from None
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError):
            raise FetchError(source, "the answer was cut off or garbled; try again") from None
        except requests.exceptions.ConnectionError as exc:
            if exc.args and isinstance(exc.args[0], urllib3.exceptions.ReadTimeoutError):  # while reading the body
                raise FetchError(source, "the server did not answer within {0} s", _fmt(timeout[1])) from None
            if last:
                raise FetchError(source, "could not connect to {0}; check the internet connection", host) from None
            _wait(backoff, progress, percent, f"{label}: retrying")
            continue
        except requests.exceptions.RequestException as exc:
            raise FetchError(source, "the request failed ({0})", type(exc).__name__) from None

        status = response.status_code
        if 200 <= status < 300:
            return response, body
        html = _looks_like_html(response.headers.get("Content-Type", ""), body)
        if status == 429 or status >= 500:
            wait = _retry_after(response.headers.get("Retry-After"))
            if wait is not None and wait > CONFIG.max_wait:
                raise FetchError(source, "the server is busy or limits requests (HTTP {0}); try again in {1} min",
                                 status, _minutes(wait), status=status)
            if not last:
                _wait(backoff if wait is None else wait, progress, percent, f"{label}: waiting to retry")
                continue
            if status == 429:
                raise FetchError(source, "too many requests (HTTP 429): the server limits requests; try again later",
                                 status=status)
            raise FetchError(source, "the server has a problem (HTTP {0}); try again later", status, status=status)
        if html:
            raise FetchError(source, "the server refused the request with a web page (HTTP {0})", status,
                             status=status)
        snippet = _text_snippet(response, body)
        detail = snippet or response.reason or ""
        if not detail:
            raise FetchError(source, "the server refused the request (HTTP {0})", status, status=status)
        raise FetchError(source, "the server refused the request (HTTP {0} {1})", status, detail,
                         status=status, body=snippet)
    raise AssertionError("unreachable")  # pragma: no cover


def _fmt(seconds: float) -> str:
    return f"{seconds:g}"


def _check_body(source: str, response: requests.Response, body: bytes) -> None:
    if not body.strip():
        raise FetchError(source, "the server sent an empty answer", status=response.status_code)
    if _looks_like_html(response.headers.get("Content-Type", ""), body):
        raise FetchError(source, "the server sent a web page instead of data (an error or anti-bot page?)",
                         status=response.status_code)


def _no_constants(name: str):
    raise ValueError(f"{name} is not a number")


def parse_json(source: str, body: bytes):
    """Parse a JSON answer exactly: fractions as Decimal, ints as int; UTF-8 (BOM tolerated) only."""
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FetchError(source, "the answer is not in the UTF-8 encoding JSON requires") from None
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_no_constants)
    except (ValueError, RecursionError):  # RecursionError: nested too deeply (a hostile answer)
        raise FetchError(source, "the answer is not valid JSON") from None


def fetch_json(
    db: Database,
    source: str,
    url: str,
    *,
    params: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    percent: int = 0,
    timeout: tuple[float, float] | None = None,
    attempts: int | None = None,
):
    """GET ``url`` and return its JSON (Decimal for fractions). Raises OfflineError or FetchError."""
    check_allowed(db, source)
    with _recorded(db, source):
        response, body = _request(source, url, params=params, accept="application/json", progress=progress,
                                  percent=percent, timeout=timeout, attempts=attempts)
        _check_body(source, response, body)
        return parse_json(source, body)


def fetch_bytes(
    db: Database,
    source: str,
    url: str,
    *,
    params: Mapping[str, str] | None = None,
    accept: str = "*/*",
    progress: Progress | None = None,
    percent: int = 0,
    timeout: tuple[float, float] | None = None,
    attempts: int | None = None,
) -> bytes:
    """GET ``url`` and return the body bytes (non-empty, not an HTML page). Raises OfflineError or FetchError."""
    check_allowed(db, source)
    with _recorded(db, source):
        response, body = _request(source, url, params=params, accept=accept, progress=progress,
                                  percent=percent, timeout=timeout, attempts=attempts)
        _check_body(source, response, body)
        return body
