"""Rename… on the Campaign page: a refused name (another campaign has it) keeps the name box open
with the reason and the name as typed, selected, to correct rather than type again."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from netcompanion import operations


def _settle() -> None:
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def _answer(steps, seen: list[dict]) -> None:
    """Work the name box as a user would, one step per event-loop turn; record what it shows."""
    box = QApplication.activeModalWidget()
    if not steps or not isinstance(box, QInputDialog) or not box.isVisible():
        return
    edit = box.findChild(QLineEdit)
    seen.append({"label": box.labelText(), "text": edit.text(), "selected": edit.selectedText()})
    steps[0](box, edit)
    QTimer.singleShot(0, lambda: _answer(steps[1:], seen))


def _type_and_ok(text: str):
    def step(box, edit) -> None:
        edit.selectAll()
        edit.insert(text)
        box.accept()

    return step


def _campaigns(store) -> list[str]:
    return sorted(c.name for c in operations.list_campaigns(store))


def _rename_with(view, steps) -> tuple[bool, list[dict]]:
    seen: list[dict] = []
    QTimer.singleShot(0, lambda: _answer(steps, seen))
    never_hang = QTimer(view, singleShot=True, interval=10_000)
    never_hang.timeout.connect(lambda: QApplication.activeModalWidget().reject())
    never_hang.start()
    try:
        return view.rename(), seen
    finally:
        never_hang.stop()


def _autum_beside_an_ended_spring(window, demo_store):
    """The campaign page on "Autum" (a typo to fix), with an ended "Spring" whose name is taken."""
    operations.create_campaign(demo_store, "Spring", quota=3, best=6)
    operations.end_campaign(demo_store, "Spring")
    operations.create_campaign(demo_store, "Autum", quota=3, best=6)
    view = window.show_view("campaign")
    _settle()
    return view


def test_a_refused_name_is_offered_again_as_typed_with_the_reason(window, demo_store):
    view = _autum_beside_an_ended_spring(window, demo_store)
    assert view.form.campaignName.text() == "Autum"

    done, seen = _rename_with(view, [_type_and_ok("SPRING"), _type_and_ok("Autumn re-warm")])
    assert len(seen) == 2, "the box closed after the refusal"
    assert seen[0] == {"label": "New name:", "text": "Autum", "selected": "Autum"}
    assert seen[1]["label"] == "There is already a campaign named 'Spring'.\n\nNew name:"
    assert seen[1]["text"] == seen[1]["selected"] == "SPRING"  # as typed, ready to be typed over
    assert done
    assert _campaigns(demo_store) == ["Autumn re-warm", "Spring"]
    assert window.ctx.last_error == ""  # said in the box, not in a second window
    _settle()
    assert view.form.campaignName.text() == "Autumn re-warm"
    assert "renaming “Autum”" in window.undo_action.text()


def test_cancelling_after_a_refusal_renames_nothing(window, demo_store):
    view = _autum_beside_an_ended_spring(window, demo_store)

    done, seen = _rename_with(view, [_type_and_ok("   "), lambda box, _edit: box.reject()])
    assert [s["label"] for s in seen] == ["New name:", "A campaign needs a name.\n\nNew name:"]
    assert not done
    assert _campaigns(demo_store) == ["Autum", "Spring"]
    assert not window.undo_action.isEnabled()


def test_a_campaign_gone_meanwhile_closes_the_box_and_says_so(window, demo_store):
    operations.create_campaign(demo_store, "Autum", quota=3, best=6)
    view = window.show_view("campaign")
    _settle()

    def rename_behind_its_back(box, edit) -> None:
        operations.rename_campaign(demo_store, "Autum", "Elsewhere")
        _type_and_ok("Autumn")(box, edit)

    done, seen = _rename_with(view, [rename_behind_its_back, _type_and_ok("never asked")])
    assert len(seen) == 1 and not done
    assert "Autum" in window.ctx.last_error
    assert _campaigns(demo_store) == ["Elsewhere"]
