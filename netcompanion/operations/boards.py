"""The Introductions and Opportunities boards: the pursuits, as the pages and the command line list them."""

from __future__ import annotations

from sqlalchemy import exists, func, or_, select

from netcompanion import domain
from netcompanion.operations.pursuits import named_introduction_view, opportunity_view
from netcompanion.operations.results import IntroductionView, OpportunityView
from netcompanion.store.engine import Store
from netcompanion.store.models import Company, Contact, Introduction, Opportunity


def list_introductions(store: Store, contact_id: int | None = None) -> list[IntroductionView]:
    """Introductions, newest first, but none with someone in the trash (it can't move on until they
    are restored); with `contact_id`, those the contact made or received."""
    query = (
        select(Introduction, Company.name)
        .outerjoin(Company, Company.id == Introduction.company_id)
        .where(~_someone_in_trash(Introduction.introducer_id, Introduction.introduced_id))
    )
    if contact_id is not None:
        query = query.where(
            or_(Introduction.introducer_id == contact_id, Introduction.introduced_id == contact_id)
        )
    query = query.order_by(Introduction.updated_at.desc(), Introduction.id.desc())
    with store.read() as session:
        rows = session.execute(query).all()
        people = {i.introducer_id for i, _ in rows} | {i.introduced_id for i, _ in rows}
        names = dict(session.execute(select(Contact.id, Contact.full_name).where(Contact.id.in_(people))).all())
        return [named_introduction_view(intro, names[intro.introducer_id], names[intro.introduced_id], company or "")
                for intro, company in rows]  # fmt: skip


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
        views = [opportunity_view(o) for o in rows]
    return sorted(views, key=lambda v: order.get(v.stage, 99))


def count_opportunities_in_trash(store: Store) -> int:
    """How many opportunities the board leaves out for someone in the trash: the board says so, as
    they come back when that person is restored."""
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Opportunity).where(_opportunity_in_trash())) or 0
