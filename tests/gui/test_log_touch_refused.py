"""The Log dialog says why a voicemail can't have reached someone before anything is saved."""

from __future__ import annotations

from netcompanion import operations


def test_a_voicemail_marked_reached_is_explained_in_the_dialog_and_not_saved(make_window, store, monkeypatch):
    kofi = operations.add_contact(store, name="Kofi Mensah")
    window = make_window(store)
    story = window.show_contact(kofi.id)
    dialog = story.log_touch()
    f = dialog.form
    f.channelCombo.setCurrentIndex(f.channelCombo.findData("voicemail"))
    f.outcomeCombo.setCurrentIndex(f.outcomeCombo.findData("reached"))
    assert f.nudgesLabel.isVisible()
    assert f.nudgesLabel.text().startswith("A voicemail means you didn't reach them: log it as no answer")

    shown = []
    monkeypatch.setattr(window.ctx, "error", shown.append)
    dialog.save()
    assert [s.split(":")[0] for s in shown] == ["A voicemail means you didn't reach them"]
    assert dialog.dialog.isVisible() and operations.list_interactions(store, kofi.id) == []

    f.outcomeCombo.setCurrentIndex(f.outcomeCombo.findData("no-answer"))  # what it was: a message left
    assert "Give Kofi some room: attempt 1 of 3." in f.nudgesLabel.text()
    dialog.save()
    assert [(t.channel, t.outcome) for t in operations.list_interactions(store, kofi.id)] == [("voicemail", "no-answer")]


def test_an_email_with_no_answer_is_explained_and_nothing_typed_is_lost(make_window, store, monkeypatch):
    kofi = operations.add_contact(store, name="Kofi Mensah")
    window = make_window(store)
    dialog = window.show_contact(kofi.id).log_touch()
    f = dialog.form
    f.notesEdit.setPlainText("Asked how the move to Lisbon went.")
    f.channelCombo.setCurrentIndex(f.channelCombo.findData("email"))
    f.outcomeCombo.setCurrentIndex(f.outcomeCombo.findData("no-answer"))
    said = "No answer is for a call nobody picked up: log an e-mail as no reply, or as replied once they write back."
    assert f.nudgesLabel.isVisible() and f.nudgesLabel.text() == said

    shown = []
    monkeypatch.setattr(window.ctx, "error", shown.append)
    dialog.save()
    assert shown == [said]
    assert dialog.dialog.isVisible() and operations.list_interactions(store, kofi.id) == []
    assert f.notesEdit.toPlainText() == "Asked how the move to Lisbon went."

    f.outcomeCombo.setCurrentIndex(f.outcomeCombo.findData("no-reply"))
    assert said not in f.nudgesLabel.text()
    dialog.save()
    [touch] = operations.list_interactions(store, kofi.id)
    assert (touch.channel, touch.outcome, touch.notes) == ("email", "no-reply", "Asked how the move to Lisbon went.")
