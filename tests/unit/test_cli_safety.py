"""The command line does not quietly act on the wrong thing: an empty database path, a contact
not in the trash, a desktop app with no display."""

from __future__ import annotations

import sys

import pytest


def test_an_empty_db_path_is_an_error_not_the_real_database(cli, tmp_path):
    for args, env, named in (
        (("--db", "", "today"), {}, "--db was given an empty path"),
        (("today",), {"NETCOMPANION_DB": ""}, "$NETCOMPANION_DB is set but empty"),
        (("--db=", "contacts", "add", "Dana Whitfield"), {}, "--db was given an empty path"),
    ):
        done = cli(*args, db=None, env=env)
        assert done.code == 2 and done.out == ""
        assert done.err.count("\n") == 1 and named in done.err
    assert not (tmp_path / "xdg").exists(), "the database in the data folder was opened"
    chosen = cli("--db", str(tmp_path / "given.sqlite3"), "contacts", "--json", db=None, env={"NETCOMPANION_DB": ""})
    assert chosen.code == 0 and chosen.json() == []  # --db names one: the empty variable is not used


def test_edit_says_that_emails_and_tags_replace_the_list_and_what_it_holds_now(cli):
    cid = cli("contacts", "add", "Dana Whitfield", "--email", "dana@contoso.com", "--email", "dana@home.net",
              "--tag", "cloud", "--json").json()["id"]  # fmt: skip
    helped = cli("contacts", "edit", "--help").out
    assert "replaces the list: give every address to keep" in " ".join(helped.split())
    assert "--email '' removes them all" in " ".join(helped.split())

    edited = cli("contacts", "edit", str(cid), "--email", "dana@fabrikam.com", "--tag", "cloud")
    assert edited.code == 0, edited.err
    assert "E-mails now: dana@fabrikam.com (was: dana@contoso.com, dana@home.net)." in edited.out.splitlines()
    assert "Tags unchanged: cloud." in edited.out.splitlines()
    cleared = cli("contacts", "edit", str(cid), "--tag", "")
    assert "Tags now: none (was: cloud)." in cleared.out.splitlines()
    assert "E-mails" not in cleared.out  # not given: not replaced, not talked about

    after = cli("contacts", "show", str(cid), "--json").json()  # the behaviour scripts rely on is kept
    assert (after["emails"], after["tags"]) == (["dana@fabrikam.com"], [])


NO_DISPLAY = {"DISPLAY": None, "WAYLAND_DISPLAY": None, "QT_QPA_PLATFORM": None}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X and Wayland are how Linux desktops show windows")
@pytest.mark.parametrize("args", [("gui",), (), ("gui", "--minimized")], ids=["gui", "bare", "minimized"])
def test_the_app_without_a_display_says_so_in_one_line_instead_of_aborting(cli, args):
    done = cli(*args, env=NO_DISPLAY)
    assert done.code == 1 and done.out == ""
    assert done.err == (
        "netcompanion: no display found (DISPLAY and WAYLAND_DISPLAY are unset): start the app from a desktop "
        "session, or use the command line — `netcompanion --help`.\n"
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X and Wayland are how Linux desktops show windows")
def test_a_chosen_qt_platform_still_starts_the_app_without_a_display(cli):
    done = cli("gui", "--quit-after", "0", env={**NO_DISPLAY, "QT_QPA_PLATFORM": "offscreen"})
    assert done.code == 0, done.err
