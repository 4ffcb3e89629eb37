"""Language switching: our translations (resources/i18n) plus Qt's own (qtbase) for standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop.paths import resources_dir

LANGUAGES = (("en", "English"), ("ru", "Русский"))
_installed: list[QTranslator] = []


def saved_language() -> str:
    value = QSettings().value("ui/language", "")
    if value in dict(LANGUAGES):
        return value
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def save_language(code: str) -> None:
    QSettings().setValue("ui/language", code)


def install(code: str) -> None:
    """Replace the installed translators by those of ``code`` ('en' or 'ru')."""
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia) if code == "ru"
                       else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    if code == "en":
        return
    ours = QTranslator(app)
    if ours.load(f"hashpledge_{code}", str(resources_dir() / "i18n")):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
