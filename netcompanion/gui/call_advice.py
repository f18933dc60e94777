"""The advice after a call: what the core advises once a touch is logged, in a strip above Today's
list, titled with whom it is about.

It stays while the user moves on down the list, until put away (Esc, or its Dismiss link) or the
next call's advice takes its place; "Open their story" opens the person it is about.
"""

from __future__ import annotations

from netcompanion.gui.context import AppContext
from netcompanion.gui.focus import links_take_focus
from netcompanion.gui.nudges import show_nudges

LINKS = '<a href="#story">Open their story</a> &nbsp;·&nbsp; <a href="#dismiss">Dismiss</a> (Esc)'


class CallAdvice:
    """The strip: `label` (the advice) in `scroll`, which keeps many nudges from pushing the call
    card out of the window."""

    def __init__(self, ctx: AppContext, label, scroll) -> None:
        self.ctx = ctx
        self.label = label
        self.scroll = scroll
        self.about: int | None = None  # whose call the advice is about
        self._put(())  # hidden until a call brings advice; styled before it is first shown
        label.linkActivated.connect(self._link)
        links_take_focus(label)

    def show(self, contact_id: int, name: str, what: str, nudges) -> None:
        """The advice after the call with `name` (`what` happened, e.g. "reached, thrilled");
        a call that brought none puts the last call's away."""
        if not nudges:
            self.dismiss()
            return
        self.about = contact_id
        heading = f"After {name}" + (f" ({what})" if what else "") + ":"
        self._put(nudges, heading, LINKS)

    def dismiss(self) -> None:
        self.about = None
        self._put(())

    def fit(self) -> None:
        """The strip is as tall as its words, up to seven lines (then it scrolls): many nudges must not
        push the call card out of a 720-pixel window, or the window off the screen. In a short window
        it gives way down to a line (and scrolls): it must not make the window grow, nor squash the
        card's buttons."""
        if not self.label.text():
            return
        # Not yet shown, the strip's own width is stale: it spans its parent's layout.
        host = self.scroll.parentWidget()
        width = self.scroll.width() if self.scroll.isVisible() or host is None else host.contentsRect().width()
        line = self.label.fontMetrics().lineSpacing()
        most = 7 * line + 24
        need = self.label.heightForWidth(width)
        tallest = min(need, most) if need > 0 else most
        self.scroll.setMinimumHeight(min(tallest, line + 24))
        self.scroll.setMaximumHeight(tallest)

    def _put(self, nudges, heading: str = "", links: str = "") -> None:
        show_nudges(self.label, nudges, heading, links)
        self.fit()  # before it shows: showing it fits the window to it, and a window never shrinks back
        self.scroll.setVisible(self.label.isVisibleTo(self.scroll))

    def _link(self, href: str) -> None:
        if href == "#story" and self.about is not None:
            self.ctx.open_contact.emit(self.about)
        elif href == "#dismiss":
            self.dismiss()
