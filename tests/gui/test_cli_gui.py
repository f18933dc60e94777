"""`netcompanion gui --quit-after SECONDS` shows the window and quits by itself."""

from __future__ import annotations

import pytest


@pytest.mark.slow
def test_gui_quits_by_itself(cli):
    result = cli("gui", "--quit-after", "1")
    assert result.code == 0, result.err
