"""The command line used while the app is writing: it waits its turn, or says clearly that it gave up."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from netcompanion import operations
from netcompanion.store import open_store
from netcompanion.store.integrity import run_check

HOLDER = textwrap.dedent(
    """
    import sys, time
    from netcompanion import operations
    from netcompanion.store import open_store
    from netcompanion.operations.contacts import Contact, _apply

    store = open_store(sys.argv[1])
    with store.write() as session:  # one long write transaction, as a slow import would hold
        contact = Contact(full_name="", source="manual")
        _apply(session, contact, {"first_name": "Held", "last_name": "By The App"})
        session.add(contact)
        session.flush()
        print("holding", flush=True)
        time.sleep(float(sys.argv[2]))
    store.dispose()
    print("committed", flush=True)
    """
)


def _hold_write_lock(db_path, seconds: float) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "holding"
    return holder


def _names(db_path) -> set[str]:
    store = open_store(db_path)
    try:
        return {c.name for c in operations.find_contacts(store)}
    finally:
        store.dispose()


def test_the_command_line_waits_for_the_apps_write_and_then_succeeds(db_path, cli):
    open_store(db_path).dispose()
    holder = _hold_write_lock(db_path, 1.5)
    added = cli("contacts", "add", "Waits Patiently", "--json")
    assert holder.wait(timeout=30) == 0
    assert added.code == 0, added.err
    assert _names(db_path) == {"Held By The App", "Waits Patiently"}
    assert run_check(db_path, full=True) == ()


def test_when_the_lock_is_held_too_long_the_command_line_fails_clearly_and_writes_nothing(db_path, cli):
    open_store(db_path).dispose()
    holder = _hold_write_lock(db_path, 3.0)
    refused = cli("contacts", "add", "Gives Up", env={"NETCOMPANION_BUSY_TIMEOUT_MS": "300"})
    assert holder.wait(timeout=30) == 0
    assert refused.code == 1
    assert len(refused.err.strip().splitlines()) == 1
    assert "busy" in refused.err and "nothing was changed" in refused.err
    assert "Traceback" not in refused.err
    # The app's write is intact; the refused one left no trace; the file is healthy.
    assert _names(db_path) == {"Held By The App"}
    assert run_check(db_path, full=True) == ()
    # And trying again once the app is done works.
    assert cli("contacts", "add", "Gives Up").code == 0
    assert _names(db_path) == {"Held By The App", "Gives Up"}
