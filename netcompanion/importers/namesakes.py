"""Finding people with a similar name among thousands, for the "possible duplicates" an import
offers: fuzzy matching is only ever a suggestion, never a merge."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import partial

from rapidfuzz import fuzz, process, utils

from netcompanion.identity import nfc
from netcompanion.importers.base import IncomingContact
from netcompanion.importers.existing import DELETED, FIRST, FULL, LAST, URL

NAME_SCORE = 90  # token-sort similarity of two full names (0-100) that is worth a look


def name_block(first: str, last: str) -> str:
    """Where to look for similar names: the last name without accents or punctuation."""
    basis = last or first
    if basis.isascii():
        return "".join(filter(str.isalnum, basis.lower()))[:12]
    folded = unicodedata.normalize("NFKD", basis.casefold())
    return "".join(ch for ch in folded if ch.isalnum())[:12]


class NameBlocks:
    """Names bucketed by last name, so fuzzy matching compares hundreds of names, not 30,000.

    Two people with different profile URLs are two people however alike their names, so a
    person with a URL is only compared with people without one. The buckets of everyone are
    built only once someone without a URL asks (a LinkedIn export never does), from `everyone`:
    until then, meeting a person with a URL files nothing (filing each of them one by one
    was a fifth of the time spent planning a 30,000-row LinkedIn import).
    """

    def __init__(self, everyone: Callable[[], Iterable[tuple[str, str, str, int]]]) -> None:
        self.everyone = everyone  # (first, last, full name, id) of each person met so far, read once
        self.all: dict[str, tuple[list[str], list[int]]] | None = None
        self.no_url: dict[str, tuple[list[str], list[int]]] = {}

    @staticmethod
    def _put(target: dict, block: str, name: str, contact_id: int) -> None:
        names, ids = target.setdefault(block, ([], []))
        # Compared in composed form: a name stored decomposed (by an import before names were
        # composed) is the same name, though rapidfuzz would see its accents as characters apart.
        names.append(nfc(name))
        ids.append(contact_id)

    def add(self, first: str, last: str, name: str, contact_id: int, has_url: bool) -> None:
        """File one of `everyone` (all of them are filed when someone without a URL first asks)."""
        if self.all is not None:
            self._put(self.all, name_block(first, last), name, contact_id)
        if not has_url:
            self._put(self.no_url, name_block(first, last), name, contact_id)

    def meet(self, first: str, last: str, name: str, contact_id: int, has_url: bool) -> list[tuple[int, int]]:
        """The people met so far whose name is like this one's, (id, score) best first; this one
        is then among those met."""
        if has_url and self.all is None:  # a LinkedIn row: `everyone` will name them, nothing to file
            return self.similar(first, last, name, has_url) if self.no_url else []
        found = self.similar(first, last, name, has_url)
        self.add(first, last, name, contact_id, has_url)
        return found

    def similar(self, first: str, last: str, name: str, has_url: bool) -> list[tuple[int, int]]:
        if has_url:
            if not self.no_url:
                return []
            target = self.no_url
        else:
            if self.all is None:
                self.all = {}
                for p_first, p_last, p_name, p_id in self.everyone():
                    self._put(self.all, name_block(p_first, p_last), p_name, p_id)
            target = self.all
        names, ids = target.get(name_block(first, last), ((), ()))
        if not names:
            return []
        name = nfc(name)
        found = process.extract(name, names, scorer=fuzz.token_sort_ratio, processor=utils.default_process,
                                score_cutoff=NAME_SCORE, limit=3)  # fmt: skip
        return [(ids[index], int(score)) for _, score, index in found]


def name_blocks(rows: dict[int, tuple], new_by_id: dict[int, IncomingContact]) -> NameBlocks:
    """The blocks an import's new contacts are compared in: the contacts here (`rows`, as
    existing.load_existing reads them; not those in the trash), then those the file adds."""
    # A function of the two dicts, not a method of the planner: the blocks would hold the planner and
    # it them, and the whole plan would then live on until the collector came (operations.imports).
    blocks = NameBlocks(partial(_everyone, rows, new_by_id))
    for known_id, r in rows.items():
        if not r[DELETED] and not r[URL]:
            blocks.add(r[FIRST], r[LAST], r[FULL], known_id, False)
    return blocks


def _everyone(rows: dict[int, tuple], new_by_id: dict[int, IncomingContact]) -> Iterator[tuple[str, str, str, int]]:
    for known_id, r in rows.items():
        if not r[DELETED]:
            yield r[FIRST], r[LAST], r[FULL], known_id
    for new_id, incoming in new_by_id.items():
        yield incoming.first_name, incoming.last_name, incoming.full_name, new_id
