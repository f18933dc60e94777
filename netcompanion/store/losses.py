"""What restoring a backup would lose: the damaged database compared with the backup, row by row.

Rows are matched by their id. One only in the damaged file was added after the backup, one only in
the backup was deleted since, and one in both that differs was changed; each is counted once, under
the change a user would name (a follow-up marked done, an introduction moved to another stage).
Columns the app keeps up to date by itself (search text, last-touch dates, cooldowns, "updated at")
are left out, so logging a touch counts as a touch logged, not also as a contact changed. Tables are
read past their indexes, which damage often hits; a table the damaged file cannot give back whole is
named instead of guessed at.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from pathlib import Path

from netcompanion.rules.common import say_count
from netcompanion.store.integrity import SQLITE_FAILURES, connect_existing

# Kept up to date by the app itself (from touches, for search, for imports): not changes a user made.
_BOOKKEEPING = frozenset({
    "search_text", "updated_at", "edited_fields", "name_key", "last_interaction_at", "last_conversation_at",
    "unanswered_attempts", "cooldown_until", "parked_on", "no_ask_until", "closed_at",
})  # fmt: skip

# Each table in the user's words, for "that part of the damaged file could not be read".
_WORDS = {
    "contacts": "contacts", "contact_emails": "e-mail addresses", "contact_phones": "phone numbers",
    "contact_tags": "tags", "interactions": "touches", "followups": "follow-ups", "campaigns": "campaigns",
    "campaign_members": "campaign members", "introductions": "introductions", "opportunities": "opportunities",
    "give_forward": "favours", "companies": "companies", "settings": "settings", "import_batches": "imports",
    "call_list_snoozes": "snoozes off the call list", "import_duplicates": "possible duplicates",
}  # fmt: skip

Say = Callable[[int, str, str, str], None]  # a count, the thing (one, several), what became of it

# A follow-up's new status, as the user did it.
_FOLLOWUP_NOW = {"done": "marked done", "dismissed": "dismissed", "snoozed": "snoozed", "open": "reopened"}


@dataclass(frozen=True)
class _Table:
    """One table on both sides, by key: the columns asked for by name, then a fingerprint of the rest."""

    named: tuple[str, ...]
    now: dict[Hashable, tuple]
    then: dict[Hashable, tuple]

    def value(self, row: tuple, column: str) -> object:
        return row[self.named.index(column)]

    def added(self) -> list[Hashable]:
        return [key for key in self.now if key not in self.then]

    def gone(self) -> list[Hashable]:
        return [key for key in self.then if key not in self.now]

    def changed(self) -> list[Hashable]:
        return [key for key, row in self.now.items() if key in self.then and self.then[key] != row]


class _Unreadable(Exception):
    """The damaged file has lost this table, or cannot read it to the end."""


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def _read(connection: sqlite3.Connection, table: str, key: tuple[str, ...], named: tuple[str, ...],
          rest: list[str]) -> dict[Hashable, tuple]:  # fmt: skip
    have = set(_columns(connection, table))
    if not have:
        return {}  # a backup from before the table existed
    chosen = [f'"{c}"' if c in have else "NULL" for c in (*key, *named)] + [f'"{c}"' for c in rest if c in have]
    rows: dict[Hashable, tuple] = {}
    size, width = len(key), len(key) + len(named)
    for row in connection.execute(f'SELECT {", ".join(chosen)} FROM "{table}" NOT INDEXED'):
        rows[row[0] if size == 1 else row[:size]] = (*row[size:width], hash(row[width:]))
    return rows


class _Comparison:
    """Reads the same table from the damaged file and the backup; remembers what could not be read."""

    def __init__(self, now: sqlite3.Connection, then: sqlite3.Connection) -> None:
        self.now, self.then = now, then
        self.unreadable: list[str] = []

    def table(self, name: str, named: tuple[str, ...] = (), key: tuple[str, ...] = ("id",)) -> _Table | None:
        try:
            mine = _columns(self.now, name)
            if not mine:
                raise _Unreadable(name)
            theirs = set(_columns(self.then, name))
            rest = [c for c in mine if c in theirs and c not in (*key, *named) and c not in _BOOKKEEPING]
            return _Table(named, _read(self.now, name, key, named, rest), _read(self.then, name, key, named, rest))
        except (*SQLITE_FAILURES, _Unreadable):
            self.unreadable.append(_WORDS[name])
            return None

    def groups(self, name: str, by: str, columns: tuple[str, ...]) -> _Table | None:
        """A table of details (a contact's e-mails, a campaign's members) as one set per owner."""
        try:
            if not _columns(self.now, name):
                raise _Unreadable(name)
            return _Table(columns, _grouped(self.now, name, by, columns), _grouped(self.then, name, by, columns))
        except (*SQLITE_FAILURES, _Unreadable):
            self.unreadable.append(_WORDS[name])
            return None


def _grouped(connection: sqlite3.Connection, table: str, by: str, columns: tuple[str, ...]) -> dict:
    if not _columns(connection, table):
        return {}
    owned: dict[Hashable, set[tuple]] = defaultdict(set)
    chosen = ", ".join(f'"{c}"' for c in (by, *columns))
    for row in connection.execute(f'SELECT {chosen} FROM "{table}" NOT INDEXED'):
        owned[row[0]].add(row[1:])
    return {owner: frozenset(items) for owner, items in owned.items()}


def would_lose(damaged: Path, backup: Path, since: dt.datetime) -> tuple[str, ...]:
    """What the damaged file holds that the backup does not, in plain words, each change once.
    `since`: when the backup was made, on the user's clock (as the offer says it)."""
    when = f"{since:%Y-%m-%d %H:%M}"
    if damaged.is_file() and damaged.stat().st_size == 0:
        return (f"whatever changed after {when}: the damaged file is empty, so nothing in it can be counted",)
    try:
        now = connect_existing(damaged, readonly=True)
    except SQLITE_FAILURES:
        return (f"whatever changed after {when}: the damaged file cannot be read",)
    try:
        then = connect_existing(backup, readonly=True)
        try:
            comparison = _Comparison(now, then)
            found = _tally(comparison)
        finally:
            then.close()
    except SQLITE_FAILURES:
        return (f"whatever changed after {when}: the backup cannot be read to compare",)
    finally:
        now.close()
    if comparison.unreadable:
        parts = comparison.unreadable
        named = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"
        found.append(f"whatever changed in {named} after {when}: that part of the damaged file could not be read")
    elif not found:
        found.append(f"no changes made after {when} were found")
    return tuple(found)


def _tally(compare: _Comparison) -> list[str]:
    """Table by table, in the order a user thinks of them: people, touches, follow-ups, pursuits."""
    said: list[str] = []

    def say(count: int, one: str, several: str, what: str) -> None:
        if count:
            said.append(f"{say_count(count, one, several)} {what}")

    contacts = compare.table("contacts", ("deleted_at", "stage", "cadence_days"))
    gone_people = set(contacts.gone()) if contacts else set()
    touches = compare.table("interactions", ("contact_id", "import_batch_id"))
    touched = {touches.value(touches.now[k], "contact_id") for k in touches.added()} if touches else set()
    if contacts:
        _say_contacts(compare, contacts, touched, say)
    if touches:
        added = touches.added()
        imported = sum(1 for k in added if touches.value(touches.now[k], "import_batch_id") is not None)
        say(len(added) - imported, "touch", "touches", "logged")
        say(imported, "touch", "touches", "imported")
        say(len(touches.changed()), "touch", "touches", "changed")
        taken = [k for k in touches.gone() if touches.value(touches.then[k], "contact_id") not in gone_people]
        say(len(taken), "touch", "touches", "taken back")
    snoozes = compare.table("call_list_snoozes", ("contact_id", "back_on"))
    # "Snooze a day" on Today also snoozes the follow-up the person is listed for, to the day they are
    # back: that follow-up's snooze is part of the person's, not a change of its own.
    with_person = {(snoozes.now[k][0], "snoozed", snoozes.now[k][1]) for k in snoozes.added()} if snoozes else set()
    followups = compare.table("followups", ("contact_id", "status", "snoozed_until"))
    if followups:
        say(len(followups.added()), "follow-up", "follow-ups", "added")
        changed = [k for k in followups.changed() if followups.now[k][:3] not in with_person]
        done = Counter(_followup_change(followups.now[k], followups.then[k]) for k in changed)
        for what in (*_FOLLOWUP_NOW.values(), "changed"):
            say(done[what], "follow-up", "follow-ups", what)
        gone = [k for k in followups.gone() if followups.value(followups.then[k], "contact_id") not in gone_people]
        say(len(gone), "follow-up", "follow-ups", "deleted")
    if snoozes:
        say(len(snoozes.added()), "contact", "contacts", "snoozed off a day's call list")
        taken = [k for k in snoozes.gone() if snoozes.then[k][0] not in gone_people]
        say(len(taken), "snooze off the call list", "snoozes off the call list", "taken back")
    _say_campaigns(compare, gone_people, said, say)
    for table, people, one, several in (
        ("introductions", ("introducer_id", "introduced_id"), "introduction", "introductions"),
        ("opportunities", (), "opportunity", "opportunities"),
    ):
        pursuits = compare.table(table, ("stage", *people))
        if pursuits:
            say(len(pursuits.added()), one, several, "added")
            moved = [k for k in pursuits.changed() if pursuits.now[k][0] != pursuits.then[k][0]]
            say(len(moved), one, several, "moved to another stage")
            say(len(pursuits.changed()) - len(moved), one, several, "changed")
            gone = [k for k in pursuits.gone() if not gone_people.intersection(pursuits.then[k][1:-1])]
            say(len(gone), one, several, "deleted")  # not those that went with a contact deleted for good
    favours = compare.table("give_forward")
    if favours:
        say(len(favours.added()), "favour", "favours", "added")
        say(len(favours.changed()), "favour", "favours", "changed")
        say(len(favours.gone()), "favour", "favours", "deleted")
    companies = compare.table("companies")  # added and removed with their contacts; changed on their own
    if companies:
        say(len(companies.changed()), "company", "companies", "changed")
    settings = compare.table("settings", key=("key",))
    if settings:
        say(len(settings.added()) + len(settings.changed()) + len(settings.gone()), "setting", "settings", "changed")
    imports = compare.table("import_batches", ("undone_at",))
    if imports:
        say(len(imports.added()), "file", "files", "imported")
        undone = [k for k in imports.changed() if imports.then[k][0] is None and imports.now[k][0] is not None]
        say(len(undone), "import", "imports", "undone")
    _say_duplicates(compare, say)
    return said


def _say_duplicates(compare: _Comparison, say: Say) -> None:
    """The possible duplicates imports left to decide, and those the user said are two people. Pairs
    gone since went with an import undone, a merge or a contact deleted: counted there."""
    pairs = compare.table("import_duplicates", ("contact_id", "other_id", "kept_apart_at"))
    if pairs is None:
        return

    def people(keys: list[Hashable]) -> set[frozenset]:  # each pair of people once, as the list shows them
        return {frozenset(pairs.now[k][:2]) for k in keys}

    added = pairs.added()
    apart = [k for k in pairs.changed() if pairs.then[k][2] is None and pairs.now[k][2] is not None]
    apart += [k for k in added if pairs.now[k][2] is not None]
    kept_apart = people([k for k, row in pairs.now.items() if row[2] is not None])  # never asked again
    to_decide = people([k for k in added if pairs.now[k][2] is None]) - kept_apart
    say(len(to_decide), "possible duplicate", "possible duplicates", "left to decide")
    say(len(people(apart)), "possible duplicate", "possible duplicates", "kept as two people")


def _say_contacts(compare: _Comparison, contacts: _Table, touched: set[Hashable], say: Say) -> None:
    """Each contact once: added, moved to the trash, deleted for good, or else changed (a stage or
    keep-in-touch change that came with a logged touch is part of that touch)."""
    details = [
        compare.groups("contact_emails", "contact_id", ("email", "label", "position")),
        compare.groups("contact_phones", "contact_id", ("phone", "label", "position")),
        compare.groups("contact_tags", "contact_id", ("tag_id",)),
    ]
    trashed = changed = 0
    for key, new in contacts.now.items():
        old = contacts.then.get(key)
        if old is None:
            continue
        if new[0] is not None and old[0] is None:
            trashed += 1
        elif (
            (new[0], new[-1]) != (old[0], old[-1])
            or (key not in touched and new[1:3] != old[1:3])
            or any(d is not None and d.now.get(key) != d.then.get(key) for d in details)
        ):
            changed += 1
    say(len(contacts.added()), "contact", "contacts", "added")
    say(changed, "contact", "contacts", "changed")
    say(trashed, "contact", "contacts", "moved to the trash")
    say(len(contacts.gone()), "contact", "contacts", "deleted for good (restoring brings them back)")


def _followup_change(new: tuple, old: tuple) -> str:
    if new[1] != old[1]:
        return _FOLLOWUP_NOW.get(str(new[1]), "changed")
    return "snoozed" if new[2] != old[2] else "changed"


def _say_campaigns(compare: _Comparison, gone_people: set[Hashable], said: list[str], say: Say) -> None:
    """Created (with how many contacts), ended, changed (their members too) or deleted."""
    campaigns = compare.table("campaigns", ("active",))
    if campaigns is None:
        return
    members = compare.groups("campaign_members", "campaign_id", ("contact_id",))
    added = campaigns.added()
    if added and members is not None:
        people = sum(len(members.now.get(k, ())) for k in added)
        it = "it" if len(added) == 1 else "them"
        said.append(f"{say_count(len(added), 'campaign', 'campaigns')} created "
                    f"({say_count(people, 'contact', 'contacts')} in {it})")  # fmt: skip
    else:
        say(len(added), "campaign", "campaigns", "created")
    ended = changed = 0
    for key, new in campaigns.now.items():
        old = campaigns.then.get(key)
        if old is None:
            continue
        if old[0] and not new[0]:
            ended += 1
        elif new != old or (
            members is not None
            and members.now.get(key, frozenset()) != {m for m in members.then.get(key, ()) if m[0] not in gone_people}
        ):
            changed += 1
    say(ended, "campaign", "campaigns", "ended")
    say(changed, "campaign", "campaigns", "changed")
    say(len(campaigns.gone()), "campaign", "campaigns", "deleted")
