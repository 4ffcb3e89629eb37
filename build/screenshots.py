"""Screenshots of every page, in English and Russian, for looking at and for the README.

    xvfb-run -a -s "-screen 0 1440x900x24" .venv/bin/python build/screenshots.py OUT_DIR [--db PATH]
        [--theme light|dark|both] [--all-tabs]

Without --db a temporary database is filled with the demo farms. Uses the real window (xcb under Xvfb).
``--theme`` (or the environment variable HASHPLEDGE_SCREENSHOT_THEME) picks the appearance: light (the
default, files ``en-dashboard.png`` …), dark (``en-dark-dashboard.png`` …) or both. ``--all-tabs`` also shoots
every tab of the pages that have tabs (``en-loans-tab3.png`` …).
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.services.demo import build_demo
from desktop.store.db import open_database
from desktop.ui import i18n, theme
from desktop.ui.app import make_app
from desktop.ui.main_window import PAGE_KEYS, MainWindow


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--profile", type=int, default=2, help="index of the profile to show (default: the company)")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--theme", choices=("light", "dark", "both"),
                        default=os.environ.get("HASHPLEDGE_SCREENSHOT_THEME", "light"))
    parser.add_argument("--all-tabs", action="store_true", help="also every tab of the pages with tabs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.TemporaryDirectory()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp.name)
    db_path = args.db or Path(tmp.name) / "demo.sqlite3"
    db = open_database(db_path)
    if args.db is None:
        build_demo(db)
    app = make_app()
    width, height = (int(v) for v in args.size.split("x"))
    themes = ("light", "dark") if args.theme == "both" else (args.theme,)
    for mode in themes:
        theme.apply(mode)
        suffix = "-dark" if mode == "dark" else ""
        for lang in ("en", "ru"):
            i18n.save_language(lang)
            i18n.install(lang)
            window = MainWindow(db)
            window.resize(width, height)
            window.profile_combo.setCurrentIndex(min(args.profile, window.profile_combo.count() - 1))
            window.show()
            for key in PAGE_KEYS:
                window.show_page(key)
                for _ in range(20):
                    app.processEvents()
                window.grab().save(str(args.out / f"{lang}{suffix}-{key}.png"))
                tabs = getattr(window.current_page(), "tabs", None)
                if args.all_tabs and tabs is not None:
                    for n in range(1, tabs.count()):
                        tabs.setCurrentIndex(n)
                        for _ in range(20):
                            app.processEvents()
                        window.grab().save(str(args.out / f"{lang}{suffix}-{key}-tab{n}.png"))
                    tabs.setCurrentIndex(0)
            window.close()
    db.close()
    QApplication.quit()
    print(f"screenshots in {args.out}")


if __name__ == "__main__":
    main()
