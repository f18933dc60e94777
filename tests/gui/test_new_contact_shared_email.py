"""New contact with an e-mail someone else has: added, then a box names the other contact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from netcompanion import operations


def test_a_new_contact_with_a_known_e_mail_is_added_and_the_other_contact_named(make_window, store, qtbot):
    ada = operations.add_contact(store, name="Ada Lovelace", emails=["ada@example.com"])
    window = make_window(store)
    dialog = window.new_contact()
    f = dialog.form
    qtbot.keyClicks(f.nameEdit, "Dup Ada")
    qtbot.keyClicks(f.emailEdit, "ADA@EXAMPLE.COM")
    qtbot.mouseClick(f.buttonBox.button(f.buttonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    assert not dialog.dialog.isVisible()
    assert [c.name for c in operations.find_contacts(store, "ada")] == ["Ada Lovelace", "Dup Ada"]
    assert window.form.pages.currentWidget().form.storyName.text() == "Dup Ada"  # their story opens, as ever
    assert window.statusBar().currentMessage() == "Added Dup Ada."
    box = dialog.box
    qtbot.waitUntil(box.isVisible)
    text = box.text().replace("&#x27;", "'")
    assert text.startswith("<b>Added Dup Ada — but note:</b><br>⚠ ada@example.com is already Ada Lovelace's "
                           f"(#{ada.id}): if this is the same person, open them instead")  # fmt: skip
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_a_new_contact_with_a_new_e_mail_opens_no_box(make_window, store, qtbot):
    operations.add_contact(store, name="Ada Lovelace", emails=["ada@example.com"])
    window = make_window(store)
    dialog = window.new_contact()
    qtbot.keyClicks(dialog.form.nameEdit, "Grace Hopper")
    qtbot.keyClicks(dialog.form.emailEdit, "grace@example.com")
    dialog.form.buttonBox.button(dialog.form.buttonBox.StandardButton.Ok).click()
    assert not dialog.dialog.isVisible() and dialog.box is None
    assert window.statusBar().currentMessage() == "Added Grace Hopper."
