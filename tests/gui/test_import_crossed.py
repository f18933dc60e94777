"""The import window names a row whose e-mail is another contact's, and offers the pair to merge."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netcompanion import operations
from tests.gui.test_dialogs import show_preview
from tests.unit.test_import_crossed import HEADER, ROSA_URL, two_records_of_rosa


def test_the_preview_names_the_row_and_the_end_offers_the_pair(app, store, make_window, qtbot, tmp_path):
    linkedin_rosa, book_rosa = two_records_of_rosa(store, tmp_path)
    path = tmp_path / "Connections.csv"
    path.write_text(HEADER + f"Rosa,Ibarra,{ROSA_URL},rosa@example.org,Contoso,Engineer,14 Nov 2024\n")
    window = make_window(store)
    wizard = window.open_import(str(path))
    show_preview(wizard, qtbot)

    problems = [wizard.form.problemsList.item(n).text() for n in range(wizard.form.problemsList.count())]
    assert problems == [
        f"Row 2: rosa@example.org was not added to Rosa Ibarra (#{linkedin_rosa}): it is already Rosa "
        f"Ibarra-Lind's (#{book_rosa}). If they are one person, merge the two. You can do that after the import."
    ]
    qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.step() == 3, timeout=30_000)

    items = [wizard.form.eventsList.item(n) for n in range(wizard.form.eventsList.count())]
    (pair,) = [i for i in items if i.text().startswith("Possible duplicate")]
    assert pair.text() == (
        f"Possible duplicate: Rosa Ibarra (#{linkedin_rosa}, Contoso) and Rosa Ibarra-Lind (#{book_rosa})"
        " — double-click to decide"
    )
    wizard.decide_duplicate(pair, keep_id=linkedin_rosa)
    qtbot.waitUntil(lambda: pair.text().startswith("Merged"), timeout=20_000)
    assert operations.get_contact(store, linkedin_rosa).emails == ("rosa@example.org",)
    assert [c.id for c in operations.find_contacts(store, "Rosa")] == [linkedin_rosa]
