"""The desktop app starts, shows its window and quits by itself (offscreen)."""

from __future__ import annotations


def test_gui_quit_after_starts_and_exits_cleanly(cli, db_path):
    result = cli("gui", "--quit-after", "0.5")
    assert result.code == 0, result.err
    assert db_path.exists()  # the app opened (and created) its database
