"""The glossary panel (Help ▸ What does this mean?, F1): a search field, the list of terms and the explanation.

:class:`GlossaryPanel` is the widget; :class:`GlossaryDock` puts it on the right of the main window, and
:func:`standalone_panel` opens it as a window of its own for a page shown outside the main window. The texts
come from :mod:`desktop.ui.glossary` and are re-read on every language change.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import glossary

LINK_SCHEME = "term"


def _fold(text: str) -> str:
    return text.casefold().replace("ё", "е")


def _html_lines(text: str) -> str:
    return escape(text).replace("\n", "<br>")


class GlossaryPanel(QWidget):
    """Search, list and explanation. ``open(key)`` shows a term; ``retranslate()`` re-reads every text."""

    term_shown = Signal(str)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("glossaryPanel")
        self._terms: dict[str, glossary.Term] = {}
        self._key: str | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("glossarySearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._open_first)
        self.search.installEventFilter(self)
        self.no_match = QLabel()
        self.no_match.setObjectName("glossaryNoMatch")
        self.no_match.setWordWrap(True)
        self.no_match.setStyleSheet("color: palette(dark);")
        self.no_match.hide()
        self.list = QListWidget()
        self.list.setObjectName("glossaryList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._item_changed)
        self.text = QTextBrowser()
        self.text.setObjectName("glossaryText")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._link)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self.list)
        split.addWidget(self.text)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([200, 440])
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.no_match)
        layout.addWidget(split, 1)
        self.setMinimumWidth(300)
        self.retranslate()
        self.show_term(glossary.keys()[0])

    # ---- texts --------------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Re-read every text in the current language (the list, the open term, the labels)."""
        self._terms = {t.key: t for t in glossary.terms()}
        self.search_label.setText(self.tr("Search the glossary:"))
        self.search.setPlaceholderText(self.tr("a word, e.g. LTV or difficulty"))
        self.search.setAccessibleName(self.tr("Search the glossary"))
        self.list.setAccessibleName(self.tr("Terms"))
        self.text.setAccessibleName(self.tr("Explanation"))
        self.setWindowTitle(self.tr("What does this mean?"))
        self._fill_list()
        if self._key is not None:
            self._render(self._key)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---- the list -----------------------------------------------------------------------------------------
    def _matches(self, text: str) -> list[str]:
        """Keys whose texts contain ``text``: title matches first, then the others, each in glossary order."""
        needle = _fold(text.strip())
        if not needle:
            return list(self._terms)
        in_title, elsewhere = [], []
        for key, t in self._terms.items():
            if needle in _fold(t.title) or needle in key.replace("_", " "):
                in_title.append(key)
            elif needle in _fold(" ".join((t.short, t.body, t.formula, t.example))):
                elsewhere.append(key)
        return in_title + elsewhere

    def _fill_list(self) -> None:
        keys = self._matches(self.search.text())
        self.list.blockSignals(True)
        self.list.clear()
        for key in keys:
            t = self._terms[key]
            item = QListWidgetItem(t.title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(t.short)
            self.list.addItem(item)
            if key == self._key:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.no_match.setVisible(not keys)
        if not keys:
            self.no_match.setText(self.tr("No term matches “{0}”.").format(self.search.text().strip()))

    def _filter(self, _text: str = "") -> None:
        self._fill_list()
        if self.list.currentItem() is None and self.list.count() and self.search.text().strip():
            self.show_term(self.list.item(0).data(Qt.ItemDataRole.UserRole))

    def visible_keys(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _item_changed(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_term(item.data(Qt.ItemDataRole.UserRole))

    def _open_first(self) -> None:
        if self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            if self.list.count():
                self.list.setFocus()
                if self.list.currentRow() < 0:
                    self.list.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.key() == Qt.Key.Key_Escape:
            if self.search.text():
                self.search.clear()
            else:
                self.close_requested.emit()
            return
        super().keyPressEvent(event)

    # ---- showing a term -----------------------------------------------------------------------------------
    def current_key(self) -> str | None:
        return self._key

    def show_term(self, key: str) -> None:
        """Show ``key`` (select it in the list; a filter that hides it is cleared)."""
        if key not in self._terms:
            raise KeyError(key)
        self._key = key
        if key not in self.visible_keys():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._fill_list()
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.list.blockSignals(True)
                self.list.setCurrentRow(i)
                self.list.blockSignals(False)
                self.list.scrollToItem(self.list.item(i))
                break
        self._render(key)
        self.term_shown.emit(key)

    def open(self, key: str | None = None) -> None:
        """Show ``key``, or without one put the cursor in the search field."""
        if key:
            self.show_term(key)
        else:
            self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search.selectAll()

    def _link(self, url: QUrl) -> None:
        if url.scheme() == LINK_SCHEME and url.path() in self._terms:
            self.show_term(url.path())

    def html(self, key: str) -> str:
        t = self._terms[key]
        pal = self.palette()
        shade = pal.color(QPalette.ColorRole.AlternateBase).name()
        quiet = pal.color(QPalette.ColorRole.PlaceholderText).name()
        body = "".join(f"<p>{_html_lines(p)}</p>" for p in t.body.split("\n\n") if p.strip())
        links = ", ".join(f'<a href="{LINK_SCHEME}:{k}">{escape(self._terms[k].title)}</a>'
                          for k in t.see_also if k in self._terms)
        how, example, see_also = self.tr("How the app computes it"), self.tr("Example"), self.tr("See also:")
        box = f'<table width="100%" cellpadding="6" cellspacing="0" bgcolor="{shade}"><tr><td>{{0}}</td></tr></table>'
        parts = [
            f"<h3>{escape(t.title)}</h3>",
            f'<p style="color:{quiet};"><i>{escape(t.short)}</i></p>',
            body,
            f"<h4>{escape(how)}</h4>",
            box.format(_html_lines(t.formula)),
            f"<h4>{escape(example)}</h4>",
            box.format(_html_lines(t.example)),
        ]
        if links:
            parts.append(f"<p>{escape(see_also)} {links}</p>")
        return "".join(parts)

    def _render(self, key: str) -> None:
        self.text.setHtml(self.html(key))
        self.text.setAccessibleDescription(self._terms[key].title)


class GlossaryDock(QDockWidget):
    """The glossary on the right of the main window; hidden until Help ▸ What does this mean? or a "?"."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("glossaryDock")
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.panel = GlossaryPanel(self)
        self.panel.close_requested.connect(self._close)
        self.setWidget(self.panel)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("What does this mean?"))
        self.panel.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("What does this mean?"))
        super().changeEvent(event)

    def open(self, key: str | None = None) -> None:
        """Show the dock at ``key``; without one, at the term of the focused field (F1), else at the search."""
        if key is None:
            focus = QApplication.focusWidget()
            if focus is not None and not self.isAncestorOf(focus):
                key = glossary.term_of(focus)
        self.show()
        self.raise_()
        self.panel.open(key)

    def _close(self) -> None:
        self.hide()
        if self.parentWidget() is not None:
            self.parentWidget().setFocus()


def standalone_panel(owner: QWidget) -> GlossaryPanel:
    """The glossary as a window of its own, one per ``owner`` window (a page shown outside the main window)."""
    panel = owner.findChild(GlossaryPanel, "glossaryWindow")
    if panel is None:
        panel = GlossaryPanel(owner)
        panel.setObjectName("glossaryWindow")
        panel.setWindowFlag(Qt.WindowType.Window, True)
        panel.close_requested.connect(panel.close)
        panel.resize(440, 600)
    panel.show()
    panel.raise_()
    return panel
