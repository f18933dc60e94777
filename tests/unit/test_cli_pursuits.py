"""Introductions, opportunities and favours from the command line, with the rules' nudges and
follow-ups as the app plans them."""

from __future__ import annotations


def _add(cli, name: str, *extra: str) -> int:
    return cli("contacts", "add", name, *extra, "--json").json()["id"]


def test_an_introduction_moves_through_its_stages_and_the_rules_follow(cli):
    coach = _add(cli, "Amara Mensah")
    target = _add(cli, "Kenji Tanaka", "--company", "Fabrikam")
    added = cli("introductions", "add", str(coach), str(target), "--stage", "made", "--json")
    assert added.code == 0, added.err
    intro = added.json()["record"]
    assert (intro["introducer_name"], intro["introduced_name"], intro["company"], intro["stage"]) == (
        "Amara Mensah", "Kenji Tanaka", "Fabrikam", "made")  # fmt: skip

    relayed = cli("introductions", "move", str(intro["id"]), "message-relayed")
    assert relayed.code == 0, relayed.err
    assert "Note a direct way to reach them" in relayed.out
    assert "update-introducer with Amara Mensah due" in relayed.out
    listed = cli("introductions", "--contact", str(target), "--json").json()
    assert [(i["id"], i["stage"]) for i in listed] == [(intro["id"], "message-relayed")]
    assert cli("introductions", "--contact", str(_add(cli, "Nobody Else")), "--json").json() == []

    closed = cli("introductions", "move", str(intro["id"]), "outcome", "--outcome", "no opening", "--json").json()
    assert closed["record"]["outcome"] == "no opening"
    assert {(f["contact_id"], f["kind"]) for f in closed["followups_created"]} == {
        (coach, "close-the-loop"), (target, "close-the-loop")}  # fmt: skip
    assert {(f["contact_id"], f["kind"]) for f in cli("followups", "--json").json()} >= {
        (coach, "close-the-loop"), (target, "close-the-loop")}  # fmt: skip


def test_a_turned_down_opportunity_plans_a_feedback_meeting_and_a_second_pursuit_warns(cli):
    manager = _add(cli, "Hira Manager", "--company", "Fabrikam")
    first = cli("opportunities", "add", "Fabrikam", "Staff Engineer", "--manager", str(manager), "--json").json()
    opp = first["record"]
    assert (opp["company"], opp["title"], opp["stage"], opp["hiring_manager_id"]) == (
        "Fabrikam", "Staff Engineer", "exploring", manager)  # fmt: skip
    again = cli("opportunities", "add", "Fabrikam", "Staff Engineer")
    assert again.code == 0 and again.out.startswith("Opportunity #") and "\n! " in again.out  # the warning
    turned = cli("opportunities", "move", str(opp["id"]), "turned-down", "--json").json()
    assert [f["kind"] for f in turned["followups_created"]] == ["feedback-meeting"]
    assert turned["followups_created"][0]["contact_id"] == manager
    header, *rows = cli("opportunities").out.splitlines()
    assert header.split() == ["ID", "STAGE", "COMPANY", "TITLE"]
    stages = {int(row.split()[0]): row.split()[1] for row in rows}
    assert stages == {opp["id"]: "turned-down", opp["id"] + 1: "exploring"}


def test_favours_are_noted_and_listed_for_the_person_helped(cli):
    friend = _add(cli, "Greta Grateful")
    other = _add(cli, "Ole Other")
    noted = cli("favours", "add", "advice", "--contact", str(friend), "--note", "CV review", "--date", "2026-11-02")
    assert noted.code == 0 and noted.out.startswith("Noted favour #")
    cli("favours", "add", "introduction", "--contact", str(friend), "--to", str(other))
    listed = cli("favours", "list", str(other), "--json").json()
    assert [(f["kind"], f["contact_id"], f["other_contact_id"]) for f in listed] == [("introduction", friend, other)]
    days = {f["kind"]: f["day"] for f in cli("favours", "list", str(friend), "--json").json()}
    assert days["advice"] == "2026-11-02" and set(days) == {"advice", "introduction"}


def test_bad_pursuit_commands_say_what_is_wrong_and_write_nothing(cli, db_path):
    someone = _add(cli, "Solo Person")
    for args, words in (
        (("introductions", "add", str(someone), str(someone)), "two different people"),
        (("introductions", "move", "99", "made"), "no introduction #99"),
        (("opportunities", "move", "7", "offer"), "no opportunity #7"),
        (("favours", "add", "advice", "--contact", "404"), "404"),
    ):
        result = cli(*args)
        assert result.code == 1 and words in result.err and len(result.err.strip().splitlines()) == 1, result.err
    refused = cli("introductions", "move", "1", "nowhere")
    assert refused.code == 2 and "invalid choice: 'nowhere'" in refused.err
    assert cli("introductions", "--json").json() == [] and cli("opportunities", "--json").json() == []
    assert cli("favours", "list", str(someone), "--json").json() == []


def test_moving_an_introduction_back_withdraws_its_reminder_and_says_so(cli):
    coach = _add(cli, "Amara Mensah")
    target = _add(cli, "Kenji Tanaka", "--company", "Fabrikam")
    intro = cli("introductions", "add", str(coach), str(target), "--stage", "connected", "--json").json()["record"]
    (update,) = cli("introductions", "move", str(intro["id"]), "message-relayed", "--json").json()["followups_created"]

    back = cli("introductions", "move", str(intro["id"]), "connected")
    assert back.code == 0, back.err
    assert "Taken off your follow-ups, now that your introduction to Kenji Tanaka is back at “connected”" in back.out
    assert f"- follow-up #{update['id']}: update-introducer with Amara Mensah withdrawn" in back.out
    assert cli("followups", "--json").json() == []

    again = cli("introductions", "move", str(intro["id"]), "message-relayed", "--json").json()
    assert again["followups_withdrawn"] == [] and len(again["followups_created"]) == 1
    same = cli("introductions", "move", str(intro["id"]), "message-relayed", "--json").json()
    assert (same["nudges"], same["followups_created"]) == ([], [])
    assert [f["kind"] for f in cli("followups", "--json").json()] == ["update-introducer"]
    said = cli("introductions", "move", str(intro["id"]), "message-relayed").out
    assert said == f"Introduction #{intro['id']} was at message-relayed already: nothing changed.\n"


def test_listing_for_a_contact_that_is_not_there_says_so_as_every_other_command_does(cli):
    shown = cli("contacts", "show", "999")
    assert (shown.code, shown.err) == (1, "netcompanion: error: There is no contact #999.\n")
    for args in (("favours", "list", "999"), ("introductions", "--contact", "999")):
        for extra in ((), ("--json",)):
            done = cli(*args, *extra)
            assert (done.code, done.out, done.err) == (1, "", shown.err), args + extra
    gone = _add(cli, "Gone Person")
    assert cli("trash", "delete", str(gone)).code == 0
    trashed = cli("favours", "list", str(gone))
    assert trashed.code == 1 and "is in the trash" in trashed.err


def test_moving_an_introduction_back_from_its_outcome_clears_what_came_of_it(cli):
    coach = _add(cli, "Amara Mensah")
    target = _add(cli, "Kenji Tanaka", "--company", "Fabrikam")
    intro = cli("introductions", "add", str(coach), str(target), "--stage", "connected", "--json").json()["record"]
    cli("introductions", "move", str(intro["id"]), "outcome", "--outcome", "offer at Fabrikam")
    assert "offer at Fabrikam" in cli("introductions").out

    back = cli("introductions", "move", str(intro["id"]), "connected")
    assert back.code == 0, back.err
    assert back.out.splitlines()[:2] == [
        f"Introduction #{intro['id']} is now at connected.",
        "· Your introduction to Kenji Tanaka is back at “connected”: the outcome “offer at Fabrikam” was cleared.",
    ]
    assert "offer at Fabrikam" not in cli("introductions").out
    assert [(i["stage"], i["outcome"]) for i in cli("introductions", "--json").json()] == [("connected", "")]


def test_closing_the_loop_marks_the_thanks_done_and_says_which(cli):
    coach = _add(cli, "Amara Mensah")
    target = _add(cli, "Kenji Tanaka", "--company", "Fabrikam")
    intro = cli("introductions", "add", str(coach), str(target), "--stage", "connected", "--json").json()["record"]
    moved = cli("introductions", "move", str(intro["id"]), "outcome", "--outcome", "no opening", "--json").json()
    thanks = {f["contact_name"]: f["id"] for f in moved["followups_created"]}

    closed = cli("introductions", "move", str(intro["id"]), "loop-closed")
    assert closed.code == 0, closed.err
    assert f"✓ follow-up #{thanks['Amara Mensah']}: close-the-loop with Amara Mensah done" in closed.out
    assert f"✓ follow-up #{thanks['Kenji Tanaka']}: close-the-loop with Kenji Tanaka done" in closed.out
    assert "Marked done, now that your introduction to Kenji Tanaka is at “loop closed”" in closed.out
    assert cli("followups", "--json").json() == []
