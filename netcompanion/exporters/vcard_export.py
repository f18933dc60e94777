"""Contacts as vCard 4.0 (RFC 6350), one card each, with this app's id for lossless round trips."""

from __future__ import annotations

from collections.abc import Iterable

import vobject

from netcompanion import roundtrip
from netcompanion.exporters.records import ExportedContact


def _birthday(value: str) -> str:
    return "--" + value[2:].replace("-", "") if value.startswith("--") else value


def contact_card(c: ExportedContact) -> str:
    card = vobject.vCard()
    card.add("version").value = "4.0"
    card.add("fn").value = c.full_name
    card.add("n").value = vobject.vcard.Name(family=c.last_name, given=c.first_name)
    if c.company:
        card.add("org").value = [c.company]
    if c.title:
        card.add("title").value = c.title
    for position, email in enumerate(c.emails, start=1):
        line = card.add("email")
        line.value = email
        line.params["PREF"] = [str(position)]
    for phone in c.phones:
        card.add("tel").value = phone
    if c.linkedin_url:
        card.add("url").value = c.linkedin_url
    if c.birthday:
        card.add("bday").value = _birthday(c.birthday)
    if c.notes:
        card.add("note").value = c.notes
    if c.tags:
        card.add("categories").value = list(c.tags)
    card.add("uid").value = f"urn:netcompanion:contact:{c.id}"
    card.add("x-netcompanion-id").value = str(c.id)
    texts = roundtrip.written(c)
    for attribute, _, name in roundtrip.FIELDS:
        if texts[attribute]:
            card.add(name.lower()).value = texts[attribute]
    if c.connected_on:
        card.add("x-netcompanion-connected-on").value = c.connected_on
    return card.serialize()


def contacts_vcard(contacts: Iterable[ExportedContact]) -> str:
    return "".join(contact_card(c) for c in contacts)
