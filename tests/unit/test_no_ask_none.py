"""Rule 4 with the no-ask period set to "none" in Settings (0 days): re-connecting asks nothing of
the user. It said "Until Mon 14 Dec (today), don't bring up your search unless Noah asks"."""

from __future__ import annotations

from netcompanion import operations
from netcompanion.settings import load_settings, save_settings, with_changes


def test_a_first_conversation_says_nothing_about_a_no_ask_period_of_none(store):
    with store.write() as session:
        save_settings(session, with_changes(load_settings(session), no_ask_days=0))
    noah = operations.add_contact(store, name="Noah Berger").id

    result = operations.log_touch(store, noah, channel="call", outcome="reached")

    assert [n.message for n in result.nudges if n.rule == "no-ask-period"] == []
    assert operations.get_contact(store, noah).stage == "re-warming"  # re-connected all the same
    asked = operations.log_touch(store, noah, channel="call", outcome="reached", asked_job=True)
    assert not any("You re-connected recently" in n.message for n in asked.nudges)
