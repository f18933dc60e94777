"""LinkedIn messages and invitations become touches on the contacts they involve."""

from __future__ import annotations

import datetime as dt

from netcompanion import operations
from tests.conftest import FIXTURES, table_counts


def local_day(*parts: int) -> str:
    return dt.datetime(*parts, tzinfo=dt.UTC).astimezone().date().isoformat()


def test_contacts_json_shows_last_interaction_from_the_newest_message(cli):
    assert cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2024.csv")).code == 0
    done = cli("import", "linkedin-messages", str(FIXTURES / "linkedin_messages.csv"), "--json")
    assert done.code == 0, done.err
    report = done.json()
    assert report["created"] == 13
    assert {s["reason"] for s in report["skipped"]} == {
        "sponsored or from a hidden member (no profile URL)", "spam", "draft"}  # fmt: skip

    contacts = cli("contacts", "--json").json()
    last = {(c["name"], c["linkedin_url"]): c["last_interaction"] for c in contacts}
    url = "https://www.linkedin.com/in/"
    assert last[("Maren Oyelaran", url + "maren-oyelaran-4b1c27")] == local_day(2024, 11, 21, 17, 30, 12)
    assert last[("Tobias Brenner", url + "tobiasbrenner")] == local_day(2024, 11, 18, 9, 5, 55)
    assert last[("Priya Raghunathan, PhD", url + "priya-raghunathan-phd-5e7d22")] == local_day(
        2024, 11, 18, 8, 41, 9
    )
    assert last[("Wei-Lin Chen", url + "weilinchen")] == local_day(2024, 10, 2, 14, 22, 31)
    assert last[("Kofi Mensah", url + "kofi-mensah-1188")] == local_day(2024, 8, 1, 11, 5)
    assert last[("Grace O’Connell", url + "grace-o%E2%80%99connell-7b21e0")] == local_day(2019, 11, 12, 20, 1)
    # The second Alex Morgan wrote; the first did not. Matched by profile, never by name.
    assert last[("Alex Morgan", url + "alexmorgan-design")] == local_day(2024, 6, 3, 15, 15, 15)
    assert last[("Alex Morgan", url + "alex-morgan-71d0aa")] is None
    assert last[("Noah Richter", url + "noahrichter")] is None  # only a draft to him


def test_messages_become_touches_once_even_when_imported_twice(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    operations.run_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv")
    before = table_counts(store)

    again = operations.run_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv")

    assert (again.created, again.updated, again.unchanged) == (0, 0, 13)
    assert table_counts(store)["interactions"] == before["interactions"]
    maren = operations.find_contacts(store, "maren")[0]
    touches = operations.list_interactions(store, maren.id)
    assert [t.direction for t in touches] == ["inbound", "outbound", "inbound"]
    assert touches[0].notes == "Perfect, see you then 👍"
    assert all(t.channel == "message" for t in touches)


def test_group_chat_touches_each_participant(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    operations.run_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv")
    priya = operations.find_contacts(store, "priya")[0]
    tobias = operations.find_contacts(store, "tobias")[0]
    agenda = dt.datetime(2024, 11, 18, 8, 0, tzinfo=dt.UTC)
    for person in (priya, tobias):
        times = [t.occurred_at for t in operations.list_interactions(store, person.id)]
        assert agenda in times


def test_messages_from_people_who_are_not_contacts_are_skipped_with_a_reason(store):
    report = operations.run_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv")
    assert report.created == 0
    assert any("no contact with the profile https://www.linkedin.com/in/maren-oyelaran-4b1c27" in r
               for _, r in report.skipped)  # fmt: skip
    assert table_counts(store)["interactions"] == 0


def test_a_group_message_to_strangers_is_one_skipped_row(store, cli):
    """Row 7 went to two people not in the network: it was counted as two skipped rows (16 of 15)."""
    report = operations.run_import(store, "linkedin-messages", FIXTURES / "linkedin_messages.csv")
    rows = [row for row, _ in report.skipped]
    assert len(rows) == len(set(rows)) == report.total_rows == 15
    [reason] = [r for row, r in report.skipped if row == 7]
    assert reason.startswith("no contact with the profiles https://www.linkedin.com/in/")
    assert reason.count("https://") == 2


def test_the_cli_counts_messages_as_messages(cli):
    cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2024.csv"))
    done = cli("import", "linkedin-messages", str(FIXTURES / "linkedin_messages.csv"))
    assert done.out.startswith(
        "Import #2 (linkedin-messages, linkedin_messages.csv): 13 new messages, 8 contacts with a newer "
        "last touch, 0 messages already known, 3 skipped, 0 errors."
    )


def test_old_message_format_without_recipient_urls(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    report = operations.run_import(store, "linkedin-messages", FIXTURES / "linkedin_messages_2022.csv")
    assert report.created == 3  # Maren twice (in and out), Priya once; the hidden member skipped
    maren = operations.find_contacts(store, "maren")[0]
    assert maren.last_interaction == dt.datetime(2022, 9, 5, 18, 8, 14, tzinfo=dt.UTC).astimezone().date()


def test_invitations_are_touches_matched_by_profile(store):
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    report = operations.run_import(store, "linkedin-invitations", FIXTURES / "linkedin_invitations.csv")

    assert report.created == 7
    assert [reason for _, reason in report.skipped] == [
        "no contact with the profile https://www.linkedin.com/in/riley-tan-leadgen"]  # fmt: skip
    zoe = operations.find_contacts(store, "zoë")[0]  # her URL in this file is not percent-encoded
    assert zoe.last_interaction == dt.datetime(2024, 10, 30, 13, 7, tzinfo=dt.UTC).astimezone().date()
    noah = operations.find_contacts(store, "noah")[0]
    touch = operations.list_interactions(store, noah.id)[0]
    assert (touch.direction, touch.outcome) == ("outbound", "no-reply")
