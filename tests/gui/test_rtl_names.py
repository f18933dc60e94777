"""A name in Arabic (or any right-to-left script) sits at the left like any other: on a contact's
page beside Back, over the words under it, and on Today's card. It hugged the right edge, beside
the buttons; and "title at company · cold" with an Arabic title read right to left."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QTextLayout

from netcompanion import operations

NAME, TITLE, COMPANY = "ليلى حداد", "مديرة المنتج", "شركة الأفق"


def _first_ink(label) -> int:
    """How far from the label's left edge its text begins, in pixels."""
    image = label.grab().toImage()
    background = image.pixel(image.width() - 1, image.height() - 1)
    for x in range(image.width()):
        if any(image.pixel(x, y) != background for y in range(image.height())):
            return x
    return image.width()


def _x(label, word: str) -> float:
    """Where `word` of the label's text is drawn, from the left (as the label lays its text out)."""
    text = label.text()
    layout = QTextLayout(text, label.font())
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    return layout.lineAt(0).cursorToX(text.replace("\u00a0", " ").index(word))[0]  # (no-break spaces too)


def _laila(store):
    laila = operations.add_contact(store, name=NAME, title=TITLE, company=COMPANY)
    operations.add_followup(store, laila.id, due=dt.date.today(), kind="follow-up")
    return laila


def test_a_contact_page_shows_an_arabic_name_at_the_left_over_its_subtitle(make_window, store):
    laila = _laila(store)
    story = make_window(store).show_contact(laila.id)
    f = story.form
    assert f.storyName.text() == NAME and f.storyName.width() > 200
    assert _first_ink(f.storyName) < 8 and _first_ink(f.summaryLabel) < 8
    assert f.storyName.x() == f.summaryLabel.x()  # one block, the subtitle under the name
    assert _x(f.summaryLabel, "at") < _x(f.summaryLabel, "cold") < _x(f.summaryLabel, "never touched")


def test_todays_card_shows_an_arabic_name_at_the_left(make_window, store, qtbot):
    _laila(store)
    view = make_window(store).show_view("today")
    qtbot.waitUntil(lambda: view.loaded)
    f = view.form
    assert f.entryName.text() == NAME
    assert _first_ink(f.entryName) < 8 and _first_ink(f.entryWhere) < 8
    assert _x(f.entryWhere, TITLE) < _x(f.entryWhere, "at") < _x(f.entryWhere, COMPANY)  # title at company


def test_a_name_in_latin_letters_reads_as_before(make_window, store):
    ada = operations.add_contact(store, name="Ada Lovelace", title="Analyst", company="Fabrikam")
    story = make_window(store).show_contact(ada.id)
    assert story.form.summaryLabel.text().startswith("Analyst at Fabrikam · cold · ")  # no invisible marks
