"""The Designer forms are the single source of every layout."""

from __future__ import annotations

import pytest

from netcompanion.gui import assets
from netcompanion.gui.build_forms import stale_forms

FORMS = sorted(p.stem for p in (assets.asset_root() / "ui").glob("*.ui"))


def test_every_built_form_matches_its_ui_file():
    # `make forms` rebuilds them; a stale one would be ignored at run time, but say so here.
    assert stale_forms() == []


@pytest.mark.parametrize("name", FORMS)
def test_the_ui_file_and_the_built_form_give_the_same_widgets(app, name, monkeypatch):
    from PySide6.QtWidgets import QWidget

    built = assets.load_form(name)
    monkeypatch.setattr(assets, "compiled_form", lambda _name: None)
    loaded = assets.load_form(name)
    names = lambda w: sorted(c.objectName() for c in w.findChildren(QWidget) if c.objectName())  # noqa: E731
    assert type(built).__name__ == type(loaded).__name__
    assert names(built) == names(loaded)
    built.deleteLater()
    loaded.deleteLater()


def test_forms_are_found_from_the_source_tree():
    assert (assets.asset_root() / "ui" / "main_window.ui").is_file()
    assert assets.icon_path("today").is_file()
    assert assets.style_path("app").is_file()
