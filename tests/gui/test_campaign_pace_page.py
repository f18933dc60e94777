"""The campaign page says what holds a campaign back: a quota above the daily call limit (where the
quota is chosen, and on the campaign's page), and a campaign that started earlier going first."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from netcompanion import clock, operations
from netcompanion.rules.common import say_day


def _shown(view) -> list[str]:
    """The words the page shows (visible labels only), line by line: the pace notes share a label."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    labels = [label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view) and label.text()]
    return [line for text in labels for line in text.splitlines()]


def test_a_quota_above_the_daily_call_limit_is_said_where_it_is_chosen_and_on_the_page(window, demo_store):
    view = window.show_view("campaign")
    view.form.quotaSpin.setValue(20)
    hint = ("Your daily call limit is 10, so a new campaign gets 10 calls a day, not 20 — "
            "raise the limit in Settings to go faster.")  # fmt: skip
    assert hint in _shown(view)
    view.form.quotaSpin.setValue(10)
    assert not any("daily call limit" in text for text in _shown(view))

    operations.create_campaign(demo_store, "Winter", quota=20, best=60)
    view.refresh()
    assert (
        "Your daily call limit is 10, so this campaign gets 10 calls a day, not 20 — "
        "raise the limit in Settings to go faster."
    ) in _shown(view)

    operations.update_settings(demo_store, daily_quota=20)  # raised in Settings: nothing to say
    view.refresh()
    assert not any("daily call limit" in text for text in _shown(view))


def test_a_second_campaign_says_it_starts_after_the_first(make_window, store):
    people = [operations.add_contact(store, name=f"Person {n} Rowe").id for n in range(40)]
    operations.create_campaign(store, "Alpha", quota=10, contact_ids=people[:30])  # three working days
    operations.create_campaign(store, "Beta", quota=10, contact_ids=people[30:])
    first_calls = operations.campaign_status(store, "Beta").plan[0].day
    assert first_calls > clock.today()
    view = make_window(store).show_view("campaign")
    view.choose("Beta")
    assert (
        "Starts after “Alpha” — your 10 calls a day go to “Alpha” first, as it started earlier; "
        f"this campaign's first calls are planned for {say_day(first_calls)}."
    ) in _shown(view)
    view.choose("Alpha")
    assert not any("Starts after" in text for text in _shown(view))


def test_before_the_first_call_the_forecast_says_it_counts_every_call_as_reaching_someone(make_window, store):
    people = [operations.add_contact(store, name=f"Person {n} Rowe").id for n in range(50)]
    operations.create_campaign(store, "Winter", quota=10, contact_ids=people)
    view = make_window(store).show_view("campaign")
    first = operations.campaign_status(store, "Winter").forecast_done
    assert view.chart.note == f"done by {say_day(first)} if every call gets through"
    assert "the forecast counts every call as reaching someone" in view.form.infoLabel.text()

    for n, contact_id in enumerate(people[:10]):  # the first ten calls, every other one unanswered
        outcome = {"outcome": "reached", "mood": "neutral"} if n % 2 == 0 else {"outcome": "no-answer"}
        operations.log_touch(store, contact_id, channel="call", **outcome)
    view.refresh()
    moved = operations.campaign_status(store, "Winter").forecast_done
    assert moved > first
    assert view.chart.note == f"done by {say_day(moved)} at this pace"
    assert "counts every call" not in view.form.infoLabel.text()
