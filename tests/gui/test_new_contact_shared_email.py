"""New contact with an e-mail someone else has: added, then a box names the other contact; the same
when a contact's page is saved with such an address."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from netcompanion import operations


def _read_and_close(box: QMessageBox, qtbot) -> str:
    """The note the box shows once it is up, after clicking it away as the user would."""
    qtbot.waitUntil(box.isVisible)
    text = box.text().replace("&#x27;", "'")
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    return text


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
    text = _read_and_close(dialog.box, qtbot)
    assert text.startswith("<b>Added Dup Ada — but note:</b><br>⚠ ada@example.com is already Ada Lovelace's "
                           f"(#{ada.id}): if this is the same person, open them instead")  # fmt: skip


def test_a_new_contact_with_a_new_e_mail_opens_no_box(make_window, store, qtbot):
    operations.add_contact(store, name="Ada Lovelace", emails=["ada@example.com"])
    window = make_window(store)
    dialog = window.new_contact()
    qtbot.keyClicks(dialog.form.nameEdit, "Grace Hopper")
    qtbot.keyClicks(dialog.form.emailEdit, "grace@example.com")
    dialog.form.buttonBox.button(dialog.form.buttonBox.StandardButton.Ok).click()
    assert not dialog.dialog.isVisible() and dialog.box is None
    assert window.statusBar().currentMessage() == "Added Grace Hopper."


def test_saving_a_contact_page_with_another_contacts_e_mail_saves_and_names_them(make_window, store, qtbot):
    ada = operations.add_contact(store, name="Ada Lovelace", emails=["ada@example.com"])
    dup = operations.add_contact(store, name="Dup Ada", emails=["dup@example.org"])
    window = make_window(store)
    story = window.show_contact(dup.id)
    f = story.form
    f.emailsEdit.setText("dup@example.org, ADA@EXAMPLE.COM")
    f.notesEdit.setPlainText("Met at the Babbage talk.")
    qtbot.mouseClick(f.saveButton, Qt.MouseButton.LeftButton)

    saved = operations.get_contact(store, dup.id)
    assert (saved.emails, saved.notes) == (("dup@example.org", "ADA@EXAMPLE.COM"), "Met at the Babbage talk.")
    assert f.emailsEdit.text() == "dup@example.org, ADA@EXAMPLE.COM" and not story.has_unsaved_edits()
    assert window.statusBar().currentMessage() == "Saved Dup Ada."
    text = _read_and_close(story.box, qtbot)
    assert text.startswith("<b>Saved Dup Ada — but note:</b><br>⚠ ada@example.com is already Ada Lovelace's "
                           f"(#{ada.id}): if this is the same person, open them instead")  # fmt: skip

    f.titleEdit.setText("Analyst")  # the address was said when it came: the next save says nothing of it
    story.box = None
    assert story.save() and story.box is None
