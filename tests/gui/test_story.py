"""A contact's story: edit details, see the timeline, log a touch with live nudges, add referrals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from netcompanion import domain, operations
from netcompanion.operations.followups import earliest_due


def test_editing_details_saves_only_what_changed(window, demo_store, qtbot):
    contact = operations.add_contact(demo_store, name="Edie Tor", company="Contoso", title="Analyst")
    story = window.show_contact(contact.id)
    f = story.form
    f.titleEdit.setText("Lead Analyst")
    f.closenessCombo.setCurrentIndex(4)
    f.tagsEdit.setText("mentor, alumni")
    assert set(story.edits()) == {"title", "closeness", "tags"}
    qtbot.keyClick(f.titleEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = operations.get_contact(demo_store, contact.id)
    assert (saved.title, saved.closeness, saved.tags) == ("Lead Analyst", 4, ("alumni", "mentor"))
    assert story.edits() == {}


def test_a_bad_edit_shows_one_clear_sentence_and_writes_nothing(window, demo_store, monkeypatch):
    contact = operations.add_contact(demo_store, name="Bad Mail")
    story = window.show_contact(contact.id)
    shown = []
    monkeypatch.setattr(window.ctx, "error", shown.append)
    story.form.emailsEdit.setText("not-an-address")
    assert story.save() is False
    assert shown == ["'not-an-address' is not an e-mail address."]
    assert operations.get_contact(demo_store, contact.id).emails == ()
    story.form.emailsEdit.setText("")  # nothing left for the window's closing to ask about


def test_log_a_touch_shows_nudges_live_and_creates_referrals(window, demo_store, qtbot):
    contact = operations.add_contact(demo_store, name="Never Met")
    story = window.show_contact(contact.id)
    dialog = story.log_touch()
    f = dialog.form
    f.channelCombo.setCurrentIndex(f.channelCombo.findData("meeting"))
    f.outcomeCombo.setCurrentIndex(f.outcomeCombo.findData("reached"))
    assert "job" not in f.nudgesLabel.text().lower()
    qtbot.mouseClick(f.askedJobCheck, Qt.MouseButton.LeftButton)
    assert f.nudgesLabel.isVisible()
    assert "advice" in f.nudgesLabel.text().lower()  # advice, not a job — before saving
    assert operations.list_interactions(demo_store, contact.id) == []

    f.askedJobCheck.setChecked(False)
    f.gotNamesCheck.setChecked(True)
    assert f.namesEdit.isVisible()
    f.namesEdit.setPlainText("Rhea Ferral\nSol Vent\n")
    f.notesEdit.setPlainText("Great talk about platform teams.")
    dialog.save()

    touches = operations.list_interactions(demo_store, contact.id)
    assert touches[0].notes == "Great talk about platform teams."
    assert sorted(name for _, name in operations.list_referrals(demo_store, contact.id)) == [
        "Rhea Ferral",
        "Sol Vent",
    ]
    assert story.form.referralList.count() == 2
    assert "Meeting, reached" in story.form.timelineList.item(0).text()


def test_add_a_follow_up_from_the_story(window, demo_store):
    contact = operations.add_contact(demo_store, name="Fol Low")
    story = window.show_contact(contact.id)
    dialog = story.add_followup()
    f = __import__("netcompanion.gui.assets", fromlist=["Form"]).Form(dialog)
    f.kindCombo.setCurrentIndex(f.kindCombo.findData("thank-you"))
    f.noteEdit.setText("for the intro")
    f.buttonBox.accepted.emit()
    (followup,) = operations.list_followups(demo_store, contact_id=contact.id)
    assert (followup.kind, followup.note, followup.due) == (
        "thank-you",
        "for the intro",
        dt.date.today() + dt.timedelta(days=1),
    )
    assert story.form.followupList.count() == 1


def test_the_day_pickers_stop_where_the_app_can_still_plan(window, demo_store):
    """Typing year 9999 into a follow-up's day lands on the last day the app accepts, not on a refusal."""
    contact = operations.add_contact(demo_store, name="Far Future")
    story = window.show_contact(contact.id)
    dialog = story.add_followup()
    f = __import__("netcompanion.gui.assets", fromlist=["Form"]).Form(dialog)
    f.dueEdit.setDate(QDate(9999, 12, 31))
    f.buttonBox.accepted.emit()
    (followup,) = operations.list_followups(demo_store, contact_id=contact.id)
    assert followup.due == domain.LAST_DAY
    touch = story.log_touch()
    touch.form.dateEdit.setDate(QDate(1, 1, 2))
    assert touch.form.dateEdit.date().toPython() == domain.FIRST_DAY
    touch.dialog.reject()


def test_a_follow_ups_day_picker_stops_a_year_back(window, demo_store):
    """Typing year 1900 lands on the earliest day a follow-up can be due, as the command line refuses earlier."""
    contact = operations.add_contact(demo_store, name="Long Overdue")
    dialog = window.show_contact(contact.id).add_followup()
    f = __import__("netcompanion.gui.assets", fromlist=["Form"]).Form(dialog)
    f.dueEdit.setDate(QDate(1900, 1, 1))
    f.buttonBox.accepted.emit()
    (followup,) = operations.list_followups(demo_store, contact_id=contact.id)
    assert followup.due == earliest_due(dt.date.today()) > dt.date.today() - dt.timedelta(days=367)


def test_unsaved_edits_survive_a_touch_logged_meanwhile(window, demo_store):
    contact = operations.add_contact(demo_store, name="Half Edited")
    story = window.show_contact(contact.id)
    story.form.titleEdit.setText("Typing still")
    dialog = story.log_touch()
    dialog.save()
    assert story.form.titleEdit.text() == "Typing still"
    assert story.form.timelineList.count() == 1
    assert "Call" in story.form.timelineList.item(0).text()
    story.form.titleEdit.setText("")  # as loaded: closing the window has nothing to ask
    assert not story.has_unsaved_edits()


# ---- the log-a-touch dialog --------------------------------------------------------------------------
def test_log_a_touch_grows_so_every_nudge_line_shows(window, demo_store, qtbot):
    contact = operations.add_contact(demo_store, name="Felix Lopez-Garcia")
    operations.log_touch(demo_store, contact.id, channel="call", outcome="reached")
    story = window.show_contact(contact.id)
    dialog = story.log_touch()
    f = dialog.form
    f.channelCombo.setCurrentIndex(f.channelCombo.findData("meeting"))
    f.outcomeCombo.setCurrentIndex(f.outcomeCombo.findData("reached"))
    for check in (f.askedJobCheck, f.sentResumeCheck, f.gotNamesCheck):
        check.setChecked(True)
    label = f.nudgesLabel
    assert label.text().count("<br>") >= 3

    def whole() -> bool:
        return label.height() >= label.heightForWidth(label.width()) and label.geometry().bottom() < (
            f.buttonBox.geometry().top()
        )

    qtbot.waitUntil(whole, timeout=2000)
    assert dialog.dialog.minimumHeight() >= dialog.dialog.layout().totalMinimumHeightForWidth(dialog.dialog.width())
    dialog.dialog.reject()


# ---- leaving with unsaved edits -------------------------------------------------------------------
SAVE, DISCARD, CANCEL = (QMessageBox.StandardButton.Save, QMessageBox.StandardButton.Discard,
                         QMessageBox.StandardButton.Cancel)  # fmt: skip


def answer_the_box(button) -> list[dict]:
    """Click `button` in the next unsaved-changes box (it is modal: it runs its own event loop);
    the list gets what the box said."""
    seen: list[dict] = []
    tries = [0]

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "unsavedStoryBox":
            seen.append({
                "text": box.text(), "more": box.informativeText(),
                "default": box.standardButton(box.defaultButton()),
                "buttons": {box.standardButton(b) for b in box.buttons()},
            })  # fmt: skip
            box.button(button).click()
        elif tries[0] < 300:
            tries[0] += 1
            QTimer.singleShot(10, click)

    QTimer.singleShot(0, click)
    return seen


def edit_company_and_notes(window, demo_store):
    contact = operations.add_contact(demo_store, name="Una Saved", company="Contoso", notes="Met at a meetup.")
    window.show_view("contacts")
    story = window.show_contact(contact.id)
    story.form.companyEdit.setText("Fabrikam")
    story.form.notesEdit.setPlainText("Met at a meetup. Call back about the data team in January.")
    return contact, story


def test_back_with_unsaved_edits_asks_and_save_keeps_them(window, demo_store, qtbot):
    contact, story = edit_company_and_notes(window, demo_store)
    seen = answer_the_box(SAVE)
    qtbot.mouseClick(story.form.backButton, Qt.MouseButton.LeftButton)
    assert seen == [{
        "text": "Save your changes to Una Saved?",
        "more": "You changed company and notes. If you don't save, they are lost.",
        "default": SAVE, "buttons": {SAVE, DISCARD, CANCEL},
    }]  # fmt: skip
    saved = operations.get_contact(demo_store, contact.id)
    assert (saved.company, saved.notes) == ("Fabrikam", "Met at a meetup. Call back about the data team in January.")
    assert window.form.pages.currentWidget() is window.views["contacts"]


def test_escape_with_unsaved_edits_can_discard_them(window, demo_store, qtbot):
    contact, story = edit_company_and_notes(window, demo_store)
    seen = answer_the_box(DISCARD)
    qtbot.keyClick(story.form.notesEdit, Qt.Key.Key_Escape)
    assert len(seen) == 1
    assert window.form.pages.currentWidget() is window.views["contacts"]
    assert operations.get_contact(demo_store, contact.id).company == "Contoso"
    story = window.show_contact(contact.id)
    assert (story.form.companyEdit.text(), story.form.notesEdit.toPlainText()) == ("Contoso", "Met at a meetup.")


def test_cancel_stays_on_the_story_with_the_edits(window, demo_store, qtbot):
    contact, story = edit_company_and_notes(window, demo_store)
    seen = answer_the_box(CANCEL)
    story.go_back()
    assert len(seen) == 1
    assert window.form.pages.currentWidget() is story
    assert story.form.companyEdit.text() == "Fabrikam"
    assert operations.get_contact(demo_store, contact.id).company == "Contoso"
    answer_the_box(DISCARD)
    story.go_back()  # leaves nothing for the window's closing to ask about


def test_another_view_with_unsaved_edits_asks_and_cancel_comes_back(window, demo_store, qtbot):
    contact, story = edit_company_and_notes(window, demo_store)
    seen = answer_the_box(CANCEL)
    window.form.viewList.setCurrentRow(0)  # Today, picked in the side list
    assert len(seen) == 1 and window.form.pages.currentWidget() is story  # asked before leaving
    qtbot.waitUntil(lambda: len(seen) == 1)
    qtbot.waitUntil(lambda: window.form.pages.currentWidget() is story)
    assert story.form.companyEdit.text() == "Fabrikam"  # back, with the edits still there

    seen = answer_the_box(SAVE)
    window.show_view("insights")  # Ctrl+6
    qtbot.waitUntil(lambda: len(seen) == 1)
    qtbot.waitUntil(lambda: operations.get_contact(demo_store, contact.id).company == "Fabrikam")
    assert window.form.pages.currentWidget() is window.views["insights"]
    assert not story.has_unsaved_edits()


def test_opening_another_contact_asks_first_and_the_same_one_keeps_the_edits(window, demo_store):
    contact, story = edit_company_and_notes(window, demo_store)
    other = operations.add_contact(demo_store, name="Otto Other")
    window.show_contact(contact.id)  # the same person again (search, a list): nothing asked, nothing lost
    assert story.form.companyEdit.text() == "Fabrikam"

    seen = answer_the_box(CANCEL)
    window.show_contact(other.id)
    assert len(seen) == 1 and story.contact.id == contact.id
    assert story.form.companyEdit.text() == "Fabrikam"

    seen = answer_the_box(DISCARD)
    window.show_contact(other.id)
    assert len(seen) == 1 and story.form.storyName.text() == "Otto Other"
    assert operations.get_contact(demo_store, contact.id).company == "Contoso"


def test_closing_the_window_with_unsaved_edits_asks(window, demo_store):
    contact, story = edit_company_and_notes(window, demo_store)
    seen = answer_the_box(CANCEL)
    assert window.close() is False
    assert len(seen) == 1 and window.isVisible()
    seen = answer_the_box(SAVE)
    assert window.close() is True
    assert len(seen) == 1
    assert operations.get_contact(demo_store, contact.id).company == "Fabrikam"


def test_a_contact_just_opened_has_nothing_to_ask_about(window, demo_store, qtbot):
    seen = answer_the_box(CANCEL)
    for contact_id in operations.contact_ids(demo_store)[:60]:
        story = window.show_contact(contact_id)
        assert not story.has_unsaved_edits(), story.contact.name
    story.go_back()
    assert window.form.pages.currentWidget() is not story
    assert seen == []


# ---- fitting a small window ------------------------------------------------------------------------
def test_the_story_fits_a_960_pixel_window_with_whole_tab_titles(window, demo_store, qtbot):
    window.resize(960, 720)
    contact_id = operations.contact_ids(demo_store, operations.ContactFilter(stage="warm"))[0]
    operations.add_followup(demo_store, contact_id, due=dt.date.today(), note="as promised")
    story = window.show_contact(contact_id)
    tabs = story.form.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert window.width() == 960, tabs.tabText(index)
        bar = tabs.tabBar()
        assert sum(bar.tabSizeHint(i).width() for i in range(bar.count())) <= bar.width()  # no scroll arrows
    assert story.minimumSizeHint().width() <= 960 - 230  # the side list takes ~222 px


# ---- follow-ups --------------------------------------------------------------------------------------
def test_an_overdue_follow_up_says_so_and_its_note_belongs_to_it(window, demo_store):
    contact = operations.add_contact(demo_store, name="Felix Late")
    today = dt.date.today()
    operations.add_followup(demo_store, contact.id, due=today - dt.timedelta(days=2), kind="send-promised")
    operations.add_followup(
        demo_store, contact.id, due=today + dt.timedelta(days=7),
        note="No answer yet from Felix: it's fine to follow up now (attempt 2).",
    )  # fmt: skip
    story = window.show_contact(contact.id)
    lst = story.form.followupList
    assert lst.count() == 2
    late, later = lst.item(0), lst.item(1)
    assert "overdue" in late.text() and late.text().startswith("⚠ Send promised")
    assert "2 days ago" in late.text()
    assert late.foreground().color() != later.foreground().color()
    assert "overdue" not in later.text()
    title, note = later.text().split("\n")
    assert title.startswith("Follow up — due ")
    assert note == "    No answer yet from Felix: it's fine to follow up now (attempt 2)."  # indented under it
    assert lst.alternatingRowColors()  # each follow-up one band, its note in it


def test_a_touch_logged_from_the_dialog_can_be_taken_back(window, demo_store, qtbot):
    from netcompanion.gui.log_touch import LogTouchDialog

    someone = operations.add_contact(demo_store, name="Uma Undo")
    dialog = LogTouchDialog(window.ctx, someone.id, someone.name, window)
    dialog.save()
    assert len(operations.list_interactions(demo_store, someone.id)) == 1
    assert window.undo_action.isEnabled() and "Uma Undo" in window.undo_action.text()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: operations.list_interactions(demo_store, someone.id) == [])


def test_the_story_s_alt_keys_clash_neither_with_each_other_nor_with_the_menus(window, demo_store):
    """Alt+F opened the File menu and Add follow-up… both: Qt then does neither."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    contact = operations.add_contact(demo_store, name="Alt Keys")
    story = window.show_contact(contact.id)
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [w.text() for w in story.findChildren(QAbstractButton) + story.findChildren(QLabel)]
    keys = [m.group(1).lower() for t in texts if (m := re.search(r"&([^&\s])", t.replace("&&", "")))]
    assert len(keys) == len(set(keys)), sorted(keys)


def test_quit_asks_about_unsaved_edits_and_staying_keeps_the_app_running(window, demo_store, monkeypatch):
    """File → Quit with typed edits: Cancel in "Save your changes?" keeps everything, the app too."""
    _contact, story = edit_company_and_notes(window, demo_store)
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))  # would end the test run itself
    asked = answer_the_box(CANCEL)
    window.quit_app()
    stayed = (len(asked), list(quits), window.isVisible(), story.has_unsaved_edits())
    story.form.companyEdit.setText("Contoso")  # as loaded, so nothing is left to ask about on the way out
    story.form.notesEdit.setPlainText("Met at a meetup.")
    assert stayed == (1, [], True, True)
    window.quit_app()
    assert quits == [True]


def test_the_header_gives_a_touch_from_another_year_its_year(window, demo_store):
    contact = operations.add_contact(demo_store, name="Thomas Raghunathan").id
    operations.log_touch(demo_store, contact, channel="call", outcome="reached", when=dt.date(2022, 4, 27))

    story = window.show_contact(contact)

    assert "last touch Wed 27 Apr 2022" in story.form.summaryLabel.text().replace("\u00a0", " ")  # (kept on one line)


def test_the_keep_in_touch_choice_without_a_cadence_of_its_own_says_the_stages(window, store):
    """It read "no cadence" while the call list brought a warm contact back every 90 days."""
    warm = operations.add_contact(store, name="Tariq Dahl", stage="warm").id
    story = window.show_contact(warm)
    combo = story.form.cadenceCombo
    assert combo.currentData() is None
    assert combo.currentText() == "as the stage has it (every 3 months)"
    story.form.stageCombo.setCurrentText("engaged")
    assert combo.itemText(0) == "as the stage has it (every month)"
    story.form.stageCombo.setCurrentText("cold")
    assert combo.itemText(0) == "as the stage has it (none while cold)"
    story.form.stageCombo.setCurrentText("warm")  # no edit left to ask about
    assert story.edits() == {}
    operations.update_settings(store, warm_cadence_days=45)
    window.show_contact(warm)
    assert combo.currentText() == "as the stage has it (every 45 days)"
