"""The app asks again for the key of an encrypted database after a typo, instead of quitting."""

from __future__ import annotations

import pytest

from netcompanion import operations
from netcompanion.store import encryption, open_store

pytest.importorskip("PySide6")
pytestmark = pytest.mark.skipif(not encryption.available(), reason="SQLCipher (sqlcipher3) is not installed")

KEY = "correct horse battery staple"


@pytest.fixture
def encrypted(db_path, monkeypatch):
    monkeypatch.delenv(encryption.KEY_ENV, raising=False)
    monkeypatch.setattr(encryption, "_keyring_key", lambda _path: None)  # none kept on this desktop
    store = open_store(db_path)
    operations.add_contact(store, name="Kept Secret")
    store.dispose()
    encryption.encrypt_database(db_path, KEY)
    encryption._keys.clear()  # a fresh start knows no key
    return db_path


def _user_types(monkeypatch, answers):
    """The key box answers these, in turn ((text, ok) each); returns the prompts it was shown."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    prompts: list[str] = []
    errors: list[str] = []

    def get_text(_parent, _title, label, *_args, **_kwargs):
        prompts.append(label)
        return answers.pop(0)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *_a: errors.append(text))
    return prompts, errors


def test_a_mistyped_key_is_asked_again_and_the_right_one_opens_the_database(qapp, monkeypatch, encrypted):
    from netcompanion.gui import app

    prompts, errors = _user_types(monkeypatch, [("corect horse", True), (KEY, True)])
    store = app._open_or_offer_restore(str(encrypted))
    try:
        assert store is not None and errors == []
        assert [c.name for c in operations.find_contacts(store)] == ["Kept Secret"]
        assert prompts[0] == "Your database is encrypted. Key:"
        assert "That key does not open your database" in prompts[1]
    finally:
        if store is not None:
            store.dispose()


def test_cancel_after_a_typo_closes_quietly_and_five_typos_say_why(qapp, monkeypatch, encrypted):
    from netcompanion.gui import app

    prompts, errors = _user_types(monkeypatch, [("typo", True), ("", False)])
    assert app._open_or_offer_restore(str(encrypted)) is None
    assert len(prompts) == 2 and errors == []

    prompts, errors = _user_types(monkeypatch, [("typo", True)] * app.KEY_TRIES)
    assert app._open_or_offer_restore(str(encrypted)) is None
    assert len(prompts) == app.KEY_TRIES and len(errors) == 1 and "key does not open" in errors[0]


def test_ok_on_an_empty_key_box_asks_again(qapp, monkeypatch, encrypted):
    from netcompanion.gui import app

    prompts, errors = _user_types(monkeypatch, [("", True), (KEY, True)])
    store = app._open_or_offer_restore(str(encrypted))
    try:
        assert store is not None and errors == [] and len(prompts) == 2
    finally:
        if store is not None:
            store.dispose()
