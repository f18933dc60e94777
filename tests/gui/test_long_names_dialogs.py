"""Every dialog that names a contact, with a name of hundreds of letters or an e-mail address for a
name, fits a 1000×700 screen: no wider or taller than it, its buttons on it, no line of it cut off.

The Log-a-touch and favour dialogs grew to 4,994 and 4,823 px, the main window to 4,478 px after
a turndown's nudges; the message boxes (merge, forget, unsaved edits, notes after a save, the
turndown, a refusal) took the whole screen's width and still cut the name off — in a merge, the
other record was out of sight."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox, QWidget

from netcompanion import operations
from netcompanion.gui.merge_dialog import ask_which_to_keep

LONG = (
    "Maximiliane Alexandrina Wolfeschlegelsteinhausenbergerdorffvoralternwarengewissenhaftschaferswessenschafe"
    "warenwohlgepflegeundsorgfaltigkeitbeschutzenvonangreifendurchihrraubgierigfeindewelchevoralternzwolfhundert"
    "tausendjahresvorandieerscheinenvanderersteerdemenschderraumschiffgenachtmittungsteinundsiebeniridiumelektrisch"
    "motorsgebrauchlichtalsseinursprungvonkraftgestartseinlangefahrthinzwischensternartigraumaufdersuchenachdie"
    "sternwelchegehabtbewohnbarplanetenkreisedrehensichundwohinderneurassevonverstandigmenschlichkeitkonntefort"
    "pflanzenundsicherfreuenanlebenslanglichfreudeundruhemitnichteinfurchtvorangreifenvonandererintelligent"
    "geschopfsvonhinzwischensternartigraum"
)
MAIL = "alexandra.konstantinopoulou@northwind-analytics-consulting.com"
WIDTH, HEIGHT = 1000, 700


def misfits(box: QWidget) -> list[str]:
    """What of the dialog would not fit a 1000×700 screen (nothing, when it fits)."""
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    found = []
    need = box.minimumSizeHint()
    for what, size in (("is", box.size()), ("needs", need)):
        if size.width() > WIDTH or size.height() > HEIGHT:
            found.append(f"{what} {size.width()}×{size.height()}")
    for button in box.findChildren(QAbstractButton):
        if button.isVisible() and not box.rect().contains(button.mapTo(box, button.rect().bottomRight())):
            found.append(f"{button.text()!r} off it")
    for label in box.findChildren(QLabel):
        if label.isVisible() and label.width() < label.minimumSizeHint().width():
            found.append(f"{label.text()[:40]!r}… cut off")
    return found


def on_the_next_box(look: Callable[[QMessageBox], None]) -> None:
    """`look` at the next modal box (it runs its own event loop), then close it as Escape would."""
    tries = [0]

    def check() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            look(box)
            box.reject()
        elif tries[0] < 300:
            tries[0] += 1
            QTimer.singleShot(10, check)

    QTimer.singleShot(0, check)


@pytest.mark.parametrize("name", [LONG, MAIL], ids=["long name", "e-mail address"])
def test_every_dialog_naming_a_contact_fits_a_1000_by_700_screen(window, demo_store, qtbot, name):
    window.resize(WIDTH, HEIGHT)
    person = operations.add_contact(demo_store, name=name, company="Fabrikam")
    twin = operations.add_contact(demo_store, name=f"Dr {name}", company="Contoso", emails=["shared@example.com"])
    manager = operations.add_contact(demo_store, name=f"Cy {name}", company="Fabrikam")
    problems: dict[str, list[str]] = {}

    def check(what: str, box: QWidget) -> None:
        problems[what] = misfits(box)

    story = window.show_contact(person.id)
    for what, dialog in (("log a touch", story.log_touch()), ("favour", story.log_favour())):
        check(what, dialog.dialog)
        dialog.dialog.reject()
    followup = story.add_followup()
    check("follow-up", followup)
    followup.reject()

    story.form.companyEdit.setText("Contoso")
    on_the_next_box(lambda box: check("unsaved edits", box))
    story.go_back()  # Save, Discard or Cancel: Cancel stays on the page
    story.form.emailsEdit.setText("shared@example.com")  # the other one's: saved, with a note naming them
    story.save()
    check("note after saving", story.box)
    story.box.close()

    on_the_next_box(lambda box: check("merge", box))  # as from the list or the import window
    assert ask_which_to_keep(demo_store, person.id, twin.id, window) is None

    operations.delete_contact(demo_store, twin.id)
    trash = window.open_trash()
    check("trash", trash.dialog)
    on_the_next_box(lambda box: check("forget for good", box))
    assert not trash.forget()
    trash.dialog.reject()

    opportunities = window.show_view("opportunities")
    made = operations.record_opportunity(demo_store, "Fabrikam", "Engineer", contact_id=person.id,
                                         hiring_manager_id=manager.id)  # fmt: skip
    opportunities.refresh()
    opportunities.select(made.record.id)
    editor = opportunities.edit_opportunity()
    check("opportunity", editor.dialog)
    editor.dialog.reject()
    opportunities.apply_stage("turned-down")
    (turndown,) = [box for box in opportunities.findChildren(QMessageBox) if box.isVisible()]
    check("turndown", turndown)
    turndown.button(QMessageBox.StandardButton.Ok).click()
    problems["the page's nudges"] = [] if window.width() == WIDTH else [f"made the window {window.width()} wide"]

    introductions = window.show_view("introductions")
    new = introductions.new_introduction()
    new.findChild(QWidget, "introducerEdit").setText(name)
    check("introduction", new)
    new.reject()

    operations.create_campaign(demo_store, name, contact_ids=[person.id])
    window.show_view("campaign").create(name)  # refused: a campaign has that name
    (refusal,) = [box for box in window.findChildren(QMessageBox) if box.isVisible()]
    check("refusal", refusal)
    refusal.close()

    assert {what: said for what, said in problems.items() if said} == {}
    assert len(problems) == 13  # every one was looked at
