"""What operations hand back: plain, immutable data — never live database objects."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import asdict, dataclass, field

from netcompanion.domain import FIRST_DAY, LAST_DAY
from netcompanion.rules.common import Nudge


class OperationError(Exception):
    """A request the user can fix: the message is one clear sentence for them."""


class NotFound(OperationError):
    pass


class ValidationError(OperationError):
    pass


class Keep(enum.Enum):
    """Said for a field an edit leaves as it is, where None is a value of its own ("nobody", "no time")."""

    KEEP = "keep"


KEEP = Keep.KEEP


def check_day(day: dt.date, what: str) -> dt.date:
    """Refuse a day outside the range every part of the app can plan with (see domain.FIRST_DAY)."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValidationError(f"{what} must be a day from {FIRST_DAY} to {LAST_DAY} (got {day.isoformat()}).")
    return day


@dataclass(frozen=True)
class Changed:
    """Which records an operation touched, so views can refresh just those."""

    contacts: tuple[int, ...] = ()
    followups: tuple[int, ...] = ()
    interactions: tuple[int, ...] = ()
    introductions: tuple[int, ...] = ()
    opportunities: tuple[int, ...] = ()
    campaigns: tuple[int, ...] = ()


@dataclass(frozen=True)
class ContactView:
    id: int
    name: str
    first_name: str
    last_name: str
    company: str
    title: str
    linkedin_url: str | None
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    stage: str
    closeness: int | None
    value: int | None
    cadence_days: int | None
    do_not_introduce: bool
    archived: bool
    parked: bool
    cooldown_until: dt.date | None
    no_ask_until: dt.date | None
    unanswered_attempts: int
    last_interaction: dt.date | None
    source: str
    referred_by_id: int | None
    connected_on: dt.date | None
    tags: tuple[str, ...]
    notes: str
    biggest_challenge: str
    birthday: str | None  # YYYY-MM-DD, or --MM-DD without the year (birthdays.birthday_words reads it)

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        for key in ("cooldown_until", "no_ask_until", "last_interaction", "connected_on"):
            value = data[key]
            data[key] = value.isoformat() if value else None
        data["emails"] = list(self.emails)
        data["phones"] = list(self.phones)
        data["tags"] = list(self.tags)
        return data


@dataclass(frozen=True)
class AddedContact(ContactView):
    """A contact just added, with what the app noticed about it (an e-mail someone else already
    has): still a ContactView for every caller that only wants the contact."""

    nudges: tuple[Nudge, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {**super().to_json(), "nudges": [n.to_json() for n in self.nudges]}


@dataclass(frozen=True)
class EditedContact(AddedContact):
    """A contact just edited, with the same notes as one just added (an e-mail it was given that
    another contact has), so the edit says what the add would have."""


@dataclass(frozen=True)
class FollowUpView:
    id: int
    contact_id: int
    contact_name: str
    kind: str
    due: dt.date
    at: dt.time | None
    status: str
    snoozed_until: dt.date | None
    note: str
    origin: str

    def effective_due(self) -> dt.date:
        return self.snoozed_until if self.status == "snoozed" and self.snoozed_until else self.due

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "contact_id": self.contact_id,
            "contact_name": self.contact_name,
            "kind": self.kind,
            "due": self.due.isoformat(),
            "at": self.at.strftime("%H:%M") if self.at else None,
            "status": self.status,
            "snoozed_until": self.snoozed_until.isoformat() if self.snoozed_until else None,
            "comes_up": self.effective_due().isoformat(),  # the day shown in lists: due, or the end of a snooze
            "note": self.note,
            "origin": self.origin,
        }


@dataclass(frozen=True)
class InteractionView:
    id: int
    contact_id: int
    occurred_at: dt.datetime
    channel: str
    direction: str
    outcome: str
    mood: str | None
    notes: str
    asked_advice: bool
    asked_job: bool
    sent_resume: bool
    received_names: bool

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["occurred_at"] = self.occurred_at.isoformat()
        return data


@dataclass(frozen=True)
class TouchResult:
    """What logging a touch did: the interaction, the nudges to show, the follow-ups created."""

    interaction: InteractionView
    nudges: tuple[Nudge, ...]
    followups_created: tuple[FollowUpView, ...]
    changed: Changed = field(default_factory=Changed)
    take_back: object | None = None  # a take_back.TouchSnapshot: what `take_back_touch` needs

    def to_json(self) -> dict[str, object]:
        return {
            "interaction": self.interaction.to_json(),
            "nudges": [n.to_json() for n in self.nudges],
            "followups_created": [f.to_json() for f in self.followups_created],
        }


@dataclass(frozen=True)
class IntroductionView:
    id: int
    introducer_id: int
    introducer_name: str
    introduced_id: int
    introduced_name: str
    company: str
    opportunity_id: int | None
    stage: str
    unanswered_attempts: int
    outcome: str
    notes: str


@dataclass(frozen=True)
class OpportunityView:
    id: int
    company: str
    title: str
    stage: str
    contact_id: int | None
    hiring_manager_id: int | None
    notes: str


@dataclass(frozen=True)
class FavourView:
    id: int
    contact_id: int | None
    other_contact_id: int | None
    kind: str
    day: dt.date
    note: str


@dataclass(frozen=True)
class PursuitResult:
    """An introduction, opportunity or favour as recorded, with what the rules said about it."""

    record: IntroductionView | OpportunityView | FavourView
    nudges: tuple[Nudge, ...] = ()
    followups_created: tuple[FollowUpView, ...] = ()
    followups_withdrawn: tuple[FollowUpView, ...] = ()  # by a stage move back: no longer called for
    followups_done: tuple[FollowUpView, ...] = ()  # by a stage move that settles them: the loop closed
    take_back: object | None = None  # a stage_moves.StageMove: what take_back_stage_move needs (None: no change)
