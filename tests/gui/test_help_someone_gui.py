"""Rule 14, help someone, in the window: Today names a contact whose biggest challenge you noted,
offers to log the favour you did them — then the next one comes up — and the name opens them."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QLineEdit

from netcompanion import operations
from tests.gui.test_polish_layout_today import people_due, whole


def _with_challenges(store) -> tuple[int, int]:
    dana = operations.add_contact(store, name="Dana Reyes", value=5, biggest_challenge="hiring two senior engineers")
    eli = operations.add_contact(store, name="Eli Brandt", value=3, biggest_challenge="finding a co-founder")
    return dana.id, eli.id


def _words(label: QLabel) -> str:
    """What the label reads, without its link markup."""
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def test_today_suggests_someone_to_help_and_a_favour_logged_moves_on_to_the_next(make_window, store, qtbot):
    dana, _eli = _with_challenges(store)
    window = make_window(store)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    f = view.form
    assert f.helpLabel.isVisible()
    assert _words(f.helpLabel) == "♥ You could help Dana Reyes — biggest challenge: hiring two senior engineers"

    qtbot.mouseClick(f.favourButton, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "FavourDialog")
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Log a favour — Dana Reyes"
    assert dialog.findChild(QLabel, "challengeLabel").text() == "Their biggest challenge: hiring two senior engineers"
    kind = dialog.findChild(QComboBox, "kindCombo")
    kind.setCurrentIndex(kind.findData("introduction"))
    kind.setCurrentIndex(kind.findData("advice"))
    qtbot.keyClicks(dialog.findChild(QLineEdit, "noteEdit"), "Sent her two CVs from my old team")
    buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    (favour,) = operations.list_favours(store, dana)
    assert (favour.kind, favour.note) == ("advice", "Sent her two CVs from my old team")
    qtbot.waitUntil(lambda: "Eli Brandt" in _words(f.helpLabel))  # helped Dana lately: the next one
    assert _words(f.helpLabel) == "♥ You could help Eli Brandt — biggest challenge: finding a co-founder"


def test_the_name_opens_the_contact_and_nobody_to_help_leaves_no_line(make_window, store, qtbot):
    _dana, eli = _with_challenges(store)
    window = make_window(store)
    view = window.show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    view.form.helpLabel.linkActivated.emit("#contact")  # a click on the name
    story = window.form.pages.currentWidget()
    assert story.objectName() == "contactStory"
    assert story.form.storyName.text() == "Dana Reyes"

    for contact_id in operations.contact_ids(store):
        operations.log_favour(store, "help", contact_id=contact_id)
    view = window.show_view("today")
    window.ctx.changed.emit()
    qtbot.waitUntil(lambda: not view.form.helpLabel.isVisibleTo(view))
    assert not view.form.favourButton.isVisibleTo(view)
    assert not view.form.alsoPanel.isVisibleTo(view)  # no warm contacts either: nothing under the list


def test_in_the_smallest_window_the_lines_under_the_list_leave_the_window_and_the_buttons_whole(
    make_window, store, qtbot
):
    """The round and a long challenge under the list take their room from the card's text, which
    scrolls: the window keeps its size and the eight buttons their height and words."""
    people_due(store, 3)
    operations.add_contact(store, name="Wanda Warm", stage="warm",
                                  biggest_challenge="moving the whole team to a new office " * 6)  # fmt: skip
    window = make_window(store)
    smallest = QSize(946, 537)
    window.resize(smallest)
    view = window.show_view("today")
    f = view.form
    qtbot.waitUntil(lambda: view.loaded and f.roundLabel.isVisible() and f.helpLabel.isVisible())
    assert "Wanda Warm" in _words(f.helpLabel)
    qtbot.waitUntil(lambda: all(whole(b) for b in view.card_buttons.buttons))
    assert window.size() == smallest
    assert f.alsoPanel.geometry().bottom() < view.height()  # the lines are in the window, not cut off
    assert f.helpLabel.toolTip().count("new office") == 6  # the whole challenge, where the line shortens it
