"""Nudges in plain words: warnings first, then suggestions; they explain, never block."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from netcompanion import APP_NAME
from netcompanion.gui.fit_text import fit_words
from netcompanion.rules.common import Nudge

# Marks every common desktop font has (an emoji font is often missing: 💡 showed as an empty box).
_MARK = {"warning": "⚠", "suggestion": "➜", "info": "✓"}
_ORDER = {"warning": 0, "suggestion": 1, "info": 2}


def nudges_html(nudges: Iterable[Nudge], heading: str = "", links: str = "") -> str:
    """The nudges as rich text under an optional heading; `links` (HTML, e.g. "Dismiss") follow the heading."""
    items = sorted(nudges, key=lambda n: _ORDER.get(n.level, 3))
    if not items:
        return ""
    lines = [f"{_MARK.get(n.level, '•')} {html.escape(fit_words(n.message))}" for n in items]
    head = f"<b>{html.escape(fit_words(heading))}</b>" if heading else ""
    if links:
        head += ("&nbsp;&nbsp;&nbsp;" if head else "") + links
    return (head + "<br>" if head else "") + "<br>".join(lines)


def show_nudges(label, nudges: Iterable[Nudge], heading: str = "", links: str = "") -> None:
    """Fill a QLabel with the nudges, or hide it when there are none."""
    text = nudges_html(nudges, heading, links)
    label.setProperty("role", "nudges")
    label.setText(text)
    label.setVisible(bool(text))
    label.style().unpolish(label)
    label.style().polish(label)


def nudges_box(parent: QWidget | None, nudges: Iterable[Nudge], heading: str, name: str) -> QMessageBox:
    """What the app noticed about a contact just saved (an e-mail someone else has), in a box that
    doesn't block: the save is done, the note is for reading."""
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, "", QMessageBox.StandardButton.Ok, parent)
    box.setObjectName(name)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(nudges_html(nudges, heading))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
