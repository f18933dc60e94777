"""Rule 14, help someone: contacts whose biggest challenge you noted, and haven't helped lately."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import func, select

from netcompanion.settings import today_for
from netcompanion.store.engine import Store
from netcompanion.store.models import Company, Contact, GiveForward

RECENT_HELP_DAYS = 90


@dataclass(frozen=True)
class HelpSuggestion:
    contact_id: int
    name: str
    company: str
    challenge: str
    last_helped: dt.date | None

    @property
    def message(self) -> str:
        return (
            f"{self.name} is wrestling with {self.challenge} — could you help, or introduce someone who can?"
        )

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["last_helped"] = self.last_helped.isoformat() if self.last_helped else None
        data["message"] = self.message
        return data


def help_suggestions(store: Store, limit: int = 3, day: dt.date | None = None) -> list[HelpSuggestion]:
    """Whom you could help: a noted challenge, no favour logged for them recently, most valuable first."""
    day = day or today_for(store)
    last_help = (
        select(GiveForward.contact_id, func.max(GiveForward.occurred_on).label("last"))
        .group_by(GiveForward.contact_id)
        .subquery()
    )
    recent = day - dt.timedelta(days=RECENT_HELP_DAYS)
    with store.read() as session:
        rows = session.execute(
            select(Contact.id, Contact.full_name, Company.name, Contact.biggest_challenge, last_help.c.last)
            .outerjoin(Company, Company.id == Contact.company_id)
            .outerjoin(last_help, last_help.c.contact_id == Contact.id)
            .where(
                Contact.biggest_challenge != "",
                Contact.archived.is_(False),
                Contact.deleted_at.is_(None),
                (last_help.c.last.is_(None)) | (last_help.c.last < recent),
            )
            .order_by(
                last_help.c.last.is_not(None),
                Contact.value.desc().nulls_last(),
                Contact.closeness.desc().nulls_last(),
                Contact.id,
            )
            .limit(limit)
        ).all()
    return [
        HelpSuggestion(cid, name, company or "", challenge, last)
        for cid, name, company, challenge, last in rows
    ]
