"""narrow(): what the contacts list keeps as the user types (no query per keystroke)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from netcompanion.operations import ContactIndex, narrow

IDS = (1, 2, 3, 4)
TEXTS = ("anna chen fabrikam", "wei-lin chen contoso", "anna lee", "bob fabrikam engineer")


def test_every_word_must_be_in_the_text() -> None:
    assert narrow(IDS, TEXTS, "chen") == ([1, 2], [TEXTS[0], TEXTS[1]])
    assert narrow(IDS, TEXTS, "fabrikam eng") == ([4], [TEXTS[3]])
    assert narrow(IDS, TEXTS, "  ANNA  ") == ([1, 3], [TEXTS[0], TEXTS[2]])
    assert narrow(IDS, TEXTS, "zzz") == ([], [])


def test_no_words_keeps_everything_as_new_lists() -> None:
    ids, texts = narrow(IDS, TEXTS, " ")
    assert (ids, texts) == (list(IDS), list(TEXTS))
    ids.append(5)  # the caller may change its lists without touching the index
    assert narrow(IDS, TEXTS, "")[0] == list(IDS)


def test_index_matching_uses_the_same_test() -> None:
    assert ContactIndex(IDS, TEXTS).matching("anna") == [1, 3]


words = st.text(alphabet="abc -12(+", max_size=6)  # with parts of phone numbers, found by their digits


@given(texts=st.lists(st.text(alphabet="abc -12(", max_size=8), max_size=20), typed=words, more=words)
def test_typing_on_narrows_what_is_shown(texts: list[str], typed: str, more: str) -> None:
    """The model narrows the shown result when the search grows; that must equal narrowing everything,
    also as a phone number is typed ("(", then "(5", then "(55) 1-")."""
    ids = list(range(len(texts)))
    shown = narrow(ids, texts, typed)
    assert narrow(*shown, typed + more) == narrow(ids, texts, typed + more)


def test_typing_a_phone_number_key_by_key_narrows_what_is_shown() -> None:
    """A number begun with "(" or "+" leaves nobody out yet: the next digit must still find everyone
    whose phone holds it."""
    ids = (1, 2, 3, 4)
    texts = ("dana whitfield 15550134477", "sam ortiz 01512345678", "lee park (c) 20/20", "ann lee",
             "jonas weber 4917088234411")  # fmt: skip
    for number in ("(555) 013-4477", "+1 555", "(0151) 2345/678", "20/20", "0170 8823 4411", "0049 170", "(0)170"):
        for end in range(1, len(number)):
            typed, more = number[:end], number[: end + 1]
            assert narrow(*narrow(ids, texts, typed), more) == narrow(ids, texts, more), (typed, more)
    assert narrow(ids, texts, "(555) 013-4477")[0] == [1]
