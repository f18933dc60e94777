"""`contacts edit` turns its yes/no fields off as well as on."""

from __future__ import annotations


def test_do_not_introduce_can_be_turned_off(cli):
    cid = str(cli("contacts", "add", "Dana Whitfield", "--do-not-introduce", "--json").json()["id"])
    assert cli("contacts", "show", cid, "--json").json()["do_not_introduce"] is True
    done = cli("contacts", "edit", cid, "--no-do-not-introduce", "--json")
    assert done.code == 0, done.err
    assert done.json()["do_not_introduce"] is False
    assert cli("contacts", "edit", cid, "--do-not-introduce", "--json").json()["do_not_introduce"] is True


def test_archived_can_be_set_and_cleared(cli):
    cid = str(cli("contacts", "add", "Dana Whitfield", "--json").json()["id"])
    done = cli("contacts", "edit", cid, "--archived", "--json")
    assert done.code == 0, done.err
    assert done.json()["archived"] is True
    assert cli("contacts", "--json").json() == []
    assert cli("contacts", "edit", cid, "--no-archived", "--json").json()["archived"] is False
    assert [c["id"] for c in cli("contacts", "--json").json()] == [int(cid)]


def test_an_edit_that_names_neither_leaves_both_as_they_are(cli):
    cid = str(cli("contacts", "add", "Dana Whitfield", "--do-not-introduce", "--json").json()["id"])
    cli("contacts", "edit", cid, "--archived")
    edited = cli("contacts", "--archived", "edit", cid, "--title", "CTO", "--json").json()
    assert (edited["title"], edited["archived"], edited["do_not_introduce"]) == ("CTO", True, True)


def test_a_flag_and_its_opposite_together_are_refused_and_change_nothing(cli):
    cid = str(cli("contacts", "add", "Dana Whitfield", "--json").json()["id"])
    for flag in ("archived", "do-not-introduce"):
        done = cli("contacts", "edit", cid, f"--{flag}", f"--no-{flag}")
        assert done.code == 2
        assert f"argument --no-{flag}: not allowed with argument --{flag}" in done.err
    shown = cli("contacts", "show", cid, "--json").json()
    assert (shown["archived"], shown["do_not_introduce"]) == (False, False)
    added = cli("contacts", "add", "Sam Okafor", "--no-do-not-introduce", "--do-not-introduce")
    assert added.code == 2 and "not allowed with" in added.err
    assert [c["name"] for c in cli("contacts", "--json").json()] == ["Dana Whitfield"]
