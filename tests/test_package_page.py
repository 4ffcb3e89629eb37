"""The bank package page: build off the GUI thread, the result reported, exports listed, packages verified."""

from __future__ import annotations

import zipfile
from decimal import Decimal

import pytest

from desktop.services import bank_package, wallets
from desktop.ui import messages
from desktop.ui.app import make_app
from desktop.ui.pages.package import PackagePage, safe_file_name

BULLET = "illustrative-btc-bullet-50-70-80"
MANIFEST_FILES = {"MANIFEST.sha256", "MANIFEST.sig", "signing-key.pub"}


@pytest.fixture
def page(qtbot, demo_db):
    make_app()
    p = PackagePage(demo_db)
    qtbot.addWidget(p)
    p.set_profile(3)
    return p


@pytest.fixture
def recorder(monkeypatch):
    calls: dict[str, list] = {"info": [], "warning": [], "error": []}
    for name in calls:
        monkeypatch.setattr(messages, name, lambda _parent, title, text, n=name: calls[n].append((title, text)))
    return calls


def build(page, qtbot, monkeypatch, recorder, out):
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: str(out))
    page.select_offer(BULLET)
    page.amount.setText("10000")
    page.build_button.click()
    qtbot.waitUntil(lambda: bool(recorder["info"] or recorder["error"]), timeout=30000)
    assert not recorder["error"], recorder["error"]
    return recorder["info"][-1]


def test_form_defaults(page):
    assert page.title() == "Bank package"
    assert page.period.value() == 12
    assert page.language.currentData() == "en"
    assert all(box.isChecked() for box in page.section_boxes.values())
    assert set(page.section_boxes) == set(bank_package.SECTIONS)
    assert page.offer_combo.findData(BULLET) >= 0
    assert page.build_button.isEnabled()
    assert page.default_file_name().endswith(".zip") and "-package-" in page.default_file_name()
    assert safe_file_name('a/b:c') == "a_b_c"


def test_request_from_the_form(page, tmp_path):
    page.select_offer(BULLET)
    page.amount.setText("10 000")
    page.section_boxes["energy"].setChecked(False)
    req = page.request(tmp_path / "x.zip")
    assert (req.profile_id, req.offer, req.amount, req.simulation_id) == (3, BULLET, Decimal(10000), None)
    assert "energy" not in req.include and "equipment" in req.include
    page.amount.setText("abc")
    with pytest.raises(ValueError):
        page.request(tmp_path / "x.zip")


def test_proof_table_lists_the_addresses(page, demo_db):
    addresses = [a.address for a in wallets.list_addresses(demo_db, 3)]
    assert page.proof_table.rowCount() == len(addresses)
    if addresses:
        assert page.proof_table.item(0, 1).text() == page.proof_message(addresses[0])
        page.set_signature(addresses[0], "c2lnbmF0dXJl")
        assert page.proofs() == {addresses[0]: "c2lnbmF0dXJl"}


def test_build_verify_and_tamper(page, qtbot, monkeypatch, recorder, tmp_path):
    out = tmp_path / "pkg.zip"
    _title, text = build(page, qtbot, monkeypatch, recorder, out)
    assert out.exists()
    assert bank_package.verify(out).ok
    assert str(out) in text and "SHA-256" in text
    assert page.last_result is not None and page.last_result.sha256 in text
    for n in range(page.proof_table.rowCount()):  # no signatures pasted: every address is listed, unproven
        assert f"{page.proof_table.item(n, 0).text()}: not verified" in text
    assert page.exports_model.rowCount() >= 1
    assert page.exports_model.row_at(0).sha256 == page.last_result.sha256
    assert page.build_button.isEnabled()

    monkeypatch.setattr(messages, "open_file", lambda *a, **k: str(out))
    recorder["info"].clear()
    page.verify_button.click()
    assert recorder["info"] and "intact" in recorder["info"][-1][1]
    assert not recorder["warning"] and not recorder["error"]

    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(tampered, "w", zipfile.ZIP_DEFLATED) as dst:
        names = src.namelist()
        victim = next(n for n in names if n not in MANIFEST_FILES and not n.endswith("/"))
        for name in names:
            data = src.read(name)
            dst.writestr(name, data + b"tampered" if name == victim else data)
    monkeypatch.setattr(messages, "open_file", lambda *a, **k: str(tampered))
    page.verify_button.click()
    assert recorder["warning"] or recorder["error"]
    assert len(recorder["info"]) == 1


def test_build_failure_reports_and_leaves_nothing(page, qtbot, monkeypatch, recorder, tmp_path):
    out = tmp_path / "missing-dir" / "sub" / "pkg.zip"
    page.add_attachment_path(tmp_path / "nope.pdf")  # unreadable: refused at once
    assert recorder["error"] and not page.attachments
    recorder["error"].clear()

    def boom(*_a, **_k):
        raise bank_package.PackageBuildError("no room")

    monkeypatch.setattr(bank_package, "build_package", boom)
    monkeypatch.setattr(messages, "save_file", lambda *a, **k: str(out))
    page.select_offer(BULLET)
    page.amount.setText("10000")
    page.build_button.click()
    qtbot.waitUntil(lambda: bool(recorder["error"]), timeout=30000)
    assert "no room" in recorder["error"][-1][1]
    assert not out.exists()
    assert page.build_button.isEnabled()


def test_attachments_add_and_remove(page, tmp_path, monkeypatch):
    doc = tmp_path / "contract.pdf"
    doc.write_bytes(b"%PDF-1.4\n" + b"x" * 3000)
    monkeypatch.setattr(messages, "open_file", lambda *a, **k: str(doc))
    page.add_attachment_button.click()
    assert page.attachments == [doc]
    assert "KB" in page.attach_table.item(0, 1).text()
    page.attach_table.selectRow(0)
    page.remove_attachment_button.click()
    assert page.attachments == [] and page.attach_table.rowCount() == 0
