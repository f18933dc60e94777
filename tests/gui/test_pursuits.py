"""Introductions board by stage; opportunities by stage with the turndown prompt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from netcompanion import operations


def connected_introduction(window, store):
    """Intro Ducer's introduction of Newly Met (Lamna), at "connected", chosen on the board:
    (the board, the introduction, the introducer)."""
    a = operations.add_contact(store, name="Intro Ducer")
    b = operations.add_contact(store, name="Newly Met", company="Lamna")
    intro = operations.record_introduction(store, a.id, b.id, stage="connected").record
    view = window.show_view("introductions")
    view.refresh()
    view.select(intro.id)
    return view, intro, a


def test_introductions_board_moves_a_card_on_with_the_keyboard(window, demo_store, qtbot):
    view, intro, _ = connected_introduction(window, demo_store)
    assert view.selected().id == intro.id
    qtbot.keyClick(view.columns["connected"], Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    moved = [i for i in operations.list_introductions(demo_store) if i.id == intro.id][0]
    assert moved.stage == "message-relayed"
    assert view.selected().id == intro.id
    assert view.headers["message-relayed"].text().startswith("Message relayed (")
    assert view.form.nudgesLabel.isVisible()  # make the introducer dispensable


def stage_of(store, intro_id: int) -> str:
    return next(i.stage for i in operations.list_introductions(store) if i.id == intro_id)


def _drop_card(view, intro_id: int, on_stage: str, qtbot) -> None:
    """What a drag and drop of the card delivers to the column it is dropped on: the card's own data
    (as its column gives it to the drag) dropped in the middle of that column."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    (source, item) = next((lst, lst.item(r)) for lst in view.columns.values() for r in range(lst.count())
                          if lst.item(r).data(Qt.ItemDataRole.UserRole) == intro_id)
    target = view.columns[on_stage]
    card, spot, button, keys = source.mimeData([item]), target.viewport().rect().center(), Qt.MouseButton.LeftButton, \
        Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(spot, Qt.DropAction.MoveAction, card, button, keys)  # the pointer comes in first
    QApplication.sendEvent(target.viewport(), enter)
    drop = QDropEvent(QPointF(spot), Qt.DropAction.MoveAction, card, button, keys)
    QApplication.sendEvent(target.viewport(), drop)
    accepted = enter.isAccepted(), drop.isAccepted()  # (asked apart: the events' own repr crashes)
    assert accepted == (True, True)


def test_a_card_dragged_to_another_column_moves_the_introduction_there(window, demo_store, qtbot):
    """A board by stage whose cards could not be dragged: only Ctrl+→ a stage at a time moved them."""
    view, intro, _ = connected_introduction(window, demo_store)
    connected, out = (view.columns[s].count() for s in ("connected", "introducer-out-of-loop"))

    _drop_card(view, intro.id, "introducer-out-of-loop", qtbot)  # two stages on at once
    qtbot.waitUntil(lambda: stage_of(demo_store, intro.id) == "introducer-out-of-loop")

    assert view.selected().id == intro.id and view.columns["introducer-out-of-loop"].count() == out + 1
    assert view.headers["connected"].text() == f"Connected ({connected - 1})"
    assert window.undo_action.text() == "&Undo moving the introduction of Newly Met by Intro Ducer to “Introducer out”"

    _drop_card(view, intro.id, "made", qtbot)  # and back
    qtbot.waitUntil(lambda: stage_of(demo_store, intro.id) == "made")


def test_a_card_dropped_on_outcome_asks_what_came_of_it_and_cancel_leaves_it(window, demo_store, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    answers = [("", False), ("A coffee, then an interview", True)]  # Cancel first, then an answer
    asked: list[str] = []

    def get_text(_parent, _title, label, *_args, **_kwargs):
        asked.append(label)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    view, intro, _ = connected_introduction(window, demo_store)

    _drop_card(view, intro.id, "outcome", qtbot)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert stage_of(demo_store, intro.id) == "connected" and view.selected().id == intro.id  # the card stays

    _drop_card(view, intro.id, "outcome", qtbot)
    qtbot.waitUntil(lambda: stage_of(demo_store, intro.id) == "outcome")
    assert asked == ["What came of it (a “no” counts too)?"] * 2
    assert [i.outcome for i in operations.list_introductions(demo_store) if i.id == intro.id] == [answers[1][0]]


def test_turning_down_an_opportunity_prompts_for_a_feedback_meeting(window, demo_store, qtbot):
    manager = operations.add_contact(demo_store, name="Hira Manager", company="Fabrikam")
    opp = operations.record_opportunity(
        demo_store, "Fabrikam", "Staff Engineer", hiring_manager_id=manager.id
    ).record
    view = window.show_view("opportunities")
    view.refresh()
    view.select(opp.id)
    view.form.stageCombo.setCurrentIndex(view.form.stageCombo.findData("turned-down"))
    qtbot.mouseClick(view.form.applyButton, Qt.MouseButton.LeftButton)
    box = next(w for w in view.findChildren(QMessageBox) if w.isVisible())
    assert "feedback" in box.text().lower()
    assert "Hira Manager" in box.text()
    assert [b.text() for b in box.buttons() if b.text().startswith("Open")] == ["Open the hiring manager"]
    box.accept()
    followups = operations.list_followups(demo_store, contact_id=manager.id)
    assert [f.kind for f in followups] == ["feedback-meeting"]


def test_a_new_introduction_is_made_by_picking_two_people_by_name(window, demo_store, qtbot):
    a = operations.add_contact(demo_store, name="Xavi Introducer")
    b = operations.add_contact(demo_store, name="Yolanda Target", company="Woodgrove Bank")
    window.search.invalidate()
    view = window.show_view("introductions")
    dialog = view.new_introduction()
    introducer, introduced = dialog.pickers
    qtbot.keyClicks(introducer.box, "xavi intro")
    qtbot.keyClick(introducer.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(introducer.completer.popup(), Qt.Key.Key_Return)
    assert introducer.chosen_id == a.id
    assert introducer.box.text() == "Xavi Introducer"
    qtbot.keyClicks(introduced.box, "yolanda")
    qtbot.keyClick(introduced.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(introduced.completer.popup(), Qt.Key.Key_Return)
    dialog.findChild(QDialogButtonBox).accepted.emit()
    (intro,) = [i for i in operations.list_introductions(demo_store) if i.introducer_id == a.id]
    assert (intro.introduced_id, intro.company, intro.stage) == (b.id, "Woodgrove Bank", "requested")
    assert view.selected().id == intro.id


def _settle(qtbot) -> None:
    """Let pending resizes and layouts run (no background work involved)."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()


@pytest.mark.parametrize("size", [(1280, 800), (960, 720)])
def test_every_introduction_column_starts_its_cards_at_the_same_height(window, qtbot, size):
    window.resize(*size)
    view = window.show_view("introductions")
    _settle(qtbot)
    wrapped = [
        h for h in view.headers.values() if h.fontMetrics().horizontalAdvance(h.text()) > h.contentsRect().width()
    ]
    assert wrapped, "at this size some heading needs two lines"
    tops = {stage: lst.mapTo(window, QPoint(0, 0)).y() for stage, lst in view.columns.items()}
    assert len(set(tops.values())) == 1, tops
    # Every column on screen: the board does not need scrolling sideways to show the last stage.
    assert view.form.boardScroll.horizontalScrollBar().maximum() == 0
    last = list(view.columns.values())[-1]
    assert last.mapTo(view.form.boardScroll.viewport(), QPoint(last.width(), 0)).x() <= view.form.boardScroll.viewport().width()


def _has_frame(image: QImage, rect: QRect, base: QColor) -> bool:
    """Whether some pixel row inside `rect` is a line drawn across (nearly) its whole middle width."""
    left, right = rect.left() + rect.width() // 10, rect.right() - rect.width() // 10
    for y in range(rect.top(), rect.bottom() + 1):
        drawn = sum(image.pixelColor(x, y) != base for x in range(left, right))
        if drawn >= 0.95 * (right - left):
            return True
    return False


def test_introduction_cards_are_framed_apart_and_say_only_what_is_known(window, demo_store, qtbot):
    a = operations.add_contact(demo_store, name="Intro Ducer")
    b = operations.add_contact(demo_store, name="No Company", phones=["+1 555 0100"])
    c = operations.add_contact(demo_store, name="With Company", company="Woodgrove Bank")
    operations.record_introduction(demo_store, a.id, b.id, stage="loop-closed")
    operations.record_introduction(demo_store, a.id, c.id, stage="loop-closed")
    window.resize(1280, 800)
    view = window.show_view("introductions")
    view.refresh()
    _settle(qtbot)
    lst = view.columns["loop-closed"]
    cards = {lst.item(r).text().split("\n")[0]: lst.item(r) for r in range(lst.count())}
    assert cards["No Company"].text() == "No Company\nvia Intro Ducer"  # no blank line, nothing dangling
    assert cards["With Company"].text() == "With Company\nvia Intro Ducer\nWoodgrove Bank"
    lst.clearSelection()
    lst.setCurrentRow(-1)
    _settle(qtbot)
    image = lst.viewport().grab().toImage()
    base = lst.palette().color(QPalette.ColorRole.Base)
    rects = {name: lst.visualItemRect(item) for name, item in cards.items()}
    assert all(_has_frame(image, rect, base) for rect in rects.values())
    assert rects["No Company"].height() < rects["With Company"].height()  # no empty space kept for a company


def test_opportunity_rows_have_room_for_their_text(window, demo_store, qtbot):
    operations.record_opportunity(demo_store, "Woodgrove Bank International", "Head of Platform")
    window.resize(960, 720)
    view = window.show_view("opportunities")
    view.refresh()
    _settle(qtbot)
    tree = view.form.tree
    group = tree.topLevelItem(0)
    row = next(group.child(c) for c in range(group.childCount()) if group.child(c).text(0) == "Head of Platform")
    text_height = tree.fontMetrics().height()
    assert tree.visualItemRect(row).height() >= text_height + 10  # air above and below, not squeezed
    company = tree.fontMetrics().horizontalAdvance("Woodgrove Bank International")
    assert tree.header().sectionSize(1) >= company + 12  # the next column does not touch it


def test_opening_the_board_selects_a_card_so_the_keys_work_before_any_click(window, demo_store, qtbot):
    view = window.show_view("introductions")
    QApplication.processEvents()
    first = view.selected()
    assert first is not None  # the demo network has introductions in flight
    column = next(lst for lst in view.columns.values() if lst.selectedItems())
    stage = first.stage
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    moved = [i for i in operations.list_introductions(demo_store) if i.id == first.id][0]
    assert moved.stage != stage


def test_opportunities_are_grouped_in_the_order_of_their_stages_with_the_same_words(window, demo_store):
    for company, title, stage in (("Fabrikam", "Staff Engineer", "offer"), ("Contoso", "Data Lead", "applied"),
                                  ("Litware", "Architect", "exploring")):  # fmt: skip
        opp = operations.record_opportunity(demo_store, company, title).record
        if stage != "exploring":
            operations.advance_opportunity(demo_store, opp.id, stage)
    view = window.show_view("opportunities")
    view.refresh()
    tree = view.form.tree
    groups = [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]
    order = [view.form.stageCombo.itemText(n) for n in range(view.form.stageCombo.count())]
    assert groups == [label for label in order if label in groups]  # the stage box's order and words
    assert groups[0] == "Exploring" and groups[-1] == "Offer" and "Applied" in groups
    assert all(tree.topLevelItem(n).isFirstColumnSpanned() for n in range(tree.topLevelItemCount()))


def test_back_from_loop_closed_the_outcome_box_shows_what_came_of_it(window, demo_store, qtbot, monkeypatch):
    """It opened empty although the outcome was kept: OK on it looked like clearing it."""
    from PySide6.QtWidgets import QInputDialog

    offered: list[str] = []

    def get_text(*_args, text: str = "", **_kwargs):
        offered.append(text)
        return text, True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    view, intro, _ = connected_introduction(window, demo_store)
    operations.advance_introduction(demo_store, intro.id, "outcome", outcome="an interview at Lamna")
    operations.advance_introduction(demo_store, intro.id, "loop-closed")
    view.refresh()
    view.select(intro.id)

    qtbot.keyClick(view.columns["loop-closed"], Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)

    assert offered == ["an interview at Lamna"]
    assert stage_of(demo_store, intro.id) == "outcome"


def test_with_no_opportunity_chosen_there_is_nothing_to_move(make_window, store):
    """On an empty list "Move to stage … Apply" was offered, with nothing it could move."""
    operations.add_contact(store, name="Ann Example")
    window = make_window(store)
    view = window.show_view("opportunities")
    assert not view.form.applyButton.isEnabled() and not view.form.stageCombo.isEnabled()
    operations.record_opportunity(store, "Fabrikam", "Head of Sales")
    view.refresh()
    assert not view.form.applyButton.isEnabled()  # listed, but not chosen yet
    group = view.form.tree.topLevelItem(0)
    view.form.tree.setCurrentItem(group.child(0))
    assert view.form.applyButton.isEnabled() and view.form.stageCombo.isEnabled()
