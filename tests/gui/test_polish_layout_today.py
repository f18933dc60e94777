"""Today in the smallest window: the outcome buttons keep their height and words, and the window
does not grow by itself when Today opens or when the advice after a call appears."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt

from netcompanion import operations


def people_due(store, count: int) -> list[int]:
    """People due today with everything a card can show: a phone, an e-mail, a profile, a promise."""
    ids = []
    for n in range(count):
        contact = operations.add_contact(
            store, name=f"Yusuf Kim {n}", company="Northwind Analytics", title="Professor",
            phones=["+1 555 906 8064"], emails=[f"yusuf.kim.{n}@example.net"],
            linkedin_url=f"https://www.linkedin.com/in/yusuf-kim-{n}",
        )  # fmt: skip
        operations.add_followup(store, contact.id, due=dt.date.today(), kind="follow-up", note="send the deck")
        operations.log_touch(store, contact.id, channel="call", outcome="reached", when=dt.date.today() - dt.timedelta(days=400))
        ids.append(contact.id)
    return ids


def whole(button) -> bool:
    """The button is as tall as it needs and its words fit inside it."""
    text = button.fontMetrics().horizontalAdvance(button.text())
    return button.height() >= button.minimumSizeHint().height() and text <= button.contentsRect().width()


def test_opening_today_and_logging_a_call_leave_the_smallest_window_as_it_is(make_window, store, qsettings, qtbot):
    """At 946 pixels wide and as short as the window goes, opening Today grew the window (537 → 607)
    and the advice after a call grew it again (→ 701), for good; the eight buttons were squashed to
    17 pixels with their words cut. Now the card's text scrolls and the advice gives way instead."""
    people_due(store, 3)
    qsettings.setValue("window/view", "contacts")  # the window opens on another view
    window = make_window(store)
    smallest = QSize(946, 537)  # what the other views allow (Contacts, Campaign, Insights)
    window.resize(smallest)
    qtbot.waitUntil(lambda: window.size() == smallest)

    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    qtbot.waitUntil(lambda: all(whole(b) for b in view.card_buttons.buttons))
    assert window.size() == smallest

    view.form.callList.setFocus()
    qtbot.keyClick(view.form.callList, Qt.Key.Key_T)
    qtbot.keyClick(view.form.callList, Qt.Key.Key_1)  # reached, thrilled: advice above the list
    qtbot.waitUntil(lambda: not window.ctx.busy and view.form.nudgesScroll.isVisible())
    qtbot.waitUntil(lambda: all(whole(b) for b in view.card_buttons.buttons))
    assert window.size() == smallest
    assert view.form.nudgesScroll.height() > view.form.nudgesLabel.fontMetrics().lineSpacing()  # a line at least


def test_at_946_by_600_the_advice_shows_whole_and_every_button_is_whole(make_window, store, qtbot):
    people_due(store, 3)
    window = make_window(store)
    window.resize(946, 600)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded and window.size() == QSize(946, 600))
    view.form.callList.setFocus()
    qtbot.keyClick(view.form.callList, Qt.Key.Key_T)
    qtbot.keyClick(view.form.callList, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: not window.ctx.busy and view.form.nudgesScroll.isVisible())
    advice = view.form.nudgesScroll
    qtbot.waitUntil(lambda: advice.height() >= view.form.nudgesLabel.heightForWidth(advice.width()))
    qtbot.waitUntil(lambda: all(whole(b) for b in view.card_buttons.buttons))
    assert window.size() == QSize(946, 600)
    # what the card says about the person is all there, to scroll to
    card_text = view.form.cardScroll
    assert view.form.historyLabel.text() and card_text.isAncestorOf(view.form.historyLabel)
    assert card_text.verticalScrollBar().maximum() > 0  # it does not all fit: it scrolls


def test_the_card_scrolls_with_the_keys_still_acting_on_the_list(make_window, store, qtbot):
    """Tabbed into to scroll it, the card's text must not swallow the one-key outcomes."""
    ids = people_due(store, 2)
    window = make_window(store)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    view.form.cardScroll.setFocus()
    qtbot.keyClick(view.form.cardScroll, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert ids[0] in view.done
    assert view.form.cardScroll.focusPolicy() == Qt.FocusPolicy.TabFocus  # a click leaves the focus on the list
