"""Owner-only files, and logs that never hold a name, an e-mail, a phone number or a note."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from netcompanion import operations
from netcompanion.fileio import atomic_write
from netcompanion.store import backup as backups
from netcompanion.store import open_store
from tests.conftest import daytime_for_reminders


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_wal_shm_and_backups_are_owner_only_even_with_a_permissive_umask(tmp_path):
    old = os.umask(0o022)
    try:
        db_path = tmp_path / "fresh" / "netcompanion.sqlite3"
        store = open_store(db_path)
        operations.add_contact(store, name="Private Person")
        with store.read() as session:  # keep a connection open so the WAL and SHM exist
            session.connection()
            wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
            assert wal.exists() and shm.exists()
            assert {_mode(p) for p in (db_path, wal, shm)} == {0o600}
        assert _mode(db_path.parent) == 0o700
        made = backups.backup_now(store)
        assert _mode(made) == 0o600 and _mode(made.parent) == 0o700
        store.dispose()
    finally:
        os.umask(old)


def test_a_database_left_readable_by_an_older_version_is_tightened_when_opened(db_path):
    open_store(db_path).dispose()
    db_path.chmod(0o644)
    open_store(db_path).dispose()
    assert _mode(db_path) == 0o600


def test_atomic_write_replaces_whole_and_private(tmp_path):
    target = tmp_path / "export.csv"
    target.write_text("old export")
    target.chmod(0o644)
    atomic_write(target, "new export")
    assert target.read_text() == "new export"
    assert _mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]


def test_a_failed_atomic_write_leaves_the_old_file_and_no_debris(tmp_path, monkeypatch):
    target = tmp_path / "settings.json"
    target.write_text('{"old": true}')

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OSError):
        atomic_write(target, '{"new": true}')
    assert target.read_text() == '{"old": true}'
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


MARKERS = {
    "name": "Quillonbrae",
    "email": "zebulon.marker@example.net",
    "phone": "+44 20 7946 0958",
    "note": "MARKERNOTE-secret-divorce",
    "company": "Vexhollow Marker Ltd",
}


@pytest.mark.slow
def test_planted_names_emails_phones_and_notes_never_reach_the_logs(cli, tmp_path, db_path):
    log_dir = tmp_path / "logs"
    env = {"NETCOMPANION_LOG_DIR": str(log_dir)}

    def run(*args: str, ok: bool = True, more_env: dict[str, str] | None = None):
        result = cli(*args, env={**env, **(more_env or {})})
        assert (result.code == 0) == ok, (args, result.err)
        return result

    added = run("contacts", "add", f"Ysolde {MARKERS['name']}", "--email", MARKERS["email"], "--phone",
                MARKERS["phone"], "--notes", MARKERS["note"], "--company", MARKERS["company"],
                "--linkedin", "https://www.linkedin.com/in/quillonbrae-marker", "--json").json()  # fmt: skip
    cid = str(added["id"])
    store = open_store(db_path)
    today = daytime_for_reminders(store)  # the follow-up below is due now, not held by quiet hours
    store.dispose()
    run("contacts", "--search", MARKERS["name"])
    run("contacts", "show", cid)
    run("contacts", "edit", cid, "--notes", MARKERS["note"] + " again", "--title", "Head of Markers")
    run(
        "log",
        cid,
        "--channel",
        "call",
        "--outcome",
        "reached",
        "--mood",
        "thrilled",
        "--note",
        MARKERS["note"],
    )
    run("followups")
    # Errors whose messages name the contact (a LinkedIn profile already taken) must not be logged.
    run(
        "contacts",
        "add",
        "Other Person",
        "--linkedin",
        "https://www.linkedin.com/in/quillonbrae-marker",
        ok=False,
    )
    run("contacts", "add", "Bad Mail", "--email", f"not-an-address-{MARKERS['name']}", ok=False)
    run("backup")
    run("backup", "list")
    run("check")
    run("trash", "delete", cid)
    run("trash")
    run("trash", "restore", cid)
    vcard = tmp_path / "marker.vcf"  # an import that carries the markers too
    vcard.write_text(
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Imported {MARKERS['name']}\r\nN:{MARKERS['name']};Imported;;;\r\n"
        f"EMAIL:{MARKERS['email']}\r\nTEL:{MARKERS['phone']}\r\nNOTE:{MARKERS['note']}\r\nEND:VCARD\r\n"
    )
    run("import", "vcard", str(vcard))
    run("followups", "add", cid, "--due", today.isoformat(), "--note", MARKERS["note"])
    # A reminder round (the engine's own log lines are checked in test_reminders), here with no
    # notification server: it fails and says so, and that is logged without names too.
    run("reminders", "run", ok=False, more_env={"DBUS_SESSION_BUS_ADDRESS": "unix:path=/nonexistent/bus"})
    gui = cli("gui", "--quit-after", "3", env={**env, "QT_QPA_PLATFORM": "offscreen"})
    assert gui.code == 0, gui.err
    run("trash", "delete", cid)  # only a contact in the trash can be forgotten
    run("trash", "forget", cid)

    logs = list(log_dir.rglob("*"))
    text = "".join(p.read_text(errors="replace") for p in logs if p.is_file())
    assert "command contacts" in text and "command gui" in text  # the log is really written
    for kind, marker in MARKERS.items():
        assert text.count(marker) == 0, f"the {kind} reached the log"
    assert text.count("quillonbrae") == 0
    assert _mode(log_dir) == 0o700
    assert {_mode(p) for p in logs if p.is_file()} == {0o600}
