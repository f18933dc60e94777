"""What the import window says: the formats it reads, the counts and changes of a plan, the rows left
out. Plain text from the core's reports, apart from the window itself (the wizard and Past imports)."""

from __future__ import annotations

from netcompanion.operations import OperationError
from netcompanion.rules.common import plural

KINDS = {
    "linkedin": "LinkedIn connections (Connections.csv)",
    "linkedin-messages": "LinkedIn messages (messages.csv)",
    "linkedin-invitations": "LinkedIn invitations (Invitations.csv)",
    "google": "Google Contacts (CSV)",
    "outlook": "Outlook contacts (CSV)",
    "vcard": "vCard (.vcf)",
}


def detect_kind(path: str) -> str | None:
    try:
        from netcompanion.importers import detect_kind as detect
    except ImportError:
        return None
    try:
        return detect(path)
    except (OSError, OperationError, ValueError):
        return None


def skipped_lines(by_reason: dict[str, list[int]], shown: int = 8) -> list[str]:
    """One line per reason, naming the first rows (from `ImportReport.skipped_by_reason`)."""
    lines = []
    for reason, rows in by_reason.items():
        if len(rows) == 1:
            lines.append(f"Row {rows[0]}: {reason}")
            continue
        listed = ", ".join(str(row) for row in rows[:shown])
        more = f" and {len(rows) - shown:,} more" if len(rows) > shown else ""
        lines.append(f"{len(rows):,} rows: {reason} — rows {listed}{more}")
    return lines


def bold_count(count: int, thing: str) -> str:
    return f"<b>{count:,}</b> {plural(thing, count)}"


def change_lines(report) -> list[str]:
    """The preview's Changes tab: each contact the file changes and how, then who is new."""
    lines = list(report.updates or ())
    lines += [f"New: {who}" for who in report.new_people or ()]
    more = report.created - len(report.new_people or ())
    if report.new_people and more > 0:
        lines.append(f"… and {more:,} more new people")
    return lines or ["Nothing changes for the people you have."]


def counts_text(report) -> str:
    """The plan's counts in the file's own units (see ImportReport.counts)."""
    return " · ".join(f"<b>{count:,}</b> {words}" for count, words in report.counts())


def undone_words(report) -> str:
    """What an undo did, said after it ran: "as they were" only when nobody stayed and no merge
    lost its Undo (a contact changed or used since stays, and saying otherwise hides them)."""
    kept = list(report.skipped)  # KeptContact: (contact id, why), with the name
    if not kept and not report.merges_withdrawn:
        return "The import was undone: your contacts are as they were before it."
    lines = [f"Kept {entry.line()}." for entry in kept[:3]]
    if len(kept) > 3:
        lines.append(f"… and {len(kept) - 3:,} more kept for the same reason.")
    lines += [f"{merge.line()}." for merge in report.merges_withdrawn]
    return "\n".join(["The import was undone, except:", *lines])
