"""Small tools for the safety tests: content fingerprints, a demo database, damage on purpose."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from netcompanion.demo import generate_demo
from netcompanion.store import open_store


def content(path: Path) -> list[str]:
    """The schema and every table's rows as SQL text, sorted: equal lists mean equal content.

    Sorted, because a copy may create the same indexes in another order (SQLCipher's export
    builds unique indexes after the others).
    """
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.text_factory = lambda raw: raw.decode("utf-8", errors="surrogateescape")
    try:
        return sorted(connection.iterdump())
    finally:
        connection.close()


def demo_database(db_path: Path, contacts: int = 300) -> Path:
    store = open_store(db_path)
    try:
        generate_demo(store, contacts)
    finally:
        store.dispose()
    return db_path


def damage(path: Path) -> None:
    """Scribble over table pages, as a failing disk or a bad sync would.

    The contacts table's root page is hit on purpose, from the list of its cells on (just after an
    interior page's header): scribbles that land only on index pages, or only on the free middle of
    a page, pass SQLite's quick check, and where they land depends on the schema's page layout.
    """
    page, roots = 4096, []
    connection = sqlite3.connect(path)
    try:
        page = connection.execute("PRAGMA page_size").fetchone()[0]
        roots = [
            r - 1 for (r,) in connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contacts'")
        ]
    except sqlite3.DatabaseError:
        pass  # encrypted: every page carries a checksum, so any scribble is found
    finally:
        connection.close()
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        for n in (*roots, *range(size // page // 3, size // page // 3 + 4)):
            handle.seek(n * page + (12 if n in roots else 100))
            handle.write(b"\xde\xad\xbe\xef" * 500)
