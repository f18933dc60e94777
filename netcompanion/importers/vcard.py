"""vCard 2.1, 3.0 and 4.0 (Google, Apple, Android, Outlook), each line read by vobject.

Cards are cut apart by their BEGIN/END lines first, so one broken card is reported with its
line number and the others still import. Lines are unfolded and vCard 2.1 quoted-printable soft
line breaks joined here too (vobject's own reader drops what follows a soft break), and a line
that is no property, or names one vCard does not know, is named in the report instead of
vanishing. Values are unescaped and split here as well: vobject's vCard conversions cut a text
at its first comma, and vCard 2.1 writers (Outlook, Android) never escape commas
("Fabrikam, Inc.", "VP, Sales").
"""

from __future__ import annotations

import re

from vobject.base import ContentLine, ParseError, textLineToContentLine

from netcompanion import roundtrip
from netcompanion.identity import clean_text
from netcompanion.importers.addressbook import (
    birthday,
    finish,
    first_linkedin,
    labels,
    own_id,
    unique_emails,
    unique_phones,
)
from netcompanion.importers.base import ImportFileError, IncomingContact, ParsedFile
from netcompanion.importers.dates import ColumnOrder, column_order, date_in_column

KIND = "vcard"
OWN_ID_PROPERTY = "X-NETCOMPANION-ID"
_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*END\s*:\s*VCARD\s*$", re.IGNORECASE)
# `;ENCODING=QUOTED-PRINTABLE` or, in vCard 2.1, a bare `;QUOTED-PRINTABLE` among the parameters.
_LINE_END = re.compile(r"\r\n|\r|\n")
_QP_PARAM = re.compile(r";\s*(?:ENCODING\s*=\s*)?QUOTED-PRINTABLE\s*(?:;|$)", re.IGNORECASE)
_BDAY = re.compile(r"^(?:[\w-]+\.)?BDAY[;:]", re.IGNORECASE)
# Every property vCard 2.1, 3.0 (RFC 2426) and 4.0 (RFC 6350 and the later additions in IANA's
# registry) define: a line named otherwise ("Re: the Berlin office", the unfolded rest of a note)
# is text, not a property. Names beginning X- are extensions (X-ABLABEL) and are properties too.
PROPERTIES = frozenset((
    "ADR AGENT ANNIVERSARY BDAY BEGIN BIRTHPLACE CALADRURI CALURI CATEGORIES CLASS CLIENTPIDMAP CONTACT-URI "
    "CREATED DEATHDATE DEATHPLACE EMAIL END EXPERTISE FBURL FN GENDER GEO GRAMGENDER HOBBY IMPP INTEREST JSPROP "
    "KEY KIND LABEL LANG LANGUAGE LOGO MAILER MEMBER N NAME NICKNAME NOTE ORG ORG-DIRECTORY PHOTO PRODID PROFILE "
    "PRONOUNS RELATED REV ROLE SOCIALPROFILE SORT-STRING SOUND SOURCE TEL TITLE TZ UID URL VERSION XML"
).split())
SHOWN_LINE = 40  # characters of an unreadable line quoted in the report
Card = dict[str, list[ContentLine]]  # a card's properties by lower-case name


class CardProblem(ValueError):
    """A card that reads fine but holds a value this app cannot take (named in the message)."""


def looks_like_vcard(text: str) -> bool:
    return bool(_BEGIN.match(text.lstrip("\ufeff \r\n\t").split("\n", 1)[0].strip()))


def cards(text: str) -> tuple[list[tuple[int, list[tuple[int, str]]]], list[int]]:
    """(line number of BEGIN, the card's lines) for every card in the file, and the lines where
    a card begins that never ends (the next BEGIN, or the end of a file cut off, comes first).

    A card's lines are logical lines, each with the number of the line it starts on: a folded
    line (one starting with a space or tab) is joined to the one before, and so is the line
    after a quoted-printable soft line break (`=` at the end of a QUOTED-PRINTABLE value).
    """
    found: list[tuple[int, list[tuple[int, str]]]] = []
    unfinished: list[int] = []
    current: list[tuple[int, str]] | None = None
    start, soft_break = 0, False
    # Only CR, LF and CRLF end a line: splitlines() would also cut a note at U+2028 and the like.
    for number, line in enumerate(_LINE_END.split(text), start=1):
        if _BEGIN.match(line):
            if current is not None:
                unfinished.append(start)
            current, start, soft_break = [(number, line)], number, False
            continue
        if current is None:
            continue
        if _END.match(line):
            current.append((number, line))
            found.append((start, current))
            current = None
            continue
        if soft_break:
            first, before = current[-1]
            current[-1] = (first, before.rstrip(" \t")[:-1] + line)
        elif line[:1] in (" ", "\t") and len(current) > 1:
            first, before = current[-1]
            current[-1] = (first, before + line[1:])
        elif line.strip():
            current.append((number, line))
        else:
            continue  # a blank line (after a vCard 2.1 base64 value) ends nothing
        latest = current[-1][1]
        soft_break = latest.rstrip(" \t").endswith("=") and _quoted_printable(latest)
    if current is not None:
        unfinished.append(start)
    return found, unfinished


def _quoted_printable(line: str) -> bool:
    """Whether a property line's parameters say its value is quoted-printable."""
    return bool(_QP_PARAM.search(line.split(":", 1)[0]))


def _unreadable(lines: list[tuple[int, str]]) -> str:
    """How the report names the lines of a card that are no vCard property (vobject skips them)."""
    first, text = lines[0]
    shown = text if len(text) <= SHOWN_LINE else text[: SHOWN_LINE - 1] + "…"
    if len(lines) == 1:
        return f"imported without line {first} {shown!r}, which is no vCard property"
    return f"imported without {len(lines)} lines that are no vCard property (the first is line {first}: {shown!r})"


def _birthday_order(found: list[tuple[int, list[tuple[int, str]]]]) -> ColumnOrder:
    """How the file's BDAY values write slashed dates, judged over all its cards."""
    return column_order(
        line.split(":", 1)[1] for _, lines in found for _, line in lines if _BDAY.match(line)
    )


def _values(card: Card, name: str) -> list[str]:
    """The property's values as written (quoted-printable already decoded), still escaped."""
    return [str(child.value or "") for child in card.get(name.lower(), [])]


def _first(card: Card, name: str) -> str:
    values = _values(card, name)
    return unescape(values[0]) if values else ""


def unescape(value: str) -> str:
    """A text value with its backslash escapes undone: `\\,` `\\;` `\\:` `\\\\` and `\\n` for a line break."""
    if "\\" not in value:
        return value
    return _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split(value: str, separator: str, *, raw: bool = False) -> list[str]:
    """The parts of a value between separators that are not escaped, each unescaped (unless `raw`).

    Only the separator splits: vCard 2.1 writers (Outlook, Android) do not escape commas, so an
    unescaped comma in a name, a company, a title or a note is part of it, not a list.
    """
    parts: list[str] = []
    current: list[str] = []
    for token in _TOKENS.findall(value):
        if token == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(token)
    parts.append("".join(current))
    return parts if raw else [unescape(part) for part in parts]


_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
_TOKENS = re.compile(r"\\.?|[^\\;,]+|[;,]", re.DOTALL)


def _phone(value: str) -> str:
    text = unescape(value).strip()
    return text[4:] if text.lower().startswith("tel:") else text


def read_card(lines: list[tuple[int, str]]) -> tuple[Card, list[tuple[int, str]]]:
    """The card's properties by lower-case name, and the lines that are no property.

    Each line is read by vobject (name, group, parameters; quoted-printable and CHARSET decoded),
    but not put through its vCard conversions: those cut every text at its first comma.
    """
    card: Card = {}
    unreadable: list[tuple[int, str]] = []
    for number, line in lines:
        if _quoted_printable(line):  # vobject decodes only the parameter spelled in capitals
            head, colon, value = line.partition(":")
            line = _QP_PARAM.sub(lambda m: ";ENCODING=QUOTED-PRINTABLE" + (";" if m[0].endswith(";") else ""),
                                 head) + colon + value  # fmt: skip
        try:
            content = textLineToContentLine(line, number)
        except ParseError:
            unreadable.append((number, line))
            continue
        name = content.name.upper()
        if name not in PROPERTIES and not name.startswith("X-"):
            unreadable.append((number, line))
            continue
        card.setdefault(content.name.lower(), []).append(content)
    return card, unreadable


def parse_card(row: int, card: Card, notes: list[str], born: ColumnOrder | None = None) -> IncomingContact:
    """The card as a contact; values it holds that cannot be taken are described in `notes`.

    `born`: how the file writes birthdays (see `dates.column_order`).
    """
    first = last = ""
    names = _values(card, "n")
    if names:
        parts = split(names[0], ";")
        if _first(card, "version").strip() != "2.1":  # from 3.0 on, a comma separates several names
            parts = [" ".join(filter(None, (p.strip() for p in split(part, ",")))) for part in split(names[0], ";", raw=True)]
        last, first = clean_text(parts[0]), clean_text(parts[1] if len(parts) > 1 else "")
    if not (first or last):
        first = clean_text(_first(card, "fn"))
    orgs = _values(card, "org")
    born_on = None
    for child in card.get("bday", []):  # the first that is a date; a second BDAY is rare
        if born_on is None:
            omit = child.params.get("X-APPLE-OMIT-YEAR", [None])[0]
            born_on = birthday(unescape(str(child.value or "")), notes, omit_year=omit, order=born)
    contact = IncomingContact(
        row=row,
        first_name=first,
        last_name=last,
        company=clean_text(split(orgs[0], ";")[0] if orgs else ""),
        title=clean_text(_first(card, "title")),
        emails=unique_emails((unescape(v) for v in _values(card, "email")), notes),
        phones=unique_phones(_phone(v) for v in _values(card, "tel")),
        linkedin_url=first_linkedin(unescape(v) for v in _values(card, "url")),
        birthday=born_on,
        notes=_first(card, "note").replace("\r\n", "\n").strip(),  # 2.1 writes =0D=0A
        tags=labels(part for value in _values(card, "categories") for part in split(value, ",")),
    )
    ids = _values(card, OWN_ID_PROPERTY)
    contact.own_id = own_id(unescape(ids[0])) if ids else None
    contact.referred_by_own_id = roundtrip.referrer_read(_first(card, roundtrip.REFERRED_BY[1]))
    texts = {attribute: _first(card, name) for attribute, _, name in roundtrip.FIELDS}
    relationship, problem = roundtrip.read(texts)
    connected = _first(card, "X-NETCOMPANION-CONNECTED-ON")
    contact.connected_on, wrong_date = date_in_column(connected, "X-NETCOMPANION-CONNECTED-ON")
    problem = problem or wrong_date
    if problem:
        raise CardProblem(problem)
    contact.relationship = relationship or None
    return contact


def parse(text: str, name: str) -> ParsedFile:
    parsed = ParsedFile(KIND)
    found, unfinished = cards(text)
    if not found and unfinished:
        which = (
            f"the card beginning on line {unfinished[0]} never ends" if len(unfinished) == 1
            else f"the cards beginning on lines {', '.join(map(str, unfinished[:5]))} never end"
        )  # fmt: skip
        raise ImportFileError(
            f"{name}: expected vCards (BEGIN:VCARD … END:VCARD); {which} (no END:VCARD): is the file cut off?"
        )
    if not found:
        raise ImportFileError(f"{name}: expected vCards (BEGIN:VCARD … END:VCARD); found none.")
    for row in unfinished:
        parsed.total_rows += 1
        parsed.errors.append((row, "this card has no END:VCARD line (is the file cut off?)"))
    born = _birthday_order(found)
    for row, lines in found:
        parsed.total_rows += 1
        try:
            card, unreadable = read_card(lines)
            notes: list[str] = [_unreadable(unreadable)] if unreadable else []
            contact = parse_card(row, card, notes, born)
        except CardProblem as problem:
            parsed.errors.append((row, str(problem)))
            continue
        except Exception as exc:  # a charset that is no charset, quoted-printable that is not
            parsed.errors.append((row, f"this card cannot be read ({type(exc).__name__}: {str(exc)[:80]})"))
            continue
        finish(parsed, contact, notes)
    return parsed
