"""The personal round (rule 13): every warm contact gets an individual note each period."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from netcompanion import clock, domain
from netcompanion.operations.today import KEEPS_IN_TOUCH
from netcompanion.rules.rounds import ROUND_TIP, round_period
from netcompanion.settings import load_settings
from netcompanion.store.engine import Store
from netcompanion.store.models import Company, Contact, Interaction


@dataclass(frozen=True)
class RoundItem:
    contact_id: int
    name: str
    company: str
    done_on: dt.date | None

    def to_json(self) -> dict[str, object]:
        return {
            "contact_id": self.contact_id,
            "name": self.name,
            "company": self.company,
            "done": self.done_on is not None,
            "done_on": self.done_on.isoformat() if self.done_on else None,
        }


@dataclass(frozen=True)
class PersonalRound:
    label: str
    start: dt.date
    end: dt.date
    items: tuple[RoundItem, ...]
    tip: str = ROUND_TIP

    @property
    def done(self) -> int:
        return sum(1 for item in self.items if item.done_on)

    def to_json(self) -> dict[str, object]:
        return {
            "label": self.label,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "done": self.done,
            "total": len(self.items),
            "tip": self.tip,
            "items": [item.to_json() for item in self.items],
        }


def personal_round(store: Store, day: dt.date | None = None) -> PersonalRound:
    """This period's checklist: warm and engaged contacts, ticked off by a note, e-mail or message sent
    them, or a conversation — what keeps them in touch on the call list too (see today.KEEPS_IN_TOUCH)."""
    with store.read() as session:
        settings = load_settings(session)
        zone = settings.zone
        period = round_period(day or clock.today(zone), settings.personal_round_months)
        since, _ = clock.day_bounds(period.start, zone)
        _, until = clock.day_bounds(period.end, zone)
        touched = (
            select(Interaction.contact_id, func.min(Interaction.occurred_at).label("first"))
            .where(Interaction.occurred_at >= since, Interaction.occurred_at < until, KEEPS_IN_TOUCH)
            .group_by(Interaction.contact_id)
            .subquery()
        )
        rows = session.execute(
            select(Contact.id, Contact.full_name, Company.name, touched.c.first)
            .outerjoin(Company, Company.id == Contact.company_id)
            .outerjoin(touched, touched.c.contact_id == Contact.id)
            .where(
                Contact.stage.in_([domain.Stage.WARM.value, domain.Stage.ENGAGED.value]),
                Contact.archived.is_(False),
                Contact.deleted_at.is_(None),
                Contact.parked_on.is_(None),
            )
            .order_by(touched.c.first.is_not(None), func.lower(Contact.full_name), Contact.id)
        ).all()
    items = tuple(
        RoundItem(cid, name, company or "", clock.day_of(first, zone) if first else None)
        for cid, name, company, first in rows
    )
    return PersonalRound(period.label, period.start, period.end, items)
