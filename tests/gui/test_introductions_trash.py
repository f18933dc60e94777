"""The Introductions board leaves out those with someone in the trash, says how many, and shows
them again when Edit → Trash… restores that person."""

from __future__ import annotations

from netcompanion import operations


def _cards(view) -> list[str]:
    return [lst.item(row).text().split("\n")[0] for lst in view.columns.values() for row in range(lst.count())]


def test_an_introduction_with_someone_in_the_trash_is_left_out_and_counted_until_restored(make_window, store, qtbot):
    felix = operations.add_contact(store, name="Felix Lopez")
    amara = operations.add_contact(store, name="Amara Kowalski")
    kenji = operations.add_contact(store, name="Kenji Tanaka", company="Fabrikam")
    operations.record_introduction(store, felix.id, amara.id)
    operations.record_introduction(store, felix.id, kenji.id, stage="connected")
    operations.delete_contact(store, kenji.id)
    window = make_window(store)

    view = window.show_view("introductions")
    assert _cards(view) == ["Amara Kowalski"]
    assert view.form.hintLabel.text().endswith(
        "\nNot shown: 1 introduction with someone in the trash, listed again when restored (Edit → Trash…)."
    )

    trash = window.open_trash()
    trash.form.trashTable.selectRow(0)
    assert trash.restore()
    qtbot.waitUntil(lambda: sorted(_cards(view)) == ["Amara Kowalski", "Kenji Tanaka"])
    assert "in the trash" not in view.form.hintLabel.text()
