"""Bank package ZIP: write, verify, tamper detection, hostile archives, key handling, atomic writes."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from jsonschema import Draft202012Validator

from desktop.services import package_zip as pz


def _files() -> dict[str, bytes]:
    doc = {
        "schema": 1,
        "package_id": "0b8f6a2e-1c1d-4c55-9a4e-3f1f2b6c7d8e",
        "created_at": "2026-05-09T07:35:25Z",
        "profile": {"name": "Ivan Petrov", "legal_form": "IP", "inn": "770123456789"},
        "files": ["report.pdf", "data/farm.csv", "data/history.csv", "attachments/invoice.pdf"],
        "farm": {"machines": 12},
    }
    return {
        "report.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\n%%EOF\n",
        "data/farm.csv": b"model,count\nS19,12\n",
        "data/history.csv": b"date,btc\n2026-05-01,0.001\n",
        "attachments/invoice.pdf": b"%PDF-1.4 invoice\n%%EOF\n",
        "package.json": json.dumps(doc, ensure_ascii=False, indent=2).encode(),
    }


@pytest.fixture
def key(tmp_path) -> Ed25519PrivateKey:
    return pz.signing_key(tmp_path / "home")


def _rewrite(src: Path, dst: Path, *, change=None, drop=None, add=None) -> None:
    """Copy a zip member by member, optionally altering/removing/adding members."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename == drop:
                continue
            data = zin.read(info)
            if change and info.filename == change[0]:
                data = change[1](data)
            zout.writestr(info, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)


def _flip(pos: int):
    def f(data: bytes) -> bytes:
        b = bytearray(data)
        b[pos % len(b)] ^= 0x01
        return bytes(b)

    return f


# ---------------------------------------------------------------------------------------------- schema
def test_schema_is_valid_and_permissive():
    Draft202012Validator.check_schema(pz.schema())
    doc = json.loads(_files()["package.json"])
    assert pz._schema_problems(doc) == []
    for missing in ("schema", "package_id", "created_at", "profile", "files"):
        bad = {k: v for k, v in doc.items() if k != missing}
        assert any(missing in p for p in pz._schema_problems(bad)), missing
    assert pz._schema_problems({**doc, "created_at": "2026-05-09T10:35:25+03:00"})  # not UTC
    assert pz._schema_problems({**doc, "anything": {"free": [1, 2]}}) == []


# ---------------------------------------------------------------------------------------------- round trip
@pytest.mark.parametrize("signed", [False, True])
def test_write_and_verify_ok(tmp_path, key, signed):
    out = tmp_path / "pkg.zip"
    digest = pz.write_package(out, _files(), sign_with=key if signed else None)
    assert digest == hashlib.sha256(out.read_bytes()).hexdigest()
    rep = pz.verify_package(out, pz.public_key_pem(key) if signed else None)
    assert rep.ok, rep.problems
    assert rep.problems == []
    assert rep.signed is signed
    assert rep.fingerprint == (pz.fingerprint(key.public_key()) if signed else None)
    assert rep.package["package_id"] == "0b8f6a2e-1c1d-4c55-9a4e-3f1f2b6c7d8e"
    expected = (
        set(_files()) | {"MANIFEST.sha256"} | ({"MANIFEST.sig", "signing-key.pub"} if signed else set())
    )
    assert set(rep.files) == expected
    with zipfile.ZipFile(out) as zf:
        manifest = zf.read("MANIFEST.sha256").decode()
    lines = manifest.splitlines()
    assert lines == sorted(lines, key=lambda s: s[66:])
    assert [ln[66:] for ln in lines] == sorted(_files())
    assert all(ln[64:66] == "  " for ln in lines)


def test_unsigned_package_fails_when_a_key_is_required(tmp_path, key):
    out = tmp_path / "pkg.zip"
    pz.write_package(out, _files())
    rep = pz.verify_package(out, pz.public_key_pem(key))
    assert not rep.ok and any("not signed" in p for p in rep.problems)


def test_system_tools_accept_the_package(tmp_path, key):
    out = tmp_path / "pkg.zip"
    pz.write_package(out, _files(), sign_with=key)
    dest = tmp_path / "x"
    if shutil.which("unzip"):
        r = subprocess.run(["unzip", "-t", str(out)], capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr
        r = subprocess.run(["unzip", "-q", str(out), "-d", str(dest)], capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
    else:
        with zipfile.ZipFile(out) as zf:
            assert zf.testzip() is None
            zf.extractall(dest)
    if shutil.which("sha256sum"):
        r = subprocess.run(["sha256sum", "-c", "MANIFEST.sha256"], cwd=dest, capture_output=True, text=True)
        assert r.returncode == 0, r.stdout + r.stderr
        assert r.stdout.count(": OK") == len(_files())
    else:
        for line in (dest / "MANIFEST.sha256").read_text().splitlines():
            digest, name = line.split("  ", 1)
            assert hashlib.sha256((dest / name).read_bytes()).hexdigest() == digest
    pub = (dest / "signing-key.pub").read_bytes()
    assert pub.startswith(b"-----BEGIN PUBLIC KEY-----")
    if shutil.which("openssl"):
        r = subprocess.run(
            [
                "openssl",
                "pkeyutl",
                "-verify",
                "-pubin",
                "-inkey",
                "signing-key.pub",
                "-rawin",
                "-in",
                "MANIFEST.sha256",
                "-sigfile",
                "MANIFEST.sig",
            ],
            cwd=dest,
            capture_output=True,
            text=True,
        )
        assert r.returncode == 0 and "Signature Verified Successfully" in r.stdout, r.stdout + r.stderr
    else:
        serialization.load_pem_public_key(pub).verify(
            (dest / "MANIFEST.sig").read_bytes(), (dest / "MANIFEST.sha256").read_bytes()
        )


# ---------------------------------------------------------------------------------------------- tampering
@pytest.mark.parametrize("signed", [False, True])
def test_any_changed_byte_is_detected(tmp_path, key, signed):
    out = tmp_path / "pkg.zip"
    pz.write_package(out, _files(), sign_with=key if signed else None)
    with zipfile.ZipFile(out) as zf:
        members = {i.filename: i.file_size for i in zf.infolist()}
    bad = tmp_path / "bad.zip"
    for name, size in members.items():
        for pos in sorted({0, size // 2, size - 1}):
            _rewrite(out, bad, change=(name, _flip(pos)))
            rep = pz.verify_package(bad)
            assert not rep.ok, (name, pos)
            assert any(name in p for p in rep.problems), (name, pos, rep.problems)


@pytest.mark.parametrize("signed", [False, True])
def test_removed_member_is_detected(tmp_path, key, signed):
    out = tmp_path / "pkg.zip"
    pz.write_package(out, _files(), sign_with=key if signed else None)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    bad = tmp_path / "bad.zip"
    for name in names:
        _rewrite(out, bad, drop=name)
        rep = pz.verify_package(bad, pz.public_key_pem(key) if signed else None)
        assert not rep.ok, name
        assert any(name in p for p in rep.problems), (name, rep.problems)


def test_both_signature_files_removed_fail_only_with_expected_key(tmp_path, key):
    out, mid, bad = tmp_path / "pkg.zip", tmp_path / "mid.zip", tmp_path / "bad.zip"
    pz.write_package(out, _files(), sign_with=key)
    _rewrite(out, mid, drop="MANIFEST.sig")
    _rewrite(mid, bad, drop="signing-key.pub")
    assert pz.verify_package(bad).ok  # documented: reads as an unsigned package
    assert not pz.verify_package(bad, pz.public_key_pem(key)).ok


@pytest.mark.parametrize("extra", ["extra.txt", "data/more.csv", "signing-key.pem"])
def test_added_member_is_detected(tmp_path, key, extra):
    out, bad = tmp_path / "pkg.zip", tmp_path / "bad.zip"
    pz.write_package(out, _files(), sign_with=key)
    _rewrite(out, bad, add={extra: b"hello"})
    rep = pz.verify_package(bad)
    assert not rep.ok and any(extra in p and "not listed" in p for p in rep.problems), rep.problems


def test_wrong_public_key_fails(tmp_path, key):
    out = tmp_path / "pkg.zip"
    pz.write_package(out, _files(), sign_with=key)
    other = Ed25519PrivateKey.generate()
    rep = pz.verify_package(out, pz.public_key_pem(other))
    assert not rep.ok
    assert any("different key" in p and pz.fingerprint(other) in p for p in rep.problems)
    # a package re-signed by someone else with their key embedded
    files = _files()
    forged = tmp_path / "forged.zip"
    pz.write_package(forged, files, sign_with=other)
    assert pz.verify_package(forged).ok
    assert not pz.verify_package(forged, pz.public_key_pem(key)).ok
    with pytest.raises(pz.PackageError):
        pz.verify_package(out, b"not a key")


def test_swapped_public_key_inside_package_fails(tmp_path, key):
    out, bad = tmp_path / "pkg.zip", tmp_path / "bad.zip"
    pz.write_package(out, _files(), sign_with=key)
    other = pz.public_key_pem(Ed25519PrivateKey.generate())
    _rewrite(out, bad, change=("signing-key.pub", lambda _d: other))
    rep = pz.verify_package(bad)
    assert not rep.ok and any("MANIFEST.sig" in p for p in rep.problems)


# ---------------------------------------------------------------------------------------------- hostile archives
def _hostile_zip(path: Path, entries) -> Path:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # duplicate-name warning
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for entry in entries:
                if isinstance(entry, zipfile.ZipInfo):
                    zf.writestr(entry, b"/etc/passwd")
                else:
                    zf.writestr(entry[0], entry[1])
    return path


def _symlink_info() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("data/link.csv")
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


@pytest.mark.parametrize(
    "entries, word",
    [
        ([("../evil", b"x")], "escapes"),
        ([("data/../../evil", b"x")], "escapes"),
        ([("..\\evil", b"x")], "escapes"),
        ([("/etc/x", b"x")], "absolute"),
        ([("C:/Windows/x", b"x")], "absolute"),
        ([("c:evil", b"x")], "absolute"),
        ([_symlink_info()], "symbolic link"),
        ([("package.json", b"{}"), ("package.json", b"{}")], "duplicate"),
        ([("Report.pdf", b"a"), ("report.pdf", b"b")], "duplicate"),
    ],
)
def test_hostile_archives_are_refused_before_reading(tmp_path, monkeypatch, entries, word):
    path = _hostile_zip(tmp_path / "h.zip", entries)

    def no_reading(*a, **k):
        raise AssertionError("member read for a hostile archive")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_reading)
    monkeypatch.setattr(zipfile.ZipFile, "read", no_reading)
    monkeypatch.setattr(zipfile.ZipFile, "extractall", no_reading)
    rep = pz.verify_package(path)
    assert not rep.ok and any(word in p for p in rep.problems), rep.problems
    assert list(tmp_path.iterdir()) == [path]  # nothing extracted


def test_zip_bomb_and_too_many_members_are_refused(tmp_path, monkeypatch):
    bomb = _hostile_zip(tmp_path / "bomb.zip", [("data/zeros.csv", b"\0" * (4 * 1024 * 1024))])
    assert bomb.stat().st_size < 64 * 1024
    many = _hostile_zip(tmp_path / "many.zip", [(f"f{i}", b"") for i in range(30)])

    def no_reading(*a, **k):
        raise AssertionError("member read for a hostile archive")

    monkeypatch.setattr(zipfile.ZipFile, "open", no_reading)
    rep = pz.verify_package(bomb, max_total_size=1024 * 1024, max_ratio=10**9)
    assert not rep.ok and any("total uncompressed size" in p for p in rep.problems), rep.problems
    rep = pz.verify_package(bomb)  # default limits: ratio ~1000:1 > 200:1
    assert not rep.ok and any("compression ratio" in p for p in rep.problems), rep.problems
    rep = pz.verify_package(many, max_members=20)
    assert not rep.ok and any("too many members" in p for p in rep.problems), rep.problems


def test_lying_size_header_is_caught(tmp_path):
    """A member whose real data exceeds its declared size cannot slip past the limits."""
    path = tmp_path / "lie.zip"
    pz.write_package(path, _files())
    raw = bytearray(path.read_bytes())
    # shrink the declared uncompressed size of report.pdf in the central directory
    with zipfile.ZipFile(path) as zf:
        info = zf.getinfo("report.pdf")
    idx = raw.find(b"PK\x01\x02")
    while idx != -1:
        name_len = int.from_bytes(raw[idx + 28 : idx + 30], "little")
        if raw[idx + 46 : idx + 46 + name_len] == b"report.pdf":
            raw[idx + 24 : idx + 28] = (info.file_size // 2).to_bytes(4, "little")
            break
        idx = raw.find(b"PK\x01\x02", idx + 4)
    assert idx != -1
    path.write_bytes(bytes(raw))
    rep = pz.verify_package(path)
    assert not rep.ok and any("report.pdf" in p for p in rep.problems), rep.problems


def test_not_a_zip_is_a_problem_but_missing_file_raises(tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"hello, not a zip")
    rep = pz.verify_package(junk)
    assert not rep.ok and rep.problems
    with pytest.raises(pz.PackageError, match="nope.zip"):
        pz.verify_package(tmp_path / "nope.zip")


# ---------------------------------------------------------------------------------------------- keys
def test_signing_key_created_once_private_and_never_packaged(tmp_path):
    home = tmp_path / "home"
    k1 = pz.signing_key(home)
    key_file = home / "signing-key.pem"
    assert key_file.read_bytes().startswith(b"-----BEGIN PRIVATE KEY-----")
    if sys.platform != "win32":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    k2 = pz.signing_key(home)
    assert pz.fingerprint(k1.public_key()) == pz.fingerprint(k2.public_key())
    fp = pz.fingerprint(k1.public_key())
    assert len(fp.split(" ")) == 16 and all(len(g) == 4 for g in fp.split(" "))
    assert (
        fp.replace(" ", "")
        == hashlib.sha256(
            k1.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        ).hexdigest()
    )

    out = tmp_path / "pkg.zip"
    pz.write_package(out, _files(), sign_with=k1)
    raw_priv = k1.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    pem_body = b"".join(key_file.read_bytes().splitlines()[1:-1])
    blob = out.read_bytes()
    with zipfile.ZipFile(out) as zf:
        contents = b"".join(zf.read(n) for n in zf.namelist())
        assert "signing-key.pem" not in zf.namelist()
    for hay in (blob, contents):
        assert raw_priv not in hay and pem_body not in hay and b"PRIVATE KEY" not in hay

    with pytest.raises(pz.PackageError, match="reserved"):
        pz.write_package(tmp_path / "p2.zip", {**_files(), "signing-key.pem": key_file.read_bytes()})
    with pytest.raises(pz.PackageError, match="private signing key"):
        pz.write_package(tmp_path / "p3.zip", {**_files(), "attachments/k.bin": raw_priv}, sign_with=k1)


def test_damaged_key_file_raises(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "signing-key.pem").write_bytes(b"garbage")
    with pytest.raises(pz.PackageError, match="signing-key.pem"):
        pz.signing_key(home)


# ---------------------------------------------------------------------------------------------- write errors
@pytest.mark.parametrize(
    "name",
    ["../evil", "/abs", "C:/x", "a\\b", "a//b", "./a", "", "MANIFEST.sha256", "signing-key.pub", "a\nb"],
)
def test_bad_names_are_refused(tmp_path, name):
    with pytest.raises(pz.PackageError):
        pz.write_package(tmp_path / "p.zip", {**_files(), name: b"x"})
    assert list(tmp_path.iterdir()) == []


def test_case_duplicates_and_invalid_package_json_are_refused(tmp_path):
    with pytest.raises(pz.PackageError, match="duplicate"):
        pz.write_package(tmp_path / "p.zip", {**_files(), "Report.PDF": b"x"})
    files = _files()
    doc = json.loads(files["package.json"])
    del doc["profile"]
    with pytest.raises(pz.PackageError, match="profile"):
        pz.write_package(tmp_path / "p.zip", {**files, "package.json": json.dumps(doc).encode()})
    with pytest.raises(pz.PackageError, match="package.json"):
        pz.write_package(tmp_path / "p.zip", {k: v for k, v in files.items() if k != "package.json"})
    assert list(tmp_path.iterdir()) == []


def test_failed_replace_leaves_nothing(tmp_path, monkeypatch):
    out = tmp_path / "pkg.zip"

    def boom(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(pz.PackageError) as err:
        pz.write_package(out, _files())
    assert "pkg.zip" in str(err.value) and os.strerror(errno.ENOSPC) in str(err.value)
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_old_package(tmp_path, monkeypatch):
    out = tmp_path / "pkg.zip"
    pz.write_package(out, _files())
    before = out.read_bytes()

    def boom(*a, **k):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", boom)
    with pytest.raises(pz.PackageError, match="No space left"):
        pz.write_package(out, {**_files(), "data/new.csv": b"a,b\n"})
    assert out.read_bytes() == before
    assert list(tmp_path.iterdir()) == [out]


def test_read_only_folder(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        probe = folder / ".probe"
        try:
            probe.write_bytes(b"")
            probe.unlink()
            writable = True  # root (or Windows) ignores the mode: simulate the refusal instead
        except PermissionError:
            writable = False
        if writable:

            def denied(*a, **k):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))

            monkeypatch.setattr(pz.tempfile, "mkstemp", denied)
        with pytest.raises(pz.PackageError) as err:
            pz.write_package(folder / "pkg.zip", _files())
        assert "pkg.zip" in str(err.value) and os.strerror(errno.EACCES) in str(err.value)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)
