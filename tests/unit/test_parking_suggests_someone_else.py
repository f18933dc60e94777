"""Parking someone suggests a colleague to try instead: someone else, not the same person's other record."""

from __future__ import annotations

import datetime as dt

from netcompanion import clock, operations


def test_a_record_of_the_same_name_at_the_company_is_not_offered_as_someone_else_to_try(store):
    today = clock.today()
    tobias = operations.add_contact(store, name="Tobias Brenner", company="Fabrikam").id
    operations.add_contact(store, name="tobias brenner", company="Fabrikam", closeness=5, value=5)  # not merged yet
    operations.add_contact(store, name="Aisha Okafor", company="Fabrikam")

    for days_ago in (40, 30, 10):
        result = operations.log_touch(
            store, tobias, channel="call", outcome="no-answer", when=today - dt.timedelta(days=days_ago)
        )

    [parked] = [n.message for n in result.nudges if n.rule == "give-up-gracefully"]
    assert "Tobias is parked" in parked
    assert parked.endswith("At Fabrikam you could try Aisha Okafor instead.")
