"""Every keyboard shortcut the app has, in one table (SHORTCUTS): the menus, the views and the
dialogs take their keys from it, and Help → Keyboard shortcuts lists it, so the list says what the
keys really do.

Shortcuts that act only where they are meant to: PySide6 (6.11) drops the context given to
QShortcut's constructor together with a slot and makes every such shortcut window-wide: the Delete
key meant for the Contacts table moved the selected people to the trash while a check box or a
combo box had the focus. Here the context is set on its own, and the slot connected after.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

WIDGET = Qt.ShortcutContext.WidgetShortcut  # only while this widget has the focus
WITH_CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut  # while it or a widget inside it has the focus
WINDOW = Qt.ShortcutContext.WindowShortcut  # anywhere in the window

Std = QKeySequence.StandardKey
BACKTAB = QKeySequence("Shift+Tab")


@dataclass(frozen=True)
class Keys:
    """One shortcut: where it works (its heading in the list), what it does, and its keys: text such
    as "Ctrl+M", or a standard key that each platform binds its own way (Undo: Ctrl+Z, ⌘Z on a Mac)."""

    where: str
    what: str
    keys: tuple[str | QKeySequence.StandardKey, ...]

    def sequences(self) -> list[QKeySequence]:
        """A standard key is its platform's first binding, none where the platform has none (Settings
        has Ctrl+, everywhere, and on a Mac its ⌘, too, the same keys)."""
        found: list[QKeySequence] = []
        for sequence in map(QKeySequence, self.keys):
            if not sequence.isEmpty() and sequence not in found:
                found.append(sequence)
        return found

    def text(self) -> str:
        """The keys as the user reads them: "Ctrl+K or Ctrl+F", "1–5"."""
        shown = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in self.sequences()]
        if len(shown) > 2 and "".join(shown) in "123456789":
            return f"{shown[0]}–{shown[-1]}"
        return " or ".join(shown)

    def codes(self) -> set[Qt.Key]:
        """The keys of a shortcut of single keys ("1", "Space"), as key events name them (Shift+Tab
        comes as Backtab)."""
        return {Qt.Key.Key_Backtab if s == BACKTAB else s[0].key() for s in self.sequences()}


EVERYWHERE, TODAY, CONTACTS, STORY = "Everywhere", "Today", "Contacts", "A contact's page"
INTRODUCTIONS, OPPORTUNITIES, TRIAGE, IMPORT = "Introductions", "Opportunities", "Triage", "Import"
DUPLICATES = "Possible duplicates"

SHORTCUTS: dict[str, Keys] = {
    "find": Keys(EVERYWHERE, "Find a contact", ("Ctrl+K", "Ctrl+F")),
    "view.today": Keys(EVERYWHERE, "Go to Today", ("Ctrl+1",)),
    "view.contacts": Keys(EVERYWHERE, "Go to Contacts", ("Ctrl+2",)),
    "view.introductions": Keys(EVERYWHERE, "Go to Introductions", ("Ctrl+3",)),
    "view.opportunities": Keys(EVERYWHERE, "Go to Opportunities", ("Ctrl+4",)),
    "view.campaign": Keys(EVERYWHERE, "Go to Campaign", ("Ctrl+5",)),
    "view.insights": Keys(EVERYWHERE, "Go to Insights", ("Ctrl+6",)),
    "new_contact": Keys(EVERYWHERE, "Add a contact", (Std.New,)),
    "undo": Keys(EVERYWHERE, "Undo the last change (Edit → Undo says which)", (Std.Undo,)),
    "triage": Keys(EVERYWHERE, "Triage contacts: rate them one by one", ("Ctrl+T",)),
    "import": Keys(EVERYWHERE, "Import contacts", ("Ctrl+I",)),
    "export": Keys(EVERYWHERE, "Export contacts", ("Ctrl+Shift+E",)),
    "refresh": Keys(EVERYWHERE, "Read everything again", (Std.Refresh,)),
    "settings": Keys(EVERYWHERE, "Settings", (Std.Preferences, "Ctrl+,")),
    "shortcuts": Keys(EVERYWHERE, "This list of keyboard shortcuts", ("F1", "Ctrl+/")),
    "dismiss_reminder": Keys(EVERYWHERE, "Dismiss the reminder shown at the top of the window", ("Esc",)),
    "quit": Keys(EVERYWHERE, "Quit (closing the window keeps the app in the tray)", (Std.Quit,)),
    # Today: single keys on the call list (or the card), for the person chosen in it
    "today.reached": Keys(TODAY, "Reached them: log the call and move on", ("1",)),
    "today.voicemail": Keys(TODAY, "Left a voicemail", ("2",)),
    "today.no_answer": Keys(TODAY, "No answer", ("3",)),
    "today.replied": Keys(TODAY, "They replied to a message", ("4",)),
    # Neutral has no key of its own: N skips (N was meant for both from the start).
    "today.thrilled": Keys(TODAY, "They were thrilled (press before 1–4)", ("T",)),
    "today.indifferent": Keys(TODAY, "They were indifferent (press before 1–4)", ("I",)),
    "today.wary": Keys(TODAY, "They were wary (press before 1–4)", ("W",)),
    "today.details": Keys(TODAY, "Log the touch with details…", ("L",)),
    "today.snooze": Keys(TODAY, "Snooze them a day", ("S",)),
    "today.skip": Keys(TODAY, "Skip them for now", ("N", "Space")),
    "today.story": Keys(TODAY, "Open their page", ("O",)),
    "today.edit_followup": Keys(TODAY, "Edit the follow-up they are listed for…", ("F2",)),
    "today.put_away": Keys(TODAY, "Put away what the last call advised", ("Esc",)),
    "contacts.into_list": Keys(CONTACTS, "From the filter box, down into the list", ("Down",)),
    "contacts.open": Keys(CONTACTS, "Open the selected contact", ("Return", "Enter")),
    "merge": Keys(CONTACTS, "Merge the two selected contacts (Edit → Merge two contacts…)", ("Ctrl+M",)),
    "contacts.delete": Keys(CONTACTS, "Move the selected contacts to the trash", (Std.Delete,)),
    "contacts.clear_filter": Keys(CONTACTS, "Empty the filter box", ("Esc",)),
    "story.save": Keys(STORY, "Save the changes", ("Ctrl+S",)),
    "story.log": Keys(STORY, "Log a touch…", ("Ctrl+L",)),
    "story.back": Keys(STORY, "Back to the view you came from", ("Esc",)),
    "story.edit_followup": Keys(STORY, "Edit the selected follow-up… (Follow-ups tab)", ("F2",)),
    "back": Keys(STORY, "Back, as Esc does", ("Alt+Left",)),
    "story.remove_favour": Keys(STORY, "Remove the selected favour (People tab)", (Std.Delete,)),
    "introductions.next": Keys(INTRODUCTIONS, "Move the selected introduction on a stage", ("Ctrl+Right",)),
    "introductions.back": Keys(INTRODUCTIONS, "Move it back a stage", ("Ctrl+Left",)),
    "introductions.delete": Keys(INTRODUCTIONS, "Delete the selected introduction", (Std.Delete,)),
    "opportunities.edit": Keys(OPPORTUNITIES, "Edit the selected opportunity", ("F2",)),
    "opportunities.delete": Keys(OPPORTUNITIES, "Delete the selected opportunity", (Std.Delete,)),
    "triage.rate": Keys(TRIAGE, "Rate closeness, then value (then on to the next person)", tuple("12345")),
    "triage.switch": Keys(TRIAGE, "Switch between rating closeness and value", ("Tab", "Shift+Tab")),
    "triage.campaign": Keys(TRIAGE, "Put them in the campaign, or take them out", ("Space",)),
    "triage.next": Keys(TRIAGE, "The next person", ("Right", "Down")),
    "triage.previous": Keys(TRIAGE, "The person before", ("Left", "Up")),
    "import.decide": Keys(IMPORT, "Decide the possible duplicate on the selected line", ("Return", "Enter")),
    "duplicates.compare": Keys(DUPLICATES, "Compare the selected pair", ("Return", "Enter")),
}


def shortcut(name: str, widget: QWidget, slot: Callable[[], object], context: Qt.ShortcutContext = WIDGET) -> QShortcut:
    """The keys of SHORTCUTS[name] on `widget`, in `context`, calling `slot`."""
    made = QShortcut(widget)
    made.setContext(context)
    made.setKeys(SHORTCUTS[name].sequences())
    made.activated.connect(slot)
    return made
