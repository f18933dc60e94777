"""Today's eight outcome buttons go from four a row to two and back as the card narrows and widens;
the call list must go on refreshing safely afterwards."""

from __future__ import annotations

import shiboken6

from netcompanion import operations
from tests.gui.conftest import due_today

PEOPLE = 60


def buttons_per_row(view) -> int:
    buttons = view.card_buttons.buttons
    return sum(1 for b in buttons if b.y() == buttons[0].y())


def test_the_call_list_refreshes_safely_after_the_buttons_rearrange(make_window, store, qtbot):
    """Putting a button in another cell makes Qt delete the layout item that held it. PySide keeps a
    Python object for each item of the buttons' grid (the form nests the grid with addLayout) and is
    not told: the object went on standing for the freed memory, and a line of the call list later made
    at the same address crashed the app when the list was cleared — on a refresh after some call, any
    time after the window had been narrowed or widened, or after Today first laid its buttons out."""
    operations.update_settings(store, daily_quota=PEOPLE)
    due_today(store, [f"Person {n:02d}" for n in range(PEOPLE)])
    window = make_window(store)
    window.resize(1280, 720)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded and buttons_per_row(view) == 4)
    grid = view.form.outcomeGrid
    for width, per_row in ((960, 2), (1280, 4)) * 3:
        held = [grid.itemAt(i) for i in range(grid.count())]
        window.resize(width, 720)
        qtbot.waitUntil(lambda per_row=per_row: buttons_per_row(view) == per_row)
        # The items that held the buttons are gone: nothing on the Python side may pass for them.
        assert [item for item in held if shiboken6.isValid(item)] == []
        for _ in range(10):
            view.refresh()  # a small network is read on the spot: the list is cleared and filled anew
            assert view.form.callList.count() == PEOPLE
