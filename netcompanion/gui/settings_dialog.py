"""Settings: the numbers the rules use, reminders, and where the data lives."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QSpinBox, QWidget

from netcompanion import operations
from netcompanion.gui.context import AppContext
from netcompanion.gui.dialogs import form_dialog
from netcompanion.gui.zone_combo import chosen_zone, fill_zones
from netcompanion.reminders import autostart
from netcompanion.rules.common import say_count

SPINS = {
    "daily_quota": "quotaSpin",
    "cooldown_days": "cooldownSpin",
    "attempt_limit": "attemptsSpin",
    "intro_attempt_limit": "introAttemptsSpin",
    "no_ask_days": "noAskSpin",
    "thank_you_delay_days": "thankSpin",
    "warm_cadence_days": "warmSpin",
    "engaged_cadence_days": "engagedSpin",
    "indifferent_cadence_days": "indifferentSpin",
    "thrilled_next_step_days": "thrilledSpin",
}


# The personal round's choices (rule 13): months per round, in words.
ROUNDS = {3: "every quarter", 6: "every half-year", 12: "every year"}

# What a days box says at 0, where "0 days" would read oddly.
ZERO_DAYS = {"thankSpin": "the same day", "noAskSpin": "none"}


def count_days(spin: QSpinBox) -> None:
    """A days box says "1 day" and "2 days" (the form gives the plural suffix), and its words for 0."""
    plural = spin.suffix()
    singular = plural.replace(" days", " day", 1)
    if spin.objectName() in ZERO_DAYS:
        spin.setSpecialValueText(ZERO_DAYS[spin.objectName()])

    def show(value: int) -> None:
        spin.setSuffix(singular if value == 1 else plural)

    spin.valueChanged.connect(show)
    show(spin.value())


def _time(text: str) -> QTime:
    hours, minutes = (int(part) for part in text.split(":"))
    return QTime(hours, minutes)


class SettingsDialog(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dialog, f = form_dialog("settings", parent)
        self.form = f
        s = operations.get_settings(ctx.store)
        for field, name in SPINS.items():
            spin = getattr(f, name)
            spin.setValue(getattr(s, field))
            if " day" in spin.suffix():
                count_days(spin)
        for day in range(1, 8):
            getattr(f, f"day{day}").setChecked(str(day) in s.working_days)
        for months, words in ROUNDS.items():
            f.roundCombo.addItem(words, months)
        f.roundCombo.setCurrentIndex(f.roundCombo.findData(s.personal_round_months))
        fill_zones(f.zoneCombo, s.timezone)
        f.digestEdit.setTime(_time(s.digest_time))
        f.quietFromEdit.setTime(_time(s.quiet_hours[0]))
        f.quietToEdit.setTime(_time(s.quiet_hours[1]))
        f.notificationsCheck.setChecked(s.notifications_enabled)
        f.loginCheck.setChecked(s.start_at_login)
        self._started_at_login = s.start_at_login
        path = ctx.store.path
        f.folderLabel.setText(str(path) if path else "—")
        f.openFolderButton.clicked.connect(
            lambda: path and QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        )
        self._backup_ops = self._backups()
        f.backupButton.setEnabled(self._backup_ops is not None)
        f.backupLabel.setText(self._backup_summary())
        f.backupButton.clicked.connect(self.backup_now)
        f.buttonBox.accepted.connect(self.save)
        f.buttonBox.rejected.connect(self.dialog.reject)
        self.dialog.finished.connect(self.deleteLater)
        f.quotaSpin.setFocus()  # typing starts in the first field, not on the tab bar

    def open(self) -> None:
        self.dialog.open()

    def changes(self) -> dict[str, object]:
        f = self.form
        values: dict[str, object] = {field: getattr(f, name).value() for field, name in SPINS.items()}
        values["working_days"] = "".join(str(d) for d in range(1, 8) if getattr(f, f"day{d}").isChecked())
        values["personal_round_months"] = f.roundCombo.currentData()
        values["timezone"] = chosen_zone(f.zoneCombo)
        values["digest_time"] = f.digestEdit.time().toString("HH:mm")
        values["quiet_hours"] = (
            f.quietFromEdit.time().toString("HH:mm"),
            f.quietToEdit.time().toString("HH:mm"),
        )
        values["notifications_enabled"] = f.notificationsCheck.isChecked()
        values["start_at_login"] = f.loginCheck.isChecked()
        return values

    def save(self) -> None:
        changes = self.changes()
        if self.ctx.run(operations.update_settings, **changes) is not None:
            # Now, not at the next start: the box was changed here, so this database takes (or
            # gives up) the entry; left as it was, another database's entry stays.
            login = bool(changes["start_at_login"])
            try:
                autostart.follow_setting(login, self.ctx.store.path, chosen=login != self._started_at_login)
            except OSError as exc:
                self.ctx.error(f"Settings saved, but start at login could not be changed: {exc}")
            self.ctx.message.emit("Settings saved.")
            self.dialog.accept()

    # ---- backups (the data-safety module, when it is part of the build) -------------------------
    @staticmethod
    def _backups():
        try:
            from netcompanion.store import backup
        except ImportError:
            return None
        return backup

    def _backup_summary(self) -> str:
        if self._backup_ops is None or self.ctx.store.path is None:
            return "Backups are not available in this build."
        try:
            found = list(self._backup_ops.list_backups(self.ctx.store.path))
        except Exception as exc:  # show, don't crash the dialog
            return f"Could not list backups: {exc}"
        return f"{say_count(len(found), 'backup')} beside the database." if found else "No backups yet."

    def backup_now(self) -> None:
        backup = self._backup_ops
        if backup is None:
            return
        self.form.backupButton.setEnabled(False)
        self.form.backupLabel.setText("Backing up…")

        def show(text: str) -> None:
            if not shiboken6.isValid(self.form.backupLabel):  # the dialog was closed meanwhile
                self.ctx.message.emit(text)
                return
            self.form.backupButton.setEnabled(True)
            self.form.backupLabel.setText(text)

        def done(path) -> None:
            show(f"Saved {path}.")

        def failed(message: str) -> None:
            show(message)

        self.ctx.worker.submit(lambda _progress: backup.backup_now(self.ctx.store), done, failed)
