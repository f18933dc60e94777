"""A believable, deterministic demo network: for the first run, screenshots and benchmarks.

Same seed and same day give the same network. Rows go in with bulk inserts inside one
transaction, so 100,000 contacts take seconds.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass

from sqlalchemy import func, select

from netcompanion import clock, identity
from netcompanion.domain import FollowUpKind, IntroductionStage, OpportunityStage, Stage
from netcompanion.operations.results import ValidationError
from netcompanion.rules.common import RuleOutcome, say_count, working_day_from
from netcompanion.rules.touch import ContactState, TouchFacts, patience
from netcompanion.settings import Settings, load_settings
from netcompanion.store.engine import Store
from netcompanion.store.models import (
    Company,
    Contact,
    ContactEmail,
    ContactPhone,
    FollowUp,
    GiveForward,
    Interaction,
    Introduction,
    Opportunity,
)
from netcompanion.working_days import working_day_before

FIRST = ["Dana", "Priya", "Marcus", "Wei-Lin", "Tobias", "Aisha", "Mateo", "Zoë", "Henrik", "Claire", "Noah", "Amara", "Kenji", "Sofia", "Liam", "Fatima", "Jonas", "Elena", "Omar", "Hannah", "Ravi", "Ingrid", "Diego", "Mei", "Samuel", "Chiara", "Yusuf", "Leila", "Arjun", "Nora", "Pablo", "Sunita", "Felix", "Ana", "Kwame", "Ewa", "Thomas", "Grace", "Hiroshi", "Lucia", "David", "Olga", "Malik", "Freya", "Tariq", "Julia", "Siobhán", "Viktor", "Rosa", "Ben"]
LAST = ["Whitfield", "Raghunathan", "Lindqvist", "Chen", "Brenner", "Okafor", "Fernández", "Ångström", "Dahl", "Dubois", "Richter", "Mensah", "Tanaka", "Rossi", "O'Brien", "Haddad", "Novak", "Kowalski", "Schmidt", "Nakamura", "Silva", "Patel", "Jensen", "Moreau", "García", "Kim", "Hughes", "Ivanova", "Adeyemi", "Bauer", "Costa", "Nilsson", "Murphy", "Khan", "Lopez", "Weber", "Sato", "Martin", "Dimitrov", "Berg", "Álvarez", "Li", "Walsh", "Horvath"]
COMPANY_HEADS = ["Northwind", "Contoso", "Fabrikam", "Litware", "Tailspin", "Adatum", "Woodgrove", "Proseware", "Fourth", "Coffee", "Wingtip", "Trey", "Lamna", "Bluepeak", "Alpine", "Margie's", "Humongous", "Lucerne", "Coho", "Relecloud", "Consolidated", "Southridge", "Graphic", "VanArsdel", "Wide"]
COMPANY_TAILS = (
    "Analytics", "Traders", "Inc.", "Ltd", "Labs", "Research", "Toys", "Bank", "Health", "Energy", "Logistics",
    "Media", "Software", "Insurance", "Partners", "Studios", "Robotics", "Foods", "Consulting", "Systems",
)  # fmt: skip
TITLES = (
    "Software Engineer", "Senior Data Engineer", "Engineering Manager", "VP, Engineering", "Product Manager",
    "Head of Product", "Director of Sales", "Account Executive", "Recruiter", "Talent Partner", "CTO", "CEO",
    "Designer", "UX Researcher", "Data Scientist", "Marketing Lead", "Operations Manager", "Consultant",
    "Partner", "Founder", "Professor", "Analyst", "Solutions Architect", "Customer Success Manager",
)  # fmt: skip
NOTES = (
    "Met at a conference; talked about platform migrations.",
    "Former colleague — worked together on the billing rewrite.",
    "Biggest challenge: hiring senior engineers.",
    "Likes long walks and longer e-mails.",
    "Introduced by a mutual friend.",
    "",
)


@dataclass(frozen=True)
class DemoSummary:
    contacts: int
    companies: int
    interactions: int
    followups: int
    introductions: int
    opportunities: int

    def to_json(self) -> dict[str, int]:
        return dict(self.__dict__)


def ascii_fold(name: str) -> str:
    """Zoë O'Brien → zoe, obrien: e-mail addresses people really have."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isascii() and c.isalnum() or c == "-").lower()


def _stage(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.78:
        return Stage.COLD.value
    if roll < 0.87:
        return Stage.REWARMING.value
    if roll < 0.97:
        return Stage.WARM.value
    return Stage.ENGAGED.value


def _moment(day: dt.date, rng: random.Random, zone: dt.tzinfo) -> dt.datetime:
    """A touch in working hours on the user's wall clock (their `timezone` setting's, not the computer's)."""
    return clock.wall_to_utc(day, dt.time(rng.randint(8, 18), rng.randint(0, 59)), zone)


def _patience(
    contact_id: int, name: str, touches: list[tuple[dt.datetime, str, str, str]], settings: Settings,
    zone: dt.tzinfo,
) -> dict[str, object]:
    """A contact's unanswered attempts, cooldown and parking after these (moment, channel, outcome,
    direction) touches: rules 2 and 3 applied to each in turn, as logging them would have."""
    state: dict[str, object] = {"unanswered_attempts": 0, "cooldown_until": None, "parked_on": None}
    for at, channel, outcome, direction in sorted(touches):
        day = clock.day_of(at, zone)
        # in_campaign: the rule then plans no "try again" follow-up, which a demo history does not need
        before = ContactState(contact_id, name, Stage.COLD.value, state["unanswered_attempts"],
                              state["parked_on"] is not None, state["cooldown_until"], in_campaign=True)  # fmt: skip
        decided = RuleOutcome()
        patience(before, TouchFacts(channel, outcome, day, direction, today=day), settings, decided)
        state.update((key, value) for key, value in decided.updates.items() if key in state)
    return state


def _say_held(count: int, trashed: int) -> str:
    """What is in a database the demo won't fill, saying where people the user can't see are."""
    if not trashed:
        return say_count(count, "contact")
    where = "in the trash" if trashed == count else f"{trashed:,} of them in the trash"
    return f"{say_count(count, 'contact')} ({where}: `netcompanion trash` lists them, `trash restore ID` brings one back)"


def _followups(
    warm_ids: list[int], contacts: dict[int, dict], tried_by: dict[int, list[tuple[dt.datetime, str, str, str]]],
    interaction_rows: list[dict], today: dt.date, rng: random.Random, settings: Settings, zone: dt.tzinfo,
    now: dt.datetime,
) -> list[dict]:
    """A handful of follow-ups due around today, as a real week has — not so many they crowd out
    everyone else — each following from the demo's own touches, as the rules would have planned it: a
    thank-you the working day after a meeting this week, what was promised a few days after a call
    this week (the touch is added, and is the person's latest). A thank-you for a meeting a year ago
    contradicted the rules the app teaches."""
    rows = []
    for i, cid in enumerate(warm_ids[: min(12, max(4, len(contacts) // 200))]):
        kind = (FollowUpKind.THANK_YOU, FollowUpKind.FOLLOW_UP, FollowUpKind.SEND_PROMISED)[i % 3]
        if kind == FollowUpKind.FOLLOW_UP:  # one the user planned: any day suits it
            due = today + dt.timedelta(days=rng.randint(-2, 12))
        else:
            day = working_day_before(today, rng.randint(1, 3), settings.working_days)
            last = contacts[cid]["last_interaction_at"]  # the conversation this is about is their latest
            if last is not None and clock.day_of(last, zone) >= day:
                day = clock.day_of(last, zone)
            meeting = kind == FollowUpKind.THANK_YOU
            _add_conversation(cid, contacts[cid], tried_by[cid], interaction_rows, day, "meeting" if meeting else "call",
                              rng, settings, zone, now)  # fmt: skip
            after = dt.timedelta(days=settings.thank_you_delay_days if meeting else rng.randint(2, 5))
            due = working_day_from(day + after, settings.working_days)
        rows.append({"contact_id": cid, "kind": kind.value, "due_date": due, "status": "open", "note": "",
                     "origin": "demo", "created_at": now})  # fmt: skip
    return rows


def _add_conversation(
    cid: int, contact: dict, tried: list[tuple[dt.datetime, str, str, str]], interaction_rows: list[dict],
    day: dt.date, channel: str, rng: random.Random, settings: Settings, zone: dt.tzinfo, now: dt.datetime,
) -> None:
    """A conversation on `day` that a follow-up comes from: logged, and the contact as it leaves them."""
    at = _moment(day, rng, zone)
    interaction_rows.append(
        {"contact_id": cid, "occurred_at": at, "channel": channel, "direction": "outbound", "outcome": "reached",
         "mood": "neutral", "notes": "", "asked_advice": channel == "meeting", "asked_job": False,
         "sent_resume": False, "received_names": False, "created_at": now}
    )  # fmt: skip
    tried.append((at, channel, "reached", "outbound"))
    contact["last_interaction_at"] = max(contact["last_interaction_at"] or at, at)
    contact["last_conversation_at"] = max(contact["last_conversation_at"] or at, at)
    contact.update(_patience(cid, contact["full_name"], tried, settings, zone))


def generate_demo(
    store: Store, contacts: int = 400, *, seed: int = 7, today: dt.date | None = None
) -> DemoSummary:
    """Fill an empty database with a demo network of `contacts` people."""
    if contacts < 1:
        raise ValidationError("The demo needs at least one contact.")
    rng = random.Random(seed)
    now = clock.now_utc()
    with store.write() as session:
        connection = session.connection()

        def bulk(model: type, rows: list[dict]) -> None:
            # Plain executemany on the table: the ORM's per-row bookkeeping is 10× slower here.
            if rows:
                connection.execute(model.__table__.insert(), rows)

        settings = load_settings(session)
        zone = settings.zone  # the demo's today and its touches' days are on the user's calendar
        today = today or clock.today(zone)
        existing = session.scalar(select(func.count()).select_from(Contact))
        if existing:
            trashed = session.scalar(select(func.count()).where(Contact.deleted_at.is_not(None)))
            raise ValidationError(f"This database already holds {_say_held(existing, trashed)}; the demo only fills "
                                  "an empty database (choose another file with --db).")  # fmt: skip
        n_companies = max(12, contacts // 40)
        companies = []
        seen: set[str] = set()
        for i in range(n_companies):
            name = f"{COMPANY_HEADS[i % len(COMPANY_HEADS)]} {COMPANY_TAILS[(i * 7 + i // len(COMPANY_HEADS)) % 20]}"
            if i >= len(COMPANY_HEADS) * 20:
                name += f" {i}"
            key = identity.company_key(name)
            if key in seen:
                continue
            seen.add(key)
            companies.append(
                {"id": len(companies) + 1, "name": name, "name_key": key, "is_target": rng.random() < 0.05,
                 "notes": "", "created_at": now}
            )  # fmt: skip
        bulk(Company, companies)

        contact_rows, email_rows, phone_rows, interaction_rows = [], [], [], []
        tried_by: dict[int, list[tuple[dt.datetime, str, str, str]]] = {}  # each contact's touches
        for cid in range(1, contacts + 1):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            name = f"{first} {last}"
            company = rng.choice(companies)
            title = rng.choice(TITLES)
            stage = _stage(rng)
            rated = stage != Stage.COLD or rng.random() < 0.3
            emails = []
            if rng.random() < 0.35:
                domain_ = ("example.com", "example.org", "example.net")[cid % 3]
                emails.append(f"{ascii_fold(first)}.{ascii_fold(last)}.{cid}@{domain_}")
                email_rows.append(
                    {
                        "contact_id": cid,
                        "email": emails[0],
                        "email_key": emails[0],
                        "label": "work",
                        "position": 0,
                    }
                )
            phones = []
            if rng.random() < 0.25:
                phones.append(f"+1 555 {rng.randint(100, 999)} {rng.randint(1000, 9999)}")
                phone_rows.append({"contact_id": cid, "phone": phones[0], "label": "mobile", "position": 0})
            connected = today - dt.timedelta(days=rng.randint(30, 12 * 365))
            # Cold contacts last spoke long ago (or never); warm ones recently and often.
            touches = {
                Stage.COLD.value: rng.choice((0, 0, 1)),
                Stage.REWARMING.value: rng.randint(1, 2),
                Stage.WARM.value: rng.randint(2, 6),
                Stage.ENGAGED.value: rng.randint(4, 9),
            }[stage]
            recent = stage in (Stage.WARM.value, Stage.ENGAGED.value, Stage.REWARMING.value)
            last_at = last_conv = None
            tried: list[tuple[dt.datetime, str, str, str]] = []
            tried_by[cid] = tried
            went_cold = today - dt.timedelta(days=2 * 365)
            if not recent and connected > went_cold:
                touches = 0  # a recent connection nobody has talked to yet
            for t in range(touches):
                if recent:
                    back = rng.randint(2, 200) if t == 0 else rng.randint(30, 3 * 365)
                    day = max(connected, today - dt.timedelta(days=back))
                else:
                    day = connected + dt.timedelta(days=rng.randint(0, (went_cold - connected).days))
                at = _moment(day, rng, zone)
                outcome = rng.choice(("reached", "reached", "replied", "no-answer"))
                channel = (
                    rng.choice(("call", "email", "meeting", "message")) if outcome != "no-answer" else "call"
                )
                interaction_rows.append(
                    {"contact_id": cid, "occurred_at": at, "channel": channel,
                     "direction": "inbound" if outcome == "replied" else "outbound", "outcome": outcome,
                     "mood": rng.choice((None, "neutral", "thrilled")) if outcome == "reached" else None,
                     "notes": "", "asked_advice": channel == "meeting", "asked_job": False, "sent_resume": False,
                     "received_names": False, "created_at": now}
                )  # fmt: skip
                tried.append((at, channel, outcome, interaction_rows[-1]["direction"]))
                last_at = max(last_at or at, at)
                if outcome in ("reached", "replied"):
                    last_conv = max(last_conv or at, at)
            contact_rows.append(
                {"id": cid, "first_name": first, "last_name": last, "full_name": name, "company_id": company["id"],
                 "title": title, "linkedin_url": identity.normalize_linkedin_url(f"linkedin.com/in/{first}-{last}-{cid:x}"),
                 "source": "demo", "connected_on": connected, "notes": rng.choice(NOTES), "biggest_challenge": "",
                 "closeness": rng.randint(1, 5) if rated else None, "value": rng.randint(1, 5) if rated else None,
                 "stage": stage,
                 "cadence_days": rng.choice((30, 90, 90, 180)) if stage in ("warm", "engaged") else None,
                 "do_not_introduce": rng.random() < 0.01, "archived": rng.random() < 0.01,
                 "last_interaction_at": last_at, "last_conversation_at": last_conv,
                 **_patience(cid, name, tried, settings, zone),
                 "edited_fields": "", "created_at": now, "updated_at": now,
                 "search_text": identity.search_text(name, company["name"], title, emails, phones)}
            )  # fmt: skip
        warm_ids = [r["id"] for r in contact_rows if r["stage"] in ("warm", "engaged") and not r["archived"]]
        followups = _followups(warm_ids, {r["id"]: r for r in contact_rows}, tried_by, interaction_rows, today, rng,
                               settings, zone, now)  # fmt: skip
        bulk(Contact, contact_rows)
        if email_rows:
            bulk(ContactEmail, email_rows)
        if phone_rows:
            bulk(ContactPhone, phone_rows)
        if interaction_rows:
            bulk(Interaction, interaction_rows)
        if followups:
            bulk(FollowUp, followups)

        intros = []
        for i in range(min(len(warm_ids) // 2, 3 + contacts // 2000)):
            introducer, introduced = warm_ids[2 * i], warm_ids[2 * i + 1]
            stage = list(IntroductionStage)[i % 5].value
            intros.append(
                {"introducer_id": introducer, "introduced_id": introduced, "stage": stage,
                 "unanswered_attempts": i % 2, "outcome": "", "notes": "", "created_at": now, "updated_at": now}
            )  # fmt: skip
        if intros:
            bulk(Introduction, intros)
        targets = [c for c in companies if c["is_target"]] or companies[:3]
        opps = [
            {"company_id": c["id"], "title": rng.choice(TITLES), "stage": list(OpportunityStage)[i % 4].value,
             "contact_id": warm_ids[i] if i < len(warm_ids) else None, "notes": "", "created_at": now,
             "updated_at": now}
            for i, c in enumerate(targets[:4])
        ]  # fmt: skip
        bulk(Opportunity, opps)
        if warm_ids:
            bulk(GiveForward,
                [{"contact_id": warm_ids[0], "kind": "advice", "occurred_on": today - dt.timedelta(days=12),
                  "note": "Reviewed their pitch deck.", "created_at": now}],
            )  # fmt: skip
    return DemoSummary(
        contacts=contacts,
        companies=len({row["company_id"] for row in contact_rows}),  # where the people work, not every name made
        interactions=len(interaction_rows),
        followups=len(followups),
        introductions=len(intros),
        opportunities=len(opps),
    )
