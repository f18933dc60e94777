"""Names kept as written, in composed form (NFC) and without invisible controls: a name a
macOS export wrote decomposed is the same name, found as a possible duplicate, stored composed."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from netcompanion import identity, operations
from netcompanion.importers.linkedin import _is_clean

GOOGLE_HEADER = "First Name,Last Name,Organization Name,Organization Title,E-mail 1 - Value,Website 1 - Value\n"
LINKEDIN_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"

ZOE = "Zoë Ångström-Lind"  # as typed on most keyboards (composed, NFC)
ZOE_NFD = unicodedata.normalize("NFD", ZOE)  # as macOS exports often write it


def write(tmp_path, name: str, content: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_a_decomposed_name_is_offered_as_the_composed_one_and_stored_composed(store, tmp_path):
    known = operations.add_contact(store, name=ZOE, company="Tailspin Toys")
    path = write(tmp_path, "contacts.csv", GOOGLE_HEADER + f"{ZOE_NFD.replace(' ', ',', 1)},Tailspin Toys,,zoe@example.com,\n")

    report = operations.run_import(store, "google", path)

    assert report.created == 1
    assert [(d.row, d.contact_id, d.incoming_name) for d in report.possible_duplicates] == [(2, known.id, ZOE)]
    new = [c for c in operations.find_contacts(store) if c.id != known.id]
    assert [(c.name, c.first_name, c.last_name) for c in new] == [(ZOE, "Zoë", "Ångström-Lind")]


def test_a_linkedin_export_with_decomposed_names_stores_them_composed(store, tmp_path):
    path = write(tmp_path, "Connections.csv", LINKEDIN_HEADER + unicodedata.normalize("NFD",
                 "Zoë,Ångström-Lind,https://www.linkedin.com/in/zoe-al,,Société Générale,Directrice,30 Oct 2024\n"))  # fmt: skip

    operations.run_import(store, "linkedin", path)

    [zoe] = operations.find_contacts(store)
    assert (zoe.name, zoe.company, zoe.title) == (ZOE, "Société Générale", "Directrice")
    assert operations.find_contacts(store, search="Ångström")[0].id == zoe.id


def test_names_stored_decomposed_before_still_find_their_namesakes(store, tmp_path):
    """A network imported before names were composed: the same file again changes nothing (no
    job change from "Société" to "Société"), and the composed spelling is a possible duplicate."""
    path = write(tmp_path, "Connections.csv", LINKEDIN_HEADER
                 + "Zoë,Ångström-Lind,https://www.linkedin.com/in/zoe-al,,Société Générale,Directrice,30 Oct 2024\n")  # fmt: skip
    operations.run_import(store, "linkedin", path)
    anonymous = operations.add_contact(store, name="Åsa Öberg", company="Tailspin Toys")
    with store.write() as session:  # as an older version stored them
        session.execute(text("UPDATE contacts SET first_name = :f, last_name = :l, full_name = :n WHERE id = :id"),
                        [{"f": "Zoe\u0308", "l": "A\u030angstro\u0308m-Lind", "n": ZOE_NFD, "id": 1},
                         {"f": "A\u030asa", "l": "O\u0308berg", "n": "A\u030asa O\u0308berg", "id": anonymous.id}])
        session.execute(text("UPDATE companies SET name = :n WHERE name = 'Société Générale'"),
                        {"n": unicodedata.normalize("NFD", "Société Générale")})  # fmt: skip

    again = operations.run_import(store, "linkedin", path)
    assert (again.created, again.updated, again.unchanged, again.events) == (0, 0, 1, ())

    book = write(tmp_path, "contacts.csv", GOOGLE_HEADER
                 + "Zoë,Ångström-Lind,Tailspin Toys,,zoe@tailspin.example,\n"
                 + "Åsa,Öberg,Tailspin Toys,,,\n")  # fmt: skip
    report = operations.run_import(store, "google", book)
    assert [(d.row, d.contact_id) for d in report.possible_duplicates] == [(2, 1)]
    assert (report.created, report.unchanged) == (1, 1)  # Åsa, with nothing but her name and company, is known


@pytest.mark.parametrize(
    ("written", "stored"),
    [
        ("\u202eAda\u202c Lovelace", "Ada Lovelace"),  # a right-to-left override and its end
        ("\u2067Ada Lovelace\u2069", "Ada Lovelace"),  # an isolate
        ("\ufeffAda\u200b Lovelace", "Ada Lovelace"),  # a byte order mark and a zero-width space
        ("Ada \u202b\u202a\u202d\u2066\u2068Lovelace\u202c", "Ada Lovelace"),
        ("👩\u200d💻 Ada Lovelace", "👩\u200d💻 Ada Lovelace"),  # the joiner makes one emoji
        ("نرگس\u200cسادات Ahmadi", "نرگس\u200cسادات Ahmadi"),  # the non-joiner is part of the name
        ("Ада Лавлейс", "Ада Лавлейс"),
    ],
)
def test_invisible_controls_are_dropped_from_names_and_joiners_kept(store, tmp_path, written, stored):
    first, last = written.rsplit(" ", 1)
    path = write(tmp_path, "contacts.csv", GOOGLE_HEADER + f"{first},{last},,,someone@example.com,\n")

    operations.run_import(store, "google", path)

    assert [c.name for c in operations.find_contacts(store)] == [stored]
    assert identity.clean_text(written) == stored


def test_clean_text_composes_and_keeps_what_needs_no_cleaning():
    assert identity.clean_text(ZOE_NFD) == ZOE
    assert identity.clean_text(f"  {ZOE_NFD}\u200b  ") == ZOE
    assert identity.clean_text(ZOE) is ZOE and identity.clean_text("Ada Lovelace") == "Ada Lovelace"
    assert identity.name_key(ZOE_NFD) == identity.name_key(ZOE.upper()) == identity.name_key(ZOE)


INVISIBLE = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\ufeff"
parts = st.sampled_from(["Anna", "Ng", " ", "  ", "|", "Zoë", ZOE_NFD, "e\u0301", "\u0301", "o\u0308\u0323", "民",
                         "حداد", "👩\u200d💻", "\u200c", "\u200d", "\x00", "\t", *INVISIBLE])  # fmt: skip
texts = st.lists(parts, max_size=6).map("".join)


@settings(max_examples=500)
@given(value=texts)
def test_cleaned_text_is_composed_visible_and_stays_as_it_is(value):
    cleaned = identity.clean_text(value)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert not set(cleaned) & set(INVISIBLE + "\x00")
    assert cleaned.count("\u200d") == value.count("\u200d")  # joiners kept
    assert identity.clean_text(cleaned) == cleaned
    assert cleaned == unicodedata.normalize("NFC", " ".join(value.translate(dict.fromkeys(map(ord, INVISIBLE + "\x00"))).split()))


@settings(max_examples=500)
@given(row=st.lists(texts, min_size=1, max_size=4))
def test_a_linkedin_row_taken_as_clean_is_composed_already(row):
    """The LinkedIn reader skips cleaning for rows it finds clean: a decomposed letter or an
    invisible control must not pass for clean."""
    if _is_clean(row):
        assert [identity.clean_text(c) for c in row] == row


def test_a_company_stored_decomposed_before_stays_one_company_when_its_people_come_again(store, tmp_path):
    """An earlier version stored "Société Générale" decomposed, name and key; names now come in
    composed: a newer export with a colleague made a second "Société Générale" and split the people."""
    decomposed = unicodedata.normalize("NFD", "Société Générale")
    first = write(tmp_path, "old.csv", LINKEDIN_HEADER + "Ada,Lee,https://www.linkedin.com/in/ada-lee,,Acme,CTO,1 Oct 2024\n")
    operations.run_import(store, "linkedin", first)
    with store.write() as session:  # as the earlier version left it
        session.execute(text("UPDATE companies SET name = :n, name_key = :k"), {"n": decomposed, "k": decomposed.casefold()})
    newer = write(tmp_path, "new.csv", LINKEDIN_HEADER + unicodedata.normalize("NFD",
                  "Ben,Okafor,https://www.linkedin.com/in/ben-okafor,,Société Générale,Analyst,2 Oct 2024\n"))  # fmt: skip

    operations.run_import(store, "linkedin", newer)

    with store.read() as session:
        assert session.execute(text("SELECT COUNT(*) FROM companies")).scalar_one() == 1
        assert session.execute(text("SELECT COUNT(DISTINCT company_id) FROM contacts")).scalar_one() == 1
