"""No user-visible text reaches Qt without going through tr() / QCoreApplication.translate().

The test reads the sources with ``ast`` (nothing is imported or run) and looks at what is passed to the calls
that put text on screen — setText, setWindowTitle, setToolTip, QLabel(...), QPushButton(...), message boxes,
tab and group titles, header labels… A string literal (or an f-string, or ``"literal".format(...)``) with a
letter in it is an offender unless every word in it is on the small allow-list below (symbols, currency
codes, proper names): it would stay English in the Russian interface. Text from a variable, a call such as
``self.tr(...)`` or ``formatting.money(...)`` is fine: only literals are judged.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SOURCES = sorted((ROOT / "desktop" / "ui").rglob("*.py")) + [
    ROOT / "desktop" / "services" / "pdf_report.py",
    ROOT / "desktop" / "services" / "bank_package.py",
]

# Method name -> positions of the arguments that are shown to the user.
METHODS: dict[str, tuple[int, ...]] = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setPlaceholderText": (0,), "setTitle": (0,), "setTitleText": (0,), "setAccessibleName": (0,),
    "setAccessibleDescription": (0,), "setLabelText": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "setSpecialValueText": (0,), "setInformativeText": (0,), "setDetailedText": (0,), "setButtonText": (1,),
    "showMessage": (0,), "addItem": (0,), "addItems": (0,), "insertItem": (1,), "setItemText": (1,),
    "addTab": (1,), "insertTab": (2,), "setTabText": (1,), "setTabToolTip": (1,), "addAction": (0, 1),
    "addMenu": (0, 1), "setHeaderData": (2,), "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,), "setHeaderLabels": (0,), "addRow": (0,), "insertRow": (1,),
    "setName": (0,), "setLabel": (0,), "setSubTitle": (0,), "drawText": (0, 1, 2, 3),
}
# Widgets (and other classes) whose constructor takes the text shown first.
CONSTRUCTORS: dict[str, tuple[int, ...]] = {
    name: (0,) for name in (
        "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QMenu",
        "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem", "QBarSet", "QCommandLinkButton", "FigureCard",
        "QWizardPage",
    )
}
CONSTRUCTORS["QMessageBox"] = (1, 2)
CONSTRUCTORS["Column"] = CONSTRUCTORS["RichColumn"] = (0, 2)  # table columns: the title, the display text
# Module-level helpers: messages.error(parent, title, text), QMessageBox.warning(parent, title, text) …
FUNCTIONS: dict[tuple[str, str], tuple[int, ...]] = {
    **{("messages", n): (1, 2) for n in ("error", "warning", "info", "confirm", "open_file", "save_file")},
    **{("QMessageBox", n): (1, 2) for n in ("critical", "warning", "information", "question", "about")},
    **{("QInputDialog", n): (1, 2) for n in ("getText", "getInt", "getDouble", "getItem", "getMultiLineText")},
    **{("QFileDialog", n): (1, 3) for n in ("getOpenFileName", "getSaveFileName", "getOpenFileNames")},
    ("QFileDialog", "getExistingDirectory"): (1,),
}
KEYWORDS = {"text", "title", "label", "toolTip", "tooltip", "placeholder", "caption"}

# Words that need no translation: units and codes written the same in Russian, symbols, proper names.
ALLOWED_WORDS = {
    "BTC", "USD", "RUB", "EUR",  # the unit and the currency codes, written alike in both languages
    "HashPledge", "English", "Русский", "CoinGecko", "Esplora", "mempool",  # proper names
    "ℹ",  # the information sign (Unicode counts it as a letter)
}
# Whole strings that are fine as they are (format-only or symbols); placeholders and markup are removed first.
ALLOWED_TEXTS: set[str] = set()

_MARKUP = re.compile(r"<[^>]*>|&[a-z]+;|&#\d+;|\{[^{}]*\}|%n|%\d|%[-+ #0]*\d*(?:\.\d+)?[sdfgx]")
_WORD = re.compile(r"[^\W\d_]+")


def _offending_text(text: str) -> bool:
    """Whether a literal shown on screen has words that need a translation."""
    bare = _MARKUP.sub(" ", text.replace("&&", " ").replace("&", ""))
    if bare.strip() in ALLOWED_TEXTS:
        return False
    return any(word not in ALLOWED_WORDS for word in _WORD.findall(bare))


def _literals(node: ast.AST):
    """The string literals whose text ends up in the value of ``node`` (not those inside tr() calls)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):  # an f-string: its literal parts
        yield "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        yield from _literals(node.left)
        if isinstance(node.op, ast.Add):
            yield from _literals(node.right)
    elif isinstance(node, ast.Lambda):  # Column(lambda: "Title", …)
        yield from _literals(node.body)
    elif isinstance(node, ast.IfExp):
        yield from _literals(node.body)
        yield from _literals(node.orelse)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _literals(element)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        yield from _literals(node.func.value)  # "literal {0}".format(...): the literal; tr(...).format: nothing


def _shown_args(call: ast.Call) -> list[ast.AST]:
    func = call.func
    positions: tuple[int, ...] = ()
    if isinstance(func, ast.Name):
        positions = CONSTRUCTORS.get(func.id, ())
    elif isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else None
        if (owner, func.attr) in FUNCTIONS:
            positions = FUNCTIONS[(owner, func.attr)]
        elif owner in CONSTRUCTORS and func.attr not in METHODS:  # QtWidgets.QLabel(...) spelled out
            positions = ()
        else:
            positions = METHODS.get(func.attr, ())
    shown = [call.args[i] for i in positions if i < len(call.args)]
    if positions or (isinstance(func, ast.Name) and func.id == "run_in_background"):
        shown += [k.value for k in call.keywords if k.arg in KEYWORDS]
    return shown


def offenders(paths=SOURCES) -> list[str]:
    found = []
    for path in paths:
        if not path.exists():
            continue
        name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            for arg in _shown_args(node):
                found += [(str(name), arg.lineno, text) for text in _literals(arg) if _offending_text(text)]
    return [f"{name}:{line}: {text!r}" for name, line, text in sorted(found)]


def test_every_visible_literal_is_translated():
    found = offenders()
    assert not found, "wrap these in self.tr() / QCoreApplication.translate():\n" + "\n".join(found)


def test_the_scanner_catches_what_it_should(tmp_path):
    """The scanner itself: literals are caught in every shape, translated and allowed text is not."""
    sample = tmp_path / "sample.py"
    sample.write_text('''
label = QLabel("Holdings")                      # caught
label.setText(f"{n} machines")                  # caught: the f-string's words
box.setToolTip("Price: {0}".format(price))      # caught
messages.error(self, "Failed", self.tr("x"))    # caught: the title
QMessageBox.warning(self, self.tr("t"), "Bad")  # caught
combo.addItem("English", "en")                  # allowed: a proper name; the data is not judged
label.setText(self.tr("Holdings"))              # translated
label.setText(QCoreApplication.translate("C", "Holdings"))
label.setText("—")                              # a symbol
label.setText(f"{text}\\u00a0BTC")                # allowed unit
label.setText("<b>{0}</b>".format(x))           # markup and placeholders only
label.setText(formatting.money(v, "USD"))       # not a literal
tabs.addTab(widget, "Risk")                     # caught
''', encoding="utf-8")
    found = offenders([sample])
    texts = [line.split(": ", 1)[1] for line in found]
    assert texts == ["'Holdings'", "' machines'", "'Price: {0}'", "'Failed'", "'Bad'", "'Risk'"], found
