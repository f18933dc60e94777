"""Long unbroken names (a contact named by an e-mail address after a vCard import, a surname of a
hundred letters, a campaign named like one) keep the window the size the user gave it.

They made a label ask for the width of their longest word, and the window grew to it (1198 px, 2116 px)
for the rest of the session, even on other views, with Save pushed off-screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox, QToolTip

from netcompanion import operations

MAIL = "alexandra.konstantinopoulou@northwind-analytics-consulting.com"
SURNAME = "Wolfeschlegelsteinhausenbergerdorff" * 3  # 105 letters
NBSP = "\u00a0"


def _settle() -> None:
    QApplication.sendPostedEvents()
    QApplication.processEvents()


@pytest.fixture
def wide(make_window, store, qtbot):
    """A 1000×700 window; `wide.widest` is the minimum width it has after a usual contact's page
    (every tab shown) and Today's card: what the app's own words need."""
    usual = operations.add_contact(store, name="Hannah Khan", title="CTO", company="Proseware Energy").id
    operations.add_followup(store, usual, due=dt.date.today(), note="send the deck")  # Today shows a card
    window = make_window(store)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000)
    story = window.show_contact(usual)
    for tab in range(story.form.tabs.count()):
        story.form.tabs.setCurrentIndex(tab)
        _settle()
    today = window.show_view("today")
    qtbot.waitUntil(lambda: today.loaded)
    _settle()
    window.widest = window.minimumSizeHint().width()
    assert window.widest <= 1000
    return window


def _wrapped(label) -> list[str]:
    """The lines a label's text breaks into between words at the label's width."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(text[line.textStart() : line.textStart() + line.textLength()].replace(NBSP, " "))
    layout.endLayout()
    return lines


def _on_screen(window, widget) -> bool:
    return widget.mapTo(window, widget.rect().bottomRight()).x() < window.width()


@pytest.mark.parametrize("name", [MAIL, f"Bartholomew {SURNAME}"])
def test_a_long_name_leaves_the_window_as_wide_as_it_was(wide, store, qtbot, name):
    contact = operations.add_contact(store, name=name, company="Extraordinarily" + SURNAME + "Holdings").id
    story = wide.show_contact(contact)
    for tab in range(story.form.tabs.count()):
        story.form.tabs.setCurrentIndex(tab)
        _settle()
    assert wide.width() == 1000  # it grew to 1198 px (the address), 2116 px (the surname)
    assert wide.minimumSizeHint().width() == wide.widest  # and could not be made narrower again
    assert _on_screen(wide, story.form.saveButton)
    f = story.form
    assert f.storyName.text() == name and f.storyName.toolTip() == name  # shown in part; whole on hover
    assert f.storyName.width() <= 1000
    wide.show_view("contacts")
    wide.resize(wide.widest, 700)
    qtbot.waitUntil(lambda: wide.width() == wide.widest)  # smaller than before, on another view as well


def test_todays_list_and_card_take_a_long_name_without_growing_or_scrolling_sideways(wide, store, qtbot):
    for name in (MAIL, f"Bartholomew {SURNAME}"):
        contact = operations.add_contact(store, name=name, title="Principal" + SURNAME)
        operations.add_followup(store, contact.id, due=dt.date.today(), note="send" + SURNAME)
    today = wide.show_view("today")
    today.refresh()
    qtbot.waitUntil(lambda: today.loaded and len(today.entries) == 3)
    calls = today.form.callList
    for row in range(calls.count()):
        calls.setCurrentRow(row)
        _settle()
        assert wide.width() == 1000 and wide.minimumSizeHint().width() == wide.widest
    assert calls.horizontalScrollBar().maximum() == 0  # the whole name in the row, no sideways scrolling
    assert today.form.entryName.toolTip() == f"Bartholomew {SURNAME}"


def test_a_long_campaign_name_leaves_the_window_as_wide_as_it_was(wide, store):
    people = [operations.add_contact(store, name=f"Person {n}").id for n in range(4)]
    operations.create_campaign(store, "Autumn" + SURNAME, contact_ids=people[:2])
    operations.create_campaign(store, "Spring" + SURNAME, contact_ids=people[2:])  # two: a choice shows
    view = wide.show_view("campaign")
    _settle()
    assert view.form.campaignCombo.isVisible() and view.pace.isVisible()  # they name the campaigns too
    assert wide.width() == 1000 and wide.minimumSizeHint().width() == wide.widest


def test_a_long_campaign_name_in_the_chooser_ends_in_an_ellipsis_and_shows_whole_on_hover(wide, store, qtbot):
    """The box cut it off mid-letter ("Autumn drive for Wolfeschlegelsteir"), with no sign that more followed."""
    people = [operations.add_contact(store, name=f"Person {n}").id for n in range(4)]
    autumn = "Autumn drive for " + SURNAME
    operations.create_campaign(store, autumn, contact_ids=people[:2])
    operations.create_campaign(store, "Spring", contact_ids=people[2:])
    view = wide.show_view("campaign")
    view.choose(autumn)
    combo = view.form.campaignCombo
    _settle()
    middle = combo.rect().center()
    QApplication.sendEvent(combo, QHelpEvent(QEvent.Type.ToolTip, middle, combo.mapToGlobal(middle)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text().splitlines()[0] == autumn  # whole on hover
    QToolTip.hideText()
    shown = combo.shown_text()
    assert shown.endswith("…") and autumn.startswith(shown[:-1]) and len(shown) > 12
    assert wide.width() == 1000 and wide.minimumSizeHint().width() == wide.widest
    view.choose("Spring")
    assert combo.shown_text() == "Spring"  # a name that fits is shown as it is


def test_the_line_under_the_name_breaks_between_its_parts(wide, store):
    contact = operations.add_contact(store, name="Freya Adeyemi", title="Solutions Architect",
                                     company="Tailspin Health", source="demo")  # fmt: skip
    operations.log_touch(store, contact.id, channel="message", outcome="reached", when=dt.date(2023, 8, 29))
    summary = wide.show_contact(contact.id).form.summaryLabel
    lines = _wrapped(summary)
    assert len(lines) > 1  # it wraps at 1000 px
    assert any("last touch Tue 29 Aug 2023" in line for line in lines)  # "… last touch" | "Tue 29 Aug 2023 …"


def test_the_keep_in_touch_choice_is_shown_whole_at_1000_px(wide, store):
    contact = operations.add_contact(store, name="Freya Adeyemi")  # cold: "(none while cold)"
    combo = wide.show_contact(contact.id).form.cadenceCombo
    _settle()
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    assert combo.currentText() == "as the stage has it (none while cold)"
    assert field.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText())


def test_triage_keeps_its_size_for_a_long_name(wide, store, qtbot):
    usual = operations.add_contact(store, name="Ada Lovelace", title="Analyst", company="Fabrikam").id
    long = operations.add_contact(store, name=f"Bartholomew {SURNAME}", company=MAIL, notes="note" + SURNAME).id
    dialog = wide.open_triage([usual, long])
    box = dialog.dialog
    qtbot.waitUntil(box.isVisible)
    width = box.width()
    dialog.form.nextButton.click()
    assert dialog.form.triageName.text() == f"Bartholomew {SURNAME}"
    _settle()
    assert box.width() == width  # it grew to 1802 px
    box.close()
