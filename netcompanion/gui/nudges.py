"""Nudges in plain words: warnings first, then suggestions; they explain, never block."""

from __future__ import annotations

import html
from collections.abc import Iterable

from netcompanion.rules.common import Nudge

# Marks every common desktop font has (an emoji font is often missing: 💡 showed as an empty box).
_MARK = {"warning": "⚠", "suggestion": "➜", "info": "✓"}
_ORDER = {"warning": 0, "suggestion": 1, "info": 2}


def nudges_html(nudges: Iterable[Nudge], heading: str = "", links: str = "") -> str:
    """The nudges as rich text under an optional heading; `links` (HTML, e.g. "Dismiss") follow the heading."""
    items = sorted(nudges, key=lambda n: _ORDER.get(n.level, 3))
    if not items:
        return ""
    lines = [f"{_MARK.get(n.level, '•')} {html.escape(n.message)}" for n in items]
    head = f"<b>{html.escape(heading)}</b>" if heading else ""
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
