"""Campaign: a re-warming drive — who is in it, how far along, and when it will be done.

The view shows and starts campaigns through the core's campaign operations; pace and forecast
come from there too. Campaigns of thousands are read and changed off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from netcompanion import operations
from netcompanion.campaign_words import say_forecast_note, say_progress, say_quota_capped, with_said
from netcompanion.campaigns import CampaignStatus
from netcompanion.gui.assets import embed_form
from netcompanion.gui.campaign_work import Page, change_campaign, in_background, read_page
from netcompanion.gui.charts import Burndown
from netcompanion.gui.context import AppContext
from netcompanion.gui.fit_text import FitLabel
from netcompanion.gui.worker import LatestRead
from netcompanion.operations import OperationError, ValidationError
from netcompanion.rules.common import plural, say_count, say_day


def ending_words(name: str) -> str:
    """What Edit → Undo says it takes back after a campaign was ended."""
    return f"ending “{name}”"


def add_to_campaign(ctx: AppContext, ids: list[int], parent: QWidget, name: str | None = None) -> bool:
    """Add contacts to the running campaign, or start one with them. More than a campaign holds is
    refused before a name is asked for; thousands are added on the worker (True: on their way)."""
    try:
        operations.check_campaign_size(len(set(ids)))
    except OperationError as exc:
        ctx.error(str(exc))
        return False
    people = say_count(len(ids), "contact")
    if name is None:
        default = ctx.read(operations.current_campaign_name) or ctx.read(operations.free_campaign_name)
        name, ok = QInputDialog.getText(parent, "Add to campaign", f"Add {people} to the campaign:", text=default)
        if not ok or not name.strip():
            return False

    def added(done) -> None:
        ctx.message.emit(with_said(f"Added {people} to “{done.name}”.", done))

    note = f"Adding {people} to “{name.strip()}”…"
    return change_campaign(ctx, operations.add_or_start_campaign, name, ids, then=added, note=note, adding=len(ids))


class NameBox(QInputDialog):
    """A box asking for a name that stays open when the name is refused (another campaign has it,
    say): the reason shows above the name, which stays as typed and selected, to be corrected
    rather than typed again. `take` tries a name: what it returns ends up in `taken`; a refusal
    that is not about the name closes the box and ends up in `failed`."""

    def __init__(self, parent: QWidget, title: str, label: str, text: str, take: Callable[[str], Any]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setLabelText(label)
        self.setTextValue(text)
        self._label = label
        self._take = take
        self.taken: Any = None
        self.failed: OperationError | None = None

    def done(self, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            try:
                self.taken = self._take(self.textValue())
            except ValidationError as exc:
                self.setLabelText(f"{exc}\n\n{self._label}")
                edit = self.findChild(QLineEdit)
                edit.setFocus()
                edit.selectAll()
                return
            except OperationError as exc:  # not the name's fault (the campaign went meanwhile)
                self.failed = exc
                result = QDialog.DialogCode.Rejected
        super().done(result)


def burndown_series(status: CampaignStatus) -> tuple[list[dt.date], list[str], list[float | None], list[float | None]]:
    """The chart's points (day, label, planned, done): people still to call at the end of each day —
    not yet reached nor let go — as it went up to the status's day (the user's today), and as planned
    from there. Both used to take each day's calls off the members, so a thank-you or a retry counted
    as one more person done and the lines reached 0 weeks before the forecast.

    The first point is the start, everyone in it from the start still to call (people added later join
    the line on their day); the plan ahead starts where the line of what was done stands the day before
    (the start's own pace is no plan for the days gone by)."""
    if not status.plan:
        return [], [], [], []
    points: dict[dt.date, list[float | None]] = {  # those added later are not in it yet
        status.start - dt.timedelta(days=1): [None, float(status.members - sum(p.joined for p in status.plan))],
    }
    for item in status.plan:
        points[item.day] = [item.left_planned, item.left]
    if status.remaining and status.start <= status.day and status.day not in points:  # where it stands today
        points[status.day] = [float(status.remaining) if status.active else None, float(status.remaining)]
    days = sorted(points)
    for before, after in zip(days, days[1:], strict=False):
        if points[before][0] is None and points[after][0] is not None:
            points[before][0] = points[before][1]
            break
    labels = ["start" if n == 0 else f"{day.day} {day:%b}" for n, day in enumerate(days)]
    return days, labels, [points[d][0] for d in days], [points[d][1] for d in days]


class CampaignView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.form = f = embed_form(self, "campaign")
        for card in ("membersCard", "reachedCard", "attemptedCard", "remainingCard", "forecastCard"):
            getattr(f, card).setProperty("role", "card")
        for name in ("membersValue", "reachedValue", "attemptedValue", "remainingValue", "forecastValue"):
            getattr(f, name).setProperty("role", "stat")
        for name in ("membersCaption", "reachedCaption", "attemptedCaption", "remainingCaption", "forecastCaption",
                     "infoLabel"):  # fmt: skip
            getattr(f, name).setProperty("role", "muted")
        f.campaignName.setProperty("role", "heading")
        self.members_caption, self.remaining_caption = f.membersCaption.text(), f.remainingCaption.text()
        self.forecast_caption = f.forecastCaption.text()
        # Only an edge: on a card's base colour, dark Fusion draws no visible frame round a spin box.
        f.emptyCard.setStyleSheet("#emptyCard { border: 1px solid palette(mid); border-radius: 10px; }")
        f.emptyTitle.setProperty("role", "heading")
        self.chart = Burndown("Left to reach: planned versus done")
        layout = QVBoxLayout(f.chartHost)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart)
        f.createButton.clicked.connect(lambda: self.create())
        f.renameButton.clicked.connect(lambda: self.rename())
        f.endButton.clicked.connect(lambda: self.end())
        f.resumeButton.clicked.connect(self.resume)
        # What holds the campaign shown back (the daily call limit, campaigns that go first), above the
        # chart; and under the start row, what the daily call limit does to the quota being chosen.
        self.pace = FitLabel(objectName="paceLabel", wordWrap=True)  # it names campaigns
        self.pace.setProperty("role", "nudges")
        f.layout.insertWidget(f.layout.indexOf(f.chartHost), self.pace)
        self.quota_hint = QLabel(objectName="quotaHint", wordWrap=True)
        self.quota_hint.setProperty("role", "muted")
        self.call_limit = 0
        self.suggested_best: int | None = None  # what the start row last suggested (None: not yet)
        f.quotaSpin.valueChanged.connect(lambda _value: self._hint_quota())
        f.bestSpin.valueChanged.connect(self._say_best)
        f.campaignCombo.activated.connect(lambda _row: self.choose(f.campaignCombo.currentText()))
        f.endedLabel.setProperty("role", "muted")
        self.status = None
        self.chosen: str | None = None  # the running campaign picked in the box; None: the latest
        self.ended = None  # the campaign the empty page offers to resume
        self.loaded = False  # the page has shown what it read at least once
        self.working = False  # a change to a campaign runs on the worker: the buttons wait for it
        self._reads = LatestRead(ctx.reader)
        self.refresh()

    def _show_empty(self, empty: bool) -> None:
        """With no campaign, say what one is and put the start row in that card, under the words: the
        page used to be blank cards, an empty chart and the start row lost at the bottom."""
        f = self.form
        f.emptyCard.setVisible(empty)
        for name in ("membersCard", "reachedCard", "attemptedCard", "remainingCard", "forecastCard",
                     "chartHost", "infoLabel"):  # fmt: skip
            getattr(f, name).setVisible(not empty)
        home = f.emptyLayout if empty else f.layout
        if f.startPanel.parentWidget() is not home.parentWidget():  # addWidget takes it out of the other layout
            if empty:
                home.addWidget(f.startPanel)
            else:
                home.insertWidget(home.count() - 1, f.startPanel)  # back above the form's bottom spacer
        if self.quota_hint.parentWidget() is not home.parentWidget():  # the hint goes with the start row
            home.insertWidget(home.indexOf(f.startPanel) + 1, self.quota_hint)
        f.createButton.setDefault(empty)  # the accent edge: the one thing to do here

    def choose(self, name: str | None) -> None:
        """Show this running campaign (when several run side by side)."""
        self.chosen = name
        self.refresh()

    def refresh(self) -> None:
        """Read the campaigns again: on the reader when they are large (see in_background), the page
        showing what it showed until the new figures are there."""
        store, chosen = self.ctx.store, self.chosen
        if not in_background(self.ctx):
            self._reads.forget()  # this read is newer than any still on its way
            self._show(read_page(store, chosen))
            return
        if not self.loaded:  # nothing to show meanwhile: no cards of a campaign, nor "No campaign running"
            f = self.form
            self._show_empty(False)
            f.campaignName.setText("Reading your campaigns…")
            for part in (f.endButton, f.renameButton, f.campaignCombo, self.pace):
                part.setVisible(False)
            self.chart.empty_text = "Reading…"
        self._reads.submit(lambda _progress: read_page(store, chosen), self._show, self.ctx.error)

    def _show(self, page: Page) -> None:
        f = self.form
        running, status, self.ended = page
        self.status, self.loaded = status, True
        self.chart.empty_text = "Nothing to show yet."
        self._set_working(False)  # what the buttons act on is on the page now
        self._show_empty(status is None)
        f.endButton.setVisible(status is not None)
        f.renameButton.setVisible(status is not None)
        f.campaignCombo.setVisible(len(running) > 1)
        f.campaignCombo.blockSignals(True)
        f.campaignCombo.clear()
        f.campaignCombo.addItems(running)
        f.campaignCombo.setCurrentText(getattr(status, "name", ""))
        f.campaignCombo.blockSignals(False)
        settings = self.ctx.read(operations.get_settings)
        self.call_limit = settings.daily_quota if settings is not None else 0
        self._hint_quota()
        self._suggest_best(self.ctx.read(operations.cold_available) or 0)
        notes = status.notes if status is not None else []
        self.pace.setText("\n".join(notes))
        self.pace.setVisible(bool(notes))
        f.endedPanel.setVisible(self.ended is not None)
        if self.ended is not None:
            when = f" on {say_day(self.ended.ended_on)}" if self.ended.ended_on else ""
            f.endedLabel.setText(
                f"You ended “{self.ended.name}”{when} with {self.ended.remaining:,} of "
                f"{self.ended.members:,} still to call."
            )
        if status is None:
            f.campaignName.setText("No campaign running")
            self.chart.set_data([], [], [])
            return
        f.campaignName.setText(getattr(status, "name", "") or "Campaign")
        f.membersValue.setText(f"{status.members:,}")
        # Members in the trash are in no number here (`campaign status` says so too): the card says
        # how many, and its tip that restoring them counts them again.
        in_trash = f"\n(+{status.in_trash:,} in the trash)" if status.in_trash else ""
        f.membersCaption.setText(self.members_caption + in_trash)
        f.membersCard.setToolTip(f"{status.in_trash:,} more in the trash, counted again if restored (Edit → Trash…)"
                                 if status.in_trash else "")  # fmt: skip
        f.reachedValue.setText(f"{status.reached:,}")
        # Those tried and not reached yet who are still to call: the ones let go are said under "still
        # to call", and counted here too they made the cards add up to more than the members.
        f.attemptedValue.setText(f"{status.trying:,}")
        f.remainingValue.setText(f"{status.remaining:,}")
        # Members let go (parked or archived, not reached) are neither reached nor still to call: the
        # card says how many, so the cards add up to the members (`campaign list`: LET GO).
        f.remainingCaption.setText(self.remaining_caption + (f"\n({status.let_go:,} let go)" if status.let_go else ""))
        f.remainingCard.setToolTip(f"{say_count(status.let_go, 'member')} let go: parked after tries without an "
                                   "answer, or archived. A reply, or taking them out of the archive, brings them "
                                   "back." if status.let_go else "")  # fmt: skip
        forecast: dt.date | None = status.forecast_done
        if status.complete:  # a day gone by is no forecast: say it is complete, and since when
            f.forecastValue.setText("Complete")
            f.forecastCaption.setText(f"since {say_day(forecast)}" if forecast else "")
        else:
            f.forecastValue.setText(say_day(forecast) if forecast else "–")
            f.forecastCaption.setText(self.forecast_caption)
        days, labels, planned, done = burndown_series(status)
        self.chart.set_data(labels, planned, done, say_forecast_note(status), at=[d.toordinal() for d in days])
        f.infoLabel.setText(say_progress(status))

    def _suggest_best(self, available: int) -> None:
        """The start row offers the best 250 cold contacts, or all there are when fewer: it said "the
        best 250" to someone with one, as Today offered "your 1 cold contact". A number the user chose
        stays, kept within what there is."""
        spin = self.form.bestSpin
        chose = self.suggested_best is not None and spin.value() != self.suggested_best
        spin.setRange(min(1, available), max(available, 0))
        if not chose:
            spin.setValue(min(operations.CAMPAIGN_BEST, available))
            self.suggested_best = spin.value()
        self._say_best(spin.value())

    def _say_best(self, best: int) -> None:
        """ "… the best 1 cold contact, calling" as well as "… 250 cold contacts"."""
        self.form.bestTail.setText(f"{plural('cold contact', best)}, calling")

    def _hint_quota(self) -> None:
        """Under the start row: a quota above the daily call limit gets the limit, not the quota."""
        hint = say_quota_capped(self.form.quotaSpin.value(), self.call_limit, which="a new campaign")
        self.quota_hint.setText(hint or "")
        self.quota_hint.setVisible(hint is not None)

    def create(self, name: str | None = None) -> bool:
        create = operations.create_campaign
        if name is None:
            name, ok = QInputDialog.getText(
                self, "New campaign", "Name:", text=self.ctx.read(operations.free_campaign_name)
            )
            if not ok or not name.strip():
                return False
        f = self.form
        best = f.bestSpin.value() or None  # none to start with: an empty campaign, to add people to later
        result = self.ctx.run(create, name.strip(), quota=f.quotaSpin.value(), best=best)
        if result is not None:
            started = f"Campaign “{name}” started with {say_count(result.members, 'person', 'people')}."
            self.ctx.message.emit(with_said(started, result))
        return result is not None

    def rename(self, new_name: str | None = None) -> bool:
        status = self.status
        if status is None:
            return False
        if new_name is None:
            renamed = self._ask_new_name(status.name)
        else:
            renamed = self.ctx.run(operations.rename_campaign, status.name, new_name, quiet=True)
        if renamed is None or renamed.name == status.name:
            return False
        self.chosen = renamed.name
        self.ctx.offer_undo(
            f"renaming “{status.name}”", operations.rename_campaign, renamed.name, status.name,
            then=lambda back: setattr(self, "chosen", back.name),
        )  # fmt: skip
        self.ctx.changed.emit()
        self.ctx.message.emit(f"Campaign “{status.name}” is now “{renamed.name}”.")
        return True

    def _ask_new_name(self, name: str):
        """Rename through the name box: a refused name is offered again, as typed, with the reason."""
        box = NameBox(self, "Rename campaign", "New name:", name,
                      lambda typed: operations.rename_campaign(self.ctx.store, name, typed))  # fmt: skip
        box.exec()
        box.deleteLater()
        if box.failed is not None:
            self.ctx.error(str(box.failed))
        return box.taken

    def end(self) -> bool:
        """End the campaign shown. Nothing is lost by it, so no question first: Undo (Ctrl+Z) and
        Resume on the empty page both run it again."""
        if self.status is None or self.working:
            return False
        name = self.status.name
        again = f"Running “{name}” again…" if in_background(self.ctx) else ""  # how Undo runs it

        def ended(_status) -> None:
            self.ctx.offer_undo(ending_words(name), operations.resume_campaign, name, note=again)
            self.ctx.message.emit(f"Campaign “{name}” ended; Undo or Resume runs it again.")

        return self._change(operations.end_campaign, name, then=ended, note=f"Ending “{name}”…")

    def resume(self) -> bool:
        if self.ended is None or self.working:
            return False
        name = self.ended.name

        def resumed(_status) -> None:
            self.ctx.forget_undo(ending_words(name))  # Undo would resume it a second time
            self.ctx.message.emit(f"Campaign “{name}” runs again.")

        return self._change(operations.resume_campaign, name, then=resumed, note=f"Running “{name}” again…")

    def _change(self, fn: Callable[..., Any], name: str, then: Callable[[Any], None], note: str) -> bool:
        """End or resume a campaign (see change_campaign). The page's buttons wait until the page
        shows the outcome: clicked again on the page as it was, they would only be refused."""
        self._set_working(True)
        return change_campaign(self.ctx, fn, name, then=then, note=note, failed=lambda: self._set_working(False))

    def _set_working(self, on: bool) -> None:
        self.working = on
        f = self.form
        for button in (f.endButton, f.renameButton, f.resumeButton, f.createButton):
            button.setEnabled(not on)
