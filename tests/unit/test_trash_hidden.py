"""Contacts in the trash are out of sight, and where they still matter the app says where they are:
campaign numbers, introductions, a LinkedIn profile taken."""

from __future__ import annotations

import pytest

from netcompanion import operations
from netcompanion.operations import ValidationError

PROFILE = "https://www.linkedin.com/in/freya-adeyemi"


def test_a_campaigns_numbers_add_up_with_members_in_the_trash(store):
    people = [operations.add_contact(store, name=f"Member {n}").id for n in range(1, 6)]
    operations.create_campaign(store, "Winter", contact_ids=people)
    operations.delete_contacts(store, people[:2])

    status = operations.campaign_status(store, "Winter")
    assert (status.members, status.reached, status.remaining, status.let_go) == (3, 0, 3, 0)  # not "2 let go"
    assert status.in_trash == 2
    (listed,) = operations.list_campaigns(store)
    assert (listed.members, listed.remaining) == (3, 3)  # MEMBERS and REMAINING in `campaign list` agree
    operations.restore_contacts(store, people[:2])
    status = operations.campaign_status(store, "Winter")
    assert (status.members, status.remaining, status.in_trash) == (5, 5, 0)


def test_campaign_status_says_how_many_members_are_in_the_trash(cli):
    ids = [str(cli("contacts", "add", name, "--json").json()["id"]) for name in ("Ann Ash", "Ben Birch", "Cy Cedar")]
    assert cli("campaign", "create", "Winter", "--contacts", *ids).code == 0
    assert cli("trash", "delete", ids[0]).code == 0
    status = cli("campaign", "status", "Winter")
    assert "  2 members: 0 reached, 0 attempted, 2 remaining (1 more in the trash, counted again if restored)\n" in (
        status.out
    )
    assert "let go" not in status.out


def test_an_introduction_with_someone_in_the_trash_is_out_of_the_lists_until_they_come_back(store):
    felix = operations.add_contact(store, name="Felix Lopez")
    amara = operations.add_contact(store, name="Amara Kowalski")
    other = operations.add_contact(store, name="Other Person")
    kept = operations.record_introduction(store, felix.id, other.id).record.id
    hidden = operations.record_introduction(store, felix.id, amara.id).record.id
    operations.delete_contact(store, amara.id)

    assert [i.id for i in operations.list_introductions(store)] == [kept]
    assert [i.id for i in operations.list_introductions(store, felix.id)] == [kept]
    operations.restore_contact(store, amara.id)
    assert [i.id for i in operations.list_introductions(store)] == [hidden, kept]


def test_introductions_says_how_many_are_left_out_for_someone_in_the_trash(cli):
    felix, amara, kenji = (str(cli("contacts", "add", name, "--json").json()["id"])
                           for name in ("Felix Lopez", "Amara Kowalski", "Kenji Tanaka"))  # fmt: skip
    cli("introductions", "add", felix, amara, "--company", "Contoso")
    cli("introductions", "add", felix, kenji, "--company", "Fabrikam")
    assert cli("trash", "delete", kenji).code == 0

    listed = cli("introductions")
    assert "Fabrikam" not in listed.out and "Contoso" in listed.out
    assert listed.out.endswith("(1 more with someone in the trash, listed again when restored: "
                               "`netcompanion trash` lists them)\n")  # fmt: skip
    assert [i["company"] for i in cli("introductions", "--json").json()] == ["Contoso"]
    assert cli("introductions", "--contact", amara).out.count("in the trash") == 0  # not theirs
    assert cli("trash", "delete", amara).code == 0
    assert cli("introductions", "--contact", felix).out == (
        f"No introductions made or received by #{felix} Felix Lopez to show: 2 introductions have someone in the "
        "trash, listed again when restored (`netcompanion trash` lists them).\n"
    )

    assert cli("trash", "restore", kenji).code == 0
    back = cli("introductions")
    assert "Fabrikam" in back.out and "Contoso" not in back.out and "(1 more with someone" in back.out


def test_a_linkedin_profile_of_someone_in_the_trash_says_they_are_there_and_how_to_restore_them(store):
    freya = operations.add_contact(store, name="Freya Adeyemi", linkedin_url=PROFILE)
    other = operations.add_contact(store, name="Another Freya")
    operations.delete_contact(store, freya.id)

    in_trash = rf"Contact #{freya.id} \(Freya Adeyemi\), in the trash, already has the LinkedIn profile .*" \
               rf"`netcompanion trash restore {freya.id}`"  # fmt: skip
    with pytest.raises(ValidationError, match=in_trash):
        operations.add_contact(store, name="Freya Adeyemi", linkedin_url=PROFILE)
    with pytest.raises(ValidationError, match=in_trash):
        operations.edit_contact(store, other.id, linkedin_url=PROFILE)


def test_an_opportunity_with_its_contact_or_hiring_manager_in_the_trash_is_off_the_board_until_restored(store):
    felix = operations.add_contact(store, name="Felix Lopez")
    hira = operations.add_contact(store, name="Hira Manager")
    through = operations.record_opportunity(store, "Contoso", "Data engineer", contact_id=felix.id).record.id
    managed = operations.record_opportunity(store, "Fabrikam", "Lead", hiring_manager_id=hira.id).record.id
    alone = operations.record_opportunity(store, "Northwind", "PM").record.id
    operations.delete_contacts(store, [felix.id, hira.id])

    assert [o.id for o in operations.list_opportunities(store)] == [alone]
    assert operations.count_opportunities_in_trash(store) == 2
    operations.restore_contact(store, hira.id)
    assert [o.id for o in operations.list_opportunities(store)] == [alone, managed]  # newest first
    assert operations.count_opportunities_in_trash(store) == 1
    operations.restore_contact(store, felix.id)
    assert {o.id for o in operations.list_opportunities(store)} == {through, managed, alone}


def test_opportunities_says_how_many_are_left_out_for_someone_in_the_trash(cli):
    felix = str(cli("contacts", "add", "Felix Lopez", "--json").json()["id"])
    hira = str(cli("contacts", "add", "Hira Manager", "--json").json()["id"])
    cli("opportunities", "add", "Contoso", "Data engineer", "--contact", felix)
    cli("opportunities", "add", "Fabrikam", "Lead", "--manager", hira)
    assert cli("trash", "delete", hira).code == 0

    listed = cli("opportunities")
    assert "Fabrikam" not in listed.out and "Contoso" in listed.out
    assert listed.out.endswith("(1 more with a contact or hiring manager in the trash, listed again when restored: "
                               "`netcompanion trash` lists them)\n")  # fmt: skip
    assert [o["company"] for o in cli("opportunities", "--json").json()] == ["Contoso"]
    assert cli("trash", "delete", felix).code == 0
    assert cli("opportunities").out == (
        "No opportunities to show: 2 opportunities have a contact or hiring manager in the trash, listed again "
        "when restored (`netcompanion trash` lists them).\n"
    )

    assert cli("trash", "restore", hira).code == 0
    back = cli("opportunities")
    assert "Fabrikam" in back.out and "Contoso" not in back.out and "(1 more with a contact" in back.out


def test_contact_names_names_nobody_in_the_trash(store):
    felix = operations.add_contact(store, name="Felix Lopez")
    hira = operations.add_contact(store, name="Hira Manager")
    operations.delete_contact(store, hira.id)
    assert operations.contact_names(store, [felix.id, hira.id]) == {felix.id: "Felix Lopez"}
