"""Search finds people whatever the accents, compatibility letters and apostrophe style: what is
stored and what is typed are folded the same way (identity.fold_for_search)."""

from __future__ import annotations

import pytest

from netcompanion import identity, operations
from tests.conftest import FIXTURES

# (as LinkedIn shows the name, as typed on a plain keyboard)
PEOPLE = [
    ("Zoë Ångström-Lind", "angstrom"),
    ("Łukasz Wąsowski", "lukasz"),
    ("𝐉𝐚𝐦𝐢𝐞 𝐑𝐞𝐲𝐞𝐬", "jamie"),  # math-bold letters, a display-name trick
    ("Grace O’Connell", "o'connell"),  # a typographic apostrophe
]


def _every_search(store, query: str) -> dict[str, list[str]]:
    """The names each way of searching finds: the command line's and the lists' (the GUI's index)."""
    names = operations.contact_names(store, operations.contact_ids(store, operations.ContactFilter(search=query)))
    index = operations.contact_index(store, operations.ContactFilter(include_archived=True))
    return {
        "find_contacts": [c.name for c in operations.find_contacts(store, query)],
        "contact list": sorted(names.values()),
        "search box": sorted(operations.contact_names(store, index.matching(query)).values()),
    }


@pytest.fixture
def imported(store):
    """The LinkedIn export that holds all four, imported as the user does it."""
    operations.run_import(store, "linkedin", FIXTURES / "linkedin_connections_2024.csv")
    return store


@pytest.mark.parametrize(("name", "plain"), PEOPLE)
def test_the_plain_spelling_and_the_exact_one_both_find_the_person(imported, name, plain):
    for query in (plain, name.split()[-1], name, plain.upper()):
        for way, found in _every_search(imported, query).items():
            assert found == [name], f"{query!r} through {way}"


def test_a_query_with_accents_finds_the_plain_spelling_too(store):
    operations.add_contact(store, name="Zoe Smith", company="Contoso")
    operations.add_contact(store, name="Lukasz Nowak", title="O'Brien’s deputy")
    assert _every_search(store, "zoë") == dict.fromkeys(("find_contacts", "contact list", "search box"), ["Zoe Smith"])
    assert _every_search(store, "Łukasz") == dict.fromkeys(("find_contacts", "contact list", "search box"), ["Lukasz Nowak"])  # fmt: skip
    assert [c.name for c in operations.find_contacts(store, "o’brien's")] == ["Lukasz Nowak"]


def test_a_query_that_should_not_match_still_does_not(imported):
    for query in ("angstrøm-x", "lukasz wasowskij", "jamie grace", "o'connell dublin", "zoe lind-angstrom"):
        assert _every_search(imported, query) == dict.fromkeys(("find_contacts", "contact list", "search box"), [])


def test_every_word_must_still_match_and_hyphens_and_dashes_are_one(store):
    operations.add_contact(store, name="Jean–Luc Picard", company="Starfleet")  # an en dash
    operations.add_contact(store, name="Jean Luc", company="Ten Forward")
    assert [c.name for c in operations.find_contacts(store, "jean-luc")] == ["Jean–Luc Picard"]
    assert [c.name for c in operations.find_contacts(store, "jean luc")] == ["Jean Luc", "Jean–Luc Picard"]
    assert [c.name for c in operations.find_contacts(store, "jean forward")] == ["Jean Luc"]


def test_editing_a_contact_keeps_the_search_text_folded(store):
    contact = operations.add_contact(store, name="Ann Lee")
    operations.edit_contact(store, contact.id, company="Société Générale", title="Ærospace lead")
    assert [c.name for c in operations.find_contacts(store, "societe aerospace")] == ["Ann Lee"]


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Zoë Ångström-Lind", "zoe angstrom-lind"),
        ("Łukasz Wąsowski", "lukasz wasowski"),
        ("𝐉𝐚𝐦𝐢𝐞 𝐑𝐞𝐲𝐞𝐬", "jamie reyes"),
        ("O’Connell O‘Hara Oʼneil O`Dell O´Shea", "o'connell o'hara o'neil o'dell o'shea"),
        ("Jean‐Luc Jean–Luc Jean—Luc Jean−Luc", "jean-luc jean-luc jean-luc jean-luc"),
        ("Straße Øster Đorđe Ðóra Æsir Œuvre Işık Þór", "strasse oster dorde dora aesir oeuvre isik thor"),
        ("ﬁne Ｆｕｌｌ", "fine full"),
        ("Ander\u00adsen", "andersen"),
        ("plain ascii, Inc.", "plain ascii, inc."),
        ("王芳 Алёна Σοφία", "王芳 алена σοφια"),
    ],
)
def test_fold_for_search(written, folded):
    assert identity.fold_for_search(written) == folded
    assert identity.search_text(written, "", "", [], []) == folded


def test_the_search_text_folds_each_part_as_the_whole(store):
    parts = ("Zoë Ångström", "Ørsted A/S", "Head of Product – Nordics", ["zoe@example.com"])
    assert identity.search_text(*parts, []) == identity.fold_for_search(" ".join([*parts[:3], *parts[3]]))
    assert identity.search_text("Ann Lee", "", "", ["ann@example.com"], []) == "ann lee ann@example.com"
