"""Plain-text tables line up as a terminal draws them: a Korean letter or an emoji takes two
columns, an accent written as a separate mark none."""

from __future__ import annotations

import pytest

LONG_COMPANY = "가" * 25  # 50 columns: cut to fit 40


def test_contacts_line_up_with_wide_letters_emoji_and_combining_marks(cli):
    for name, company, title in (
        ("김민준", "삼성전자", "엔지니어"),
        ("Ana Lima 🎉", "Café 👩\u200d💻 Lab", "CTO"),
        ("Bob Stone", LONG_COMPANY, "Head of ❤\ufe0f Sales"),
        ("Zoe\u0301 Lind", "Fabrikam 👍🏽", "CFO"),
    ):
        assert cli("contacts", "add", name, "--company", company, "--title", title).code == 0
    done = cli("contacts")
    assert done.code == 0, done.err
    assert done.out.splitlines() == [
        "ID  NAME         COMPANY                                   TITLE             STAGE  LAST TOUCH",
        "2   Ana Lima 🎉  Café 👩\u200d💻 Lab                               CTO               cold",
        "3   Bob Stone    " + "가" * 19 + "…   Head of ❤\ufe0f Sales  cold",
        "4   Zo\u00e9 Lind     Fabrikam 👍🏽                               CFO               cold",  # stored composed
        "1   김민준       삼성전자                                  엔지니어          cold",
    ]


@pytest.mark.parametrize(
    ("text", "columns"),
    [
        ("Dana", 4),
        ("김민준", 6),
        ("🎉", 2),
        ("❤\ufe0f", 2),  # a text-style heart asked to be drawn as an emoji
        ("👩\u200d💻", 2),  # one emoji made of two, joined
        ("👍🏽", 2),  # with a skin tone
        ("🇩🇪", 2),  # a flag: two regional letters
        ("Zoe\u0301", 3),  # the accent is a mark of its own
        ("\u1112\u1161\u11ab", 2),  # 한 spelled out in its parts (NFD)
        ("ｆｕｌｌ", 8),  # full-width Latin
    ],
)
def test_display_width(text, columns):
    from netcompanion.cli.common import display_width

    assert display_width(text) == columns


def test_a_note_of_several_lines_stays_on_its_row_in_followups_today_and_show(cli):
    import datetime as dt

    cid = str(cli("contacts", "add", "Dana Whitfield", "--json").json()["id"])
    today = dt.date.today().isoformat()
    assert cli("followups", "add", cid, "--due", today, "--note", "Send the deck\nand the\r\n\n\tpricing").code == 0
    assert cli("followups", "add", cid, "--due", "2199-01-01", "--note", "word " * 60).code == 0

    listed = cli("followups").out.splitlines()
    assert len(listed) == 3, listed  # the header and one line per follow-up
    assert listed[1].endswith("Dana Whitfield  Send the deck ⏎ and the ⏎ pricing")
    assert listed[2].endswith("word…") and "  word word" in listed[2]
    assert len(listed[2].split("  Dana Whitfield  ")[1]) == 100  # the last column: cut at 100

    called = cli("today").out.splitlines()
    assert "      · follow-up due today: Send the deck ⏎ and the ⏎ pricing" in called
    assert all(line.startswith(" ") or line[:1].isdigit() or not line for line in called[1:])
    shown = cli("contacts", "show", cid).out
    assert "follow-up — Send the deck ⏎ and the ⏎ pricing" in shown and "\npricing" not in shown
    assert cli("followups", "--json").json()[0]["note"] == "Send the deck\nand the\r\n\n\tpricing"  # whole in JSON


def test_one_line():
    from netcompanion.cli.common import one_line

    assert one_line("Dana 🎉 Zoe\u0301") == "Dana 🎉 Zoe\u0301"
    assert one_line("a\nb") == "a ⏎ b"
    assert one_line("a\u2028b\r\n\n c \n") == "a ⏎ b ⏎ c"
    assert one_line("a\tb\n") == "a b"
    assert one_line("\n") == ""


def test_a_snoozed_follow_ups_day_is_never_cut_the_note_gives_way(cli):
    import datetime as dt

    cid = str(cli("contacts", "add", "Sam Okafor", "--json").json()["id"])
    due, until = dt.date.today() + dt.timedelta(days=1), dt.date.today() + dt.timedelta(days=8)
    added = cli("followups", "add", cid, "--due", due.isoformat(), "--at", "14:30", "--note", "deck " * 40, "--json")
    assert cli("followups", "snooze", str(added.json()["id"]), "--until", until.isoformat()).code == 0

    for columns in ("80", "250"):
        header, row = cli("followups", env={"COLUMNS": columns}).out.splitlines()
        shown = f"{until} 14:30 (snoozed from {due})"
        assert f"  {shown}  follow-up  Sam Okafor  deck deck" in row
        assert header.index("KIND") == row.index("follow-up")  # the column is as wide as the day it shows
        assert row.endswith("deck…")  # the note is what is cut
