"""The `timezone` setting takes only a zone that exists: a misspelt name would leave "today" on the
computer's clock without a word, and a folder of zones ("Europe") would not load at all."""

from __future__ import annotations

import re

import pytest

from netcompanion import operations
from netcompanion.operations import OperationError


@pytest.mark.parametrize("name", ["Mars/Olympus", "Europe", "Europe/", "../etc/passwd"])
def test_a_name_no_zone_has_is_refused_and_nothing_is_written(store, name):
    with pytest.raises(OperationError, match=re.escape(f"There is no time zone called “{name}”")):
        operations.update_settings(store, timezone=name, daily_quota=12)
    assert (operations.get_settings(store).timezone, operations.get_settings(store).daily_quota) == ("", 10)

