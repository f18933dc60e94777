"""Adding someone with an e-mail another contact already has: allowed (two people can share an
address), with a warning that names the other contact — in the core, on the command line; and
editing someone to give them such an address says the same."""

from __future__ import annotations

from netcompanion import operations

SAID = ("ada@example.com is already Ada Lovelace's (#{id}): if this is the same person, open them instead, "
        "or merge the two later (Contacts → select both → Ctrl+M).")  # fmt: skip


def test_an_e_mail_another_contact_has_is_added_with_a_warning_naming_them(store):
    ada = operations.add_contact(store, name="Ada Lovelace", emails=["ada@example.com"])
    assert ada.nudges == ()
    for typed in ("ada@example.com", "ADA@EXAMPLE.COM"):
        dup = operations.add_contact(store, name="Dup Ada", emails=["dup@example.org", typed])
        [nudge] = dup.nudges
        assert (nudge.level, nudge.message, nudge.contact_id) == ("warning", SAID.format(id=ada.id), ada.id)
        assert operations.get_contact(store, dup.id).emails == ("dup@example.org", typed)  # added all the same
        operations.delete_contacts(store, [dup.id])  # (else the next one is named too)


def test_every_contact_holding_the_address_is_named_and_the_trash_is_left_out(store):
    ada = operations.add_contact(store, name="Ada Lovelace", emails=["ada@example.com"])
    byron = operations.add_contact(store, name="Ada Byron", emails=["Ada@Example.com"])
    gone = operations.add_contact(store, name="Ada King", emails=["ada@example.com"])
    operations.delete_contacts(store, [gone.id])
    [nudge] = operations.add_contact(store, name="Dup Ada", emails=["ada@example.com"]).nudges
    assert nudge.message.startswith(f"ada@example.com is already Ada Lovelace's (#{ada.id}) and Ada Byron's "
                                    f"(#{byron.id}): if this is the same person")  # fmt: skip


def test_a_new_address_says_nothing(store):
    operations.add_contact(store, name="Ada Lovelace", emails=["ada@example.com"])
    assert operations.add_contact(store, name="Grace Hopper", emails=["grace@example.com"]).nudges == ()
    assert operations.add_contact(store, name="No Mail").nudges == ()


def test_the_command_line_adds_and_warns_with_the_merge_command(store, cli):
    ada = operations.add_contact(store, name="Ada Lovelace", emails=["ada@example.com"])
    done = cli("contacts", "add", "Dup Ada", "--email", "ADA@EXAMPLE.COM")
    assert done.code == 0, done.err
    [dup] = [c for c in operations.find_contacts(store, "dup ada")]
    assert done.out.splitlines() == [
        f"Added #{dup.id} Dup Ada.",
        "! " + SAID.format(id=ada.id),
        f"  same person? `netcompanion contacts merge {ada.id} {dup.id}`",
    ]
    as_json = cli("contacts", "add", "Dup Ada", "--email", "ada@example.com", "--json").json()
    assert [(n["rule"], n["level"], n["contact_id"]) for n in as_json["nudges"]] == [
        ("same-email", "warning", ada.id)
    ]
    assert as_json["emails"] == ["ada@example.com"]
    assert cli("contacts", "add", "Grace Hopper", "--json").json()["nudges"] == []


def test_an_edit_giving_an_e_mail_another_contact_has_warns_as_adding_does(store):
    ada = operations.add_contact(store, name="Ada Lovelace", emails=["ada@example.com"])
    dup = operations.add_contact(store, name="Dup Ada", emails=["dup@example.org"])
    edited = operations.edit_contact(store, dup.id, emails=["dup@example.org", "ADA@EXAMPLE.COM"])
    [nudge] = edited.nudges
    assert (nudge.level, nudge.message, nudge.contact_id) == ("warning", SAID.format(id=ada.id), ada.id)
    assert operations.get_contact(store, dup.id).emails == ("dup@example.org", "ADA@EXAMPLE.COM")  # saved all the same
    # said once, when the address came: later edits of them (or of their other addresses) don't repeat it
    assert operations.edit_contact(store, dup.id, company="Analytical Engines").nudges == ()
    assert operations.edit_contact(store, dup.id, emails=["ada@example.com", "dup@example.net"]).nudges == ()


def test_the_command_line_edit_warns_with_the_merge_command(store, cli):
    ada = operations.add_contact(store, name="Ada Lovelace", emails=["ada@example.com"])
    dup = operations.add_contact(store, name="Dup Ada", emails=["dup@example.org"])
    done = cli("contacts", "edit", str(dup.id), "--email", "dup@example.org", "--email", "Ada@Example.com")
    assert done.code == 0, done.err
    assert done.out.splitlines()[-3:] == [
        "E-mails now: dup@example.org, Ada@Example.com (was: dup@example.org).",
        "! " + SAID.format(id=ada.id),  # as Ada has it
        f"  same person? `netcompanion contacts merge {ada.id} {dup.id}`",
    ]
    grace = operations.add_contact(store, name="Grace Hopper").id
    as_json = cli("contacts", "edit", str(grace), "--email", "ada@example.com", "--json").json()
    assert [(n["rule"], n["level"], n["contact_id"]) for n in as_json["nudges"]] == [
        ("same-email", "warning", ada.id)
    ]
    assert as_json["emails"] == ["ada@example.com"]
    assert cli("contacts", "edit", str(grace), "--title", "Rear admiral", "--json").json()["nudges"] == []
