"""Today: the call list. One key records what happened and moves on to the next person.

Keys (the "today." ones in shortcuts.py): 1 reached · 2 voicemail · 3 no answer · 4 replied
(T/I/W first to say how they took it) · L log with details · S snooze a day · N skip · O open the
contact's story · F2 edit the follow-up they are listed for · Esc put away what the last call advised.
What the keys do is in today_actions.py.

When nobody is left to call, the view says why — the day's quota is called, or nothing is due
and no campaign is running — and offers what to do next (quiet_day.py). What the core advises
after a call shows above the list (call_advice.py); the person on the card and their line in the
list are in call_card.py, the buttons under them in call_buttons.py; under the list, how far
the personal round is (personal_round.py) and someone you could help (help_someone.py).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from netcompanion import clock, operations
from netcompanion.calllist import CallListEntry as Entry
from netcompanion.calllist_words import say_list_progress
from netcompanion.gui.assets import embed_form
from netcompanion.gui.call_advice import CallAdvice
from netcompanion.gui.call_buttons import CardButtons
from netcompanion.gui.call_card import Handled, dress_card, last_touches, list_line, say_touch, show_person
from netcompanion.gui.context import AppContext, reads_in_background
from netcompanion.gui.fit_text import fit_list
from netcompanion.gui.help_someone import HelpLine
from netcompanion.gui.personal_round import RoundLine
from netcompanion.gui.quiet_day import (
    end_complete_campaigns,
    show_quiet_day,
    start_campaign,
    triage_cold_contacts,
)
from netcompanion.gui.shortcuts import SHORTCUTS
from netcompanion.gui.today_actions import MOODS, OUTCOMES, TodayActions
from netcompanion.gui.worker import LatestRead
from netcompanion.operations import DoneToday, QuietDay, done_today, read_today
from netcompanion.rules.common import say_day


class TodayView(TodayActions, QWidget):
    def __init__(self, ctx: AppContext, day: dt.date | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self._fixed_day = day  # tests pin a day; otherwise "today" moves on at midnight
        self.zone = operations.get_settings(ctx.store).zone  # the user's: their today, their touches' days
        self.day = day or clock.today(self.zone)
        self.form = f = embed_form(self, "today")
        dress_card(f)
        for name in ("dayLabel", "emptyHint"):
            getattr(f, name).setProperty("role", "muted")
        f.emptyTitle.setProperty("role", "heading")
        f.emptyPanel.setProperty("role", "card")
        f.emptyPanel.setVisible(False)
        self.advice = CallAdvice(ctx, f.nudgesLabel, f.nudgesScroll)  # hidden until a call brings some
        self.round = RoundLine(ctx, f, self)  # under the list: how far this period's personal round is
        self.help = HelpLine(ctx, f, self)  # and someone you could help
        f.splitter.setSizes([380, 700])
        self.entries: list[Entry] = []
        self.listed: set[int] = set()  # who the last read of the call list holds
        self._select_after_reread: int | None = None
        self.done: dict[int, Handled] = {}  # contact id → what became of them today
        self.quiet: QuietDay | None = None  # why nobody is left to call, when nobody is
        self.mood: str | None = None
        self._again: tuple[int, str] | None = None  # (contact, key) pressed once on someone done today
        self.loaded = False  # the call list has been read at least once
        self._reads = LatestRead(ctx.reader)

        for key, button in (
            ("today.reached", f.reachedButton),
            ("today.voicemail", f.voicemailButton),
            ("today.no_answer", f.noAnswerButton),
            ("today.replied", f.repliedButton),
        ):
            button.setProperty("role", "outcome")
            button.clicked.connect(lambda _=False, k=key: self.record(k))
        f.detailsButton.clicked.connect(self.log_details)
        f.snoozeButton.clicked.connect(self.snooze)
        f.skipButton.clicked.connect(self.skip)
        f.storyButton.clicked.connect(self.open_story)
        f.campaignButton.clicked.connect(lambda: self.start_campaign())
        f.endCampaignButton.clicked.connect(lambda: self.end_complete_campaigns())
        f.triageButton.clicked.connect(lambda: self.triage())
        self.card_buttons = CardButtons(f, (f.reachedButton, f.voicemailButton, f.noAnswerButton, f.repliedButton,
                                            f.detailsButton, f.snoozeButton, f.skipButton, f.storyButton))  # fmt: skip
        f.entryCard.installEventFilter(self)
        f.nudgesScroll.installEventFilter(self)

        # Single keys act on the list (an event filter, so the list's type-ahead search doesn't eat them).
        actions = {**{k: (lambda k=k: self.record(k)) for k in OUTCOMES},
                   **{f"today.{m}": (lambda m=m: self.set_mood(m)) for m in MOODS},
                   "today.details": self.log_details, "today.snooze": self.snooze, "today.skip": self.skip,
                   "today.story": self.open_story, "today.put_away": self.dismiss_nudges,
                   "today.edit_followup": self.edit_followup}  # fmt: skip
        self._keys = {code: action for name, action in actions.items() for code in SHORTCUTS[name].codes()}
        f.callList.installEventFilter(self)
        fit_list(f.callList)
        f.cardScroll.installEventFilter(self)  # tabbed into to scroll it, the keys still work
        f.callList.currentRowChanged.connect(self._show_current)
        f.callList.itemActivated.connect(lambda _item: self.open_story())
        self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.form.entryCard and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.card_buttons.fit()
        if watched is self.form.nudgesScroll and event.type() == QEvent.Type.Resize:
            self.advice.fit()
        if (
            event.type() == QEvent.Type.KeyPress
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            action = self._keys.get(Qt.Key(event.key()))
            if action is not None and self.form.entryCard.isHidden() and action != self.dismiss_nudges:
                action = None  # nobody left to call: no key logs a second touch for someone done
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)

    # ---- the list -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the call list again. In a large network that takes ~50 ms (100,000 contacts), so it
        runs on the worker; meanwhile the list stays as it is, with what was just done ticked off."""
        self.zone = operations.get_settings(self.ctx.store).zone
        day = self._fixed_day or clock.today(self.zone)
        if day != self.day:  # a new day: a new list, nothing done yet, yesterday's nudges gone
            self.day, self.done, self.entries, self.loaded = day, {}, [], False
            self.listed = set()
            self.quiet = None
            self.dismiss_nudges()
        store = self.ctx.store
        done = frozenset(self.done)
        self.round.refresh(self._fixed_day)
        self.help.refresh(self._fixed_day)

        def read() -> tuple[list[Entry], QuietDay | None, list[DoneToday]]:
            # With who was touched today elsewhere: before a restart, from a contact's page, on the command line.
            return (*read_today(store, day, done), done_today(store, day))

        if not reads_in_background(store):
            self._reads.forget()  # this read is newer than any still on its way
            self._show_list(read())
            return
        self._fill_keeping_current()
        self._reads.submit(lambda _progress: read(), self._show_list, self._unread)

    def _unread(self, message: str) -> None:
        """The call list could not be read: say so where the list would be (F5 tries again)."""
        self.loaded = True
        self._fill_keeping_current()
        self.form.dayLabel.setText(
            f"{say_day(self.day)} — today's list could not be read. Press F5 to try again."
        )
        self.ctx.error(message)

    def _show_list(self, read: tuple[list[Entry], QuietDay | None, list[DoneToday]]) -> None:
        fresh, self.quiet, earlier = read
        current = self.current()
        known = {e.contact_id for e in fresh}
        # The database says who was touched today, however it was logged (here, on their page, on the
        # command line, before a restart) and whether it was taken back since; skips are Today's own.
        touched = {done.entry.contact_id for done in earlier}
        for contact_id, handled in list(self.done.items()):
            if handled.mark != "aside" and contact_id not in touched:
                del self.done[contact_id]
        listed = {e.contact_id for e in self.entries}
        for done in earlier:
            self.done[done.entry.contact_id] = Handled.touch(say_touch(done), done.outcome)
            if done.entry.contact_id not in listed:
                self.entries.append(done.entry)
        # People handled today stay on the list (ticked off) even if the call list dropped them.
        kept = [e for e in self.entries if e.contact_id in self.done and e.contact_id not in known]
        self.entries = fresh + kept
        self.listed = known
        self.loaded = True
        chosen, self._select_after_reread = self._select_after_reread, None  # a touch taken back
        self._fill(chosen or (current.contact_id if current else None))

    def _fill_keeping_current(self) -> None:
        current = self.current()
        self._fill(current.contact_id if current else None)

    def _fill(self, select_id: int | None) -> None:
        f = self.form
        f.callList.blockSignals(True)
        f.callList.clear()
        for entry in self.entries:
            handled = self.done.get(entry.contact_id)
            item = QListWidgetItem(list_line(entry, handled))
            item.setData(Qt.ItemDataRole.UserRole, entry.contact_id)
            if handled is not None:
                font = item.font()
                font.setStrikeOut(handled.mark == "reached")  # only a call that got through is crossed off
                font.setItalic(handled.mark == "aside")
                item.setFont(font)
                item.setForeground(f.callList.palette().placeholderText())
            f.callList.addItem(item)
        open_count = sum(1 for e in self.entries if e.contact_id not in self.done)
        has = bool(self.entries)
        if not self.loaded:
            f.dayLabel.setText(f"{say_day(self.day)} — reading today's list…")
        elif has:
            # the snoozed who left the list are counted apart from it (see say_list_progress)
            set_aside = sum(1 for e in self.entries if self._set_aside(e.contact_id))
            f.dayLabel.setText(
                f"{say_day(self.day)} — {say_list_progress(len(self.entries) - set_aside, open_count, set_aside)}"
            )
        else:
            f.dayLabel.setText(say_day(self.day))
        # Nobody left to call: the panel stands in for the card; the list stays, to look back on.
        # What goes is hidden before what comes is shown: showing a widget fits the window to all
        # that is shown at that moment, and a window grown taller does not shrink back.
        quiet = self.quiet if self.loaded and open_count == 0 else None
        if quiet is None:
            show_quiet_day(f, None)
        else:
            f.entryCard.setVisible(False)
        f.splitter.setVisible(has)
        f.splitter.updateGeometry()  # (else the layout counts the card's height a moment longer)
        if quiet is None:
            f.entryCard.setVisible(True)
        else:
            show_quiet_day(f, quiet)
        rows = [i for i, e in enumerate(self.entries) if e.contact_id == select_id]
        row = rows[0] if rows else self._next_open(-1)
        f.callList.setCurrentRow(row if row is not None else 0)
        f.callList.blockSignals(False)
        self._show_current(f.callList.currentRow())

    def _set_aside(self, contact_id: int) -> bool:
        """Snoozed or skipped today and no longer on the call list (still shown, ticked off)."""
        handled = self.done.get(contact_id)
        return handled is not None and handled.mark == "aside" and contact_id not in self.listed

    def current(self) -> Entry | None:
        row = self.form.callList.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _next_open(self, after: int) -> int | None:
        n = len(self.entries)
        for step in range(1, n + 1):
            row = (after + step) % n
            if self.entries[row].contact_id not in self.done:
                return row
        return None

    def _show_current(self, row: int) -> None:
        f = self.form
        self._again = None  # a second press must be on the same person
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        f.entryCard.setEnabled(entry is not None)
        if entry is None:
            return
        show_person(f, entry)
        touches = operations.list_interactions(self.ctx.store, entry.contact_id)[:3]
        f.historyLabel.setText(last_touches(touches, self.zone))
        self._show_mood()

    def activate(self) -> None:
        f = self.form
        if f.splitter.isVisible() or not f.emptyPanel.isVisible():
            f.callList.setFocus()
        else:
            next(
                (b for b in (f.endCampaignButton, f.campaignButton, f.triageButton) if b.isVisibleTo(self)),
                f.callList,
            ).setFocus()

    def open_story(self) -> None:
        entry = self.current()
        if entry is not None:
            self.ctx.open_contact.emit(entry.contact_id)

    def start_campaign(self):
        """The empty day's first offer: a re-warming campaign with the best cold contacts."""
        return start_campaign(self.ctx, self.day)

    def end_complete_campaigns(self) -> None:
        """The empty day's offer when the campaign running is complete: end it."""
        if self.quiet is not None:
            end_complete_campaigns(self.ctx, self.quiet.complete)

    def triage(self):
        """The empty day's other offer: rate the cold contacts one by one."""
        return triage_cold_contacts(self.ctx, self.window())

    def dismiss_nudges(self) -> None:
        """Put away what the last call advised (Esc)."""
        self.advice.dismiss()

    def _after_action(self, entry: Entry, nudges, message: str) -> None:
        """Move on after `entry` was handled; `nudges` from a logged touch replace those shown (None:
        nothing was logged, they stay)."""
        row = self.form.callList.currentRow()
        nxt = self._next_open(row)
        self.ctx.message.emit(message)
        next_id = self.entries[nxt].contact_id if nxt is not None else entry.contact_id
        self.quiet = None  # out of date: the read this change triggers says again
        if nudges is not None:  # above the list, about `entry`: it stays while the user moves on
            handled = self.done.get(entry.contact_id)
            self.advice.show(entry.contact_id, entry.name, handled.what if handled else "", nudges)
        self.ctx.changed.emit()  # the main window refreshes this view (and the status line)
        rows = [i for i, e in enumerate(self.entries) if e.contact_id == next_id]
        if rows:
            self.form.callList.setCurrentRow(rows[0])
        self.form.callList.setFocus()
