"""The command line does not quietly act on the wrong thing: an empty database path, a contact
not in the trash, a desktop app with no display."""

from __future__ import annotations


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
