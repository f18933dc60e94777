"""Today: keyboard-only — one key per call records what happened and moves on."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netcompanion import operations
from tests.gui.conftest import due_today


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


def ada_item(view) -> str:
    (text,) = [t for t in (view.form.callList.item(i).text() for i in range(view.form.callList.count())) if "Ada" in t]
    return text


def test_a_large_network_reads_the_call_list_off_the_gui_thread_and_calls_still_log_at_once(
    make_window, store, qtbot, monkeypatch, gui_thread_calls
):
    """At 100,000 contacts reading the call list takes ~50 ms: the window must not freeze for it,
    neither at the start nor after each call (the list is read again after every outcome)."""
    from netcompanion.gui import context

    monkeypatch.setattr(context, "READ_IN_BACKGROUND_ABOVE", 0)  # behave as with a large network
    ids = due_today(store, ["Ada Byron", "Ben Crane", "Cy Dorn"])
    reads = gui_thread_calls("call_list")
    window = make_window(store)
    view = window.show_view("today")
    assert "reading today's list" in view.form.dayLabel.text()
    assert not view.form.emptyLabel.text().startswith("Nobody is due")  # not while still reading
    qtbot.waitUntil(lambda: view.loaded)
    assert [e.contact_id for e in view.entries][:3] == ids
    view.form.callList.setFocus()
    asked = len(reads)

    qtbot.keyClick(view.form.callList, Qt.Key.Key_3)  # no answer
    # Ticked off and moved on at once, before the list is read again …
    assert ids[0] in view.done
    assert ada_item(view).startswith("✓ Ada Byron")
    assert view.current().contact_id == ids[1]
    nudges = view.form.nudgesLabel.text()
    assert "Ada Byron" in nudges
    qtbot.waitUntil(lambda: not window.ctx.worker.busy)
    # … and once the fresh list is there, Ada is still ticked off, Ben still current, the nudges still shown.
    assert len(reads) > asked
    assert ada_item(view).startswith("✓ Ada Byron")  # (now last: the call list itself no longer has her)
    assert view.current().contact_id == ids[1]
    assert view.form.nudgesLabel.isVisible() and view.form.nudgesLabel.text() == nudges
    assert reads and not any(reads)  # every read of the call list ran on the worker
    assert window.status_label.text() == "1 of 10 calls done today"
