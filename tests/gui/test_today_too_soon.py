"""Today's keys after an unanswered call: a voicemail left right after it is logged, warned about
as too soon a chase, and not counted as another attempt."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt

from netcompanion import operations
from tests.gui.conftest import back_after_no_answer, due_today


def test_a_voicemail_right_after_no_answer_is_logged_and_warned_about_not_counted(make_window, store, qtbot):
    ids = due_today(store, ["Kofi Mensah", "Gina Hall"])
    window = make_window(store)
    view = back_after_no_answer(window, qtbot, ids)  # Kofi: no answer, then back on Kofi …
    f = view.form
    for _ in range(2):  # … "2" twice: he is done today, the second press logs the voicemail
        qtbot.keyClick(f.callList, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: not window.ctx.busy)

    touches = operations.list_interactions(store, ids[0])
    assert [(t.channel, t.outcome) for t in touches] == [("voicemail", "no-answer"), ("call", "no-answer")]
    advice = html.unescape(f.nudgesLabel.text())
    assert f.nudgesLabel.isVisible() and "⚠ Too soon to chase: Kofi's cooldown after your last try runs until" in advice
    assert "This try is the same chase, not attempt 2 of 3" in advice
    kofi = operations.get_contact(store, ids[0])
    assert (kofi.unanswered_attempts, kofi.parked) == (1, False)
