"""The contacts list's company filter compares names as search does (identity.fold_for_search):
"societe" finds Société Générale and "ANGSTROM" Ångström AB, beyond SQLite's A–Z-only case folding."""

from __future__ import annotations

import pytest

from netcompanion import identity, operations


def _at(store, company: str) -> list[str]:
    ids = operations.contact_ids(store, operations.ContactFilter(company=company))
    return sorted(operations.contact_names(store, ids).values())


@pytest.fixture
def network(store):
    for name, company in (
        ("Amélie Durand", "Société Générale"),
        ("Anders Berg", "Ångström AB"),
        ("Paul Plain", "Societe Generale Securities"),
        ("Orla Neil", "O`Neil & Sons"),  # a backquote, folded to an apostrophe
        ("Pia Percent", "100% Pure"),
        ("Ulla Under", "Under_score Ltd"),
        ("Zed Zyxel", "Zyxel Quarry"),
        ("Nora Nowhere", ""),
    ):
        operations.add_contact(store, name=name, company=company)
    return store


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("societe", ["Amélie Durand", "Paul Plain"]),
        ("SOCIÉTÉ GÉN", ["Amélie Durand", "Paul Plain"]),  # typed with accents, the plain one too
        ("société  générale securities", ["Paul Plain"]),  # spaces as typed, accents on a plain name
        ("ANGSTROM", ["Anders Berg"]),
        ("ångström ab", ["Anders Berg"]),
        ("o'neil", ["Orla Neil"]),
        ("o’neil & sons", ["Orla Neil"]),  # a typographic apostrophe
        ("zyxel", ["Zed Zyxel"]),
        ("QUARRY", ["Zed Zyxel"]),
        ("100%", ["Pia Percent"]),
        ("0%", ["Pia Percent"]),
        ("%", ["Pia Percent"]),  # % and _ are letters here, not LIKE's wildcards
        ("r_s", ["Ulla Under"]),
        ("e_s", []),
        ("societe x", []),
        ("angstrom ab x", []),
    ],
)
def test_the_company_filter_ignores_accents_case_and_apostrophe_style(network, typed, found):
    assert _at(network, typed) == found


def test_a_company_filter_with_nothing_to_look_for_shows_everyone(network):
    everyone = _at(network, "")
    assert len(everyone) == 8
    assert _at(network, "   ") == everyone
    assert _at(network, "\u0301") == everyone  # a lone accent folds to nothing


def test_the_company_filter_keeps_to_the_company(network):
    """The name search looks in names, titles and e-mails too; the company box only in the company."""
    assert _at(network, "amelie") == []
    by_name = operations.contact_ids(network, operations.ContactFilter(search="amelie"))
    assert list(operations.contact_names(network, by_name).values()) == ["Amélie Durand"]


def test_typed_and_stored_company_names_fold_alike():
    assert identity.company_search_key("  Société   Générale ") == "societe generale"
    assert identity.company_search_key("ÅNGSTRÖM AB") == identity.company_search_key("angstrom ab")


def test_many_accented_companies_are_matched_without_a_parameter_each(store):
    """The accented names matched in Python go into the statement as numbers, not one parameter
    each (SQLite takes at most 32,766 parameters, fewer in some builds)."""
    from netcompanion.store.models import Company

    with store.write() as session:
        session.connection().execute(
            Company.__table__.insert(),
            [
                {"name": f"Café {i}", "name_key": f"café {i}", "is_target": False, "notes": ""}
                for i in range(40_000)
            ],
        )
    operations.add_contact(store, name="Carl Cafe", company="Café 39999")
    operations.add_contact(store, name="Tea Person", company="Tea House")
    assert _at(store, "cafe") == ["Carl Cafe"]
