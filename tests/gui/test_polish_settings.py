"""The settings dialog's fields keep the width their values need, at its default size and enlarged."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from netcompanion.gui.settings_dialog import SPINS


def _layout_every_tab(dialog) -> None:
    tabs = dialog.form.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.sendPostedEvents()
        QApplication.processEvents()
    tabs.setCurrentIndex(0)


def _widths(dialog) -> dict[str, int]:
    f = dialog.form
    names = [*SPINS.values(), "roundCombo", "zoneCombo", "digestEdit", "quietFromEdit", "quietToEdit", "openFolderButton",
             "backupButton"]
    return {name: getattr(f, name).width() for name in names}


def test_settings_fields_are_as_wide_as_their_values_not_the_dialog(window, qtbot):
    dialog = window.open_settings()
    qtbot.waitExposed(dialog.dialog)
    _layout_every_tab(dialog)
    f = dialog.form
    at_default = _widths(dialog)
    for name, width in at_default.items():
        field = getattr(f, name)
        hint = field.sizeHint().width()
        assert hint <= width <= hint * 1.2, (name, width, hint)  # whole value shown, no stretched box
    assert f.quotaSpin.width() < f.callsTab.width() / 4  # a number of calls needs no half a dialog
    days = [getattr(f, f"day{d}") for d in range(1, 8)]
    spread = days[-1].x() - days[0].x()

    dialog.dialog.resize(1000, 700)
    _layout_every_tab(dialog)
    assert _widths(dialog) == at_default  # enlarging the dialog leaves the fields as they were
    assert days[-1].x() - days[0].x() == spread  # the weekdays stay together
    assert f.folderLabel.width() > f.openFolderButton.width()  # the path still has the room to read
    dialog.dialog.reject()


def test_days_boxes_say_one_day_and_their_words_for_none(window, qtbot):
    dialog = window.open_settings()
    f = dialog.form
    f.thankSpin.setValue(1)
    assert f.thankSpin.text() == "1 day after a meeting"
    f.thankSpin.setValue(2)
    assert f.thankSpin.text() == "2 days after a meeting"
    f.thankSpin.setValue(0)
    assert f.thankSpin.text() == "the same day"
    f.noAskSpin.setValue(0)
    assert f.noAskSpin.text() == "none"
    f.cooldownSpin.setValue(1)
    assert f.cooldownSpin.text() == "1 day (grows with each try)"
    dialog.dialog.reject()



def test_settings_open_in_the_first_field_and_every_calls_field_has_its_alt_key(window, qtbot):
    """Typing started on the tab bar, and "Working days" and "Park after" had no underlined letter."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    dialog = window.open_settings()
    f = dialog.form
    dialog.dialog.activateWindow()
    qtbot.waitUntil(dialog.dialog.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert QApplication.focusWidget() is f.quotaSpin
    QTest.keyClick(dialog.dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is f.day1)
    QTest.keyClick(dialog.dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is f.attemptsSpin)
    dialog.dialog.reject()
