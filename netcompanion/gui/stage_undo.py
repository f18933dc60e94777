"""Edit ▸ Undo (Ctrl+Z) for a stage move on the Introductions and Opportunities pages: a card
moved on (or back) by mistake goes back, with the reminders the move planned or withdrew."""

from __future__ import annotations

from collections.abc import Callable

from netcompanion import operations
from netcompanion.gui.context import AppContext


def offer_stage_undo(
    ctx: AppContext, move: operations.StageMove, stage_title: str, then: Callable[[int], None]
) -> None:
    """Offer to take back `move` (to the stage the page calls `stage_title`); `then` gets the
    pursuit's id once it is back, to select it again."""
    label = f"moving {move.name} to “{stage_title}”"
    ctx.offer_undo(label, operations.take_back_stage_move, move, then=then)
    ctx.message.emit(f"Moved {move.name} to “{stage_title}” — Ctrl+Z to undo.")
