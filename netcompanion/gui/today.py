"""Today: the call list. One key records what happened and moves on to the next person.

Keys: 1 reached · 2 voicemail · 3 no answer · 4 replied (T/N/I/W first to say how they
took it) · L log with details · S snooze a day · N skip · O open the contact's story ·
Esc put away what the last call advised.

When nobody is left to call, the view says why — the day's quota is called, or nothing is due
and no campaign is running — and offers what to do next.
"""

from __future__ import annotations

import datetime as dt
import html
from urllib.parse import quote

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QListWidgetItem, QWidget

from netcompanion import clock, operations
from netcompanion.calllist import CallListEntry as Entry
from netcompanion.gui.assets import embed_form
from netcompanion.gui.context import AppContext, reads_in_background
from netcompanion.gui.nudges import show_nudges
from netcompanion.gui.worker import LatestRead
from netcompanion.operations import CAMPAIGN_BEST, QuietDay, read_today
from netcompanion.rules.common import say_day

# key → (label, channel, outcome)
OUTCOMES = {
    "1": ("reached", "call", "reached"),
    "2": ("left a voicemail", "voicemail", "no-answer"),
    "3": ("no answer", "call", "no-answer"),
    "4": ("replied", "message", "replied"),
}
MOODS = {"T": "thrilled", "N": "neutral", "I": "indifferent", "W": "wary"}
# How a person handled today shows in the list: reached, tried without reaching them, or set aside.
MARKS = {"reached": "✓", "tried": "○", "aside": "↷"}
KIND_LABEL = {
    "follow-up": "Follow-up",
    "campaign": "Campaign",
    "keep-in-touch": "Keep in touch",
    "job-change": "Job change",
}


def links_html(entry: Entry) -> str:
    links = []
    if entry.phone:
        links.append(f'<a href="tel:{quote(entry.phone, safe="+")}">Call {html.escape(entry.phone)}</a>')
    if entry.email:
        links.append(f'<a href="mailto:{quote(entry.email, safe="@.")}">Write {html.escape(entry.email)}</a>')
    if entry.linkedin_url:
        links.append(f'<a href="{html.escape(entry.linkedin_url)}">LinkedIn profile</a>')
    return " &nbsp;·&nbsp; ".join(links) or "No phone, e-mail or profile on file."


def plural(n: int, word: str, words: str = "") -> str:
    return f"{n} {word}" if n == 1 else f"{n} {words or word + 's'}"


class TodayView(QWidget):
    def __init__(self, ctx: AppContext, day: dt.date | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self._fixed_day = day  # tests pin a day; otherwise "today" moves on at midnight
        self.day = day or clock.today()
        self.form = f = embed_form(self, "today")
        for name in ("reasonsTitle", "openerTitle", "outcomeTitle", "historyTitle"):
            getattr(f, name).setProperty("role", "section")
        for name in ("entryWhere", "dayLabel", "emptyHint", "moodHint"):
            getattr(f, name).setProperty("role", "muted")
        f.emptyTitle.setProperty("role", "heading")
        f.entryCard.setProperty("role", "card")
        f.emptyPanel.setProperty("role", "card")
        f.emptyPanel.setVisible(False)
        self._put_nudges(())  # hidden until a call brings advice; styled before it is first shown
        f.splitter.setSizes([380, 700])
        self.entries: list[Entry] = []
        self._select_after_reread: int | None = None
        self.done: dict[int, str] = {}  # contact id → what happened today (or "skipped")
        self.marks: dict[int, str] = {}  # contact id → a key of MARKS: reached, tried or set aside
        self.quiet: QuietDay | None = None  # why nobody is left to call, when nobody is
        self._nudged: int | None = None  # whose call the nudges above the list are about
        self.mood: str | None = None
        self.loaded = False  # the call list has been read at least once
        self._reads = LatestRead(ctx.reader)

        for key, button in (
            ("1", f.reachedButton),
            ("2", f.voicemailButton),
            ("3", f.noAnswerButton),
            ("4", f.repliedButton),
        ):
            button.setProperty("role", "outcome")
            button.clicked.connect(lambda _=False, k=key: self.record(k))
        f.detailsButton.clicked.connect(self.log_details)
        f.snoozeButton.clicked.connect(self.snooze)
        f.skipButton.clicked.connect(self.skip)
        f.storyButton.clicked.connect(self.open_story)
        f.campaignButton.clicked.connect(lambda: self.start_campaign())
        f.triageButton.clicked.connect(lambda: self.triage())
        f.nudgesLabel.linkActivated.connect(self._nudge_link)
        self._buttons = (f.reachedButton, f.voicemailButton, f.noAnswerButton, f.repliedButton, f.detailsButton,
                         f.snoozeButton, f.skipButton, f.storyButton)  # fmt: skip
        for button in self._buttons:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._button_columns = 4  # as the form lays them out
        f.entryCard.installEventFilter(self)
        f.nudgesScroll.installEventFilter(self)

        # Single keys act on the list (an event filter, so the list's type-ahead search doesn't eat them).
        self._keys = {getattr(Qt.Key, f"Key_{k}"): (lambda k=k: self.record(k)) for k in OUTCOMES}
        self._keys.update(
            {getattr(Qt.Key, f"Key_{k}"): (lambda m=m: self.set_mood(m)) for k, m in MOODS.items()}
        )
        self._keys.update({Qt.Key.Key_L: self.log_details, Qt.Key.Key_S: self.snooze, Qt.Key.Key_N: self.skip,
                           Qt.Key.Key_O: self.open_story, Qt.Key.Key_Space: self.skip,
                           Qt.Key.Key_Escape: self.dismiss_nudges})  # fmt: skip
        f.callList.installEventFilter(self)
        f.callList.currentRowChanged.connect(self._show_current)
        f.callList.itemActivated.connect(lambda _item: self.open_story())
        self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.form.entryCard and event.type() == QEvent.Type.Resize:
            self._fit_buttons()
        if watched is self.form.nudgesScroll and event.type() == QEvent.Type.Resize:
            self._fit_nudges()
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
    def _fit_buttons(self) -> None:
        """Four buttons a row where they fit, else two: with a narrow window or the call list dragged
        wider, the card can be narrower than four buttons, and their words were cut off at both ends."""
        f = self.form
        grid = f.outcomeGrid
        left, _, right, _ = f.entryLayout.getContentsMargins()
        room = f.entryCard.contentsRect().width() - left - right
        widest = max(button.minimumSizeHint().width() for button in self._buttons)
        columns = 4 if room >= 4 * widest + 3 * max(0, grid.horizontalSpacing()) else 2
        if columns != self._button_columns:
            self._button_columns = columns
            for i, button in enumerate(self._buttons):
                grid.addWidget(button, i // columns, i % columns)

    def refresh(self) -> None:
        """Read the call list again. In a large network that takes ~50 ms (100,000 contacts), so it
        runs on the worker; meanwhile the list stays as it is, with what was just done ticked off."""
        day = self._fixed_day or clock.today()
        if day != self.day:  # a new day: a new list, nothing done yet, yesterday's nudges gone
            self.day, self.done, self.marks, self.entries, self.loaded = day, {}, {}, [], False
            self.quiet = None
            self.dismiss_nudges()
        store = self.ctx.store
        done = frozenset(self.done)
        if not reads_in_background(store):
            self._reads.forget()  # this read is newer than any still on its way
            self._show_list(read_today(store, day, done))
            return
        self._fill_keeping_current()
        self._reads.submit(lambda _progress: read_today(store, day, done), self._show_list, self._unread)

    def _unread(self, message: str) -> None:
        """The call list could not be read: say so where the list would be (F5 tries again)."""
        self.loaded = True
        self._fill_keeping_current()
        self.form.dayLabel.setText(
            f"{say_day(self.day)} — today's list could not be read. Press F5 to try again."
        )
        self.ctx.error(message)

    def _show_list(self, read: tuple[list[Entry], QuietDay | None]) -> None:
        fresh, self.quiet = read
        current = self.current()
        known = {e.contact_id for e in fresh}
        # People handled today stay on the list (ticked off) even if the call list dropped them.
        kept = [e for e in self.entries if e.contact_id in self.done and e.contact_id not in known]
        self.entries = fresh + kept
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
            item = QListWidgetItem(self._item_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.contact_id)
            mark = self.marks.get(entry.contact_id)
            if entry.contact_id in self.done:
                font = item.font()
                font.setStrikeOut(mark == "reached")  # only a call that got through is crossed off
                font.setItalic(mark == "aside")
                item.setFont(font)
                item.setForeground(f.callList.palette().placeholderText())
            f.callList.addItem(item)
        open_count = sum(1 for e in self.entries if e.contact_id not in self.done)
        has = bool(self.entries)
        if not self.loaded:
            f.dayLabel.setText(f"{say_day(self.day)} — reading today's list…")
        elif has:
            f.dayLabel.setText(
                f"{say_day(self.day)} — {len(self.entries)} people on today's list, {open_count} still to go"
            )
        else:
            f.dayLabel.setText(say_day(self.day))
        # Nobody left to call: the panel stands in for the card; the list stays, to look back on.
        # What goes is hidden before what comes is shown: showing a widget fits the window to all
        # that is shown at that moment, and a window grown taller does not shrink back.
        quiet = self.quiet if self.loaded and open_count == 0 else None
        if quiet is None:
            self._show_quiet(None)
        else:
            f.entryCard.setVisible(False)
        f.splitter.setVisible(has)
        f.splitter.updateGeometry()  # (else the layout counts the card's height a moment longer)
        if quiet is None:
            f.entryCard.setVisible(True)
        else:
            self._show_quiet(quiet)
        rows = [i for i, e in enumerate(self.entries) if e.contact_id == select_id]
        row = rows[0] if rows else self._next_open(-1)
        f.callList.setCurrentRow(row if row is not None else 0)
        f.callList.blockSignals(False)
        self._show_current(f.callList.currentRow())

    def _show_quiet(self, quiet: QuietDay | None) -> None:
        """Nobody left to call: say why, warmly, and offer what to do next."""
        f = self.form
        f.emptyPanel.setVisible(quiet is not None)
        if quiet is None:
            for label in (f.emptyTitle, f.emptyLabel, f.emptyHint):
                label.setText("")
            return
        offer_campaign = not quiet.quota_called and not quiet.campaign_running and quiet.cold > 0
        f.campaignButton.setVisible(offer_campaign)
        f.triageButton.setVisible(not quiet.quota_called)
        hint = ""
        if quiet.quota_called:
            extra = quiet.calls_done - quiet.quota
            title = (
                f"That's today's {plural(quiet.quota, 'call')} — well done."
                if extra == 0
                else f"{plural(quiet.calls_done, 'call')} today, {extra} more than your daily {quiet.quota} — "
                "well done."
            )
            text = (
                "You're done for today. Tomorrow's list will be ready in the morning, and nobody you skipped or "
                "didn't reach is lost: they come back on a later list."
            )
        else:
            title = (
                f"That's everyone due today — {plural(quiet.calls_done, 'call')} made."
                if quiet.calls_done
                else "Nobody is due today."
            )
            if offer_campaign:
                text = (
                    "Today's list fills itself from follow-ups, the people you keep in touch with, and a re-warming "
                    "campaign — and no campaign is running. A campaign puts a few of your best cold contacts on this "
                    f"list every working day ({quiet.quota} a day) until you have spoken to them all."
                )
                best = "best " if quiet.cold >= CAMPAIGN_BEST else ""  # all of them, when fewer
                f.campaignButton.setText(
                    f"Start a campaign with your {plural(quiet.cold, best + 'cold contact')}"
                )
                hint = (
                    "Haven't rated anyone yet? Triage first: a key press each for how glad they'd be to hear from "
                    "you and how valuable they are, so the campaign starts with the people who matter most."
                )
            else:
                text = "Enjoy the quiet — or triage a few people you'd like to hear from again."
            f.triageButton.setText("Triage contacts first…" if offer_campaign else "Triage contacts…")
        f.emptyTitle.setText(title)
        f.emptyLabel.setText(text)
        f.emptyHint.setText(hint)
        f.emptyHint.setVisible(bool(hint))

    def _item_text(self, entry: Entry) -> str:
        status = self.done.get(entry.contact_id)
        mark = self.marks.get(entry.contact_id)
        first = f"{MARKS[mark]} {entry.name}" if mark in MARKS else entry.name
        where = ", ".join(filter(None, (entry.title, entry.company)))
        if mark == "tried":
            second = f"not reached: {status}"
        elif status == "skipped":
            second = "skipped: back on a later list"
        else:
            second = status or KIND_LABEL.get(entry.kind, entry.kind)
        return f"{first}\n{where}\n{second}" if where else f"{first}\n{second}"

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
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        f.entryCard.setEnabled(entry is not None)
        if entry is None:
            return
        f.entryName.setText(entry.name)
        f.entryWhere.setText(" at ".join(filter(None, (entry.title, entry.company))) or "—")
        f.linksLabel.setText(links_html(entry))
        f.reasonsLabel.setText(
            "<br>".join(f"• {html.escape(r[:1].upper() + r[1:])}" for r in entry.reasons) or "—"
        )
        f.openerLabel.setText(
            entry.opener or "Ask how they are and what they are working on; listen more than you talk."
        )
        f.openerTitle.setVisible(True)
        f.historyLabel.setText(self._history(entry.contact_id))
        self._show_mood()

    def _history(self, contact_id: int) -> str:
        touches = operations.list_interactions(self.ctx.store, contact_id)[:3]
        if not touches:
            return "No touches logged yet — this is a fresh start."
        lines = []
        for touch in touches:
            day = touch.occurred_at.astimezone().date()
            what = f"{touch.channel}, {touch.outcome.replace('-', ' ')}" + (
                f", {touch.mood}" if touch.mood else ""
            )
            note = f" — {touch.notes.splitlines()[0][:90]}" if touch.notes else ""
            lines.append(f"{say_day(day)} {day:%Y}: {what}{note}")
        return "\n".join(lines)

    def activate(self) -> None:
        f = self.form
        if f.splitter.isVisible() or not f.emptyPanel.isVisible():
            f.callList.setFocus()
        else:
            next(
                (b for b in (f.campaignButton, f.triageButton) if b.isVisibleTo(self)), f.callList
            ).setFocus()

    # ---- acting ---------------------------------------------------------------------------------
    def set_mood(self, mood: str) -> None:
        self.mood = None if self.mood == mood else mood
        self._show_mood()

    def _show_mood(self) -> None:
        if self.mood:
            hint = f"They were {self.mood}. Now press 1–4 to record what happened."
        else:
            hint = "One key records it and moves on. To say how they took it, press T, N, I or W first."
        self.form.moodHint.setText(hint)

    def record(self, key: str) -> None:
        entry = self.current()
        if entry is None:
            return
        label, channel, outcome = OUTCOMES[key]
        mood = self.mood if outcome in ("reached", "replied") else None
        result = self.ctx.run(
            operations.log_touch, entry.contact_id, channel=channel, outcome=outcome, mood=mood, quiet=True
        )
        if result is None:
            return
        self.mood = None
        self.done[entry.contact_id] = label + (f", {mood}" if mood else "")
        self.marks[entry.contact_id] = "reached" if outcome in ("reached", "replied") else "tried"
        self._offer_take_back(entry, result)
        self._after_action(entry, result.nudges, f"Logged: {entry.name} — {label}. Ctrl+Z takes it back.")

    def _offer_take_back(self, entry: Entry, result) -> None:
        """Edit ▸ Undo (Ctrl+Z) takes the touch back — one key logs a call, so a wrong key must be
        cheap — and puts the person back on the list, unticked, with the advice it brought gone."""
        what = self.done.get(entry.contact_id, "the touch")

        def take_back(store, snapshot) -> int:
            taken_back = operations.take_back_touch(store, snapshot)
            self.done.pop(entry.contact_id, None)
            self.marks.pop(entry.contact_id, None)
            if self._nudged == entry.contact_id:
                self.dismiss_nudges()
            self._select_after_reread = entry.contact_id
            return taken_back

        self.ctx.offer_undo(f"{what} with {entry.name}", take_back, result.take_back)

    def log_details(self) -> None:
        from netcompanion.gui.log_touch import LogTouchDialog

        entry = self.current()
        if entry is None:
            return
        dialog = LogTouchDialog(self.ctx, entry.contact_id, entry.name, self)

        def logged(result) -> None:
            touch = result.interaction
            outcome = touch.outcome.replace("-", " ")
            self.done[entry.contact_id] = f"{outcome} ({touch.channel})" + (
                f", {touch.mood}" if touch.mood else ""
            )
            self.marks[entry.contact_id] = "reached" if touch.outcome in ("reached", "replied") else "tried"
            self._offer_take_back(entry, result)
            self._after_action(entry, result.nudges, f"Logged: {entry.name}.")

        dialog.logged.connect(logged)
        dialog.open()
        return dialog

    def snooze(self) -> None:
        entry = self.current()
        if entry is None:
            return
        if entry.followup_id is not None:
            until = self.day + dt.timedelta(days=1)
            if self.ctx.run(operations.snooze_followup, entry.followup_id, until, quiet=True) is None:
                return
            self.done[entry.contact_id] = f"snoozed to {say_day(until)}"
        else:
            self.done[entry.contact_id] = "skipped"
        self.marks[entry.contact_id] = "aside"
        self._after_action(entry, None, f"{entry.name} will come back on a later list.")

    def skip(self) -> None:
        entry = self.current()
        if entry is None:
            return
        self.done.setdefault(entry.contact_id, "skipped")
        self.marks.setdefault(entry.contact_id, "aside")
        self._after_action(entry, None, f"Skipped {entry.name} for today.")

    def open_story(self) -> None:
        entry = self.current()
        if entry is not None:
            self.ctx.open_contact.emit(entry.contact_id)

    def start_campaign(self):
        """Start a re-warming campaign with the best cold contacts, as the Campaign view would; its first
        people join today's list at once."""
        settings = self.ctx.read(operations.get_settings)
        taken = {c.name.casefold() for c in self.ctx.read(operations.list_campaigns) or ()}
        base = name = f"Re-warming {self.day:%B %Y}"
        number = 2
        while name.casefold() in taken:
            name, number = f"{base} ({number})", number + 1
        quota = settings.daily_quota if settings is not None else 10
        result = self.ctx.run(operations.create_campaign, name, quota=quota, best=CAMPAIGN_BEST)
        if result is not None:
            self.ctx.message.emit(
                f"Campaign “{name}” started with {plural(result.members, 'person', 'people')}"
                f" — {quota} a day; follow it under Campaign."
            )
        return result

    def triage(self):
        """Rate the cold contacts one by one (the main window's triage, as in Contacts)."""
        open_triage = getattr(self.window(), "open_triage", None)
        if open_triage is None:
            return None
        cold = self.ctx.read(operations.contact_ids, operations.ContactFilter(stage="cold"))
        return open_triage(cold or None)

    def dismiss_nudges(self) -> None:
        self._nudged = None
        self._put_nudges(())

    def _put_nudges(self, nudges, heading: str = "", links: str = "") -> None:
        f = self.form
        show_nudges(f.nudgesLabel, nudges, heading, links)
        f.nudgesScroll.setVisible(f.nudgesLabel.isVisibleTo(f.nudgesScroll))
        self._fit_nudges()

    def _fit_nudges(self) -> None:
        """The strip is as tall as its words, up to seven lines (then it scrolls): many nudges must not
        push the call card out of a 720-pixel window, or the window off the screen."""
        f = self.form
        if f.nudgesScroll.isHidden():
            return
        most = 7 * f.nudgesLabel.fontMetrics().lineSpacing() + 24
        need = f.nudgesLabel.heightForWidth(f.nudgesScroll.width())
        f.nudgesScroll.setFixedHeight(min(need, most) if need > 0 else most)

    def _nudge_link(self, href: str) -> None:
        if href == "#story" and self._nudged is not None:
            self.ctx.open_contact.emit(self._nudged)
        elif href == "#dismiss":
            self.dismiss_nudges()

    def _show_nudges(self, entry: Entry, nudges) -> None:
        """What the core advises after a call, above the list and titled with whom it is about: it stays
        while the user moves on, until dismissed (Esc) or the next call's advice takes its place."""
        if not nudges:
            self.dismiss_nudges()
            return
        self._nudged = entry.contact_id
        what = self.done.get(entry.contact_id, "")
        heading = f"After {entry.name}" + (f" ({what})" if what else "") + ":"
        links = '<a href="#story">Open their story</a> &nbsp;·&nbsp; <a href="#dismiss">Dismiss</a> (Esc)'
        self._put_nudges(nudges, heading, links)

    def _after_action(self, entry: Entry, nudges, message: str) -> None:
        """Move on after `entry` was handled; `nudges` from a logged touch replace those shown (None:
        nothing was logged, they stay)."""
        row = self.form.callList.currentRow()
        nxt = self._next_open(row)
        self.ctx.message.emit(message)
        next_id = self.entries[nxt].contact_id if nxt is not None else entry.contact_id
        self.quiet = None  # out of date: the read this change triggers says again
        if nudges is not None:
            self._show_nudges(entry, nudges)
        self.ctx.changed.emit()  # the main window refreshes this view (and the status line)
        rows = [i for i, e in enumerate(self.entries) if e.contact_id == next_id]
        if rows:
            self.form.callList.setCurrentRow(rows[0])
        self.form.callList.setFocus()
