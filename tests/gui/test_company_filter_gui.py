"""The Contacts page's company box finds a company whatever its accents and case, as the search box
finds names: "societe" shows the people at Société Générale, "ANGSTROM" those at Ångström AB."""

from __future__ import annotations

from netcompanion import operations
from tests.gui.test_contacts import names_shown
from tests.gui.test_search_folding_gui import _type


def test_the_company_box_finds_accented_companies_typed_plainly(window, demo_store, qtbot):
    operations.add_contact(demo_store, name="Amélie Durand", company="Société Générale")
    operations.add_contact(demo_store, name="Anders Berg", company="Ångström AB")
    view = window.show_view("contacts")
    view.refresh()
    box = view.form.companyEdit
    qtbot.keyClicks(box, "societe")
    qtbot.waitUntil(lambda: names_shown(view) == ["Amélie Durand"])
    assert view.form.countLabel.text() == "1 contact"

    box.clear()
    qtbot.keyClicks(box, "ANGSTROM")
    qtbot.waitUntil(lambda: names_shown(view) == ["Anders Berg"])

    box.clear()
    _type(box, "ångström ab")  # typed with the accents, key by key
    qtbot.waitUntil(lambda: names_shown(view) == ["Anders Berg"])
    qtbot.keyClicks(box, "x")
    qtbot.waitUntil(lambda: names_shown(view) == [])
