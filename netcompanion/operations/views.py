"""Turning rows into the plain views operations return."""

from __future__ import annotations

from netcompanion.operations.results import FollowUpView, InteractionView
from netcompanion.store.models import FollowUp, Interaction


def followup_view(followup: FollowUp, contact_name: str) -> FollowUpView:
    return FollowUpView(
        id=followup.id,
        contact_id=followup.contact_id,
        contact_name=contact_name,
        kind=followup.kind,
        due=followup.due_date,
        at=followup.due_time,
        status=followup.status,
        snoozed_until=followup.snoozed_until,
        note=followup.note,
        origin=followup.origin,
    )


def interaction_view(row: Interaction) -> InteractionView:
    return InteractionView(
        id=row.id,
        contact_id=row.contact_id,
        occurred_at=row.occurred_at,
        channel=row.channel,
        direction=row.direction,
        outcome=row.outcome,
        mood=row.mood,
        notes=row.notes,
        asked_advice=row.asked_advice,
        asked_job=row.asked_job,
        sent_resume=row.sent_resume,
        received_names=row.received_names,
    )
