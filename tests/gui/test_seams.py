"""The views against the interfaces other parts provide (call list, campaigns, imports).

Those parts live elsewhere in the app; until they are in this build these tests stand in
for them with small fakes that follow the agreed signatures, so the GUI's side of each
seam is exercised: the real modules replace the fakes without any change to the views.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from types import SimpleNamespace

from PySide6.QtCore import Qt

from netcompanion import operations


def test_today_uses_the_call_list_when_the_app_has_one(make_window, store, qtbot, monkeypatch):
    people = [operations.add_contact(store, name=n, company="Tailspin") for n in ("Ola Call", "Per List")]
    asked = []

    def call_list(store_, day=None, limit=None):
        asked.append(day)
        return [
            SimpleNamespace(
                contact_id=p.id,
                name=p.name,
                company=p.company,
                title="",
                kind="campaign",
                reasons=("strong tie, high value, last spoke 2 years ago",),
                opener="Ask what changed since the merger.",
                followup_id=None,
                phone="+1 555 0101",
                email=None,
                linkedin_url=None,
            )  # fmt: skip
            for p in people
        ]

    monkeypatch.setattr(operations, "call_list", call_list, raising=False)
    view = make_window(store).show_view("today")
    assert asked == [dt.date.today()]
    assert [e.name for e in view.entries] == ["Ola Call", "Per List"]
    assert "last spoke 2 years ago" in view.form.reasonsLabel.text()
    assert view.form.openerLabel.text() == "Ask what changed since the merger."
    view.form.callList.setFocus()
    qtbot.keyClick(view.form.callList, Qt.Key.Key_4)  # replied
    assert operations.list_interactions(store, people[0].id)[0].outcome == "replied"
    assert view.current().name == "Per List"


@dataclass
class FakeCampaigns:
    """Follows operations.create_campaign / campaign_status / add_to_campaign."""

    members: dict[str, list[int]] = field(default_factory=dict)

    def create_campaign(self, store, name, quota=10, best=None, contact_ids=None, start=None):
        ids = list(contact_ids or operations.contact_ids(store)[: best or 0])
        self.members[name] = ids
        return self.campaign_status(store, name)

    def add_to_campaign(self, store, name, contact_ids):
        self.members[name] += [i for i in contact_ids if i not in self.members[name]]
        return self.campaign_status(store, name)

    def campaign_status(self, store, name=None, day=None):
        if not self.members:
            raise operations.NotFound("There is no campaign yet.")
        name = name or list(self.members)[-1]
        count = len(self.members[name])
        today = dt.date.today()
        plan = [(today + dt.timedelta(days=d), 10, 0) for d in range(-(count // 20), count // 10 + 1)]
        return SimpleNamespace(name=name, members=count, reached=0, attempted=0, remaining=count,
                               forecast_done=plan[-1][0], plan=plan)  # fmt: skip


def _install(monkeypatch, fake):
    for name in ("create_campaign", "add_to_campaign", "campaign_status"):
        monkeypatch.setattr(operations, name, getattr(fake, name), raising=False)


def test_campaign_created_from_suggestions_and_grown_from_a_selection(window, demo_store, monkeypatch):
    fake = FakeCampaigns()
    _install(monkeypatch, fake)
    view = window.show_view("campaign")
    assert view.form.campaignName.text() == "No campaign running"
    view.form.bestSpin.setValue(30)
    assert view.create("Autumn round")
    assert fake.members["Autumn round"] == operations.contact_ids(demo_store)[:30]
    assert view.form.membersValue.text() == "30"
    assert view.form.campaignName.text() == "Autumn round"
    assert len(view.chart.labels) >= 2

    contacts = window.show_view("contacts")
    contacts.form.table.selectRow(40)
    chosen = contacts.selected_ids()
    contacts.add_selected_to_campaign("Autumn round")
    assert fake.members["Autumn round"][-1] == chosen[0]
    window.show_view("campaign")
    assert view.form.membersValue.text() == "31"


def test_space_in_triage_adds_people_to_the_running_campaign(window, demo_store, qtbot, monkeypatch):
    fake = FakeCampaigns({"Running": []})
    _install(monkeypatch, fake)
    ids = operations.contact_ids(demo_store)[:3]
    dialog = window.open_triage(ids)
    qtbot.keyClick(dialog.dialog, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.dialog, Qt.Key.Key_Right)
    qtbot.keyClick(dialog.dialog, Qt.Key.Key_Right)
    qtbot.keyClick(dialog.dialog, Qt.Key.Key_Space)
    monkeypatch.setattr("netcompanion.gui.campaign.QInputDialog.getText", lambda *a, **k: ("Running", True))
    qtbot.keyClick(dialog.dialog, Qt.Key.Key_Escape)
    assert fake.members["Running"] == [ids[0], ids[2]]


@dataclass(frozen=True)
class FakeReport:
    batch_id: int
    kind: str
    created: int
    updated: int
    unchanged: int
    skipped: list
    possible_duplicates: list
    errors: list
    events: list


def test_import_wizard_preview_progress_and_undo_over_the_import_interface(
    window, demo_store, qtbot, monkeypatch, tmp_path
):
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name\nAda,Quill\n", encoding="utf-8")
    calls = []
    progress_seen = []
    dup = SimpleNamespace(
        incoming_name="Ada Quill", incoming_company="Lamna", existing_id=7, existing_name="Ada Quil"
    )

    def preview_import(store, kind, path_):
        calls.append(("preview", kind))
        return FakeReport(None, kind, 1, 0, 0, [(3, "no name")], [dup], [(4, "bad e-mail")], [])

    def run_import(store, kind, path_, progress=None):
        calls.append(("run", kind))
        for done in range(0, 101, 25):
            progress(done, 100)
        operations.add_contact(store, name="Ada Quill", source="linkedin")
        return FakeReport(42, kind, 1, 0, 0, [], [], [], ["Ada Quill moved from Litware to Lamna"])

    def undo_import(store, batch_id):
        calls.append(("undo", batch_id))
        return FakeReport(batch_id, "linkedin", 0, 0, 0, [], [], [], [])

    for fn in (preview_import, run_import, undo_import):
        monkeypatch.setattr(operations, fn.__name__, fn, raising=False)
    monkeypatch.setattr("netcompanion.gui.import_wizard.detect_kind", lambda p: "linkedin")

    wizard = window.open_import(str(path))
    assert "LinkedIn connections" in wizard.form.detectedLabel.text()
    wizard.form.pathEdit.setText(str(path))
    wizard.form.progressBar.valueChanged.connect(progress_seen.append)
    qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.form.duplicatesTable.item(0, 0).text() == "Ada Quill — Lamna"
    assert wizard.form.duplicatesTable.item(0, 1).text() == "Ada Quil (#7)"
    problems = [wizard.form.problemsList.item(i).text() for i in range(wizard.form.problemsList.count())]
    assert problems == ["Row 4: bad e-mail (error)", "Row 3: no name"]
    with qtbot.waitSignal(window.data_changed, timeout=10000):
        qtbot.mouseClick(wizard.form.nextButton, Qt.MouseButton.LeftButton)
    assert wizard.step() == 3
    assert 100 in progress_seen
    assert wizard.form.eventsList.item(0).text() == "Ada Quill moved from Litware to Lamna"
    qtbot.mouseClick(wizard.form.undoButton, Qt.MouseButton.LeftButton)
    assert calls == [("preview", "linkedin"), ("run", "linkedin"), ("undo", 42)]
    assert "undone" in wizard.form.resultLabel.text()
