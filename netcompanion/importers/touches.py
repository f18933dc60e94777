"""Planning the messages and invitations of a LinkedIn export as interactions on known contacts.

A message belongs to a contact only through their profile URL, never through a name: a wrong
"last talked to" date would put the wrong person on the call list. Each message is known by its
key, so importing the same export again adds nothing.
"""

from __future__ import annotations

from netcompanion.importers.base import ParsedFile
from netcompanion.importers.existing import Existing
from netcompanion.importers.plan import Plan
from netcompanion.store.moments import stored_text


def plan_touches(parsed: ParsedFile, existing: Existing, plan: Plan) -> None:
    """Add the file's new touches to `plan`, with each contact's newest contact and conversation."""
    seen_keys = existing.interaction_keys
    unknown: dict[int, list[str]] = {}  # a group message is one row with a touch per recipient
    for touch in parsed.touches:
        contact_id = existing.by_url.get(touch.profile_url)
        if contact_id is None or existing.contacts[contact_id].deleted:
            unknown.setdefault(touch.row, []).append(touch.profile_url)
            continue
        if touch.key in seen_keys:
            plan.unchanged += 1
            continue
        seen_keys.add(touch.key)
        plan.touches.append((contact_id, touch))
        known = existing.contacts[contact_id]
        last, talk = plan.last_touch.get(contact_id, (known.last_interaction_at, known.last_conversation_at))
        moment = stored_text(touch.occurred_at)
        if last is None or moment > last:
            last = moment
        if touch.outcome in ("reached", "replied") and (talk is None or moment > talk):
            talk = moment
        plan.last_touch[contact_id] = (last, talk)
    for row, urls in unknown.items():
        profiles = f"the profile {urls[0]}" if len(urls) == 1 else f"the profiles {', '.join(urls)}"
        plan.skipped.append((row, f"no contact with {profiles}"))
    for cid, (last, talk) in plan.last_touch.items():
        known = existing.contacts[cid]
        before = (known.last_interaction_at, known.last_conversation_at)
        if (last, talk) != before:
            plan.updated_names[cid] = known.full_name
            plan.touch_before[cid] = before
