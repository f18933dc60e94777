"""The Opportunities board leaves out those with someone in the trash, says how many, and lists
them again when Edit → Trash… restores that person."""

from __future__ import annotations

from netcompanion import operations


def _listed(view) -> list[str]:
    tree = view.form.tree
    return [tree.topLevelItem(g).child(c).text(0)
            for g in range(tree.topLevelItemCount()) for c in range(tree.topLevelItem(g).childCount())]  # fmt: skip


def test_an_opportunity_whose_hiring_manager_is_in_the_trash_is_left_out_and_counted_until_restored(
    make_window, store, qtbot
):
    operations.add_contact(store, name="Felix Lopez")  # someone still here: the window opens at its pages
    hira = operations.add_contact(store, name="Hira Manager", company="Fabrikam")
    operations.record_opportunity(store, "Fabrikam", "Staff Engineer", hiring_manager_id=hira.id)
    operations.record_opportunity(store, "Contoso", "Data Lead")
    operations.delete_contact(store, hira.id)
    window = make_window(store)

    view = window.show_view("opportunities")
    assert _listed(view) == ["Data Lead"]
    hint = view.form.hintLabel.text()
    assert hint.endswith("\nNot shown: 1 opportunity with a contact or hiring manager in the trash, listed again "
                         "when restored (Edit → Trash…).")  # fmt: skip

    trash = window.open_trash()
    trash.form.trashTable.selectRow(0)
    assert trash.restore()
    qtbot.waitUntil(lambda: sorted(_listed(view)) == ["Data Lead", "Staff Engineer"])
    assert "in the trash" not in view.form.hintLabel.text()
