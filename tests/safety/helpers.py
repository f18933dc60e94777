"""Small tools for the safety tests: content fingerprints, a demo database, damage on purpose."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from netcompanion.demo import generate_demo
from netcompanion.store import open_store


def content(path: Path) -> list[str]:
    """Every table's rows as SQL text: equal lists mean equal content."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    connection.text_factory = lambda raw: raw.decode("utf-8", errors="surrogateescape")
    try:
        return list(connection.iterdump())
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
    """Scribble over pages in the middle of the file, as a failing disk or a bad sync would."""
    size = path.stat().st_size
    page = 4096
    with open(path, "r+b") as handle:
        for n in range(size // page // 3, size // page // 3 + 4):
            handle.seek(n * page + 100)
            handle.write(b"\xde\xad\xbe\xef" * 500)
