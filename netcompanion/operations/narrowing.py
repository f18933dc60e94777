"""Search as you type without a query: the contacts shown, narrowed in memory at each keystroke.

The test is the one the database applies (operations.contacts.holds_word on each of
identity.search_words), so a list narrowed here shows what a fresh read would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress

from netcompanion import identity


@dataclass(frozen=True)
class ContactIndex:
    """Ids in display order with their search text: narrowing it as the user types costs no query."""

    ids: tuple[int, ...]
    texts: tuple[str, ...]

    def matching(self, search: str) -> list[int]:
        """Ids whose search text holds every word (the same test as the database's, holds_word)."""
        return list(narrow(self.ids, self.texts, search)[0])


def narrow(ids: Sequence[int], texts: Sequence[str], search: str) -> tuple[list[int], list[str]]:
    """Keep the (id, text) pairs whose text holds every word of `search`.

    Narrowing the result for "fab" gives the result for "fabr": as the user types on,
    each keystroke only looks at what is still shown.
    """
    words = identity.search_words(search)  # folded as the search text is
    if not words:
        return list(ids), list(texts)
    for forms in words:  # the first word reads the inputs directly: no copy of 30,000 items first
        if len(forms) == 1:
            word = forms[0]
            keep = [word in text for text in texts]  # one pass; compress() then filters in C
        elif len(forms) == 2:  # part of a phone number: its digits, as phones are kept, or as typed ("20/20")
            typed, digits = forms
            keep = [digits in text or typed in text for text in texts]
        else:  # a number begun with 0: also without its trunk or international prefix
            keep = [any(form in text for form in forms) for text in texts]
        ids = list(compress(ids, keep))
        texts = list(compress(texts, keep))
    return ids, texts
