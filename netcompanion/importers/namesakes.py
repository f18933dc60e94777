"""Finding people with a similar name among thousands, for the "possible duplicates" an import
offers: fuzzy matching is only ever a suggestion, never a merge."""

from __future__ import annotations

import unicodedata

from rapidfuzz import fuzz, process, utils

from netcompanion.identity import nfc

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
    person with a URL is only compared with people without one. The full buckets are built
    only once someone without a URL asks (a LinkedIn export never does).
    """

    def __init__(self) -> None:
        self.people: list[tuple[str, str, str, int, bool]] = []  # first, last, full name, id, has URL
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
        if self.all is not None:
            self._put(self.all, name_block(first, last), name, contact_id)
        else:
            self.people.append((first, last, name, contact_id, has_url))
        if not has_url:
            self._put(self.no_url, name_block(first, last), name, contact_id)

    def similar(self, first: str, last: str, name: str, has_url: bool) -> list[tuple[int, int]]:
        if has_url:
            if not self.no_url:
                return []
            target = self.no_url
        else:
            if self.all is None:
                self.all = {}
                for p_first, p_last, p_name, p_id, _ in self.people:
                    self._put(self.all, name_block(p_first, p_last), p_name, p_id)
                self.people = []
            target = self.all
        names, ids = target.get(name_block(first, last), ((), ()))
        if not names:
            return []
        name = nfc(name)
        found = process.extract(name, names, scorer=fuzz.token_sort_ratio, processor=utils.default_process,
                                score_cutoff=NAME_SCORE, limit=3)  # fmt: skip
        return [(ids[index], int(score)) for _, score, index in found]
