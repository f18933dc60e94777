"""A contact's page names nobody in the trash: someone deleted is out of sight until restored, so
the page says "someone in the trash" where it named them, and their name again once restored."""

from __future__ import annotations

from netcompanion import operations


def test_a_page_says_someone_in_the_trash_where_it_named_a_deleted_contact(make_window, store, qtbot):
    bob = operations.add_contact(store, name="Bob Referrer")
    operations.log_touch(store, bob.id, channel="meeting", outcome="reached", referrals=["Alice Newcomer"])
    (alice_id,) = [i for i, _ in operations.list_referrals(store, bob.id)]
    carl = operations.add_contact(store, name="Carl Connected")
    operations.log_favour(store, "introduction", contact_id=alice_id, other_contact_id=carl.id)
    operations.delete_contacts(store, [bob.id, carl.id])
    window = make_window(store)

    story = window.show_contact(alice_id)
    assert "Referred by someone in the trash." in story.form.stateLabel.text()
    (favour,) = [story.form.favourList.item(r).text() for r in range(story.form.favourList.count())]
    assert "Introduced them to someone in the trash" in favour and "Carl" not in favour

    operations.restore_contacts(store, [bob.id, carl.id])
    story = window.show_contact(alice_id)
    assert "Referred by Bob Referrer." in story.form.stateLabel.text()
    assert "Introduced them to Carl Connected" in story.form.favourList.item(0).text()
