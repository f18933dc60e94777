"""The campaign page's chart counts people still to call, as it went and as planned, on an axis of
dates; and a campaign with nobody left to call says it is complete."""

from __future__ import annotations

import datetime as dt

import time_machine
from PySide6.QtWidgets import QApplication

from netcompanion import operations
from netcompanion.gui.campaign import burndown_series
from netcompanion.gui.charts import SERIES_COLOURS, Burndown
from netcompanion.rules.common import say_day
from tests.conftest import campaign_started_on
from tests.unit.test_campaign_days_gone_by import _autumn_with_twenty_joining_on_wednesday
from tests.unit.test_campaign_people import _finished

MONDAY = dt.date(2026, 11, 23)
TUESDAY = MONDAY + dt.timedelta(days=1)


def _on(day: dt.date, fn, *args, **kwargs):
    with time_machine.travel(dt.datetime.combine(day, dt.time(10)).astimezone(), tick=False):
        return fn(*args, **kwargs)


def test_the_lines_count_the_people_still_to_call(store):
    """Ann reached and thanked, Ben and Cat not answering: the chart said nobody was left on Tuesday
    and planned nobody from then to the forecast day, three weeks on."""
    ids = [operations.add_contact(store, name=name).id for name in ("Ann A", "Ben B", "Cat C", "Dev D")]
    campaign_started_on(store, MONDAY, "Chart", contact_ids=ids, quota=2)
    for day, who, channel, outcome in ((MONDAY, 0, "call", "reached"), (MONDAY, 1, "call", "no-answer"),
                                       (TUESDAY, 0, "email", "no-reply"), (TUESDAY, 2, "call", "no-answer")):  # fmt: skip
        _on(day, operations.log_touch, store, ids[who], channel=channel, outcome=outcome, asked_advice=who == 0, when=day)
    status = _on(TUESDAY, operations.campaign_status, store, "Chart")

    days, labels, planned, done = burndown_series(status)

    assert labels[:3] == ["start", "23 Nov", "24 Nov"] and days[1:3] == [MONDAY, TUESDAY]
    assert done[:3] == [4, 3, 3] and done[3:] == [None] * (len(days) - 3)  # as it went, up to today
    assert planned[0] is None  # the plan ahead starts where the campaign stood on Monday night
    assert planned[1] == 3 and planned[-1] == 0 and days[-1] == status.forecast_done
    assert all(left > 0 for left in planned[1:-1])
    assert days == sorted(days)


def test_days_a_week_apart_sit_a_week_apart(app):
    """Dates were spaced evenly: 1 Dec to 2 Dec took as much room as 2 Dec to 8 Dec."""
    chart = Burndown("Left to reach: planned versus done")
    chart.resize(600, 300)
    days = [dt.date(2026, 12, 1), dt.date(2026, 12, 2), dt.date(2026, 12, 9)]
    chart.set_data(["1 Dec", "2 Dec", "9 Dec"], [None, None, None], [10, 10, 0], at=[d.toordinal() for d in days])
    image = chart.grab().toImage()

    def line_at(x: int) -> float:  # the height of the "done" line in column x
        ys = [y for y in range(image.height()) if image.pixelColor(x, y).name() == SERIES_COLOURS[1]]
        assert ys, x
        return sum(ys) / len(ys)

    columns = [x for x in range(image.width()) if any(image.pixelColor(x, y).name() == SERIES_COLOURS[1]
                                                      for y in range(60, image.height()))]  # fmt: skip
    left, right = min(columns), max(columns)
    top, bottom = line_at(left + 3), line_at(right - 3)
    drop = bottom - top
    # 2 Dec is a seventh of the way along: level until then (evenly spaced, half way along) ...
    assert line_at(left + (right - left) // 7 - 3) - top < 0.05 * drop
    # ... and half way down 3½ days on, four sevenths of the way (evenly spaced: a seventh down).
    assert abs(line_at(left + (right - left) * 4 // 7) - (top + drop / 2)) < 0.1 * drop


def test_a_campaign_with_nobody_left_says_it_is_complete(make_window, store):
    """It showed a forecast already past, "the rest return on later days" and the let-go people a
    second time as tried and not reached."""
    start = _finished(store) - dt.timedelta(days=23)  # Ann and Ben reached, Cy let go on the 23rd day

    view = make_window(store).show_view("campaign")
    QApplication.processEvents()
    f = view.form
    assert (f.forecastValue.text(), f.forecastCaption.text()) == ("Complete", f"since {say_day(start + dt.timedelta(days=23))}")
    assert (f.reachedValue.text(), f.attemptedValue.text(), f.remainingValue.text()) == ("2", "0", "0")
    assert f.infoLabel.text().startswith("Campaign complete: 2 of 3 reached (67%), 1 let go.")
    assert "return" not in f.infoLabel.text()
    assert view.chart.note == f"complete on {say_day(start + dt.timedelta(days=23))}"


def test_people_added_later_join_the_line_on_their_day(store):
    """Three people from Monday, Ann reached; 20 more on Wednesday: the line started at 23 and fell to 22
    on Monday, as if the 20 had been waiting since the start."""
    _autumn_with_twenty_joining_on_wednesday(store)
    wednesday = MONDAY + dt.timedelta(days=2)

    days, _labels, _planned, done = burndown_series(_on(wednesday, operations.campaign_status, store, "Autumn"))

    assert list(zip(days, done, strict=True))[:3] == [(MONDAY - dt.timedelta(days=1), 3), (MONDAY, 2), (wednesday, 22)]
