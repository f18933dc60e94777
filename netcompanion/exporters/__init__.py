"""Writing contacts and follow-ups for other apps: spreadsheet CSV, vCard 4.0, iCalendar.

What this app exports as CSV or vCard imports back into it without loss or duplicates: each
record carries the contact's id, which the importers recognise.
"""

from netcompanion.exporters.files import EXPORT_FORMATS, write_export

__all__ = ["EXPORT_FORMATS", "write_export"]
