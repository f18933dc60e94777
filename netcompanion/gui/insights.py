"""Insights: more one-on-ones, not more pressure — conversations and meetings, warming, stages."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from netcompanion import operations
from netcompanion.gui.assets import embed_form
from netcompanion.gui.charts import HorizontalBars, WeeklyBars
from netcompanion.gui.context import AppContext, optional_operation


def _host(widget: QWidget, chart: QWidget) -> None:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(chart)


class InsightsView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.form = f = embed_form(self, "insights")
        f.headline.setProperty("role", "muted")
        self.weekly = WeeklyBars("Conversations and meetings per week")
        self.warming = WeeklyBars("Cold → warm: people you re-connected with, per week")
        self.stages = HorizontalBars("Your network by stage")
        _host(f.weeklyHost, self.weekly)
        _host(f.warmHost, self.warming)
        _host(f.stageHost, self.stages)
        self.refresh()

    def refresh(self) -> None:
        activity = operations.weekly_activity(self.ctx.store, weeks=12)
        labels = [f"{w.week_start.day} {w.week_start:%b}" for w in activity]
        self.weekly.set_data(
            labels,
            {
                "conversations": [w.conversations for w in activity],
                "meetings": [w.meetings for w in activity],
            },
        )
        warmed = self._warmed(len(activity))
        self.warming.set_data(labels, {"re-connected": warmed} if warmed is not None else {})
        if warmed is None:
            self.warming.empty_text = "Appears once warming is being tracked."
        counts = operations.stage_counts(self.ctx.store)
        self.stages.set_data([(stage, count) for stage, count in counts.items()])
        total_talks = sum(w.conversations for w in activity[-4:])
        meetings = sum(w.meetings for w in activity[-4:])
        self.form.headline.setText(
            f"Last four weeks: {total_talks} conversations, {meetings} of them face to face. "
            "What counts is one-on-one time, not how many times you asked."
        )

    def _warmed(self, weeks: int) -> list[int] | None:
        weekly_progress = optional_operation("weekly_progress")
        if weekly_progress is None:
            return None
        progress = weekly_progress(self.ctx.store, weeks=weeks)
        rows = getattr(progress, "weeks", progress)
        values = []
        for row in rows:
            value = getattr(row, "cold_to_warm", None)
            if value is None and isinstance(row, dict):
                value = row.get("cold_to_warm")
            values.append(int(value or 0))
        return values[-weeks:] if values else None
