"""Ten calls a day stay ten: every person touched today takes a place on today's list."""

from __future__ import annotations

from netcompanion import operations
from netcompanion.demo import generate_demo


def test_each_call_logged_today_takes_a_place_until_the_quota_is_used(store):
    generate_demo(store, 300)
    operations.update_settings(store, daily_quota=5)
    done_before = operations.touched_today(store)
    first = operations.call_list(store)
    assert len(first) == 5 - done_before
    called = []
    for _ in range(len(first) + 3):  # more calls than places: the list used to refill each time
        listed = operations.call_list(store)
        if not listed:
            break
        operations.log_touch(store, listed[0].contact_id, channel="call", outcome="no-answer")
        called.append(listed[0].contact_id)
        assert len(operations.call_list(store)) == 5 - done_before - len(called)
    assert len(called) == 5 - done_before
    assert operations.call_list(store) == []
    assert operations.touched_today(store) == 5
    # Asking for a number of people gives that many, whatever was done today.
    assert len(operations.call_list(store, limit=3)) == 3
