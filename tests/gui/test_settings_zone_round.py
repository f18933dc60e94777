"""Settings has the time zone, the personal round and the introductions' attempt limit: each is
kept, and takes effect at once — Today's day, the round's period, the next introduction follow-up."""

from __future__ import annotations

import datetime as dt

import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from netcompanion import operations

TUESDAY_23_30_UTC = dt.datetime(2026, 11, 24, 23, 30, tzinfo=dt.UTC)  # Wednesday 08:30 in Tokyo


def _save(dialog, qtbot) -> None:
    qtbot.mouseClick(dialog.form.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _type_zone(dialog, qtbot, text: str) -> None:
    dialog.form.tabs.setCurrentWidget(dialog.form.remindersTab)
    edit = dialog.form.zoneCombo.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_the_time_zone_is_chosen_by_name_kept_and_today_follows_it_at_once(computer_on_utc, make_window, store,
                                                                         qtbot):  # fmt: skip
    with time_machine.travel(TUESDAY_23_30_UTC, tick=False):
        operations.add_contact(store, name="Dana Reyes")
        window = make_window(store)
        today = window.show_view("today")
        qtbot.waitUntil(lambda: today.loaded)
        assert today.form.dayLabel.text().startswith("Tue 24 Nov")

        dialog = window.open_settings()
        zones = dialog.form.zoneCombo
        names = [zones.itemText(i) for i in range(zones.count())]
        assert names[0] == "System (UTC)" and zones.currentIndex() == 0  # no zone of its own yet: the computer's
        assert "Asia/Tokyo" in names and names[1:] == sorted(names[1:])
        _type_zone(dialog, qtbot, "asia/tokyo")  # in any case
        _save(dialog, qtbot)
        qtbot.waitUntil(lambda: not dialog.dialog.isVisible())

        assert operations.get_settings(store).timezone == "Asia/Tokyo"
        qtbot.waitUntil(lambda: today.form.dayLabel.text().startswith("Wed 25 Nov"))  # no restart needed

        again = window.open_settings()
        assert again.form.zoneCombo.currentText() == "Asia/Tokyo"  # kept
        again.form.zoneCombo.setCurrentIndex(0)  # back to the computer's
        _save(again, qtbot)
        qtbot.waitUntil(lambda: not again.dialog.isVisible())
        assert operations.get_settings(store).timezone == ""
        qtbot.waitUntil(lambda: today.form.dayLabel.text().startswith("Tue 24 Nov"))


def test_a_zone_name_no_zone_has_is_refused_and_the_dialog_stays_open(window, demo_store, qtbot):
    dialog = window.open_settings()
    _type_zone(dialog, qtbot, "Europe")  # a folder of zones, not one
    _save(dialog, qtbot)
    assert window.ctx.last_error == "There is no time zone called “Europe”: choose one such as Europe/Berlin."
    assert dialog.dialog.isVisible()
    assert operations.get_settings(demo_store).timezone == ""
    dialog.dialog.reject()


def test_the_round_and_the_introduction_limit_are_chosen_kept_and_take_effect(make_window, store, qtbot):
    with time_machine.travel(dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC), tick=False):
        coach = operations.add_contact(store, name="Sofia Rossi", stage="warm").id
        target = operations.add_contact(store, name="Liam Brady").id
        operations.record_introduction(store, coach, target, stage="made")
        window = make_window(store)
        today = window.show_view("today")
        qtbot.waitUntil(lambda: today.loaded and today.form.roundLabel.isVisible())
        assert today.form.roundLabel.text().startswith("Personal round Q4 2026: ")

        dialog = window.open_settings()
        f = dialog.form
        rounds = [f.roundCombo.itemText(i) for i in range(f.roundCombo.count())]
        assert rounds == ["every quarter", "every half-year", "every year"]
        assert f.roundCombo.currentText() == "every quarter" and f.introAttemptsSpin.value() == 3
        f.roundCombo.setCurrentIndex(2)
        f.introAttemptsSpin.setValue(2)
        _save(dialog, qtbot)
        qtbot.waitUntil(lambda: not dialog.dialog.isVisible())

        qtbot.waitUntil(lambda: today.form.roundLabel.text().startswith("Personal round 2026: "))  # the year's
        result = operations.log_touch(store, target, channel="email", outcome="no-reply")
        assert any("Follow-up 1 of at most 2 on Sofia Rossi's introduction" in n.message for n in result.nudges)

        again = window.open_settings()
        assert (again.form.roundCombo.currentText(), again.form.introAttemptsSpin.value()) == ("every year", 2)
        again.dialog.reject()
