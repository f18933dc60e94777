"""Deleting an introduction or opportunity from its page (Del or the button), and Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netcompanion import operations


def followups_of(store, contact_id: int) -> list[str]:
    return sorted(f.kind for f in operations.list_followups(store, contact_id=contact_id))


def test_the_delete_key_removes_an_introduction_and_its_reminders_and_ctrl_z_brings_them_back(
    window, demo_store, qtbot
):
    a = operations.add_contact(demo_store, name="Intro Ducer")
    b = operations.add_contact(demo_store, name="Newly Met", company="Lamna")
    intro = operations.record_introduction(demo_store, a.id, b.id, stage="introducer-out-of-loop").record
    operations.advance_introduction(demo_store, intro.id, "outcome", outcome="a coffee, no opening")
    reminders = followups_of(demo_store, a.id)
    assert reminders  # thank the introducer
    view = window.show_view("introductions")
    view.refresh()
    view.select(intro.id)

    qtbot.keyClick(view.columns["outcome"], Qt.Key.Key_Delete)
    assert intro.id not in {i.id for i in operations.list_introductions(demo_store)}
    assert intro.id not in view.intros
    assert followups_of(demo_store, a.id) == []
    assert "Deleted the introduction of Newly Met by Intro Ducer" in window.statusBar().currentMessage()
    assert window.undo_action.isEnabled()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert intro.id in view.intros
    assert followups_of(demo_store, a.id) == reminders


def test_the_delete_button_removes_the_chosen_opportunity_and_is_off_without_one(window, demo_store, qtbot):
    opp = operations.record_opportunity(demo_store, "Fabrikam", "Staff Engineer").record
    view = window.show_view("opportunities")
    view.refresh()
    view.form.tree.setCurrentItem(None)
    assert not view.form.deleteButton.isEnabled()
    view.select(opp.id)
    assert view.form.deleteButton.isEnabled()
    qtbot.mouseClick(view.form.deleteButton, Qt.MouseButton.LeftButton)
    assert opp.id not in {o.id for o in operations.list_opportunities(demo_store)}
    assert opp.id not in view.opportunities
    assert "Undo deleted Staff Engineer at Fabrikam" in window.undo_action.text().replace("&", "")


def test_the_introduction_buttons_are_off_when_they_would_do_nothing(window, demo_store, qtbot):
    a = operations.add_contact(demo_store, name="Intro Ducer")
    b = operations.add_contact(demo_store, name="Newly Met")
    first = operations.record_introduction(demo_store, a.id, b.id, stage="requested").record
    last = operations.record_introduction(demo_store, b.id, a.id, stage="loop-closed").record
    view = window.show_view("introductions")
    view.refresh()
    f = view.form

    def enabled() -> dict[str, bool]:
        return {name: getattr(f, f"{name}Button").isEnabled() for name in ("open", "delete", "back", "next")}

    for lst in view.columns.values():
        lst.clearSelection()
    assert enabled() == {"open": False, "delete": False, "back": False, "next": False}
    assert f.newButton.isEnabled()
    view.select(first.id)
    assert enabled() == {"open": True, "delete": True, "back": False, "next": True}
    view.select(last.id)
    assert enabled() == {"open": True, "delete": True, "back": True, "next": False}
    qtbot.mouseClick(f.deleteButton, Qt.MouseButton.LeftButton)
    assert last.id not in view.intros
    assert enabled() == {"open": False, "delete": False, "back": False, "next": False}
