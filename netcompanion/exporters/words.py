"""What an export says it wrote, on the command line and in the app alike."""

from __future__ import annotations

from netcompanion.rules.common import say_count


def export_words(kind: str, file: str, count: int, replaced: bool, cancelled: int = 0) -> str:
    """What an export wrote, where — that a file which was there is gone (an export replaces it
    whole), that a file of no contacts is as empty as it looks, and which calendar entries only
    take follow-ups off the calendar."""
    if kind == "ics":
        what = say_count(count, "calendar entry", "calendar entries") + " (follow-ups and planned calls"
        if cancelled:
            one = cancelled == 1
            what += (f"; {cancelled:,} of them {'is a follow-up' if one else 'are follow-ups'} no longer on your "
                     "list (done or dismissed lately, or waiting with a contact archived or in the trash), marked "
                     f"cancelled so that your calendar app takes {'it' if one else 'them'} off")  # fmt: skip
        what += ")"
    else:
        what = say_count(count, "contact")
    said = f"Replaced {file} with the export: {what}." if replaced else f"Exported {what} to {file}."
    if count == 0:  # (an empty calendar is refused before this: calendar apps reject one)
        holds = "only the column names" if kind == "csv" else "no cards"
        said += f" There are no contacts yet, so it holds {holds}."
    return said
