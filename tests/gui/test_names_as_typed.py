"""Names and companies with < > & in them show as typed, never as markup, wherever a label shows them."""

from __future__ import annotations

from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from netcompanion import operations

ANN = "Ann <b>Lee</b>"
LABS = "R&D <Labs>"


def _shown(label: QLabel) -> str:
    """What the user reads in the label."""
    text = label.text()
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.RichText or (fmt == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _labels_showing(fragment: str) -> list[str]:
    return [
        _shown(w) for w in QApplication.allWidgets() if isinstance(w, QLabel) and w.isVisible() and fragment in _shown(w)
    ]


def test_the_log_dialog_says_a_trashed_contact_s_name_as_typed(make_window, store):
    ann = operations.add_contact(store, name=ANN, company=LABS)
    window = make_window(store)
    dialog = window.show_contact(ann.id).log_touch()
    operations.delete_contacts(store, [ann.id])  # trashed elsewhere while the dialog is open
    dialog.update_preview()
    assert any(ANN in line for line in _labels_showing("in the trash")), _labels_showing("in the trash")


def _boxes_showing(fragment: str) -> list[str]:
    return [
        _shown(label)
        for box in QApplication.topLevelWidgets()
        if isinstance(box, QMessageBox) and box.isVisible()
        for label in box.findChildren(QLabel)
        if fragment in _shown(label)
    ]


def test_a_refusal_naming_a_trashed_contact_says_the_name_as_typed(make_window, store, qtbot):
    ann = operations.add_contact(store, name=ANN, company=LABS)
    bo = operations.add_contact(store, name="Bo Chen")
    window = make_window(store)
    window.show_view("introductions")
    operations.delete_contacts(store, [ann.id])
    assert window.ctx.run(operations.record_introduction, bo.id, ann.id) is None
    qtbot.waitUntil(lambda: bool(_boxes_showing("in the trash")))
    assert any(ANN in text for text in _boxes_showing("in the trash")), _boxes_showing("in the trash")
