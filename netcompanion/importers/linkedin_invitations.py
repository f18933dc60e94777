"""LinkedIn `Invitations.csv`: an invitation sent or received is the first touch with someone."""

from __future__ import annotations

from netcompanion.identity import normalize_linkedin_url
from netcompanion.importers.base import IncomingTouch, ParsedFile
from netcompanion.importers.dates import column_order, moment_in_column
from netcompanion.importers.linkedin_messages import touch_key
from netcompanion.importers.sniff import Table

KIND = "linkedin-invitations"
REQUIRED = ("from", "to", "sent at", "direction")


def matches(columns: set[str]) -> bool:
    return all(c in columns for c in REQUIRED)


def parse(table: Table) -> ParsedFile:
    parsed = ParsedFile(KIND)
    i_sent, i_dir = table.index("sent at"), table.index("direction")
    i_message = table.index("message")
    i_inviter, i_invitee = table.index("inviterprofileurl"), table.index("inviteeprofileurl")
    rows = list(table.rows())  # twice: first how the column writes its dates, then the rows
    order = column_order(cells[i_sent] for _, cells in rows)
    for line, cells in rows:
        parsed.total_rows += 1
        direction = cells[i_dir].strip().upper()
        if direction not in ("INCOMING", "OUTGOING"):
            parsed.errors.append(
                (line, f"'Direction' should be INCOMING or OUTGOING; found {cells[i_dir].strip()!r}")
            )
            continue
        column = i_inviter if direction == "INCOMING" else i_invitee
        url = normalize_linkedin_url(cells[column]) if column is not None else None
        if url is None:
            parsed.skipped.append((line, "no profile URL for the other person"))
            continue
        moment, problem = moment_in_column(cells[i_sent], "Sent At", "11/6/24, 10:45 AM", order)
        if moment is None:
            parsed.errors.append((line, problem))
            continue
        message = cells[i_message].strip() if i_message is not None else ""
        inbound = direction == "INCOMING"
        parsed.touches.append(IncomingTouch(
            line, touch_key("invitation", direction, url, moment.isoformat()), url, moment,
            "inbound" if inbound else "outbound", "replied" if inbound else "no-reply",
            ("Invitation: " + message) if message else "Invitation"))  # fmt: skip
    return parsed
