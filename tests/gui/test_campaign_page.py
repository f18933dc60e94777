"""The campaign page: ending a campaign and getting it back (Undo, or Resume on the empty page), renaming
it, and choosing among campaigns that run side by side."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from netcompanion import clock, operations
from netcompanion.rules.common import say_day


def _settle() -> None:
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def _campaign_calls(store) -> int:
    return sum(1 for e in operations.call_list(store) if e.kind == "campaign")


def test_ending_a_campaign_takes_its_people_off_today_and_resume_brings_them_back(window, demo_store, qtbot):
    operations.create_campaign(demo_store, "Autumn re-warm", quota=5, best=20)
    assert _campaign_calls(demo_store) == 5
    view = window.show_view("campaign")
    _settle()
    f = view.form
    assert f.endButton.isVisible() and not f.emptyCard.isVisible()

    qtbot.mouseClick(f.endButton, Qt.MouseButton.LeftButton)
    _settle()
    assert _campaign_calls(demo_store) == 0
    assert f.emptyCard.isVisible() and not f.endButton.isVisible()
    assert f.endedPanel.isVisible()
    assert f.endedLabel.text() == f"You ended “Autumn re-warm” on {say_day(clock.today())} with 20 of 20 still to call."
    assert window.undo_action.isEnabled() and "ending “Autumn re-warm”" in window.undo_action.text()

    qtbot.mouseClick(f.resumeButton, Qt.MouseButton.LeftButton)
    _settle()
    assert _campaign_calls(demo_store) == 5
    assert not window.undo_action.isEnabled()  # resumed already: Undo has nothing left to take back
    assert f.endButton.isVisible() and not f.endedPanel.isVisible()
    assert f.campaignName.text() == "Autumn re-warm"


def test_undo_runs_an_ended_campaign_again(window, demo_store, qtbot):
    operations.create_campaign(demo_store, "Spring", quota=3, best=6)
    view = window.show_view("campaign")
    _settle()
    assert view.end()
    assert not operations.list_campaigns(demo_store)[0].active
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: operations.list_campaigns(demo_store)[0].active, timeout=10_000)
    _settle()
    assert view.form.endButton.isVisible()


def test_a_page_with_no_campaign_ever_offers_nothing_to_resume(window, demo_store):
    view = window.show_view("campaign")
    _settle()
    assert view.form.emptyCard.isVisible() and not view.form.endedPanel.isVisible()


def test_adding_people_to_an_ended_campaign_asks_to_resume_it_first(window, demo_store, monkeypatch):
    from netcompanion.gui.campaign import add_to_campaign

    operations.create_campaign(demo_store, "Spring", quota=3, best=6)
    operations.end_campaign(demo_store, "Spring")
    someone = operations.find_contacts(demo_store)[0]
    assert add_to_campaign(window.ctx, [someone.id], window, name="spring") is False
    assert "has ended; resume it first" in window.ctx.last_error
    assert [c.name for c in operations.list_campaigns(demo_store)] == ["Spring"]  # no second one made


def test_adding_someone_from_another_running_campaign_says_so_on_the_status_line(window, demo_store, qtbot):
    from netcompanion.gui.campaign import add_to_campaign

    someone = operations.add_contact(demo_store, name="Ana Silva")
    operations.create_campaign(demo_store, "Spring", contact_ids=[someone.id])
    with qtbot.waitSignal(window.ctx.message) as said:
        assert add_to_campaign(window.ctx, [someone.id], window, name="Summer")
    assert said.args[0] == (
        "Added 1 contact to “Summer”. Ana Silva (“Spring”) is in another running campaign too: the call list "
        "still has each person once a day, with both campaigns among the reasons."
    )


def test_rename_a_campaign_from_its_page_and_undo_it(window, demo_store, qtbot):
    operations.create_campaign(demo_store, "Autum", quota=3, best=6)
    view = window.show_view("campaign")
    _settle()
    assert view.form.renameButton.isVisible() and not view.form.campaignCombo.isVisible()  # one campaign: no choice
    assert view.rename("Autumn re-warm")
    _settle()
    assert view.form.campaignName.text() == "Autumn re-warm"
    assert [c.name for c in operations.list_campaigns(demo_store)] == ["Autumn re-warm"]
    assert "renaming “Autum”" in window.undo_action.text()

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: operations.running_campaign_names(demo_store) == ["Autum"], timeout=10_000)
    _settle()
    assert view.form.campaignName.text() == "Autum"


def test_with_two_campaigns_running_the_page_lets_you_pick_one_and_acts_on_that_one(window, demo_store, qtbot):
    operations.create_campaign(demo_store, "Re-warm", quota=3, best=6)
    fabrikam = operations.find_contacts(demo_store)[-2:]
    operations.create_campaign(demo_store, "Fabrikam", quota=1, contact_ids=[c.id for c in fabrikam])
    view = window.show_view("campaign")
    _settle()
    combo = view.form.campaignCombo
    assert combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Re-warm", "Fabrikam"]

    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    _settle()
    assert view.form.campaignName.text() == "Fabrikam"
    assert view.form.membersValue.text() == "2"

    assert view.rename("Fabrikam, Inc.")
    _settle()
    assert view.form.campaignName.text() == "Fabrikam, Inc."  # the page stays on the campaign just renamed
    assert view.end()
    _settle()
    assert operations.running_campaign_names(demo_store) == ["Re-warm"]
    assert view.form.campaignName.text() == "Re-warm" and not combo.isVisible()


def test_the_tried_card_counts_those_tried_and_not_reached_yet(window, store, qtbot):
    """It showed everyone tried, the reached too: one reached and two unanswered read "3 tried, not
    reached yet"."""
    people = [operations.add_contact(store, name=f"Person {n}").id for n in range(5)]
    operations.create_campaign(store, "Spring", quota=5, contact_ids=people)
    operations.log_touch(store, people[0], channel="call", outcome="reached")
    for contact_id in people[1:3]:
        operations.log_touch(store, contact_id, channel="call", outcome="no-answer")
    view = window.show_view("campaign")
    _settle()
    f = view.form
    assert (f.reachedValue.text(), f.attemptedValue.text(), f.remainingValue.text()) == ("1", "2", "4")
    assert f.attemptedCaption.text() == "tried, not reached yet"


def test_the_page_says_how_many_members_are_in_the_trash_until_they_are_restored(make_window, store, qtbot):
    people = [operations.add_contact(store, name=name).id for name in ("Ann Ash", "Ben Birch", "Cy Cedar", "Di Dune")]
    operations.create_campaign(store, "Winter", contact_ids=people)
    operations.delete_contacts(store, people[:2])
    window = make_window(store)
    f = window.show_view("campaign").form
    _settle()
    assert f.membersValue.text() == "2"
    assert f.membersCaption.text() == "people in the campaign\n(+2 in the trash)"
    assert f.membersCard.toolTip() == "2 more in the trash, counted again if restored (Edit → Trash…)"

    trash = window.open_trash()
    trash.form.trashTable.selectAll()
    assert trash.restore()
    qtbot.waitUntil(lambda: f.membersValue.text() == "4")
    assert f.membersCaption.text() == "people in the campaign" and not f.membersCard.toolTip()


def test_the_remaining_card_says_how_many_members_were_let_go(make_window, store, qtbot):
    """Four members, none reached, two still to call: the card says where the other two went
    (one parked after three tries without an answer, one archived), as `campaign list` does."""
    people = [operations.add_contact(store, name=name).id for name in ("Ann Ash", "Ben Birch", "Cy Cedar", "Di Dune")]
    operations.create_campaign(store, "Winter", contact_ids=people, start=clock.today() - dt.timedelta(days=45))
    for days_ago in (44, 34, 14):  # filled in today, each after the cooldown the one before began: Ann is parked
        operations.log_touch(store, people[0], channel="call", outcome="no-answer",
                             when=clock.today() - dt.timedelta(days=days_ago))  # fmt: skip
    operations.edit_contact(store, people[1], archived=True)
    window = make_window(store)
    view = window.show_view("campaign")
    f = view.form
    _settle()
    assert (f.membersValue.text(), f.reachedValue.text(), f.remainingValue.text()) == ("4", "0", "2")
    assert f.remainingCaption.text() == "still to call\n(2 let go)"
    assert f.remainingCard.toolTip().startswith("2 members let go: parked after tries without an answer, or archived.")

    operations.edit_contact(store, people[1], archived=False)  # back from the archive: to call again
    view.refresh()
    qtbot.waitUntil(lambda: f.remainingValue.text() == "3")
    assert f.remainingCaption.text() == "still to call\n(1 let go)"
