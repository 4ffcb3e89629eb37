"""The language of the headless CLI: English or Russian, from the app's own translations, without a Qt
application object.

Choice: ``--lang {en,ru}`` before the command > ``HASHPLEDGE_LANG`` > the language saved by the desktop app
(QSettings "HashPledge"/"HashPledge", ``ui/language``) > the system locale (``LC_ALL`` / ``LC_MESSAGES`` /
``LANG`` starting with "ru") > English.

The CLI marks its strings with ``translate("Cli", "…")`` (contexts Cli, CliMining, CliPackage; argparse's own
words under "argparse", listed below), which pyside6-lupdate collects into resources/i18n/hashpledge_ru.ts like
the rest of the app. They are looked up in hashpledge_ru.qm with a QTranslator used directly: a
QCoreApplication is never created here (``hashpledge package`` makes a QApplication itself to paint the PDF).

The services translate their messages with ``QCoreApplication.translate`` (records, profiles, CSV import) and
``desktop.i18n.tr_error`` does the same for domain errors; Qt consults installed translators only once an
application object exists. So while a command runs, ``activated()`` routes that one function (and in Russian
argparse's gettext) to the same translator, and puts both back afterwards.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QTranslator

LANGUAGES = ("en", "ru")
ENV_VAR = "HASHPLEDGE_LANG"
SETTINGS_KEY = "ui/language"  # what desktop/ui/i18n.py saves

_translator: QTranslator | None = None
_language = "en"

# argparse's own words (Python 3.11 and later), translated under the context "argparse".
_ARGPARSE_MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
)


# ---- which language ------------------------------------------------------------------------------------
def _normalise(value: object) -> str | None:
    """'ru', 'RU', 'ru_RU.UTF-8' → 'ru'; 'en…' → 'en'; anything else → None."""
    if not isinstance(value, str):
        return None
    text = value.strip().lower()
    code = text[:2]
    return code if code in LANGUAGES and text[2:3] in ("", "_", "-", ".", "@") else None


def requested_language(argv: Sequence[str]) -> str | None:
    """The value of the global ``--lang`` (before the command; ``package --lang`` is the report's language)."""
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            return None
        if arg.startswith("--lang="):
            return _normalise(arg.partition("=")[2])
        if arg == "--lang":
            return _normalise(args[i + 1]) if i + 1 < len(args) else None
        if arg == "--db":  # the only other global option with a value
            i += 2
            continue
        if not arg.startswith("-"):  # the command: what follows is its own
            return None
        i += 1
    return None


def saved_language() -> str | None:
    """The language chosen in the desktop app's settings, read without creating an application."""
    from desktop import APP_NAME, ORG_NAME

    try:
        return _normalise(QSettings(ORG_NAME, APP_NAME).value(SETTINGS_KEY, ""))
    except Exception:  # an unreadable settings store never stops the CLI
        return None


def locale_language(environ: Mapping[str, str]) -> str | None:
    """'ru' when the POSIX locale (the first of LC_ALL, LC_MESSAGES, LANG that is set) is Russian."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name)
        if value:
            return "ru" if _normalise(value) == "ru" else None
    return None


def choose_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    environ = os.environ if environ is None else environ
    return (requested_language(argv) or _normalise(environ.get(ENV_VAR)) or saved_language()
            or locale_language(environ) or "en")


# ---- translating -----------------------------------------------------------------------------------------
def current_language() -> str:
    return _language


def _lookup(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str | None:
    if _translator is None or not text:
        return None
    found = _translator.translate(context, text, disambiguation, n)
    if not found:
        return None
    return found.replace("%n", str(n)) if n >= 0 else found


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the CLI's language (the English source when untranslated or in English)."""
    found = _lookup(context, text, disambiguation, n)
    if found is not None:
        return found
    return text.replace("%n", str(n)) if n >= 0 else text


def _argparse_gettext(message: str) -> str:
    return translate("argparse", message)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return translate("argparse", singular if n == 1 else plural)


def _load(lang: str) -> QTranslator | None:
    if lang == "en":
        return None
    from desktop.paths import resources_dir

    translator = QTranslator()
    return translator if translator.load(f"hashpledge_{lang}", str(resources_dir() / "i18n")) else None


@contextmanager
def activated(lang: str) -> Iterator[None]:
    """Run the body in ``lang``: our strings, argparse's and the services' Qt-translated messages."""
    global _translator, _language
    saved = (_translator, _language, argparse._, argparse.ngettext, vars(QCoreApplication)["translate"])
    _language = lang if lang in LANGUAGES else "en"
    _translator = _load(_language)
    # In English too: the services' messages stay English even if a translator of the app is installed
    # (the CLI run in-process next to a GUI, as in tests).
    QCoreApplication.translate = staticmethod(translate)
    if _translator is not None:
        argparse._ = _argparse_gettext
        argparse.ngettext = _argparse_ngettext
    try:
        yield
    finally:
        _translator, _language = saved[0], saved[1]
        argparse._, argparse.ngettext = saved[2], saved[3]
        QCoreApplication.translate = saved[4]
