"""The dark theme: what a user must see stays visible."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox

from netcompanion.gui.theme import apply_theme


def _lightest_in_indicator(box: QCheckBox) -> float:
    image = box.grab().toImage()
    height = image.height()
    return max(QColor(image.pixel(x, y)).lightnessF() for x in range(min(18, image.width())) for y in range(height))


def test_an_unticked_box_shows_its_edge_on_the_dark_window(app, qtbot):
    """Fusion drew the edge darker than the dark window: the Contacts filters looked like plain text."""
    apply_theme(app, "dark")
    try:
        box = QCheckBox("Parked")
        qtbot.addWidget(box)
        box.show()
        window = app.palette().window().color().lightnessF()
        assert _lightest_in_indicator(box) > window + 0.25
        box.setChecked(True)
        assert _lightest_in_indicator(box) > window + 0.25
    finally:
        apply_theme(app, "light")
