"""The person on Today's card, and how their line in the list reads.

The card: who they are and where, how to reach them (call, write, their profile), why they are on
today's list, how to open, and their last touches. The line: their name, where they work, and why
they are listed — or, once handled today, a mark for how: reached, tried without reaching them, or
set aside.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote

from PySide6.QtCore import Qt

from netcompanion import clock
from netcompanion.calllist import CallListEntry as Entry
from netcompanion.domain import CONVERSATION_OUTCOMES
from netcompanion.gui.bidi import isolate
from netcompanion.gui.focus import links_take_focus
from netcompanion.rules.common import say_day

# How a person handled today shows in the list: reached, tried without reaching them, or set aside.
MARKS = {"reached": "✓", "tried": "○", "aside": "↷"}
KIND_LABEL = {
    "follow-up": "Follow-up",
    "campaign": "Campaign",
    "keep-in-touch": "Keep in touch",
    "job-change": "Job change",
}


def links_html(entry: Entry) -> str:
    links = []
    if entry.phone:
        links.append(f'<a href="tel:{quote(entry.phone, safe="+")}">Call {html.escape(entry.phone)}</a>')
    if entry.email:
        links.append(f'<a href="mailto:{quote(entry.email, safe="@.")}">Write {html.escape(entry.email)}</a>')
    if entry.linkedin_url:
        links.append(f'<a href="{html.escape(entry.linkedin_url)}">LinkedIn profile</a>')
    return " &nbsp;·&nbsp; ".join(links) or "No phone, e-mail or profile on file."


@dataclass(frozen=True)
class Handled:
    """What became of a person on today's list: in words ("Call, reached", "skipped") and its mark."""

    what: str
    mark: str  # a key of MARKS

    @classmethod
    def touch(cls, what: str, outcome: str) -> Handled:
        return cls(what, "reached" if outcome in CONVERSATION_OUTCOMES else "tried")

    @classmethod
    def aside(cls, what: str = "skipped") -> Handled:
        return cls(what, "aside")


def list_line(entry: Entry, handled: Handled | None) -> str:
    """Their line in the list: who, where, and why they are listed or what became of them today."""
    first = f"{MARKS[handled.mark]} {entry.name}" if handled else entry.name
    where = ", ".join(filter(None, (entry.title, entry.company)))
    if handled is None:
        second = KIND_LABEL.get(entry.kind, entry.kind)
    elif handled.mark == "tried":
        second = f"not reached: {handled.what}"
    elif handled.what == "skipped":
        second = "skipped for now: still on today's list"  # nothing is kept: see today_actions.skip
    else:
        second = handled.what
    return f"{first}\n{where}\n{second}" if where else f"{first}\n{second}"


def dress_card(form) -> None:
    """How the card looks: its section titles, the quieter lines, and what it says about the person
    scrolling when the window is short, so the buttons under it never give way."""
    f = form
    for name in ("reasonsTitle", "openerTitle", "outcomeTitle", "historyTitle"):
        getattr(f, name).setProperty("role", "section")
    for name in ("entryWhere", "moodHint"):
        getattr(f, name).setProperty("role", "muted")
    f.entryCard.setProperty("role", "card")
    for part in (f.cardScroll.viewport(), f.cardText):
        part.setAutoFillBackground(False)  # the card's own background shows through
    f.cardScroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click on the card leaves the keys with the list
    links_take_focus(f.linksLabel)
    f.cardScroll.setMinimumHeight(2 * f.reasonsLabel.fontMetrics().lineSpacing() + 8)


def show_person(form, entry: Entry) -> None:
    """The card for `entry`, all but their last touches (read from the database: see last_touches)."""
    f = form
    f.entryName.setText(entry.name)
    f.entryWhere.setText(" at ".join(isolate(p) for p in (entry.title, entry.company) if p) or "—")
    f.linksLabel.setText(links_html(entry))
    f.reasonsLabel.setText("\n".join(f"• {r[:1].upper() + r[1:]}" for r in entry.reasons) or "—")
    f.openerLabel.setText(
        entry.opener or "Ask how they are and what they are working on; listen more than you talk."
    )
    f.openerTitle.setVisible(True)


def say_touch(touch) -> str:
    """One touch in a few words: "call, no answer" or "meeting, reached, thrilled"."""
    return f"{touch.channel}, {touch.outcome.replace('-', ' ')}" + (f", {touch.mood}" if touch.mood else "")


def last_touches(touches: Sequence, zone: dt.tzinfo | None) -> str:
    """Their latest touches (newest first), a line each, dated on the user's calendar (their `zone`)."""
    if not touches:
        return "No touches logged yet — this is a fresh start."
    lines = []
    for touch in touches:
        day = clock.day_of(touch.occurred_at, zone)
        note = f" — {touch.notes.splitlines()[0][:90]}" if touch.notes else ""
        lines.append(f"{say_day(day)} {day:%Y}: {say_touch(touch)}{note}")
    return "\n".join(lines)
