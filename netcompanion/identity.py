"""How people are recognised across sources: normalised profile URLs, e-mails and names.

Matching an imported row to an existing contact is only as good as these keys, so they
live in one place that the importers, the operations and the exporters share.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote, unquote, urlsplit

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PROFILE_PATH = re.compile(r"^/(in|pub)/([^/?#]+)", re.IGNORECASE)


# Most exported URLs are already in normal form, or differ only by percent-encoded letters:
# those skip the full parse (about ten times faster on a 30,000-row import).
_CANONICAL = re.compile(r"https://www\.linkedin\.com/in/[a-z0-9_.~-]+")
_ENCODED = re.compile(r"https://www\.linkedin\.com/in/([A-Za-z0-9_.~%-]+)/?")


def _profile(kind: str, raw_slug: str) -> str | None:
    slug = unicodedata.normalize("NFC", unquote(raw_slug)).strip().lower()
    return f"https://www.linkedin.com/{kind}/{quote(slug, safe='-_.~')}" if slug else None


def normalize_linkedin_url(url: str | None) -> str | None:
    """One spelling per profile: https, www, no trailing slash, one percent-encoding, lower case.

    Returns None for anything that is not a LinkedIn member profile URL.
    """
    if not url:
        return None
    if _CANONICAL.fullmatch(url):
        return url
    return _normalized(url)


@lru_cache(maxsize=65536)  # message files repeat the same few thousand profiles
def _normalized(url: str) -> str | None:
    encoded = _ENCODED.fullmatch(url)
    return _profile("in", encoded.group(1)) if encoded is not None else parse_linkedin_url(url)


def parse_linkedin_url(url: str) -> str | None:
    """The full parse behind normalize_linkedin_url, without its shortcuts (tests hold them equal)."""
    raw = url.strip().replace("\\:", ":")
    if not raw:
        return None
    if "://" not in raw:
        raw = "https://" + raw
    try:
        parts = urlsplit(raw)
        host = (parts.hostname or "").lower()
    except ValueError:  # e.g. an unbalanced "[" reads as a broken IPv6 address
        return None
    if not (host == "linkedin.com" or host.endswith(".linkedin.com")):
        return None
    match = _PROFILE_PATH.match(parts.path)
    return _profile(match.group(1).lower(), match.group(2)) if match else None


def is_linkedin_url(url: str | None) -> bool:
    return normalize_linkedin_url(url) is not None


def clean_email(value: str | None) -> str | None:
    """A usable e-mail address, trimmed; None for blanks and LinkedIn's `urn:li:member:` placeholders."""
    if not value:
        return None
    email = value.strip().strip("<>").strip()
    if not email or email.lower().startswith("urn:li:") or not _EMAIL.match(email):
        return None
    return email


def email_key(email: str) -> str:
    return email.strip().lower()


def company_key(name: str) -> str:
    """A company name as companies are told apart: spacing, case and Unicode composition set aside."""
    return " ".join(nfc(name).split()).casefold()


# Dropped from text: control characters, and invisible characters that only get in the way —
# bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069: they can make a name
# display as something else), the zero-width space and the byte order mark. The zero-width
# joiner and non-joiner (U+200D, U+200C) stay: emoji sequences and Persian or Indic names need them.
_CONTROL = dict.fromkeys(
    [*(i for i in range(32) if chr(i) not in "\t\n\r\x0b\x0c"), *range(0x202A, 0x202F), *range(0x2066, 0x206A),
     0x200B, 0xFEFF]
)  # fmt: skip


def nfc(text: str) -> str:
    """Text in composed form (NFC): "Zoë" typed as "o" plus a combining diaeresis, as macOS
    exports often write it, becomes the same "Zoë" as everywhere else (canonically equivalent,
    so it reads exactly as written). Checked in C before anything is built."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def clean_text(value: str | None) -> str:
    """Trim and collapse inner runs of whitespace; keep every character as written, in composed form.

    Control characters (a NUL pasted from a binary file, say) are dropped: SQLite measures
    text only up to a NUL, so "\\x00" would pass as a name yet count as empty. So are the invisible
    characters of `_CONTROL`, and decomposed letters are composed (see `nfc`).
    """
    if not value:
        return ""
    if (
        value.isprintable()  # no control or invisible character (they are not printable)
        and "  " not in value
        and value[0] != " "
        and value[-1] != " "
        and (value.isascii() or unicodedata.is_normalized("NFC", value))
    ):
        return value  # the common case, checked in C: nothing to trim, collapse, drop or compose
    return nfc(" ".join(value.translate(_CONTROL).split()))


def name_key(name: str) -> str:
    """A name as the import compares names: "ZOË" and "zoë" (decomposed or not) are one key."""
    if name.isascii():
        return name.lower()
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", name).casefold())


def full_name(first: str, last: str) -> str:
    return clean_text(f"{first} {last}")


# What search treats as the same character, applied after decomposing and casefolding: accents
# dropped; letters that carry no accent to drop spelt as people type them on an English keyboard;
# apostrophes and dashes typed more than one way made one.
_SEARCH_FOLDS = str.maketrans(
    dict.fromkeys(
        [*range(0x0300, 0x0370), *range(0x1AB0, 0x1B00), *range(0x1DC0, 0x1E00), *range(0x20D0, 0x2100),
         *range(0xFE20, 0xFE30)]
    )  # the combining diacritical marks of Latin, Greek and Cyrillic; other scripts keep their marks
    | {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "æ": "ae", "œ": "oe", "ı": "i", "þ": "th", "ħ": "h", "ŧ": "t"}
    | dict.fromkeys("\u2019\u2018\u201b\u02bc`", "'")
    | dict.fromkeys("\u2010\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b", "-")  # NFKD makes U+2011 U+2010
    | {"\u00ad": None}  # a soft hyphen is invisible: "Ander\u00adsen" is "Andersen"
)  # fmt: skip


def fold_for_search(text: str) -> str:
    """Text as search compares it, the same for what is stored and what is typed, so that "angstrom"
    finds "Ångström", "lukasz" "Łukasz", "jamie" a math-bold "𝐉𝐚𝐦𝐢𝐞" and "o'connell" "O’Connell".

    NFKD does what NFKC would (compatibility letters such as math bold become plain ones) and
    splits accents off their letters.
    """
    if text.isascii():  # nine names in ten: checked in C, nothing to decompose
        return text.lower().replace("`", "'") if "`" in text else text.lower()
    if "\u00b4" in text:  # the acute accent typed as an apostrophe; NFKD would make it a space
        text = text.replace("\u00b4", "'")
    decomposed = unicodedata.normalize("NFKD", text).casefold()
    if decomposed.isascii():  # math bold, full width, ligatures: plain letters now
        return decomposed.replace("`", "'")
    return decomposed.translate(_SEARCH_FOLDS)


@lru_cache(maxsize=65536)  # the company filter folds the same names on every keystroke
def company_search_key(name: str) -> str:
    """A company name as the company filter compares it, and what is typed there: folded as search
    folds it (fold_for_search) and runs of spaces made one, so "societe generale" is in "Société  Générale"."""
    return " ".join(fold_for_search(name).split())


@lru_cache(maxsize=4096)  # a network has a few thousand companies and titles, each on many contacts
def _folded_once(text: str | None) -> str:
    return fold_for_search(text) if text else ""  # a title not set yet is None


def search_text(
    name: str, company: str, title: str, emails: list[str] | tuple[str, ...], phones: list[str] | tuple[str, ...]
) -> str:
    """The folded text search-as-you-type looks in (one column, one LIKE); see fold_for_search.
    Phones come last, as digits only (phone_digits): the form search_words finds them in."""
    if name and company and title and not emails:  # most imported people: no filter and join to set up
        everything = f"{name} {company} {title}"
    else:
        everything = " ".join(filter(None, (name, company, title, *emails)))  # filter: C, not a generator
    if everything.isascii() and "`" not in everything:
        text = everything.lower()  # the common case, without a call
    else:
        text = " ".join(filter(None, (fold_for_search(name or ""), _folded_once(company), _folded_once(title),
                                      *map(fold_for_search, emails))))  # fmt: skip
    if phones:  # none at all in a LinkedIn import: nothing more to do there
        return " ".join(filter(None, (text, *map(phone_digits, phones))))
    return text


# What a phone number is written with besides its digits: "+1 (555) 013-4477", "0151/2345678", "555.0134".
_PHONE_WORD = re.compile(r"[\d+\-.()/]+")
_NOT_DIGITS = re.compile(r"\D+")


def phone_digits(phone: str) -> str:
    """A phone number as search keeps it: its digits only, so that a part of it typed with any
    spacing or punctuation finds it ("555-0134" and "(555) 0134" find "+1 (555) 013-4477")."""
    return _NOT_DIGITS.sub("", phone if phone.isascii() else fold_for_search(phone))


def search_words(search: str) -> list[tuple[str, ...]]:
    """The words of a search, folded as the search text is, each as the forms it may be found in:
    a contact is found when their search text holds one form of every word.

    A word of digits and phone punctuation only ("555-0134", "(555)", "+1") may be part of a phone
    number, which the search text keeps as digits: it is found as typed (the "20/20" of a company
    name) or as its digits. A number begun with 0 (its first word) is also found without its zeros: dialled at
    home, "0151 2345678" and "0049 151…" are "+49 151 2345678" (a trunk or an international
    prefix). Phone punctuation or zeros alone ("(", "+", "0") are a number begun, with no digit
    after it yet: they find everyone, so that typing on only ever narrows what is shown (the
    contacts list relies on that).
    """
    words: list[tuple[str, ...]] = []
    number_begun = False  # only where a number begins is a 0 its prefix: "(555) 0134" is one number
    for word in fold_for_search(search).split():
        if _PHONE_WORD.fullmatch(word) is None:
            words.append((word,))
            continue
        digits = _NOT_DIGITS.sub("", word)
        national = digits if number_begun else digits.lstrip("0")
        number_begun = True
        if not national:
            continue
        forms = (word,) if digits == word else (word, digits)
        words.append(forms if national == digits else (*forms, national))
    return words
