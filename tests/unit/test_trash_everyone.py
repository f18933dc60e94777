"""With every contact in the trash the database only looks empty: `contacts` and the demo say
where everyone is."""

from __future__ import annotations

import pytest

from netcompanion import operations
from netcompanion.demo import generate_demo
from netcompanion.operations import ValidationError


def test_with_everyone_in_the_trash_contacts_and_the_demo_say_where_they_are(cli, store):
    cid = cli("contacts", "add", "Real Person", "--json").json()["id"]
    assert cli("trash", "delete", str(cid)).code == 0

    assert cli("contacts").out == (
        "No contacts to show: your one contact is in the trash (`netcompanion trash` lists them; "
        "`netcompanion trash restore ID` brings one back with its history).\n"
    )
    refused = cli("demo")
    assert refused.code == 1 and refused.err.count("\n") == 1
    assert "already holds 1 contact (in the trash: `netcompanion trash` lists them" in refused.err


def test_the_demo_refuses_people_in_the_trash_saying_so_and_fills_the_database_once_they_are_gone(store):
    gone = operations.add_contact(store, name="Gone Person")
    operations.delete_contact(store, gone.id)
    with pytest.raises(ValidationError, match=r"1 contact \(in the trash"):
        generate_demo(store, 20)
    operations.forget_contact(store, gone.id)
    generate_demo(store, 20)
    assert operations.count_contacts(store) == 20
