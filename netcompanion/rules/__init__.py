"""The networking rules as pure functions (no database, no Qt): facts in, nudges out."""

from netcompanion.rules.common import PlannedFollowUp, RuleOutcome, first_name, say_day
from netcompanion.rules.touch import ContactState, TouchFacts, after_touch

__all__ = [
    "ContactState",
    "PlannedFollowUp",
    "RuleOutcome",
    "TouchFacts",
    "after_touch",
    "first_name",
    "say_day",
]
