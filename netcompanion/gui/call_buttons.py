"""The buttons under the person on Today's card, laid out so that their words are never cut."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def let_go_of_layout_items(layout) -> None:
    """Let go of the Python objects for `layout`'s items before Qt deletes the items.

    PySide makes a Python object for each item of a layout nested with addLayout — the form's
    outcome grid — and keeps it, but is not told when Qt deletes the item, as Qt does when a button
    is put in another cell. Left behind, the object still claimed the freed address: once a line of
    the call list was made there, clearing the list crashed the app (a refresh some time after the
    buttons had gone from four a row to two or back, as they can while Today first opens)."""
    for i in range(layout.count()):
        shiboken6.invalidate(layout.itemAt(i))


class CardButtons:
    """Four buttons a row where they fit, else two; the card never squashes them (see `fit`)."""

    def __init__(self, form, buttons: tuple[QPushButton, ...]) -> None:
        self.form = form
        self.buttons = buttons
        self.columns = 4  # as the form lays them out
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def fit(self) -> None:
        """On every resize of the card: the row width first, then the card's least height."""
        self._fit_columns()
        self._keep_whole()

    def _fit_columns(self) -> None:
        """With a narrow window or the call list dragged wider, the card can be narrower than four
        buttons, and their words were cut off at both ends: then two a row."""
        f = self.form
        grid = f.outcomeGrid
        left, _, right, _ = f.entryLayout.getContentsMargins()
        room = f.entryCard.contentsRect().width() - left - right
        widest = max(button.minimumSizeHint().width() for button in self.buttons)
        columns = 4 if room >= 4 * widest + 3 * max(0, grid.horizontalSpacing()) else 2
        if columns != self.columns:
            self.columns = columns
            let_go_of_layout_items(grid)  # putting a button in another cell deletes its old item
            for i, button in enumerate(self.buttons):
                grid.addWidget(button, i // columns, i % columns)

    def _keep_whole(self) -> None:
        """The card is never shorter than its fixed parts need at its width — who, where, the hint and
        the buttons — so that in a short window the text between them scrolls instead of the buttons
        being squashed (their words were cut at 946×537). The splitter does not ask its card how tall
        it must be at a given width; the wrapped labels made it think it needed less."""
        card = self.form.entryCard
        margins = card.contentsMargins()
        need = self.form.entryLayout.minimumHeightForWidth(card.contentsRect().width())
        card.setMinimumHeight(max(0, need) + margins.top() + margins.bottom())

