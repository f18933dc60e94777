"""The time zone box in Settings: "System (Europe/Berlin)" first — no zone of the app's own, the
computer's is used — then every IANA zone by name. It is editable: a few letters ("berl") find the
zone, and what is typed is checked on Save (the settings refuse a name no zone has)."""

from __future__ import annotations

import functools
import zoneinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from netcompanion import clock


@functools.cache
def zone_names() -> tuple[str, ...]:
    """Every named zone on this computer, sorted (reading them takes a moment: once a session)."""
    return tuple(sorted(zoneinfo.available_timezones()))


def system_zone_words() -> str:
    """The first choice, meaning the computer's own zone, which it names when it can."""
    key = getattr(clock.local_zone(""), "key", None) or ""
    return f"System ({key})" if key and key != "localtime" else "System"


def fill_zones(combo: QComboBox, current: str) -> None:
    """The choices, with `current` (the setting; "" for the system's) chosen."""
    combo.clear()
    combo.addItem(system_zone_words(), "")
    for name in zone_names():
        combo.addItem(name, name)
    index = combo.findData(current) if current else 0
    if index >= 0:
        combo.setCurrentIndex(index)
    else:  # a zone this computer does not know: shown as set, for Save to say so
        combo.setEditText(current)
    completer = QCompleter([combo.itemText(i) for i in range(combo.count())], combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "berl" finds Europe/Berlin
    combo.setCompleter(completer)


def chosen_zone(combo: QComboBox) -> str:
    """The setting for what the box shows: "" for the system's, a listed zone's own spelling for a
    name typed in any case, else the text as typed (for the settings to refuse)."""
    text = combo.currentText().strip()
    if not text or text == combo.itemText(0) or text.casefold() == "system":
        return ""
    found = combo.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive
    return str(combo.itemData(found)) if found >= 0 else text
