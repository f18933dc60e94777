"""The Qt bindings themselves: a pair of PySide6 and Python that loses references to None
would let the app run for days and then abort ("deallocating None")."""

from __future__ import annotations

import gc
import sys

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QLabel

CALLS = 100  # enough to see a loss of one per call, few enough not to abort the test run


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_calls_without_a_result_keep_none_alive(app):
    label = QLabel()
    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    red = QColor("red")
    area = QRect(0, 0, 10, 10)
    calls = {
        "QLabel.setText": lambda: label.setText("Anna"),
        "QPainter.setPen": lambda: painter.setPen(red),
        "QPainter.fillRect": lambda: painter.fillRect(area, red),
        "QApplication.processEvents": app.processEvents,
    }
    lost = {}
    # A garbage collection during a loop frees objects that held None: a one-off drop, not a
    # loss per call. So the collector waits, and each call is measured three times: a real
    # loss repeats in every round, and the smallest round is kept.
    gc.collect()
    gc.disable()
    try:
        for name, call in calls.items():
            rounds = []
            for _ in range(3):
                before = sys.getrefcount(None)
                for _ in range(CALLS):
                    call()
                rounds.append(before - sys.getrefcount(None))
            lost[name] = min(rounds)
    finally:
        gc.enable()
        painter.end()
    assert {name: n for name, n in lost.items() if n > CALLS // 10} == {}
