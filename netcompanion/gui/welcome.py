"""First run: an empty database gets a welcome page instead of empty lists."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from netcompanion.gui.assets import embed_form


class WelcomePage(QWidget):
    def __init__(self, window) -> None:
        super().__init__()
        self.form = embed_form(self, "welcome")
        self.form.busyLabel.setProperty("role", "muted")
        self.form.intro.setProperty("role", "muted")
        self.form.otherSources.setProperty("role", "muted")
        self.form.importButton.clicked.connect(lambda: window.open_import())
        self.form.demoButton.clicked.connect(window.load_demo)

    def set_busy(self, text: str) -> None:
        self.form.busyLabel.setText(text)
        self.form.importButton.setEnabled(not text)
        self.form.demoButton.setEnabled(not text)
