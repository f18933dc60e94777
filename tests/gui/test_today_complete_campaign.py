"""Today with a complete campaign running: it names the campaign and offers to end it — it said no
campaign was running, while the Campaign page called it Complete."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netcompanion import operations


def test_today_names_a_complete_campaign_and_ends_it_with_one_click(make_window, store, qtbot):
    ada, ben, cy = (operations.add_contact(store, name=name).id for name in ("Ada Byron", "Ben Crane", "Cy Dorn"))
    operations.create_campaign(store, "Spring", contact_ids=[ada, ben])
    for contact_id in (ada, ben):
        operations.log_touch(store, contact_id, channel="call", outcome="reached")
    window = make_window(store)
    view = window.show_view("today")
    f = view.form
    qtbot.waitUntil(lambda: f.emptyPanel.isVisible())

    assert "“Spring” is complete" in f.emptyLabel.text() and "no campaign is running" not in f.emptyLabel.text()
    assert f.endCampaignButton.isVisible() and f.endCampaignButton.text() == "End campaign “Spring”"
    assert not f.campaignButton.isVisible()

    qtbot.mouseClick(f.endCampaignButton, Qt.MouseButton.LeftButton)
    assert [c.name for c in operations.list_campaigns(store, active_only=True)] == []
    qtbot.waitUntil(lambda: f.campaignButton.isVisible())  # ended: a new campaign is offered, with Cy
    assert "1 cold contact" in f.campaignButton.text() and not f.endCampaignButton.isVisible()
    assert "ending “Spring”" in window.undo_action.text()

    window.undo_action.trigger()  # runs it again: Today names it once more
    assert [c.name for c in operations.list_campaigns(store, active_only=True)] == ["Spring"]
    qtbot.waitUntil(lambda: f.endCampaignButton.isVisible())


def test_today_names_a_campaign_nobody_is_in_yet_and_says_how_to_add_people(make_window, store, qtbot):
    operations.add_contact(store, name="Ada Byron")
    operations.create_campaign(store, "Spring")  # by name only: nobody in it yet
    window = make_window(store)
    view = window.show_view("today")
    f = view.form
    qtbot.waitUntil(lambda: f.emptyPanel.isVisible())

    assert f.emptyLabel.text().startswith("Your campaign “Spring” has nobody in it yet")
    assert "Add to campaign" in f.emptyHint.text()
    assert not f.campaignButton.isVisible()  # not another campaign
    assert f.triageButton.isVisible()
