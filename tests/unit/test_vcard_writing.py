"""The vCard export, written by hand, read back by an independent reader (vobject): whatever a
name or a note holds, another address book gets the same text, and no line is over 75 octets."""

from __future__ import annotations

import vobject
from hypothesis import given, settings
from hypothesis import strategies as st

from netcompanion.exporters.records import ExportedContact
from netcompanion.exporters.vcard_export import contact_card

# Letters of every width in UTF-8, and what vCard must escape: \ , ; and line breaks.
TEXT = st.text(st.sampled_from("ab Zé€😀ΩÅ,;\\\n:\"'=+-@\t"), max_size=120)


def _contact(name: str, company: str, title: str, notes: str, tags: list[str]) -> ExportedContact:
    return ExportedContact(
        id=7, first_name=name[:10], last_name=name[10:], full_name=name or "x", company=company, title=title,
        emails=("ana@example.com", "ana.b@example.org"), phones=("+49 170 1234567",),
        linkedin_url="https://www.linkedin.com/in/ana-b%C3%B6hm", birthday="--02-29", notes=notes, stage="warm",
        closeness=4, value=None, cadence_days=30, do_not_introduce=True, archived=False, tags=tuple(tags),
        connected_on="2021-03-04", last_interaction="",
    )  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(TEXT, TEXT, TEXT, TEXT, st.lists(TEXT.filter(lambda t: t.strip()), max_size=3))
def test_another_reader_gets_back_every_text_and_no_line_is_over_75_octets(name, company, title, notes, tags):
    c = _contact(name, company, title, notes, tags)
    written = contact_card(c)
    assert written.endswith("END:VCARD\r\n")
    assert max(len(line.encode("utf-8")) for line in written.split("\r\n")) <= 75
    card = vobject.readOne(written)

    def newlines(text: str) -> str:  # a line break is written as \n, whichever it was
        return text.replace("\r\n", "\n").replace("\r", "\n")

    assert card.fn.value == newlines(c.full_name)
    assert (card.n.value.family, card.n.value.given) == (newlines(c.last_name), newlines(c.first_name))
    if company:
        assert card.org.value == [newlines(company)]
    if title:
        assert card.title.value == newlines(title)
    if notes:
        assert card.note.value == newlines(notes)
    if tags:
        assert card.categories.value == [newlines(tag) for tag in tags]
    assert [e.value for e in card.email_list] == list(c.emails)
    assert [e.params["PREF"] for e in card.email_list] == [["1"], ["2"]]
    assert card.bday.value == "--0229"
    assert card.contents["x-netcompanion-id"][0].value == "7"
