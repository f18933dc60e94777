"""A contact's birthday: imported from an address book, shown with their details, set and cleared by hand."""

from __future__ import annotations

from tests.conftest import FIXTURES


def _id_of(cli, name: str) -> str:
    return str(next(c["id"] for c in cli("contacts", "--json").json() if c["name"] == name))


def test_an_imported_birthday_is_shown_with_the_details(cli):
    assert cli("import", "vcard", str(FIXTURES / "contacts.vcf")).code == 0
    maren, zoe = _id_of(cli, "Maren Oyelaran"), _id_of(cli, "Zoë Ångström-Lind")
    assert "birthday:       14 March 1990" in cli("contacts", "show", maren).out
    assert "birthday:       4 July\n" in cli("contacts", "show", zoe).out  # the card gave no year
    assert cli("contacts", "show", maren, "--json").json()["birthday"] == "1990-03-14"
    assert cli("contacts", "show", zoe, "--json").json()["birthday"] == "--07-04"


def test_a_birthday_is_set_with_or_without_the_year_and_cleared(cli):
    cid = str(cli("contacts", "add", "Dana Whitfield", "--json").json()["id"])
    assert cli("contacts", "show", cid, "--json").json()["birthday"] is None
    done = cli("contacts", "edit", cid, "--birthday", "03-14")
    assert done.code == 0, done.err
    assert "birthday:       14 March\n" in done.out
    assert cli("contacts", "edit", cid, "--birthday", "1988-11-02", "--json").json()["birthday"] == "1988-11-02"
    cleared = cli("contacts", "edit", cid, "--birthday", "")
    assert cleared.code == 0, cleared.err
    assert "birthday" not in cleared.out
    assert cli("contacts", "show", cid, "--json").json()["birthday"] is None


def test_a_birthday_that_is_no_date_is_refused_and_the_old_one_stays(cli):
    cid = str(cli("contacts", "add", "Dana Whitfield", "--birthday", "1990-03-14", "--json").json()["id"])
    for typed in ("1990-14-03", "02-30", "circa 1990"):
        done = cli("contacts", "edit", cid, "--birthday", typed)
        assert done.code != 0
        assert f"'{typed}' is not a birthday" in done.err
    assert cli("contacts", "show", cid, "--json").json()["birthday"] == "1990-03-14"


def test_a_birthday_set_by_hand_is_kept_when_the_address_book_is_imported_again(cli):
    assert cli("import", "vcard", str(FIXTURES / "contacts.vcf")).code == 0
    maren = _id_of(cli, "Maren Oyelaran")
    assert cli("contacts", "edit", maren, "--birthday", "").code == 0
    assert cli("import", "vcard", str(FIXTURES / "contacts.vcf")).code == 0
    assert cli("contacts", "show", maren, "--json").json()["birthday"] is None
