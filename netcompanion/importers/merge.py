"""Deciding, for each incoming person, whether they are new, known, or possibly known.

Order of trust: the LinkedIn profile URL, then an e-mail address, then this app's own id from
its export (with the same name, and only where the row's profile and e-mails do not point to
someone else). A similar name is never enough to merge: it is only
offered as a "possible duplicate" for the user to decide. The plan is pure data; writing it
is someone else's job, so a dry run and a real import decide exactly the same things.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

from netcompanion import identity
from netcompanion.importers.base import IncomingContact, ParsedFile
from netcompanion.importers.crossed import shared_emails
from netcompanion.importers.existing import (
    COMPANY,
    CONNECTED,
    DELETED,
    FULL,
    TITLE,
    URL,
    Existing,
    Known,
)
from netcompanion.importers.freshness import added_note, older_export_notice
from netcompanion.importers.jobs import employer_key, job_change
from netcompanion.importers.kept import values_not_taken
from netcompanion.importers.namesakes import NameBlocks, name_blocks
from netcompanion.importers.plan import FieldChange, Plan, PossibleDuplicate, plan_referrals
from netcompanion.importers.same_person import (
    SameConnection,
    absorb,
    held_back,
    how_matched,
    reason,
    same_text,
)
from netcompanion.importers.touches import plan_touches

Progress = Callable[[int, int], None]


def _brings_nothing(
    incoming: IncomingContact,
    company: str,
    title: str,
    url: str | None,
    connected_on: str | None,
    email_keys: Iterable[str],
    tags: Iterable[str],
) -> bool:
    """The common case of a re-import: the row says nothing the contact does not already have."""
    return (
        (not incoming.company or incoming.company == company or same_text(incoming.company, company))
        and (not incoming.title or incoming.title == title or same_text(incoming.title, title))
        and (not incoming.linkedin_url or bool(url))
        and (not incoming.connected_on or bool(connected_on))
        and not (incoming.birthday or incoming.notes or incoming.phones)
        and (not incoming.emails or all(identity.email_key(e) in email_keys for e in incoming.emails))
        and (not incoming.tags or all(t.casefold() in tags for t in incoming.tags))
    )


class Planner:
    def __init__(
        self,
        parsed: ParsedFile,
        existing: Existing,
        today: dt.date,
        progress: Progress | None,
        same_person: Iterable[PossibleDuplicate] = (),
    ) -> None:
        self.parsed = parsed
        self.existing = existing
        self.today = today
        self.progress = progress
        self.plan = Plan(
            parsed.kind, parsed.total_rows, skipped=list(parsed.skipped), errors=list(parsed.errors),
            left_out=list(parsed.left_out),
        )  # fmt: skip
        self.job_is_news = parsed.kind == "linkedin"  # LinkedIn says where people work now …
        notice = older_export_notice(parsed, existing)
        if notice:  # … unless this export is older than one imported before
            self.job_is_news = False
            self.plan.notices.append(notice)
        self.new_by_id: dict[int, IncomingContact] = {}
        self.id_by_row: dict[int, int] = {}
        self.next_id = existing.next_contact_id
        self.blocks: NameBlocks | None = None
        self.by_name: dict[str, list[int]] | None = None  # built only when a row lacks profile and e-mail
        self.same_connection = SameConnection(existing)
        # Suggestions the user accepted in the preview: that row is that contact. Keyed by row and
        # name, so a file changed since the preview cannot merge someone else.
        self.same_person: dict[tuple[int, str], list[PossibleDuplicate]] = {}
        for d in same_person:
            self.same_person.setdefault((d.row, d.incoming_name), []).append(d)
        self.name_by_row: dict[int, str] = {}  # with decisions only: what each row was called
        # (first row, attribute) -> the later row of the same person that filled it in (see absorb)
        self.filled_from: dict[tuple[int, str], int] = {}
        self.known_rows: dict[int, IncomingContact] = {}  # a known contact's first row in this file

    # -- people -------------------------------------------------------------------------
    def contacts(self) -> Plan:
        total = len(self.parsed.contacts)
        for done, incoming in enumerate(self.parsed.contacts, start=1):
            self._one(incoming)
            if self.progress and done % 2000 == 0:
                self.progress(done, total)
        return self.plan

    def _match(self, incoming: IncomingContact) -> int | None:
        ex = self.existing
        if incoming.linkedin_url:
            found = ex.by_url.get(incoming.linkedin_url)
            if found is not None:
                return found
        if incoming.own_id is not None:
            found = self._own(incoming)
            if found is not None:
                return found
        for email in incoming.emails:
            found = ex.by_email.get(identity.email_key(email))
            if found is not None and not self._other_profile(found, incoming.linkedin_url):
                return found
        if self.same_person:
            for hint in self.same_person.get((incoming.row, incoming.full_name), ()):
                if hint.contact_row is not None:  # someone from an earlier row of this file: the rows are merged
                    chosen = self.id_by_row.get(hint.contact_row)  # however that row ended (new, merged, known)
                    if chosen is not None and self.name_by_row.get(hint.contact_row) == hint.contact_name:
                        return chosen
                elif hint.contact_id in ex.contacts:
                    return hint.contact_id
        if not incoming.linkedin_url and not incoming.emails:
            return self._same_details(incoming)
        if incoming.linkedin_url and incoming.connected_on and self.same_connection.may_find():
            return self.same_connection.find(incoming)
        return None

    def _own(self, incoming: IncomingContact) -> int | None:
        """The contact this app's own export gave the row's id, when it still has the row's name and
        nothing in the row points to someone else: the row's profile belongs to nobody yet (the
        profile was looked up first) and the contact has no other profile (nor one the row lacks),
        no other company; each of its e-mails is the contact's own or nobody's. A file exported from another database carries that
        database's ids: "#2" here may be anyone.

        Among contacts sharing an e-mail, the id says which one the row is, so exporting and
        importing again changes nothing."""
        ex = self.existing
        contacts = ex.contacts
        if incoming.own_id not in contacts:
            return None
        known = contacts[incoming.own_id]  # built: a round trip looks at every contact anyway
        if not same_text(incoming.full_name, known.full_name):
            return None
        if known.linkedin_url and known.linkedin_url != incoming.linkedin_url:
            return None  # the contact has a profile the row does not name: not proof it is them
        if (incoming.company and known.company
                and identity.company_key(incoming.company) != identity.company_key(known.company)):
            return None  # another job: a namesake from another database's export, not this contact
        for email in incoming.emails:
            key = identity.email_key(email)
            if key not in known.emails and ex.by_email.get(key, known.id) != known.id:
                return None
        return known.id

    def _same_details(self, incoming: IncomingContact) -> int | None:
        """A row with neither profile nor e-mail (a hidden address, say) is someone already here
        only when exactly one contact has the same name and agrees on every detail the row has
        that identifies a person: the day of connecting, a phone number — or, lacking both, is
        as anonymous as the row (no profile, no e-mail) and at the same company.
        Without this, re-importing such a row would add the person again each time."""
        contacts = self.existing.contacts
        if self.by_name is None:
            self.by_name = {}
            for contact_id, r in contacts.rows.items():
                self.by_name.setdefault(identity.name_key(r[FULL]), []).append(contact_id)
        day = incoming.connected_on.isoformat() if incoming.connected_on else None
        found = []
        for known in map(contacts.__getitem__, self.by_name.get(identity.name_key(incoming.full_name), ())):
            if day or incoming.phones:
                same = (not day or known.connected_on == day) and (
                    not incoming.phones or any(p in known.phones for p in incoming.phones)
                )
            else:
                same = (
                    not known.linkedin_url
                    and not known.emails
                    and (employer_key(known.company) == employer_key(incoming.company))
                )
            if same:
                found.append(known.id)
        return found[0] if len(found) == 1 else None

    def _other_profile(self, contact_id: int, url: str | None) -> bool:
        """Two LinkedIn profiles are two people, even when an export gives them the same e-mail."""
        if not url:
            return False
        known = self.existing.contacts.get(contact_id)
        theirs = known.linkedin_url if known is not None else self.new_by_id[contact_id].linkedin_url
        return bool(theirs) and theirs != url

    def _one(self, incoming: IncomingContact) -> None:
        found = self._match(incoming)
        if found is not None and incoming.own_id is not None:  # who the app's export called #own_id
            self.plan.own_ids.setdefault(incoming.own_id, found)
        if found is not None and incoming.emails and found in self.existing.contacts:
            self.plan.shared_emails.extend(shared_emails(incoming, found, self.existing))
        if self.same_person:  # a later row's decision may name this row
            self.name_by_row[incoming.row] = incoming.full_name
            if found is not None:
                self.id_by_row[incoming.row] = found
        if found is None:
            if not incoming.full_name:
                self.plan.skipped.append(
                    (incoming.row, "no name, and no contact with this e-mail or profile")
                )
                return
            self._create(incoming)
        elif found in self.new_by_id:
            first = self.new_by_id[found]
            said = absorb(first, incoming, found, self.existing, self.filled_from)
            self.plan.skipped.append((incoming.row, said))
        elif found in self.known_rows:
            self._known_again(found, incoming)
        else:
            self.known_rows[found] = incoming
            contacts = self.existing.contacts
            r = contacts.rows[found]
            if r[DELETED]:
                self.plan.skipped.append((incoming.row, f"{r[FULL]} is in the trash"))
            elif found not in contacts.built and _brings_nothing(
                incoming, r[COMPANY], r[TITLE], r[URL], r[CONNECTED],
                contacts.emails.get(found, ()), contacts.tags.get(found, ()),
            ):  # fmt: skip
                self.plan.unchanged += 1  # not looked at before, so its row is still current
            elif not self._update(contacts[found], incoming):
                self.plan.unchanged += 1

    def _create(self, incoming: IncomingContact) -> None:
        contact_id = self.next_id
        self.next_id += 1
        self._suggest_duplicates(contact_id, incoming)
        self.new_by_id[contact_id] = incoming
        if self.same_person:  # a later row's decision may name this row
            self.id_by_row[incoming.row] = contact_id
        self.plan.new_contacts.append((contact_id, incoming))
        if incoming.own_id is not None:
            self.plan.own_ids.setdefault(incoming.own_id, contact_id)
        ex = self.existing
        if incoming.linkedin_url:
            ex.by_url[incoming.linkedin_url] = contact_id
        for email in incoming.emails:
            ex.by_email.setdefault(identity.email_key(email), contact_id)

    def _known_again(self, contact_id: int, again: IncomingContact) -> None:
        """A contact already here, named by a second row of the file: the first row's company,
        title and the like stay (one job change, not two); the rest is taken as from any row."""
        first = self.known_rows[contact_id]
        known = self.existing.contacts[contact_id]
        if known.deleted:
            self.plan.skipped.append((again.row, f"{known.full_name} is in the trash"))
            return
        how = how_matched(first, again) or f" (both are {known.full_name})"
        rest, labels, not_taken = held_back(first, again)
        self._update(known, rest)
        kept = {first.row: labels} if labels else {}
        self.plan.skipped.append((again.row, reason(first.row, how, kept, not_taken)))

    def _suggest_duplicates(self, contact_id: int, incoming: IncomingContact) -> None:
        if self.blocks is None:
            self.blocks = name_blocks(self.existing.contacts.rows, self.new_by_id)
        name = incoming.full_name
        for other_id, score in self.blocks.meet(incoming.first_name, incoming.last_name, name, contact_id,
                                                bool(incoming.linkedin_url)):  # fmt: skip
            known = self.existing.contacts.get(other_id)
            other = known or self.new_by_id[other_id]
            self.plan.possible_duplicates.append(PossibleDuplicate(
                incoming.row, name, incoming.company, other_id, other.full_name, other.company, score,
                contact_id, None if known else self.new_by_id[other_id].row))  # fmt: skip

    def _update(self, known: Known, incoming: IncomingContact) -> bool:
        """Plan what the file adds to a known contact; hand-edited fields stay as the user left them."""
        if self.parsed.kind != "linkedin":  # an address book fills in; what it says otherwise is named
            self.plan.left_out.extend((incoming.row, line) for line in values_not_taken(known, incoming))
        if _brings_nothing(incoming, known.company, known.title, known.linkedin_url, known.connected_on,
                           known.emails, known.tags):  # fmt: skip
            return False
        changes: list[FieldChange] = []
        edited = known.edited

        def change(name: str, old: str | None, new: str | None) -> None:
            changes.append(FieldChange(known.id, name, old, new))

        company, title = known.company, known.title
        if self.job_is_news:
            if incoming.company and "company" not in edited and not same_text(incoming.company, known.company):
                company = incoming.company
            if incoming.title and "title" not in edited and not same_text(incoming.title, known.title or ""):
                title = incoming.title
        else:
            if incoming.company and not known.company and "company" not in edited:
                company = incoming.company
            if incoming.title and not known.title and "title" not in edited:
                title = incoming.title
        if company != known.company:
            change("company", known.company or None, company)
        if title != known.title:
            change("title", known.title, title)
        news = self.job_is_news and (known.company or known.title)
        if news and (company != known.company or title != known.title):
            moved = employer_key(company) != employer_key(known.company)
            if moved or title != known.title:
                self._job_event(known, company, title, change)

        url = incoming.linkedin_url
        if (
            url
            and not known.linkedin_url
            and "linkedin_url" not in edited
            and url not in self.existing.by_url
        ):
            change("linkedin_url", None, url)
            self.existing.by_url[url] = known.id
        if incoming.connected_on and not known.connected_on:
            change("connected_on", None, incoming.connected_on.isoformat())
        if incoming.birthday and not known.birthday and "birthday" not in edited:
            change("birthday", None, incoming.birthday)
        if incoming.notes and not known.notes and "notes" not in edited:
            change("notes", None, incoming.notes)

        new_emails = []
        if "emails" not in edited:
            for email in incoming.emails:
                key = identity.email_key(email)
                if key not in known.emails and self.existing.by_email.get(key, known.id) == known.id:
                    self.existing.by_email[key] = known.id
                    new_emails.append(email)
        new_phones = []
        if "phones" not in edited:
            new_phones = [p for p in incoming.phones if p not in known.phones]
        new_tags = []
        if "tags" not in edited:
            new_tags = [t for t in incoming.tags if t.casefold() not in known.tags]
        if not (changes or new_emails or new_phones or new_tags):
            return False

        self.plan.changes.extend(changes)
        for done in changes:  # a later row of the same person finds them set, so sets them once
            if done.field not in ("company", "title"):
                setattr(known, done.field, done.new)
        for offset, email in enumerate(new_emails):
            self.plan.added_emails.append((known.id, email, len(known.emails) + offset))
        known.emails.extend(identity.email_key(e) for e in new_emails)
        for offset, phone in enumerate(new_phones):
            self.plan.added_phones.append((known.id, phone, len(known.phones) + offset))
        known.phones.extend(new_phones)
        self.plan.added_tags.extend((known.id, tag) for tag in new_tags)
        known.tags.update(t.casefold() for t in new_tags)
        known.company, known.title = company, title
        self.plan.updated_names[known.id] = known.full_name
        self.plan.search_text[known.id] = identity.search_text(
            known.full_name, company, title, known.emails, known.phones
        )
        return True

    def _job_event(self, known: Known, company: str, title: str, change: Callable) -> None:
        self.plan.events.append((known.id, *job_change(known.full_name, known.company, known.title, company, title)))
        today = self.today.isoformat()
        if known.job_changed_on != today:
            change("job_changed_on", known.job_changed_on, today)


def make_plan(
    parsed: ParsedFile,
    existing: Existing,
    today: dt.date,
    progress: Progress | None = None,
    same_person: Iterable[PossibleDuplicate] = (),
) -> Plan:
    planner = Planner(parsed, existing, today, progress, same_person)
    plan = planner.contacts()
    if plan.notices and not planner.job_is_news:  # the older-export notice: say who may be known already
        namesakes = len({d.row for d in plan.possible_duplicates})
        plan.notices[0] += added_note(len(plan.new_contacts), namesakes)
    plan_referrals(plan)
    plan_touches(parsed, existing, plan)
    return plan
