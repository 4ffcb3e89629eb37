"""The bank package: build, verify, PDF text, CSV safety, signing, attachments, log, CLI."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from decimal import Decimal

import pytest

from desktop.services import bank_package as bp
from desktop.services import package_zip, profiles

pypdf = pytest.importorskip("pypdf")

OFFER = "illustrative-btc-bullet-50-70-80"


def _request(tmp_path, pid, **kw):
    kw.setdefault("offer", OFFER)
    kw.setdefault("amount", Decimal(10000))
    return bp.PackageRequest(profile_id=pid, out=tmp_path / f"package-{pid}.zip", **kw)


def _members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _ru(number: str) -> str:
    whole, _, frac = number.partition(".")
    return f"{int(whole):,}".replace(",", " ") + "," + frac


@pytest.mark.parametrize("pid", [1, 2, 3])
def test_package_of_each_demo_profile_verifies(demo_db, tmp_path, pid):
    steps = []
    result = bp.build_package(demo_db, _request(tmp_path, pid), progress=lambda p, t: steps.append(p))
    assert result.path.exists() and result.fingerprint is None and result.pages >= 1
    assert steps[-1] == 100
    report = package_zip.verify_package(result.path)
    assert report.ok, report.problems
    files = _members(result.path)
    assert {"report.pdf", "package.json", "data/equipment.csv", "data/energy.csv", "data/payouts.csv",
            "data/disposals.csv", "data/schedule.csv"} <= set(files)
    doc = json.loads(files["package.json"])
    prof = profiles.get_profile(demo_db, pid)
    assert doc["schema"] == 1 and doc["package_id"] == result.package_id and doc["created_at"].endswith("Z")
    assert doc["profile"]["name"] == prof.name and doc["profile"]["inn"] == prof.inn
    assert doc["loan"]["offer_id"] == OFFER
    assert set(doc["files"]) == set(files) - {"MANIFEST.sha256"}
    text = _pdf_text(files["report.pdf"])
    for needle in (prof.name, prof.inn, f"{Decimal(doc['loan']['liquidation_price']):,}"):
        assert needle in text
    serials = [r["serial"] for r in csv.DictReader(io.StringIO(files["data/equipment.csv"].decode("utf-8-sig")))]
    assert serials and serials[0] in text
    assert [e.package_id for e in bp.list_exports(demo_db, pid)] == [result.package_id]


def test_russian_report(demo_db, tmp_path):
    result = bp.build_package(demo_db, _request(tmp_path, 2, lang="ru"))
    files = _members(result.path)
    doc = json.loads(files["package.json"])
    text = _pdf_text(files["report.pdf"])
    assert "ИП Смирнов Олег Викторович" in text and "380876543206" in text
    assert _ru(doc["loan"]["liquidation_price"]) in text
    assert doc["lang"] == "ru"


def test_csvs_parse_and_formulas_are_neutralised(demo_db, tmp_path):
    from desktop.store.models import Equipment

    with demo_db.session() as s:
        s.get(Equipment, 1).model = '=HYPERLINK("http://x","y")'
    files = _members(bp.build_package(demo_db, _request(tmp_path, 1)).path)
    for name in ("data/equipment.csv", "data/energy.csv", "data/payouts.csv", "data/disposals.csv",
                 "data/schedule.csv"):
        assert files[name].startswith(b"\xef\xbb\xbf"), name
        rows = list(csv.reader(io.StringIO(files[name].decode("utf-8-sig"))))
        assert rows and all(len(r) == len(rows[0]) for r in rows), name
    cells = [c for r in csv.reader(io.StringIO(files["data/equipment.csv"].decode("utf-8-sig"))) for c in r]
    assert "'=HYPERLINK(\"http://x\",\"y\")" in cells
    assert not any(c.startswith("=") for c in cells)
    schedule = list(csv.DictReader(io.StringIO(files["data/schedule.csv"].decode("utf-8-sig"))))
    assert schedule and set(schedule[0]) == set(bp.SCHEDULE_HEADERS)


def test_signed_package_and_attachments(demo_db, tmp_path):
    scan = tmp_path / "passport scan.pdf"
    scan.write_bytes(b"%PDF-1.4 fake")
    photo = tmp_path / "farm.png"
    photo.write_bytes(b"\x89PNG fake")
    result = bp.build_package(demo_db, _request(tmp_path, 2, sign=True, attachments=(scan, photo),
                                                proofs={"bc1qexample": "c2lnbmF0dXJl"}))
    assert result.fingerprint
    report = bp.verify(result.path)
    assert report.ok and report.signed and report.fingerprint == result.fingerprint
    key = package_zip.signing_key(bp._data_dir())
    assert bp.verify(result.path, package_zip.public_key_pem(key)).ok
    files = _members(result.path)
    assert files["attachments/passport scan.pdf"] == scan.read_bytes()
    doc = json.loads(files["package.json"])
    assert [a["path"] for a in doc["attachments"]] == ["attachments/passport scan.pdf", "attachments/farm.png"]
    assert result.proofs == {"bc1qexample": False}  # a made-up signature never verifies
    assert "passport scan.pdf" in _pdf_text(files["report.pdf"])


def test_unreadable_attachment_fails_without_output(demo_db, tmp_path):
    missing = tmp_path / "missing.pdf"
    req = _request(tmp_path, 1, attachments=(missing,))
    with pytest.raises(bp.PackageBuildError, match="missing.pdf"):
        bp.build_package(demo_db, req)
    with pytest.raises(bp.PackageBuildError, match="folder"):
        bp.build_package(demo_db, _request(tmp_path, 1, attachments=(tmp_path,)))
    assert not req.out.exists() and bp.list_exports(demo_db, 1) == []


def test_bad_requests(demo_db, tmp_path):
    with pytest.raises(bp.PackageBuildError, match="profile"):
        bp.build_package(demo_db, _request(tmp_path, 99))
    with pytest.raises(bp.PackageBuildError, match="loan"):
        bp.build_package(demo_db, bp.PackageRequest(profile_id=1, out=tmp_path / "x.zip"))
    with pytest.raises(bp.PackageBuildError, match="simulation"):
        bp.build_package(demo_db, bp.PackageRequest(profile_id=1, out=tmp_path / "x.zip", simulation_id=12345))
    with pytest.raises(bp.PackageBuildError, match="does not exist"):
        bp.build_package(demo_db, bp.PackageRequest(profile_id=1, out=tmp_path / "no" / "x.zip", offer=OFFER,
                                                    amount=Decimal(1)))

    def cancel(percent, text):
        if percent > 40:
            raise KeyboardInterrupt

    req = _request(tmp_path, 1)
    with pytest.raises(KeyboardInterrupt):
        bp.build_package(demo_db, req, progress=cancel)
    assert not req.out.exists()


def test_saved_simulation_with_risk(demo_db, tmp_path):
    from desktop.services import loans

    offer = loans.load_offer(demo_db, OFFER)
    result = loans.simulate_for_profile(demo_db, offer, Decimal(5000), profile_id=1)
    risk = {"backtest": {"start_dates": 100, "margin_call_share": 0.25, "liquidation_share": 0.1, "worst_ltv": 0.9},
            "monte_carlo": {"paths": 500, "method": "bootstrap", "margin_call_probability": 0.3,
                            "liquidation_probability": 0.12}}
    sid = loans.save_simulation(demo_db, 1, "test", result, {"offer": OFFER, "risk": risk})
    out = bp.build_package(demo_db, bp.PackageRequest(profile_id=1, out=tmp_path / "s.zip", simulation_id=sid))
    files = _members(out.path)
    assert json.loads(files["package.json"])["loan"]["risk"] == risk
    text = _pdf_text(files["report.pdf"])
    assert "Monte Carlo" in text and "25.0 %" in text


def _cli(argv):
    from desktop import cli, cli_package

    if "package" in cli.COMMANDS:
        return cli.run(argv)
    args = cli_package.build_standalone_parser().parse_args(argv)
    try:
        return cli_package.run(args)
    except cli.UserError as exc:
        print(f"hashpledge: {exc}")
        return 1


def test_cli_round_trip(demo_db, tmp_path, capsys):
    db = str(demo_db.path)
    name = profiles.get_profile(demo_db, 3).name
    out = tmp_path / "cli.zip"
    rc = _cli(["--db", db, "package", "--profile", name, "--offer", OFFER, "--amount", "10000", "--lang", "ru",
               "--sign", "--out", str(out)])
    assert rc == 0, capsys.readouterr()
    assert "signed" in capsys.readouterr().out
    assert _cli(["--db", db, "verify", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["signed"] and data["profile"]["inn"] == "2465123457"
    with zipfile.ZipFile(out, "a") as zf:
        zf.writestr("extra.txt", "tampered")
    assert _cli(["--db", db, "verify", str(out)]) == 1
    assert "extra.txt" in capsys.readouterr().err
    assert _cli(["--db", db, "package", "--profile", name, "--out", str(tmp_path / "y.zip")]) == 1


def test_signed_package_prints_the_key_fingerprint_in_the_pdf(demo_db, tmp_path):
    import io

    from pypdf import PdfReader

    from desktop.services import bank_package

    out = tmp_path / "signed.zip"
    result = bank_package.build_package(demo_db, bank_package.PackageRequest(
        profile_id=1, out=out, offer="illustrative-btc-bullet-50-70-80", amount=Decimal("5000"), sign=True))
    assert result.fingerprint
    with zipfile.ZipFile(out) as z:
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(z.read("report.pdf"))).pages)
    assert result.fingerprint.split()[0] in " ".join(text.split())


def test_offer_package_carries_risk_figures_and_translated_reasons(demo_db, tmp_path):
    import io

    from pypdf import PdfReader

    from desktop.services import bank_package

    out = tmp_path / "ru.zip"
    bank_package.build_package(demo_db, bank_package.PackageRequest(
        profile_id=1, out=out, offer="illustrative-ru-bank-key-rate-plus-7", amount=Decimal("100000"), lang="ru"))
    with zipfile.ZipFile(out) as z:
        package = json.loads(z.read("package.json"))
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(z.read("report.pdf"))).pages).split())
    risk = package["loan"]["risk"]
    assert risk["backtest"]["start_dates"] > 4000 and risk["monte_carlo"]["paths"] == 2000
    # an individual is not eligible for the bank's offer: the reason is printed in Russian
    assert "физическим лицам" in text
    assert "not available to individuals" not in text
