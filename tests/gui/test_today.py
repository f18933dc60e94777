"""Today: keyboard-only — one key per call records what happened and moves on."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from netcompanion import operations
from tests.gui.conftest import back_after_no_answer, due_today


def test_three_calls_logged_with_the_keyboard_alone(make_window, store, qtbot):
    ids = due_today(store, ["Ada Byron", "Ben Crane", "Cy Dorn"])
    window = make_window(store)
    view = window.show_view("today")
    assert [e.contact_id for e in view.entries][:3] == ids
    view.form.callList.setFocus()

    qtbot.keyClick(view.form.callList, Qt.Key.Key_T)  # they were thrilled …
    qtbot.keyClick(view.form.callList, Qt.Key.Key_1)  # … and reached
    assert view.current().contact_id == ids[1]  # moved on by itself
    qtbot.keyClick(view.form.callList, Qt.Key.Key_2)  # voicemail
    qtbot.keyClick(view.form.callList, Qt.Key.Key_3)  # no answer

    first = operations.list_interactions(store, ids[0])[0]
    assert (first.channel, first.outcome, first.mood) == ("call", "reached", "thrilled")
    second = operations.list_interactions(store, ids[1])[0]
    assert (second.channel, second.outcome) == ("voicemail", "no-answer")
    third = operations.list_interactions(store, ids[2])[0]
    assert (third.channel, third.outcome) == ("call", "no-answer")

    assert window.status_label.text() == "3 of 10 calls done today"
    assert all(i in view.done for i in ids)
    # the core settles the follow-up that put the person reached on the list, and plans a next step
    still_open = {(f.contact_id, f.origin) for f in operations.list_followups(store)}
    assert (ids[0], "manual") not in still_open
    assert any(c == ids[0] for c, _ in still_open)


def test_the_day_ends_when_the_quota_is_called(make_window, store, qtbot):
    """Each call used to pull in someone new: "12 of 10 calls done today", 10 still to go."""
    operations.update_settings(store, daily_quota=3)
    due_today(store, ["Ada Byron", "Ben Crane", "Cy Dorn", "Dee Ek", "Eve Fox"])
    window = make_window(store)
    view = window.show_view("today")
    view.form.callList.setFocus()
    for _ in range(5):  # more presses than places
        qtbot.keyClick(view.form.callList, Qt.Key.Key_3)
        qtbot.waitUntil(lambda: not window.ctx.busy)
    assert len(view.entries) == 3
    assert not [e for e in view.entries if e.contact_id not in view.done]
    assert window.status_label.text() == "3 of 3 calls done today"
    assert operations.touched_today(store) == 3


def test_a_wrong_key_is_taken_back_with_ctrl_z(make_window, store, qtbot):
    """Pressing 1 instead of 3 logged a "reached" that never happened, and nothing could undo it."""
    ids = due_today(store, ["Ada Byron", "Ben Crane"])
    window = make_window(store)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    view.form.callList.setFocus()
    qtbot.keyClick(view.form.callList, Qt.Key.Key_1)  # meant 3
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert [i.outcome for i in operations.list_interactions(store, ids[0])] == ["reached"]
    assert window.undo_action.isEnabled() and "Ada Byron" in window.undo_action.text()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: ids[0] not in view.done and view.current() is not None)
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert operations.list_interactions(store, ids[0]) == []
    assert ids[0] in [f.contact_id for f in operations.list_followups(store)]  # still due, as before
    assert view.current().contact_id == ids[0]  # back on them, to press the right key
    assert window.status_label.text() == "0 of 10 calls done today"
    qtbot.keyClick(view.form.callList, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert [i.outcome for i in operations.list_interactions(store, ids[0])] == ["no-answer"]


def test_nudges_from_the_core_appear_in_place_after_a_call(make_window, store, qtbot):
    (contact_id,) = due_today(store, ["Nia Ode"])
    window = make_window(store)
    view = window.show_view("today")
    view.form.callList.setFocus()
    qtbot.keyClick(view.form.callList, Qt.Key.Key_3)  # no answer → patience cooldown nudge
    assert view.form.nudgesLabel.isVisible()
    assert "Nia Ode" in view.form.nudgesLabel.text()
    assert len(view.form.nudgesLabel.text()) > len("After Nia Ode:") + 10


def test_links_call_write_and_open_the_profile(make_window, store):
    contact = operations.add_contact(
        store, name="Lin Kedin", emails=["lin@example.com"], phones=["+44 20 7946 0000"],
        linkedin_url="https://www.linkedin.com/in/lin-kedin",
    )  # fmt: skip
    import datetime as dt

    operations.add_followup(store, contact.id, due=dt.date.today())
    view = make_window(store).show_view("today")
    links = view.form.linksLabel.text()
    assert 'href="tel:+4420' in links.replace("%20", "")
    assert 'href="mailto:lin@example.com"' in links
    assert 'href="https://www.linkedin.com/in/lin-kedin"' in links


def test_snooze_and_skip_move_on_without_logging(make_window, store, qtbot):
    ids = due_today(store, ["Sam Snooze", "Kim Skip", "Lee Last"])
    window = make_window(store)
    view = window.show_view("today")
    view.form.callList.setFocus()
    qtbot.keyClick(view.form.callList, Qt.Key.Key_S)
    qtbot.keyClick(view.form.callList, Qt.Key.Key_N)
    assert view.current().contact_id == ids[2]
    assert operations.list_interactions(store, ids[0]) == []
    assert operations.list_interactions(store, ids[1]) == []
    snoozed = [f for f in operations.list_followups(store) if f.contact_id == ids[0]]
    assert snoozed[0].status == "snoozed"


def test_log_details_opens_the_dialog_for_the_current_person(make_window, store, qtbot):
    ids = due_today(store, ["Dee Tail"])
    view = make_window(store).show_view("today")
    dialog = view.log_details()
    assert dialog.dialog.isVisible()
    assert "Dee Tail" in dialog.dialog.windowTitle()
    dialog.form.outcomeCombo.setCurrentIndex(dialog.form.outcomeCombo.findData("reached"))
    dialog.save()
    assert operations.list_interactions(store, ids[0])[0].outcome == "reached"
    assert ids[0] in view.done


@pytest.mark.parametrize(("width", "per_row"), [(1280, 4), (960, 2)])
def test_the_buttons_keep_their_words_in_a_narrow_window(make_window, store, qtbot, width, per_row):
    """Half a 1920-pixel screen left the card narrower than four buttons: their words were cut off at
    both ends ("Snooze a da"). Four a row where they fit, else two, each wide enough for its words."""
    due_today(store, ["Ada Byron"])
    window = make_window(store)
    window.resize(width, 720)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    qtbot.wait(50)  # the resize's layout
    names = ("reached", "voicemail", "noAnswer", "replied", "details", "snooze", "skip", "story")
    buttons = [getattr(view.form, f"{name}Button") for name in names]
    assert [b for b in buttons if b.width() < b.minimumSizeHint().width()] == []
    first_row = [b for b in buttons if b.y() == buttons[0].y()]
    assert len(first_row) == per_row


def shown_words(view) -> str:
    """Every word the view shows: its visible labels and buttons."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    widgets = view.findChildren(QLabel) + view.findChildren(QAbstractButton)
    return "\n".join(w.text() for w in widgets if w.isVisible())


def test_after_a_first_import_today_offers_a_campaign_and_triage(make_window, store, qtbot):
    """Right after importing, nobody is due and no campaign runs: Today said 'Nobody is due today.
    Enjoy the quiet…' and offered nothing to do. It now offers to start a campaign or to triage."""
    names = ["Ada Byron", "Ben Crane", "Cy Dorn", "Dee Ek"]
    ids = [operations.add_contact(store, name=n, company="Fabrikam").id for n in names]
    warm = operations.add_contact(store, name="Wes Warm", stage="warm", cadence_days=365)
    operations.log_touch(
        store, warm.id, channel="call", outcome="reached", when=dt.date.today() - dt.timedelta(days=10)
    )
    for followup in operations.list_followups(store):  # what that touch planned is done already
        operations.complete_followup(store, followup.id)
    window = make_window(store)
    view = window.show_view("today")
    assert view.entries == [] and not view.form.splitter.isVisible()
    assert "Start a campaign with your 4 cold contacts" in shown_words(view)
    assert "Triage contacts first…" in shown_words(view)
    f = view.form
    assert f.emptyPanel.isVisible()
    assert "no campaign is running" in f.emptyLabel.text()
    assert f.campaignButton.isVisible() and "4 cold contacts" in f.campaignButton.text()
    assert f.triageButton.isVisible()

    dialog = view.triage()  # the main window's triage, with the cold contacts (not the warm one)
    assert dialog.dialog.isVisible() and sorted(dialog.ids) == sorted(ids)
    dialog.dialog.reject()

    qtbot.mouseClick(f.campaignButton, Qt.MouseButton.LeftButton)
    status = operations.campaign_status(store)
    assert status.members == 4 and status.quota == operations.get_settings(store).daily_quota
    assert sorted(e.contact_id for e in view.entries) == sorted(ids)  # today's list fills at once
    assert f.splitter.isVisible() and f.entryCard.isVisible() and not f.emptyPanel.isVisible()
    assert "4 people" in window.statusBar().currentMessage()


def test_a_called_quota_says_well_done_instead_of_nobody_is_due(make_window, store, qtbot, qsettings):
    operations.update_settings(store, daily_quota=3)
    due_today(store, ["Ada Byron", "Ben Crane", "Cy Dorn", "Dee Ek"])
    window = make_window(store)
    view = window.show_view("today")
    f = view.form
    f.callList.setFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_1):
        assert "well done" not in shown_words(view)
        qtbot.keyClick(f.callList, key)
    assert "That's today's 3 calls — well done." in shown_words(view)
    assert "Nobody is due" not in shown_words(view)
    assert f.emptyPanel.isVisible()
    assert "Nobody is due" not in f.emptyTitle.text() + f.emptyLabel.text()
    assert not f.campaignButton.isVisible() and not f.triageButton.isVisible()
    assert f.splitter.isVisible() and not f.entryCard.isVisible()  # the calls made stay listed
    qtbot.keyClick(f.callList, Qt.Key.Key_3)  # no fourth touch logged by a stray key
    assert operations.touched_today(store) == 3

    window.close()  # opened again later that day: the calls made still listed, the message the same
    again = make_window(store, qsettings).show_view("today")
    assert len(again.entries) == 3 and all(e.contact_id in again.done for e in again.entries)
    assert again.form.emptyPanel.isVisible() and not again.form.entryCard.isVisible()
    assert "today's 3 calls" in again.form.emptyTitle.text()


def test_the_last_calls_nudges_stay_outside_the_next_persons_card_until_dismissed(make_window, store, qtbot):
    """'After Viktor Li: Viktor was thrilled…' sat inside the next person's card, read as being about
    them, and vanished at the next key press."""
    ids = due_today(store, ["Viktor Li", "Ewa Whitfield", "Cy Dorn", "Dee Ek"])
    window = make_window(store)
    view = window.show_view("today")
    f = view.form
    f.callList.setFocus()
    qtbot.keyClick(f.callList, Qt.Key.Key_T)
    qtbot.keyClick(f.callList, Qt.Key.Key_1)  # Viktor reached, thrilled
    assert view.current().contact_id == ids[1]
    assert f.nudgesLabel.isVisible() and not f.entryCard.isAncestorOf(f.nudgesLabel)
    viktor = f.nudgesLabel.text()
    assert "After Viktor Li (call, reached, thrilled)" in viktor and "Ewa" not in viktor

    qtbot.keyClick(f.callList, Qt.Key.Key_Down)  # looking around the list …
    qtbot.keyClick(f.callList, Qt.Key.Key_N)  # … and skipping someone keep them
    view.refresh()
    assert f.nudgesLabel.isVisible() and f.nudgesLabel.text() == viktor
    qtbot.keyClick(f.callList, Qt.Key.Key_Escape)  # dismissed
    assert not f.nudgesLabel.isVisible()

    qtbot.keyClick(f.callList, Qt.Key.Key_3)  # the next call's nudges are about that person
    assert f.nudgesLabel.isVisible() and "Viktor" not in f.nudgesLabel.text()
    with qtbot.waitSignal(window.ctx.open_contact) as opened:
        f.nudgesLabel.linkActivated.emit("#story")
    assert opened.args[0] in ids[1:] and opened.args[0] != view.current().contact_id
    f.nudgesLabel.linkActivated.emit("#dismiss")
    assert not f.nudgesLabel.isVisible()


def test_the_list_tells_a_reached_call_from_an_unanswered_one_and_a_skip(make_window, store, qtbot):
    due_today(store, ["Ada Reached", "Ben Voicemail", "Cy Noanswer", "Dee Replied", "Eve Skipped"])
    view = make_window(store).show_view("today")
    view.form.callList.setFocus()
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_N):
        qtbot.keyClick(view.form.callList, key)
    items = {}
    for i in range(view.form.callList.count()):
        item = view.form.callList.item(i)
        items[item.text().split("\n")[0][2:]] = (item.text(), item.font().strikeOut())
    assert items["Ada Reached"][0].startswith("✓") and items["Ada Reached"][1]
    assert items["Dee Replied"][0].startswith("✓") and items["Dee Replied"][1]
    for name in ("Ben Voicemail", "Cy Noanswer"):
        text, struck = items[name]
        assert text.startswith("○") and not struck and "not reached" in text
    text, struck = items["Eve Skipped"]
    assert text.startswith("↷") and not struck and "skipped" in text


def test_the_ways_to_reach_someone_wrap_in_a_narrow_window(make_window, store, qtbot):
    """At 960 pixels 'Call … · Write … · LinkedIn profile' ran past the card's edge ('· Lin')."""
    contact = operations.add_contact(
        store, name="Yusuf Kim", phones=["+1 555 906 8064"], emails=["yusuf.kim.329@example.net"],
        linkedin_url="https://www.linkedin.com/in/yusuf-kim",
    )  # fmt: skip
    operations.add_followup(store, contact.id, due=dt.date.today())
    window = make_window(store)
    window.resize(960, 720)
    view = window.show_view("today")
    qtbot.wait(50)  # the resize's layout
    links = view.form.linksLabel
    assert "LinkedIn profile" in links.text()
    assert links.minimumSizeHint().width() <= links.contentsRect().width()
    assert links.heightForWidth(links.width()) <= links.height()


def test_someone_logged_with_details_stays_on_the_list_ticked(make_window, store, qtbot):
    """The list is read again after a detailed log; the person called must not drop off it."""
    ids = due_today(store, ["Dee Tail", "Eve Later"])
    window = make_window(store)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    dialog = view.log_details()
    dialog.form.outcomeCombo.setCurrentIndex(dialog.form.outcomeCombo.findData("reached"))
    dialog.save()
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert [e.contact_id for e in view.entries].count(ids[0]) == 1
    assert "✓" in next(
        view.form.callList.item(n).text() for n in range(view.form.callList.count())
        if "Dee Tail" in view.form.callList.item(n).text()
    )


def ticks(view) -> list[tuple[str, bool]]:
    """Each line's mark and name, and whether it is struck through."""
    items = [view.form.callList.item(i) for i in range(view.form.callList.count())]
    return [(item.text().split("\n")[0], item.font().strikeOut()) for item in items]


def test_after_a_restart_the_people_called_earlier_today_are_still_ticked_off(make_window, store, qtbot):
    """They vanished from the list, which then disagreed with "2 of 10 calls done today"."""
    ids = due_today(store, ["Ada Byron", "Ben Crane", "Cy Dorn"])
    first = make_window(store)
    view = first.show_view("today")
    view.form.callList.setFocus()
    qtbot.keyClick(view.form.callList, Qt.Key.Key_1)  # Ada reached
    qtbot.keyClick(view.form.callList, Qt.Key.Key_3)  # Ben, no answer
    before = ticks(view)
    header = view.form.dayLabel.text()
    first.shutdown()
    first.close()

    again = make_window(store).show_view("today")  # the app started again the same day
    assert sorted(ticks(again)) == sorted(before) == [
        ("Cy Dorn", False), ("○ Ben Crane", False), ("✓ Ada Byron", True)]  # fmt: skip
    assert again.form.dayLabel.text() == header
    assert header.endswith("3 people on today's list, 1 still to go")
    assert again.current().contact_id == ids[2]  # the one still to call


def test_a_touch_logged_elsewhere_today_ticks_the_person_off_on_today(make_window, store, qtbot):
    ids = due_today(store, ["Ada Byron", "Ben Crane"])
    window = make_window(store)
    view = window.show_view("today")
    operations.log_touch(store, ids[1], channel="email", outcome="replied")  # from their page, say
    window.ctx.changed.emit()
    line = next(view.form.callList.item(i).text() for i in range(view.form.callList.count())
                if "Ben Crane" in view.form.callList.item(i).text())  # fmt: skip
    assert line.startswith("✓ Ben Crane") and line.endswith("email, replied")
    assert view.form.dayLabel.text().endswith("2 people on today's list, 1 still to go")


def test_a_touch_taken_back_elsewhere_puts_the_person_back_on_the_list_unticked(make_window, store, qtbot):
    ids = due_today(store, ["Ada Byron", "Ben Crane"])
    window = make_window(store)
    view = window.show_view("today")
    logged = operations.log_touch(store, ids[1], channel="call", outcome="no-answer")  # from their page
    window.ctx.changed.emit()
    assert ids[1] in view.done
    operations.take_back_touch(store, logged.take_back)  # … and taken back there
    window.ctx.changed.emit()
    assert ids[1] not in view.done
    assert [e.contact_id for e in view.entries] == ids
    assert view.form.dayLabel.text().endswith("2 people on today's list, 2 still to go")
    assert window.status_label.text() == "0 of 10 calls done today"


def test_a_key_on_someone_done_today_asks_for_a_second_press_before_logging_again(make_window, store, qtbot):
    """Moving back over a ticked-off line and pressing 1 logged a second call, unasked."""
    ids = due_today(store, ["Felix Fenn", "Gina Hall"])
    window = make_window(store)
    view = back_after_no_answer(window, qtbot, ids)  # Felix: no answer, then back on Felix
    f = view.form
    assert view.current().contact_id == ids[0]
    qtbot.keyClick(f.callList, Qt.Key.Key_1)
    assert len(operations.list_interactions(store, ids[0])) == 1
    assert window.statusBar().currentMessage() == (
        "Felix Fenn: already done today (call, no answer). Press 1 again to log another touch (reached)."
    )
    qtbot.keyClick(f.callList, Qt.Key.Key_1)  # he called back: the second press logs it
    qtbot.waitUntil(lambda: not window.ctx.busy)
    assert [t.outcome for t in operations.list_interactions(store, ids[0])] == ["reached", "no-answer"]
    assert len(operations.list_interactions(store, ids[1])) == 0  # nobody else was logged meanwhile


def test_every_mood_key_the_hint_names_sets_the_mood_and_none_skips_the_person(make_window, store, qtbot):
    """The hint said "press T, N, I or W first", but N skipped to the next person: "neutral" was
    never recorded and the call was left unlogged."""
    import re

    ids = due_today(store, ["Ada Byron", "Ben Crane"])
    view = make_window(store).show_view("today")
    view.form.callList.setFocus()
    hint = view.form.moodHint.text()
    keys = re.findall(r"\b([A-Z])\b", hint.split("press", 1)[1])
    assert keys == ["T", "I", "W"]
    for key in keys:
        view.mood = None
        view._show_mood()
        qtbot.keyClick(view.form.callList, getattr(Qt.Key, f"Key_{key}"))
        assert view.current().contact_id == ids[0], f"{key} moved on"
        assert view.mood is not None and view.form.moodHint.text().startswith(f"They were {view.mood}.")
    qtbot.keyClick(view.form.callList, Qt.Key.Key_1)
    assert operations.list_interactions(store, ids[0])[0].mood == "wary"
