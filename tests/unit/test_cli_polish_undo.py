"""Undoing a file of messages says what it takes back: the messages, and the last touches they moved."""

from __future__ import annotations

from tests.conftest import FIXTURES


def _two_imports(cli) -> None:
    assert cli("import", "linkedin", str(FIXTURES / "linkedin_connections_2024.csv")).code == 0
    assert cli("import", "linkedin-messages", str(FIXTURES / "linkedin_messages.csv")).code == 0


def test_undoing_a_message_file_names_the_messages_it_removes(cli):
    _two_imports(cli)
    rehearsed = cli("import", "undo", "2", "--dry-run")
    assert rehearsed.code == 0, rehearsed.err
    assert rehearsed.out == (
        "Would undo import #2 (linkedin_messages.csv): it would remove the 13 messages it brought in and put "
        "back the last touch of 8 contacts.\n"
    )
    done = cli("import", "undo", "2")
    assert done.code == 0, done.err
    assert done.out == (
        "Undid import #2 (linkedin_messages.csv): removed the 13 messages it brought in and put back the "
        "last touch of 8 contacts.\n"
    )


def test_the_json_of_a_message_undo_counts_the_messages(cli):
    _two_imports(cli)
    undone = cli("import", "undo", "2", "--json").json()
    assert (undone["touches_removed"], undone["updated"], undone["removed"]) == (13, 8, 0)


def test_undoing_a_file_of_one_contact_says_one_contact(cli, tmp_path):
    one = tmp_path / "Connections.csv"
    lines = (FIXTURES / "linkedin_connections_2024.csv").read_text(encoding="utf-8").splitlines()
    one.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")  # the preamble, the header, Maren
    assert cli("import", "linkedin", str(one)).code == 0
    done = cli("import", "undo", "1")
    assert done.code == 0, done.err
    assert done.out == "Undid import #1 (Connections.csv): 1 contact removed, 0 contacts reverted, 0 kept because they changed since.\n"
