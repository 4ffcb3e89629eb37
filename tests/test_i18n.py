"""Every user-visible string has a Russian translation, and the compiled .qm matches the .ts."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "hashpledge_ru.ts"
QM = ROOT / "resources" / "i18n" / "hashpledge_ru.qm"
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    path = BIN / f"pyside6-{name}"
    if not path.exists():
        found = shutil.which(f"pyside6-{name}")
        if not found:
            pytest.fail(f"pyside6-{name} not found: PySide6 is installed incompletely")
        return found
    return str(path)


def translations(msg) -> list[str]:
    """The translated texts of a message: one, or one per plural form (<numerusform>)."""
    tr = msg.find("translation")
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


def unfinished(ts: Path) -> list[str]:
    missing = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            texts = translations(msg)
            if tr.get("type") in ("unfinished", "vanished", "obsolete") or not all(t.strip() for t in texts):
                missing.append(f"{name}: {msg.findtext('source')!r}")
            if msg.get("numerus") == "yes" and len(texts) != 3:  # Russian has three plural forms
                missing.append(f"{name}: {msg.findtext('source')!r} needs 3 plural forms")
    return missing


def test_sources_and_ts_agree_and_all_translated(tmp_path):
    """lupdate over today's sources adds nothing new to the committed .ts: every tr() string is translated."""
    copy = tmp_path / "ru.ts"
    shutil.copyfile(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([_tool("lupdate"), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)
    missing = unfinished(copy)
    assert not missing, "strings without a Russian translation (run `make i18n` and translate):\n" + "\n".join(missing)


def test_compiled_qm_is_up_to_date(tmp_path):
    out = tmp_path / "ru.qm"
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == QM.read_bytes(), "resources/i18n/hashpledge_ru.qm is stale: run `make i18n`"


def test_placeholders_survive_translation():
    import re

    for ctx in ET.parse(TS).getroot().iter("context"):
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            wanted = set(re.findall(r"\{\w*\}|%n", src))
            for tr in translations(msg):
                assert set(re.findall(r"\{\w*\}|%n", tr)) == wanted, (src, tr)


# Exceptions whose first message argument (second for the network ones) is a translatable template.
TEMPLATE_ERRORS = {"DomainError": 0, "AddressError": 0, "InnError": 0, "AmountError": 0, "FarmError": 0,
                   "ReadingWentDown": 0, "FetchError": 1, "OfflineError": 1, "OfferError": 1, "LoanError": 0}


def test_every_domain_error_template_is_listed_for_translation():
    """A template raised anywhere in desktop/ but missing from desktop/i18n.py would stay English."""
    import ast

    from desktop import i18n

    listed = set(i18n._CORE_MESSAGES) | set(i18n._NET_MESSAGES) | set(i18n._OFFER_MESSAGES)
    missing = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {t.id: n.value.value for n in ast.walk(tree) if isinstance(n, ast.Assign)
                     and isinstance(n.value, ast.Constant) and isinstance(n.value.value, str)
                     for t in n.targets if isinstance(t, ast.Name)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id in TEMPLATE_ERRORS and len(node.args) > TEMPLATE_ERRORS[node.func.id]):
                continue
            arg = node.args[TEMPLATE_ERRORS[node.func.id]]
            text = arg.value if isinstance(arg, ast.Constant) else constants.get(getattr(arg, "id", None))
            if isinstance(text, str) and text not in listed:
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert not missing, "add these templates to desktop/i18n.py:\n" + "\n".join(missing)
