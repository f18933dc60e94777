"""`netcompanion encrypt [--remember]` and `netcompanion decrypt`: optional encryption at rest.

The key is typed at a prompt (twice when encrypting), or taken from $NETCOMPANION_DB_KEY
for scripts. `--remember` keeps it in the system keyring so the app can open the file
without asking.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from netcompanion.paths import resolve_db_path
from netcompanion.rules.common import say_count
from netcompanion.store import encryption
from netcompanion.store.backup import list_backups


def register(commands: argparse._SubParsersAction) -> None:
    encrypt = commands.add_parser("encrypt", help="encrypt the database with a key (SQLCipher)")
    encrypt.add_argument("--remember", action="store_true", help="keep the key in the system keyring")
    encrypt.set_defaults(handler=run_encrypt)
    decrypt = commands.add_parser("decrypt", help="turn an encrypted database back into a plain one")
    decrypt.set_defaults(handler=run_decrypt)


def ask_key(prompt: str = "Key: ", *, confirm: bool = False) -> str:
    """The key from $NETCOMPANION_DB_KEY, else typed at the terminal (never echoed)."""
    given = os.environ.get(encryption.KEY_ENV)
    if given:
        return given
    if not sys.stdin.isatty():
        raise encryption.EncryptionError(f"no key: type it at a terminal or set ${encryption.KEY_ENV}")
    key = getpass.getpass(prompt)
    if confirm and getpass.getpass("Same key again: ") != key:
        raise encryption.EncryptionError("the two keys differ; nothing was changed")
    return key


def run_encrypt(args: argparse.Namespace) -> int:
    encryption.require_sqlcipher()
    db = resolve_db_path(args.db)
    if not db.exists():
        raise encryption.EncryptionError(f"there is no database at {db}")
    key = ask_key("New key: ", confirm=True)
    saved = encryption.encrypt_database(db, key)
    if args.remember:
        encryption.store_key_in_keyring(db, key)
    plain = [b for b in list_backups(db) if not encryption.is_encrypted(b.path)]
    print(f"Encrypted {db}. Backups made from now on are encrypted too.")
    print(f"Not encrypted: {say_count(len(plain), 'backup')} from before in {saved.parent} (the newest, from just "
          f"before, is {saved.name}): anyone who can read them reads your network. Once you have opened the "
          "database with the key, delete them; until then they are the way back if the key is lost.")
    if not args.remember:
        print("Keep the key safe: without it the database cannot be opened.")
    return 0


def run_decrypt(args: argparse.Namespace) -> int:
    encryption.require_sqlcipher()
    db = resolve_db_path(args.db)
    if not encryption.is_encrypted(db):
        raise encryption.EncryptionError(f"{db} is not encrypted")
    encryption.decrypt_database(db, encryption.key_for(db) or ask_key())
    print(f"Decrypted {db}.")
    return 0
