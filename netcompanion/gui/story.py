"""A contact's story: who they are (editable), where you stand, and everything that happened."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from netcompanion import APP_NAME, clock, domain, operations
from netcompanion.birthdays import birthday_words
from netcompanion.calllist import stage_cadence
from netcompanion.gui.assets import embed_form, icon
from netcompanion.gui.bidi import isolate
from netcompanion.gui.context import AppContext
from netcompanion.gui.fit_text import fit_list, fit_scroll_width, fit_words
from netcompanion.gui.nudges import nudges_box, show_nudges
from netcompanion.gui.shortcuts import WITH_CHILDREN, shortcut
from netcompanion.gui.story_followups import FollowUpsTab
from netcompanion.gui.story_people import PeopleTab
from netcompanion.operations.results import ContactView
from netcompanion.rules.common import say_count, say_day, say_day_near
from netcompanion.settings import Settings

RATINGS = ("not rated", "1", "2", "3", "4", "5")
CADENCES = ((None, "as the stage has it"), (30, "every month"), (90, "every 3 months"), (180, "every 6 months"),
            (365, "every year"))  # fmt: skip
CHANNEL_WORDS = {"call": "Call", "voicemail": "Voicemail", "email": "E-mail", "message": "Message",
                 "meeting": "Meeting", "note": "Handwritten note", "event": "Event"}  # fmt: skip
FIELD_WORDS = {"first_name": "first name", "last_name": "last name", "company": "company", "title": "title",
               "emails": "e-mails", "phones": "phones", "linkedin_url": "LinkedIn", "birthday": "birthday",
               "closeness": "closeness",
               "value": "value", "stage": "stage", "cadence_days": "keep in touch", "tags": "tags",
               "do_not_introduce": "do not introduce", "archived": "archived",
               "biggest_challenge": "biggest challenge", "notes": "notes"}  # fmt: skip
NBSP = "\u00a0"  # a space the line never breaks at


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _say_fields(keys) -> str:
    words = [FIELD_WORDS.get(k, k.replace("_", " ")) for k in keys]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


class ContactStory(QWidget):
    """Unsaved edits are never dropped without asking: leaving the story (Back, Esc, another contact,
    another view, closing the window) with edits asks Save / Discard / Cancel first."""

    back_requested = Signal()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.contact: ContactView | None = None
        self.box: QMessageBox | None = None  # the note about the last save, when it had one
        self._pristine: dict[str, object] = {}  # the fields as loaded or last saved
        self._watching = False
        self.form = f = embed_form(self, "contact_story")
        f.backButton.setIcon(icon("back"))
        f.summaryLabel.setProperty("role", "muted")
        f.stateLabel.setProperty("role", "muted")
        for name in ("introsTitle", "referralsTitle", "favoursTitle"):
            getattr(f, name).setProperty("role", "section")
        f.closenessCombo.addItems(RATINGS)
        f.valueCombo.addItems(RATINGS)
        f.stageCombo.addItems(list(domain.STAGE_CHOICES))
        for days, label in CADENCES:
            f.cadenceCombo.addItem(label, days)
        self._settings: Settings | None = None  # read with each contact: the stages' own cadences
        self._today = dt.date.min  # the user's today (in their zone), read with each contact
        f.stageCombo.currentTextChanged.connect(self._say_stage_cadence)
        f.splitter.setSizes([480, 560])
        f.backButton.clicked.connect(self.go_back)
        f.saveButton.clicked.connect(self.save)
        f.logButton.clicked.connect(self.log_touch)
        f.followupButton.clicked.connect(self.add_followup)
        self.followups = FollowUpsTab(ctx, self, f)
        self.people = PeopleTab(ctx, self, f)
        for lst in (f.timelineList, f.followupList, f.introList, f.referralList, f.favourList):
            fit_list(lst)
        fit_scroll_width(f.detailsScroll)
        shortcut("story.save", self, self.save, WITH_CHILDREN)
        shortcut("story.log", self, self.log_touch, WITH_CHILDREN)
        shortcut("story.back", self, self.go_back, WITH_CHILDREN)

    # ---- showing --------------------------------------------------------------------------------
    def load(self, contact_id: int) -> None:
        """Show a contact. Back to the same one, unsaved edits are still there; another one asks first."""
        if self.has_unsaved_edits() and self.contact is not None:
            if contact_id == self.contact.id:
                self.refresh()
                return
            if not self.confirm_leave():
                return
        self._show(contact_id)

    def _show(self, contact_id: int) -> None:
        contact = self.ctx.read(operations.get_contact, contact_id)
        if contact is None:
            return
        self.contact = c = contact
        self._settings = operations.get_settings(self.ctx.store)
        self._today = clock.today(self._settings.zone)
        f = self.form
        f.storyName.setText(c.name)
        f.summaryLabel.setText(self._summary(c))
        f.firstEdit.setText(c.first_name)
        f.lastEdit.setText(c.last_name)
        f.companyEdit.setText(c.company)
        f.titleEdit.setText(c.title)
        f.emailsEdit.setText(", ".join(c.emails))
        f.phonesEdit.setText(", ".join(c.phones))
        f.linkedinEdit.setText(c.linkedin_url or "")
        f.birthdayEdit.setText(birthday_words(c.birthday))  # "14 March": it is saved back as it reads
        f.closenessCombo.setCurrentIndex(c.closeness or 0)
        f.valueCombo.setCurrentIndex(c.value or 0)
        f.stageCombo.setCurrentText(c.stage)
        self._say_stage_cadence(c.stage)
        index = f.cadenceCombo.findData(c.cadence_days)
        if index < 0:
            f.cadenceCombo.addItem(f"every {c.cadence_days} days", c.cadence_days)
            index = f.cadenceCombo.count() - 1
        f.cadenceCombo.setCurrentIndex(index)
        f.tagsEdit.setText(", ".join(c.tags))
        f.dniCheck.setChecked(c.do_not_introduce)
        f.archivedCheck.setChecked(c.archived)
        f.challengeEdit.setText(c.biggest_challenge)
        f.notesEdit.setPlainText(c.notes)
        for edit in (f.firstEdit, f.lastEdit, f.companyEdit, f.titleEdit, f.emailsEdit, f.phonesEdit,
                     f.linkedinEdit, f.birthdayEdit, f.tagsEdit, f.challengeEdit):  # fmt: skip
            edit.setCursorPosition(0)  # a narrow field shows how its text begins, not how it ends
        f.stateLabel.setText(self._state(c))
        self._fill_timeline(c.id)
        self.followups.fill(c.id, self._today)
        self.people.fill(c.id, c.name)
        self._pristine = self._form_values()

    def refresh(self) -> None:
        """Show what changed elsewhere; fields the user is still editing are left as they are."""
        if self.contact is None:
            return
        if self.edits():
            self._today = operations.today_for(self.ctx.store)
            fresh = self.ctx.read(operations.get_contact, self.contact.id)
            if fresh is not None:
                self.form.summaryLabel.setText(self._summary(fresh))
                self.form.stateLabel.setText(self._state(fresh))
            self._fill_timeline(self.contact.id)
            self.followups.fill(self.contact.id, self._today)
            self.people.fill(self.contact.id, self.contact.name)
        else:
            self._show(self.contact.id)

    def _say_stage_cadence(self, stage: str) -> None:
        """The first choice keeps the stage's own rhythm; it says which ("no cadence" read as none, while
        the call list still brought a warm contact back every 90 days)."""
        settings = self._settings
        if settings is None:
            return
        days = stage_cadence(stage, settings)
        if days is None:
            text = "as the stage has it (none while cold)"
        else:
            text = f"as the stage has it ({dict(CADENCES).get(days) or f'every {days} days'})"
        combo = self.form.cadenceCombo
        combo.setItemText(0, text)
        combo.setMinimumWidth(max(combo.minimumWidth(), combo.sizeHint().width()))  # never cut off

    def _summary(self, c: ContactView) -> str:
        """Who they are, then the app's few words on where you stand; each of those stays on one line
        when the text wraps ("last touch" ended one line and its date began the next)."""
        stand = [c.stage, f"last touch {say_day_near(c.last_interaction, self._today)}" if c.last_interaction
                 else "never touched", f"from {c.source}" if c.source and c.source != "manual" else ""]  # fmt: skip
        parts = [" at ".join(isolate(p) for p in (c.title, c.company) if p), *(p.replace(" ", NBSP) for p in stand)]
        return " · ".join(p for p in parts if p)

    def _state(self, c: ContactView) -> str:
        notes = []
        if c.parked:
            notes.append("Parked after unanswered attempts — they can still reach you.")
        if c.cooldown_until and c.cooldown_until > self._today:
            notes.append(f"Giving them room until {say_day(c.cooldown_until)}.")
        if c.no_ask_until and c.no_ask_until >= self._today:
            notes.append(f"Don't bring up your search before {say_day(c.no_ask_until)} unless they ask.")
        if c.unanswered_attempts:
            notes.append(f"{say_count(c.unanswered_attempts, 'unanswered attempt')} in a row.")
        if c.referred_by_id:
            names = operations.contact_names(self.ctx.store, [c.referred_by_id])
            notes.append(f"Referred by {names.get(c.referred_by_id, 'someone in the trash')}.")
        return "\n".join(notes) or "Nothing to watch out for."

    def _fill_timeline(self, contact_id: int) -> None:
        lst = self.form.timelineList
        lst.clear()
        rows: list[tuple[dt.date, str]] = []
        zone = self._settings.zone if self._settings else None  # touches on the user's calendar
        for touch in operations.list_interactions(self.ctx.store, contact_id):
            what = [CHANNEL_WORDS.get(touch.channel, touch.channel), touch.outcome.replace("-", " ")]
            if touch.mood:
                what.append(touch.mood)
            extras = [label for on, label in ((touch.asked_advice, "asked for advice"), (touch.asked_job, "asked about jobs"),
                      (touch.sent_resume, "sent résumé"), (touch.received_names, "got names")) if on]  # fmt: skip
            day = clock.day_of(touch.occurred_at, zone)
            text = f"{say_day(day)} {day:%Y} — " + ", ".join(what)
            if extras:
                text += f" ({', '.join(extras)})"
            if touch.notes:
                text += f"\n{touch.notes}"
            rows.append((day, text))
        for event in operations.list_contact_events(self.ctx.store, contact_id):
            rows.append((event.day, f"{say_day(event.day)} {event.day:%Y} — {event.summary}"))
        rows.sort(key=lambda r: r[0], reverse=True)
        for _, text in rows:
            lst.addItem(text)
        if not rows:
            lst.addItem("No touches yet. Log the first one with Ctrl+L.")

    # ---- editing --------------------------------------------------------------------------------
    def _form_values(self) -> dict[str, object]:
        f = self.form
        return {
            "first_name": f.firstEdit.text().strip(),
            "last_name": f.lastEdit.text().strip(),
            "company": f.companyEdit.text().strip(),
            "title": f.titleEdit.text().strip(),
            "emails": _split(f.emailsEdit.text()),
            "phones": _split(f.phonesEdit.text()),
            "linkedin_url": f.linkedinEdit.text().strip() or None,
            "birthday": " ".join(f.birthdayEdit.text().split()),  # checked on saving, as `contacts edit` checks it
            "closeness": f.closenessCombo.currentIndex() or None,
            "value": f.valueCombo.currentIndex() or None,
            "stage": f.stageCombo.currentText(),
            "cadence_days": f.cadenceCombo.currentData(),
            "tags": _split(f.tagsEdit.text()),
            "do_not_introduce": f.dniCheck.isChecked(),
            "archived": f.archivedCheck.isChecked(),
            "biggest_challenge": f.challengeEdit.text().strip(),
            "notes": f.notesEdit.toPlainText(),
        }

    def edits(self) -> dict[str, object]:
        """Only the fields the user changed since the contact was loaded or saved (so imports keep
        updating the rest)."""
        if self.contact is None:
            return {}
        same = {"tags": lambda a, b: sorted(a) == sorted(b)}  # the order of tags carries no meaning
        return {
            k: v for k, v in self._form_values().items()
            if not same.get(k, lambda a, b: a == b)(v, self._pristine.get(k))
        }  # fmt: skip

    def save(self) -> bool:
        changes = self.edits()
        if not changes or self.contact is None:
            self.ctx.message.emit("Nothing to save.")
            return True
        saved = self.ctx.run(operations.edit_contact, self.contact.id, quiet=True, **changes)
        if saved is None:
            return False
        self.contact = saved  # what is on screen is now saved: a refresh may reload every field
        self._pristine = self._form_values()
        self.ctx.changed.emit()
        self.ctx.message.emit(f"Saved {saved.name}.")
        if saved.nudges:  # an e-mail someone else has: saved all the same, and said (as on adding)
            self.box = nudges_box(self, saved.nudges, f"Saved {saved.name} — but note:", "savedContactNudgesBox")
        return True

    def has_unsaved_edits(self) -> bool:
        """Whether the user changed a field since it was loaded or saved (and saving would write it)."""
        return bool(self.edits())

    def ask_to_save(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel: what to do with the unsaved edits (Save is the default)."""
        assert self.contact is not None
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            APP_NAME,
            fit_words(f"Save your changes to {self.contact.name}?"),
            buttons.Save | buttons.Discard | buttons.Cancel,
            self,
        )
        box.setObjectName("unsavedStoryBox")
        box.setInformativeText(f"You changed {_say_fields(self.edits())}. If you don't save, they are lost.")
        box.button(buttons.Discard).setText("&Discard")
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        box.exec()
        answer = box.standardButton(box.clickedButton()) if box.clickedButton() else buttons.Cancel
        box.deleteLater()
        return answer

    def confirm_leave(self) -> bool:
        """Before the story shows someone else or goes away: True when it may (nothing unsaved, the
        edits saved, or discarded); False when the user cancels or the save was refused."""
        if not self.has_unsaved_edits() or self.contact is None:
            return True
        answer = self.ask_to_save()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self._show(self.contact.id)
            return True
        return False

    def say_back_to(self, view: str) -> None:
        """Back names where it goes: the view the page was opened from."""
        self.form.backButton.setText(view)
        self.form.backButton.setToolTip(f"Back to {view} (Esc or Alt+Left)")
        self.form.backButton.setAccessibleName(f"Back to {view}")

    def go_back(self) -> None:
        """Back (the button or Esc): after asking about unsaved edits."""
        if self.confirm_leave():
            self.back_requested.emit()

    # ---- leaving by closing the window (another view or contact asks through confirm_leave) ------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if not self._watching:
            self._watching = True
            self.window().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Close and watched is self.window() and not self.confirm_leave():
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def log_touch(self):
        from netcompanion.gui.log_touch import LogTouchDialog

        if self.contact is None:
            return None
        dialog = LogTouchDialog(self.ctx, self.contact.id, self.contact.name, self)
        dialog.logged.connect(
            lambda result: self.ctx.message.emit(f"Logged a touch with {self.contact.name}.")
        )
        dialog.open()
        return dialog

    def add_followup(self):
        from netcompanion.gui.followup_dialog import open_followup_dialog

        if self.contact is None:
            return None
        return open_followup_dialog(self.ctx, self.contact.id, self.contact.name, self)

    def log_favour(self):
        """What the user did for this person (rule 14): the People tab's “Log a favour…” button."""
        return self.people.log_favour()

    def show_nudges(self, nudges) -> None:
        show_nudges(self.form.stateLabel, nudges)
