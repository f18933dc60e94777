"""Possible duplicates in a campaign: two records an import found may be one person, and the user has
not decided yet. Taken both, the campaign called that person twice; so a campaign chosen by rank
(`--best`) takes the one more worth calling and says whom it left out, and one chosen by hand keeps
both (the user's choice) but says the two may be one person."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from netcompanion.operations.duplicates import pairs_to_decide
from netcompanion.store.models import Campaign, CampaignMember

DECIDE = ("decide with `netcompanion import duplicates` (in the app: File → Past imports… → "
          "Possible duplicates…)")  # fmt: skip
SHOWN = 5  # people named in one sentence; the rest are counted


@dataclass(frozen=True)
class Twin:
    """A contact the campaign holds (or left out) and the record an import found may be them too."""

    contact_id: int
    name: str
    other_id: int
    other_name: str
    elsewhere: bool = False  # the other is in another running campaign, not in this one


def undecided_partners(session: Session) -> dict[int, dict[int, str]]:
    """Each contact in a pair still to decide (neither in the trash): the others they may be, by id,
    with those others' names."""
    partners: dict[int, dict[int, str]] = {}
    for pair, in_trash in pairs_to_decide(session):
        if in_trash:
            continue
        partners.setdefault(pair.contact_id, {})[pair.other_id] = pair.other_name
        partners.setdefault(pair.other_id, {})[pair.contact_id] = pair.contact_name
    return partners


def one_of_each_pair(
    ranked: Iterable[int], n: int, partners: dict[int, dict[int, str]], busy: set[int]
) -> tuple[list[int], list[Twin]]:
    """The first `n` of `ranked` (best first), leaving out anyone who may be the same person as
    someone already taken, or as someone `busy` in another running campaign: the better-ranked
    record of a pair is the one called. Returns those taken and those left out before the `n`th."""
    taken: list[int] = []
    kept: set[int] = set()
    left_out: list[Twin] = []
    for contact_id in ranked:
        if len(taken) >= n:
            break
        mine = partners.get(contact_id, {})
        twin = next((other for other in mine if other in kept), None) or next(
            (other for other in mine if other in busy), None
        )
        if twin is None:
            taken.append(contact_id)
            kept.add(contact_id)
        else:
            left_out.append(Twin(contact_id, partners[twin][contact_id], twin, mine[twin], twin not in kept))
    return taken, left_out


def both_in(
    partners: dict[int, dict[int, str]], members: Iterable[int], given: Sequence[int]
) -> list[Twin]:
    """Pairs still to decide that the campaign now holds both of, one of them among `given` (the
    people just chosen by hand): each pair once, the earlier record first."""
    held = set(members)
    found: dict[tuple[int, int], Twin] = {}
    for contact_id in given:
        for other, other_name in partners.get(contact_id, {}).items():
            if other in held:
                one, two = sorted((contact_id, other))
                names = {contact_id: partners[other][contact_id], other: other_name}
                found.setdefault((one, two), Twin(one, names[one], two, names[two]))
    return sorted(found.values(), key=lambda t: (t.contact_id, t.other_id))


def _listed(parts: list[str]) -> str:
    shown = parts[:SHOWN]
    more = f" and {len(parts) - SHOWN:,} more" if len(parts) > SHOWN else ""
    if len(shown) > 1 and not more:
        return f"{', '.join(shown[:-1])} and {shown[-1]}"
    return f"{', '.join(shown)}{more}"


def say_left_out(left_out: Sequence[Twin]) -> list[str]:
    """"Left out #14 Tobias Brenner: may be the same person as #1 Tobias Brenner, who is in it — decide
    with …": the campaign has fewer people than asked for, and the user learns why and what to do."""
    if not left_out:
        return []
    if len(left_out) == 1:
        t = left_out[0]
        where = "another running campaign" if t.elsewhere else "it"
        return [f"Left out #{t.contact_id} {t.name}: may be the same person as #{t.other_id} {t.other_name}, "
                f"who is in {where} — {DECIDE}."]  # fmt: skip
    parts = [f"#{t.contact_id} {t.name} (may be #{t.other_id} {t.other_name})" for t in left_out]
    return [f"Left out {_listed(parts)}: each may be the same person as someone in it or in another running "
            f"campaign — {DECIDE}."]  # fmt: skip


def in_running_campaigns(session: Session, contact_ids: Iterable[int]) -> set[int]:
    """Those of `contact_ids` a running campaign holds."""
    ids = list(contact_ids)
    return set(session.scalars(
        select(CampaignMember.contact_id).join(Campaign, Campaign.id == CampaignMember.campaign_id)
        .where(Campaign.active.is_(True), CampaignMember.contact_id.in_(ids))
    ))  # fmt: skip


def say_both_in(pairs: Sequence[Twin]) -> list[str]:
    """Two records of maybe one person, both chosen by hand: kept, and said, as the call list would
    otherwise bring the same person twice without a word."""
    if not pairs:
        return []
    parts = [f"#{t.contact_id} {t.name} and #{t.other_id} {t.other_name}" for t in pairs]
    they = "may be one person" if len(pairs) == 1 else "may each be one person"
    return [f"{_listed(parts)} {they}, and both are in it — {DECIDE}; a merge makes them one member."]


def maybe_one_person(session: Session, campaign_id: int, given: Sequence[int]) -> list[str]:
    """Chosen by hand (`given`), two records that may be one person are both kept (the user's
    choice), and said."""
    if not given:
        return []
    partners = undecided_partners(session)
    if not partners:
        return []
    members = session.scalars(select(CampaignMember.contact_id).where(CampaignMember.campaign_id == campaign_id))
    return say_both_in(both_in(partners, members, given))
