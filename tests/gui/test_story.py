"""A contact's story: edit details, see the timeline, log a touch with live nudges, add referrals."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netcompanion import operations


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
    import datetime as dt

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


def test_unsaved_edits_survive_a_touch_logged_meanwhile(window, demo_store):
    contact = operations.add_contact(demo_store, name="Half Edited")
    story = window.show_contact(contact.id)
    story.form.titleEdit.setText("Typing still")
    dialog = story.log_touch()
    dialog.save()
    assert story.form.titleEdit.text() == "Typing still"
    assert story.form.timelineList.count() == 1
    assert "Call" in story.form.timelineList.item(0).text()


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
