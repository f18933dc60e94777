"""Nudges in plain words: warnings first, then suggestions; they explain, never block."""

from __future__ import annotations

import html
from collections.abc import Iterable

from netcompanion.rules.common import Nudge

_MARK = {"warning": "⚠", "suggestion": "💡", "info": "✓"}
_ORDER = {"warning": 0, "suggestion": 1, "info": 2}


def nudges_html(nudges: Iterable[Nudge], heading: str = "") -> str:
    items = sorted(nudges, key=lambda n: _ORDER.get(n.level, 3))
    if not items:
        return ""
    lines = [f"{_MARK.get(n.level, '•')} {html.escape(n.message)}" for n in items]
    head = f"<b>{html.escape(heading)}</b><br>" if heading else ""
    return head + "<br>".join(lines)


def show_nudges(label, nudges: Iterable[Nudge], heading: str = "") -> None:
    """Fill a QLabel with the nudges, or hide it when there are none."""
    text = nudges_html(nudges, heading)
    label.setProperty("role", "nudges")
    label.setText(text)
    label.setVisible(bool(text))
    label.style().unpolish(label)
    label.style().polish(label)
