"""Security, the cases the other files leave open.

Already proven elsewhere (not repeated here): formula cells of equipment and payouts exports and their
round trip (test_csv_io), hostile markup in a rendered report (test_pdf_report), zip-slip, absolute paths,
symbolic links, duplicates, zip bombs and lying sizes (test_package_zip), the signing key's 0600 mode and its
absence from a package written by package_zip (test_package_zip), a pasted private key refused and never
stored by the address dialog (test_onchain), nothing sent by the market services while offline (test_market).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re
import socket
import stat
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from desktop.services import bank_package, csv_io, market, net, profiles, settings, wallets
from desktop.services import package_zip as pz
from desktop.store.models import Disposal, EnergyRecord, Equipment, Payout, Profile, Site

pypdf = pytest.importorskip("pypdf")

OFFER = "illustrative-btc-bullet-50-70-80"
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


# ============================================================================ CSV formula injection
@pytest.fixture
def hostile_farm(db):
    """One row of every exported kind whose every text field starts with a formula trigger (stored directly,
    as if another version or a bug had let them in: the export must neutralise whatever it finds)."""
    cells = iter(f"{t}HYPERLINK(\"http://evil\")|{n}" for n in range(100) for t in TRIGGERS)
    with db.session() as s:
        profile = Profile(name="Formula farm")
        s.add(profile)
        s.flush()
        site = Site(profile_id=profile.id, name=next(cells), region=next(cells), notes=next(cells))
        s.add(site)
        s.flush()
        s.add(Equipment(profile_id=profile.id, site_id=site.id, vendor=next(cells), model=next(cells),
                        serial=next(cells), hashrate_ths=Decimal("110"), power_w=3250, hoster=next(cells),
                        notes=next(cells)))
        s.add(EnergyRecord(profile_id=profile.id, site_id=site.id, kind="period", day=dt.date(2024, 1, 31),
                           kwh=Decimal(100), notes=next(cells)))
        s.add(Payout(profile_id=profile.id, day=dt.date(2024, 1, 2), amount_sat=1000, pool=next(cells),
                     address=next(cells), notes=next(cells)))
        s.add(Disposal(profile_id=profile.id, day=dt.date(2024, 1, 3), kind="transfer", amount_sat=500,
                       counterparty=next(cells), notes=next(cells)))
        return db, profile.id


@pytest.mark.parametrize("kind", csv_io.EXPORT_KINDS)
def test_every_exported_cell_is_neutralised(hostile_farm, tmp_path, kind):
    db, pid = hostile_farm
    path = tmp_path / f"{kind}.csv"
    assert csv_io.export_csv(db, pid, kind, path) == 1
    with path.open(encoding="utf-8-sig", newline="") as fh:
        header, row = list(csv.reader(fh))
    hostile = [c for c in row if "HYPERLINK" in c]
    assert hostile, row
    for cell in row:
        assert not cell.startswith(TRIGGERS), (kind, cell)
    assert {cell[1] for cell in hostile} <= set(TRIGGERS)  # "'=…", "'\t…", "'\r…": shown as text
    assert all(csv_io.unneutralise(cell)[0] in TRIGGERS for cell in hostile)  # and the import gets them back


def test_package_csvs_are_neutralised_too(hostile_farm, tmp_path):
    db, pid = hostile_farm
    result = bank_package.build_package(db, bank_package.PackageRequest(profile_id=pid, out=tmp_path / "p.zip",
                                                                        offer=OFFER, amount=Decimal(1000)))
    with zipfile.ZipFile(result.path) as zf:
        for name in ("data/equipment.csv", "data/energy.csv", "data/payouts.csv", "data/disposals.csv"):
            rows = list(csv.reader(io.StringIO(zf.read(name).decode("utf-8-sig"), newline="")))
            assert any("HYPERLINK" in c for c in rows[1]), name
            assert not any(c.startswith(TRIGGERS) for r in rows for c in r), name


# ============================================================================ markup in the PDF
HOSTILE_NAME = "<b>Рога</b> & <script>alert(1)</script> &amp; <i>Копыта</i>"


def _pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def test_profile_name_with_markup_is_printed_literally(db, tmp_path):
    pid = profiles.create_profile(db, profiles.ProfileData(name=HOSTILE_NAME, region="<u>Tver</u>")).id
    result = bank_package.build_package(db, bank_package.PackageRequest(profile_id=pid, out=tmp_path / "p.zip",
                                                                        offer=OFFER, amount=Decimal(1000)))
    with zipfile.ZipFile(result.path) as zf:
        pdf = zf.read("report.pdf")
        doc = zf.read("package.json").decode("utf-8")
    text = _pdf_text(pdf)  # whitespace dropped: pypdf splits runs oddly
    squeezed = "".join(HOSTILE_NAME.split())
    assert squeezed in text  # tags and the entity exactly as typed, not bold, not a script, "&amp;" not "&"
    assert "<u>Tver</u>" in text
    assert "&amp;amp;" not in text and "&lt;" not in text  # not escaped twice either
    assert json.loads(doc)["profile"]["name"] == HOSTILE_NAME


# ============================================================================ hostile packages
def _zip(path: Path, info: zipfile.ZipInfo, data: bytes = b"x") -> Path:
    flags = info.flag_bits
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(info, data)
    if flags & 0x1:  # zipfile clears the flag bits it writes: mark the member encrypted in both headers
        raw = bytearray(path.read_bytes())
        for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = raw.find(signature)
            raw[at + offset] |= 0x1
        path.write_bytes(bytes(raw))
    return path


def _info(name: str, mode: int = stat.S_IFREG | 0o644, flags: int = 0) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = mode << 16
    info.flag_bits |= flags
    return info


@pytest.mark.parametrize("info, word", [
    (_info("data/fifo", stat.S_IFIFO | 0o644), "special file"),
    (_info("data/tty", stat.S_IFCHR | 0o644), "special file"),
    (_info("data/block", stat.S_IFBLK | 0o644), "special file"),
    (_info("data/secret.csv", flags=0x1), "encrypted"),
    (_info("data/a\x01b.csv"), "control"),
    (_info("data/x\\..\\..\\evil"), "escapes"),
    (_info("\\\\server\\share\\x"), "absolute"),
], ids=["fifo", "char-device", "block-device", "encrypted", "control-char", "backslash-escape", "unc-path"])
def test_more_hostile_members_are_refused(tmp_path, info, word):
    path = _zip(tmp_path / "h.zip", info)
    report = pz.verify_package(path)
    assert not report.ok and any(word in p for p in report.problems), report.problems


def test_verify_command_extracts_nothing_and_names_the_problem(tmp_path, monkeypatch, capsys):
    from desktop import cli

    with zipfile.ZipFile(tmp_path / "slip.zip", "w") as zf:
        zf.writestr("../../escaped.txt", b"owned")
        zf.writestr("/tmp/absolute.txt", b"owned")
        zf.writestr(_info("link", stat.S_IFLNK | 0o777), b"/etc/passwd")
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    assert cli.run(["verify", str(tmp_path / "slip.zip")]) == 1
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert "escapes" in out and "absolute" in out and "symbolic link" in out
    assert list(work.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["slip.zip", "work"]


def test_deeply_nested_package_json_is_a_problem_not_a_crash(tmp_path):
    files = {"package.json": b"[" * 50_000 + b"]" * 50_000, "report.pdf": b"%PDF"}
    with zipfile.ZipFile(tmp_path / "deep.zip", "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    report = pz.verify_package(tmp_path / "deep.zip")
    assert not report.ok and any("package.json" in p for p in report.problems)


# ============================================================================ the signing key
def test_signing_key_is_owner_only_even_with_a_loose_umask(tmp_path):
    if sys.platform == "win32":
        pytest.skip("POSIX modes")
    old = os.umask(0)
    try:
        pz.signing_key(tmp_path / "home")
    finally:
        os.umask(old)
    key_file = tmp_path / "home" / pz.KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key_file.chmod(0o644)  # loosened by hand, a backup tool, a copy…
    pz.signing_key(tmp_path / "home")
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600  # tightened again on the next use


def test_a_signed_bank_package_holds_no_private_key(demo_db, tmp_path):
    result = bank_package.build_package(demo_db, bank_package.PackageRequest(
        profile_id=1, out=tmp_path / "signed.zip", offer=OFFER, amount=Decimal(1000), sign=True))
    key_file = bank_package._data_dir() / pz.KEY_FILE
    assert key_file.exists()
    if sys.platform != "win32":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = serialization.load_pem_private_key(key_file.read_bytes(), password=None)
    raw = key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                            serialization.NoEncryption())
    pem_body = b"".join(key_file.read_bytes().splitlines()[1:-1])
    blob = result.path.read_bytes()
    with zipfile.ZipFile(result.path) as zf:
        assert pz.KEY_FILE not in zf.namelist() and pz.PUBLIC_KEY in zf.namelist()
        contents = b"".join(zf.read(n) for n in zf.namelist())
    for hay in (blob, contents):
        assert raw not in hay and pem_body not in hay and b"PRIVATE KEY" not in hay


# ============================================================================ no secret stored anywhere
WIF = "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"  # the well-known example key of the Bitcoin wiki
SECRETS = re.compile(rb"-----BEGIN[A-Z ]*PRIVATE KEY|PRIVATE KEY-----|password|private|xprv|" + WIF.encode(),
                     re.IGNORECASE)


def test_no_key_or_credential_is_stored_after_a_full_flow(qtbot, demo_db, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    from desktop.ui import messages
    from desktop.ui.app import make_app
    from desktop.ui.main_window import MainWindow

    make_app()
    monkeypatch.setattr(messages, "info", lambda *a: None)
    wallets.add_address(demo_db, 1, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "cold storage")
    for secret in (WIF, "xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3T"
                        "GtRBeJgk33yuGBxrMPHi"):
        with pytest.raises(wallets.WalletError):
            wallets.add_address(demo_db, 1, secret, "my key")
    settings.put(demo_db, settings.ONLINE_ALLOWED, True)
    settings.put(demo_db, settings.ONLINE_ALLOWED, False)
    bank_package.build_package(demo_db, bank_package.PackageRequest(
        profile_id=1, out=tmp_path / "signed.zip", offer=OFFER, amount=Decimal(1000), sign=True))
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    window.close()  # writes the window's settings
    QSettings().sync()

    stored = [Path(demo_db.path)]
    stored += [Path(f"{demo_db.path}{suffix}") for suffix in ("-wal", "-shm")]
    stored += list(Path(demo_db.path).parent.joinpath("backups").glob("*"))
    stored += [Path(QSettings().fileName())]
    data_dir = bank_package._data_dir()
    stored += [p for p in data_dir.rglob("*") if p.is_file() and p.name != pz.KEY_FILE]
    found = {str(p): [data[max(0, m.start() - 60):m.end() + 20] for m in SECRETS.finditer(data)]
             for p in stored if p.is_file() for data in [p.read_bytes()]}
    assert any(p.endswith(".conf") or "HashPledge" in p for p in found)  # the settings file was scanned
    assert SECRETS.search((data_dir / pz.KEY_FILE).read_bytes())  # the scan would see a key (kept apart, 0600)
    assert {p: hits for p, hits in found.items() if hits} == {}
    with demo_db.sessions() as s:  # the address is kept: only the watch-only address, never a key
        assert [a.address for a in wallets.list_addresses(demo_db, 1)][-1].startswith("bc1q")
        assert s.get(Profile, 1) is not None


# ============================================================================ offline means no request
@pytest.fixture
def no_sockets(monkeypatch):
    """Every outgoing connection attempt is recorded and refused."""
    attempts: list[object] = []

    def connect(self, address):
        attempts.append(address)
        raise OSError("network access during an offline test")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, address: attempts.append(address) or 111)
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: connect(None, address))
    return attempts


def test_offline_full_flow_sends_nothing(qtbot, demo_db, httpserver, no_sockets, monkeypatch, capsys):
    """Every source points at a local server that records requests, and every socket connect is refused and
    recorded: with online data off, prices update, holdings --verify, the Market page and the package send
    nothing."""
    from desktop import cli
    from desktop.ui import messages
    from desktop.ui.app import make_app
    from desktop.ui.pages.market import MarketPage

    make_app()
    httpserver.expect_request("/").respond_with_data("nothing to see")
    for definition in (market.COINGECKO_URL, market.CBR_URL, market.MEMPOOL_URL, market.ESPLORA_URL,
                       market.ESPLORA_TESTNET_URL):
        settings.put(demo_db, definition, httpserver.url_for("/api"))
    wallets.add_address(demo_db, 1, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")
    assert settings.get(demo_db, settings.ONLINE_ALLOWED) is False  # the default
    path = str(demo_db.path)
    with demo_db.sessions() as s:
        name = s.get(Profile, 1).name

    assert cli.run(["--db", path, "prices", "update"]) == 1
    assert cli.run(["--db", path, "holdings", "--profile", name, "--verify"]) == 1
    assert cli.run(["--db", path, "holdings", "--profile", name]) == 0
    err = capsys.readouterr().err
    assert "online data is off" in err and "nothing was sent" in err

    warnings = []
    monkeypatch.setattr(messages, "warning", lambda *a: warnings.append(a))
    page = MarketPage(demo_db)
    qtbot.addWidget(page)
    assert not page.update_button.isEnabled()
    page.update_now()  # even if called: refused before anything is sent
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    with pytest.raises(net.OfflineError):
        market.check_profile_addresses(demo_db, 1)
    bank_package.build_package(demo_db, bank_package.PackageRequest(
        profile_id=1, out=Path(path).parent / "offline.zip", offer=OFFER, amount=Decimal(1000)))

    assert httpserver.log == [] and no_sockets == []
    net.close_session()
