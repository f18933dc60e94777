"""LinkedIn `messages.csv` (9 columns until 2023, 12 since): each message becomes a touch.

Columns are read by name. The user is the person who appears in the most messages; every
other participant is matched to a contact by profile URL only (two people can share a
name). Drafts, sponsored messages and spam are skipped.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from netcompanion.identity import normalize_linkedin_url
from netcompanion.importers.base import IncomingTouch, ParsedFile
from netcompanion.importers.dates import column_order, moment_in_column
from netcompanion.importers.sniff import Table

KIND = "linkedin-messages"
REQUIRED = ("conversation id", "from", "date", "content")


def matches(columns: set[str]) -> bool:
    return all(c in columns for c in REQUIRED)


def touch_key(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()


def _urls(text: str) -> list[str]:
    found = []
    for part in text.replace(";", ",").split(","):
        url = normalize_linkedin_url(part)
        if url:
            found.append(url)
    return found


def parse(table: Table) -> ParsedFile:
    parsed = ParsedFile(KIND)
    col = {name: table.index(name) for name in (
        "conversation id", "from", "sender profile url", "to", "recipient profile urls", "date", "content",
        "folder", "is message draft", "is conversation draft")}  # fmt: skip

    def cell(cells: list[str], name: str) -> str:
        index = col[name]
        return cells[index].strip() if index is not None else ""

    kept = []
    rows = list(table.rows())  # twice: first how the date column writes its dates, then the rows
    order = column_order(cell(cells, "date") for _, cells in rows)
    for line, cells in rows:
        parsed.total_rows += 1
        conversation = cell(cells, "conversation id")
        folder = cell(cells, "folder").upper()
        content = cell(cells, "content")
        if (
            cell(cells, "is message draft").lower() == "yes"
            or cell(cells, "is conversation draft").lower() == "yes"
        ):
            parsed.skipped.append((line, "draft"))
            continue
        if not conversation:
            parsed.skipped.append((line, "draft (no conversation)"))
            continue
        if folder == "SPAM":
            parsed.skipped.append((line, "spam"))
            continue
        sender = normalize_linkedin_url(cell(cells, "sender profile url"))
        if sender is None or "spinmail" in content[:200]:
            parsed.skipped.append((line, "sponsored or from a hidden member (no profile URL)"))
            continue
        moment, problem = moment_in_column(cell(cells, "date"), "DATE", "2024-11-21 17:30:12 UTC", order)
        if moment is None:
            parsed.errors.append((line, problem))
            continue
        kept.append((line, conversation, cell(cells, "from"), sender, cell(cells, "to"),
                     _urls(cell(cells, "recipient profile urls")), moment, content))  # fmt: skip

    me = _me(kept)
    # Old exports have no recipient URLs: learn them from the conversation's own senders.
    url_by_name: dict[str, dict[str, str]] = {}  # conversation -> sender name -> profile URL
    senders_in: dict[str, set[str]] = {}
    for _, conversation, name, sender, _, _, _, _ in kept:
        url_by_name.setdefault(conversation, {})[name] = sender
        senders_in.setdefault(conversation, set()).add(sender)

    for line, conversation, _, sender, to_text, recipients, moment, content in kept:
        if sender != me:
            parsed.touches.append(IncomingTouch(
                line, touch_key("msg", conversation, moment.isoformat(), sender), sender, moment,
                "inbound", "replied", content[:500]))  # fmt: skip
            continue
        others = recipients or _names_to_urls(to_text, url_by_name.get(conversation, {}))
        others = [url for url in others if url != me]
        if not others:
            parsed.skipped.append((line, "no recipient profile URL"))
            continue
        for other in others:
            replied = other in senders_in.get(conversation, set())
            parsed.touches.append(IncomingTouch(
                line, touch_key("msg", conversation, moment.isoformat(), sender, other), other, moment,
                "outbound", "reached" if replied else "no-reply", content[:500]))  # fmt: skip
    return parsed


def _me(kept: list) -> str | None:
    """The user's own profile: the one taking part in the most messages (as sender or recipient).

    Old exports have no recipient URLs, so there the names in FROM and TO are counted instead.
    """
    seen: Counter[str] = Counter()
    for _, _, _, sender, _, recipients, _, _ in kept:
        seen.update({sender, *recipients})
    if any(recipients for *_, recipients, _, _ in kept):
        return seen.most_common(1)[0][0] if seen else None
    url_of = {name: sender for _, _, name, sender, *_ in kept if name}
    # The user writes in most conversations, so they are among the busiest senders: only those are
    # counted in the TO texts (a name may hold ", ", so TO cannot simply be split).
    busiest = [name for name, _ in Counter(name for _, _, name, *_ in kept if name).most_common(5)]
    by_name: Counter[str] = Counter()
    for _, _, name, _, to_text, _, _, _ in kept:
        by_name.update(n for n in busiest if n == name or n in to_text)
    return url_of[by_name.most_common(1)[0][0]] if by_name else None


def _names_to_urls(to_text: str, senders: dict[str, str]) -> list[str]:
    """Recipients of an old-format message: names joined with ", " (a name may itself hold ", ")."""
    return [url for name, url in senders.items() if name and name in to_text]
