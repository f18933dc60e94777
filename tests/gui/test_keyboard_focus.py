"""Tab and Shift+Tab through the pages: what has the keyboard focus is on screen and drawn as focused."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QScrollArea, QTabWidget, QWidget

from netcompanion import operations


def focus_widget() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(qtbot, key: Qt.Key) -> QWidget:
    qtbot.keyClick(focus_widget(), key)
    return focus_widget()


def tab_to(qtbot, target: QWidget, key: Qt.Key = Qt.Key.Key_Tab) -> None:
    """Tab (or Shift+Tab) from wherever the focus is until it is on `target`, as a user would."""
    for _ in range(60):
        if focus_widget() is target:
            return
        press(qtbot, key)
    raise AssertionError(f"{key.name} never reached {target.objectName()}; it stays on {focus_widget().objectName()}")


def shown_in(scroll: QScrollArea, widget: QWidget, height: int | None = None) -> bool:
    """`widget` (its first `height` pixels: the line typed on in a text box) is inside what `scroll` shows."""
    viewport = scroll.viewport()
    part = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    if height is not None:
        part.setHeight(min(height, widget.height()))
    return viewport.rect().contains(part)


def person_due_today(store, **details) -> int:
    contact = operations.add_contact(store, name="Nadia Brennan", company="Fabrikam", **details)
    operations.add_followup(store, contact.id, due=dt.date.today(), kind="follow-up", note="as promised")
    return contact.id


def short_window(make_window, qtbot, store):
    window = make_window(store)
    window.resize(900, 420)  # as short as it gets: the card's text and a contact's details scroll
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_shift_tab_from_the_buttons_shows_the_links_at_the_top_of_a_card_scrolled_down(make_window, store, qtbot):
    person_due_today(store, phones=["+1 555 0100"], emails=["nadia@example.com"])
    window = short_window(make_window, qtbot, store)
    today = window.show_view("today")
    qtbot.waitUntil(lambda: today.loaded)
    f = today.form
    tab_to(qtbot, f.reachedButton)
    bar = f.cardScroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # read down to the last touches
    assert not shown_in(f.cardScroll, f.linksLabel)

    assert press(qtbot, Qt.Key.Key_Backtab) is f.linksLabel
    assert shown_in(f.cardScroll, f.linksLabel)


def test_shift_tab_into_a_contacts_notes_shows_them(make_window, store, qtbot):
    contact_id = person_due_today(store)
    window = short_window(make_window, qtbot, store)
    story = window.show_contact(contact_id)
    f = story.form
    tab_to(qtbot, story.findChild(QTabWidget, "tabs").tabBar())
    f.detailsScroll.verticalScrollBar().setValue(0)  # back up to their name
    qtbot.waitUntil(lambda: not shown_in(f.detailsScroll, f.notesEdit, 1))

    assert press(qtbot, Qt.Key.Key_Backtab) is f.notesEdit
    assert shown_in(f.detailsScroll, f.notesEdit, 2 * f.notesEdit.fontMetrics().lineSpacing())


def test_tab_from_a_contacts_buttons_goes_straight_to_their_first_name(make_window, store, qtbot):
    contact_id = person_due_today(store)
    window = short_window(make_window, qtbot, store)
    story = window.show_contact(contact_id)
    tab_to(qtbot, story.form.saveButton)

    assert press(qtbot, Qt.Key.Key_Tab) is story.form.firstEdit  # not the details' frame, with nothing drawn


def test_tab_goes_from_link_to_link_on_todays_card_and_shift_tab_leaves_them(make_window, store, qtbot):
    person_due_today(store, phones=["+1 555 0100"], emails=["nadia@example.com"],
                     linkedin_url="https://www.linkedin.com/in/nadia-brennan")  # fmt: skip
    window = short_window(make_window, qtbot, store)
    today = window.show_view("today")
    qtbot.waitUntil(lambda: today.loaded)
    f = today.form
    links = ["Call +1 555 0100", "Write nadia@example.com", "LinkedIn profile"]
    tab_to(qtbot, f.cardScroll)

    seen = [(press(qtbot, Qt.Key.Key_Tab).objectName(), f.linksLabel.selectedText()) for _ in range(4)]
    # Each stop on the label is a link, drawn chosen; none is the bare label, with nothing drawn.
    assert seen == [*(("linksLabel", link) for link in links), ("reachedButton", "")]
    seen = [(press(qtbot, Qt.Key.Key_Backtab).objectName(), f.linksLabel.selectedText()) for _ in range(4)]
    assert seen == [*(("linksLabel", link) for link in reversed(links)), ("cardScroll", "")]


def test_a_card_with_no_way_to_reach_them_is_no_stop_for_tab(make_window, store, qtbot):
    person_due_today(store)
    window = short_window(make_window, qtbot, store)
    today = window.show_view("today")
    qtbot.waitUntil(lambda: today.loaded)
    f = today.form
    assert f.linksLabel.text() == "No phone, e-mail or profile on file."
    tab_to(qtbot, f.cardScroll)

    assert press(qtbot, Qt.Key.Key_Tab) is f.reachedButton
    assert press(qtbot, Qt.Key.Key_Backtab) is f.cardScroll


def test_tab_on_introductions_goes_across_the_stage_columns_then_to_the_buttons(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    board = window.show_view("introductions")
    f = board.form
    tab_to(qtbot, window.form.searchBox)

    stops = [press(qtbot, Qt.Key.Key_Tab) for _ in range(len(board.columns) + 2)]
    # Not the board itself first, a stop with nothing drawn; nor the buttons before the columns.
    assert stops == [*board.columns.values(), f.nextButton, f.openButton]  # Back a stage: none selected yet


def colour_at(widget: QWidget, at: QPoint) -> QColor:
    return widget.grab().toImage().pixelColor(at)


def plainly_different(one: QColor, other: QColor) -> bool:
    return sum(abs(a - b) for a, b in zip(one.getRgb()[:3], other.getRgb()[:3], strict=True)) > 150


def with_and_without_focus(qtbot, widget: QWidget, at: QPoint) -> tuple[QColor, QColor]:
    """The colour at `at` in `widget` while Tab has put the focus on it, then once Tab took it on."""
    tab_to(qtbot, widget)
    focused = colour_at(widget, at)
    press(qtbot, Qt.Key.Key_Tab)
    assert focus_widget() is not widget
    return focused, colour_at(widget, at)


def test_the_sidebar_contacts_table_and_todays_card_are_drawn_as_focused_when_tab_puts_the_focus_on_them(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    today = window.show_view("today")
    qtbot.waitUntil(lambda: today.loaded)
    sidebar = window.form.viewList
    row = sidebar.visualItemRect(sidebar.item(0))  # Today's, lit either way
    edge_of_the_row = QPoint(row.left() + 9, row.center().y())  # (its margin is 8 pixels)
    assert plainly_different(*with_and_without_focus(qtbot, sidebar, edge_of_the_row))

    card = today.form.cardScroll  # the keys scroll it
    assert plainly_different(*with_and_without_focus(qtbot, card, QPoint(1, card.height() // 2)))

    table = window.show_view("contacts").form.table
    assert plainly_different(*with_and_without_focus(qtbot, table, QPoint(1, table.height() // 2)))
