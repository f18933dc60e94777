"""The Introductions and Opportunities boards: the pursuits, as the pages and the command line list them."""

from __future__ import annotations

from sqlalchemy import exists, func, or_, select

from netcompanion import domain
from netcompanion.operations.results import IntroductionView, OpportunityView
from netcompanion.store.engine import Store
from netcompanion.store.models import Company, Contact, Introduction, Opportunity


def _intro_view(intro: Introduction, names: dict[int, str], company: str) -> IntroductionView:
    return IntroductionView(
        id=intro.id,
        introducer_id=intro.introducer_id,
        introducer_name=names.get(intro.introducer_id, ""),
        introduced_id=intro.introduced_id,
        introduced_name=names.get(intro.introduced_id, ""),
        company=company,
        opportunity_id=intro.opportunity_id,
        stage=intro.stage,
        unanswered_attempts=intro.unanswered_attempts,
        outcome=intro.outcome,
        notes=intro.notes,
    )


def list_introductions(store: Store, contact_id: int | None = None) -> list[IntroductionView]:
    """Introductions, newest first, but none with someone in the trash (it can't move on until they
    are restored); with `contact_id`, those the contact made or received."""
    query = select(Introduction, Company.name).outerjoin(Company, Company.id == Introduction.company_id)
    if contact_id is not None:
        query = query.where(
            or_(Introduction.introducer_id == contact_id, Introduction.introduced_id == contact_id)
        )
    query = query.order_by(Introduction.updated_at.desc(), Introduction.id.desc())
    with store.read() as session:
        rows = session.execute(query).all()
        people = {i.introducer_id for i, _ in rows} | {i.introduced_id for i, _ in rows}
        here = select(Contact.id, Contact.full_name).where(Contact.id.in_(people), Contact.deleted_at.is_(None))
        names = dict(session.execute(here).all())
        return [_intro_view(intro, names, company or "") for intro, company in rows
                if intro.introducer_id in names and intro.introduced_id in names]  # fmt: skip


def _someone_in_trash(*people):
    """A pursuit with one of its `people` (the columns naming them) in the trash: it can't move on
    until they are restored, so it is out of its board meanwhile."""
    return exists().where(Contact.deleted_at.is_not(None), or_(*(Contact.id == person for person in people)))


def count_introductions_in_trash(store: Store, contact_id: int | None = None) -> int:
    """How many introductions the board leaves out for someone in the trash (with `contact_id`, of
    those the contact made or received): the board says so, as they come back when that person is
    restored."""
    query = select(func.count()).select_from(Introduction).where(
        _someone_in_trash(Introduction.introducer_id, Introduction.introduced_id)
    )
    if contact_id is not None:
        query = query.where(or_(Introduction.introducer_id == contact_id, Introduction.introduced_id == contact_id))
    with store.read() as session:
        return session.scalar(query) or 0


def _opportunity_in_trash():
    """An opportunity whose contact or hiring manager is in the trash."""
    return _someone_in_trash(Opportunity.contact_id, Opportunity.hiring_manager_id)


def list_opportunities(store: Store) -> list[OpportunityView]:
    """Every opportunity but those with someone in the trash, grouped by stage order then newest first."""
    order = {s.value: n for n, s in enumerate(domain.OpportunityStage)}
    with store.read() as session:
        rows = session.scalars(
            select(Opportunity)
            .where(~_opportunity_in_trash())
            .order_by(Opportunity.updated_at.desc(), Opportunity.id.desc())
        ).all()
        views = [
            OpportunityView(
                o.id, o.company.name, o.title, o.stage, o.contact_id, o.hiring_manager_id, o.notes
            )
            for o in rows
        ]
    return sorted(views, key=lambda v: order.get(v.stage, 99))


def count_opportunities_in_trash(store: Store) -> int:
    """How many opportunities the board leaves out for someone in the trash: the board says so, as
    they come back when that person is restored."""
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Opportunity).where(_opportunity_in_trash())) or 0
