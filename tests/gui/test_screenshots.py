"""Screenshots of every main view (demo network, 1280×800, light and dark) for a person to look at.

Saved to artifacts/screenshots/ (`make screenshots`). The checks here are what a glance would
catch: the window really is 1280×800, the picture is not blank, and dark really is dark.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from netcompanion import operations
from netcompanion.gui.main_window import VIEW_NAMES
from netcompanion.gui.theme import apply_theme
from tests.gui.conftest import due_today

OUT = Path(__file__).parents[2] / "artifacts" / "screenshots"


def brightness(image: QImage) -> float:
    samples = [
        image.pixelColor(x, y).lightnessF()
        for x in range(5, image.width(), 97)
        for y in range(5, image.height(), 89)
    ]
    return sum(samples) / len(samples)


@pytest.mark.slow
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots_of_every_view(app, make_window, demo_store, qtbot, scheme):
    OUT.mkdir(parents=True, exist_ok=True)
    due_today(demo_store, ["Priya Whitfield", "Marcus Lindqvist", "Aisha Okafor"])
    apply_theme(app, scheme)
    try:
        window = make_window(demo_store)
        window.resize(1280, 800)
        shots = {}
        for name in VIEW_NAMES:
            view = window.show_view(name)
            if name == "insights":  # its figures are read on the worker
                qtbot.waitUntil(lambda view=view: view.loaded, timeout=20_000)
            qtbot.wait(30)
            shots[name] = window.grab().toImage()
        contact_id = operations.contact_ids(demo_store, operations.ContactFilter(stage="warm"))[0]
        window.show_contact(contact_id)
        qtbot.wait(30)
        shots["contact"] = window.grab().toImage()
        today = window.show_view("today")
        dialog = today.log_details()
        dialog.form.askedJobCheck.setChecked(True)
        qtbot.wait(30)
        shots["log-touch"] = dialog.dialog.grab().toImage()
        dialog.dialog.reject()
        settings = window.open_settings()
        shots["settings"] = settings.dialog.grab().toImage()
        settings.dialog.reject()
        triage = window.open_triage(operations.contact_ids(demo_store)[:20])
        shots["triage"] = triage.dialog.grab().toImage()
        triage.dialog.reject()
        for name, image in shots.items():
            assert image.save(str(OUT / f"{name}-{scheme}.png"))
        for name in VIEW_NAMES:
            assert (shots[name].width(), shots[name].height()) == (1280, 800)
        level = brightness(shots["contacts"])
        assert level > 0.6 if scheme == "light" else level < 0.4
    finally:
        apply_theme(app, "light")


def test_the_welcome_page_screenshot(app, make_window, store, qtbot):
    OUT.mkdir(parents=True, exist_ok=True)
    window = make_window(store)
    window.resize(1280, 800)
    qtbot.wait(30)
    assert window.grab().save(str(OUT / "welcome-light.png"))
