"""Insights: more one-on-ones, not more pressure — conversations and meetings, warming, stages."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from netcompanion import operations
from netcompanion.gui.assets import embed_form
from netcompanion.gui.charts import HorizontalBars, WeeklyBars
from netcompanion.gui.context import AppContext
from netcompanion.gui.worker import LatestRead
from netcompanion.progress import recent_words


def _host(widget: QWidget, chart: QWidget) -> None:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(chart)


class InsightsView(QWidget):
    """The figures are read on the worker: twelve weeks of conversations at 100,000 contacts take
    a quarter of a second, too long for the GUI thread. The charts keep showing the last figures
    (or "Reading…") until the new ones are there."""

    refreshed = Signal()  # the charts show the figures read last

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.form = f = embed_form(self, "insights")
        f.headline.setProperty("role", "muted")
        f.headline.setText("Reading your figures…")
        self.weekly = WeeklyBars("Conversations and meetings per week")
        self.warming = WeeklyBars("Cold → warm: people you re-connected with, per week")
        self.stages = HorizontalBars("Your network by stage")
        for chart in (self.weekly, self.warming, self.stages):
            chart.empty_text = "Reading…"
        _host(f.weeklyHost, self.weekly)
        _host(f.warmHost, self.warming)
        _host(f.stageHost, self.stages)
        self.loaded = False
        self._reads = LatestRead(ctx.reader)
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store

        def read(_progress):
            return operations.weekly_progress(store, weeks=12), operations.stage_counts(store)

        self._reads.submit(read, self._show, self.form.headline.setText)

    def _show(self, figures) -> None:
        progress, counts = figures
        weeks = progress.weeks
        labels = [f"{w.week_start.day} {w.week_start:%b}" for w in weeks]
        self.weekly.empty_text = "No conversations in these weeks yet."
        self.weekly.set_data(
            labels,
            {"conversations": [w.conversations for w in weeks], "meetings": [w.meetings for w in weeks]},
        )
        self.warming.empty_text = "Nobody brought back from cold in these weeks yet."
        self.warming.set_data(labels, {"brought back from cold": [w.rewarmed for w in weeks]})
        self.stages.empty_text = "No contacts yet."
        self.stages.set_data([(stage, count) for stage, count in counts.items()])
        self.form.headline.setText(
            f"{recent_words(progress)} What counts is one-on-one time, not how many times you asked."
        )
        self.loaded = True
        self.refreshed.emit()
