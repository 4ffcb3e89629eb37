"""The bank package: one ZIP file, checksummed and optionally signed.

Layout::

    report.pdf, data/*.csv, attachments/..., package.json   (the caller's files)
    MANIFEST.sha256   ``<sha256 hex>  <path>`` lines, sorted by path, LF, UTF-8 -- ``sha256sum -c`` format --
                      covering every member except itself, MANIFEST.sig and signing-key.pub
    MANIFEST.sig      (signed packages) raw 64-byte Ed25519 signature of the MANIFEST.sha256 bytes
    signing-key.pub   (signed packages) the public key, PEM SubjectPublicKeyInfo

Checking by hand::

    unzip -q package.zip -d pkg && cd pkg && sha256sum -c MANIFEST.sha256
    openssl pkeyutl -verify -pubin -inkey signing-key.pub -rawin -in MANIFEST.sha256 -sigfile MANIFEST.sig

``package.json`` follows ``resources/schemas/package.schema.json`` (JSON Schema draft 2020-12).
The private key lives at ``<data folder>/signing-key.pem`` (PKCS8 PEM, unencrypted, mode 0600) and never
goes into a package. Note: a package with *both* MANIFEST.sig and signing-key.pub removed reads as a
valid unsigned package; pass the expected key (``pubkey_pem``) to require a signature.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import re
import stat
import sys
import tempfile
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from jsonschema import Draft202012Validator
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.paths import resource

MANIFEST = "MANIFEST.sha256"
SIGNATURE = "MANIFEST.sig"
PUBLIC_KEY = "signing-key.pub"
PACKAGE_JSON = "package.json"
KEY_FILE = "signing-key.pem"
RESERVED = (MANIFEST, SIGNATURE, PUBLIC_KEY)

MAX_MEMBERS = 10_000
MAX_TOTAL_SIZE = 512 * 1024 * 1024
MAX_RATIO = 200
# The ratio limit applies to members of at least this size: smaller ones cannot be meaningful bombs,
# and small CSVs full of zeros legitimately compress well.
RATIO_MIN_SIZE = 1024 * 1024
FAST_DEFLATE_SIZE = 8 * 1024 * 1024  # members this big (a million payouts: 90 MB of CSV) are deflated at level 1:
# 2.5× quicker than the default level for a ZIP ~20 % larger

_BAD_CHARS = re.compile(r'[\x00-\x1f\x7f\\:*?"<>|]')
_MANIFEST_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")
_CHUNK = 1024 * 1024


CONTEXT = "Packages"  # the translation context of the messages below (in the UI's language, not the package's)


class PackageError(Exception):
    """The package cannot be written, or a file cannot be read at all."""


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class Problem(str):
    """One problem of a checked package. As a ``str`` it is the English sentence (what ``--json`` output, logs
    and tests see); :meth:`text` gives it in the user's language. A parameter may be a Problem itself."""

    template: str
    params: tuple

    def __new__(cls, template: str, *params: object) -> Problem:
        self = super().__new__(cls, template.format(*params))
        self.template = template
        self.params = params
        return self

    def __getnewargs__(self) -> tuple:
        return (self.template, *self.params)

    def text(self) -> str:
        params = [p.text() if isinstance(p, Problem) else p for p in self.params]
        return _tr(self.template).format(*params)


def problem_text(problem: str) -> str:
    """A problem of VerifyReport.problems in the user's language (any other text as it is)."""
    return problem.text() if isinstance(problem, Problem) else str(problem)


@dataclass
class VerifyReport:
    ok: bool
    problems: list[str] = field(default_factory=list)  # Problem sentences, English as str: see problem_text
    files: list[str] = field(default_factory=list)
    signed: bool = False
    fingerprint: str | None = None
    package: dict | None = None


# ---------------------------------------------------------------------------------------------- schema
@functools.lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(resource("schemas", "package.schema.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)


def _schema_problems(doc) -> list[str]:
    out = []
    try:
        errors = sorted(_validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    except RecursionError:  # a hostile package.json nested deeper than the schema check can follow
        return [Problem(QT_TRANSLATE_NOOP("Packages", "{0}: values nested too deeply"), PACKAGE_JSON)]
    for err in errors:
        where = "/".join(str(p) for p in err.absolute_path)
        # err.message is the schema checker's own English sentence: it stays as it is
        if where:
            out.append(Problem("{0}: {1}: {2}", PACKAGE_JSON, where, err.message))
        else:
            out.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: (top level): {1}"), PACKAGE_JSON, err.message))
    return out


# ---------------------------------------------------------------------------------------------- keys
def signing_key(data_dir: Path) -> Ed25519PrivateKey:
    """The user's Ed25519 signing key, created on first use at ``data_dir/signing-key.pem`` (mode 0600)."""
    path = Path(data_dir) / KEY_FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = Ed25519PrivateKey.generate()
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        except FileExistsError:
            return _load_key(path)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        _owner_only(path)
        return key
    except OSError as exc:
        raise PackageError(QCoreApplication.translate("Packages", "cannot create signing key {0}: {1}").format(
            path, exc.strerror or exc)) from exc


def _owner_only(path: Path) -> None:
    if sys.platform != "win32":
        os.chmod(path, 0o600)


def _load_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except OSError as exc:
        raise PackageError(QCoreApplication.translate("Packages", "cannot read signing key {0}: {1}").format(
            path, exc.strerror or exc)) from exc
    except (ValueError, TypeError) as exc:
        raise PackageError(QCoreApplication.translate("Packages", "signing key {0} is damaged or encrypted: {1}").format(
            path, exc)) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise PackageError(QCoreApplication.translate("Packages", "signing key {0} is not an Ed25519 key").format(path))
    _owner_only(path)
    return key


def _raw_public(key: Ed25519PublicKey | Ed25519PrivateKey) -> bytes:
    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def fingerprint(public_key: Ed25519PublicKey | Ed25519PrivateKey) -> str:
    """SHA-256 of the raw 32-byte public key, hex, in groups of 4: ``'1a2b 3c4d ...'``."""
    digest = hashlib.sha256(_raw_public(public_key)).hexdigest()
    return " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


def public_key_pem(key: Ed25519PublicKey | Ed25519PrivateKey) -> bytes:
    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def _load_public(pem: bytes) -> Ed25519PublicKey:
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("not an Ed25519 key")
    return key


# ---------------------------------------------------------------------------------------------- paths
def _path_problem(name: str) -> Problem | None:
    """Why ``name`` is not an acceptable member path, or None."""
    if not name:
        return Problem(QT_TRANSLATE_NOOP("Packages", "empty path"))
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return Problem(QT_TRANSLATE_NOOP("Packages", "absolute path"))
    parts = re.split(r"[/\\]", name)
    if ".." in parts:
        return Problem(QT_TRANSLATE_NOOP("Packages", "path escapes the package ('..')"))
    if "\\" in name:
        return Problem(QT_TRANSLATE_NOOP("Packages", "backslash in path"))
    if any(p in ("", ".") for p in parts):
        return Problem(QT_TRANSLATE_NOOP("Packages", "empty or '.' path segment"))
    if _BAD_CHARS.search(name):
        return Problem(QT_TRANSLATE_NOOP("Packages", "control or reserved character in path"))
    return None


# ---------------------------------------------------------------------------------------------- write
def _manifest(files: dict[str, bytes]) -> bytes:
    lines = [f"{hashlib.sha256(files[p]).hexdigest()}  {p}\n" for p in sorted(files)]
    return "".join(lines).encode("utf-8")


def _zip_time(files: dict[str, bytes]) -> tuple[int, int, int, int, int, int]:
    try:
        created = json.loads(files[PACKAGE_JSON])["created_at"]
        dt = datetime.fromisoformat(created).astimezone(UTC)
        if dt.year >= 1980:
            return (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)
    except (ValueError, TypeError, KeyError, OverflowError, RecursionError):
        pass
    return (1980, 1, 1, 0, 0, 0)


def build_package(files: dict[str, bytes], *, sign_with: Ed25519PrivateKey | None = None) -> bytes:
    """The package ZIP bytes (validates names and package.json; raises PackageError)."""
    seen: dict[str, str] = {}
    for name, data in files.items():
        why = (_path_problem(name) if isinstance(name, str)
               else Problem(QT_TRANSLATE_NOOP("Packages", "not a text path")))
        if why:
            raise PackageError(QCoreApplication.translate("Packages", "bad file name {0}: {1}").format(
                repr(name), why.text()))
        if name in RESERVED or name == KEY_FILE:
            raise PackageError(QCoreApplication.translate(
                "Packages", "bad file name {0}: reserved for the package itself").format(repr(name)))
        folded = name.casefold()
        if folded in seen:
            raise PackageError(QCoreApplication.translate("Packages", "duplicate file name {0} (same as {1})").format(
                repr(name), repr(seen[folded])))
        seen[folded] = name
        if not isinstance(data, bytes | bytearray | memoryview):
            raise PackageError(QCoreApplication.translate("Packages", "content of {0} must be bytes").format(repr(name)))
    files = {k: bytes(v) for k, v in files.items()}
    if PACKAGE_JSON not in files:
        raise PackageError(QCoreApplication.translate("Packages", "{0} is missing").format(PACKAGE_JSON))
    try:
        doc = json.loads(files[PACKAGE_JSON].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageError(QCoreApplication.translate("Packages", "{0} is not valid JSON: {1}").format(
            PACKAGE_JSON, exc)) from exc
    problems = _schema_problems(doc)
    if problems:
        raise PackageError("; ".join(problem_text(p) for p in problems))

    members = dict(files)
    manifest = _manifest(files)
    members[MANIFEST] = manifest
    if sign_with is not None:
        secret = sign_with.private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        for name, data in files.items():
            if secret in data:
                raise PackageError(QCoreApplication.translate(
                    "Packages", "{0} contains the private signing key; refusing to package it").format(name))
        members[SIGNATURE] = sign_with.sign(manifest)
        members[PUBLIC_KEY] = public_key_pem(sign_with)

    when = _zip_time(files)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in [*sorted(files), *[r for r in RESERVED if r in members]]:
            info = zipfile.ZipInfo(name, date_time=when)
            info.create_system = 3
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            data = members[name]
            zf.writestr(info, data, compresslevel=1 if len(data) >= FAST_DEFLATE_SIZE else None)
    return buf.getvalue()


def write_package(out: Path, files: dict[str, bytes], *, sign_with: Ed25519PrivateKey | None = None) -> str:
    """Write the package atomically to ``out``; returns the SHA-256 (hex) of the ZIP file."""
    out = Path(out)
    data = build_package(files, sign_with=sign_with)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if sys.platform != "win32":
            os.chmod(tmp, 0o644)
        os.replace(tmp, out)
        tmp = None
    except OSError as exc:
        raise PackageError(QCoreApplication.translate("Packages", "cannot write package {0}: {1}").format(
            out, exc.strerror or exc)) from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------- verify
def _hostile(
    infos: list[zipfile.ZipInfo], max_members: int, max_total_size: int, max_ratio: float
) -> list[str]:
    if len(infos) > max_members:
        return [Problem(QT_TRANSLATE_NOOP("Packages", "too many members: {0} (limit {1})"), len(infos), max_members)]
    problems: list[str] = []
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        shown = repr(name)
        why = _path_problem(name)
        if why:
            problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: refused: {1}"), shown, why))
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: refused: symbolic link"), shown))
        elif stat.S_IFMT(mode) not in (0, stat.S_IFREG, stat.S_IFDIR):
            problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: refused: special file"), shown))
        if info.flag_bits & 0x1:
            problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: refused: encrypted member"), shown))
        folded = name.casefold()
        if folded in seen:
            problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: refused: duplicate name"), shown))
        seen.add(folded)
        total += info.file_size
        if info.file_size >= min(RATIO_MIN_SIZE, max_total_size) and info.file_size > max_ratio * max(
            info.compress_size, 1
        ):
            problems.append(Problem(
                QT_TRANSLATE_NOOP("Packages", "{0}: refused: compression ratio {1}:1 (limit {2}:1, possible zip bomb)"),
                shown, f"{info.file_size / max(info.compress_size, 1):.0f}", f"{max_ratio:.0f}"))
    if total > max_total_size:
        problems.append(Problem(QT_TRANSLATE_NOOP(
            "Packages", "refused: total uncompressed size {0} bytes over the limit of {1} (possible zip bomb)"),
            total, max_total_size))
    return problems


def _read_members(zf: zipfile.ZipFile, infos, max_total_size: int) -> tuple[dict[str, bytes], list[str]]:
    contents: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        parts = []
        size = 0
        try:
            with zf.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    size += len(chunk)
                    total += len(chunk)
                    if size > info.file_size or total > max_total_size:
                        return contents, [Problem(QT_TRANSLATE_NOOP(
                            "Packages", "{0}: refused: more data than declared (possible zip bomb)"), info.filename)]
                    parts.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError, OSError) as exc:
            # OSError too: a member whose recorded offset points before the start of the file makes the seek
            # fail with EINVAL — a damaged or crafted archive, reported like any unreadable member
            return contents, [Problem(QT_TRANSLATE_NOOP("Packages", "{0}: cannot be read: {1}"), info.filename, exc)]
        contents[info.filename] = b"".join(parts)
    return contents, []


def verify_package(
    path: Path,
    pubkey_pem: bytes | None = None,
    *,
    max_members: int = MAX_MEMBERS,
    max_total_size: int = MAX_TOTAL_SIZE,
    max_ratio: float = MAX_RATIO,
) -> VerifyReport:
    """Check a package without extracting it. Problems are reported; raises PackageError only if the file
    cannot be read at all (missing, permission denied) or ``pubkey_pem`` is not an Ed25519 PEM public key."""
    path = Path(path)
    expected: Ed25519PublicKey | None = None
    if pubkey_pem is not None:
        try:
            expected = _load_public(pubkey_pem)
        except (ValueError, TypeError) as exc:
            raise PackageError(QCoreApplication.translate(
                "Packages", "the expected public key is not an Ed25519 PEM key: {0}").format(exc)) from exc
    report = VerifyReport(ok=False)
    try:
        zf = zipfile.ZipFile(path)
    except OSError as exc:
        raise PackageError(QCoreApplication.translate("Packages", "cannot read package {0}: {1}").format(
            path, exc.strerror or exc)) from exc
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError) as exc:
        # NotImplementedError: zipfile refuses a central directory that claims a newer ZIP version
        report.problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: not a readable ZIP archive: {1}"),
                                       path.name, exc))
        return report
    with zf:
        infos = zf.infolist()
        report.files = sorted(i.filename for i in infos)
        report.problems = _hostile(infos, max_members, max_total_size, max_ratio)
        if report.problems:
            return report
        try:
            contents, problems = _read_members(zf, infos, max_total_size)
        except OSError as exc:
            raise PackageError(QCoreApplication.translate("Packages", "cannot read package {0}: {1}").format(
                path, exc.strerror or exc)) from exc
    report.problems += problems
    if problems:
        return report
    problems = report.problems
    for info in infos:
        if info.is_dir():
            problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: unexpected folder entry"), info.filename))

    # manifest
    manifest = contents.get(MANIFEST)
    if manifest is None:
        problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0} is missing"), MANIFEST))
    else:
        listed: dict[str, str] = {}
        try:
            text = manifest.decode("utf-8")
        except UnicodeDecodeError:
            text = None
            problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: not UTF-8 text"), MANIFEST))
        if text is not None and text and not text.endswith("\n"):
            problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: last line does not end with a line feed"),
                                    MANIFEST))
        for n, line in enumerate((text or "").split("\n")[:-1] if text else [], 1):
            m = _MANIFEST_LINE.match(line)
            if not m or _path_problem(m.group(2)):
                problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0} line {1}: malformed: {2}"), MANIFEST, n,
                                        repr(line[:120])))
                continue
            digest, name = m.groups()
            if name in listed:
                problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: listed twice in {1}"), name, MANIFEST))
            elif name in RESERVED:
                problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: must not be listed in {1}"), name,
                                        MANIFEST))
            listed[name] = digest
        for name, digest in listed.items():
            if name in RESERVED:
                continue
            if name not in contents:
                problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: listed in {1} but missing from the package"),
                                        name, MANIFEST))
            elif hashlib.sha256(contents[name]).hexdigest() != digest:
                problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: SHA-256 does not match {1} (file changed)"),
                                        name, MANIFEST))
        canonical = "".join(f"{listed[n]}  {n}\n" for n in sorted(listed)).encode("utf-8")
        if text is not None and manifest != canonical and not any(MANIFEST in p for p in problems):
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "Packages", "{0}: not in canonical form (sorted '<sha256>  <path>' lines, LF)"), MANIFEST))
        if text is not None:
            for name in sorted(contents):
                if name not in RESERVED and name not in listed:
                    problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: not listed in {1} (file added)"),
                                            name, MANIFEST))

    # signature
    sig, pub = contents.get(SIGNATURE), contents.get(PUBLIC_KEY)
    if (sig is None) != (pub is None):
        have, lack = (SIGNATURE, PUBLIC_KEY) if pub is None else (PUBLIC_KEY, SIGNATURE)
        problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0} is missing ({1} is present)"), lack, have))
    elif sig is not None and pub is not None:
        report.signed = True
        try:
            key = _load_public(pub)
        except (ValueError, TypeError):
            problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: not a valid Ed25519 PEM public key"),
                                    PUBLIC_KEY))
            key = None
        if key is not None and public_key_pem(key) != pub:
            problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: not in canonical PEM form"), PUBLIC_KEY))
        if key is not None:
            report.fingerprint = fingerprint(key)
            if manifest is not None:
                try:
                    key.verify(sig, manifest)
                except InvalidSignature:
                    problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: signature does not match {1} and {2}"),
                                            SIGNATURE, MANIFEST, PUBLIC_KEY))
    if expected is not None:
        if not report.signed:
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "Packages", "package is not signed ({0}/{1} missing) but a signature was required"),
                SIGNATURE, PUBLIC_KEY))
        elif report.fingerprint is not None and _raw_public(expected) != _raw_public(_load_public(pub)):
            problems.append(Problem(QT_TRANSLATE_NOOP(
                "Packages", "{0}: signed with a different key (fingerprint {1}, expected {2})"),
                PUBLIC_KEY, report.fingerprint, fingerprint(expected)))

    # package.json
    raw = contents.get(PACKAGE_JSON)
    if raw is None:
        problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0} is missing"), PACKAGE_JSON))
    else:
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # RecursionError: nested too deeply
            problems.append(Problem(QT_TRANSLATE_NOOP("Packages", "{0}: not valid JSON: {1}"), PACKAGE_JSON, exc))
        else:
            if isinstance(doc, dict):
                report.package = doc
            problems += _schema_problems(doc)

    report.ok = not problems
    return report
