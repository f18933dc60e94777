"""Deleting an introduction or opportunity entered by mistake, from its page; Ctrl+Z puts it back.

No question first: Undo takes it back whole (open follow-ups and links included), as it does
for a deleted contact.
"""

from __future__ import annotations

from netcompanion import operations
from netcompanion.gui.context import AppContext


def delete_pursuit(ctx: AppContext, kind: str, pursuit_id: int) -> bool:
    """Delete one introduction or opportunity (`kind`) and offer Undo; False when it was gone already."""
    removed = ctx.run(operations.remove_pursuit, kind, pursuit_id, quiet=True)
    if removed is None:
        ctx.changed.emit()  # deleted elsewhere (the command line, say): show what is there
        return False
    ctx.offer_undo(f"deleted {removed.name}", operations.put_back_pursuit, removed)
    ctx.changed.emit()
    ctx.message.emit(f"Deleted {removed.name} — Ctrl+Z to undo.")
    return True
